"""Per-paragraph summaries: what document rules need, computed once per text.

The engine caches a :class:`ParagraphSummary` by paragraph text; document rules
(repeats, years, last-year similarity) read summaries instead of re-scanning text,
which keeps a re-check after one keystroke cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.checks.textutil import normalise

# Clauses end at sentence or clause punctuation; a repeat is found clause by clause.
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:\n]")
# Leading enumerators are not part of what a clause says: 一是 / （一） / 1.
_LEADING_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])")
_YEAR = re.compile(r"(?<![\d０-９])((?:19|20)\d{2})(?=\s*年)")


@dataclass(frozen=True)
class Clause:
    start: int  # span in the paragraph text (without the closing punctuation)
    end: int
    key: str  # normalised text: letters, digits and CJK only, leading marker removed
    weight: int  # characters of key not covered by a standard formulation


@dataclass(frozen=True)
class YearMention:
    start: int  # the digits
    end: int
    year: int
    after: str  # up to 12 characters after the digits (年以来, 年是…开局之年 …)
    sentence_start: int  # where the sentence holding it starts


@dataclass(frozen=True)
class ParagraphSummary:
    length: int
    clauses: tuple[Clause, ...]
    years: tuple[YearMention, ...]
    norm: str  # the whole paragraph normalised (identical-paragraph detection)


def _phrase_coverage(key: str, phrase_re: re.Pattern[str] | None) -> int:
    if phrase_re is None or not key:
        return 0
    return sum(m.end() - m.start() for m in phrase_re.finditer(key))


def summarise(text: str, phrase_re: re.Pattern[str] | None = None) -> ParagraphSummary:
    clauses = []
    start = 0
    for m in _CLAUSE_END.finditer(text + "\n"):
        end = m.start()
        raw = text[start:end]
        stripped_lead = len(raw) - len(raw.lstrip(" \u3000\t“‘《（("))
        key = normalise(_LEADING_MARKER.sub("", raw.strip(" \u3000\t“”‘’《》")))
        if key:
            clauses.append(Clause(start + stripped_lead, end, key, len(key) - _phrase_coverage(key, phrase_re)))
        start = m.end()
    years = []
    if "年" in text:
        sentence_starts = [0] + [m.end() for m in re.finditer(r"[。！？；]", text)]
        for m in _YEAR.finditer(text):
            s_start = max(s for s in sentence_starts if s <= m.start())
            years.append(YearMention(m.start(), m.end(), int(m.group(1)), text[m.end() : m.end() + 12], s_start))
    return ParagraphSummary(len(text), tuple(clauses), tuple(years), normalise(text))
