"""What a rule reports: a finding with its place, wording and optional fix."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"  # must be fixed before the report goes out
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        # A dict keyed by member: ``self.value`` goes through Enum's Python-level
        # descriptor (1.5 µs), and sorting a few thousand findings by rank showed.
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


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
    # What identifies this hit for "not a fault" when the text around it does not
    # (a missing section has no text): used instead of the context in the fingerprint.
    key: str | None = None


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


def fingerprint(rule: str, text: str, start: int, end: int, key: str | None = None) -> str:
    """Stable while the flagged words and their immediate neighbours stay the same.

    It does not depend on the paragraph's position, so inserting a paragraph
    elsewhere keeps every "not a fault" choice.
    """
    context = key if key is not None else text[max(0, start - 6) : end + 6]
    return hashlib.sha1(f"{rule}\x00{context}".encode()).hexdigest()[:16]


def dump_ignored(fingerprints: Iterable[str]) -> str:
    """The "not a fault" choices as JSON, for storing with the document."""
    return json.dumps({"version": 1, "ignored": sorted(set(fingerprints))}, ensure_ascii=False)


def load_ignored(data: str | bytes | None) -> set[str]:
    """The inverse of :func:`dump_ignored`; anything unreadable gives an empty set."""
    if not data:
        return set()
    try:
        value = json.loads(data)
    except (ValueError, TypeError):
        return set()
    items = value.get("ignored", []) if isinstance(value, dict) else value
    if not isinstance(items, list):
        return set()
    return {item for item in items if isinstance(item, str)}
