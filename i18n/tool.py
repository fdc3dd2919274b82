"""Keep the Qt translation files current and build them.

    python i18n/tool.py update   # pyside6-lupdate over app/ → wengao_zh_CN.ts, wengao_en.ts
    python i18n/tool.py build    # pyside6-lrelease → wengao_zh_CN.qm, wengao_en.qm
    python i18n/tool.py check    # exit 1 if any source string lacks a finished zh_CN translation

The source strings in the code are English. ``update`` also takes Chinese
wordings from ``i18n/pending/*.json`` (``[{"context", "source", "zh"}]``, written
while strings are being wrapped) into unfinished zh_CN entries, and keeps the
English file complete by copying each source string (an English wording fix is
made there without touching the code). The ``.qm`` files are build output: the
packaging and ``packaging/dev.sh`` run ``build``; they are not committed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("zh_CN", "en")


def ts_path(language: str) -> Path:
    return HERE / f"wengao_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"wengao_{language}.qm"


def _qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


@contextmanager
def _locked():
    # Two people (or two agents) updating at once would interleave writes.
    try:
        import fcntl
    except ImportError:  # Windows: builds there are run by one person at a time
        yield
        return
    with open(HERE / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _pending() -> dict[tuple[str, str], str]:
    wordings: dict[tuple[str, str], str] = {}
    for path in sorted((HERE / "pending").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            wordings[(item["context"], item["source"])] = item["zh"]
    return wordings


def _fill(path: Path, translate) -> None:
    """Give each unfinished message the wording ``translate(context, source)`` returns."""
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished",):
                continue
            # lupdate may have pre-filled a guess from another context: still unfinished.
            if message.get("numerus") == "yes":
                continue  # plural forms are written by hand
            wording = translate(name, message.findtext("source") or "")
            if wording:
                translation.text = wording
                del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> None:
    with _locked():
        files = sources()
        for language in LANGUAGES:
            target = ts_path(language)
            subprocess.run(
                [_qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
                 *files, "-ts", str(target)],
                cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
            )
        wordings = _pending()
        _fill(ts_path("zh_CN"), lambda context, source: wordings.get((context, source)))
        _fill(ts_path("en"), lambda context, source: source)
        _build_locked()


def _build_locked() -> None:
    for language in LANGUAGES:
        if ts_path(language).exists():
            subprocess.run(
                [_qt_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
                check=True,
            )


def build() -> None:
    with _locked():
        _build_locked()


def unfinished(language: str = "zh_CN") -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    tree = ET.parse(ts_path(language))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation.text] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                forms = [f.text for f in translation.iter("numerusform")]
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (f or "").strip() for f in forms or [None]
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        missing = unfinished("zh_CN")
        for context, source in missing:
            print(f"{context}: {source!r}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
