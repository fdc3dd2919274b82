"""Keeps outline, counts and findings current while the user types.

Typing only restarts a short timer; when it fires, the paragraph texts are
snapshot as plain strings and handed to one background thread that parses the
outline and runs the checks. Results carry the document revision they were made
from; a result for text that has since changed is dropped, not shown.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.outline import Outline, parse_outline
from app.core.stats import TextStats, text_stats
from app.ui.latest_worker import LatestJobWorker

DEBOUNCE_MS = 120


@dataclass(frozen=True)
class Analysis:
    revision: int
    texts: list[str]
    outline: Outline
    stats: TextStats
    checks: Any  # what the check function returned (None when checks are off)


# Given the paragraph texts, the check returns (outline, findings); the engine
# keeps its own incremental outline, so the outline is not parsed twice.
CheckFunction = Callable[[list[str]], tuple[Outline, Any]]


class AnalysisController(QObject):
    ready = Signal(object)  # Analysis
    failed = Signal(str)

    def __init__(self, snapshot: Callable[[], list[str]], check: CheckFunction | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._check = check
        self._revision = 0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.submit_now)
        self._last_texts: list[str] | None = None
        self._stats_cache: dict[str, tuple[int, int, int]] = {}  # used by the worker thread only
        self._worker: LatestJobWorker[tuple[int, list[str]]] = LatestJobWorker(self._analyse, "wengao-analysis")

    @property
    def revision(self) -> int:
        return self._revision

    def set_check(self, check: CheckFunction | None) -> None:
        self._check = check
        self._last_texts = None
        self.submit_now()

    def schedule(self) -> None:
        """The text changed: analyse once typing pauses."""
        self._timer.start()

    def submit_now(self, force: bool = False) -> None:
        """Analyse now; ``force`` even if the text is unchanged (to finish a partial check)."""
        self._timer.stop()
        texts = self._snapshot()
        if texts == self._last_texts and not force:
            return  # formatting-only change: nothing to recompute
        self._last_texts = texts
        self._revision += 1
        self._worker.submit((self._revision, texts))

    def stop(self) -> None:
        self._worker.stop()

    def _analyse(self, job: tuple[int, list[str]]) -> None:
        """Runs on the worker thread."""
        revision, texts = job
        try:
            if self._check is not None:
                outline, checks = self._check(texts)
            else:
                outline, checks = parse_outline(texts), None
            stats = text_stats(texts, self._stats_cache)
        except Exception:  # a rule bug must not take the editor down
            self.failed.emit(traceback.format_exc(limit=5))
            return
        if revision == self._revision:
            self.ready.emit(Analysis(revision, texts, outline, stats, checks))

    def is_current(self, analysis: Analysis) -> bool:
        return analysis.revision == self._revision
