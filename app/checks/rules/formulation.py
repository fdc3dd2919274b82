"""formulation: standard formulations (规范提法) written wrongly or incompletely (warning).

Data: ``resources/checks/formulations.toml`` (the phrase library grows it).
"""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule


class FormulationRule(ParagraphRule):
    id = "formulation"
    severity = Severity.WARNING
    title_zh = "规范提法"
    title_en = "Standard formulation"
    help_zh = "规范提法写错、顺序颠倒或写不全，如“政治判断力、政治领悟力、政治执行力”顺序写错；常用语库里的提法也参与检查。"
    help_en = "A standard formulation (规范提法) written wrongly, in the wrong order or cut short; formulations in your phrase library are checked too."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        res = ctx.resources
        hits: list[Hit] = []
        if res.formulation_wrong_re is not None:
            for m in res.formulation_wrong_re.finditer(text):
                entry = res.formulation_wrong[m.group(0)]
                hits.append(self._hit(m.start(), m.end(), entry.correct, ctx))
        for entry in res.formulations:
            if not entry.patterns or (entry.hint and entry.hint not in text):
                continue
            for pattern in entry.patterns:
                for m in pattern.finditer(text):
                    if not any(h.start <= m.start() < h.end for h in hits):
                        hits.append(self._hit(m.start(), m.end(), entry.correct, ctx))
        hits.sort(key=lambda h: h.start)
        return hits

    @staticmethod
    def _hit(start: int, end: int, correct: str, ctx: CheckContext) -> Hit:
        return Hit(start, end, ctx.msg(f"提法不规范，标准提法为“{correct}”", f"Non-standard formulation; the standard form is “{correct}”"), fix=correct)
