"""The 公文 outline: numbering markers → a section tree, plus numbering faults.

Levels are read from the text itself (``一、`` ``（一）`` ``1.`` ``（1）`` and the
``一是…二是…`` items inside paragraphs), because real reports rarely use Word
heading styles consistently. A heading style or outline level the file declared is
used only for paragraphs that carry no marker.

Everything here is a pure function of the paragraph texts (and their declared
levels), so the editor, the checker and the command line share one reading.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.core.document import Alignment, Paragraph, Role
from app.core.numerals import chinese_to_int, int_to_chinese

_CN = "一二三四五六七八九十百〇零两"
_LEAD_SPACE = re.compile(r"[\s\u3000]*")

# Each pattern matches at the start of a paragraph (after leading spaces).
# Group "num" is the number, group "close" the character that ends the marker.
_MARKER_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"(?P<num>[{_CN}]{{1,4}})[ \t]*(?P<close>[、．.])(?![{_CN}\d]*[、．.])")),
    (2, re.compile(rf"(?P<open>[（(])[ \t]*(?P<num>[{_CN}]{{1,4}})[ \t]*(?P<close>[）)])")),
    (3, re.compile(r"(?P<num>\d{1,3})[ \t]*(?P<close>[.．、])(?!\d)")),
    (4, re.compile(r"(?P<open>[（(])[ \t]*(?P<num>\d{1,3})[ \t]*(?P<close>[）)])")),
)

# The standard form of each level's marker (GB/T 9704 and common practice).
STANDARD_MARKER = {1: "{cn}、", 2: "（{cn}）", 3: "{n}.", 4: "（{n}）"}

# Punctuation that must not follow a bracketed marker: （一）、 （1）．
_PUNCT_AFTER_BRACKET = re.compile(r"[ \t]*[、，,．.：:；;]")

# 一是 … 二是 … at a paragraph start or after sentence/clause punctuation. The
# lookahead lets the scan skip every position that is not a numeral before trying
# the lookbehinds: half the time over a 500k-character report (30 → 15 ms).
_ITEM = re.compile(rf"(?=[{_CN}])(?:(?<=^)|(?<=[。；;：:！？!?，,\s\u3000]))(?P<num>[{_CN}]{{1,3}})是")

# A heading's title runs to the first full stop (run-in heading) or the end.
_TITLE_END = re.compile(r"[。！？!?]")
_ITEM_END = re.compile(r"[。；;！？!?]")
_TRAILING_PUNCT = "：:；;，,、 \t\u3000"

_TITLE_WORDS = ("报告", "总结", "材料", "发言", "述职", "述廉", "述责", "汇报", "计划", "方案", "提纲", "情况")
_MAX_TITLE_CHARS = 60


@dataclass(frozen=True)
class Marker:
    level: int
    text: str  # exactly as written, e.g. "一、", "（一）", "1.", "（1）", "一是"
    number: int
    start: int  # offsets in the paragraph text
    end: int
    standard: bool  # written in the standard form for its level

    @property
    def standard_text(self) -> str:
        return format_marker(self.level, self.number)


def format_marker(level: int, number: int) -> str:
    """The standard marker for a level and number: (2, 3) → ``（三）``."""
    if level == 5:
        return int_to_chinese(number) + "是"
    return STANDARD_MARKER[level].format(cn=int_to_chinese(number), n=number)


def parse_marker(text: str) -> Marker | None:
    """The heading marker at the start of a paragraph, if any (levels 1–4)."""
    offset = _LEAD_SPACE.match(text).end()  # type: ignore[union-attr]
    for level, pattern in _MARKER_PATTERNS:
        m = pattern.match(text, offset)
        if not m:
            continue
        raw_number = m.group("num")
        number = int(raw_number) if raw_number.isdigit() else chinese_to_int(raw_number)
        if number is None:
            continue
        marker_text = m.group(0)
        return Marker(
            level=level,
            text=marker_text,
            number=number,
            start=m.start(),
            end=m.end(),
            standard=marker_text == format_marker(level, number),
        )
    return None


@dataclass
class Section:
    level: int  # 1–4 headings, 5 for 一是 items
    marker: str  # as written; "" for a heading known only from its style
    number: int | None
    title: str
    paragraph: int  # index of the paragraph holding the heading
    title_start: int  # character span of the title in that paragraph
    title_end: int
    start: int  # where the section starts in `paragraph` (the marker)
    last_paragraph: int  # inclusive
    end: int  # where the section ends in `last_paragraph` (exclusive)
    run_in: bool = False  # body text follows the heading in the same paragraph
    children: list[Section] = field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def contains(self, paragraph: int, offset: int = 0) -> bool:
        after_start = (paragraph, offset) >= (self.paragraph, self.start)
        before_end = (paragraph, offset) < (self.last_paragraph, self.end) or (
            paragraph == self.last_paragraph and offset == self.end == 0
        )
        return after_start and before_end

    def to_json(self) -> dict:
        return {
            "level": self.level,
            "marker": self.marker,
            "number": self.number,
            "title": self.title,
            "paragraph": self.paragraph,
            "children": [child.to_json() for child in self.children],
        }


@dataclass(frozen=True)
class NumberingFault:
    """A numbering fault, as data; the checker words it.

    kinds: ``gap`` (a number missing), ``repeat`` (same number twice),
    ``order`` (a number lower than the one before), ``skipped-level``,
    ``marker-form`` (non-standard form, e.g. ``1、`` for ``1.``),
    ``mixed-marker`` (two forms at one level in one document),
    ``punct-after-marker`` (``（一）、``).
    """

    kind: str
    level: int
    paragraph: int
    start: int
    end: int
    found: str
    expected: str


@dataclass
class Outline:
    title: str | None
    title_paragraph: int | None
    sections: list[Section]
    faults: list[NumberingFault]
    roles: list[Role]  # one per paragraph

    def walk(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()

    def headings(self) -> list[Section]:
        """Level 1–4 sections in document order."""
        return [s for s in self.walk() if s.level <= 4]

    def path_at(
        self, paragraph: int, offset: int = 0, starts: dict[int, list[tuple[int, int]]] | None = None
    ) -> list[Section]:
        """The chain of sections containing a position, outermost first.

        Siblings are in document order, so each level is a binary search: this
        runs for every finding on every refresh. ``starts``, a dict shared by many
        lookups in an outline nobody changes meanwhile, keeps each sibling list's
        (paragraph, start) keys, so later lookups bisect them without a key function.
        """
        path: list[Section] = []
        level = self.sections
        position = (paragraph, offset)
        while level:
            if starts is None:
                index = bisect.bisect_right(level, position, key=_start_key) - 1
            else:
                keys = starts.get(id(level))
                if keys is None:
                    keys = starts[id(level)] = [_start_key(s) for s in level]
                index = bisect.bisect_right(keys, position) - 1
            if index < 0 or not level[index].contains(paragraph, offset):
                break
            path.append(level[index])
            level = level[index].children
        return path

    def section_at(self, paragraph: int, offset: int = 0, max_level: int = 5) -> Section | None:
        path = [s for s in self.path_at(paragraph, offset) if s.level <= max_level]
        return path[-1] if path else None

    def to_json(self) -> dict:
        return {"title": self.title, "sections": [s.to_json() for s in self.sections]}


def _start_key(section: Section) -> tuple[int, int]:
    return section.paragraph, section.start


# A level 1–4 heading as the outline dock keys its badges: (paragraph, level).
HeadingKey = tuple[int, int]


class Positioned(Protocol):
    """Where a finding is: a paragraph index and an offset in it."""

    @property
    def paragraph(self) -> int: ...

    @property
    def start(self) -> int: ...


def heading_keys_at(
    outline: Outline, paragraph: int, offset: int, starts: dict[int, list[tuple[int, int]]] | None = None
) -> tuple[HeadingKey, ...]:
    """The keys of the level 1–4 headings around a position, outermost first
    (``starts``: see Outline.path_at)."""
    return tuple([(s.paragraph, s.level) for s in outline.path_at(paragraph, offset, starts) if s.level <= 4])


def heading_keys(outline: Outline, findings: Iterable[Positioned]) -> list[tuple[HeadingKey, ...]]:
    """``heading_keys_at`` for each finding's (paragraph, start), in order.

    The outline dock badges each heading with the placeholders and errors inside
    it. At 500k characters that is a ``path_at`` for each of ~3,400 findings,
    ~25–35 ms of Python that stalled typing when the window did it after every
    pause; so this runs on the analysis thread with the checks, and the window
    only adds up (``CheckedFindings.heading_keys_of``). The lookups share one
    ``starts`` table, so each bisects without a Python key function.
    """
    starts: dict[int, list[tuple[int, int]]] = {}
    return [heading_keys_at(outline, f.paragraph, f.start, starts) for f in findings]


@dataclass(frozen=True)
class _Para:
    text: str
    outline_level: int | None = None
    in_table: bool = False
    title_hint: bool = False


def _normalise(paragraphs: Iterable[Paragraph | str]) -> list[_Para]:
    out = []
    for p in paragraphs:
        if isinstance(p, str):
            out.append(_Para(p))
        else:
            out.append(
                _Para(
                    p.text,
                    p.outline_level,
                    p.in_table,
                    p.role is Role.TITLE or p.alignment is Alignment.CENTER,
                )
            )
    return out


def heading_title_span(text: str, body_start: int) -> tuple[int, int, bool]:
    """Where a heading's title lies after its marker: (start, end, run_in)."""
    start = _PUNCT_AFTER_BRACKET.match(text, body_start)
    start_pos = start.end() if start else body_start
    while start_pos < len(text) and text[start_pos] in " \t\u3000":
        start_pos += 1
    stop = _TITLE_END.search(text, start_pos)
    end = stop.start() if stop else len(text)
    rest_after = text[stop.end():].strip() if stop else ""
    while end > start_pos and text[end - 1] in _TRAILING_PUNCT:
        end -= 1
    return start_pos, end, bool(rest_after)


