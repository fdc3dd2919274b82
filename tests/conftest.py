"""Every test runs offscreen with user data in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WENGAO_LANG", "zh")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = SHARED / "samples"
CORPUS = SHARED / "corpus" / "docx"
SAMPLE_000_TXT = SAMPLES / "000_d56a67ec2e6c0c3b.txt"
SAMPLE_002_TXT = SAMPLES / "002_0498aa135cdf4505.txt"
SAMPLE_000_DOCX = SAMPLES / "2022-班子成员述责述廉报告.docx"
SAMPLE_002_DOCX = SAMPLES / "2022-第一责任人述责述廉报告.docx"


@pytest.fixture(autouse=True)
def wengao_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("wengao_home")
    monkeypatch.setenv("WENGAO_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the suite: make any dialog a test
    did not expect fail at once instead. Tests that expect one patch it themselves."""
    try:
        from PySide6.QtWidgets import QDialog, QMessageBox
    except ImportError:  # pragma: no cover - PySide6 is a test dependency
        return

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected modal dialog: {texts}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls, pytestconfig):
    """pytest-qt's application, made by Wengao's own factory so tests see the
    window in Chinese (WENGAO_LANG=zh above) with the built translations."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    ts, qm = root / "i18n" / "wengao_zh_CN.ts", root / "i18n" / "wengao_zh_CN.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        subprocess.run([sys.executable, str(root / "i18n" / "tool.py"), "build"], check=True)
    from app.ui.application import create_application

    language = os.environ.get("WENGAO_LANG", "zh")
    app = create_application(qapp_args, language_setting=language)
    yield app


def sample_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


@pytest.fixture
def window(qtbot, monkeypatch):
    """The main window, shown offscreen; a modal "save changes?" never blocks a test."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.editor.document().setModified(False)
    win.analysis.stop()
    win.autosave.shutdown()
