"""A fresh .docx for a report, laid out through a layout profile (GB/T 9704 by default).

Used twice: by the plain save of a report that has no source file (new, or opened
from .txt) and by the export (:mod:`app.formats.docx_export`), which re-lays any
report out in the office's layout. What it writes, per
:class:`app.core.layout_profile.LayoutProfile`:

- A4 (the profile's paper), its margins; every run names its font for all four
  scripts (``w:rFonts`` ascii/hAnsi/eastAsia/cs), so Word/WPS need not guess;
- the title in its face and size, centred; headings 1–4 in theirs, a run-in
  heading styled run by run (the heading sentence up to the first 。 in 楷体/黑体,
  the rest in the body face), ``w:outlineLvl`` on levels 1–4 so Word's and WPS's
  navigation panes list them; body paragraphs with a first-line indent of two
  characters; the 落款 and date right-aligned a few characters in;
- page numbers ``— 1 —`` with a PAGE field in odd and even footers
  (``w:evenAndOddHeaders``): odd pages right, even pages left, one character in,
  the footer placed so the number sits ``gap_mm`` (7 mm) below the text block.

The 22 × 28 grid. Measured with LibreOffice 7.4 (PDF → pdftotext -bbox):

- ``w:docGrid w:type="linesAndChars"`` with a negative ``w:charSpace`` (what Word's
  own 公文 templates use) laid out 13–21 characters a line and 3× the pages:
  LibreOffice snaps each 16 pt character into grid cells narrower than it, so a
  character takes two cells. Not usable.
- Fixed line spacing of 579 twips (28.95 pt = 225 mm / 22, rounded down) with
  ``w:docGrid w:type="lines" w:linePitch="579"``: 22 lines a page, but 27
  characters (28 × 16 pt = 448 pt > 442.2 pt of text width).
- The same plus character spacing ``w:spacing w:val="-4"`` (−0.2 pt) in every run:
  still 27 (28 × 15.8 = 442.4 pt > 442.2); ``w:val="-5"`` (−0.25 pt): **22 lines,
  28 characters** (28 × 15.75 = 441 ≤ 442.2 < 29 × 15.75). With or without the
  docGrid element LibreOffice gives the same result.

Word honours both settings the same way (exact line spacing is not snapped to
the grid; character spacing is plain arithmetic), so the file uses exactly these:
``w:spacing w:line=<pitch> w:lineRule="exact"``, zero space before/after, and
per-run character spacing computed from the profile
(:meth:`LayoutProfile.char_spacing_twentieths`), plus a ``lines`` docGrid with the
same pitch for Word's own grid view. Automatic space between Chinese and Latin
text/digits (``w:autoSpaceDE/DN``) is off, as in 公文 templates, so digits do not
push characters off the grid. python-docx supplies only the package skeleton
(its default template), saved to memory: it never touches the target path.
"""

from __future__ import annotations

import io
from copy import deepcopy

from lxml import etree

from app.core.document import Alignment, Paragraph, Report, Run, Table
from app.core.layout_profile import LayoutProfile, RoleStyle
from app.core.print_plan import CELL, PrintRole, heading_or_body, plan_report
from app.core.print_plan import heading_span_end as heading_span_end  # re-exported for docx_save
from app.formats.wordxml import (
    PPR,
    RPR,
    VAL,
    apply_run_format,
    make_run,
    ppr_child,
    rpr_child,
    set_alignment,
    w,
)

# The profile is the layout; the old name stays for the saver and older callers.
Layout = LayoutProfile
GB9704 = LayoutProfile()


def _twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def _pt_twips(points: float) -> int:
    return round(points * 20)


def _fonts(rpr: etree._Element, face: str) -> None:
    fonts = rpr_child(rpr, "rFonts")
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(w(attr), face)


