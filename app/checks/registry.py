"""Every rule, by id, in the order the checker panel lists them.

Rule ids are a stable contract (settings, ignore lists, JSON); see ARCHITECTURE.md.
Rules are stateless, so the instances here are shared read-only objects, built by
:func:`all_rules` when asked for (no start-up order to respect).
"""

from __future__ import annotations

from app.checks.rule import DocumentRule, ParagraphRule, Rule
from app.checks.rules.date_format import DateFormatRule
from app.checks.rules.duplicate_punctuation import DuplicatePunctuationRule
from app.checks.rules.formulation import FormulationRule
from app.checks.rules.halfwidth_punctuation import HalfwidthPunctuationRule
from app.checks.rules.missing_section import MissingSectionRule
from app.checks.rules.missing_title import MissingTitleRule
from app.checks.rules.numbering import NumberingRule
from app.checks.rules.placeholder import PlaceholderRule
from app.checks.rules.quote_list_comma import QuoteListCommaRule
from app.checks.rules.repeated_sentence import RepeatedSentenceRule
from app.checks.rules.section_order import SectionOrderRule
from app.checks.rules.stale_year import StaleYearRule
from app.checks.rules.typo import TypoRule
from app.checks.rules.unchanged_from_last_year import UnchangedFromLastYearRule
from app.checks.rules.unpaired_mark import UnpairedMarkRule

_RULE_CLASSES: tuple[type[Rule], ...] = (
    MissingTitleRule,
    MissingSectionRule,
    SectionOrderRule,
    NumberingRule,
    PlaceholderRule,
    DuplicatePunctuationRule,
    UnpairedMarkRule,
    HalfwidthPunctuationRule,
    QuoteListCommaRule,
    RepeatedSentenceRule,
    StaleYearRule,
    DateFormatRule,
    FormulationRule,
    TypoRule,
    UnchangedFromLastYearRule,
)

RULE_IDS: tuple[str, ...] = tuple(cls.id for cls in _RULE_CLASSES)


def all_rules() -> list[Rule]:
    return [cls() for cls in _RULE_CLASSES]


def paragraph_rules(rules: list[Rule]) -> list[ParagraphRule]:
    return [r for r in rules if isinstance(r, ParagraphRule)]


def document_rules(rules: list[Rule]) -> list[DocumentRule]:
    return [r for r in rules if isinstance(r, DocumentRule)]


def parse_rule_list(text: str) -> list[str]:
    """``"placeholder, typo"`` → ids; raises ValueError naming an unknown id."""
    ids = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [i for i in ids if i not in RULE_IDS]
    if unknown:
        raise ValueError(", ".join(unknown))
    return ids
