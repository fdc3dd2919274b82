"""The layer rule: Qt lives only in app/ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_layers_load_no_pyside6_in_a_fresh_interpreter() -> None:
    code = (
        "import sys\n"
        "import app.core, app.checks, app.phrases, app.formats, app.cli\n"
        "import app.core.document, app.core.outline, app.cli.main, app.formats\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_outside_app_ui() -> None:
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if (ROOT / "app" / "ui") in path.parents:
            continue
        qt = [name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}]
        if qt:
            offenders.append(f"{path.relative_to(ROOT)}: {qt}")
    assert offenders == []


def test_python_docx_only_in_formats() -> None:
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if (ROOT / "app" / "formats") in path.parents:
            continue
        if any(name.split(".")[0] == "docx" for name in _imports(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_jieba_only_in_segment() -> None:
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if path == ROOT / "app" / "core" / "segment.py":
            continue
        if any(name.split(".")[0] == "jieba" for name in _imports(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
