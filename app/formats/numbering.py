"""Word/WPS automatic list numbering, rendered to the text the user sees.

In real reports the ``一、`` or ``（一）`` is often not in the text at all but
produced by ``w:numPr`` → ``numbering.xml``. :class:`Numbering` reads the
definitions once; :class:`NumberingCounter` walks the paragraphs in document
order and renders each label the way Word does:

- ``w:num`` points at a ``w:abstractNum``; nums sharing an abstractNum share its
  counters (a list continues across them), unless the num restarts a level with
  ``w:lvlOverride/w:startOverride``, which gives that num counters of its own;
- using a level restarts the deeper levels (``w:lvlRestart`` can say otherwise);
- ``w:numStyleLink`` → a numbering style → its num → the abstractNum with the
  matching ``w:styleLink`` holds the real levels;
- ``w:isLgl`` shows every level in Arabic digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from app.core.numerals import int_to_chinese

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_VAL = _w("val")
_ABSTRACT_NUM = _w("abstractNum")
_ABSTRACT_NUM_ID = _w("abstractNumId")
_NUM = _w("num")
_NUM_ID = _w("numId")
_LVL = _w("lvl")
_ILVL = _w("ilvl")
_START = _w("start")
_NUM_FMT = _w("numFmt")
_LVL_TEXT = _w("lvlText")
_LVL_RESTART = _w("lvlRestart")
_IS_LGL = _w("isLgl")
_SUFF = _w("suff")
_PSTYLE = _w("pStyle")
_LVL_OVERRIDE = _w("lvlOverride")
_START_OVERRIDE = _w("startOverride")
_NUM_STYLE_LINK = _w("numStyleLink")
_STYLE_LINK = _w("styleLink")

MAX_LEVELS = 9
_MAX_COUNTER = 100_000  # beyond this a label is nonsense; keep rendering cheap


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None = no w:lvlText (Word shows nothing)
    restart: int | None = None  # w:lvlRestart (1-based level; 0 = never)
    is_legal: bool = False
    suffix: str = "tab"
    style_id: str | None = None


@dataclass
class AbstractNum:
    levels: dict[int, Level] = field(default_factory=dict)
    num_style_link: str | None = None
    style_link: str | None = None


@dataclass
class Num:
    abstract_id: str
    # ilvl → startOverride value; ilvl → a whole replacement level
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _int(value: str | None, default: int | None = None) -> int | None:
    if value is None:
        return default
    try:
        return int(value.strip())
    except ValueError:
        return default


def _parse_level(el: etree._Element) -> Level:
    level = Level()
    for child in el:
        tag = child.tag
        if tag == _START:
            level.start = _int(child.get(_VAL), 1) or 0
        elif tag == _NUM_FMT:
            level.fmt = child.get(_VAL) or "decimal"
        elif tag == _LVL_TEXT:
            level.text = child.get(_VAL) or ""
        elif tag == _LVL_RESTART:
            level.restart = _int(child.get(_VAL))
        elif tag == _IS_LGL:
            level.is_legal = child.get(_VAL, "true").lower() not in ("0", "false", "off")
        elif tag == _SUFF:
            level.suffix = child.get(_VAL) or "tab"
        elif tag == _PSTYLE:
            level.style_id = child.get(_VAL)
    return level


class Numbering:
    """The definitions from ``word/numbering.xml`` (empty when the part is absent)."""

    def __init__(self, root: etree._Element | None = None, style_num_ids: dict[str, str] | None = None) -> None:
        self.abstracts: dict[str, AbstractNum] = {}
        self.nums: dict[str, Num] = {}
        # numbering style id → the numId its w:pPr/w:numPr names (for numStyleLink)
        self._style_num_ids = style_num_ids or {}
        if root is None:
            return
        for el in root:
            if el.tag == _ABSTRACT_NUM:
                abstract = AbstractNum()
                for child in el:
                    if child.tag == _LVL:
                        ilvl = _int(child.get(_ILVL), 0) or 0
                        if 0 <= ilvl < MAX_LEVELS:
                            abstract.levels[ilvl] = _parse_level(child)
                    elif child.tag == _NUM_STYLE_LINK:
                        abstract.num_style_link = child.get(_VAL)
                    elif child.tag == _STYLE_LINK:
                        abstract.style_link = child.get(_VAL)
                self.abstracts[el.get(_ABSTRACT_NUM_ID, "")] = abstract
            elif el.tag == _NUM:
                abstract_el = el.find(_ABSTRACT_NUM_ID)
                num = Num(abstract_el.get(_VAL, "") if abstract_el is not None else "")
                for override in el.iter(_LVL_OVERRIDE):
                    ilvl = _int(override.get(_ILVL), 0) or 0
                    start = override.find(_START_OVERRIDE)
                    if start is not None:
                        num.start_overrides[ilvl] = _int(start.get(_VAL), 0) or 0
                    lvl = override.find(_LVL)
                    if lvl is not None:
                        num.level_overrides[ilvl] = _parse_level(lvl)
                # Word keeps the first definition of a duplicated numId.
                self.nums.setdefault(el.get(_NUM_ID, ""), num)

    def abstract_for(self, num_id: str) -> tuple[str, AbstractNum] | None:
        """The abstractNum (id, definition) holding a num's levels, following style links."""
        seen: set[str] = set()
        num = self.nums.get(num_id)
        while num is not None:
            abstract_id = num.abstract_id
            if abstract_id in seen:
                return None  # a style-link loop
            seen.add(abstract_id)
            abstract = self.abstracts.get(abstract_id)
            if abstract is None:
                return None
            if abstract.num_style_link and not abstract.levels:
                link = abstract.num_style_link
                # The abstractNum that defines the style's levels says styleLink=link.
                for other_id, other in self.abstracts.items():
                    if other.style_link == link and other.levels:
                        return other_id, other
                linked = self._style_num_ids.get(link)
                num = self.nums.get(linked) if linked else None
                continue
            return abstract_id, abstract
        return None

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose ``w:pStyle`` is ``style_id`` (how a style picks its level)."""
        found = self.abstract_for(num_id)
        if found is None:
            return None
        for ilvl, level in found[1].levels.items():
            if level.style_id == style_id:
                return ilvl
        return None


class NumberingCounter:
    """Counters across one document; call :meth:`label` for each numbered paragraph in order."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._counters: dict[object, list[int | None]] = {}
        self._overridden_nums_started: set[str] = set()

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter for (num, level) and return the rendered label.

        The label includes what separates it from the text (see :func:`label_separator`).

        None when the paragraph shows no number (numId 0, unknown ids, a bullet,
        format ``none``, an empty level text). Bullets still count as a use of
        their level, as in Word.
        """
        if num_id in ("", "0"):
            return None
        num = self._numbering.nums.get(num_id)
        found = self._numbering.abstract_for(num_id)
        if num is None or found is None:
            return None
        abstract_id, abstract = found
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        levels = [self._level(num, abstract, i) for i in range(MAX_LEVELS)]

        key: object = ("num", num_id) if num.start_overrides else ("abstract", abstract_id)
        counters = self._counters.get(key)
        if counters is None:
            counters = [None] * MAX_LEVELS
            self._counters[key] = counters
        if num.start_overrides and num_id not in self._overridden_nums_started:
            # The first use of an overriding num restarts its overridden levels.
            self._overridden_nums_started.add(num_id)
            for level_index in num.start_overrides:
                if 0 <= level_index < MAX_LEVELS:
                    counters[level_index] = None

        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else min(current + 1, _MAX_COUNTER)
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels[deeper].restart
            if restart is None or (restart != 0 and ilvl + 1 <= restart):
                counters[deeper] = None

        level = levels[ilvl]
        if level.fmt == "bullet" or level.fmt == "none" or not level.text:
            return None
        text = render(level, levels, counters)
        if not text.strip():
            return None
        return text + label_separator(text, level.suffix)

    def _level(self, num: Num, abstract: AbstractNum, ilvl: int) -> Level:
        level = num.level_overrides.get(ilvl) or abstract.levels.get(ilvl) or Level(text=None)
        if ilvl in num.start_overrides:
            level = Level(
                start=num.start_overrides[ilvl],
                fmt=level.fmt,
                text=level.text,
                restart=level.restart,
                is_legal=level.is_legal,
                suffix=level.suffix,
                style_id=level.style_id,
            )
        return level


_PLACEHOLDER = re.compile(r"%([1-9])")


def render(level: Level, levels: list[Level], counters: list[int | None]) -> str:
    """Fill ``%1``…``%9`` in the level text with each level's formatted counter."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        value = counters[index]
        if value is None:
            value = levels[index].start  # a level never used shows its start
        fmt = "decimal" if level.is_legal and levels[index].fmt != "decimalZero" else levels[index].fmt
        return format_number(value, fmt)

    return _PLACEHOLDER.sub(fill, level.text or "")


