"""The incremental check engine.

Paragraph rules run only on paragraphs whose text is new to the engine (results
cached by text); document rules (sections, numbering, repeats, years, last-year
similarity) are recomputed every run from cached per-paragraph summaries and an
outline that is patched rather than re-parsed when no structure changed.

The UI keeps one engine per open document and calls :meth:`CheckEngine.check`
from a worker thread with a snapshot of the paragraphs after each debounce; the
call is serialised by a lock, and everything it returns is a fresh object the
caller may keep::

    engine = CheckEngine(load_check_resources())
    result = engine.check(paragraph_texts, ignored=not_a_fault_fingerprints)
    for finding in result.findings: ...

No Qt here, no global mutable state.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.checks.finding import Finding, Hit, Severity, fingerprint, make_excerpt
from app.checks.outline_cache import OutlineCache
from app.checks.registry import RULE_IDS, all_rules, document_rules, paragraph_rules
from app.checks.resources import CheckResources
from app.checks.rule import CheckContext, DocumentRule, ParagraphRule
from app.checks.summary import MIN_KEY, ParagraphSummary, summarise
from app.core.document import Paragraph
from app.core.lang import current_language
from app.core.outline import Outline, Section
from app.core.reporttypes import ReportType, SectionMatch, detect_report_type, match_sections
from app.core.reportyear import detect_report_year

_PLAN_WORDS = ("打算", "计划", "方向", "措施", "思路")
_PROBLEM_WORDS = ("问题", "不足", "差距")


@dataclass
class CheckResult:
    findings: list[Finding]
    report_type: ReportType | None
    year: int | None
    outline: Outline
    ignored_count: int = 0  # findings hidden because the user marked them "not a fault"
    paragraphs_checked: int = 0  # paragraphs whose paragraph rules actually ran this time
    # Paragraphs left unchecked because the call's time budget ran out; checking
    # again continues where this call stopped (their findings are still missing).
    paragraphs_pending: int = 0

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity.value] += 1
        return counts

    def by_paragraph(self) -> dict[int, list[Finding]]:
        out: dict[int, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.paragraph, []).append(f)
        return out


class _Entry:
    """What the engine remembers about one paragraph text."""

    __slots__ = ("summary", "hits", "made", "done", "any_hits")

    def __init__(self, summary: ParagraphSummary) -> None:
        self.summary = summary
        self.hits: dict[str, list[tuple]] = {}  # rule id → (start, end, message, fix, severity, fingerprint, excerpt)
        # The Finding objects made last time, reused while the paragraph keeps its
        # index, section and rule set: building them is most of a re-check's cost.
        self.made: tuple[tuple, list[Finding], int] | None = None
        self.done: tuple[str, ...] = ()  # the rule ids whose hits are in `hits`
        self.any_hits = False


class ClauseIndex:
    """How often each clause key occurs in the document, kept up to date incrementally.

    Updated from the difference between the previous and the current paragraph
    entries, so a keystroke costs the edited paragraph's clauses, not the report's.
    The repeated-sentence rule then looks only at keys that occur more than once.
    """

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.repeated: set[str] = set()
        self._entry_count: Counter[int] = Counter()
        self._objects: dict[int, _Entry] = {}

    def update(self, entries: list[_Entry]) -> None:
        new_count = Counter(map(id, entries))
        objects = {id(e): e for e in entries}
        if not self._entry_count:
            # First run: one C-level count over every clause.
            self.counts = Counter(k for e in entries for k in e.summary.keys if len(k) >= MIN_KEY)
            self.repeated = {k for k, n in self.counts.items() if n > 1}
        else:
            touched: set[str] = set()
            for eid, times in (self._entry_count - new_count).items():
                keys = [k for k in self._objects[eid].summary.keys if len(k) >= MIN_KEY] * times
                self.counts.subtract(keys)
                touched.update(keys)
            for eid, times in (new_count - self._entry_count).items():
                keys = [k for k in objects[eid].summary.keys if len(k) >= MIN_KEY] * times
                self.counts.update(keys)
                touched.update(keys)
            for key in touched:
                n = self.counts[key]
                if n <= 0:
                    del self.counts[key]
                if n > 1:
                    self.repeated.add(key)
                else:
                    self.repeated.discard(key)
        self._entry_count = new_count
        self._objects = objects


class LastYearIndex:
    """Last year's paragraphs as word sets, with an inverted index for lookup.

    Best matches are remembered by paragraph text: the first check of a report
    matches every paragraph once (~0.6 s for two 100k-character reports), after
    that only paragraphs whose text changed are matched again (~1 ms each).
    """

    def __init__(self, word_sets: list[frozenset[str]]) -> None:
        self.word_sets = word_sets
        self.postings: dict[str, list[int]] = {}
        for i, words in enumerate(word_sets):
            for w in words:
                self.postings.setdefault(w, []).append(i)
        self._memo: dict[str, tuple[float, int]] = {}

    def match(self, text: str, word_set: Callable[[str], frozenset[str]], min_score: float = 0.0) -> tuple[float, int]:
        """``best_match`` of ``text``'s words, remembered by text (and ``min_score``)."""
        key = (text, min_score)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > 50000:
                self._memo.clear()
            found = self._memo[key] = self.best_match(word_set(text), min_score)
        return found

    def best_match(self, words: frozenset[str], min_score: float = 0.0) -> tuple[float, int]:
        """(similarity, paragraph) of last year's paragraph most like ``words``.

        With ``min_score`` > 0 only matches reaching it are looked for (else
        (0.0, -1)): a paragraph sharing at least ``min_score·|words|`` words must
        contain one of the ``⌊(1 − min_score)·|words|⌋ + 1`` rarest of them, so
        only the paragraphs listed under those few rare words are scored (prefix
        filtering). That keeps common words (的, 工作 …), listed under nearly every
        paragraph, out of the loop: ~10× faster per paragraph.
        """
        if not words:
            return 0.0, -1
        if min_score <= 0.0:
            overlap: Counter[int] = Counter()
            for w in words:
                for i in self.postings.get(w, ()):
                    overlap[i] += 1
            candidates = overlap.keys()
        else:
            postings = self.postings
            ranked = sorted(words, key=lambda w: len(postings.get(w, ())))
            prefix = ranked[: int((1.0 - min_score) * len(words) + 1e-9) + 1]
            candidates = {i for w in prefix for i in postings.get(w, ())}
        best, best_i = 0.0, -1
        for i in candidates:
            other = self.word_sets[i]
            score = len(words & other) / max(len(words), len(other))
            if score > best or (score == best and i < best_i):
                best, best_i = score, i
        if best < min_score:
            return 0.0, -1
        return best, best_i


