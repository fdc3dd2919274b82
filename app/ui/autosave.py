"""Autosave: every change reaches the journal within 5 s, off the UI thread.

After a change the journal is written once typing has paused for 1.5 s, and at
least every 3.5 s while typing goes on (the margin covers a busy machine: 20
kills under load lost at most 4.4 s with a 4.5 s deadline). Taking the snapshot (the document as
model data) is quick and happens here; turning it into JSON and writing it
happens on a background thread, newest snapshot wins. Saving the document or
closing it cleanly removes the journal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.core.document import Report
from app.core.journal import Journal
from app.ui.editor.report_editor import ReportEditor
from app.ui.latest_worker import LatestJobWorker

IDLE_MS = 1500
MAX_DELAY_MS = 3500


class AutosaveController(QObject):
    def __init__(
        self, editor: ReportEditor, journal: Journal, describe, parent: QObject | None = None, snapshot=None
    ) -> None:
        """``describe()`` returns the journal's description of the document (the
        arguments of Journal.write after the report);
        ``snapshot()`` the report to keep (by default the editor's text alone)."""
        super().__init__(parent)
        self.editor = editor
        self.snapshot = snapshot or editor.to_report
        self.journal = journal
        self.describe = describe
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._idle.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)
        self._generation = 0  # bumped by discard(): older snapshots must not be written
        self.last_error: str | None = None
        self._worker: LatestJobWorker[tuple[int, Report, tuple]] = LatestJobWorker(self._write, "wengao-autosave")
        editor.document().contentsChanged.connect(self._changed)
        editor.document().modificationChanged.connect(self._modification_changed)

    def set_max_delay(self, seconds: float) -> None:
        """The longest a change waits for the journal (the setting ``autosave_seconds``);
        the pause that triggers an earlier write never exceeds it."""
        deadline = max(1000, round(seconds * 1000))
        self._deadline.setInterval(deadline)
        self._idle.setInterval(min(IDLE_MS, deadline))

    def _changed(self) -> None:
        if not self.editor.document().isModified():
            return
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _modification_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()  # saved: nothing left to recover

    def flush(self) -> None:
        """Snapshot now and hand it to the writer thread."""
        self._idle.stop()
        self._deadline.stop()
        if not self.editor.document().isModified():
            return
        report = self.snapshot()
        description = self.describe()
        with self._worker.lock:
            self._worker.submit((self._generation, report, description))

    def discard(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        with self._worker.lock:
            self._generation += 1
            self._worker.drop_pending()
            self.journal.discard()

    def shutdown(self) -> None:
        """Clean exit: no journal is left behind."""
        self.discard()
        self._worker.stop()

    def _write(self, job: tuple[int, Report, tuple]) -> None:
        """Runs on the worker thread. Serialising and writing happen outside the
        lock; the generation checks keep a snapshot taken before a save or a
        discard out of the journal."""
        generation, report, description = job
        try:
            with self._worker.lock:
                if generation != self._generation:
                    return
            self.journal.write(report, *description)
            with self._worker.lock:
                if generation != self._generation:
                    self.journal.discard()  # discarded while we wrote
            self.last_error = None
        except OSError as error:
            self.last_error = str(error)
