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


# Each prompt says 填写 and stays under 30 characters inside the brackets: that is
# what the placeholder rule recognises as an unfilled prompt (a bare 【…】 may be a
# legitimate label such as 【典型案例】).
_SECTION_PROMPTS = {
    "work": "【此处填写主要工作和成效，可分（一）（二）等小节】",
    "integrity": "【此处填写遵守中央八项规定精神和廉洁自律情况】",
    "problems": "【此处填写存在的问题及具体表现】",
    "causes": "【此处填写原因剖析】",
    "plan": "【此处填写下一年度工作打算和整改措施】",
    "review": "【此处填写上年度问题整改落实情况】",
}


def skeleton_report(report_type: ReportType, year: int) -> Report:
    title = f"{year}年度{report_type.id}"
    blocks: list = [
        Paragraph.from_text(title, role=Role.TITLE, alignment=Alignment.CENTER),
        Paragraph.from_text(f"{year}年，【此处填写一年来的总体情况】。现将有关情况报告如下。"),
    ]
    number = 0
    for section in report_type.sections:
        if not section.required:
            continue
        number += 1
        blocks.append(Paragraph.from_text(f"{format_marker(1, number)}{section.name}", role=Role.HEADING1))
        blocks.append(Paragraph.from_text(_SECTION_PROMPTS.get(section.role, f"【此处填写{section.name}】")))
    blocks.append(Paragraph.from_text("【此处填写署名】", alignment=Alignment.RIGHT))
    blocks.append(Paragraph.from_text(f"【此处填写日期，如{year + 1}年1月5日】", alignment=Alignment.RIGHT))
    return Report(blocks=blocks, title=title, report_type=report_type.id, year=year)
