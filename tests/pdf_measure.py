"""Read text lines with their positions from a PDF (poppler's ``pdftotext -bbox-layout``).

Used by the renderer tests: lines per page, characters per line, where the page
number sits. No extra Python dependency: poppler's XHTML is parsed with lxml.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

# Characters that are one em wide in every CJK face (quotes “” are not: their width varies by font).
FULL_WIDTH = re.compile(r"^[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]+$")
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    text: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: list[Line]


def have_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def read_pages(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True, timeout=60).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True, huge_tree=True))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iterfind(".//h:page", ns):
        lines = []
        for line in page.iterfind(".//h:line", ns):
            words = line.findall("h:word", ns)
            if not words:
                continue
            text = "".join(word.text or "" for word in words)
            lines.append(
                Line(
                    text,
                    float(line.get("xMin")), float(line.get("xMax")),
                    float(line.get("yMin")), float(line.get("yMax")),
                )
            )  # fmt: skip
        pages.append(Page(float(page.get("width")), float(page.get("height")), _merge_rows(lines)))
    return pages


def _merge_rows(lines: list[Line]) -> list[Line]:
    """One Line per printed row: poppler splits a row where the face changes (a run-in heading)."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.y_min + ln.y_max, ln.x_min)):
        centre = (line.y_min + line.y_max) / 2
        if rows and abs((rows[-1][0].y_min + rows[-1][0].y_max) / 2 - centre) < 6:
            rows[-1].append(line)
        else:
            rows.append([line])
    merged = []
    for row in rows:
        row.sort(key=lambda ln: ln.x_min)
        merged.append(Line(
            "".join(ln.text for ln in row), row[0].x_min, max(ln.x_max for ln in row),
            min(ln.y_min for ln in row), max(ln.y_max for ln in row),
        ))  # fmt: skip
    return merged
