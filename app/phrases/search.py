"""Searching the library: an in-memory index, rebuilt when the store changes.

Modes, combined in one box:
- substring: ``八项规定`` finds every entry containing it;
- several keywords: ``廉洁 家风`` finds entries containing all of them (AND);
  a keyword run typed without spaces (``廉洁家风``) that matches nothing whole is
  cut into words by jieba, when a segmenter is at hand, and those are ANDed;
- pinyin initials: a keyword of Latin letters (``lgwh``) also matches the
  initials of the entry (两个维护 → lgwh), stored in the database.

Ranking: exact > prefix > favourite > usage count > shorter. A plain loop over
precomputed lowercase strings answers 5,000 entries in a few milliseconds
(tests/bench/bench_phrases.py), so no inverted index is needed.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.phrases.model import PhraseEntry

ALL = "全部"
FAVOURITES = "★ 收藏"
RECENT = "最近使用"
UNCATEGORISED = "（未分类）"  # entries with no category

_LATIN = re.compile(r"^[a-z]+$")
_QUOTES = str.maketrans("", "", "“”‘’\"'《》")


@dataclass(frozen=True)
class _Item:
    entry: PhraseEntry
    lower: str  # lowercased, quotes dropped: “两个维护” is found by 两个维护
    initials: str


def _fold(text: str) -> str:
    return text.lower().translate(_QUOTES)


class PhraseIndex:
    """Immutable snapshot of the entries, searchable."""

    def __init__(self, entries: Iterable[PhraseEntry], splitter: Callable[[str], Sequence[str]] | None = None) -> None:
        self._items = [_Item(e, _fold(e.text), e.initials or "") for e in entries]
        self.splitter = splitter  # jieba's cut, or None while it is not loaded

    def __len__(self) -> int:
        return len(self._items)

    def entries(self) -> list[PhraseEntry]:
        return [item.entry for item in self._items]

    def search(self, query: str, category: str | None = None, limit: int | None = 500) -> list[PhraseEntry]:
        items = self._scope(category)
        keywords = [_fold(k) for k in query.split() if k.strip()]
        keywords = [k for k in keywords if k]
        if not keywords:
            if category == RECENT:
                ranked = sorted(items, key=lambda i: -(i.entry.last_used or 0))
            else:
                ranked = sorted(items, key=lambda i: (not i.entry.favourite, -i.entry.usage_count))
            return [i.entry for i in ranked[:limit]]
        found = self._match(items, keywords)
        if not found and len(keywords) == 1 and len(keywords[0]) >= 3 and self.splitter is not None and not _LATIN.match(keywords[0]):
            words = [w for w in (_fold(w) for w in self.splitter(keywords[0])) if w.strip()]
            if len(words) > 1:
                found = self._match(items, words)
        whole = _fold(query.strip())
        single = keywords[0] if len(keywords) == 1 else None

        def rank(item: _Item) -> tuple:
            if item.lower == whole or (single and item.initials == single):
                closeness = 0
            elif item.lower.startswith(whole) or (single and item.initials.startswith(single)):
                closeness = 1
            else:
                closeness = 2
            return (closeness, not item.entry.favourite, -item.entry.usage_count, len(item.lower))

        if limit is not None and len(found) > limit:
            # One letter of pinyin matches nearly everything: keep the best, do not sort them all.
            return [i.entry for i in heapq.nsmallest(limit, found, key=rank)]
        found.sort(key=rank)
        return [i.entry for i in found]

    def _scope(self, category: str | None) -> list[_Item]:
        if category is None or category == ALL:
            return self._items
        if category == FAVOURITES:
            return [i for i in self._items if i.entry.favourite]
        if category == RECENT:
            return [i for i in self._items if i.entry.last_used]
        if category == UNCATEGORISED:
            return [i for i in self._items if not i.entry.category]
        return [i for i in self._items if i.entry.category == category]

    @staticmethod
    def _match(items: list[_Item], keywords: list[str]) -> list[_Item]:
        latin = [bool(_LATIN.match(k)) for k in keywords]
        if len(keywords) == 1:
            k = keywords[0]
            if latin[0]:
                return [i for i in items if k in i.initials or k in i.lower]
            return [i for i in items if k in i.lower]
        return [
            i for i in items
            if all(k in i.lower or (is_latin and k in i.initials) for k, is_latin in zip(keywords, latin))
        ]
