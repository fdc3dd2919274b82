"""missing-title: the report has no title line (error)."""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule


class MissingTitleRule(DocumentRule):
    id = "missing-title"
    severity = Severity.ERROR
    title_zh = "缺少标题"
    title_en = "Missing title"
    help_zh = "报告没有标题行。"
    help_en = "The report has no title line."

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        if doc.outline.title is not None or not any(t.strip() for t in doc.texts):
            return []
        first = next(i for i, t in enumerate(doc.texts) if t.strip())
        example = f"{ctx.year}年度…{ctx.report_type.id}" if ctx.year and ctx.report_type else "2022年度…述责述廉报告"
        return [
            DocumentHit(
                first,
                Hit(0, 0, ctx.msg(f"报告缺少标题（如“{example}”）", f"The report has no title (e.g. “{example}”)"), key="title"),
            )
        ]
