"""Small JSON files in the platformdirs state folder: window layout, recent files.

Written atomically (temporary file, fsync, replace) so a crash never leaves a
half-written file; a file that does not parse is moved aside, not trusted.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from app import paths
from app.core.atomicfile import atomic_write_text


def _file(name: str) -> Path:
    return paths.state_dir() / name


def read_json(name: str, default: Any) -> Any:
    path = _file(name)
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        return default
    except (OSError, ValueError):
        try:
            path.replace(path.with_suffix(path.suffix + ".broken"))
        except OSError:
            pass
        return default


def write_json(name: str, value: Any) -> None:
    atomic_write_text(_file(name), json.dumps(value, ensure_ascii=False, indent=1))


MAX_RECENT = 10


def recent_files() -> list[str]:
    value = read_json("recent.json", [])
    return [p for p in value if isinstance(p, str)][:MAX_RECENT] if isinstance(value, list) else []


_recent_lock = threading.Lock()  # one read-modify-write of recent.json at a time (see add_recent_file_later)


def add_recent_file(path: str) -> list[str]:
    absolute = str(Path(path).resolve())
    with _recent_lock:
        files = [absolute] + [p for p in recent_files() if p != absolute]
        files = files[:MAX_RECENT]
        write_json("recent.json", files)
    return files


def add_recent_file_later(path: str) -> threading.Thread:
    """add_recent_file on a short-lived thread: its two fsyncs (15–85 ms) release the
    interpreter, so opening a file no longer holds the UI thread while they wait."""
    thread = threading.Thread(target=add_recent_file, args=(path,), name="wengao-recent", daemon=True)
    thread.start()
    return thread