class DocView:
    """The read-only view of one report that document rules get."""

    def __init__(
        self,
        texts: list[str],
        summaries: list[ParagraphSummary],
        outline: Outline,
        engine: CheckEngine,
        report_type: ReportType | None,
        last_year_index: LastYearIndex | None,
        entries: list[_Entry] | None = None,
        clause_index: ClauseIndex | None = None,
    ) -> None:
        self._entries = entries
        self._clause_index = clause_index
        self.texts = texts
        self.summaries = summaries
        self.outline = outline
        self.level1: list[Section] = [s for s in outline.sections if s.level == 1]
        self.last_year_index = last_year_index
        self._engine = engine
        self._report_type = report_type
        self._match: SectionMatch | None | bool = False
        self._labels: list[str] | None = engine._labels_for(outline)
        self._roles: list[str] | None = None

    @property
    def section_match(self) -> SectionMatch | None:
        if self._match is False:
            self._match = (
                self._engine._section_match(tuple(s.title for s in self.level1), self._report_type)
                if self._report_type is not None
                else None
            )
        return self._match  # type: ignore[return-value]

    def _heading_starts(self) -> tuple[list[int], list[Section]]:
        level1 = self.level1
        return [s.paragraph for s in level1], level1

    def role_at(self, paragraph: int) -> str:
        """``title``, ``opening`` (before the first 一、), or the level-1 section's role."""
        if self._roles is None:
            roles = ["opening"] * len(self.texts)
            match = self.section_match
            by_heading: dict[int, str] = {}
            if match is not None and self._report_type is not None:
                for s_index, h_index in match.assigned.items():
                    by_heading[h_index] = self._report_type.sections[s_index].role
            for h_index, section in enumerate(self.level1):
                role = by_heading.get(h_index)
                if role is None:
                    if any(w in section.title for w in _PLAN_WORDS):
                        role = "plan"
                    elif any(w in section.title for w in _PROBLEM_WORDS):
                        role = "problems"
                    else:
                        role = "work"
                for p in range(section.paragraph, section.last_paragraph + 1):
                    roles[p] = role
            if self.outline.title_paragraph is not None:
                roles[self.outline.title_paragraph] = "title"
            self._roles = roles
        return self._roles[paragraph]

    def section_label(self, paragraph: int) -> str:
        """The headings (levels 1–4) around a paragraph: ``一、述责述廉情况 > （二）强化监督管理…``."""
        if self._labels is None:
            labels = [""] * len(self.texts)

            def visit(sections: list[Section], prefix: str) -> None:
                for s in sections:
                    if s.level > 4:
                        continue
                    label = f"{prefix} > {s.marker}{s.title}" if prefix else f"{s.marker}{s.title}"
                    for p in range(s.paragraph, s.last_paragraph + 1):
                        labels[p] = label
                    visit(s.children, label)

            visit(self.outline.sections, "")
            self._labels = labels
            self._engine._remember_labels(self.outline, labels)
        return self._labels[paragraph] if 0 <= paragraph < len(self._labels) else ""

    def word_set(self, text: str) -> frozenset[str]:
        return self._engine._word_set(text)

    def repeated_clauses(self) -> list[tuple[int, int, str]]:
        """(paragraph, clause index, key) of every clause whose key occurs more than once, in document order."""
        if self._clause_index is None or self._entries is None:
            counts: Counter[str] = Counter(k for s in self.summaries for k in s.keys if len(k) >= MIN_KEY)
            return [(p, ci, k) for p, s in enumerate(self.summaries) for ci, k in enumerate(s.keys) if counts[k] > 1]
        repeated = self._clause_index.repeated
        if not repeated:
            return []
        out = []
        for p, entry in enumerate(self._entries):
            if entry.summary.keyset.isdisjoint(repeated):
                continue
            out.extend((p, ci, k) for ci, k in enumerate(entry.summary.keys) if k in repeated)
        out.sort()
        return out


