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


def _from_key(key: object) -> str | Paragraph:
    """The paragraph a cache key was made from (enough of it for the outline)."""
    if isinstance(key, str):
        return key
    text, outline_level, in_table, title_hint = key  # type: ignore[misc]
    return Paragraph.from_text(text, outline_level=outline_level, in_table=in_table, role=Role.TITLE if title_hint else Role.BODY)


class OutlineCache:
    """Thread-safe; one per open document (or per engine).

    Shapes are computed only for paragraphs that changed since the last call, so
    the first check of a long report costs one plain parse and nothing more.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._structures: dict[object, _Structure] = {}
        self._prev: tuple[list[object], tuple, Outline] | None = None
        self.last_was_patch = False  # for tests and the benchmark
        # Bumped on every full parse. Patched outlines keep their headings' titles and
        # paragraph ranges, so anything derived from those alone may be cached by version.
        self.version = 0

    def _structure_of(self, key: object) -> _Structure:
        found = self._structures.get(key)
        if found is None:
            if len(self._structures) > 4096:
                self._structures.clear()
            found = self._structures[key] = _structure(_from_key(key))
        return found

    def outline(self, paragraphs: Sequence[str | Paragraph]) -> Outline:
        with self._lock:
            keys = [_key(p) for p in paragraphs]
            head = _first_nonblank(paragraphs)
            outline = None
            self.last_was_patch = False
            prev = self._prev
            if prev is not None and len(prev[0]) == len(keys) and prev[1] == head:
                old_keys, _head, old_outline = prev
                changed = [i for i, (a, b) in enumerate(zip(old_keys, keys)) if a is not b and a != b]
                if not changed:
                    outline = old_outline
                elif len(changed) <= _MAX_PATCHED:
                    new_structures = {i: self._structure_of(keys[i]) for i in changed}
                    if all(self._structure_of(old_keys[i]).shape == new_structures[i].shape for i in changed):
                        outline = _patch(old_outline, changed, new_structures, paragraphs)
                        self.last_was_patch = True
            if outline is None:
                outline = parse_outline(paragraphs)
                self.version += 1
            self._prev = (keys, head, outline)
            return outline


def _patch(
    old: Outline, changed: list[int], structures: dict[int, _Structure], paragraphs: Sequence[str | Paragraph]
) -> Outline:
    changed_set = set(changed)
    moved: dict[tuple[int, int], int] = {}  # (paragraph, old item start) → new start
    # Every copied section with its parent's (copied) children list: an item ends
    # where the next sibling item in the same paragraph starts.
    siblings: list[tuple[Section, list[Section]]] = []

    def touches(section: Section) -> bool:
        return any(section.paragraph <= p <= section.last_paragraph for p in changed)

    def copy_path(children: list[Section]) -> list[Section]:
        # Only sections around a changed paragraph are copied; the rest are shared
        # with the previous outline (outlines are never mutated once returned).
        out = []
        for child in children:
            if touches(child):
                clone = object.__new__(Section)
                clone.__dict__.update(child.__dict__)
                clone.children = copy_path(child.children)
                out.append(clone)
            else:
                out.append(child)
        for child in out:
            if touches(child):
                siblings.append((child, out))
        return out

    sections = copy_path(old.sections)
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
