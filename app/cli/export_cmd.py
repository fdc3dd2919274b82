"""``wengao export FILE -o OUT.docx|OUT.pdf [--profile P]``: the report in the office's layout.

The .docx is built here; a PDF is that .docx converted by LibreOffice (headless),
so it shows what Word/WPS will print. Without LibreOffice a PDF request stops
with exit status 2 and one line saying so. Output is written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_OK, CliError, configure_stdout
from app.core.lang import pick


def add_parser(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser(
        "export",
        help=pick("按公文格式（GB/T 9704）导出 .docx 或 PDF", "export as .docx or PDF in the 公文 layout (GB/T 9704)", lang),
        description=pick(
            "读取报告，按版式（默认 GB/T 9704-2012 党政机关公文格式）导出为 .docx；输出为 .pdf 时用 LibreOffice 转换。",
            "Read a report and export it through a layout profile (GB/T 9704-2012 by default) as .docx; "
            "a .pdf output is converted with LibreOffice.",
            lang,
        ),
    )
    parser.add_argument("file", metavar="FILE", help=pick("报告文件（.docx 或 .txt）", "report file (.docx or .txt)", lang))
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT",
        help=pick("输出文件：OUT.docx 或 OUT.pdf", "output file: OUT.docx or OUT.pdf", lang),
    )
    parser.add_argument(
        "--profile", metavar="P", default=None,
        help=pick("版式的 id 或名称（默认 gbt9704；--profile list 列出全部）",
                  "layout profile id or name (default gbt9704; --profile list lists them)", lang),
    )


def _profiles_text(profiles, lang: str) -> str:
    lines = []
    for profile in profiles:
        origin = pick("自定义", "user", lang) if profile.user else pick("内置", "shipped", lang)
        lines.append(f"{profile.id}\t{profile.name}\t({origin})")
    return "\n".join(lines)


def run(args: argparse.Namespace, lang: str) -> int:
    configure_stdout()
    from app.core.layout_profile import load_profiles

    profiles = load_profiles()
    for warning in profiles.warnings:
        print(f"wengao: {warning}", file=sys.stderr)
    if args.profile == "list":
        print(_profiles_text(profiles, lang))
        return EXIT_OK
    profile = profiles.get(args.profile) if args.profile else profiles.default()
    if profile is None:
        known = ", ".join(p.id for p in profiles)
        raise CliError(pick(f"没有名为“{args.profile}”的版式（可用：{known}）", f"no layout profile “{args.profile}” (known: {known})", lang))
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise CliError(pick("输出文件须以 .docx 或 .pdf 结尾", "the output must end in .docx or .pdf", lang))
    if not out.parent.is_dir():
        raise CliError(pick(f"输出文件夹不存在：{out.parent}", f"output folder does not exist: {out.parent}", lang))
    if suffix == ".pdf":
        from app.formats.libreoffice import find_soffice

        if find_soffice() is None:
            raise CliError(pick(
                "导出 PDF 需要 LibreOffice（soffice），本机未找到；可先导出 .docx 再用 WPS/Word 另存为 PDF",
                "PDF export needs LibreOffice (soffice), which is not installed; export .docx and print it from WPS/Word",
                lang,
            ))

    from app.formats import load_document
    from app.formats.docx_export import export_docx, export_pdf
    from app.formats.errors import DocumentError
    from app.formats.libreoffice import ConversionError

    try:
        report = load_document(args.file)
    except DocumentError as error:
        raise CliError(f"{args.file}: {error.message(lang)}") from None
    try:
        if suffix == ".pdf":
            export_pdf(report, out, profile)
        else:
            export_docx(report, out, profile)
    except ConversionError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(pick(f"无法写入 {out}：{error.strerror or error}", f"cannot write {out}: {error.strerror or error}", lang)) from None
    if report.omissions:
        kinds = ", ".join(sorted({o.kind for o in report.omissions}))
        print(pick(f"wengao: 注意：原文件中的以下内容未导出：{kinds}", f"wengao: note: not exported from the source: {kinds}", lang),
              file=sys.stderr)
    print(pick(f"已导出（版式：{profile.name}）：{out}", f"exported ({profile.name}): {out}", lang))
    return EXIT_OK
