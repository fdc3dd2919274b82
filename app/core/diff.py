"""Last year's report beside this year's: sections aligned, differences by character.

- Each report is cut at its level-1 headings (``一、…``); what comes before the
  first one (title and opening) is a section of its own. Sections are aligned in
  order by their titles (markers stripped, fuzzy: 下步工作打算 ≈ 下一步工作打算),
  so a section added or dropped this year stands alone.
- Inside a pair of sections, paragraphs are aligned with difflib; a paragraph
  that was edited is compared with its old self character by character.
- ``rewritten`` is the share of this year's characters (whitespace aside) that
  are not copied from last year: 0.0 for a section left as it was, 1.0 for a new
  one. A secretary reads it as "% 已改写".

Plain data and plain-text/HTML rendering; the window's compare view draws the
same structure.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.outline import parse_outline

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
_MARKER = re.compile(r"^[\s\u3000]*[一二三四五六七八九十]+[、.．]\s*")
_TITLE_NOISE = re.compile(r"[\s\u3000的和与及、，,。：:“”《》（）()]")
OPENING_TITLE = "（标题与开头）"
# An edited paragraph sharing less than this share of its characters with its old
# self is shown as rewritten as a whole.
REWRITE_SHARE = 0.4


@dataclass
class Span:
    text: str
    kind: str  # equal | insert (only on this year's side) | delete (only on last year's side)


@dataclass
class Row:
    """One aligned pair of paragraphs; a side is None when the paragraph exists on the other side only."""

    last: list[Span] | None
    this: list[Span] | None
    last_index: int | None = None  # paragraph index in last year's report
    this_index: int | None = None

    @property
    def changed(self) -> bool:
        sides = (self.last or []) + (self.this or [])
        return self.last is None or self.this is None or any(s.kind != EQUAL for s in sides)


@dataclass
class SectionDiff:
    title: str  # this year's title (last year's when the section was dropped)
    last_title: str | None
    this_title: str | None
    rows: list[Row] = field(default_factory=list)
    copied: int = 0  # this year's characters equal to last year's
    total: int = 0  # this year's characters

    @property
    def rewritten(self) -> float | None:
        """Share of this year's characters not copied from last year; None for a dropped section."""
        if self.this_title is None:
            return None
        return 1.0 - self.copied / self.total if self.total else 0.0


@dataclass
class ReportDiff:
    sections: list[SectionDiff]

    @property
    def rewritten(self) -> float:
        total = sum(s.total for s in self.sections)
        copied = sum(s.copied for s in self.sections)
        return 1.0 - copied / total if total else 0.0


def _chunks(texts: Sequence[str]) -> list[tuple[str, int, int]]:
    """(title, first paragraph, end) of the opening and of each level-1 section."""
    outline = parse_outline(list(texts))
    starts = [(s.paragraph, f"{s.marker}{s.title}") for s in outline.sections if s.level == 1]
    chunks = []
    first = starts[0][0] if starts else len(texts)
    if first > 0 or not starts:
        chunks.append((OPENING_TITLE, 0, first))
    for i, (p, title) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(texts)
        chunks.append((title, p, end))
    return chunks


def _title_key(title: str) -> str:
    return _TITLE_NOISE.sub("", _MARKER.sub("", title)).replace("下一步", "下步")


def _similar(a: str, b: str) -> float:
    if a == OPENING_TITLE or b == OPENING_TITLE:
        return 1.0 if a == b else 0.0
    ka, kb = _title_key(a), _title_key(b)
    if not ka or not kb:
        return 0.0
    if ka in kb or kb in ka:
        return 0.9
    return difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio()