def _find_title(paras: Sequence[_Para]) -> int | None:
    for index, para in enumerate(paras):
        text = para.text.strip()
        if not text:
            continue
        if para.in_table or parse_marker(text) is not None or para.outline_level is not None and not para.title_hint:
            return None
        if len(text) > _MAX_TITLE_CHARS or text[-1] in "。；;，,：:！？":
            return None
        if para.title_hint or any(word in text for word in _TITLE_WORDS):
            return index
        return None
    return None


def parse_outline(paragraphs: Iterable[Paragraph | str]) -> Outline:
    """Read the section tree and the numbering faults from a report's paragraphs."""
    paras = _normalise(paragraphs)
    title_index = _find_title(paras)
    roles = [Role.BODY] * len(paras)
    if title_index is not None:
        roles[title_index] = Role.TITLE

    root = Section(0, "", None, "", -1, 0, 0, 0, len(paras) - 1, len(paras[-1].text) if paras else 0)
    stack: list[Section] = [root]
    heading_markers: list[tuple[Section, Marker | None]] = []
    # The innermost heading around each paragraph (the stack's top once its own
    # heading, if any, is pushed): what 一是 items hang under, found in this one pass.
    deepest: list[Section | None] = [None] * len(paras)

    for index, para in enumerate(paras):
        if index == title_index or para.in_table:
            continue
        marker = parse_marker(para.text)
        if marker is not None:
            level = marker.level
            title_start, title_end, run_in = heading_title_span(para.text, marker.end)
            marker_text, number, start = marker.text, marker.number, marker.start
        elif para.outline_level is not None and 1 <= para.outline_level <= 4 and para.text.strip():
            level = para.outline_level
            title_start, title_end, run_in = heading_title_span(para.text, _LEAD_SPACE.match(para.text).end())  # type: ignore[union-attr]
            marker_text, number, start = "", None, title_start
        else:
            deepest[index] = stack[-1] if len(stack) > 1 else None
            continue
        while stack[-1].level >= level:
            closed = stack.pop()
            _close(closed, paras, index)
        section = Section(
            level=level,
            marker=marker_text,
            number=number,
            title=para.text[title_start:title_end],
            paragraph=index,
            title_start=title_start,
            title_end=title_end,
            start=start,
            last_paragraph=index,
            end=len(para.text),
            run_in=run_in,
        )
        stack[-1].children.append(section)
        stack.append(section)
        deepest[index] = section
        heading_markers.append((section, marker))
        roles[index] = Role.heading(level)
    while len(stack) > 1:
        _close(stack.pop(), paras, len(paras))

    _attach_items(root, paras, title_index, deepest)
    faults = _numbering_faults(root, heading_markers, paras)
    title = paras[title_index].text.strip() if title_index is not None else None
    return Outline(title, title_index, root.children, faults, roles)