class CheckEngine:
    """Checks reports; remembers per-paragraph work between calls (one engine per document)."""

    def __init__(
        self,
        resources: CheckResources,
        *,
        lang: str | None = None,
        rules: Iterable[str] | None = None,
        disabled: Iterable[str] = (),
        thresholds: dict[str, float] | None = None,
    ) -> None:
        self.resources = resources
        # Per-rule thresholds (e.g. {"unchanged-from-last-year": 0.9}); see CheckContext.
        self.thresholds = dict(thresholds or {})
        self.lang = lang or current_language()
        self._rules = all_rules()
        selected = set(RULE_IDS if rules is None else rules)
        unknown = (selected | set(disabled)) - set(RULE_IDS)
        if unknown:
            raise ValueError(f"unknown rule(s): {', '.join(sorted(unknown))}")
        self.disabled: set[str] = (set(RULE_IDS) - selected) | set(disabled)
        self._lock = threading.RLock()
        self._entries: dict[str, _Entry] = {}
        self._ctx_key: tuple | None = None
        self._outlines = OutlineCache()
        self._matches: dict[tuple, SectionMatch] = {}
        self._word_sets: dict[str, frozenset[str]] = {}
        self._last_year: tuple[str, LastYearIndex] | None = None
        self._packed: dict[tuple, tuple] = {}  # document-rule hits already given excerpt and fingerprint
        self._clauses = ClauseIndex()
        self._label_cache: tuple[int, list[str]] | None = None

    # -- switching rules --------------------------------------------------------------

    def set_enabled(self, rule_id: str, enabled: bool) -> None:
        if rule_id not in RULE_IDS:
            raise ValueError(f"unknown rule: {rule_id}")
        with self._lock:
            (self.disabled.discard if enabled else self.disabled.add)(rule_id)

    def active_rules(self) -> list[str]:
        return [r.id for r in self._rules if r.id not in self.disabled]

    # -- the check ---------------------------------------------------------------------

    def check(
        self,
        paragraphs: Sequence[str | Paragraph],
        *,
        report_type: ReportType | str | None = None,
        year: int | None = None,
        last_year: Sequence[str] | None = None,
        ignored: Iterable[str] = (),
        budget_s: float | None = None,
    ) -> CheckResult:
        """Check a report given as paragraph texts (or Paragraphs) in document order.

        ``report_type`` and ``year`` override detection; ``last_year`` is last
        year's report as paragraph texts; ``ignored`` holds fingerprints of
        findings the user marked "not a fault". With ``budget_s``, paragraph rules
        stop running once that much time has passed (see
        ``CheckResult.paragraphs_pending``): a hostile document cannot hold the
        editor's checker for long, and repeated calls finish the work.
        """
        with self._lock:
            return self._check(paragraphs, report_type, year, last_year, set(ignored), budget_s)

    def _check(self, paragraphs, report_type, year, last_year, ignored: set[str], budget_s: float | None = None) -> CheckResult:
        texts = [p if isinstance(p, str) else p.text for p in paragraphs]
        outline = self._outlines.outline(paragraphs)
        rtype = self._resolve_type(report_type, outline)
        if year is None:
            year = detect_report_year(texts, outline.title)
        ctx = CheckContext(lang=self.lang, year=year, report_type=rtype, resources=self.resources, thresholds=self.thresholds)
        if ctx.cache_key != self._ctx_key:
            self._entries.clear()
            self._clauses = ClauseIndex()
            self._ctx_key = ctx.cache_key

        p_rules: list[ParagraphRule] = [r for r in paragraph_rules(self._rules) if r.id not in self.disabled]
        d_rules: list[DocumentRule] = [r for r in document_rules(self._rules) if r.id not in self.disabled]

        entries: list[_Entry] = []
        fresh: dict[str, _Entry] = {}
        old = self._entries
        computed = pending = 0
        deadline = time.perf_counter() + budget_s if budget_s is not None else None
        rule_ids = tuple(r.id for r in p_rules)
        for text in texts:
            entry = fresh.get(text) or old.get(text)
            if entry is None:
                entry = _Entry(summarise(text))
            if entry.done != rule_ids:
                missing = [r for r in p_rules if r.id not in entry.hits]
                # At least one paragraph per call, so repeated calls always progress.
                if missing and computed and deadline is not None and time.perf_counter() > deadline:
                    pending += 1
                    entry.any_hits = any(entry.hits.get(r) for r in rule_ids)
                    entry.made = None
                    fresh[text] = entry
                    entries.append(entry)
                    continue
                if missing:
                    computed += 1
                    for rule in missing:
                        entry.hits[rule.id] = [self._pack(rule.id, rule.severity, h, text) for h in rule.check(text, ctx)]
                entry.done = rule_ids
                entry.any_hits = any(entry.hits[r] for r in rule_ids)
                entry.made = None
            fresh[text] = entry
            entries.append(entry)
        self._entries = fresh  # drops texts no longer in the document
        self._clauses.update(entries)

        view = DocView(
            texts, [e.summary for e in entries], outline, self, rtype,
            self._last_year_index(last_year) if "unchanged-from-last-year" not in self.disabled else None,
            entries, self._clauses,
        )
        by_paragraph: list[list[Finding] | None] = [None] * len(entries)
        hidden = 0
        ignored_key = frozenset(ignored)
        for index, entry in enumerate(entries):
            if not entry.any_hits:
                continue
            label = view.section_label(index)
            made_key = (index, label, ignored_key)
            if entry.made is not None and entry.made[0] == made_key:
                by_paragraph[index] = entry.made[1]
                hidden += entry.made[2]
                continue
            made: list[Finding] = []
            skipped = 0
            for rule_id in rule_ids:
                for start, end, message, fix, severity, fp, excerpt in entry.hits.get(rule_id, ()):
                    if fp in ignored:
                        skipped += 1
                        continue
                    made.append(Finding(rule_id, severity, message, index, start, end, excerpt, label, fix, fp))
            made.sort(key=_finding_order)
            entry.made = (made_key, made, skipped)
            by_paragraph[index] = made
            hidden += skipped
        doc_findings: dict[int, list[Finding]] = {}
        packed = self._packed
        if len(packed) > 20000:
            packed.clear()
        for rule in d_rules:
            for dh in rule.check(view, ctx):
                memo_key = (rule.id, dh.hit, texts[dh.paragraph])
                found = packed.get(memo_key)
                if found is None:
                    found = packed[memo_key] = self._pack(rule.id, rule.severity, dh.hit, texts[dh.paragraph])
                start, end, message, fix, severity, fp, excerpt = found
                if fp in ignored:
                    hidden += 1
                    continue
                doc_findings.setdefault(dh.paragraph, []).append(
                    Finding(rule.id, severity, message, dh.paragraph, start, end, excerpt, view.section_label(dh.paragraph), fix, fp)
                )
        # Paragraph findings are cached already sorted; only paragraphs that also
        # have document findings need sorting again.
        findings: list[Finding] = []
        for index, made in enumerate(by_paragraph):
            extra = doc_findings.get(index)
            if extra:
                findings.extend(sorted([*(made or ()), *extra], key=_finding_order))
            elif made:
                findings.extend(made)
        return CheckResult(findings, rtype, year, outline, hidden, computed, pending)

    @staticmethod
    def _pack(rule_id: str, default: Severity, hit: Hit, text: str) -> tuple:
        return (
            hit.start, hit.end, hit.message, hit.fix, hit.severity or default,
            fingerprint(rule_id, text, hit.start, hit.end, hit.key),
            make_excerpt(text, hit.start, hit.end),
        )

    # -- helpers the document view uses -----------------------------------------------

    def _labels_for(self, outline: Outline) -> list[str] | None:
        cached = self._label_cache
        if cached is not None and cached[0] == self._outlines.version and len(cached[1]) == len(outline.roles):
            return cached[1]
        return None

    def _remember_labels(self, outline: Outline, labels: list[str]) -> None:
        self._label_cache = (self._outlines.version, labels)

    def _resolve_type(self, report_type: ReportType | str | None, outline: Outline) -> ReportType | None:
        if isinstance(report_type, ReportType):
            return report_type
        if isinstance(report_type, str):
            found = self.resources.report_types.get(report_type)
            if found is None:
                raise ValueError(f"unknown report type: {report_type}")
            return found
        level1 = [s.title for s in outline.sections if s.level == 1]
        return detect_report_type(outline.title, level1, self.resources.report_types)

    def _section_match(self, titles: tuple[str, ...], rtype: ReportType) -> SectionMatch:
        key = (rtype.id, rtype.source, titles)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) > 64:
                self._matches.clear()
            found = self._matches[key] = match_sections(titles, rtype, self.resources.segmenter)
        return found

    def _word_set(self, text: str) -> frozenset[str]:
        found = self._word_sets.get(text)
        if found is None:
            words = self.resources.segmenter.cut(text)
            found = frozenset(w for w in words if any("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in w))
            if len(self._word_sets) > 50000:
                self._word_sets.clear()
            self._word_sets[text] = found
        return found

    def _last_year_index(self, last_year: Sequence[str] | None) -> LastYearIndex | None:
        if not last_year:
            return None
        digest = hashlib.sha1("\x00".join(last_year).encode("utf-8")).hexdigest()
        if self._last_year is None or self._last_year[0] != digest:
            self._last_year = (digest, LastYearIndex([self._word_set(t) for t in last_year]))
        return self._last_year[1]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _finding_order(f: Finding) -> tuple:
    return (f.start, _RANK[f.severity], f.rule)


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.severity.value] += 1
    return counts


__all__ = ["CheckEngine", "CheckResult", "DocView", "LastYearIndex", "severity_counts"]
