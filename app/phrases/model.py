"""One entry of the phrase library, as plain data (no Qt, no SQLite)."""

from __future__ import annotations

from dataclasses import dataclass, field

SOURCES = ("builtin", "user", "harvested", "imported")
FORMULATION_CATEGORY = "规范提法"
FORMULATION_TAG = "提法"
DEFAULT_USER_CATEGORY = "我的常用语"


@dataclass
class PhraseEntry:
    text: str
    category: str = DEFAULT_USER_CATEGORY
    tags: list[str] = field(default_factory=list)
    note: str = ""
    source: str = "user"
    favourite: bool = False
    usage_count: int = 0
    last_used: float | None = None
    valid_from: int | None = None
    valid_to: int | None = None
    wrong_variants: list[str] = field(default_factory=list)
    id: int | None = None  # the database row, None until stored
    initials: str | None = None  # pinyin initials, filled lazily (see app.phrases.pinyin)

    @property
    def is_formulation(self) -> bool:
        """A standard formulation: may recur in a report, and its wrong forms are flagged.

        Ordinary sentences of the library are not: pasting the same library sentence
        twice into one report is still the copy-paste the repeat check is for.
        """
        return bool(self.wrong_variants) or self.category == FORMULATION_CATEGORY or FORMULATION_TAG in self.tags

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.valid_from is None or year >= self.valid_from) and (self.valid_to is None or year <= self.valid_to)

    def to_json(self) -> dict:
        """The exchange form (export files, ``wengao phrases --format json``)."""
        return {
            "text": self.text,
            "category": self.category,
            "tags": list(self.tags),
            "note": self.note,
            "source": self.source,
            "favourite": self.favourite,
            "usage_count": self.usage_count,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "wrong_variants": list(self.wrong_variants),
        }
