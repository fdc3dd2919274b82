"""What each paragraph is on the printed page: title, heading, body, 落款 or date.

One reading shared by the .docx export and the window's PDF/print renderer, so
both put the same paragraphs in the same faces. Pure functions of the model.

- the title: ``Role.TITLE``, the paragraph the outline parser takes for the title,
  or a centred first paragraph;
- headings 1–4 from their markers (``一、`` ``（一）`` ``1.`` ``（1）``); for a run-in
  heading only the heading sentence (up to the first 。) gets the heading face;
- the closing (落款): a date line (``2023年1月5日``, or in Chinese numerals) among the
  last paragraphs, and the short unpunctuated lines just above it (the name or unit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.document import Alignment, Paragraph, Report, Role
from app.core.outline import heading_title_span, parse_marker, parse_outline

_DATE_LINE = re.compile(
    r"^[\s\u3000]*(?:\d{4}|[〇零一二三四五六七八九○Ｏ]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日[\s\u3000]*$"
)
_SIGNATURE_MAX_CHARS = 30
_SIGNATURE_MAX_LINES = 2


@dataclass(frozen=True)
class PrintRole:
    kind: str  # "title" | "heading" | "body" | "signature" | "date" | "cell"
    level: int | None = None  # 1–4 for headings
    heading_end: int | None = None  # run-in heading: heading face up to this offset


BODY = PrintRole("body")
CELL = PrintRole("cell")


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


def is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.match(text))


def plan_report(report: Report) -> dict[str, PrintRole]:
    """Paragraph id → its print role, for every paragraph (table cells: ``cell``)."""
    blocks = report.blocks
    paragraphs = list(report.iter_paragraphs())
    title_index = parse_outline(paragraphs).title_paragraph
    outline_title = paragraphs[title_index] if title_index is not None else None
    top = [b for b in blocks if isinstance(b, Paragraph)]
    first_text = next((p for p in top if p.text.strip()), None)
    closing = _closing(top)

    plan: dict[str, PrintRole] = {}
    for paragraph in paragraphs:
        if paragraph.in_table:
            plan[paragraph.id] = CELL
        elif paragraph.role is Role.TITLE or paragraph is outline_title or (
            paragraph is first_text and paragraph.alignment is Alignment.CENTER
        ):
            plan[paragraph.id] = PrintRole("title")
        elif paragraph.id in closing:
            plan[paragraph.id] = PrintRole(closing[paragraph.id])
        else:
            plan[paragraph.id] = heading_or_body(paragraph.text)
    return plan


def heading_or_body(text: str) -> PrintRole:
    marker = parse_marker(text)
    if marker is None or not 1 <= marker.level <= 4:
        return BODY
    return PrintRole("heading", marker.level, heading_span_end(text))


def _closing(top: list[Paragraph]) -> dict[str, str]:
    """The 落款: the date line near the end and the short lines right above it."""
    filled = [p for p in top if p.text.strip()]
    tail = filled[-1 - _SIGNATURE_MAX_LINES :]
    date_at = next((i for i in range(len(tail) - 1, -1, -1) if is_date_line(tail[i].text)), None)
    if date_at is None:
        # No date: a right-aligned short last line is still a signature.
        last = filled[-1] if filled else None
        if last is not None and last.alignment is Alignment.RIGHT and _signature_like(last.text):
            return {last.id: "signature"}
        return {}
    out = {tail[date_at].id: "date"}
    for paragraph in reversed(tail[:date_at]):
        if not _signature_like(paragraph.text):
            break
        out[paragraph.id] = "signature"
    return out


def _signature_like(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= _SIGNATURE_MAX_CHARS
        and stripped[-1] not in "。；;：:！？!?，,"
        and parse_marker(stripped) is None
    )
