"""quote-list-comma: 顿号 between quoted or 《》 items (info).

GB/T 15834-2011 4.5.3.5: between coordinate items that are each in quotation
marks or in book-title marks, a 顿号 is usually not used (``《…通报》《…通报》``).
When something stands between them, e.g. a bracketed note after the title, the
顿号 is right, so only ``”、“`` ``》、《`` ``”、《`` ``》、“`` are flagged.
"""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule

_PATTERN = re.compile(r"[”》]、[“《]")  # no lookarounds: a leading class lets re scan fast


class QuoteListCommaRule(ParagraphRule):
    id = "quote-list-comma"
    severity = Severity.INFO
    title_zh = "引号、书名号并列间的顿号"
    title_en = "Enumeration comma between quoted items"
    help_zh = "并列的引号、书名号之间不必加顿号，如“《条例》、《规定》”宜写作“《条例》《规定》”。"
    help_en = "No enumeration comma is needed between quoted or 《》 items: 《条例》《规定》, not 《条例》、《规定》."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        if "、" not in text:
            return []
        return [
            Hit(
                m.start() + 1, m.start() + 2,
                ctx.msg("并列的引号或书名号之间通常不用顿号（GB/T 15834）", "No 顿号 is usually needed between quoted or titled items (GB/T 15834)"),
                fix="",
            )
            for m in _PATTERN.finditer(text)
        ]
