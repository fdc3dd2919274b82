""".docx → :class:`Report`, walking the body XML directly in document order.

python-docx's ``doc.paragraphs`` misses text in content controls, tracked
insertions, text boxes and nested tables, and its per-paragraph style lookup is
slow; so this module reads the package with :mod:`app.formats.safety` and walks
the lxml elements itself with precomputed tag names. Anything the model cannot
hold (images, text boxes, comments, notes, deleted text, headers …) is recorded as
an :class:`Omission` with its text: nothing the user wrote disappears unseen.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from lxml import etree

from app.core.document import Alignment, Cell, Omission, Paragraph, Report, Role, Run, SourceRef, Table, run_key
from app.formats.custom_props import read_wengao_properties
from app.formats.errors import DocumentError
from app.formats.lastyear_part import read_last_year
from app.formats.numbering import W_NS, Numbering, NumberingCounter
from app.formats.safety import (
    CT_NS,
    MAX_XML_PART,
    OLE2_MAGIC,
    Package,
    check_path,
    open_binary,
    read_relationships,
    sniff,
)
from app.formats.styles import PPR, RPR, TITLE_NAMES, VAL, ParaProps, Styles, int_or_none, read_ppr

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# A long annual report has a few hundred paragraphs, a 500k-character document
# ~10k; 100k keeps a flat "empty paragraphs" bomb within the 2 s / 300 MB budget.
MAX_PARAGRAPHS = 100_000
MAX_TEXT_CHARS = 50_000_000
_TICK = 2_000  # paragraphs between progress/cancel calls

STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_REL_PREFIX = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"

CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_MACRO = "application/vnd.ms-word.document.macroenabled.main+xml"
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
CT_MACRO_TEMPLATE = "application/vnd.ms-word.template.macroenabledtemplate.main+xml"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# Element names, qualified once.
BODY = _w("body")
P = _w("p")
R = _w("r")
T = _w("t")
TBL = _w("tbl")
TR = _w("tr")
TC = _w("tc")
SDT = _w("sdt")
SDT_CONTENT = _w("sdtContent")
CUSTOM_XML = _w("customXml")
SMART_TAG = _w("smartTag")
HYPERLINK = _w("hyperlink")
INS = _w("ins")
DEL = _w("del")
MOVE_TO = _w("moveTo")
MOVE_FROM = _w("moveFrom")
FLD_SIMPLE = _w("fldSimple")
DIR = _w("dir")
BDO = _w("bdo")
TAB = _w("tab")
PTAB = _w("ptab")
BR = _w("br")
CR = _w("cr")
NO_BREAK_HYPHEN = _w("noBreakHyphen")
SYM = _w("sym")
DEL_TEXT = _w("delText")
INSTR_TEXT = _w("instrText")
FLD_CHAR = _w("fldChar")
DRAWING = _w("drawing")
PICT = _w("pict")
OBJECT = _w("object")
CONTENT_PART = _w("contentPart")
RUBY = _w("ruby")
RUBY_BASE = _w("rubyBase")
RT = _w("rt")
TXBX_CONTENT = _w("txbxContent")
B = _w("b")
I_ = _w("i")
U = _w("u")
SZ = _w("sz")
RFONTS = _w("rFonts")
VANISH = _w("vanish")
ASCII = _w("ascii")
EAST_ASIA = _w("eastAsia")
TYPE = _w("type")
INSTR = _w("instr")
CHAR = _w("char")
FLD_CHAR_TYPE = _w("fldCharType")
ALT_CHUNK = _w("altChunk")
SECT_PR = _w("sectPr")
FOOTNOTE = _w("footnote")
ENDNOTE = _w("endnote")
COMMENT = _w("comment")
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
M_OMATH = f"{{{M_NS}}}oMath"
M_OMATH_PARA = f"{{{M_NS}}}oMathPara"
M_T = f"{{{M_NS}}}t"

# Inline wrappers whose runs the user sees as ordinary text.
_TRANSPARENT = frozenset({HYPERLINK, SMART_TAG, CUSTOM_XML, DIR, BDO})
_FALSE = frozenset({"0", "false", "off", "none"})

_JC = {
    "left": Alignment.LEFT,
    "start": Alignment.LEFT,
    "center": Alignment.CENTER,
    "right": Alignment.RIGHT,
    "end": Alignment.RIGHT,
    "both": Alignment.JUSTIFY,
    "justify": Alignment.JUSTIFY,
    "distribute": Alignment.JUSTIFY,
    "lowKashida": Alignment.JUSTIFY,
    "mediumKashida": Alignment.JUSTIFY,
    "highKashida": Alignment.JUSTIFY,
    "thaiDistribute": Alignment.JUSTIFY,
}

_REL_TYPES = ("styles", "numbering", "footnotes", "endnotes", "comments", "header", "footer")


@dataclass
class _Omissions:
    """Omission counts and texts, gathered during the walk, in first-seen order."""

    counts: dict[str, int] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, text: str = "", count: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + count
        if text:
            self.texts.setdefault(kind, []).append(text)

    def build(self) -> list[Omission]:
        return [Omission(kind, count, "\n".join(self.texts.get(kind, []))) for kind, count in self.counts.items()]


def _plain_text(el: etree._Element) -> str:
    """Visible text under an element, one line per paragraph (for omissions)."""
    lines = []
    paragraphs = list(el.iter(P))
    if not paragraphs:
        return "".join(t.text or "" for t in el.iter(T, M_T))
    for p in paragraphs:
        lines.append("".join(t.text or "" for t in p.iter(T, M_T)))
    return "\n".join(line for line in lines if line.strip())


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(VAL, "true").lower() not in _FALSE


class _Walker:
    """One walk over one document body."""

    def __init__(
        self,
        styles: Styles,
        numbering: Numbering,
        omissions: _Omissions,
        progress: Progress | None,
        cancel: Cancel | None,
        elements: list[etree._Element] | None = None,
    ) -> None:
        self.styles = styles
        # When given, every w:p the walk turns into a model paragraph is appended
        # here, so ``elements[paragraph.source.index]`` is its XML (saving needs it).
        self.elements = elements
        # Likewise every block-level w:tbl with the Table made from it.
        self.tables: list[tuple[etree._Element, Table]] | None = [] if elements is not None else None
        self.numbering = numbering
        self.counter = NumberingCounter(numbering)
        self.omissions = omissions
        self.progress = progress
        self.cancel = cancel
        self.paragraph_count = 0
        self.text_chars = 0
        self._style_cache: dict[str | None, tuple[str | None, ParaProps, int | None, Role]] = {}
        self._indent_cache: dict[tuple[tuple[str, str], ...], tuple[float | None, float | None]] = {}

    # ------------------------------------------------------------ blocks

    def body(self, body: etree._Element) -> list[Paragraph | Table]:
        blocks: list[Paragraph | Table] = []
        children = list(body)
        total = len(children)
        paragraph = self.paragraph
        for index, child in enumerate(children):
            if child.tag == P:  # nearly every block: no dispatch
                blocks.append(paragraph(child, False))
            else:
                self._block(child, blocks)
            if index % 1000 == 999:
                self._tick(index + 1, total)
        if self.progress is not None:
            self.progress(total, total)
        return blocks

    def _tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel():
            raise DocumentError("cancelled")
        if self.progress is not None:
            self.progress(done, total)

    def _block(self, el: etree._Element, out: list[Paragraph | Table]) -> None:
        tag = el.tag
        if tag == P:
            out.append(self.paragraph(el, False))
        elif tag == TBL:
            out.append(self.table(el))
        elif tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                for child in content:
                    self._block(child, out)
        elif tag in (CUSTOM_XML, INS, MOVE_TO):
            for child in el:
                self._block(child, out)
        elif tag == MC_ALTERNATE:
            for child in _alternate_choice(el):
                self._block(child, out)
        elif tag == ALT_CHUNK:
            self.omissions.add("embedded-document")
        elif tag in (DEL, MOVE_FROM):
            self._deleted(el)
        elif tag == SECT_PR or not isinstance(tag, str):
            return
        else:
            text = _plain_text(el)
            if text:
                self.omissions.add("unknown", text)

    def table(self, tbl: etree._Element) -> Table:
        rows: list[list[Cell]] = []
        for tr in _descend(tbl, TR, (TBL,)):
            row = [Cell(self._cell_paragraphs(tc)) for tc in _descend(tr, TC, (TR, TBL))]
            rows.append(row)
        result = Table(rows=rows)
        if self.tables is not None:
            self.tables.append((tbl, result))
        return result

    def _cell_paragraphs(self, tc: etree._Element) -> list[Paragraph]:
        # Nested tables are flattened into the cell, row by row.
        paragraphs: list[Paragraph] = []
        stack = [iter(tc)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            tag = child.tag
            if tag == P:
                paragraphs.append(self.paragraph(child, True))
            elif tag in (TBL, TR, TC, CUSTOM_XML, INS, MOVE_TO):
                stack.append(iter(child))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    stack.append(iter(content))
            elif tag == MC_ALTERNATE:
                stack.append(iter(_alternate_choice(child)))
            elif tag in (DEL, MOVE_FROM):
                self._deleted(child)
            elif tag == ALT_CHUNK:
                self.omissions.add("embedded-document")
        return paragraphs

    # ------------------------------------------------------------ paragraphs

    def _style_info(self, style_id: str | None) -> tuple[str | None, ParaProps, int | None, Role]:
        cached = self._style_cache.get(style_id)
        if cached is None:
            styles = self.styles
            name = styles.name(style_id)
            props = styles.resolve(style_id)
            known_id = style_id if style_id in styles.by_id else styles.default_paragraph
            heading = styles.heading_level_from_name(known_id)
            role = Role.TITLE if name and name.strip().lower() in TITLE_NAMES else Role.BODY
            cached = (name, props, heading, role)
            self._style_cache[style_id] = cached
        return cached

    def paragraph(self, p: etree._Element, in_table: bool) -> Paragraph:
        self.paragraph_count += 1
        if self.paragraph_count > MAX_PARAGRAPHS:
            raise DocumentError("too-large", detail="too many paragraphs")
        if self.paragraph_count % _TICK == 0 and self.cancel is not None and self.cancel():
            raise DocumentError("cancelled")

        # One pass over the children: the pPr (only as the first child, where the
        # schema puts it), runs handled here, anything else by _inline_child.
        direct = None
        style_id = None
        runs: list[Run] = []
        first = True
        for child in p:
            tag = child.tag
            if tag == R:
                self._run(child, runs)
            elif first and tag == PPR:
                direct = read_ppr(child)
                style_id = direct.style_id
            else:
                self._inline_child(child, tag, runs)
            first = False
        name, style_props, heading, role = self._style_info(style_id)
        props = direct.merged_over(style_props) if direct is not None else style_props

        if props.num_id and props.num_id != "0":
            label = self._number_label(props, style_id)
            if label:
                runs.insert(0, Run(label, generated=True))

        outline_level = None
        if props.outline_lvl is not None:
            if 0 <= props.outline_lvl <= 8:
                outline_level = props.outline_lvl + 1
        elif heading is not None:
            outline_level = heading

        paragraph = Paragraph(
            runs=runs,
            role=role,
            alignment=_JC.get(props.jc) if props.jc else None,
            style_name=name,
            outline_level=outline_level,
            in_table=in_table,
            source=SourceRef(self.paragraph_count - 1, tuple(map(run_key, runs))),
        )
        if self.elements is not None:
            self.elements.append(p)
        if props.ind:
            size = props.size or self.styles.defaults.size
            key = (*props.ind.items(), ("", str(size)))
            indents = self._indent_cache.get(key)
            if indents is None:
                indents = self._indent_cache[key] = _indents(props.ind, size)
            paragraph.first_line_indent, paragraph.left_indent = indents
        if self.text_chars > MAX_TEXT_CHARS:
            raise DocumentError("too-large", detail="too much text")
        return paragraph

    def _number_label(self, props: ParaProps, style_id: str | None) -> str | None:
        num_id = props.num_id
        if not num_id or num_id == "0":
            return None
        ilvl = props.ilvl
        if ilvl is None:
            # A style that carries numPr without ilvl picks its level by w:pStyle.
            ilvl = self.numbering.level_for_style(num_id, style_id) if style_id else None
        return self.counter.label(num_id, ilvl or 0)

    # ------------------------------------------------------------ inline content

    def _inline(self, parent: etree._Element, runs: list[Run]) -> None:
        for child in parent:
            tag = child.tag
            if tag == R:
                self._run(child, runs)
            else:
                self._inline_child(child, tag, runs)

    def _inline_child(self, child: etree._Element, tag: object, runs: list[Run]) -> None:
        """Inline content other than a plain run (a w:pPr among it is ignored)."""
        if tag == R:
            self._run(child, runs)
        elif tag in _TRANSPARENT:
            self._inline(child, runs)
        elif tag == INS or tag == MOVE_TO:
            # Shown as the user sees it with changes accepted; counted.
            self.omissions.add("tracked-change")
            self._inline(child, runs)
        elif tag == DEL or tag == MOVE_FROM:
            self._deleted(child)
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                self._inline(content, runs)
        elif tag == FLD_SIMPLE:
            self.omissions.add("field", (child.get(INSTR) or "").strip())
            self._inline(child, runs)
        elif tag == M_OMATH_PARA or tag == M_OMATH:
            self.omissions.add("equation", "".join(t.text or "" for t in child.iter(M_T, T)))
        elif tag == MC_ALTERNATE:
            self._inline(_alternate_choice_element(child), runs)
        elif tag == P:
            # A paragraph inside a paragraph only happens in broken files; keep its text.
            self._inline(child, runs)

    def _deleted(self, el: etree._Element) -> None:
        text = "".join(t.text or "" for t in el.iter(DEL_TEXT, T))
        self.omissions.add("tracked-change", text)

    def _run(self, r: etree._Element, runs: list[Run]) -> None:
        rpr = None
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == T:
                text = child.text
                if text:
                    parts.append(text)
            elif tag == RPR:
                rpr = child
            else:
                self._run_child(child, tag, parts, runs)
        if not parts:
            return
        text = "".join(parts)
        self.text_chars += len(text)
        run = Run(text)
        if rpr is not None and _apply_rpr(run, rpr):
            # Hidden text: Word does not show it, the model cannot hide it.
            self.omissions.add("hidden-text", text)
            return
        runs.append(run)

    def _run_child(self, child: etree._Element, tag: object, parts: list[str], runs: list[Run]) -> None:
        """A run's content other than w:t and w:rPr: tabs, breaks, symbols, fields, drawings …"""
        if tag == TAB or tag == PTAB:
            parts.append("\t")
        elif tag == BR:
            if child.get(TYPE) not in ("page", "column"):
                parts.append("\n")
        elif tag == CR:
            parts.append("\n")
        elif tag == NO_BREAK_HYPHEN:
            parts.append("\u2011")
        elif tag == SYM:
            code = int_or_none_hex(child.get(CHAR))
            # Symbol-font glyphs live in the private-use area: no text meaning.
            if code is not None and not 0xE000 <= code <= 0xF8FF and code > 31:
                parts.append(chr(code))
            else:
                self.omissions.add("symbol")
        elif tag == FLD_CHAR:
            # A complex field: its result runs are shown as text, its code is not.
            if child.get(FLD_CHAR_TYPE) == "begin":
                self.omissions.add("field")
        elif tag == INSTR_TEXT:
            if child.text and child.text.strip():
                self.omissions.add("field", child.text.strip(), count=0)
        elif tag == DEL_TEXT:
            self.omissions.add("tracked-change", child.text or "")
        elif tag == DRAWING or tag == PICT or tag == OBJECT or tag == CONTENT_PART:
            self._embedded(child)
        elif tag == MC_ALTERNATE:
            choice = _alternate_choice_element(child)
            for sub in choice:
                if sub.tag in (DRAWING, PICT, OBJECT):
                    self._embedded(sub)
                elif sub.tag == R:
                    self._run(sub, runs)
        elif tag == RUBY:
            base = child.find(RUBY_BASE)
            if base is not None:
                self._inline(base, runs)
            rt = child.find(RT)
            if rt is not None:
                self.omissions.add("ruby", _plain_text(rt))

    def _embedded(self, el: etree._Element) -> None:
        boxes = [box for box in el.iter(TXBX_CONTENT)]
        if boxes:
            for box in boxes:
                self.omissions.add("textbox", _plain_text(box))
        elif el.tag == OBJECT:
            self.omissions.add("object")
        else:
            self.omissions.add("image")


