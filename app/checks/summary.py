"""Per-paragraph summaries: what document rules need, computed once per text.

The engine caches a :class:`ParagraphSummary` by paragraph text; document rules
(repeats, years, last-year similarity) read summaries instead of re-scanning text,
which keeps a re-check after one keystroke cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# A clause is a stretch between sentence or clause punctuation; repeats are found clause by clause.
_SPLIT = re.compile(r"[，。；！？：,;!?:\n]")  # one character each, so offsets can be added up
# Leading enumerators are not part of what a clause says: 一是 / （一） / 1.
_LEADING_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])")
_MARKER_START = set("一二三四五六七八九十（(0123456789")
_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")  # the digit before is checked by hand: a lookbehind slows the scan
# Marks that occur inside clauses and do not change what they say. (A regex is ~3×
# faster than str.translate here: translate is slow on non-ASCII text.)
_DROP = re.compile(r"[ \u3000\t“”‘’\"'《》〈〉（）()【】\[\]、·…—\-－/／.．%％~～*＊]+")
MIN_KEY = 4  # shorter clauses (今年以来, 同时) are not worth remembering


class YearMention(NamedTuple):
    start: int  # the digits
    end: int
    year: int
    after: str  # up to 12 characters after the digits (年以来, 年是…开局之年 …)
    sentence_start: int  # where the sentence holding it starts


@dataclass(frozen=True)
class ParagraphSummary:
    length: int
    keys: tuple[str, ...]  # every clause's key, in order (short ones too: indexes match the text's clauses)
    years: tuple[YearMention, ...]
    norm: str  # the whole paragraph normalised (identical-paragraph detection)
    keyset: frozenset[str] = frozenset()  # keys of MIN_KEY characters or more, for fast "any repeated?" tests


def phrase_coverage(key: str, phrase_re: re.Pattern[str] | None) -> int:
    """How many characters of a normalised clause standard formulations cover."""
    if phrase_re is None or not key:
        return 0
    return sum(m.end() - m.start() for m in phrase_re.finditer(key))


def summarise(text: str) -> ParagraphSummary:
    # Whole-paragraph operations only (one substitution, two splits): dropping marks
    # never removes a separator, so raw and normalised parts correspond one to one.
    norm = _DROP.sub("", text)
    parts = _SPLIT.split(norm)
    keys = tuple(_LEADING_MARKER.sub("", k) if k and k[0] in _MARKER_START else k for k in parts)
    years = []
    if "年" in text:
        sentence_starts = None
        for m in _YEAR.finditer(text):
            if m.start() > 0 and text[m.start() - 1] in "0123456789０１２３４５６７８９":
                continue
            if sentence_starts is None:
                sentence_starts = [0] + [s.end() for s in re.finditer(r"[。！？；]", text)]
            s_start = max(s for s in sentence_starts if s <= m.start())
            years.append(YearMention(m.start(), m.end(), int(m.group(0)), text[m.end() : m.end() + 12], s_start))
    return ParagraphSummary(len(text), keys, tuple(years), norm, frozenset(k for k in keys if len(k) >= MIN_KEY))


def clause_span(text: str, index: int) -> tuple[int, int]:
    """Where clause ``index`` of a summary lies in the paragraph text (computed on demand)."""
    parts = _SPLIT.split(text)
    pos = sum(len(p) + 1 for p in parts[:index])
    raw = parts[index]
    lead = len(raw) - len(raw.lstrip(" \u3000\t“‘《（("))
    return pos + lead, pos + len(raw)
