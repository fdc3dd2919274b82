"""Hostile documents do not freeze the window: they are refused with a reason, or
checked within a time budget."""

from __future__ import annotations

from pathlib import Path

from app.core.document import Paragraph, Report
from app.core.limits import MAX_PARAGRAPH_CHARS, MAX_TOTAL_CHARS, editor_refusal


def test_normal_reports_are_accepted() -> None:
    assert editor_refusal(Report(blocks=[Paragraph.from_text("字" * 5000)] * 100)) is None


def test_a_giant_paragraph_is_refused_with_its_place() -> None:
    report = Report(blocks=[Paragraph.from_text("甲"), Paragraph.from_text("字" * (MAX_PARAGRAPH_CHARS + 1))])
    reason = editor_refusal(report)
    assert reason is not None and "第2段" in reason and "wengao check" in reason


def test_a_giant_document_is_refused() -> None:
    report = Report(blocks=[Paragraph.from_text("字" * 50_000)] * (MAX_TOTAL_CHARS // 50_000 + 1))
    assert "全文" in editor_refusal(report)


def test_window_refuses_a_50mb_paragraph_quickly_and_stays_usable(qtbot, tmp_path: Path, monkeypatch) -> None:
    import time

    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    big = tmp_path / "大段落.txt"
    big.write_text("字" * 16_500_000, encoding="utf-8")  # a 50 MB paragraph
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = MainWindow()
    qtbot.addWidget(window)
    start = time.perf_counter()
    assert not window.open_path(str(big))
    elapsed = time.perf_counter() - start
    assert shown and "第1段" in shown[0]
    assert elapsed < 10
    assert window.editor.texts() == [""]  # still the empty document, still usable
    window.analysis.stop()
    window.autosave.shutdown()
