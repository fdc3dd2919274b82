"""``wengao new``: a new report — from last year's, from a report type, or from a template.

    wengao new --from LAST.docx [--year N] [--mask-figures] -o DRAFT.docx
    wengao new --type 述责述廉报告 [--year N] -o FILE.docx
    wengao new --template NAME [--year N] -o FILE.docx
    wengao new --list-templates

A draft from last year's report keeps its structure and formatting (it is saved
over last year's package), moves the report year forward, optionally masks the
figures, and carries last year's text inside the new file, so `wengao check` and
the window flag every paragraph still unchanged. Exit status: 0 written, 2
unusable input or arguments (one line on stderr).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.cli.common import EXIT_OK, CliError, configure_stdout
from app.core.lang import pick


def add_parser(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser(
        "new",
        help=pick("新建报告：从去年报告、报告类型或模板", "new report: from last year's, a report type or a template", lang),
        description=pick(
            "从去年的报告生成今年的初稿（保留结构和格式，年份顺延，可隐去统计数字，并在新文件中保存去年原文以便检查未改动的段落），"
            "或按报告类型、用户模板新建。退出码：0 已生成；2 参数或文件不可用。",
            "Make this year's draft from last year's report (structure and formatting kept, years moved forward, "
            "figures optionally masked, last year's text stored in the new file so unchanged paragraphs are flagged), "
            "or a new report from a report type or a user template. Exit status: 0 written; 2 unusable arguments or input.",
            lang,
        ),
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="last", metavar="LAST", help=pick("去年的报告（.docx 或 .txt）", "last year's report (.docx or .txt)", lang))
    source.add_argument("--type", dest="report_type", metavar="T", help=pick("按报告类型新建，如 述责述廉报告", "new from a report type, e.g. 述责述廉报告", lang))
    source.add_argument("--template", metavar="NAME", help=pick("按用户模板新建", "new from a user template", lang))
    source.add_argument("--list-templates", action="store_true", help=pick("列出用户模板", "list the user templates", lang))
    parser.add_argument("--year", type=int, metavar="N", help=pick("新报告的年度（默认：去年报告的年度＋1）", "the new report's year (default: last year's + 1)", lang))
    parser.add_argument(
        "--mask-figures", action="store_true",
        help=pick("把统计数字（次数、件数、百分比、金额）换成 ** 待填", "turn statistics (counts, percentages, amounts) into ** placeholders", lang),
    )
    parser.add_argument("-o", "--output", metavar="FILE", help=pick("新文件（.docx）", "the new file (.docx)", lang))
    parser.add_argument("--force", action="store_true", help=pick("覆盖已有的文件", "overwrite an existing file", lang))


def fixed_phrases(extra: list[str] | None = None) -> list[str]:
    """Standard formulations whose digits are never figures (shipped list + the phrase library's)."""
    from app.core.masking import shipped_fixed_phrases

    return shipped_fixed_phrases(extra or [])


def _library_standard() -> list[str]:
    from app.phrases.store import open_store

    store = open_store()
    try:
        return list(store.checker_data()[1])
    finally:
        store.close()


def _output(args: argparse.Namespace, lang: str) -> Path:
    if not args.output:
        raise CliError(pick("请用 -o 指定新文件", "give the new file with -o", lang))
    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        raise CliError(pick(f"{out}：新文件须为 .docx", f"{out}: the new file must be a .docx", lang))
    if out.exists() and not args.force:
        raise CliError(pick(f"{out}：文件已存在（用 --force 覆盖）", f"{out}: already exists (use --force to overwrite)", lang))
    if not out.parent.is_dir():
        raise CliError(pick(f"{out.parent}：文件夹不存在", f"{out.parent}: no such folder", lang))
    return out


def _check_year(year: int | None, lang: str) -> None:
    if year is not None and not 1949 <= year <= 2200:
        raise CliError(pick(f"--year 不是有效年份：{year}", f"--year is not a plausible year: {year}", lang))


def _save(report, out: Path, source: Path | None, lang: str) -> None:
    from app.formats import save_document
    from app.formats.errors import DocumentError

    try:
        save_document(report, out, source_path=source)
    except DocumentError as error:
        raise CliError(f"{out}: {error.message(lang)}") from None
    except OSError as error:
        raise CliError(f"{out}: {error.strerror or error}") from None


def run(args: argparse.Namespace, lang: str) -> int:
    configure_stdout()
    from app.core import templates

    if args.list_templates:
        for name in templates.list_templates():
            print(name)
        return EXIT_OK
    _check_year(args.year, lang)
    out = _output(args, lang)
    if args.last:
        return _from_last_year(args, out, lang)
    if args.template:
        return _from_template(args, out, lang)
    return _from_type(args, out, lang)


def _from_last_year(args: argparse.Namespace, out: Path, lang: str) -> int:
    from app.core.rollover import draft_from_last_year
    from app.formats import load_document
    from app.formats.errors import DocumentError

    last = Path(args.last)
    try:
        if out.exists() and last.exists() and os.path.samefile(out, last):
            raise CliError(pick(f"{out}：不能覆盖去年的报告本身", f"{out}: would overwrite last year's report itself", lang))
        report = load_document(last)
    except DocumentError as error:
        raise CliError(f"{last}: {error.message(lang)}") from None
    try:
        draft = draft_from_last_year(
            report, year=args.year, mask=args.mask_figures,
            fixed_phrases=fixed_phrases(_library_standard()) if args.mask_figures else (), source_name=last.name,
        )
    except ValueError:
        raise CliError(pick(f"{last}：看不出是哪一年的报告，请用 --year 指定新报告的年度", f"{last}: cannot tell the report's year; give --year", lang)) from None
    _save(draft.report, out, last if last.suffix.lower() == ".docx" else None, lang)
    moved = len(draft.year_changes)
    print(
        pick(
            f"已生成 {out}：{draft.last_year or '?'} 年度 → {draft.year} 年度，改动年份 {moved} 处"
            + (f"，隐去统计数字 {draft.masked} 处" if args.mask_figures else "")
            + "。未改写的段落会被检查标出。",
            f"Wrote {out}: report year {draft.last_year or '?'} → {draft.year}, {moved} year(s) moved"
            + (f", {draft.masked} figure(s) masked" if args.mask_figures else "")
            + ". Paragraphs not rewritten will be flagged by the checker.",
            lang,
        )
    )
    return EXIT_OK


def _from_template(args: argparse.Namespace, out: Path, lang: str) -> int:
    from app.core import templates
    from app.core.rollover import shift_years
    from app.core.skeleton import default_report_year
    from app.formats import load_document
    from app.formats.errors import DocumentError

    if not templates.valid_name(args.template) or not templates.template_path(args.template).is_file():
        known = "、".join(templates.list_templates()) or pick("（无）", "(none)", lang)
        raise CliError(pick(f"没有名为“{args.template}”的模板（已有：{known}）", f"no template named {args.template!r} (known: {known})", lang))
    path = templates.template_path(args.template)
    try:
        report = load_document(path)
    except DocumentError as error:
        raise CliError(f"{path}: {error.message(lang)}") from None
    year = args.year or default_report_year()
    if report.year is not None and report.year != year:
        report, _ = shift_years(report, report.year, year)
    report.year = year
    _save(report, out, path, lang)
    print(pick(f"已按模板“{args.template}”生成 {out}（{year} 年度）", f"Wrote {out} from template {args.template!r} ({year})", lang))
    return EXIT_OK


def _from_type(args: argparse.Namespace, out: Path, lang: str) -> int:
    from app.core.reporttypes import load_report_types
    from app.core.skeleton import default_report_year, skeleton_report

    types = load_report_types()
    report_type = types.get(args.report_type)
    if report_type is None:
        known = "、".join(t.id for t in types)
        raise CliError(pick(f"未知的报告类型：{args.report_type}（可用：{known}）", f"unknown report type: {args.report_type} (known: {known})", lang))
    year = args.year or default_report_year()
    _save(skeleton_report(report_type, year), out, None, lang)
    print(pick(f"已按“{report_type.id}”生成 {out}（{year} 年度）", f"Wrote {out} as {report_type.id} ({year})", lang))
    return EXIT_OK
