"""Small WordprocessingML writing helpers shared by the builder and the saver.

Word rejects a file whose ``w:pPr`` / ``w:rPr`` children are out of schema order
("unreadable content"), so properties are always inserted at their schema place.
Text that XML cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) is
written as U+FFFD: the importer never produces it, but a save must not fail on it.
"""

from __future__ import annotations

import re

from lxml import etree

from app.core.document import Alignment, Run
from app.formats.numbering import W_NS


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P = w("p")
R = w("r")
T = w("t")
PPR = w("pPr")
RPR = w("rPr")
TAB = w("tab")
BR = w("br")
NO_BREAK_HYPHEN = w("noBreakHyphen")
VAL = w("val")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# CT_PPr and CT_RPr child order (ECMA-376 §17.3.1.26, §17.3.2.28).
PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange",
]  # fmt: skip
RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
]  # fmt: skip
_PPR_RANK = {w(name): rank for rank, name in enumerate(PPR_ORDER)}
_RPR_RANK = {w(name): rank for rank, name in enumerate(RPR_ORDER)}

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
JC_VALUES = {Alignment.LEFT: "left", Alignment.CENTER: "center", Alignment.RIGHT: "right", Alignment.JUSTIFY: "both"}


_RUN_SPECIAL = re.compile("([\t\n\r\u2011])")  # what append_text writes as elements, one at a time


def xml_safe(text: str) -> str:
    return _ILLEGAL_XML.sub("\ufffd", text)


def set_child(parent: etree._Element, tag: str, rank: dict[str, int]) -> etree._Element:
    """The child ``tag`` of a pPr/rPr, created at its schema position if missing."""
    existing = parent.find(tag)
    if existing is not None:
        return existing
    mine = rank.get(tag, len(rank))
    el = etree.Element(tag)
    for index, child in enumerate(parent):
        if rank.get(child.tag, len(rank)) > mine:
            parent.insert(index, el)
            return parent[index]
    parent.append(el)
    return parent[len(parent) - 1]


def remove_child(parent: etree._Element, tag: str) -> None:
    for child in parent.findall(tag):
        parent.remove(child)


def ppr_child(ppr: etree._Element, name: str) -> etree._Element:
    return set_child(ppr, w(name), _PPR_RANK)


def rpr_child(rpr: etree._Element, name: str) -> etree._Element:
    return set_child(rpr, w(name), _RPR_RANK)


def ensure_ppr(p: etree._Element) -> etree._Element:
    if len(p) and p[0].tag == PPR:
        return p[0]
    p.insert(0, etree.Element(PPR))
    return p[0]


def set_alignment(ppr: etree._Element, alignment: Alignment | None) -> None:
    if alignment is None:
        remove_child(ppr, w("jc"))
    else:
        ppr_child(ppr, "jc").set(VAL, JC_VALUES[alignment])


def _toggle(rpr: etree._Element, name: str, value: bool | None) -> None:
    if value is None:
        remove_child(rpr, w(name))
        return
    el = rpr_child(rpr, name)
    if value:
        el.attrib.pop(VAL, None)
    else:
        el.set(VAL, "0")


def apply_run_format(rpr: etree._Element, run: Run, *, keep_fonts: bool = False) -> None:
    """Make ``rpr`` say what the model run says; None = no direct property (inherit).

    With ``keep_fonts`` a font or size of None leaves ``rpr``'s own untouched: the
    editor says nothing about the fonts of text the user typed, which should look
    like the text it replaced, not fall back to the style's font.
    """
    _toggle(rpr, "b", run.bold)
    _toggle(rpr, "i", run.italic)
    if run.underline is None:
        remove_child(rpr, w("u"))
    else:
        u = rpr_child(rpr, "u")
        current = (u.get(VAL) or "single").lower()
        if not run.underline:
            u.set(VAL, "none")
        elif current in ("none", "0", "false", "off"):
            u.set(VAL, "single")
        elif u.get(VAL) is None:
            u.set(VAL, "single")
    if keep_fonts and run.font is None and run.east_asian_font is None:
        pass
    else:
        _apply_fonts(rpr, run, keep_fonts)
    if run.size is None:
        if not keep_fonts:
            remove_child(rpr, w("sz"))
    else:
        half_points = str(max(1, round(run.size * 2)))
        rpr_child(rpr, "sz").set(VAL, half_points)
        rpr_child(rpr, "szCs").set(VAL, half_points)


def _apply_fonts(rpr: etree._Element, run: Run, keep: bool) -> None:
    fonts = rpr.find(w("rFonts"))
    if run.font is not None or run.east_asian_font is not None or fonts is not None:
        fonts = rpr_child(rpr, "rFonts")
        for attr, theme, value in (
            ("ascii", "asciiTheme", run.font),
            ("hAnsi", "hAnsiTheme", run.font),
            ("eastAsia", "eastAsiaTheme", run.east_asian_font),
        ):
            if value is None:
                if not keep:
                    fonts.attrib.pop(w(attr), None)
            else:
                fonts.set(w(attr), xml_safe(value))
                # A theme font wins over the named one in Word: drop it so the name counts.
                fonts.attrib.pop(w(theme), None)
        if not fonts.attrib:
            rpr.remove(fonts)


def append_text(r: etree._Element, text: str) -> None:
    """Run content for ``text``: tabs and line breaks as Word's own elements."""
    # Split once at the special characters (a character-by-character loop took
    # most of an export's time: 500k characters, 0.2 s).
    for piece in _RUN_SPECIAL.split(xml_safe(text)):
        if not piece:
            continue
        if piece == "\t":
            etree.SubElement(r, TAB)
        elif piece == "\n" or piece == "\r":
            etree.SubElement(r, BR)
        elif piece == "\u2011":
            etree.SubElement(r, NO_BREAK_HYPHEN)
        else:
            t = etree.SubElement(r, T)
            if piece != piece.strip() or "  " in piece:
                t.set(XML_SPACE, "preserve")
            t.text = piece


def make_run(parent: etree._Element, text: str, rpr: etree._Element | None) -> etree._Element:
    r = etree.SubElement(parent, R)
    if rpr is not None and len(rpr):
        r.append(rpr)
    append_text(r, text)
    return r
