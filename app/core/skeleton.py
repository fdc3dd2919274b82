"""A new report from a report type: its required sections, with prompts to fill.

Prompts are written as 【…】 placeholders, so the checker lists every one still
unfilled and F8 walks them in order.
"""

from __future__ import annotations

import datetime as _dt

from app.core.document import Alignment, Paragraph, Report, Role
from app.core.outline import format_marker
from app.core.reporttypes import ReportType


def default_report_year(today: _dt.date | None = None) -> int:
    """Reports are written in December–February about the year that is ending."""
    today = today or _dt.date.today()
    return today.year - 1 if today.month <= 2 else today.year


_SECTION_PROMPTS = {
    "work": "【分条写明本年度的主要工作和成效，可用（一）（二）分节，节内分条列举】",
    "integrity": "【写明遵守中央八项规定精神和廉洁自律的情况】",
    "problems": "【实事求是、分条写明存在的问题和具体表现】",
    "causes": "【从理想信念、宗旨意识、纪律规矩等方面剖析原因】",
    "plan": "【针对存在的问题写明下一年度的工作打算和整改措施】",
    "review": "【逐条写明上年度查摆问题的整改落实情况】",
}


def skeleton_report(report_type: ReportType, year: int) -> Report:
    title = f"{year}年度{report_type.id}"
    blocks: list = [
        Paragraph.from_text(title, role=Role.TITLE, alignment=Alignment.CENTER),
        Paragraph.from_text(f"{year}年，【在……的领导下，本人……概述一年来的总体情况】。现将有关情况报告如下。"),
    ]
    number = 0
    for section in report_type.sections:
        if not section.required:
            continue
        number += 1
        blocks.append(Paragraph.from_text(f"{format_marker(1, number)}{section.name}", role=Role.HEADING1))
        blocks.append(Paragraph.from_text(_SECTION_PROMPTS.get(section.role, f"【填写{section.name}】")))
    blocks.append(Paragraph.from_text("【署名】", alignment=Alignment.RIGHT))
    blocks.append(Paragraph.from_text(f"【落款日期，如{year + 1}年1月5日】", alignment=Alignment.RIGHT))
    return Report(blocks=blocks, title=title, report_type=report_type.id, year=year)
