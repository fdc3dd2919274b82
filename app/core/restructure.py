"""Moving, inserting and deleting sections, and renumbering their siblings.

Pure functions over paragraph texts and an Outline: they say *what* to change
(paragraph moves, marker replacements); the editor applies the changes inside one
undo step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.numerals import int_to_chinese
from app.core.outline import Outline, Section, parse_outline

_NUMBER_IN_MARKER = re.compile(r"\d+|[一二三四五六七八九十百〇零两]+")


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` of one paragraph with ``replacement``."""

    paragraph: int
    start: int
    end: int
    replacement: str


def renumbered_marker(marker: str, level: int, number: int) -> str:
    """The same marker in the same form, with a new number: ("1、", 3, 2) → "2、"."""
    value = str(number) if level in (3, 4) else int_to_chinese(number)
    return _NUMBER_IN_MARKER.sub(value, marker, count=1)


def heading_children(parent: Section | None, outline: Outline) -> list[Section]:
    """The numbered heading children of a section (or of the report root)."""
    children = outline.sections if parent is None else parent.children
    return [c for c in children if c.level <= 4]


def renumber_edits(outline: Outline, parents: Sequence[Section | None]) -> list[TextEdit]:
    """Edits that number each parent's heading children 1, 2, 3 … per level.

    Only the given parents are touched, so a numbering fault elsewhere in the
    report is left for the user (and the checker) rather than silently changed.
    Sections known only from a heading style carry no marker and are skipped.
    """
    edits: list[TextEdit] = []
    for parent in parents:
        counters: dict[int, int] = {}
        for child in heading_children(parent, outline):
            if not child.marker:
                continue
            counters[child.level] = counters.get(child.level, 0) + 1
            wanted = counters[child.level]
            if child.number != wanted:
                edits.append(
                    TextEdit(
                        child.paragraph,
                        child.start,
                        child.start + len(child.marker),
                        renumbered_marker(child.marker, child.level, wanted),
                    )
                )
    return edits


def apply_edits(texts: Sequence[str], edits: Sequence[TextEdit]) -> list[str]:
    """Apply edits to plain texts (later offsets first, so earlier ones stay valid)."""
    result = list(texts)
    for edit in sorted(edits, key=lambda e: (e.paragraph, e.start), reverse=True):
        text = result[edit.paragraph]
        result[edit.paragraph] = text[: edit.start] + edit.replacement + text[edit.end :]
    return result


def find_section(outline: Outline, paragraph: int, level: int) -> Section | None:
    return next((s for s in outline.walk() if s.paragraph == paragraph and s.level == level), None)


def parent_of(outline: Outline, section: Section) -> Section | None:
    for candidate in outline.walk():
        if any(child is section for child in candidate.children):
            return candidate
    return None


def can_drop(section: Section, new_parent: Section | None) -> bool:
    """A heading may only land where its level fits: under a parent one level up."""
    if section.level > 4:
        return False
    parent_level = 0 if new_parent is None else new_parent.level
    if new_parent is not None and section.paragraph <= new_parent.paragraph <= section.last_paragraph:
        return False  # into itself
    return parent_level == section.level - 1


@dataclass(frozen=True)
class SectionMove:
    """Move paragraphs [first, last] so that they come before paragraph ``before``."""

    first: int
    last: int
    before: int

    def reorder(self, items: Sequence) -> list:
        block = list(items[self.first : self.last + 1])
        rest = list(items[: self.first]) + list(items[self.last + 1 :])
        target = self.before if self.before <= self.first else self.before - len(block)
        return rest[:target] + block + rest[target:]

    def new_position(self, old: int, paragraph_count: int) -> int:
        """Where paragraph ``old`` ends up after the move."""
        return self.reorder(range(paragraph_count)).index(old)


def plan_move(outline: Outline, section: Section, new_parent: Section | None, index: int, paragraph_count: int) -> SectionMove:
    """Where the paragraphs of ``section`` go to become child ``index`` of ``new_parent``.

    ``index`` counts among the new parent's heading children *without* the moved
    section. The section moves with all its paragraphs (body and subsections).
    """
    siblings = [s for s in heading_children(new_parent, outline) if s is not section]
    if index < len(siblings):
        before = siblings[index].paragraph
    elif new_parent is not None:
        before = new_parent.last_paragraph + 1
    else:
        before = paragraph_count
    return SectionMove(section.paragraph, section.last_paragraph, before)


def renumber_after_move(
    texts_after: Sequence[str],
    move: SectionMove,
    old_parent: Section | None,
    new_parent: Section | None,
    paragraph_count: int,
) -> list[TextEdit]:
    """Renumber the sibling lists a move touched: the one it left and the one it joined.

    ``old_parent``/``new_parent`` belong to the outline *before* the move; they are
    found again in the moved text by where their heading paragraphs went.
    """
    outline = parse_outline(texts_after)
    parents: list[Section | None] = []
    for parent in (old_parent, new_parent):
        if parent is None:
            if None not in parents:
                parents.append(None)
            continue
        position = move.new_position(parent.paragraph, paragraph_count)
        found = find_section(outline, position, parent.level)
        if found is not None and all(found is not p for p in parents):
            parents.append(found)
    return renumber_edits(outline, parents)


def move_section_texts(texts: Sequence[str], outline: Outline, section: Section, new_parent: Section | None, index: int) -> list[str]:
    """The texts after moving a section and renumbering (for tests and the command line).

    The editor applies the same two steps to its QTextDocument in one undo step.
    """
    move = plan_move(outline, section, new_parent, index, len(texts))
    moved = move.reorder(texts)
    edits = renumber_after_move(moved, move, parent_of(outline, section), new_parent, len(texts))
    return apply_edits(moved, edits)
