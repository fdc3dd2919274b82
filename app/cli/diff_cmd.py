"""``wengao diff LAST THIS``: last year's report against this year's, by section.

Text output marks deletions ``[-…-]`` and insertions ``{+…+}`` and says how much
of each section was rewritten; ``--format html`` writes a self-contained page
with the two years side by side (to stdout, or atomically to ``-o FILE``).
Exit status: 0 compared, 2 unusable input or arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_OK, CliError, configure_stdout
from app.core.lang import pick


def add_parser(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser(
        "diff",
        help=pick("与去年的报告对比（按部分对齐，逐字标出改动）", "compare with last year's report (sections aligned, changes by character)", lang),
        description=pick(
            "按一级标题对齐两份报告，逐字标出删改，并给出每部分的改写比例。退出码：0 完成；2 参数或文件不可用。",
            "Align two reports by their level-1 sections, mark changes character by character and say how much "
            "of each section was rewritten. Exit status: 0 done; 2 unusable arguments or input.",
            lang,
        ),
    )
    parser.add_argument("last", metavar="LAST", help=pick("去年的报告", "last year's report", lang))
    parser.add_argument("this", metavar="THIS", help=pick("今年的报告", "this year's report", lang))
    parser.add_argument("--format", choices=("text", "html"), default="text", help=pick("输出格式（默认 text）", "output format (default text)", lang))
    parser.add_argument("-o", "--output", metavar="FILE", help=pick("写入文件而不是屏幕", "write to a file instead of stdout", lang))


def _texts(path: str, lang: str) -> list[str]:
    from app.formats import load_document
    from app.formats.errors import DocumentError

    try:
        return load_document(path).texts()
    except DocumentError as error:
        raise CliError(f"{path}: {error.message(lang)}") from None


def run(args: argparse.Namespace, lang: str) -> int:
    configure_stdout()
    from app.core.atomicfile import atomic_write_text
    from app.core.diff import compare, render_html, render_text

    diff = compare(_texts(args.last, lang), _texts(args.this, lang))
    if args.format == "html":
        output = render_html(diff, Path(args.last).name, Path(args.this).name, lang)
    else:
        output = render_text(diff, lang)
    if args.output:
        try:
            atomic_write_text(args.output, output)
        except OSError as error:
            raise CliError(f"{args.output}: {error.strerror or error}") from None
    else:
        sys.stdout.write(output)
    return EXIT_OK
