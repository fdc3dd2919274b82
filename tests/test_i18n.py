"""Every string the window shows goes through Qt's translation, and Chinese is complete.

- pyside6-lupdate over app/ finds no source string without a finished zh_CN
  (or English) translation in the committed .ts files;
- no Chinese literal in app/ui bypasses tr()/translate() (data such as font
  names is marked ``# i18n: not UI text``);
- no tr() hides inside an f-string, where lupdate cannot see it;
- the window really speaks each language.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "app" / "ui"
CJK = re.compile(r"[\u4e00-\u9fff]")
MARKER = "# i18n: not UI text"
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → has a finished translation."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and bool((translation.text or "").strip() or list(translation))
            )
            found[(name, message.findtext("source") or "")] = finished
    return found


def _lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else (shutil.which("pyside6-lupdate") or "pyside6-lupdate")


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([_lupdate(), "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    return set(_messages(fresh))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_has_a_finished_translation(strings_in_code: set, language: str) -> None:
    committed = _messages(ROOT / "i18n" / f"wengao_{language}.ts")
    missing = sorted(key for key in strings_in_code if not committed.get(key))
    assert not missing, f"run `python i18n/tool.py update` and translate: {missing[:20]}"
    assert len(strings_in_code) > 300  # the window has hundreds of strings: lupdate really scanned it


def _calls_by_line(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_no_chinese_literal_bypasses_translation() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        inside_tr: set[int] = set()
        docstrings: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in TRANSLATING:
                inside_tr.update(id(n) for arg in node.args for n in ast.walk(arg))
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    docstrings.add(id(first.value))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
                continue
            if id(node) in inside_tr or id(node) in docstrings:
                continue
            span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
            if any(MARKER in line for line in span):
                continue
            offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:30]!r}")
    assert not offenders, "\n".join(offenders)


def test_no_tr_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: such a string would never be translated."""
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _callee(inner) in ("tr", "translate"):
                        offenders.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not offenders, offenders


def _menu_titles(language: str) -> list[str]:
    code = (
        "from app.ui.application import create_application\n"
        f"app = create_application([], language_setting={language!r})\n"
        "from app.ui.main_window import MainWindow\n"
        "w = MainWindow()\n"
        "print('|'.join(a.text() for a in w.menuBar().actions()))\n"
        "w.editor.document().setModified(False)\n"
    )
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WENGAO_LANG", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1].split("|")


def test_the_window_speaks_the_chosen_language() -> None:
    english = _menu_titles("en")
    chinese = _menu_titles("zh")
    assert "&File" in english and not any(CJK.search(t) for t in english)
    assert any(t.startswith("文件") for t in chinese) and all(CJK.search(t) for t in chinese)


def test_a_fresh_checkout_builds_its_translations_on_start(tmp_path: Path) -> None:
    from app.ui.translation import build_if_stale

    for name in ("tool.py", "wengao_zh_CN.ts", "wengao_en.ts"):
        shutil.copy(ROOT / "i18n" / name, tmp_path / name)
    build_if_stale(tmp_path)
    assert (tmp_path / "wengao_zh_CN.qm").stat().st_size > 10_000
    assert (tmp_path / "wengao_en.qm").exists()
