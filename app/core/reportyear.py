"""Which year a report is about, read from its own text.

A 2022 report is written in December 2022 or January 2023 and says so in its
title (``2022年度…述责述廉报告``) or in its first words (``2022年，在市局党组的带领下…``).
The editor and the checker share this reading; ``--year`` overrides it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_TITLE_YEAR = re.compile(r"(20\d{2})\s*年")
_OPENING_YEAR = re.compile(r"^[\s\u3000]*(20\d{2})\s*年(?:度|以来|[，,、是]|上半年|全年|我)")
_DATE_LINE = re.compile(r"^[\s\u3000]*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s\u3000]*$")
_PLAN_YEAR = re.compile(r"^[\s\u3000]*(20\d{2})\s*年(?:是|，|,|我将|，我将|要)")
_HEADING = re.compile(r"^[\s\u3000]*[一二三四五六七八九十]+、")


def detect_report_year(paragraphs: Sequence[str], title: str | None = None) -> int | None:
    """The report's year, or None when the text does not say.

    Looks, in order of trust, at the title, the opening paragraph(s) before the
    first ``一、`` heading, the first paragraph of the 存在的问题 section, and the
    date line (a January–March date means last year's report).
    """
    if title:
        m = _TITLE_YEAR.search(title)
        if m:
            return int(m.group(1))
    headings_seen = 0
    date_year: int | None = None
    plan_year: int | None = None
    problem_year: int | None = None
    for text in paragraphs:
        if _HEADING.match(text):
            headings_seen += 1
            continue
        m = _DATE_LINE.match(text)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            date_year = year - 1 if month <= 3 else year
            continue
        if headings_seen == 0:
            m = _OPENING_YEAR.match(text)
            if m:
                return int(m.group(1))
            if title is None and len(text) <= 60:
                m = _TITLE_YEAR.search(text)
                if m and ("报告" in text or "总结" in text or "材料" in text):
                    return int(m.group(1))
            continue
        if problem_year is None and plan_year is None:
            m = _OPENING_YEAR.match(text)
            if m and headings_seen >= 2:
                # The first dated paragraph after a level-1 heading: the problems
                # section ("2022年，我在…") or, in the last section, the plan.
                candidate = int(m.group(1))
                if _PLAN_YEAR.match(text) and ("将" in text[:40] or "开局" in text or "之年" in text):
                    plan_year = candidate - 1
                else:
                    problem_year = candidate
    return problem_year or plan_year or date_year
