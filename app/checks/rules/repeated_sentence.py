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
from app.checks.rule import CheckContext, DocumentHit, DocumentRule, Threshold
from app.checks.summary import MIN_KEY, clause_span, phrase_coverage

MIN_RUN_WEIGHT = 8  # own (non-formulation) characters a repeat must carry


class RepeatedSentenceRule(DocumentRule):
    id = "repeated-sentence"
    severity = Severity.WARNING
    title_zh = "重复语句"
    title_en = "Repeated sentence"
    help_zh = "同一句话或较长的分句在报告中出现了两次，常见于复制粘贴；规范提法本身不计。阈值为重复片段最少的字数。"
    help_en = "A sentence or long clause that occurs twice in the report, usually a paste; standard formulations do not count. The threshold is the shortest repeat in characters."
    threshold = Threshold(MIN_RUN_WEIGHT, 4, 40, 1, "重复片段最少字数", "Shortest repeat (characters)")

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        out: list[DocumentHit] = []
        title_paragraph = doc.outline.title_paragraph
        phrase_re = ctx.resources.standard_phrase_re if ctx.resources is not None else None
        min_weight = self.threshold_value(ctx)
        first_seen: dict[str, tuple[int, int]] = {}
        runs: dict[int, list[tuple[int, tuple[int, int]]]] = {}
        for p, ci, key in doc.repeated_clauses():  # only keys that occur twice or more, in order
            if p == title_paragraph:
                continue
            prev = first_seen.get(key)
            if prev is None:
                first_seen[key] = (p, ci)
                continue
            runs.setdefault(p, []).append((ci, prev))
        for p, repeats in runs.items():
            keys = doc.summaries[p].keys
            run: list[tuple[int, tuple[int, int]]] = []
            for ci, prev in repeats:
                # Consecutive, stepping over clauses too short to count (同时, 如):
                if run and any(len(k) >= MIN_KEY for k in keys[run[-1][0] + 1 : ci]):
                    self._close(run, p, keys, doc, ctx, out, phrase_re, min_weight)
                    run = []
                run.append((ci, prev))
            if run:
                self._close(run, p, keys, doc, ctx, out, phrase_re, min_weight)
        return out

    @staticmethod
    def _close(run, p, keys, doc, ctx, out, phrase_re, min_weight) -> None:
        run_keys = [keys[ci] for ci, _ in run]
        weight = sum(len(k) - phrase_coverage(k, phrase_re) for k in run_keys)
        if weight < min_weight:
            return
        text = doc.texts[p]
        start = clause_span(text, run[0][0])[0]
        end = clause_span(text, run[-1][0])[1]
        first_p, first_c = run[0][1]
        where = doc.section_label(first_p)
        first_text = doc.texts[first_p][clause_span(doc.texts[first_p], first_c)[0]:][:16]
        if first_p == p:
            message = ctx.msg(f"与本段前文重复：“{first_text}…”", f"Repeats earlier text in this paragraph: “{first_text}…”")
        else:
            message = ctx.msg(
                f"与第{first_p + 1}段" + (f"（{where}）" if where else "") + f"重复：“{first_text}…”",
                f"Repeats paragraph {first_p + 1}" + (f" ({where})" if where else "") + f": “{first_text}…”",
            )
        out.append(DocumentHit(p, Hit(start, end, message)))
