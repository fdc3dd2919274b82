"""A report as plain JSON-able data and back (the autosave journal's format).

Everything the model holds round-trips, including each paragraph's link to the
paragraph of the .docx it came from, so a recovered document still saves with
the parts the editor cannot show.
"""

from __future__ import annotations

from typing import Any

from app.core.document import Alignment, Cell, Omission, Paragraph, Report, Role, Run, SourceRef, Table

FORMAT_VERSION = 1

_RUN_FIELDS = ("text", "bold", "italic", "underline", "font", "east_asian_font", "size", "generated")


def _run_to_list(run: Run) -> list:
    return [getattr(run, name) for name in _RUN_FIELDS]


def _run_from_list(values: list) -> Run:
    return Run(**dict(zip(_RUN_FIELDS, values)))


def _paragraph_to_dict(p: Paragraph) -> dict:
    data: dict[str, Any] = {"runs": [_run_to_list(r) for r in p.runs], "role": p.role.value}
    for name in ("first_line_indent", "left_indent", "style_name", "outline_level"):
        value = getattr(p, name)
        if value is not None:
            data[name] = value
    if p.alignment is not None:
        data["alignment"] = p.alignment.value
    if p.in_table:
        data["in_table"] = True
    if p.source is not None:
        data["source"] = {"index": p.source.index, "runs": [list(key) for key in p.source.runs]}
    return data


def _paragraph_from_dict(data: dict) -> Paragraph:
    source = data.get("source")
    return Paragraph(
        runs=[_run_from_list(r) for r in data.get("runs", [])],
        role=Role(data.get("role", "body")),
        alignment=Alignment(data["alignment"]) if data.get("alignment") else None,
        first_line_indent=data.get("first_line_indent"),
        left_indent=data.get("left_indent"),
        style_name=data.get("style_name"),
        outline_level=data.get("outline_level"),
        in_table=bool(data.get("in_table", False)),
        source=SourceRef(source["index"], tuple(tuple(key) for key in source["runs"])) if source else None,
    )


def report_to_dict(report: Report) -> dict:
    blocks = []
    for block in report.blocks:
        if isinstance(block, Paragraph):
            blocks.append({"p": _paragraph_to_dict(block)})
        else:
            blocks.append({"table": [[[_paragraph_to_dict(p) for p in cell.paragraphs] for cell in row] for row in block.rows]})
    return {
        "version": FORMAT_VERSION,
        "blocks": blocks,
        "title": report.title,
        "report_type": report.report_type,
        "year": report.year,
        "omissions": [[o.kind, o.count, o.text] for o in report.omissions],
        "ignored_findings": list(report.ignored_findings),
        "last_year": list(report.last_year) if report.last_year is not None else None,
        "last_year_year": report.last_year_year,
        "last_year_name": report.last_year_name,
    }


def report_from_dict(data: dict) -> Report:
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"unknown report format version {data.get('version')!r}")
    blocks: list = []
    for block in data["blocks"]:
        if "p" in block:
            blocks.append(_paragraph_from_dict(block["p"]))
        else:
            blocks.append(Table([[Cell([_paragraph_from_dict(p) for p in cell]) for cell in row] for row in block["table"]]))
    return Report(
        blocks=blocks,
        title=data.get("title"),
        report_type=data.get("report_type"),
        year=data.get("year"),
        omissions=[Omission(kind, count, text) for kind, count, text in data.get("omissions", [])],
        ignored_findings=list(data.get("ignored_findings", [])),
        # Journals written before these fields existed simply have no link.
        last_year=list(data["last_year"]) if data.get("last_year") is not None else None,
        last_year_year=data.get("last_year_year"),
        last_year_name=data.get("last_year_name"),
    )
