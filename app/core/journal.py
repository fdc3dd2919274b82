"""The autosave journal: the open document as it is, written every few seconds.

One file per editing session in the platformdirs state folder
(``autosave/<session>.json``), replaced atomically, so after a crash it holds the
document as it was at most one interval before. A clean exit, a save, or closing
the document removes it; what is left after a crash is offered for recovery at
the next start. The owner's host and pid tell a crashed session from one that is
still running in another window.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core.atomicfile import atomic_write_text
from app.core.document import Report
from app.core.processes import owner_alive, this_host
from app.core.serialize import report_from_dict, report_to_dict

PREVIEW_CHARS = 120


@dataclass(frozen=True)
class JournalInfo:
    file: Path
    saved_at: float  # seconds since the epoch
    document_path: str | None  # the file the document was opened from or saved to
    display_name: str
    preview: str
    host: str
    pid: int
    base_source: str | None = None  # an unsaved draft's base package (last year's report, a template)
    # The document file's (mtime_ns, size) when the editor last read or wrote it:
    # after recovery, a save still notices a change made on disk since then.
    disk_stamp: tuple[int, int] | None = None


def _preview(report: Report) -> str:
    text = "　".join(t for t in report.texts() if t.strip())
    return text[:PREVIEW_CHARS]


class Journal:
    """The current session's journal; ``write`` may be called from a worker thread."""

    def __init__(self, folder: Path, session: str | None = None) -> None:
        self.folder = folder
        self.session = session or uuid.uuid4().hex
        self.file = folder / f"{self.session}.json"

    def write(
        self,
        report: Report,
        document_path: str | None,
        display_name: str,
        base_source: str | None = None,
        disk_stamp: tuple[int, int] | None = None,
    ) -> None:
        payload = {
            "base_source": base_source,
            "disk_stamp": list(disk_stamp) if disk_stamp else None,
            "saved_at": time.time(),
            "host": this_host(),
            "pid": os.getpid(),
            "document_path": document_path,
            "display_name": display_name,
            "preview": _preview(report),
            "report": report_to_dict(report),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.file, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)


def _read(file: Path) -> dict:
    with file.open(encoding="utf-8") as handle:
        return json.load(handle)


def _stamp(value: object) -> tuple[int, int] | None:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return value[0], value[1]
    return None


def recoverable(folder: Path) -> list[JournalInfo]:
    """Journals left by sessions that are no longer running, newest first.

    A journal that cannot be read is moved aside (``.broken``), not deleted.
    """
    infos = []
    if not folder.is_dir():
        return infos
    for file in folder.glob("*.json"):
        try:
            data = _read(file)
            info = JournalInfo(
                file=file,
                saved_at=float(data["saved_at"]),
                document_path=data.get("document_path"),
                base_source=data.get("base_source"),
                disk_stamp=_stamp(data.get("disk_stamp")),
                display_name=str(data.get("display_name") or "未命名"),
                preview=str(data.get("preview", "")),
                host=str(data.get("host", "")),
                pid=int(data.get("pid", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            try:
                file.replace(file.with_suffix(".broken"))
            except OSError:
                pass
            continue
        if owner_alive(info.host, info.pid) is True:
            continue  # another window is editing it right now
        infos.append(info)
    return sorted(infos, key=lambda i: i.saved_at, reverse=True)


def load(info: JournalInfo) -> Report:
    return report_from_dict(_read(info.file)["report"])


def discard(info: JournalInfo) -> None:
    info.file.unlink(missing_ok=True)
