"""Documents in: .docx (and plain .txt) → :class:`app.core.document.Report`.

The only package that touches python-docx / docx XML; no Qt. Every unusable
input raises :class:`DocumentError` (a stable ``kind`` plus one line in Chinese and
English), never anything else, so front ends never show a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.core.document import Report
from app.formats.errors import DocumentError

__all__ = ["DocumentError", "load_document", "save_document"]

_DOCX_SUFFIXES = {".docx"}
_TEXT_SUFFIXES = {".txt"}


def load_document(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Report:
    """Open a report file. ``progress(done, total)`` is called as the body is read;
    ``cancel()`` returning True stops with ``DocumentError("cancelled")``."""
    try:
        return _load(path, progress, cancel)
    except DocumentError:
        raise
    except MemoryError:
        raise DocumentError("too-large", detail="out of memory") from None
    except RecursionError:
        raise DocumentError("corrupt", detail="nesting too deep") from None
    except Exception as exc:  # noqa: BLE001 - the contract: callers never see a traceback
        raise DocumentError("corrupt", detail=f"{type(exc).__name__}: {exc}") from exc


def save_document(
    report: Report,
    path: str | os.PathLike[str],
    *,
    source_path: str | os.PathLike[str] | None = None,
    dry_run: bool = False,
) -> list[str]:
    """Save a report as .docx, atomically; returns what could not be kept (see
    :mod:`app.formats.docx_save`). ``dry_run`` only computes that list."""
    from app.formats.docx_save import save_document as _save

    return _save(report, path, source_path=source_path, dry_run=dry_run)


def _load(
    path: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> Report:
    from app.formats.docx_import import load_docx
    from app.formats.safety import check_path, open_binary, sniff
    from app.formats.text_import import load_text

    suffix = Path(os.fspath(path)).suffix.lower()
    if suffix in _DOCX_SUFFIXES:
        return load_docx(path, progress=progress, cancel=cancel)
    if suffix in _TEXT_SUFFIXES:
        return load_text(path)
    # Any other name: say what the file really is. A zip goes through the .docx
    # checks, which name .docm/.dotx/.xlsx/.odt precisely (and load a real .docx
    # that merely lost its extension).
    check_path(path)
    with open_binary(path) as stream:
        head = stream.read(8192)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            head += stream.read(64 * 1024 * 1024)
    if sniff(head) == "zip":
        return load_docx(path, progress=progress, cancel=cancel)
    raise DocumentError("plain-text")
