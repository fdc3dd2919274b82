"""``wengao outline FILE``: the report's section tree, as text or JSON."""

from __future__ import annotations

import argparse
import json

from app.cli.common import EXIT_OK, CliError, configure_stdout
from app.core.lang import pick
from app.core.outline import Outline, Section, parse_outline


def add_parser(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser(
        "outline",
        help=pick("显示报告的结构（一、（一）1.（1）及一是、二是）", "print the report's section tree", lang),
        description=pick(
            "读取 .docx 或 .txt 报告，按公文层次（一、（一）1.（1）和段内“一是…二是…”）列出结构。",
            "Read a .docx or .txt report and print its 公文 section tree (一、（一）1.（1） and 一是/二是 items).",
            lang,
        ),
    )
    parser.add_argument("file", metavar="FILE", help=pick("报告文件（.docx 或 .txt）", "report file (.docx or .txt)", lang))
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=pick("输出格式（默认 text）", "output format (default text)", lang)
    )
    parser.add_argument(
        "--depth", type=int, default=5, metavar="N",
        help=pick("只列出前 N 层（1–5，默认 5，含段内一是、二是）", "list levels 1..N only (default 5: items included)", lang),
    )


def read_outline(path: str, lang: str) -> Outline:
    from app.formats import load_document
    from app.formats.errors import DocumentError

    try:
        report = load_document(path)
    except DocumentError as error:
        raise CliError(f"{path}: {error.message(lang)}") from None
    return parse_outline(report.iter_paragraphs())


def _prune(sections: list[Section], depth: int) -> list[dict]:
    return [
        {**section.to_json(), "children": _prune(section.children, depth)}
        for section in sections
        if section.level <= depth
    ]


def format_text(outline: Outline, depth: int, lang: str) -> str:
    lines = [pick("标题：", "Title: ", lang) + (outline.title or pick("（无标题）", "(no title)", lang))]

    def walk(sections: list[Section], indent: int) -> None:
        for section in sections:
            if section.level > depth:
                continue
            where = pick(f"第{section.paragraph + 1}段", f"para {section.paragraph + 1}", lang)
            marker = section.marker or "·"
            lines.append(f"{'  ' * indent}{marker}{section.title}  [{where}]")
            walk(section.children, indent + 1)

    walk(outline.sections, 0)
    return "\n".join(lines)


def run(args: argparse.Namespace, lang: str) -> int:
    configure_stdout()
    if not 1 <= args.depth <= 5:
        raise CliError(pick("--depth 须在 1 到 5 之间", "--depth must be between 1 and 5", lang))
    outline = read_outline(args.file, lang)
    if args.format == "json":
        payload = {"title": outline.title, "sections": _prune(outline.sections, args.depth)}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(format_text(outline, args.depth, lang))
    return EXIT_OK
