"""The report laid out on pages with Qt (QPdfWriter, QPrinter, print preview).

The same layout as the .docx export, drawn with QTextDocument: the profile's
paper and margins, a fixed line pitch (22 lines), characters condensed by the
same amount as in the .docx (28 a line), faces and sizes per role from
:func:`app.core.print_plan.plan_report`, and the page number ``— N —`` drawn on
each page (odd right, even left, one character in, ``gap_mm`` below the text).
It needs to look right, not to be pixel-identical to Word.

Fonts the profile names but the machine lacks are replaced by a face of the
same kind (黑体 → another sans, 楷体 → AR PL UKai …); :func:`missing_fonts` lists
them so the window can say so before exporting.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

from app.core.document import Alignment, Paragraph, Report, Run, Table
from app.core.layout_profile import LayoutProfile, RoleStyle
from app.core.print_plan import PrintRole, plan_report
from app.ui.editor.faces import FANGSONG, HEITI, KAITI, XIAOBIAOSONG
from app.ui.fonts import UI_FAMILIES

SONGTI = ("宋体", "SimSun", "NSimSun",  # i18n: not UI text
          "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN")  # fmt: skip
_KINDS = (("小标宋", XIAOBIAOSONG), ("标宋", XIAOBIAOSONG), ("黑", HEITI), ("楷", KAITI),  # i18n: not UI text
          ("仿宋", FANGSONG), ("宋", SONGTI))  # fmt: skip  # i18n: not UI text
_ALIGN = {
    Alignment.LEFT: Qt.AlignmentFlag.AlignLeft, Alignment.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Alignment.RIGHT: Qt.AlignmentFlag.AlignRight, Alignment.JUSTIFY: Qt.AlignmentFlag.AlignJustify,
}  # fmt: skip


def resolve_font(name: str) -> tuple[str | None, bool]:
    """(the family to draw ``name`` with, whether it is a fallback)."""
    installed = set(QFontDatabase.families())
    if name in installed:
        return name, False
    for key, families in _KINDS:
        if key in name:
            found = next((f for f in families if f in installed), None)
            if found:
                return found, True
    return next((f for f in UI_FAMILIES if f in installed), None), True


def missing_fonts(profile: LayoutProfile) -> list[tuple[str, str]]:
    """[(font the profile names, the face used instead)] for fonts not installed here."""
    out = []
    for name in profile.font_names():
        family, fallback = resolve_font(name)
        if fallback:
            out.append((name, family or QCoreApplication.translate("PageRender", "System default font")))
    return out


# The document is laid out in its own units of 0.1 pt with pixel-sized fonts, then
# drawn through a scaled painter: the layout is then the same on a 1200 dpi
# QPdfWriter, a 600 dpi printer and the preview's screen (a QTextDocument laid out
# on the device itself mixes the device's and the screen's resolutions).
UNITS_PER_PT = 10
_TITLE_PROPERTY = 0x100000 + 1  # a QTextFormat user property
LAYOUT_DPI = 72 * UNITS_PER_PT


def _mm_px(mm: float, dpi: float = LAYOUT_DPI) -> float:
    return mm / 25.4 * dpi


def _pt_px(pt: float, dpi: float = LAYOUT_DPI) -> float:
    return pt / 72 * dpi


class _Builder:
    def __init__(self, profile: LayoutProfile, dpi: float) -> None:
        self.profile = profile
        self.dpi = dpi
        self.families = {name: resolve_font(name)[0] for name in profile.font_names()}

    def char_format(self, style: RoleStyle, run: Run, bold: bool | None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        family = self.families.get(style.font)
        fmt.setFont(_pixel_font(family, style.size), QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
        weight = run.bold if bold is None else bold  # the profile decides title/heading weight, as in the export
        fmt.setFontWeight(QFont.Weight.Bold if weight else QFont.Weight.Normal)
        if run.italic:
            fmt.setFontItalic(True)
        if run.underline:
            fmt.setFontUnderline(True)
        if style.size == self.profile.body.size:
            # The .docx's condensing, in device pixels: 28 characters on 156 mm.
            fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            fmt.setFontLetterSpacing(_pt_px(self.profile.char_spacing_twentieths(style.size) / 20, self.dpi))
        return fmt

    def block_format(self, paragraph: Paragraph, role: PrintRole) -> QTextBlockFormat:
        profile, dpi = self.profile, self.dpi
        fmt = QTextBlockFormat()
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
        if role.kind == "title":
            fmt.setAlignment(_ALIGN[paragraph.alignment or Alignment.CENTER])
            fmt.setProperty(_TITLE_PROPERTY, True)  # one empty grid line follows, as in the .docx
        elif role.kind in ("signature", "date"):
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
            chars = profile.signature_right_chars if role.kind == "signature" else profile.date_right_chars
            fmt.setRightMargin(_pt_px(chars * profile.body.size, dpi))
        else:
            fmt.setAlignment(_ALIGN[paragraph.alignment or (Alignment.LEFT if role.kind == "cell" else Alignment.JUSTIFY)])
            if role.kind != "cell":
                fmt.setTextIndent(_pt_px(profile.body.size * profile.first_line_indent_chars, dpi))
        return fmt

    def runs(self, cursor: QTextCursor, paragraph: Paragraph, role: PrintRole) -> None:
        profile = self.profile
        position = 0
        for run in paragraph.runs:
            for piece_start, piece in _pieces(run.text, position, role.heading_end):
                if role.kind == "title":
                    style, bold = profile.title, profile.title.bold
                elif role.kind == "heading" and role.level and (role.heading_end is None or piece_start < role.heading_end):
                    style, bold = profile.heading(role.level), profile.heading(role.level).bold
                else:
                    style, bold = profile.body, None
                cursor.insertText(piece.replace("\n", "\u2028"), self.char_format(style, run, bold))
            position += len(run.text)


def _pixel_font(family: str | None, size_pt: float) -> QFont:
    font = QFont()
    if family:
        font.setFamilies([family])
    font.setPixelSize(max(1, round(size_pt * UNITS_PER_PT)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # widths must scale exactly
    return font


def _pieces(text: str, start: int, cut: int | None) -> list[tuple[int, str]]:
    if cut is None or not start < cut < start + len(text):
        return [(start, text)] if text else []
    return [(start, text[: cut - start]), (cut, text[cut - start :])]


def build_document(report: Report, profile: LayoutProfile) -> QTextDocument:
    """The report as a QTextDocument in units of 0.1 pt, one column as wide as the text block."""
    dpi = LAYOUT_DPI
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    # One long column; render() puts its lines on the 22-line grid page by page.
    doc.setTextWidth(_pt_px(profile.text_width_pt, dpi))
    builder = _Builder(profile, dpi)
    plan = plan_report(report)
    cursor = QTextCursor(doc)
    first = True
    for block in report.blocks:
        items = (
            [(block, plan.get(block.id, PrintRole("body")))]
            if isinstance(block, Paragraph)
            else [(p, PrintRole("cell")) for p in _table_paragraphs(block)]
        )
        for paragraph, role in items:
            fmt = builder.block_format(paragraph, role)
            if first:
                cursor.setBlockFormat(fmt)
                first = False
            else:
                cursor.insertBlock(fmt)
            builder.runs(cursor, paragraph, role)
    return doc


def _table_paragraphs(table: Table) -> list[Paragraph]:
    # Tables are rare in these reports: each row printed as one line, cells separated by spaces.
    rows = []
    for row in table.rows:
        texts = ["".join(p.text for p in cell.paragraphs) for cell in row]
        rows.append(Paragraph.from_text("　".join(texts), in_table=True))  # i18n: not UI text
    return rows


def render(report: Report, profile: LayoutProfile, device: QPagedPaintDevice) -> int:
    """Draw the report on ``device`` (QPdfWriter or QPrinter); returns the page count."""
    layout = QPageLayout(
        QPageSize(QSizeF(profile.page_width_mm, profile.page_height_mm), QPageSize.Unit.Millimeter),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter,
    )  # fmt: skip
    device.setPageLayout(layout)
    doc = build_document(report, profile)
    slots = grid_slots(doc)
    per_page = profile.lines_per_page
    pages = max(1, math.ceil(len(slots) / per_page))
    pitch = _pt_px(profile.line_pitch_pt)
    left, top = _mm_px(profile.left_mm), _mm_px(profile.top_mm)
    painter = QPainter(device)
    scale = device.logicalDpiY() / LAYOUT_DPI
    painter.scale(scale, scale)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            for row, slot in enumerate(slots[index * per_page : (index + 1) * per_page]):
                if slot is None:
                    continue
                line = slot[0].lineAt(slot[1])
                # The line's ink box centred in its grid row, wherever Qt put it in the column.
                row_top = top + row * pitch + (pitch - line.ascent() - line.descent()) / 2
                line.draw(painter, QPointF(left, row_top - line.y()))
            _page_number(painter, profile, index + 1, LAYOUT_DPI)
    finally:
        painter.end()
    return pages


def grid_slots(doc: QTextDocument) -> list[tuple[QTextLayout, int] | None]:
    """Every printed line in order, one grid row each (None: an empty row after a title).

    The grid is placed here rather than by Qt's own pagination, which measures a
    line by its natural height and lets fixed-height lines straddle pages."""
    doc.size()  # lays the whole document out (layout is lazy)
    slots: list[tuple[QTextLayout, int] | None] = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        slots.extend((layout, i) for i in range(layout.lineCount()))
        if block.blockFormat().boolProperty(_TITLE_PROPERTY):
            slots.append(None)
        block = block.next()
    return slots


def _page_number(painter: QPainter, profile: LayoutProfile, number: int, dpi: float) -> None:
    style = profile.page_number
    if style.position == "none":
        return
    side = style.position
    if side == "outside":
        side = "right" if number % 2 else "left"
    family, _ = resolve_font(style.font)
    painter.setFont(_pixel_font(family, style.size))
    inset = _pt_px(style.inset_chars * style.size, dpi)
    left = _mm_px(profile.left_mm, dpi)
    right = _mm_px(profile.page_width_mm - profile.right_mm, dpi)
    top = _mm_px(profile.page_height_mm - profile.bottom_mm + style.gap_mm, dpi)
    height = _pt_px(style.size * 1.5, dpi)
    flags = {"right": Qt.AlignmentFlag.AlignRight, "left": Qt.AlignmentFlag.AlignLeft}.get(side, Qt.AlignmentFlag.AlignHCenter)
    rect = QRectF(left + (inset if side == "left" else 0), top, right - left - inset * (side in ("left", "right")), height)
    painter.drawText(rect, int(flags | Qt.AlignmentFlag.AlignTop), f"— {number} —")  # i18n: not UI text


def export_pdf(report: Report, profile: LayoutProfile, path: str) -> int:
    """Write a PDF with Qt (no LibreOffice needed); returns the page count."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(path)
    writer.setResolution(1200)
    writer.setTitle(report.title or "")
    writer.setCreator("Wengao")
    return render(report, profile, writer)

