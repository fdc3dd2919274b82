"""typo: a curated confusion list for this genre (warning).

Data: ``resources/checks/typos.toml``. Conservative by design: no statistical
guessing, only forms that are practically never right in a cadre's report.
"""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule


class TypoRule(ParagraphRule):
    id = "typo"
    severity = Severity.WARNING
    title_zh = "错别字"
    title_en = "Wrong character"
    help_zh = "本文体常见的错别字，如“布署”应为“部署”。"
    help_en = "A wrong character often met in these reports, such as 布署 for 部署."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        res = ctx.resources
        hits: list[Hit] = []
        if res.typo_literal_re is not None:
            for m in res.typo_literal_re.finditer(text):
                entry = res.typo_literals[m.group(0)]
                hits.append(self._hit(m.start(), m.end(), m.group(0), entry.right, entry.kind, ctx))
        for entry in res.typos:
            if entry.pattern is None or (entry.hint and entry.hint not in text):
                continue
            for m in entry.pattern.finditer(text):
                group = 1 if m.re.groups else 0
                start, end = m.span(group)
                hits.append(self._hit(start, end, m.group(group), entry.right, entry.kind, ctx))
        hits.sort(key=lambda h: h.start)
        return hits

    @staticmethod
    def _hit(start: int, end: int, found: str, right: str, kind: str, ctx: CheckContext) -> Hit:
        if kind == "extra":
            message = ctx.msg(f"疑有多余或残缺的字：“{found}”", f"Stray character: “{found}”")
        elif kind == "missing":
            message = ctx.msg(f"疑似漏字：“{found}”应为“{right}”", f"Missing character: “{found}” should be “{right}”")
        else:
            message = ctx.msg(f"疑为错别字：“{found}”应为“{right}”", f"Likely wrong character: “{found}” should be “{right}”")
        return Hit(start, end, message, fix=right)