def _align(n: int, m: int, similar, threshold: float) -> list[tuple[int | None, int | None]]:
    """Order-preserving alignment of n items with m items maximising the summed
    similarity of the pairs (pairs below ``threshold`` are not made); a small DP."""
    sims = [[similar(i, j) for j in range(m)] for i in range(n)]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            if sims[i][j] >= threshold:
                best = max(best, sims[i][j] + score[i + 1][j + 1])
            score[i][j] = best
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        s = sims[i][j]
        if s >= threshold and abs(score[i][j] - (s + score[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return pairs


def _align_titles(last: list[str], this: list[str]) -> list[tuple[int | None, int | None]]:
    return _align(len(last), len(this), lambda i, j: _similar(last[i], this[j]), 0.45)


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or frozenset([text])


def _pair_paragraphs(last: Sequence[str], this: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Which edited paragraph was which: character-bigram overlap (cheap), in order.

    A block too big for the DP (a report rewritten from scratch) is paired by position.
    """
    n, m = len(last), len(this)
    if n * m > 40000:
        k = min(n, m)
        return [(i, i) for i in range(k)] + [(i, None) for i in range(k, n)] + [(None, j) for j in range(k, m)]
    a = [_bigrams(t) for t in last]
    b = [_bigrams(t) for t in this]

    def similar(i: int, j: int) -> float:
        return len(a[i] & b[j]) / max(len(a[i] | b[j]), 1)

    return _align(n, m, similar, 0.2)


def _count(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def char_diff(a: str, b: str) -> tuple[list[Span], list[Span], int]:
    """Spans of ``a`` (equal/delete), of ``b`` (equal/insert), and how many of b's characters are equal."""
    left: list[Span] = []
    right: list[Span] = []
    copied = 0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            left.append(Span(a[i1:i2], EQUAL))
            right.append(Span(b[j1:j2], EQUAL))
            copied += _count(b[j1:j2])
            continue
        if i2 > i1:
            left.append(Span(a[i1:i2], DELETE))
        if j2 > j1:
            right.append(Span(b[j1:j2], INSERT))
    return left, right, copied


def _diff_section(
    last: Sequence[str], this: Sequence[str], last_first: int, this_first: int, section: SectionDiff
) -> None:
    matcher = difflib.SequenceMatcher(None, list(last), list(this), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                text = this[j1 + k]
                section.rows.append(Row([Span(last[i1 + k], EQUAL)], [Span(text, EQUAL)], last_first + i1 + k, this_first + j1 + k))
                section.copied += _count(text)
            continue
        # Pair edited paragraphs by likeness; the rest were added or removed.
        for a, b in _pair_paragraphs(last[i1:i2], this[j1:j2]):
            if a is not None and b is not None:
                left, right, copied = char_diff(last[i1 + a], this[j1 + b])
                if copied < REWRITE_SHARE * max(_count(this[j1 + b]), 1):
                    # Rewritten: scattered common characters are noise, not copying.
                    left, right, copied = [Span(last[i1 + a], DELETE)], [Span(this[j1 + b], INSERT)], 0
                section.rows.append(Row(left, right, last_first + i1 + a, this_first + j1 + b))
                section.copied += copied
            elif a is not None:
                section.rows.append(Row([Span(last[i1 + a], DELETE)], None, last_first + i1 + a, None))
            elif b is not None:
                section.rows.append(Row(None, [Span(this[j1 + b], INSERT)], None, this_first + j1 + b))
    section.total = sum(_count(t) for t in this)


def compare(last: Sequence[str], this: Sequence[str]) -> ReportDiff:
    """Compare two reports given as paragraph texts."""
    last_chunks, this_chunks = _chunks(last), _chunks(this)
    sections = []
    for li, ti in _align_titles([c[0] for c in last_chunks], [c[0] for c in this_chunks]):
        lc = last_chunks[li] if li is not None else None
        tc = this_chunks[ti] if ti is not None else None
        title = (tc or lc)[0]  # type: ignore[index]
        section = SectionDiff(title, lc[0] if lc else None, tc[0] if tc else None)
        _diff_section(
            last[lc[1] : lc[2]] if lc else [], this[tc[1] : tc[2]] if tc else [],
            lc[1] if lc else 0, tc[1] if tc else 0, section,
        )
        sections.append(section)
    return ReportDiff(sections)


def _percent(value: float | None, lang: str) -> str:
    if value is None:
        return "本年已删除" if lang == "zh" else "dropped this year"
    return f"已改写 {value:.0%}" if lang == "zh" else f"{value:.0%} rewritten"


def render_text(diff: ReportDiff, lang: str = "zh") -> str:
    """Plain text: per section its title and % rewritten, then each changed
    paragraph with ``[-deleted-]`` and ``{+inserted+}`` marks; unchanged paragraphs
    are named, not repeated."""
    lines = [("全文" if lang == "zh" else "Whole report") + f"：{_percent(diff.rewritten, lang)}", ""]
    for section in diff.sections:
        lines.append(f"== {section.title} == {_percent(section.rewritten, lang)}")
        for row in section.rows:
            if not row.changed:
                text = row.this[0].text if row.this else ""
                head = text[:24] + ("……" if len(text) > 24 else "")
                lines.append(("  = 未改动：" if lang == "zh" else "  = unchanged: ") + head)
                continue
            out = []
            if row.this is None:
                out.append("[-" + "".join(s.text for s in row.last or []) + "-]")
            else:
                # Merge both sides in reading order: deletions before the insertion at the same place.
                out.append(_merged(row))
            lines.append("  " + "".join(out))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _merged(row: Row) -> str:
    if row.last is None:
        return "{+" + "".join(s.text for s in row.this or []) + "+}"
    left = [s for s in row.last]
    right = [s for s in row.this or []]
    out = []
    li = ri = 0
    while li < len(left) or ri < len(right):
        if li < len(left) and left[li].kind == DELETE:
            out.append("[-" + left[li].text + "-]")
            li += 1
        elif ri < len(right) and right[ri].kind == INSERT:
            out.append("{+" + right[ri].text + "+}")
            ri += 1
        else:
            text = right[ri].text if ri < len(right) else left[li].text
            first, last = not out, li + 1 >= len(left) and ri + 1 >= len(right)
            out.append(_elide(text, keep_head=not first, keep_tail=not last))
            li += 1
            ri += 1
    return "".join(out)


def _elide(text: str, keep_head: bool, keep_tail: bool, context: int = 12) -> str:
    """Long unchanged stretches shortened to the words around the change."""
    if len(text) <= 3 * context:
        return text
    head = text[:context] if keep_head else ""
    tail = text[-context:] if keep_tail else ""
    return f"{head}……{tail}"


_CSS = """
body { font-family: "FangSong", "仿宋", "仿宋_GB2312", serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
.pct { font-weight: normal; color: #666; font-size: 0.9em; margin-left: 1em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; color: #555; font-weight: normal; border-bottom: 1px solid #ddd; }
td { vertical-align: top; padding: 0.3em 0.6em; border-bottom: 1px solid #f0f0f0; line-height: 1.6; }
del { background: #fbd4d4; color: #8a1f1f; text-decoration: line-through; }
ins { background: #d4f4d4; color: #1d5e1d; text-decoration: none; }
td.same { color: #888; } td.none { background: #fafafa; }
"""


def render_html(diff: ReportDiff, last_name: str = "", this_name: str = "", lang: str = "zh") -> str:
    """A self-contained HTML page: each section two columns, last year left, this year right."""
    zh = lang == "zh"

    def cell(spans: list[Span] | None, changed: bool) -> str:
        if spans is None:
            return '<td class="none"></td>'
        parts = []
        for s in spans:
            text = html.escape(s.text)
            parts.append(f"<del>{text}</del>" if s.kind == DELETE else f"<ins>{text}</ins>" if s.kind == INSERT else text)
        attr = "" if changed else ' class="same"'
        return f"<td{attr}>{''.join(parts)}</td>"

    title = "与去年报告对比" if zh else "Compared with last year's report"
    out = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}<span class=\"pct\">{html.escape(_percent(diff.rewritten, lang))}</span></h1>",
    ]
    head_last = html.escape(last_name or ("去年" if zh else "Last year"))
    head_this = html.escape(this_name or ("今年" if zh else "This year"))
    for section in diff.sections:
        out.append(f'<h2>{html.escape(section.title)}<span class="pct">{html.escape(_percent(section.rewritten, lang))}</span></h2>')
        out.append(f"<table><tr><th>{head_last}</th><th>{head_this}</th></tr>")
        for row in section.rows:
            out.append(f"<tr>{cell(row.last, row.changed)}{cell(row.this, row.changed)}</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


__all__ = ["DELETE", "EQUAL", "INSERT", "ReportDiff", "Row", "SectionDiff", "Span", "char_diff", "compare", "render_html", "render_text"]