def int_or_none_hex(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def _apply_rpr(run: Run, rpr: etree._Element) -> bool:
    """Copy direct formatting onto ``run``; True when the run is hidden (w:vanish)."""
    hidden = False
    for child in rpr:
        tag = child.tag
        if tag == B:
            run.bold = _on(child)
        elif tag == I_:
            run.italic = _on(child)
        elif tag == U:
            run.underline = child.get(VAL, "single").lower() not in _FALSE
        elif tag == SZ:
            half_points = int_or_none(child.get(VAL))
            if half_points is not None and half_points > 0:
                run.size = half_points / 2
        elif tag == RFONTS:
            run.font = child.get(ASCII) or None
            run.east_asian_font = child.get(EAST_ASIA) or None
        elif tag == VANISH:
            hidden = bool(_on(child))
    return hidden


def _indents(ind: dict[str, str], size: float | None) -> tuple[float | None, float | None]:
    """(first line, left) in points; ``*Chars`` values (hundredths of a character) win."""
    char_pt = size or 10.5  # Word's default 五号 when nothing says otherwise

    def twips(key: str) -> float | None:
        value = int_or_none(ind.get(key))
        return value / 20 if value is not None else None

    def chars(key: str) -> float | None:
        value = int_or_none(ind.get(key))
        return value / 100 * char_pt if value else None

    first = chars("firstLineChars")
    if first is None:
        hanging = chars("hangingChars")
        if hanging is not None:
            first = -hanging
    if first is None:
        first = twips("firstLine")
    if first is None:
        hanging = twips("hanging")
        if hanging is not None:
            first = -hanging
    left = chars("leftChars") or chars("startChars")
    if left is None:
        left = twips("left")
    if left is None:
        left = twips("start")
    return first, left


def _alternate_choice_element(el: etree._Element) -> etree._Element:
    """The branch of ``mc:AlternateContent`` to read: the first Choice, else the Fallback.

    Choice and Fallback hold the same content twice; reading one keeps text single.
    """
    choice = el.find(MC_CHOICE)
    if choice is not None:
        return choice
    fallback = el.find(MC_FALLBACK)
    return fallback if fallback is not None else etree.Element("empty")


def _alternate_choice(el: etree._Element) -> list[etree._Element]:
    return list(_alternate_choice_element(el))


def _descend(el: etree._Element, want: str, stop: tuple[str, ...]) -> list[etree._Element]:
    """Children named ``want``, looking through sdt/customXml wrappers but not into ``stop``."""
    found = []
    stack = [iter(el)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if tag == want:
            found.append(child)
        elif tag in stop:
            continue
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                stack.append(iter(content))
        elif tag in (CUSTOM_XML, INS, MOVE_TO):
            stack.append(iter(child))
        elif tag == MC_ALTERNATE:
            stack.append(iter(_alternate_choice(child)))
    return found


# ---------------------------------------------------------------- the package


def _main_part(package: Package) -> str:
    """The main document part, after checking content types and the package relationships."""
    if package.has("mimetype"):
        try:
            if package.read("mimetype", 200).startswith(b"application/vnd.oasis.opendocument"):
                raise DocumentError("odt")
        except DocumentError as exc:
            if exc.kind == "odt":
                raise
    if not package.has("[Content_Types].xml"):
        raise DocumentError("missing-part", detail="[Content_Types].xml")
    content_types = package.parse("[Content_Types].xml")

    main = None
    for rel_type, target in read_relationships(package, ""):
        if rel_type.startswith(STRICT_REL_PREFIX) and rel_type.endswith("/officeDocument"):
            raise DocumentError("strict-ooxml")
        if rel_type.endswith("/officeDocument"):
            main = target
            break
    if main is None:
        # Some generators omit _rels/.rels; Word still finds the usual name.
        main = "word/document.xml" if package.has("word/document.xml") else None
    if main is None or not package.has(main):
        raise DocumentError("missing-part", detail=f"main document {main}")
    if main.endswith(".rels") or main.lower() == "[content_types].xml":
        raise DocumentError("relationship-loop", detail=main)

    content_type = _content_type(content_types, main)
    lowered = (content_type or "").lower()
    if lowered == CT_MACRO or lowered == CT_MACRO_TEMPLATE:
        raise DocumentError("macro-enabled")
    if lowered == CT_TEMPLATE:
        raise DocumentError("template")
    if content_type is not None and lowered != CT_DOCUMENT:
        if "spreadsheetml" in lowered or "presentationml" in lowered:
            raise DocumentError("not-word", detail=content_type)
        if "wordprocessingml" not in lowered:
            raise DocumentError("not-word", detail=content_type)
    return main


def _content_type(root: etree._Element, part: str) -> str | None:
    wanted = "/" + part.lower()
    for override in root.iter(f"{{{CT_NS}}}Override"):
        if (override.get("PartName") or "").lower() == wanted:
            return override.get("ContentType")
    extension = part.rsplit(".", 1)[-1].lower()
    for default in root.iter(f"{{{CT_NS}}}Default"):
        if (default.get("Extension") or "").lower() == extension:
            return default.get("ContentType")
    return None


def _related_parts(package: Package, main: str) -> dict[str, list[str]]:
    """The parts the document relates to, by kind. Only one level deep, on purpose:

    nothing import needs lies further down the relationship graph, so chains and
    cycles past the document's own relationships are never followed. A relationship
    that points back at the document itself (or at a relationships part) is a loop.
    """
    related: dict[str, list[str]] = {}
    for rel_type, target in read_relationships(package, main):
        kind = rel_type.rsplit("/", 1)[-1]
        if kind not in _REL_TYPES:
            continue
        if target == main or target.endswith(".rels"):
            raise DocumentError("relationship-loop", detail=f"{kind} → {target}")
        if package.has(target) and target not in related.get(kind, []):
            related.setdefault(kind, []).append(target)
    return related


def _optional_part(package: Package, name: str, omissions: _Omissions) -> etree._Element | None:
    """Parse a secondary part; a damaged one is reported, not fatal (the body still loads)."""
    try:
        return package.parse(name)
    except DocumentError as exc:
        if exc.kind in ("malformed-xml", "missing-part", "corrupt-zip"):
            omissions.add("damaged-part", name)
            return None
        raise


def _notes(root: etree._Element, tag: str) -> list[str]:
    texts = []
    for note in root.iter(tag):
        # Separator "notes" (w:type separator/continuationSeparator) hold no text of the user's.
        if note.get(TYPE) not in (None, "normal"):
            continue
        text = _plain_text(note)
        if text:
            texts.append(text)
    return texts


# With a body part this big, the styles and numbering are read on a second thread
# while this one reads and parses the body: zlib and lxml let go of the interpreter
# lock, so on two cores the work overlaps (a 500k-character report: ~7 ms of ~30).
# Only when those parts are small: what a thread allocates stays in its own malloc
# arena, and big trees parsed there kept the process's memory high afterwards.
_PARALLEL_BODY_BYTES = 256 * 1024
_PARALLEL_STYLES_MAX_BYTES = 2 * 1024 * 1024

_T = TypeVar("_T")


class _InBackground(Generic[_T]):
    """``work()`` on a thread; ``result()`` waits and returns it, or raises its error."""

    def __init__(self, work: Callable[[], _T]) -> None:
        self._work = work
        self._value: _T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="wengao-import-styles", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread as it is
            self._error = exc

    def result(self) -> _T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def load_docx(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Report:
    """Import a .docx. Raises :class:`DocumentError` for anything unusable."""
    check_path(path)
    with open_binary(path) as stream:
        head = stream.read(8192)
        if head.startswith(OLE2_MAGIC):
            # The stream names that mark an encrypted OOXML package can sit anywhere
            # in the compound file's directory: read it all (bounded).
            head += stream.read(MAX_XML_PART)
        kind = sniff(head)
        if kind == "text":
            raise DocumentError("plain-text")
        stream.seek(0)
        package = Package(stream)
        try:
            return _load_package(package, progress, cancel)
        finally:
            package.close()


def _load_package(package: Package, progress: Progress | None, cancel: Cancel | None) -> Report:
    main = _main_part(package)
    if cancel is not None and cancel():
        raise DocumentError("cancelled")
    omissions = _Omissions()
    related = _related_parts(package, main)

    def styles_and_numbering() -> tuple[Styles, Numbering]:
        styles_root = _optional_part(package, related["styles"][0], omissions) if "styles" in related else None
        styles = Styles(styles_root)
        numbering_root = _optional_part(package, related["numbering"][0], omissions) if "numbering" in related else None
        return styles, Numbering(numbering_root, styles.numbering_style_num_ids())

    style_parts = sum(package.size(name[0]) for kind, name in related.items() if kind in ("styles", "numbering"))
    if package.size(main) >= _PARALLEL_BODY_BYTES and style_parts <= _PARALLEL_STYLES_MAX_BYTES:
        background = _InBackground(styles_and_numbering)
        try:
            root = package.parse(main)
        except BaseException:
            background.result()  # a broken styles part is reported first, as when read one after the other
            raise
        styles, numbering = background.result()
    else:
        styles, numbering = styles_and_numbering()
        root = package.parse(main)
    if root.tag.startswith(f"{{{STRICT_W_NS}}}"):
        raise DocumentError("strict-ooxml")
    body = root.find(BODY)
    if body is None:
        if root.tag != _w("document"):
            raise DocumentError("not-word", detail=str(root.tag))
        body = etree.Element(BODY)  # a document with no body is an empty report
    if cancel is not None and cancel():
        raise DocumentError("cancelled")

    walker = _Walker(styles, numbering, omissions, progress, cancel)
    # The walk allocates hundreds of thousands of small objects and no cycles;
    # pausing the cyclic collector saves ~20% of import time.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        blocks = walker.body(body)
    finally:
        if gc_was_enabled:
            gc.enable()

    for kind, tag in (("footnotes", FOOTNOTE), ("endnotes", ENDNOTE), ("comments", COMMENT)):
        for name in related.get(kind, []):
            part = _optional_part(package, name, omissions)
            if part is None:
                continue
            texts = _notes(part, tag)
            if texts:
                omissions.add(kind.rstrip("s"), "\n".join(texts), count=len(texts))
    for kind in ("header", "footer"):
        seen: set[str] = set()
        for name in related.get(kind, []):
            part = _optional_part(package, name, omissions)
            text = _plain_text(part) if part is not None else ""
            if text and text not in seen:
                seen.add(text)
                omissions.add(kind, text)
    report = Report(blocks=blocks, omissions=omissions.build())
    read_wengao_properties(package, report)
    read_last_year(package, report)
    return report
