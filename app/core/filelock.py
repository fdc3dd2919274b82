"""Who else has a report open: our own lock files, and Word/WPS owner files.

Opening a file writes ``.~wengao.<name>.lock`` beside it (host, user, pid, time).
Another Wengao that opens the same file reads it and warns; a lock whose process
is gone (same host, dead pid) is stale and taken over silently. Word and WPS
leave ``~$<name>`` owner files beside documents they have open; those are
reported too, since saving over such a file may fail or be overwritten.
"""

from __future__ import annotations

import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.atomicfile import atomic_write_text
from app.core.processes import owner_alive, this_host


@dataclass(frozen=True)
class LockOwner:
    host: str
    user: str
    pid: int
    since: float
    office: bool = False  # a Word/WPS owner file rather than one of ours


def lock_path(document: Path) -> Path:
    return document.with_name(f".~wengao.{document.name}.lock")


def office_owner_paths(document: Path) -> list[Path]:
    """Where Word/WPS put their owner file: "~$" before the name, or replacing its
    first two characters when the name is long."""
    name = document.name
    return [document.with_name("~$" + name), document.with_name("~$" + name[2:])]


def current_owner(document: Path) -> LockOwner | None:
    """Who holds the document open elsewhere, if anyone (stale locks ignored)."""
    lock = lock_path(document)
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        owner = LockOwner(str(data["host"]), str(data["user"]), int(data["pid"]), float(data["since"]))
    except FileNotFoundError:
        owner = None
    except (OSError, ValueError, KeyError, TypeError):
        owner = None  # an unreadable lock protects nothing
    if owner is not None:
        is_us = owner.host == this_host() and owner.pid == os.getpid()
        if not is_us and owner_alive(owner.host, owner.pid) is not False:
            return owner
    for office in office_owner_paths(document):
        if office.exists():
            try:
                since = office.stat().st_mtime
            except OSError:
                since = time.time()
            return LockOwner("", "", 0, since, office=True)
    return None


def acquire(document: Path) -> bool:
    """Write our lock beside the document; False when the folder is not writable.

    A folder with no write permission bits at all (a read-only share, a CD, an
    archive of last year's reports) is left alone even when the user could
    write there anyway (root, or an administrator on Windows): nobody edits in
    place there, and a lock file would only clutter it.
    """
    try:
        if document.parent.stat().st_mode & 0o222 == 0:
            return False
    except OSError:
        return False
    try:
        atomic_write_text(
            lock_path(document),
            json.dumps({"host": this_host(), "user": _user(), "pid": os.getpid(), "since": time.time()}),
        )
        return True
    except OSError:
        return False


def release(document: Path) -> None:
    lock = lock_path(document)
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        if data.get("host") == this_host() and int(data.get("pid", -1)) == os.getpid():
            lock.unlink()
    except (OSError, ValueError, TypeError):
        pass


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