def _rpr(
    style: RoleStyle, run: Run, layout: LayoutProfile, bold: bool | None = None, strict: bool = False
) -> etree._Element:
    """Run properties in ``style``. For the title and headings ``bold`` is the profile's
    weight: it turns bold on (a unit may want bold 楷体 headings); with ``strict`` (the
    export) it also turns the author's bold off, since the office's layout decides."""
    rpr = etree.Element(RPR)
    weight = run.bold if bold is None else bold if strict else (True if bold else run.bold)
    apply_run_format(
        rpr,
        Run("", bold=weight, italic=run.italic, underline=run.underline, font=style.font,
            east_asian_font=style.font, size=style.size),
    )
    _fonts(rpr, style.font)
    spacing = layout.char_spacing_twentieths(style.size) if style.size == layout.body.size else 0
    if spacing:
        rpr_child(rpr, "spacing").set(VAL, str(spacing))
    return rpr


def _split_runs(runs: list[Run], cut: int) -> list[tuple[Run, bool]]:
    """The runs with the one spanning ``cut`` split there; each flagged "before cut"."""
    out: list[tuple[Run, bool]] = []
    pos = 0
    for run in runs:
        end = pos + len(run.text)
        if pos < cut < end:
            head, tail = run.text[: cut - pos], run.text[cut - pos :]
            out.append((Run(head, run.bold, run.italic, run.underline), True))
            out.append((Run(tail, run.bold, run.italic, run.underline), False))
        else:
            out.append((run, end <= cut))
        pos = end
    return out


def _right_indent(ppr: etree._Element, chars: float, size: float) -> None:
    ind = ppr_child(ppr, "ind")
    ind.set(w("rightChars"), str(round(chars * 100)))
    ind.set(w("right"), str(_pt_twips(chars * size)))


def build_paragraph(
    parent: etree._Element,
    paragraph: Paragraph,
    *,
    title: bool = False,
    layout: LayoutProfile = GB9704,
    role: PrintRole | None = None,
    strict: bool = False,
) -> etree._Element:
    """One ``w:p`` for a model paragraph; ``role`` (from :func:`plan_report`) says what it is."""
    if role is None:
        role = PrintRole("title") if title else CELL if paragraph.in_table else heading_or_body(paragraph.text)
    p = etree.SubElement(parent, w("p"))
    ppr = etree.SubElement(p, PPR)
    runs = [run for run in paragraph.runs if run.text]
    body = layout.body
    if role.kind == "title":
        set_alignment(ppr, paragraph.alignment or Alignment.CENTER)
        # One empty grid line under the title, as spacing: an empty paragraph would
        # be text the author did not write, and a whole line keeps the body on the grid.
        ppr_child(ppr, "spacing").set(w("after"), str(layout.line_pitch_twips))
        for run in runs:
            make_run(p, run.text, _rpr(layout.title, run, layout, bold=layout.title.bold, strict=strict))
        return p
    if role.kind in ("signature", "date"):
        set_alignment(ppr, Alignment.RIGHT)
        chars = layout.signature_right_chars if role.kind == "signature" else layout.date_right_chars
        _right_indent(ppr, chars, body.size)
        for run in runs:
            make_run(p, run.text, _rpr(body, run, layout))
        return p
    if role.kind != "cell" and layout.first_line_indent_chars:
        ind = ppr_child(ppr, "ind")
        ind.set(w("firstLineChars"), str(round(layout.first_line_indent_chars * 100)))
        ind.set(w("firstLine"), str(_pt_twips(body.size * layout.first_line_indent_chars)))
    set_alignment(ppr, paragraph.alignment or (None if role.kind == "cell" else Alignment.JUSTIFY))
    if role.kind == "cell":
        # Table cells keep single spacing: a fixed 28.95 pt line would clip in narrow cells.
        spacing = ppr_child(ppr, "spacing")
        spacing.set(w("line"), "240")
        spacing.set(w("lineRule"), "auto")
    if role.kind == "heading" and role.level is not None:
        ppr_child(ppr, "outlineLvl").set(VAL, str(role.level - 1))
        heading = layout.heading(role.level)
        pieces = _split_runs(runs, role.heading_end) if role.heading_end is not None else [(r, True) for r in runs]
        for run, in_heading in pieces:
            if in_heading:
                make_run(p, run.text, _rpr(heading, run, layout, bold=heading.bold, strict=strict))
            else:
                make_run(p, run.text, _rpr(body, run, layout))
        return p
    for run in runs:
        make_run(p, run.text, _rpr(body, run, layout))
    return p


