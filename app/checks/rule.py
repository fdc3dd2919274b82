"""The two kinds of rule and what they are given.

A *paragraph rule* sees one paragraph's text at a time; the engine caches its hits
by the text, so it re-runs only on paragraphs that changed. A *document rule* sees
the whole report (outline, per-paragraph summaries) and is recomputed each run, so
it must stay cheap: heavy per-paragraph work belongs in summaries (summary.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from app.checks.finding import Hit, Severity

if TYPE_CHECKING:
    from app.checks.engine import DocView


@dataclass
class CheckContext:
    """Everything a rule may consult besides the text itself.

    ``cache_key`` must change whenever a paragraph rule's answer could change for
    the same text (language, report year, thresholds, data files).
    """

    lang: str = "zh"
    year: int | None = None  # the report's year (the year the report is about)
    report_type: Any = None  # app.core.reporttypes.ReportType | None
    thresholds: dict[str, float] = field(default_factory=dict)
    resources: Any = None  # app.checks.resources.CheckResources

    @property
    def cache_key(self) -> tuple:
        return (self.lang, self.year, tuple(sorted(self.thresholds.items())), id(self.resources))

    def msg(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh


@dataclass(frozen=True)
class Threshold:
    """A rule's one tunable number, shown in the settings dialog.

    Values from the user's settings are clamped into [minimum, maximum], so a
    hand-edited settings file cannot switch a rule off by accident."""

    default: float
    minimum: float
    maximum: float
    step: float
    label_zh: str
    label_en: str
    decimals: int = 0

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh

    def clamp(self, value: float) -> float:
        return min(self.maximum, max(self.minimum, value))


class Rule:
    id: ClassVar[str]
    severity: ClassVar[Severity]
    title_zh: ClassVar[str]
    title_en: ClassVar[str]
    help_zh: ClassVar[str] = ""  # what the rule catches, for the built-in help
    help_en: ClassVar[str] = ""
    threshold: ClassVar[Threshold | None] = None

    def help(self, lang: str) -> str:
        return self.help_en if lang == "en" else self.help_zh

    def threshold_value(self, ctx: CheckContext) -> float:
        """This rule's threshold for this run: the user's value (clamped) or the default."""
        assert self.threshold is not None
        value = ctx.thresholds.get(self.id)
        return self.threshold.default if value is None else self.threshold.clamp(float(value))

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_zh


class ParagraphRule(Rule):
    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        raise NotImplementedError


@dataclass(frozen=True)
class DocumentHit:
    paragraph: int
    hit: Hit


class DocumentRule(Rule):
    def check(self, doc: DocView, ctx: CheckContext) -> list[DocumentHit]:
        """``doc`` is the engine's read-only view of the report (see engine.py)."""
        raise NotImplementedError
