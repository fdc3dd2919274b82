"""How big a document the editor takes on, and why.

A real report is a few thousand characters a paragraph at most and well under a
million in all. Far beyond that, Qt's text layout alone freezes the window
(measured here: a single 10-million-character paragraph took 12 s to show and
4 s per keystroke), so such files are refused with an explanation instead;
``wengao check`` still reads them.
"""

from __future__ import annotations

from app.core.document import Report

MAX_PARAGRAPH_CHARS = 100_000
MAX_TOTAL_CHARS = 2_000_000


def editor_refusal(report: Report) -> str | None:
    """A plain-Chinese reason the editor should not open this report, or None."""
    total = 0
    for index, paragraph in enumerate(report.iter_paragraphs()):
        length = len(paragraph.text)
        if length > MAX_PARAGRAPH_CHARS:
            return (
                f"第{index + 1}段长达 {length:,} 字，远超正常报告（文件可能已损坏或不是报告）。"
                f"编辑器只能打开每段不超过 {MAX_PARAGRAPH_CHARS:,} 字的文件；可用“wengao check”在命令行检查它。"
            )
        total += length
    if total > MAX_TOTAL_CHARS:
        return (
            f"全文长达 {total:,} 字，远超正常报告。编辑器只能打开不超过 {MAX_TOTAL_CHARS:,} 字的文件；"
            "可用“wengao check”在命令行检查它。"
        )
    return None
