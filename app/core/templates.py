"""User templates: a report's structure and fixed wording, with prompts for the rest.

A template keeps what a unit writes the same way every year and blanks what it
rewrites: the title, the level-1…4 headings (and the heading sentence of run-in
headings), the opening's closing formula (``现将…报告如下。``); every body paragraph
becomes a 【此处填写…】 prompt (the placeholder check lists each until filled, F8
walks them), the 落款 date a date prompt. Formatting and source links are kept, so
a template saved over its report's .docx keeps the unit's styles and page setup.

Templates are .docx files in ``data_dir()/templates`` (the file name is the
template's name); the year they were made in is stored with them (WengaoYear) and
moved to the new report's year when one is made from them. Reading and writing
the files is the front ends' job (app.formats); this module is plain logic.
"""

from __future__ import annotations

import re
from pathlib import Path

from app import paths
from app.core.document import Paragraph, Report
from app.core.outline import parse_outline
from app.core.prompts import DATE_PROMPT, OPENING_PROMPT, paragraph_prompt
from app.core.reportyear import detect_report_year
from app.core.rollover import PLAN_WORDS, map_paragraphs
from app.core.runedit import apply_edits, copy_paragraph

SUFFIX = ".docx"
_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_CLOSING = re.compile(r"现将[^。！]*?(?:报告|汇报|总结|说明)如下[。：:]?")
_DATE_LINE = re.compile(r"^[\s\u3000]*(20\d{2}|【[^】]*】)\s*年?.*日[\s\u3000]*$")

def section_role(title: str) -> str:
    """A level-1 heading's role (the report-type vocabulary), guessed from its words."""
    if any(w in title for w in PLAN_WORDS):
        return "plan"
    if "原因" in title or "根源" in title or "剖析" in title:
        return "causes"
    if any(w in title for w in ("问题", "不足", "差距")):
        return "problems"
    if "整改落实" in title:
        return "review"
    if "廉" in title and "述责" not in title:
        return "integrity"
    return "work"


def make_template(report: Report) -> Report:
    """The template of ``report``: structure and fixed text kept, body text replaced by prompts."""
    texts = report.texts()
    outline = parse_outline(texts)
    first_heading = next((s.paragraph for s in outline.sections if s.level == 1), len(texts))
    keep: dict[int, int | None] = {}  # paragraph → keep up to this offset (None: whole paragraph)
    role_of: dict[int, str] = {}
    for section in outline.sections:
        if section.level != 1:
            continue
        role = section_role(section.title)
        for p in range(section.paragraph, section.last_paragraph + 1):
            role_of[p] = role
        for sub in section.walk():
            if sub.level > 4:
                continue
            keep[sub.paragraph] = sub.title_end if sub.run_in else None
    if outline.title_paragraph is not None:
        keep[outline.title_paragraph] = None

    def change(index: int, paragraph: Paragraph) -> Paragraph:
        text = paragraph.text
        if not text.strip() or paragraph.in_table:
            return copy_paragraph(paragraph)
        if index in keep:
            cut = keep[index]
            if cut is None:
                return copy_paragraph(paragraph)
            body_start = _after_heading_sentence(text, cut)
            if body_start >= len(text):
                return copy_paragraph(paragraph)
            return apply_edits(paragraph, [(body_start, len(text), paragraph_prompt(role_of.get(index, "work")))])
        if _DATE_LINE.match(text) and len(text) <= 20:
            return apply_edits(paragraph, [(0, len(text), DATE_PROMPT)])
        if index < first_heading:
            m = _CLOSING.search(text)
            if m:
                return apply_edits(paragraph, [(0, m.start(), OPENING_PROMPT + "。")])
            if len(text) <= 20:
                return copy_paragraph(paragraph)  # a short line before the headings: subtitle, name
        return apply_edits(paragraph, [(0, len(text), paragraph_prompt(role_of.get(index, "work")))])

    out = map_paragraphs(report, change)
    # The year the template speaks of, so a report made from it can move it on.
    out.year = report.year or detect_report_year(texts, outline.title)
    out.ignored_findings = []
    out.last_year = out.last_year_year = out.last_year_name = None
    return out


def _after_heading_sentence(text: str, title_end: int) -> int:
    """Where a run-in heading's body starts: after the 。 (or punctuation) ending its title."""
    pos = title_end
    while pos < len(text) and text[pos] in "。．.：:；; \u3000":
        pos += 1
    return pos


def templates_dir() -> Path:
    folder = paths.data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def valid_name(name: str) -> bool:
    name = name.strip()
    return bool(name) and len(name) <= 80 and not _BAD_NAME.search(name) and name not in (".", "..")


def template_path(name: str) -> Path:
    if not valid_name(name):
        raise ValueError(f"not a usable template name: {name!r}")
    return templates_dir() / f"{name.strip()}{SUFFIX}"


def list_templates() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob(f"*{SUFFIX}") if not p.name.startswith((".", "~$")))


def report_type_toml(type_id: str, report: Report) -> str:
    """A user report type (``config_dir()/reporttypes/*.toml``) with this report's level-1 sections, in order."""
    outline = parse_outline(report.texts())
    marker = re.compile(r"^[一二三四五六七八九十]+、")

    def quote(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [
        f"# Made by 文稿 from a report's structure ({type_id}); edit freely.",
        f"id = {quote(type_id)}",
        f"title_keywords = [{quote(type_id.removesuffix('报告') or type_id)}]",
    ]
    for section in outline.sections:
        if section.level != 1:
            continue
        name = marker.sub("", section.title).strip("。 ")
        if not name:
            continue
        lines += ["", "[[sections]]", f"name = {quote(name)}", f"role = {quote(section_role(name))}"]
    return "\n".join(lines) + "\n"


__all__ = ["list_templates", "make_template", "report_type_toml", "section_role", "template_path", "templates_dir", "valid_name"]
