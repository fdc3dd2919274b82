"""A new report from a report type: its required sections, with prompts to fill.

Prompts are written as 【…】 placeholders, so the checker lists every one still
unfilled and F8 walks them in order.
"""

from __future__ import annotations

import datetime as _dt

from app.core.document import Alignment, Paragraph, Report, Role
from app.core.outline import format_marker
from app.core.prompts import OPENING_PROMPT, SIGNATURE_PROMPT, section_prompt
from app.core.reporttypes import ReportType


def default_report_year(today: _dt.date | None = None) -> int:
    """Reports are written in December–February about the year that is ending."""
    today = today or _dt.date.today()
    return today.year - 1 if today.month <= 2 else today.year


def skeleton_report(report_type: ReportType, year: int) -> Report:
    title = f"{year}年度{report_type.id}"
    blocks: list = [
        Paragraph.from_text(title, role=Role.TITLE, alignment=Alignment.CENTER),
        Paragraph.from_text(f"{year}年，{OPENING_PROMPT}。现将有关情况报告如下。"),
    ]
    number = 0
    for section in report_type.sections:
        if not section.required:
            continue
        number += 1
        blocks.append(Paragraph.from_text(f"{format_marker(1, number)}{section.name}", role=Role.HEADING1))
        blocks.append(Paragraph.from_text(section_prompt(section.role, section.name)))
    blocks.append(Paragraph.from_text(SIGNATURE_PROMPT, alignment=Alignment.RIGHT))
    blocks.append(Paragraph.from_text(f"【此处填写日期，如{year + 1}年1月5日】", alignment=Alignment.RIGHT))
    return Report(blocks=blocks, title=title, report_type=report_type.id, year=year)