def label_separator(label: str, suffix: str) -> str:
    """What goes between a label and the text: nothing after punctuation like ``、`` or ``）``."""
    if not label or suffix == "nothing":
        return ""
    if unicodedata.category(label[-1]).startswith("P"):
        return ""
    return " "


# ---------------------------------------------------------------- formats

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    # Word: A … Z, AA … ZZ, AAA …
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _chinese(n: int) -> str:
    return int_to_chinese(n) if 0 <= n < 10_000 else str(n)


def _legal_chinese(n: int) -> str:
    text = _chinese(n)
    table = str.maketrans("零一二三四五六七八九十百千", "零壹贰叁肆伍陆柒捌玖拾佰仟")
    return text.translate(table)


def _enclosed(n: int, chars: str) -> str:
    return chars[n - 1] if 1 <= n <= len(chars) else str(n)


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (ST_NumberFormat); unknown → decimal."""
    if fmt in ("decimal", "decimalHalfWidth", "cardinalText", "ordinalText", "ordinal"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "ideographLegalTraditional_simplified", "koreanCounting"):
        return _chinese(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return _legal_chinese(n)
    if fmt == "ideographDigital" or fmt == "taiwaneseDigital" or fmt == "japaneseDigitalTenThousand":
        return str(n).translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n >= 1 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n >= 1 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _enclosed(n, _CIRCLED)
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, _PAREN)
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, _FULLSTOP)
    return str(n)