def _close(section: Section, paras: Sequence[_Para], next_heading: int) -> None:
    """A section ends just before the next heading of its level or above."""
    section.last_paragraph = max(section.paragraph, next_heading - 1)
    section.end = len(paras[section.last_paragraph].text)


def _attach_items(
    root: Section, paras: Sequence[_Para], title_index: int | None, deepest: Sequence[Section | None]
) -> None:
    """Find 一是/二是 items and hang them under the deepest heading around them."""
    items_by_parent: dict[int, tuple[Section, list[Section]]] = {}
    for index, para in enumerate(paras):
        if index == title_index or para.in_table or "是" not in para.text:
            continue
        text = para.text
        heading = deepest[index]
        parent = heading or root
        search_from = 0
        if heading is not None and heading.paragraph == index:
            search_from = heading.title_start  # items may follow a run-in heading
        for m in _ITEM.finditer(text, search_from):
            number = chinese_to_int(m.group("num"))
            if number is None or number == 0:
                continue
            title_start = m.end()
            stop = _ITEM_END.search(text, title_start)
            title_end = stop.start() if stop else len(text)
            item = Section(
                level=5,
                marker=m.group(0),
                number=number,
                title=text[title_start:title_end].rstrip(_TRAILING_PUNCT),
                paragraph=index,
                title_start=title_start,
                title_end=title_end,
                start=m.start(),
                last_paragraph=parent.last_paragraph,
                end=parent.end,
            )
            items_by_parent.setdefault(id(parent), (parent, []))[1].append(item)
    for parent, items in items_by_parent.values():
        # An item ends where the next item of the same parent begins.
        for item, following in zip(items, items[1:]):
            if following.paragraph == item.paragraph:
                item.last_paragraph, item.end = item.paragraph, following.start
            else:
                item.last_paragraph = following.paragraph - 1
                item.end = len(paras[item.last_paragraph].text)
        if items:
            last = items[-1]
            child_headings = [c for c in parent.children if c.paragraph > last.paragraph]
            if child_headings:
                last.last_paragraph = child_headings[0].paragraph - 1
                last.end = len(paras[last.last_paragraph].text)
        parent.children.extend(items)
        parent.children.sort(key=lambda s: (s.paragraph, s.start))


