"""An outline that follows edits without re-parsing the whole report.

``parse_outline`` costs ~20 ms on a 100k-character report, four times the budget
for a re-check after a keystroke. Most keystrokes change no structure at all: the
markers, heading titles and ``一是`` items stay, only offsets inside the edited
paragraph move. So each paragraph gets a *shape* (its markers and heading title,
computed by ``parse_outline`` on that paragraph alone and cached by text); when
every shape is unchanged, the previous outline is copied and the edited paragraphs'
offsets are patched. Otherwise, or when in doubt, it parses afresh. A property
test checks patched == fresh on random edits.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.document import Alignment, Paragraph, Role
from app.core.outline import NumberingFault, Outline, Section, parse_outline

_DUMMY = "。"  # a first paragraph that can never be a title, so the real one is parsed as body
_MAX_PATCHED = 32  # more changed paragraphs than this: a fresh parse is as cheap


@dataclass(frozen=True)
class _Item:
    start: int
    title_start: int
    title_end: int
    title: str


@dataclass(frozen=True)
class _Structure:
    shape: tuple
    items: tuple[_Item, ...]


def _key(p: str | Paragraph):
    if isinstance(p, str):
        return p
    return (p.text, p.outline_level, p.in_table, p.role is Role.TITLE or p.alignment is Alignment.CENTER)


def _text(p: str | Paragraph) -> str:
    return p if isinstance(p, str) else p.text


def _structure(p: str | Paragraph) -> _Structure:
    dummy: str | Paragraph = _DUMMY if isinstance(p, str) else Paragraph.from_text(_DUMMY)
    outline = parse_outline([dummy, p])
    heading = None
    items: list[Section] = []
    for section in outline.sections:
        if section.level <= 4:
            heading = (section.level, section.marker, section.number, section.start, section.title_start,
                       section.title_end, section.title, section.run_in)
            items.extend(c for c in section.children if c.level == 5)
        else:
            items.append(section)
    extra = (p.outline_level, p.in_table) if isinstance(p, Paragraph) else None
    return _Structure(
        shape=(heading, tuple((s.marker, s.number) for s in items), extra),
        items=tuple(_Item(s.start, s.title_start, s.title_end, s.title) for s in items),
    )


def _first_nonblank(paragraphs: Sequence[str | Paragraph]) -> tuple[int, object]:
    for index, p in enumerate(paragraphs):
        if _text(p).strip():
            return index, _key(p)
    return -1, None


def _clone(section: Section) -> Section:
    copy = object.__new__(Section)
    copy.__dict__.update(section.__dict__)
    copy.children = [_clone(child) for child in section.children]
    return copy


class OutlineCache:
    """Thread-safe; one per open document (or per engine)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._structures: dict[object, _Structure] = {}
        self._prev: tuple[list[object], list[_Structure], tuple, Outline] | None = None
        self.last_was_patch = False  # for tests and the benchmark

    def _structure_of(self, p: str | Paragraph) -> _Structure:
        key = _key(p)
        found = self._structures.get(key)
        if found is None:
            found = self._structures[key] = _structure(p)
        return found

    def outline(self, paragraphs: Sequence[str | Paragraph]) -> Outline:
        with self._lock:
            keys = [_key(p) for p in paragraphs]
            structures = [self._structure_of(p) for p in paragraphs]
            head = _first_nonblank(paragraphs)
            outline = None
            self.last_was_patch = False
            prev = self._prev
            if prev is not None and len(prev[0]) == len(keys) and prev[2] == head:
                old_keys, old_structures, _head, old_outline = prev
                changed = [i for i, (a, b) in enumerate(zip(old_keys, keys)) if a != b]
                if not changed:
                    outline = old_outline
                elif len(changed) <= _MAX_PATCHED and all(
                    old_structures[i].shape == structures[i].shape for i in changed
                ):
                    outline = _patch(old_outline, changed, structures, paragraphs)
                    self.last_was_patch = True
            if outline is None:
                outline = parse_outline(paragraphs)
            self._prev = (keys, structures, head, outline)
            # Keep the per-text cache to what the document holds now (plus nothing stale).
            if len(self._structures) > 2 * len(keys) + 64:
                live = set(keys)
                self._structures = {k: v for k, v in self._structures.items() if k in live}
            return outline


def _patch(
    old: Outline, changed: list[int], structures: list[_Structure], paragraphs: Sequence[str | Paragraph]
) -> Outline:
    sections = [_clone(s) for s in old.sections]
    changed_set = set(changed)
    # Every section, with its parent's children list (items end where the next sibling starts).
    moved: dict[tuple[int, int], int] = {}  # (paragraph, old item start) → new start
    siblings: list[tuple[Section, list[Section]]] = []

    def visit(children: list[Section]) -> None:
        for child in children:
            siblings.append((child, children))
            visit(child.children)

    visit(sections)
    items_at: dict[int, list[Section]] = {}
    for section, _sibs in siblings:
        if section.level == 5 and section.paragraph in changed_set:
            items_at.setdefault(section.paragraph, []).append(section)
    for paragraph, items in items_at.items():
        items.sort(key=lambda s: s.start)
        new_items = structures[paragraph].items
        if len(items) != len(new_items):  # shape said equal; be safe
            return parse_outline(paragraphs)
        for section, new in zip(items, new_items):
            moved[(paragraph, section.start)] = new.start
            section.start, section.title_start, section.title_end, section.title = (
                new.start, new.title_start, new.title_end, new.title,
            )
    for section, sibs in siblings:
        if section.last_paragraph not in changed_set:
            continue
        end = len(_text(paragraphs[section.last_paragraph]))
        if section.level == 5 and section.paragraph == section.last_paragraph:
            index = sibs.index(section)
            following = sibs[index + 1] if index + 1 < len(sibs) else None
            if following is not None and following.level == 5 and following.paragraph == section.paragraph:
                end = following.start
        section.end = end
    faults = [
        replace(f, start=moved[(f.paragraph, f.start)], end=moved[(f.paragraph, f.start)] + (f.end - f.start))
        if f.level == 5 and (f.paragraph, f.start) in moved
        else f
        for f in old.faults
    ]
    faults.sort(key=_fault_order)
    return Outline(old.title, old.title_paragraph, sections, faults, list(old.roles))


def _fault_order(fault: NumberingFault) -> tuple:
    return (fault.paragraph, fault.start, fault.kind)
