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
from app.core.outline import HeadingKey, Outline, heading_keys

# A hostile document must not hold the checker (and, through the GIL, the
# window) for long; the rest of the paragraphs are checked by follow-up runs.
CHECK_BUDGET_S = 0.5


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
        # The phrase library's formulations (plain lists from PhraseStore.checker_data).
        self._library: tuple[list, list] = ([], [])
        self._segmenter: Any = None  # kept across engine rebuilds
        self.disabled_rules: tuple[str, ...] = ()  # from the user's settings
        self.thresholds: dict[str, float] = {}  # from the user's settings (rule_thresholds)

    def _get_engine(self) -> Any:
        with self._lock:
            if self._engine is None:
                from app.checks.engine import CheckEngine
                from app.checks.resources import load_check_resources

                formulations, standard = self._library
                resources = load_check_resources(
                    segmenter=self._segmenter, extra_formulations=formulations, extra_standard_phrases=standard
                )
                self._engine = CheckEngine(
                    resources, lang=self.lang, disabled=self._known_disabled(), thresholds=self.thresholds
                )
            return self._engine

    def configure(self, disabled_rules: list[str] | tuple[str, ...], thresholds: dict[str, float]) -> None:
        """Take the user's rule choices; the engine is rebuilt on next use, keeping jieba."""
        with self._lock:
            if tuple(disabled_rules) == self.disabled_rules and dict(thresholds) == self.thresholds:
                return  # start-up with unchanged settings: keep an engine already built
            self.disabled_rules = tuple(disabled_rules)
            self.thresholds = dict(thresholds)
            self._drop_engine_keeping_segmenter()

    def _known_disabled(self) -> list[str]:
        from app.checks.registry import RULE_IDS

        return [r for r in self.disabled_rules if r in RULE_IDS]  # ignore ids a newer version knows

    def _drop_engine_keeping_segmenter(self) -> None:
        old, self._engine = self._engine, None
        if old is not None:
            # Keep the loaded jieba: reloading it takes seconds.
            self._segmenter = old.resources.segmenter

    def set_library(self, formulations: list, standard_phrases: list) -> None:
        """Take the phrase library's formulations; a changed library rebuilds the engine on next use."""
        with self._lock:
            if (formulations, standard_phrases) == self._library:
                return
            self._library = (list(formulations), list(standard_phrases))
            had_engine = self._engine is not None
            self._drop_engine_keeping_segmenter()
        if had_engine:
            self._segmenter.add_words(w.strip("“”《》") for w in standard_phrases if 2 <= len(w) <= 12)

    def batch_options(self) -> dict:
        """What a folder check needs to judge files as the live checker does:
        the same data (jieba already loaded), rules switched off and thresholds."""
        engine = self._get_engine()
        return {
            "resources": engine.resources,
            "lang": self.lang,
            "disabled": self._known_disabled(),
            "thresholds": dict(self.thresholds),
        }

    def cut_if_loaded(self, text: str) -> tuple[str, ...]:
        """jieba's words of ``text`` if it is already loaded, else nothing (never load it for a search)."""
        engine = self._engine
        if engine is None or not engine.resources.segmenter.loaded:
            return ()
        return engine.resources.segmenter.cut(text)

    def rules(self) -> list:
        from app.checks.registry import all_rules

        return all_rules()

    def rule_titles(self) -> dict[str, str]:
        from app.checks.registry import all_rules

        return {rule.id: rule.title(self.lang) for rule in all_rules()}

    def warm_up_in_background(self) -> None:
        def warm() -> None:
            engine = self._get_engine()
            engine.resources.segmenter.warm()
            self.ready.emit()

        threading.Thread(target=warm, name="wengao-warm-up", daemon=True).start()

    def check(self, texts: list[str]) -> tuple[Outline, CheckedFindings]:
        """Runs on the analysis thread; at most CHECK_BUDGET_S of paragraph rules a call.

        The headings around each finding are found here too, off the UI thread.
        """
        result = self._get_engine().check(
            texts, report_type=self.report_type, year=self.year, last_year=self.last_year, budget_s=CHECK_BUDGET_S
        )
        keys = heading_keys(result.outline, result.findings)
        return result.outline, CheckedFindings(result.findings, result.paragraphs_pending, keys)


class CheckedFindings(list):
    """The findings of one run; ``pending`` paragraphs were left for the next run.

    ``keys`` (parallel to the findings, from ``app.core.outline.heading_keys``) are
    the headings around each finding, for the outline's badges.
    """

    def __init__(
        self, findings: list[Finding], pending: int = 0, keys: list[tuple[HeadingKey, ...]] | None = None
    ) -> None:
        super().__init__(findings)
        self.pending = pending
        self._heading_keys = keys if keys is not None and len(keys) == len(self) else None
        self._index = {id(f): i for i, f in enumerate(self)} if self._heading_keys is not None else {}

    def heading_keys_of(self, finding: Finding) -> tuple[HeadingKey, ...] | None:
        """The keys of the level 1–4 headings around one of these findings (the
        same object); None if they were not computed or it is not one of them."""
        index = self._index.get(id(finding))
        if index is None or index >= len(self) or self[index] is not finding:
            return None
        return self._heading_keys[index]  # type: ignore[index]