def _numbering_faults(
    root: Section, heading_markers: list[tuple[Section, Marker | None]], paras: Sequence[_Para]
) -> list[NumberingFault]:
    faults: list[NumberingFault] = []
    _sequence_faults(root, faults)
    # Forms: a non-standard marker is a fault; two forms at one level are "mixed".
    forms_by_level: dict[int, set[str]] = {}
    for _section, marker in heading_markers:
        if marker is not None:
            forms_by_level.setdefault(marker.level, set()).add(_form_of(marker))
    for section, marker in heading_markers:
        if marker is None:
            continue
        if not marker.standard:
            kind = "mixed-marker" if len(forms_by_level[marker.level]) > 1 else "marker-form"
            faults.append(
                NumberingFault(kind, marker.level, section.paragraph, marker.start, marker.end, marker.text, marker.standard_text)
            )
        if marker.level in (2, 4):
            punct = _PUNCT_AFTER_BRACKET.match(paras[section.paragraph].text, marker.end)
            if punct:
                faults.append(
                    NumberingFault(
                        "punct-after-marker", marker.level, section.paragraph, marker.start, punct.end(),
                        paras[section.paragraph].text[marker.start:punct.end()], marker.standard_text,
                    )
                )
    faults.sort(key=lambda f: (f.paragraph, f.start, f.kind))
    return faults


def _form_of(marker: Marker) -> str:
    """A marker's shape with the number taken out: "1、" → "N、"."""
    return re.sub(rf"[{_CN}\d]+", "N", marker.text.replace(" ", ""))


def _sequence_faults(parent: Section, faults: list[NumberingFault]) -> None:
    by_level: dict[int, list[Section]] = {}
    for child in parent.children:
        if child.number is not None:
            by_level.setdefault(child.level, []).append(child)
        if child.level <= 4 and child.level > parent.level + 1 and child.level >= 2:
            expected = format_marker(parent.level + 1, 1) if parent.level + 1 <= 4 else ""
            faults.append(
                NumberingFault(
                    "skipped-level", child.level, child.paragraph, child.start,
                    child.start + len(child.marker) if child.marker else child.title_end,
                    child.marker or child.title, expected,
                )
            )
    for level, siblings in by_level.items():
        previous: int | None = None
        for child in siblings:
            number = child.number or 0
            expected_number = 1 if previous is None else previous + 1
            kind = None
            if level == 5 and number == 1:
                kind = None  # a new 一是 list may start anywhere
            elif number == expected_number:
                kind = None
            elif previous is not None and number == previous:
                kind = "repeat"
            elif number > expected_number:
                kind = "gap"
            else:
                kind = "order"
            if kind is not None:
                faults.append(
                    NumberingFault(
                        kind, level, child.paragraph, child.start, child.start + len(child.marker),
                        child.marker, format_marker(level, expected_number),
                    )
                )
            previous = number
    for child in parent.children:
        _sequence_faults(child, faults)
