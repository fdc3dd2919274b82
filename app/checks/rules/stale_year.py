"""stale-year: years left over from last year's report (warning).

With report year Y (``--year``, else read from the title or opening):
- the title says a year other than Y;
- the opening, or the first paragraph of a section about this year's work or
  problems, starts ``X年，`` / ``X年以来`` with X ≠ Y;
- this year's work is described as ``(Y-1)年以来``;
- the plan section (the year after: Y+1) opens with ``X年，`` or calls X
  ``…之年`` with X ≠ Y+1 (a 2022 report's plan rightly says ``2023年是…开局之年``).
"""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule

_OPENING = re.compile(r"年(?:度)?(?:以来)?[，,、]|年以来|年度?[，,]?(?:我|本人|在)")
_ZHI_NIAN = re.compile(r"[^。！？；]*?之年")


class StaleYearRule(DocumentRule):
    id = "stale-year"
    severity = Severity.WARNING
    title_zh = "年份疑似未更新"
    title_en = "Stale year"
    help_zh = "疑似沿用去年报告的年份，如今年的报告里写着“2023年以来”。"
    help_en = "A year that looks left over from last year's report, such as 2023年以来 in this year's report."

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        year = ctx.year
        if year is None:
            return []
        out: list[DocumentHit] = []
        title_p = doc.outline.title_paragraph
        for p, summary in enumerate(doc.summaries):
            if not summary.years:
                continue
            text = doc.texts[p]
            role = doc.role_at(p)
            plan = role == "plan"
            expected = year + 1 if plan else year
            for y in summary.years:
                if p == title_p:
                    if y.year != year and y.sentence_start == 0 and y.start < 6:
                        out.append(self._hit(p, y, f"标题年份为{y.year}年，报告年度为{year}年", f"The title says {y.year}; the report is for {year}", ctx))
                    continue
                at_start = text[: y.start].strip(" \u3000") == ""
                if at_start and _OPENING.match(y.after) and y.year != expected:
                    zh = f"{'下步打算' if plan else '本年度'}应为{expected}年，此处为{y.year}年"
                    en = f"{'The plan should speak of' if plan else 'This report is about'} {expected}, not {y.year}"
                    out.append(self._hit(p, y, zh, en, ctx))
                    continue
                if plan:
                    sentence = _ZHI_NIAN.match(text, y.end)
                    if y.after.startswith("年是") and sentence and y.year != expected:
                        out.append(self._hit(p, y, f"下步打算所说的“{y.year}年是……之年”应为{expected}年", f"The plan's “{y.year} is the year of …” should say {expected}", ctx))
                elif y.after.startswith("年以来") and y.year == year - 1 and role in ("opening", "work", "integrity", "problems", "review"):
                    out.append(self._hit(p, y, f"“{y.year}年以来”疑为沿用上年报告，本年度为{year}年", f"“since {y.year}” looks left over from last year's report ({year} report)", ctx))
        return out

    @staticmethod
    def _hit(p: int, y, zh: str, en: str, ctx: CheckContext) -> DocumentHit:
        return DocumentHit(p, Hit(y.start, y.end, ctx.msg(zh, en)))
