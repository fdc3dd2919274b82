"""The previous version of a saved file, kept before it is replaced.

Backups go to the data folder (``backups/``), not beside the document: report
folders are often shared with colleagues and should not fill with copies.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

DEFAULT_COUNT = 3


def _prefix(target: Path) -> str:
    # The folder's hash keeps two "述职报告.docx" from different folders apart.
    digest = hashlib.sha1(str(target.resolve().parent).encode("utf-8")).hexdigest()[:8]
    return f"{target.stem}.{digest}."


def keep_backup(target: Path, folder: Path, count: int = DEFAULT_COUNT) -> Path | None:
    """Copy ``target`` (if it exists) into ``folder``; keep the newest ``count`` copies."""
    if count <= 0 or not target.is_file():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = folder / f"{_prefix(target)}{stamp}{target.suffix}"
    serial = 1
    while backup.exists():
        backup = folder / f"{_prefix(target)}{stamp}-{serial}{target.suffix}"
        serial += 1
    tmp = backup.with_name(backup.name + ".tmp")
    shutil.copy2(target, tmp)
    tmp.replace(backup)
    for old in backups_of(target, folder)[count:]:
        old.unlink(missing_ok=True)
    return backup


def backups_of(target: Path, folder: Path) -> list[Path]:
    """Backups of a document, newest first."""
    if not folder.is_dir():
        return []
    prefix = _prefix(target)
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.suffix == target.suffix]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
