"""unchanged-from-last-year: a paragraph left (nearly) word for word as last year (warning).

Reviewers call that 照抄照搬. Similarity is over jieba words: |A ∩ B| / max(|A|, |B|)
≥ the threshold (``CheckContext.thresholds["unchanged-from-last-year"]``, default
0.9; ``rule_thresholds`` in settings.json) against any of last year's paragraphs,
found through an inverted index so a report is not compared with every
paragraph of the other, and remembered per paragraph text so a re-check after an
edit matches only the edited paragraph. Headings and short paragraphs (under 30
characters) are not compared.
"""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule, Threshold

THRESHOLD = 0.9
MIN_CHARS = 30


class UnchangedFromLastYearRule(DocumentRule):
    id = "unchanged-from-last-year"
    severity = Severity.WARNING
    title_zh = "与上年报告雷同"
    title_en = "Unchanged from last year"
    help_zh = "与去年报告的某段几乎一字未改（照抄照搬）。阈值为相似度，0.9 表示九成词语相同。"
    help_en = "A paragraph left (nearly) word for word as in last year's report. The threshold is the share of words in common (0.9 = 90 %)."
    threshold = Threshold(THRESHOLD, 0.5, 1.0, 0.05, "相似度阈值", "Similarity threshold", decimals=2)

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        index = doc.last_year_index
        if index is None:
            return []
        threshold = self.threshold_value(ctx)
        out = []
        for p, text in enumerate(doc.texts):
            if len(text) < MIN_CHARS or doc.outline.roles[p].value in ("title", "heading1"):
                continue
            best, best_p = index.match(text, doc.word_set, threshold)
            if best >= threshold:
                out.append(
                    DocumentHit(
                        p,
                        Hit(
                            0, len(text),
                            ctx.msg(
                                f"与上年报告第{best_p + 1}段基本相同（相似度{best:.0%}），请更新内容",
                                f"Nearly the same as paragraph {best_p + 1} of last year's report ({best:.0%} similar)",
                            ),
                        ),
                    )
                )
        return out
