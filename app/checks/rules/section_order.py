"""section-order: required sections present but in the wrong order (warning)."""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule


class SectionOrderRule(DocumentRule):
    id = "section-order"
    severity = Severity.WARNING
    title_zh = "部分顺序"
    title_en = "Section order"
    help_zh = "必要部分都在，但先后顺序不符合该报告类型的惯例。"
    help_en = "The required sections are present but in an unusual order for the report type."

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        rtype = ctx.report_type
        match = doc.section_match
        if rtype is None or match is None:
            return []
        pairs = sorted(match.assigned.items())  # by section order in the type
        out = []
        highest = -1
        for s_index, h_index in pairs:
            if h_index < highest:
                heading = doc.level1[h_index]
                # This heading's section belongs after these, which the report puts later.
                after = [rtype.sections[i].name for i, h in pairs if i < s_index and h > h_index]
                out.append(
                    DocumentHit(
                        heading.paragraph,
                        Hit(
                            heading.title_start, heading.title_end,
                            ctx.msg(
                                f"“{heading.title}”应排在“{'、'.join(after)}”之后",
                                f"“{heading.title}” should come after “{', '.join(after)}”",
                            ),
                        ),
                    )
                )
            highest = max(highest, h_index)
        return out
