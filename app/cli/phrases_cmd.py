"""``wengao phrases …``: the phrase library (常用语库) from the command line.

    wengao phrases list [--category C] [--format text|json]
    wengao phrases search QUERY [--category C] [--format text|json]
    wengao phrases import FILE            (.json or .csv; rejected rows are listed on stderr)
    wengao phrases export FILE [--category C]   (.json or .csv by suffix; CSV in UTF-8 with BOM)
    wengao phrases harvest PATH…          (candidate formulations from reports; nothing is stored)

JSON output is a list of entries, each with at least ``text`` and ``category``.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import EXIT_OK, CliError, configure_stdout
from app.core.lang import pick


def add_parser(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser(
        "phrases",
        help=pick("常用语库：列出、搜索、导入、导出、采集", "the phrase library: list, search, import, export, harvest", lang),
        description=pick(
            "管理常用语库（规范提法和常用句子）。导入导出支持 JSON 和 CSV（UTF-8 带 BOM，Excel、WPS 可直接打开）。",
            "Manage the phrase library. Import and export take JSON or CSV (UTF-8 with BOM, opens in Excel and WPS).",
            lang,
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="{list,search,import,export,harvest}")
    actions.required = True

    def common(p: argparse.ArgumentParser, fmt: bool = True) -> None:
        p.add_argument("--category", metavar="C", help=pick("只看这一分类", "only this category", lang))
        if fmt:
            p.add_argument("--format", choices=("text", "json"), default="text", help=pick("输出格式（默认 text）", "output format (default text)", lang))

    common(actions.add_parser("list", help=pick("列出条目", "list entries", lang)))
    search = actions.add_parser("search", help=pick("搜索（多个关键词用空格分开；可用拼音首字母，如 lgwh）", "search (space-separated keywords; pinyin initials like lgwh)", lang))
    search.add_argument("query", metavar="QUERY")
    common(search)
    imp = actions.add_parser("import", help=pick("从 JSON 或 CSV 文件导入，已有的条目跳过", "import from JSON or CSV; entries already there are skipped", lang))
    imp.add_argument("file", metavar="FILE")
    exp = actions.add_parser("export", help=pick("导出到 JSON 或 CSV 文件（按扩展名）", "export to JSON or CSV (by suffix)", lang))
    exp.add_argument("file", metavar="FILE")
    common(exp, fmt=False)
    harvest = actions.add_parser("harvest", help=pick("从报告中找出候选提法（不写入库）", "propose candidate formulations from reports (nothing stored)", lang))
    harvest.add_argument("paths", nargs="+", metavar="PATH")
    harvest.add_argument("--format", choices=("text", "json"), default="text")


def _open(lang: str):
    from app.phrases.store import open_store

    store = open_store()
    for message in store.messages:
        print(f"wengao: {message}", file=sys.stderr)
    return store


def _print_entries(entries, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2))
        return
    for e in entries:
        star = "★" if e.favourite else " "
        print(f"{star} [{e.category}] {e.text}")


def run(args: argparse.Namespace, lang: str) -> int:
    configure_stdout()
    if args.action == "harvest":
        return _harvest(args, lang)
    store = _open(lang)
    try:
        if args.action in ("list", "search", "export"):
            entries = store.all()
            if args.category:
                known = {c for c, _ in store.categories()}
                if args.category not in known:
                    raise CliError(pick(f"没有这个分类：{args.category}（可用：{'、'.join(sorted(known))}）",
                                        f"no such category: {args.category} (known: {', '.join(sorted(known))})", lang))
                entries = [e for e in entries if e.category == args.category]
            if args.action == "list":
                _print_entries(entries, args.format)
            elif args.action == "search":
                from app.phrases.search import PhraseIndex

                store.fill_initials()
                _print_entries(PhraseIndex(store.all()).search(args.query, args.category, limit=None), args.format)
            else:
                from app.phrases.io import export_entries

                if not args.file.lower().endswith((".json", ".csv")):
                    raise CliError(pick("导出文件须以 .json 或 .csv 结尾", "the export file must end in .json or .csv", lang))
                try:
                    count = export_entries(entries, args.file)
                except OSError as error:
                    raise CliError(f"{args.file}: {error.strerror or error}") from None
                print(pick(f"已导出 {count} 条到 {args.file}", f"exported {count} entries to {args.file}", lang))
        elif args.action == "import":
            from app.phrases.io import ImportFileError, import_file

            try:
                report = import_file(store, args.file)
            except ImportFileError as error:
                raise CliError(f"{args.file}: {error}") from None
            lines = report.summary().split("\n")
            print(lines[0])
            for line in lines[1:]:
                print(f"wengao: {line}", file=sys.stderr)
    finally:
        store.close()
    return EXIT_OK


def _harvest(args: argparse.Namespace, lang: str) -> int:
    from pathlib import Path

    from app.formats import load_document
    from app.formats.errors import DocumentError
    from app.phrases.harvest import harvest

    documents: list[list[str]] = []
    for raw in args.paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".docx", ".txt")) if path.is_dir() else [path]
        for file in files:
            try:
                documents.append(load_document(str(file)).texts())
            except DocumentError as error:
                print(f"wengao: {file}: {error.message(lang)}", file=sys.stderr)
    if not documents:
        raise CliError(pick("没有可读的报告", "no readable reports", lang))
    store = _open(lang)
    known = [e.text for e in store.all()]
    store.close()
    candidates = harvest(documents, known)
    if args.format == "json":
        payload = [{"text": c.text, "kind": c.kind, "count": c.count, "documents": len(c.documents)} for c in candidates]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for c in candidates:
            counts = pick(f"{c.count}次/{len(c.documents)}篇", f"{c.count}× in {len(c.documents)} reports", lang)
            print(f"{c.label(lang)}\t{counts}\t{c.text}")
    return EXIT_OK
