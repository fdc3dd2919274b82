"""Checking many reports at once: one folder of colleagues' reports, or a list of files.

Used by ``wengao check`` and by the window's 检查文件夹 dialog, so both read a
folder the same way (``.docx`` recursively, Word's ``~$`` owner files skipped)
and report an unreadable file as a result of its own instead of stopping.
Progress and cancellation are callbacks, so neither caller blocks its user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class FileResult:
    path: str
    report_type: str | None = None
    year: int | None = None
    findings: list = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None
    paragraphs: list[str] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(f.severity.value == "error" for f in self.findings)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity.value == severity)


def folder_reports(folder: Path) -> list[str]:
    """The .docx reports under ``folder``, sorted; Word/WPS ``~$`` owner files skipped."""
    return sorted(
        str(p) for p in folder.rglob("*") if p.suffix.lower() == ".docx" and p.is_file() and not p.name.startswith("~$")
    )


def check_files(
    files: Iterable[str],
    resources: Any,
    *,
    lang: str,
    rules: list[str] | None = None,
    disabled: Iterable[str] = (),
    thresholds: dict[str, float] | None = None,
    report_type: Any = None,
    year: int | None = None,
    last_year: list[str] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[FileResult]:
    """Check each file in turn, yielding its result; stops early when ``cancel()`` is true.

    Each file gets an engine of its own: nothing carries over from one colleague's
    report to the next. ``last_year`` (texts) overrides the year-old text a draft carries."""
    from app.checks.engine import CheckEngine
    from app.formats import load_document
    from app.formats.errors import DocumentError

    for path in files:
        if cancel is not None and cancel():
            return
        try:
            report = load_document(path, cancel=cancel)
        except DocumentError as error:
            if error.kind == "cancelled":
                return
            yield FileResult(path, error=error.message(lang), error_kind=error.kind)
            continue
        engine = CheckEngine(resources, lang=lang, rules=rules, disabled=disabled, thresholds=thresholds or {})
        paragraphs = report.paragraphs
        result = engine.check(
            paragraphs, report_type=report_type, year=year or report.year, last_year=last_year or report.last_year
        )
        yield FileResult(
            path,
            report_type=result.report_type.id if result.report_type else None,
            year=result.year,
            findings=result.findings,
            paragraphs=[p.text for p in paragraphs],
        )
