"""Harvesting candidate formulations from reports already written.

Three kinds of candidate, each counted over all the given documents:
- quoted terms that recur (“三会一课”, “第一议题”): the genre quotes its fixed terms;
- parallel phrases that recur: three or more short items joined by 、 that share a
  first or last character (同部署、同落实、同检查; 政治意识、大局意识…);
- sentences shared by two or more different reports: what a unit's writers all
  copy is what its library lacks.

Input is plain text (paragraphs per document), so this module reads no files:
the front end opens them (app.formats) and passes the texts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

QUOTED = "quoted"
PARALLEL = "parallel"
SHARED = "shared"
KIND_LABELS = {QUOTED: ("引号术语", "quoted term"), PARALLEL: ("排比短语", "parallel phrase"), SHARED: ("多篇共有句", "shared sentence")}
KIND_CATEGORY = {QUOTED: "规范提法", PARALLEL: "规范提法", SHARED: "采集的常用语"}

_QUOTED = re.compile(r"“([^“”]{2,20})”")
_SERIES = re.compile(r"[\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10}){2,7}")
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")
_ITEM_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|同时|此外|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)")
# Figures and masks (“**样板”, “1＋5＋X”) vary from report to report: not formulations.
_FIGURE = re.compile(r"[\d*＊×○□＿_]|[XxＸ]{1,2}(?![a-z])")


@dataclass
class Candidate:
    text: str
    kind: str
    count: int  # occurrences in all documents
    documents: set[int] = field(default_factory=set)  # which documents (indexes) it occurs in

    def label(self, lang: str = "zh") -> str:
        zh, en = KIND_LABELS[self.kind]
        return en if lang == "en" else zh


def harvest(
    documents: Sequence[Sequence[str]],
    known: Iterable[str] = (),
    min_count: int = 2,
    min_documents: int = 2,
    limit: int = 300,
) -> list[Candidate]:
    """Candidates not already in ``known`` (the library's texts), most frequent first."""
    known_set = {k.strip().strip("“”") for k in known}
    found: dict[tuple[str, str], Candidate] = {}

    def note(text: str, kind: str, doc: int) -> None:
        cand = found.get((kind, text))
        if cand is None:
            cand = found[(kind, text)] = Candidate(text, kind, 0)
        cand.count += 1
        cand.documents.add(doc)

    sentence_docs: dict[str, set[int]] = defaultdict(set)
    sentence_counts: dict[str, int] = defaultdict(int)
    for doc, paragraphs in enumerate(documents):
        for paragraph in paragraphs:
            for m in _QUOTED.finditer(paragraph):
                if _FIGURE.search(m.group(1)):
                    continue
                note(f"“{m.group(1)}”", QUOTED, doc)
            for m in _SERIES.finditer(paragraph):
                series = _parallel(m.group(0))
                if series:
                    note(series, PARALLEL, doc)
            for m in _SENTENCE.finditer(paragraph):
                sentence = _clean_sentence(m.group(0))
                if sentence:
                    sentence_docs[sentence].add(doc)
                    sentence_counts[sentence] += 1

    out = [c for c in found.values() if c.count >= min_count and c.text.strip("“”") not in known_set]
    for sentence, docs in sentence_docs.items():
        if len(docs) >= min_documents and sentence not in known_set:
            out.append(Candidate(sentence, SHARED, sentence_counts[sentence], set(docs)))
    # A quoted term inside a harvested parallel phrase adds nothing on its own line.
    out.sort(key=lambda c: (-len(c.documents), -c.count, c.kind, c.text))
    return out[:limit]


def _parallel(run: str) -> str | None:
    """The parallel phrase in a 、-joined run, or None if its items share no first or last character.

    The regex takes whole CJK runs, so the first item may carry words before the
    series (做到同谋划) and the last words after it (同推进工作): they are trimmed
    to the shape of their neighbours.
    """
    items = [i.strip("“”") for i in run.split("、")]
    if len(items) < 3 or any(len(i) < 2 for i in items):
        return None
    middle = items[1:-1]
    width = max(len(i) for i in middle)
    first_chars = {i[0] for i in middle}
    last_chars = {i[-1] for i in middle}
    if len(first_chars) == 1:
        c = next(iter(first_chars))
        head, tail = items[0], items[-1]
        if c not in head or tail[0] != c:
            return None
        items[0] = head[head.rfind(c):]
        items[-1] = tail[:width] if len(tail) > width else tail
    elif len(last_chars) == 1:
        c = next(iter(last_chars))
        head, tail = items[0], items[-1]
        if c not in tail or head[-1] != c:
            return None
        items[0] = head[-width:] if len(head) > width else head
        items[-1] = tail[: tail.find(c) + 1]
    else:
        return None
    if any(len(i) < 2 for i in items):
        return None
    return "、".join(items)


def _clean_sentence(raw: str) -> str | None:
    text = raw.strip()
    text = _ITEM_MARKER.sub("", text).strip("，, ")
    if not 12 <= len(text) <= 120:
        return None
    if _FIGURE.search(text):
        return None  # figures and dates differ between reports; such a sentence is not a formulation
    return text
