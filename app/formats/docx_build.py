"""A fresh .docx for a report that has no source file (new, or opened from .txt).

The layout is a plain 公文 one (GB/T 9704 basics): A4, margins 37/35/28/26 mm;
body 3号 (16 pt) 仿宋_GB2312 with a first-line indent of two characters; the title
2号 (22 pt) 方正小标宋简体 centred; level-1 headings 黑体, level-2 headings 楷体_GB2312
(only the run-in heading sentence, up to the first 。, the rest stays 仿宋), and
``w:outlineLvl`` on levels 1–4 so Word's navigation pane lists them. Every run
names its east-Asian font (``w:rFonts/@w:eastAsia``) so Word/WPS need not guess.
The model's bold/italic/underline and alignment are kept; fonts and sizes come
from this layout, not from the runs.

:class:`Layout` holds the numbers so the later full GB/T 9704 export (page
numbers, the 22×28 grid) can extend it instead of rewriting the builder.
python-docx supplies only the package skeleton (its default template), saved to
memory: it never touches the target path.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from lxml import etree

from app.core.document import Alignment, Paragraph, Report, Role, Run, Table
from app.core.outline import heading_title_span, parse_marker, parse_outline
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


@dataclass(frozen=True)
class Layout:
    top_mm: float = 37
    bottom_mm: float = 35
    left_mm: float = 28
    right_mm: float = 26
    body_font: str = "仿宋_GB2312"
    body_size: float = 16
    title_font: str = "方正小标宋简体"
    title_size: float = 22
    heading_fonts: tuple[str, str, str, str] = ("黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312")


GB9704 = Layout()


def _twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def heading_span_end(text: str) -> int | None:
    """Where the heading sentence of a heading paragraph ends (after its 。), or None."""
    marker = parse_marker(text)
    if marker is None:
        return None
    _, end, _ = heading_title_span(text, marker.end)
    stop = text.find("。", marker.end)
    if stop != -1 and stop >= end:
        return stop + 1
    return max(end, marker.end) if stop == -1 else stop + 1


def _is_title(paragraph: Paragraph, index: int, first_text_index: int | None, outline_title: Paragraph | None) -> bool:
    # Role.TITLE, the paragraph the outline parser takes for the title (a .txt has no
    # roles), or a centred first paragraph.
    if paragraph.role is Role.TITLE or paragraph is outline_title:
        return True
    return index == first_text_index and paragraph.alignment is Alignment.CENTER


def _rpr(face: str, size: float, run: Run) -> etree._Element:
    rpr = etree.Element(RPR)
    fonts = rpr_child(rpr, "rFonts")
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(w(attr), face)
    apply_run_format(
        rpr,
        Run("", bold=run.bold, italic=run.italic, underline=run.underline, font=face, east_asian_font=face, size=size),
    )
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


def build_paragraph(
    parent: etree._Element, paragraph: Paragraph, *, title: bool, layout: Layout = GB9704
) -> etree._Element:
    p = etree.SubElement(parent, w("p"))
    ppr = etree.SubElement(p, PPR)
    text = paragraph.text
    runs = [run for run in paragraph.runs if run.text]
    if title:
        set_alignment(ppr, paragraph.alignment or Alignment.CENTER)
        for run in runs:
            make_run(p, run.text, _rpr(layout.title_font, layout.title_size, run))
        return p
    if not paragraph.in_table:
        ind = ppr_child(ppr, "ind")
        ind.set(w("firstLineChars"), "200")
        ind.set(w("firstLine"), str(round(layout.body_size * 2 * 20)))
    set_alignment(ppr, paragraph.alignment or (None if paragraph.in_table else Alignment.JUSTIFY))
    marker = parse_marker(text) if not paragraph.in_table else None
    cut = heading_span_end(text) if marker is not None else None
    if marker is not None and 1 <= marker.level <= 4:
        ppr_child(ppr, "outlineLvl").set(VAL, str(marker.level - 1))
    heading_face = (
        layout.heading_fonts[marker.level - 1] if marker is not None and 1 <= marker.level <= 4 else layout.body_font
    )
    pieces = _split_runs(runs, cut) if cut is not None else [(run, False) for run in runs]
    for run, in_heading in pieces:
        face = heading_face if in_heading else layout.body_font
        make_run(p, run.text, _rpr(face, layout.body_size, run))
    return p


def _table(parent: etree._Element, table: Table, layout: Layout) -> None:
    columns = max((len(row) for row in table.rows), default=0)
    tbl = etree.SubElement(parent, w("tbl"))
    tbl_pr = etree.SubElement(tbl, w("tblPr"))
    etree.SubElement(tbl_pr, w("tblW"), {w("w"): "5000", w("type"): "pct"})
    borders = etree.SubElement(tbl_pr, w("tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        etree.SubElement(borders, w(side), {VAL: "single", w("sz"): "4", w("space"): "0", w("color"): "auto"})
    grid = etree.SubElement(tbl, w("tblGrid"))
    width = _twips(210 - layout.left_mm - layout.right_mm) // max(columns, 1)
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
                build_paragraph(tc, paragraph, title=False, layout=layout)
            if not cell_paragraphs:
                etree.SubElement(tc, w("p"))  # a cell must end with a paragraph


def build_docx(report: Report, layout: Layout = GB9704) -> bytes:
    """The report as a new .docx package (bytes)."""
    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(layout.top_mm), Mm(layout.bottom_mm)
    section.left_margin, section.right_margin = Mm(layout.left_mm), Mm(layout.right_mm)

    # The Normal style carries the body face too, so text typed later in Word/WPS matches.
    normal = document.styles["Normal"]
    normal.font.size = Pt(layout.body_size)
    normal.font.name = layout.body_font
    style_rpr = normal.element.get_or_add_rPr()
    fonts = rpr_child(style_rpr, "rFonts")
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(w(attr), layout.body_font)
    document.core_properties.title = report.title or ""
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.core_properties.comments = ""

    body = document.element.body
    sect_pr = body.find(w("sectPr"))
    for child in list(body):
        body.remove(child)
    blocks = report.blocks
    first_text = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.text.strip()), None)
    paragraphs = list(report.iter_paragraphs())
    title_index = parse_outline(paragraphs).title_paragraph
    outline_title = paragraphs[title_index] if title_index is not None else None
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            build_paragraph(body, block, title=_is_title(block, index, first_text, outline_title), layout=layout)
        else:
            _table(body, block, layout)
    if sect_pr is not None:
        body.append(sect_pr)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
