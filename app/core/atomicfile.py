"""Crash-safe file writes: temporary file in the same folder, fsync, replace.

A reader (or a crash at any instant) sees either the old file or the new one,
whole. ``verify`` may inspect the written temporary file before it replaces the
target (e.g. reopen a .docx); if it raises, the target is untouched.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike, data: bytes, verify: Callable[[Path], None] | None = None) -> None:
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if verify is not None:
            verify(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_directory(target.parent)
    _remove_stale_temporaries(target)


STALE_TEMPORARY_S = 600


def _remove_stale_temporaries(target: Path) -> None:
    """A write killed half-way (power cut, SIGKILL) leaves its temporary file behind;
    the next successful write of the same target removes ones older than ten minutes
    (younger ones may belong to a write still in progress elsewhere)."""
    cutoff = time.time() - STALE_TEMPORARY_S
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
