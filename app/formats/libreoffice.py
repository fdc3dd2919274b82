"""Converting a .docx to PDF with LibreOffice, headless.

Used by ``wengao export … -o OUT.pdf`` and by the renderer tests (the real check
that the 22 × 28 grid comes out). Each conversion gets its own LibreOffice user
profile in a temporary folder: two conversions at once (parallel tests, a user's
open LibreOffice) would otherwise fight over one profile and fail silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_CANDIDATES = ("soffice", "libreoffice")
_WINDOWS_PATHS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


class ConversionError(Exception):
    """LibreOffice is missing or could not convert; the message is one line for the user."""


def find_soffice() -> str | None:
    """The LibreOffice executable, or None. ``WENGAO_SOFFICE`` overrides the search."""
    override = os.environ.get("WENGAO_SOFFICE")
    if override:
        return override if Path(override).is_file() or shutil.which(override) else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((p for p in _WINDOWS_PATHS if Path(p).is_file()), None)
    return None


def convert_to_pdf(docx_path: Path, out_dir: Path, *, timeout: float = 120) -> Path:
    """Convert ``docx_path`` into ``out_dir``; returns the PDF's path."""
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError("未找到 LibreOffice（soffice），无法转换为 PDF / LibreOffice (soffice) not found")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wengao-lo-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless", "--norestore", "--nologo", "--nodefault",
            "--convert-to", "pdf:writer_pdf_Export",
            "--outdir", str(out_dir),
            str(docx_path),
        ]  # fmt: skip
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ConversionError(f"LibreOffice 转换超时（{timeout:.0f} 秒）/ LibreOffice timed out") from None
        except OSError as error:
            raise ConversionError(f"无法启动 LibreOffice / cannot start LibreOffice: {error}") from None
    pdf = out_dir / (docx_path.stem + ".pdf")
    if result.returncode != 0 or not pdf.is_file():
        detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip().splitlines()
        reason = detail[-1] if detail else f"exit status {result.returncode}"
        raise ConversionError(f"LibreOffice 未能转换为 PDF / LibreOffice could not convert: {reason}")
    return pdf
