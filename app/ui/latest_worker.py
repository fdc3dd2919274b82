"""One background thread that runs the newest job handed to it.

Both the analysis (outline + checks) and the autosave writer work this way: the
UI thread hands over a snapshot, a newer snapshot replaces one not yet started,
and the work never runs on the UI thread. Plain Python threading; results go back
through Qt signals, which Qt delivers on the receiver's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Job = TypeVar("Job")


class LatestJobWorker(Generic[Job]):
    def __init__(self, run: Callable[[Job], None], name: str) -> None:
        self._run = run
        self._condition = threading.Condition()
        self._pending: Job | None = None
        self._has_pending = False
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    @property
    def lock(self) -> threading.Condition:
        """Held while a job is handed over or dropped; callers may use it to order their own state."""
        return self._condition

    def submit(self, job: Job) -> None:
        with self._condition:
            self._pending, self._has_pending = job, True
            self._condition.notify()

    def drop_pending(self) -> None:
        with self._condition:
            self._pending, self._has_pending = None, False

    def stop(self, timeout: float = 5.0) -> None:
        with self._condition:
            self._stopping = True
            self._condition.notify()
        self._thread.join(timeout=timeout)

    def _loop(self) -> None:
        while True:
            with self._condition:
                while not self._has_pending and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                job = self._pending
                self._pending, self._has_pending = None, False
            self._run(job)  # type: ignore[arg-type]
