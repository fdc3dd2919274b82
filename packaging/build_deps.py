"""Print the app's runtime requirements for the PyInstaller build venv, one a line.

    python packaging/build_deps.py 6.9.3

Every ``PySide6`` requirement in pyproject.toml is replaced by
``PySide6-Essentials==VERSION``: the app uses QtCore, QtGui, QtWidgets and
QtPrintSupport, all in the Essentials wheel, so the Addons wheel (WebEngine, 3D,
Multimedia, Charts, QML extras: about 450 MB installed) never enters the build.
The versions of the other requirements come from pip's resolver, as for
``pip install .``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10: pip carries a copy of tomli
    from pip._vendor import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def requirements(pyside_version: str) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    kept = [r for r in project["dependencies"] if not re.match(r"\s*pyside6\b", r, re.IGNORECASE)]
    return [f"PySide6-Essentials=={pyside_version}", *kept]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build_deps.py PYSIDE6_VERSION")
    print("\n".join(requirements(sys.argv[1])))
