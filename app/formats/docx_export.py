"""Export a report as the office prints it: a .docx (or, through LibreOffice, a PDF)
laid out through a layout profile (GB/T 9704-2012 by default).

The export shares the builder with the plain save (:mod:`app.formats.docx_build`:
one mechanism used twice); what differs is that the profile decides everything
the layout covers (``strict``: title and heading weight too), and that nothing
of Wengao's own is written into the file (no report type, ignored findings or
last year's text): the exported file goes to the office as it is.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from app.core.atomicfile import atomic_write_bytes
from app.core.document import Report
from app.core.layout_profile import LayoutProfile
from app.formats.docx_build import build_docx


def export_docx_bytes(report: Report, profile: LayoutProfile | None = None) -> bytes:
    """The report laid out through ``profile`` as a .docx package."""
    return build_docx(report, profile or LayoutProfile(), strict=True)


def _verify_package(path: Path) -> None:
    # A truncated write (full disk) must not replace a good earlier export.
    with zipfile.ZipFile(path) as package:
        if package.testzip() is not None or "word/document.xml" not in package.namelist():
            raise OSError("the written .docx does not read back")


def export_docx(report: Report, path: str | os.PathLike[str], profile: LayoutProfile | None = None) -> Path:
    """Write the export to ``path`` atomically (the old file stays whole if anything fails)."""
    target = Path(os.fspath(path))
    atomic_write_bytes(target, export_docx_bytes(report, profile), verify=_verify_package)
    return target


def export_pdf(
    report: Report, path: str | os.PathLike[str], profile: LayoutProfile | None = None, *, timeout: float = 120
) -> Path:
    """The export converted to PDF by LibreOffice (headless), written atomically.

    Raises :class:`app.formats.libreoffice.ConversionError` (with a one-line reason)
    when LibreOffice is missing or fails."""
    import tempfile

    from app.formats.libreoffice import convert_to_pdf

    target = Path(os.fspath(path))
    with tempfile.TemporaryDirectory(prefix="wengao-export-") as folder:
        docx_path = Path(folder) / "report.docx"
        docx_path.write_bytes(export_docx_bytes(report, profile))
        pdf = convert_to_pdf(docx_path, Path(folder), timeout=timeout)
        atomic_write_bytes(target, pdf.read_bytes())
    return target
