"""missing-section: a required level-1 section of the report type is absent (error).

Matching is by meaning (aliases, then jieba word overlap with genre synonyms), so
``存在的问题和不足`` or ``今后努力方向`` satisfy their sections; see
app/core/reporttypes.py.
"""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule


class MissingSectionRule(DocumentRule):
    id = "missing-section"
    severity = Severity.ERROR
    title_zh = "缺少必要部分"
    title_en = "Missing section"
    help_zh = "按报告类型应有的一级部分没有写，如述责述廉报告缺少“存在的问题”。"
    help_en = "A level-1 section the report type requires is missing, e.g. the problems section of a 述责述廉报告."

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        rtype = ctx.report_type
        match = doc.section_match
        if rtype is None or match is None or not any(t.strip() for t in doc.texts):
            return []
        out = []
        level1 = doc.level1
        for s_index in match.missing:
            spec = rtype.sections[s_index]
            # Point at the heading that should follow the missing section, else the end.
            later = sorted(h for i, h in match.assigned.items() if i > s_index)
            if later:
                paragraph = level1[later[0]].paragraph
            else:
                paragraph = len(doc.texts) - 1
            examples = "、".join(spec.aliases[:3])
            out.append(
                DocumentHit(
                    paragraph,
                    Hit(
                        0, 0,
                        ctx.msg(
                            f"{rtype.id}缺少“{spec.name}”部分" + (f"（也可写作：{examples}）" if examples else ""),
                            f"This {rtype.name('en') or rtype.id} lacks the section “{spec.name}”",
                        ),
                        key=f"{rtype.id}/{spec.name}",
                    ),
                )
            )
        return out
