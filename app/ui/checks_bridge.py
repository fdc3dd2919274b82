"""The check engine as the window sees it: built off the UI thread, called from
the analysis thread, with rule titles for the panel.

jieba (~1–3 s to load) is warmed in a background thread after the window shows;
until then the engine still runs every rule that does not need it.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.checks.finding import Finding
from app.core.lang import current_language
from app.core.outline import Outline


class ChecksBridge(QObject):
    ready = Signal()  # word segmentation is loaded: re-run the checks with it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._engine: Any = None
        self.report_type: str | None = None
        self.year: int | None = None
        self.last_year: list[str] | None = None
        self.lang = current_language()

    def _get_engine(self) -> Any:
        with self._lock:
            if self._engine is None:
                from app.checks.engine import CheckEngine
                from app.checks.resources import load_check_resources

                self._engine = CheckEngine(load_check_resources(), lang=self.lang)
            return self._engine

    def rule_titles(self) -> dict[str, str]:
        from app.checks.registry import all_rules

        return {rule.id: rule.title(self.lang) for rule in all_rules()}

    def warm_up_in_background(self) -> None:
        def warm() -> None:
            engine = self._get_engine()
            engine.resources.segmenter.warm()
            self.ready.emit()

        threading.Thread(target=warm, name="wengao-warm-up", daemon=True).start()

    def check(self, texts: list[str]) -> tuple[Outline, list[Finding]]:
        """Runs on the analysis thread."""
        result = self._get_engine().check(
            texts, report_type=self.report_type, year=self.year, last_year=self.last_year
        )
        return result.outline, list(result.findings)
