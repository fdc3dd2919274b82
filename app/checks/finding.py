"""What a rule reports: a finding with its place, wording and optional fix."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"  # must be fixed before the report goes out
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Hit:
    """A paragraph rule's raw result: a span in one paragraph's text.

    ``fix`` is the replacement for ``text[start:end]`` when the rule knows it.
    """

    start: int
    end: int
    message: str
    fix: str | None = None
    severity: Severity | None = None  # None: the rule's default severity


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    paragraph: int  # index among the report's paragraphs (document order)
    start: int  # character offsets in that paragraph's text
    end: int
    excerpt: str = ""
    section: str = ""
    fix: str | None = None
    # Identifies "this finding" across edits elsewhere, for "not a fault".
    fingerprint: str = field(default="", compare=False)

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "section": self.section,
        }


EXCERPT_CONTEXT = 8
EXCERPT_MAX = 60


def make_excerpt(text: str, start: int, end: int) -> str:
    """The flagged text with a little context, short enough for a table cell."""
    left = max(0, start - EXCERPT_CONTEXT)
    right = min(len(text), max(end, start) + EXCERPT_CONTEXT)
    excerpt = text[left:right]
    if len(excerpt) > EXCERPT_MAX:
        excerpt = excerpt[:EXCERPT_MAX] + "…"
    return ("…" if left > 0 else "") + excerpt + ("…" if right < len(text) and len(excerpt) <= EXCERPT_MAX else "")


def fingerprint(rule: str, text: str, start: int, end: int) -> str:
    """Stable while the flagged words and their immediate neighbours stay the same."""
    context = text[max(0, start - 6) : end + 6]
    return hashlib.sha1(f"{rule}\x00{context}".encode("utf-8")).hexdigest()[:16]
