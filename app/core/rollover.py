"""Last year's report → this year's draft: move the report year forward.

Which years move (report year N → T, usually T = N+1) — only years that play the
role "the report year" or "the year after", never a year that names something:

- the title: every ``N`` (``2022年度…述责述廉报告`` → ``2023年度…``);
- the opening (between the title and the first ``一、``): every ``N年`` outside
  quotation marks and 《》 (``2022年，在市局党组的带领下…``);
- any other paragraph that starts with ``N年，`` / ``N年度，`` / ``N年以来`` /
  ``N年我…`` (the problems section's ``2022年，我在…``), and ``N年以来`` anywhere
  outside quotes;
- the plan section (a level-1 heading with 打算/计划/方向/措施/思路): ``N+1`` at
  the start of a paragraph (``2023年，我将…``) or in ``N+1年是…之年`` → ``T+1``;
- a heading that says ``N年`` (or ``N+1年`` in the plan section), and a date line
  on its own (the 落款 ``2023年1月5日`` → ``2024年1月5日``).

Not moved: years inside “…” or 《…》 (prize and document names such as
“2022年数字江苏建设优秀实践成果”), years in the middle of a sentence
(``入选全市2022年度作风问题…项目库``), dates in the text, other years. Such a
paragraph is still last year's text and the unchanged-from-last-year check flags
it until it is rewritten, so nothing stale goes unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.document import Cell, Paragraph, Report, Table
from app.core.masking import mask_figures, protected_spans
from app.core.outline import parse_outline
from app.core.reportyear import detect_report_year
from app.core.runedit import Edit, apply_edits, copy_paragraph

_YEAR = re.compile(r"(?<!\d)(20\d{2})(?=\s*年)")
_ANY_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_LEAD = re.compile(r"^[\s\u3000]*(20\d{2})\s*年(?:度)?(?:[，,、]|以来|上半年|全年|我|本人|在|是|要|将)")
_SINCE = re.compile(r"(?<!\d)(20\d{2})\s*年以来")
_ZHI_NIAN = re.compile(r"(?<!\d)(20\d{2})\s*年是[^。！？；]*?之年")
_DATE_LINE = re.compile(r"^[\s\u3000]*(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*$")
PLAN_WORDS = ("打算", "计划", "方向", "措施", "思路")


@dataclass
class YearChange:
    paragraph: int  # index in Report.iter_paragraphs() order
    start: int
    old: int
    new: int


@dataclass
class Draft:
    report: Report
    year: int  # the new report year
    last_year: int | None  # last year's report year, as detected (or given)
    year_changes: list[YearChange] = field(default_factory=list)
    masked: int = 0  # how many figures became ** placeholders


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def year_edits(texts: list[str], from_year: int, to_year: int, roles: Iterable[str] | None = None) -> list[list[tuple[int, int, int]]]:
    """Per paragraph, the (start, old year, new year) of every year to move.

    ``roles`` (one per paragraph: title, opening, heading, plan-heading, plan, body)
    defaults to what the outline says.
    """
    delta = to_year - from_year
    roles = list(roles) if roles is not None else paragraph_roles(texts)
    out: list[list[tuple[int, int, int]]] = []
    for text, role in zip(texts, roles):
        found: dict[int, tuple[int, int]] = {}
        quoted = protected_spans(text)

        def move(m: re.Match[str], wanted: int, found: dict[int, tuple[int, int]] = found, quoted: list = quoted) -> None:
            year = int(m.group(1))
            if year == wanted and not _inside(quoted, m.start(1)):
                found[m.start(1)] = (year, year + delta)

        if role == "title":
            for m in _ANY_YEAR.finditer(text):
                move(m, from_year)
        elif role == "opening":
            for m in _YEAR.finditer(text):
                move(m, from_year)
        elif _DATE_LINE.match(text):
            m = _DATE_LINE.match(text)
            assert m is not None
            found[m.start(1)] = (int(m.group(1)), int(m.group(1)) + delta)
        elif role in ("heading", "plan-heading"):
            for m in _YEAR.finditer(text):
                move(m, from_year + 1 if role == "plan-heading" else from_year)
        elif role == "plan":
            m = _LEAD.match(text)
            if m:
                move(m, from_year + 1)
            for m in _ZHI_NIAN.finditer(text):
                move(m, from_year + 1)
        else:
            m = _LEAD.match(text)
            if m:
                move(m, from_year)
            for m in _SINCE.finditer(text):
                move(m, from_year)
        out.append(sorted((start, old, new) for start, (old, new) in found.items()))
    return out


def paragraph_roles(texts: list[str]) -> list[str]:
    """title / opening / heading / plan-heading / plan / body, from the outline."""
    outline = parse_outline(texts)
    roles = ["body"] * len(texts)
    first_heading = next((s.paragraph for s in outline.sections if s.level == 1), len(texts))
    for p in range(first_heading):
        roles[p] = "opening"
    if outline.title_paragraph is not None:
        roles[outline.title_paragraph] = "title"
    for section in outline.sections:
        if section.level != 1:
            continue
        plan = any(word in section.title for word in PLAN_WORDS)
        for p in range(section.paragraph, section.last_paragraph + 1):
            roles[p] = "plan" if plan else "body"
        for sub in section.walk():
            if sub.level <= 4 and not sub.run_in:
                roles[sub.paragraph] = "plan-heading" if plan else "heading"
    return roles


def map_paragraphs(report: Report, change) -> Report:  # change(index, paragraph) -> Paragraph
    counter = iter(range(1 << 62))
    blocks: list = []
    for block in report.blocks:
        if isinstance(block, Paragraph):
            blocks.append(change(next(counter), block))
        else:
            blocks.append(Table([[Cell([change(next(counter), p) for p in cell.paragraphs]) for cell in row] for row in block.rows]))
    return Report(
        blocks=blocks, title=report.title, report_type=report.report_type, year=report.year,
        omissions=list(report.omissions), ignored_findings=list(report.ignored_findings),
        last_year=report.last_year, last_year_year=report.last_year_year, last_year_name=report.last_year_name,
    )


def shift_years(report: Report, from_year: int, to_year: int) -> tuple[Report, list[YearChange]]:
    """A copy of ``report`` with the report-year roles moved from ``from_year`` to ``to_year``."""
    texts = report.texts()
    edits = year_edits(texts, from_year, to_year)
    changes: list[YearChange] = []

    def change(index: int, paragraph: Paragraph) -> Paragraph:
        found = edits[index]
        if not found:
            return copy_paragraph(paragraph)
        changes.extend(YearChange(index, start, old, new) for start, old, new in found)
        return apply_edits(paragraph, [(start, start + 4, str(new)) for start, _old, new in found])

    out = map_paragraphs(report, change)
    out.year = to_year
    return out, changes


def draft_from_last_year(
    last: Report,
    *,
    year: int | None = None,
    mask: bool = False,
    fixed_phrases: Iterable[str] = (),
    source_name: str | None = None,
) -> Draft:
    """This year's draft from last year's report.

    ``year`` is the new report year (default: last year's detected year + 1);
    ``mask`` turns statistics into ``**`` placeholders (see app.core.masking),
    leaving numbers inside ``fixed_phrases`` alone. The draft keeps last year's
    formatting and source links (save it with last year's file as the source to
    keep its styles, page setup and headers) and carries last year's paragraph
    texts in ``Report.last_year`` for the unchanged-from-last-year check.
    """
    texts = last.texts()
    detected = last.year or detect_report_year(texts, last.title)
    if year is None:
        if detected is None:
            raise ValueError("cannot tell last year's report year; give the new year")
        year = detected + 1
    from_year = detected if detected is not None else year - 1
    draft, changes = shift_years(last, from_year, year)
    masked = 0
    if mask:
        fixed = list(fixed_phrases)

        def masker(index: int, paragraph: Paragraph) -> Paragraph:
            nonlocal masked
            edits: list[Edit] = mask_figures(paragraph.text, fixed)
            masked += len(edits)
            return apply_edits(paragraph, edits) if edits else paragraph

        draft = map_paragraphs(draft, masker)
    draft.year = year
    draft.ignored_findings = []  # last year's "not a fault" marks were about last year's text
    draft.last_year = texts
    draft.last_year_year = detected
    draft.last_year_name = source_name
    return Draft(draft, year, detected, changes, masked)


__all__ = ["Draft", "YearChange", "draft_from_last_year", "map_paragraphs", "paragraph_roles", "shift_years", "year_edits"]
