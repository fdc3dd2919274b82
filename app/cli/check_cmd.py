"""``wengao check PATH…``: check reports and list the findings.

Exit status: 0 when no file has an error-severity finding, 1 when some file has
one, 2 when an argument is unusable or some input could not be read. In a run over
several files an unreadable file is reported (a line in the text output, an
``"error"`` entry in JSON/CSV) and the others are still checked; the exit status
is then the highest that applies (2 if any input was unusable).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path

from app.checks.batch import FileResult, check_files, folder_reports
from app.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, CliError, configure_stdout
from app.core.lang import pick


def add_parser(subparsers: argparse._SubParsersAction, lang: str) -> None:
    from app.checks.registry import RULE_IDS

    parser = subparsers.add_parser(
        "check",
        help=pick("检查报告（占位符、缺少部分、编号、标点、重复、年份…）", "check reports (placeholders, sections, numbering, punctuation, repeats, years…)", lang),
        description=pick(
            "检查 .docx 或 .txt 报告。PATH 可以是文件夹（递归检查其中所有 .docx）。"
            "退出码：0 无错误级问题；1 有错误级问题；2 参数或文件不可用"
            "（检查多个文件时，无法读取的文件会被报告，其余文件照常检查，退出码取最高者）。",
            "Check .docx or .txt reports. A PATH may be a folder (all .docx files in it, recursively). "
            "Exit status: 0 no error-severity finding; 1 some; 2 unusable arguments or input "
            "(with several files an unreadable one is reported, the rest are still checked, and the highest status applies).",
            lang,
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=pick("报告文件或文件夹", "report file or folder", lang))
    parser.add_argument("--type", dest="report_type", metavar="T", help=pick("报告类型（默认自动识别），如 述责述廉报告", "report type (detected by default), e.g. 述责述廉报告", lang))
    parser.add_argument("--year", type=int, metavar="N", help=pick("报告年度（默认从标题或开头识别）", "the year the report is about (detected by default)", lang))
    parser.add_argument("--last-year", metavar="FILE", help=pick("上年度的报告，用于发现未更新的段落", "last year's report, to find paragraphs left unchanged", lang))
    parser.add_argument(
        "--rules", metavar="a,b",
        help=pick("只运行这些规则（逗号分隔）：", "run only these rules (comma-separated): ", lang) + ", ".join(RULE_IDS),
    )
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text", help=pick("输出格式（默认 text）", "output format (default text)", lang))


def _expand(paths: list[str], lang: str) -> list[str]:
    """Files to check: folders are walked for .docx (Word's ~$ lock files skipped)."""
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = folder_reports(path)
            if not found:
                raise CliError(pick(f"{raw}：文件夹中没有 .docx 文件", f"{raw}: no .docx files in this folder", lang))
            files.extend(found)
        else:
            files.append(raw)
    return files


class FolderProgress:
    """"Checked 12/40 …" on stderr while a run over many files takes more than a
    second, only on a terminal (never in redirected output). Ctrl+C cancels."""

    def __init__(self, total: int, lang: str) -> None:
        import time

        self.total, self.lang, self.done_count = total, lang, 0
        self.started = time.monotonic()
        self.shown = False
        self.enabled = total > 1 and sys.stderr.isatty()

    def step(self, path: str) -> None:
        import time

        self.done_count += 1
        if not self.enabled or time.monotonic() - self.started < 1.0:
            return
        self.shown = True
        name = os.path.basename(path)[:40]
        text = pick(f"已检查 {self.done_count}/{self.total}：{name}", f"checked {self.done_count}/{self.total}: {name}", self.lang)
        sys.stderr.write("\r\033[K" + text + pick("（Ctrl+C 取消）", " (Ctrl+C to cancel)", self.lang))
        sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _load(path: str, lang: str):
    from app.formats import load_document

    return load_document(path)


def _library_data(lang: str) -> dict:
    """The phrase library's formulations for the checker (SQLite only: no jieba, no pypinyin)."""
    from app.phrases.store import open_store

    store = open_store()
    for message in store.messages:
        print(f"wengao: {message}", file=sys.stderr)
    formulations, standard = store.checker_data()
    store.close()
    return {"extra_formulations": formulations, "extra_standard_phrases": standard}


def _rule_thresholds() -> dict[str, float]:
    """The user's rule thresholds (``rule_thresholds`` in settings.json); each rule clamps its own."""
    from app.cli.common import user_settings

    return dict(user_settings()["rule_thresholds"])


def run(args: argparse.Namespace, lang: str) -> int:
    configure_stdout()
    from app.checks.registry import parse_rule_list
    from app.checks.resources import load_check_resources
    from app.formats.errors import DocumentError

    rules = None
    if args.rules:
        try:
            rules = parse_rule_list(args.rules)
        except ValueError as error:
            raise CliError(pick(f"未知的规则：{error}", f"unknown rule(s): {error}", lang)) from None
        if not rules:
            raise CliError(pick("--rules 为空", "--rules is empty", lang))
    if args.year is not None and not 1949 <= args.year <= 2200:
        raise CliError(pick(f"--year 不是有效年份：{args.year}", f"--year is not a plausible year: {args.year}", lang))
    resources = load_check_resources(**_library_data(lang))
    for warning in resources.warnings:
        print(pick(f"wengao: 已跳过无法读取的报告类型文件 {warning}", f"wengao: skipped a broken report-type file: {warning}", lang), file=sys.stderr)
    report_type = None
    if args.report_type:
        report_type = resources.report_types.get(args.report_type)
        if report_type is None:
            known = "、".join(t.id for t in resources.report_types)
            raise CliError(pick(f"未知的报告类型：{args.report_type}（可用：{known}）", f"unknown report type: {args.report_type} (known: {known})", lang))
    last_year = None
    if args.last_year:
        try:
            last_year = _load(args.last_year, lang).texts()
        except DocumentError as error:
            raise CliError(f"{args.last_year}: {error.message(lang)}") from None
    files = _expand(args.paths, lang)
    thresholds = _rule_thresholds()

    progress = FolderProgress(len(files), lang)
    results: list[FileResult] = []
    try:
        for result in check_files(
            files, resources, lang=lang, rules=rules, thresholds=thresholds, report_type=report_type,
            year=args.year, last_year=last_year,
        ):
            if result.error and len(files) == 1:  # one unreadable file: a usage error (exit 2), not a result
                raise CliError(f"{result.path}: {result.error}")
            results.append(result)
            progress.step(result.path)
    except KeyboardInterrupt:
        progress.done()
        print(pick(f"wengao: 已取消（已检查 {len(results)}/{len(files)} 个文件）", f"wengao: cancelled ({len(results)} of {len(files)} files checked)", lang), file=sys.stderr)
        return EXIT_USAGE
    progress.done()

    if args.format == "json":
        _print_json(results)
    elif args.format == "csv":
        _print_csv(results)
    else:
        print(format_text(results, lang))

    if any(r.error for r in results):
        return EXIT_USAGE
    return EXIT_FINDINGS if any(r.has_errors for r in results) else EXIT_OK


def _print_json(results: list[FileResult]) -> None:
    files = []
    for r in results:
        entry: dict = {"path": r.path, "report_type": r.report_type, "year": r.year, "findings": [f.to_json() for f in r.findings]}
        if r.error:
            entry["error"] = r.error
            entry["error_kind"] = r.error_kind
        files.append(entry)
    print(json.dumps({"files": files}, ensure_ascii=False, indent=2))


def _print_csv(results: list[FileResult]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["path", "report_type", "year", "rule", "severity", "message", "paragraph", "start", "end", "excerpt", "section"])
    for r in results:
        if r.error:
            writer.writerow([r.path, "", "", "unreadable", "error", r.error, "", "", "", "", ""])
        for f in r.findings:
            writer.writerow([r.path, r.report_type or "", r.year or "", f.rule, f.severity.value, f.message, f.paragraph, f.start, f.end, f.excerpt, f.section])
    sys.stdout.write(buffer.getvalue())


_SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def format_text(results: list[FileResult], lang: str) -> str:
    lines: list[str] = []
    for r in results:
        lines.append(f"== {r.path}")
        if r.error:
            lines.append(pick(f"  无法读取：{r.error}", f"  cannot read: {r.error}", lang))
            lines.append("")
            continue
        lines.append(
            pick(f"  类型：{r.report_type or '未识别'}  年度：{r.year or '未识别'}", f"  type: {r.report_type or 'unknown'}  year: {r.year or 'unknown'}", lang)
        )
        if not r.findings:
            lines.append(pick("  未发现问题。", "  No findings.", lang))
        current_section = None
        for f in r.findings:
            section = f.section or pick("（开头）", "(opening)", lang)
            if section != current_section:
                lines.append(f"  [{section}]")
                current_section = section
            severity = _SEVERITY_ZH[f.severity.value] if lang != "en" else f.severity.value
            where = pick(f"第{f.paragraph + 1}段第{f.start + 1}字", f"para {f.paragraph + 1}, char {f.start + 1}", lang)
            lines.append(f"    {severity} {f.rule} ({where}): {f.message}")
            if f.excerpt:
                lines.append(f"        {f.excerpt}")
        counts = {s: sum(1 for f in r.findings if f.severity.value == s) for s in ("error", "warning", "info")}
        lines.append(
            pick(
                f"  共 {len(r.findings)} 处：错误 {counts['error']}，警告 {counts['warning']}，提示 {counts['info']}",
                f"  {len(r.findings)} findings: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info",
                lang,
            )
        )
        lines.append("")
    if len(results) > 1:
        lines.extend(_summary_table(results, lang))
        lines.extend(_shared_paragraphs(results, lang))
    return "\n".join(lines).rstrip("\n")


def _summary_table(results: list[FileResult], lang: str) -> list[str]:
    header = pick(["文件", "类型", "年度", "错误", "警告", "提示"], ["file", "type", "year", "errors", "warnings", "info"], lang)
    rows = []
    for r in results:
        name = os.path.basename(r.path)
        if r.error:
            rows.append([name, pick("无法读取", "unreadable", lang), "", "", "", ""])
            continue
        counts = [sum(1 for f in r.findings if f.severity.value == s) for s in ("error", "warning", "info")]
        rows.append([name, r.report_type or "-", str(r.year or "-"), *map(str, counts)])
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    out = [pick("汇总：", "Summary:", lang)]
    for row in [header, *rows]:
        out.append("  " + "  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip())
    out.append("")
    return out


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


MIN_SHARED_CHARS = 30


def _shared_paragraphs(results: list[FileResult], lang: str) -> list[str]:
    """Paragraphs word for word the same in different people's reports (照抄照搬)."""
    from app.checks.textutil import normalise

    seen: dict[str, list[tuple[str, int]]] = {}
    for r in results:
        if r.error:
            continue
        for index, text in enumerate(r.paragraphs):
            key = normalise(text)
            if len(key) < MIN_SHARED_CHARS:
                continue
            places = seen.setdefault(key, [])
            if not places or places[-1][0] != r.path:
                places.append((r.path, index))
    shared = [(key, places) for key, places in seen.items() if len(places) > 1]
    if not shared:
        return []
    out = [pick(f"不同报告中完全相同的段落（{len(shared)} 段）：", f"Paragraphs identical across reports ({len(shared)}):", lang)]
    for key, places in shared:
        where = "；".join(pick(f"{os.path.basename(p)} 第{i + 1}段", f"{os.path.basename(p)} para {i + 1}", lang) for p, i in places)
        out.append(f"  {key[:30]}…  ({where})")
    return out