def _table(parent: etree._Element, table: Table, layout: LayoutProfile) -> None:
    columns = max((len(row) for row in table.rows), default=0)
    tbl = etree.SubElement(parent, w("tbl"))
    tbl_pr = etree.SubElement(tbl, w("tblPr"))
    etree.SubElement(tbl_pr, w("tblW"), {w("w"): "5000", w("type"): "pct"})
    borders = etree.SubElement(tbl_pr, w("tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        etree.SubElement(borders, w(side), {VAL: "single", w("sz"): "4", w("space"): "0", w("color"): "auto"})
    grid = etree.SubElement(tbl, w("tblGrid"))
    width = _twips(layout.page_width_mm - layout.left_mm - layout.right_mm) // max(columns, 1)
    for _ in range(columns):
        etree.SubElement(grid, w("gridCol"), {w("w"): str(width)})
    for row in table.rows:
        tr = etree.SubElement(tbl, w("tr"))
        for index in range(columns):
            tc = etree.SubElement(tr, w("tc"))
            tc_pr = etree.SubElement(tc, w("tcPr"))
            etree.SubElement(tc_pr, w("tcW"), {w("w"): str(width), w("type"): "dxa"})
            cell_paragraphs = row[index].paragraphs if index < len(row) else []
            for paragraph in cell_paragraphs:
                build_paragraph(tc, paragraph, layout=layout, role=CELL)
            if not cell_paragraphs:
                etree.SubElement(tc, w("p"))  # a cell must end with a paragraph


def _normal_style(document, layout: LayoutProfile) -> None:
    """The Normal style carries the body face and the grid, so text typed later in Word/WPS matches."""
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.size = Pt(layout.body.size)
    normal.font.name = layout.body.font
    style_rpr = normal.element.get_or_add_rPr()
    _fonts(style_rpr, layout.body.font)
    spacing_value = layout.char_spacing_twentieths()
    if spacing_value:
        rpr_child(style_rpr, "spacing").set(VAL, str(spacing_value))
    ppr = normal.element.get_or_add_pPr()
    # Widow/orphan control would move a paragraph's last line over and leave a page
    # 21 lines long: 公文 pages are always full (22), as in WPS's own 公文 templates.
    ppr_child(ppr, "widowControl").set(VAL, "0")
    ppr_child(ppr, "autoSpaceDE").set(VAL, "0")
    ppr_child(ppr, "autoSpaceDN").set(VAL, "0")
    spacing = ppr_child(ppr, "spacing")
    spacing.set(w("before"), "0")
    spacing.set(w("after"), "0")
    spacing.set(w("line"), str(layout.line_pitch_twips))
    spacing.set(w("lineRule"), "exact")


def _page_setup(document, layout: LayoutProfile) -> None:
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(layout.page_width_mm), Mm(layout.page_height_mm)
    section.top_margin, section.bottom_margin = Mm(layout.top_mm), Mm(layout.bottom_mm)
    section.left_margin, section.right_margin = Mm(layout.left_mm), Mm(layout.right_mm)
    number = layout.page_number
    # Word measures the footer from the page's bottom edge to the footer line's
    # bottom: put the line's top ``gap_mm`` below the text block.
    footer_mm = max(5.0, layout.bottom_mm - number.gap_mm - number.size * 25.4 / 72)
    section.footer_distance = Mm(footer_mm)
    section.header_distance = Mm(min(15.0, layout.top_mm / 2))
    sect_pr = section._sectPr
    for grid in sect_pr.findall(w("docGrid")):
        sect_pr.remove(grid)
    grid = etree.SubElement(sect_pr, w("docGrid"))
    grid.set(w("type"), "lines")
    grid.set(w("linePitch"), str(layout.line_pitch_twips))
    if number.position != "none":
        _page_number_footers(document, section, layout)


def _field_runs(p: etree._Element, rpr: etree._Element, instruction: str) -> None:
    """A complex field (begin / instrText / separate / result / end): Word, WPS and LibreOffice all read it."""
    def run() -> etree._Element:
        r = etree.SubElement(p, w("r"))
        r.append(deepcopy(rpr))
        return r

    etree.SubElement(run(), w("fldChar"), {w("fldCharType"): "begin"})
    instr = etree.SubElement(run(), w("instrText"))
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    etree.SubElement(run(), w("fldChar"), {w("fldCharType"): "separate"})
    etree.SubElement(run(), w("t")).text = "1"
    etree.SubElement(run(), w("fldChar"), {w("fldCharType"): "end"})


def _page_number_paragraph(footer, layout: LayoutProfile, side: str) -> None:
    number = layout.page_number
    container = footer._element
    for child in list(container):
        container.remove(child)
    p = etree.SubElement(container, w("p"))
    ppr = etree.SubElement(p, PPR)
    spacing = ppr_child(ppr, "spacing")
    spacing.set(w("before"), "0")
    spacing.set(w("after"), "0")
    spacing.set(w("line"), "240")
    spacing.set(w("lineRule"), "auto")
    inset = str(_pt_twips(number.inset_chars * number.size))
    inset_chars = str(round(number.inset_chars * 100))
    if side == "right":
        ind = ppr_child(ppr, "ind")
        ind.set(w("rightChars"), inset_chars)
        ind.set(w("right"), inset)
    elif side == "left":
        ind = ppr_child(ppr, "ind")
        ind.set(w("leftChars"), inset_chars)
        ind.set(w("left"), inset)
    set_alignment(ppr, {"right": Alignment.RIGHT, "left": Alignment.LEFT}.get(side, Alignment.CENTER))
    rpr = etree.Element(RPR)
    _fonts(rpr, number.font)
    half_points = str(round(number.size * 2))
    rpr_child(rpr, "sz").set(VAL, half_points)
    rpr_child(rpr, "szCs").set(VAL, half_points)
    make_run(p, "— ", deepcopy(rpr))  # make_run adopts the element: each run its own copy
    _field_runs(p, rpr, "PAGE")
    make_run(p, " —", deepcopy(rpr))


def _page_number_footers(document, section, layout: LayoutProfile) -> None:
    position = layout.page_number.position
    odd_side, even_side = {
        "outside": ("right", "left"), "center": ("center", "center"),
        "right": ("right", "right"), "left": ("left", "left"),
    }[position]  # fmt: skip
    section.footer.is_linked_to_previous = False
    _page_number_paragraph(section.footer, layout, odd_side)
    if odd_side != even_side:
        document.settings.odd_and_even_pages_header_footer = True
        section.even_page_footer.is_linked_to_previous = False
        _page_number_paragraph(section.even_page_footer, layout, even_side)


def build_docx(report: Report, layout: LayoutProfile = GB9704, *, strict: bool = False) -> bytes:
    """The report as a new .docx package (bytes), laid out through ``layout``.

    ``strict`` (the export): the profile's weight for the title and headings
    replaces the author's; otherwise (the plain save) the author's bold is kept."""
    import docx

    document = docx.Document()
    _page_setup(document, layout)
    _normal_style(document, layout)
    document.core_properties.title = report.title or ""
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.core_properties.comments = ""

    body = document.element.body
    sect_pr = body.find(w("sectPr"))
    for child in list(body):
        body.remove(child)
    plan = plan_report(report)
    for block in report.blocks:
        if isinstance(block, Paragraph):
            build_paragraph(body, block, layout=layout, role=plan.get(block.id), strict=strict)
        else:
            _table(body, block, layout)
    if sect_pr is not None:
        body.append(sect_pr)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
