"""duplicate-punctuation: ``，，`` ``。。`` ``，。`` … (warning). ``……`` and ``——`` are marks of their own."""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule

_RUN = re.compile(r"[，。、；：,;！？](?:[ \u3000]*[，。、；：,;！？])+")
_EXCLAIM = set("！？")


class DuplicatePunctuationRule(ParagraphRule):
    id = "duplicate-punctuation"
    severity = Severity.WARNING
    title_zh = "标点重复"
    title_en = "Doubled punctuation"
    help_zh = "标点连用：“，，”“。。”“，。”等；“……”“——”本身是一个标点，不算。"
    help_en = "Doubled punctuation such as ，， 。。 ，。; the ellipsis …… and the dash —— are single marks and are not flagged."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        hits = []
        for m in _RUN.finditer(text):
            found = m.group(0)
            marks = found.replace(" ", "").replace("\u3000", "")
            if _EXCLAIM & set(marks) and len(set(marks)) > 1:
                continue  # ？！ and ！。 are emphasis or a quoted question, not a slip
            fix = marks[0] if len(set(marks)) == 1 else None
            hits.append(Hit(m.start(), m.end(), ctx.msg(f"标点重复：“{found}”", f"Doubled punctuation: “{found}”"), fix=fix))
        return hits
