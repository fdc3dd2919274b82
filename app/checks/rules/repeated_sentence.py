"""repeated-sentence: a sentence or long clause that occurs twice in the report (warning).

Works on the summaries' clauses (split at ，。；…, normalised, leading 一是 removed).
A run of consecutive clauses that all occurred earlier is one repeat; it is
reported at the second occurrence, naming the first, if it carries enough words
of its own: characters covered by standard formulations (resources/checks/
standard_phrases.txt, formulations.toml) do not count, so
``增强“四个意识”、坚定“四个自信”、做到“两个维护”、捍卫“两个确立”`` may recur.
"""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule

MIN_CLAUSE = 4  # shorter clauses (今年以来, 同时) recur naturally
MIN_RUN_WEIGHT = 8  # own (non-formulation) characters a repeat must carry


class RepeatedSentenceRule(DocumentRule):
    id = "repeated-sentence"
    severity = Severity.WARNING
    title_zh = "重复语句"
    title_en = "Repeated sentence"

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        first_seen: dict[str, tuple[int, int]] = {}
        out: list[DocumentHit] = []
        title_paragraph = doc.outline.title_paragraph
        for p, summary in enumerate(doc.summaries):
            if p == title_paragraph:
                continue
            run: list[tuple[int, tuple[int, int]]] = []  # (clause index, first occurrence)
            clauses = summary.clauses
            for ci, clause in enumerate(clauses):
                key = clause.key
                if len(key) < MIN_CLAUSE:
                    self._close(run, p, clauses, doc, ctx, out)
                    run = []
                    continue
                prev = first_seen.get(key)
                if prev is None:
                    first_seen[key] = (p, ci)
                    self._close(run, p, clauses, doc, ctx, out)
                    run = []
                    continue
                run.append((ci, prev))
            self._close(run, p, clauses, doc, ctx, out)
        return out

    @staticmethod
    def _close(run, p, clauses, doc, ctx, out) -> None:
        if not run:
            return
        weight = sum(clauses[ci].weight for ci, _ in run)
        if weight < MIN_RUN_WEIGHT:
            return
        start = clauses[run[0][0]].start
        end = clauses[run[-1][0]].end
        first_p, first_c = run[0][1]
        where = doc.section_label(first_p)
        first_text = doc.texts[first_p][doc.summaries[first_p].clauses[first_c].start:][:16]
        if first_p == p:
            message = ctx.msg(f"与本段前文重复：“{first_text}…”", f"Repeats earlier text in this paragraph: “{first_text}…”")
        else:
            message = ctx.msg(
                f"与第{first_p + 1}段" + (f"（{where}）" if where else "") + f"重复：“{first_text}…”",
                f"Repeats paragraph {first_p + 1}" + (f" ({where})" if where else "") + f": “{first_text}…”",
            )
        out.append(DocumentHit(p, Hit(start, end, message)))
