"""The export as a real renderer lays it out: LibreOffice → PDF → poppler.

One conversion for the module (through ``wengao export -o OUT.pdf``, so the CLI's
PDF path is covered too). Asserts what the office checks on paper: A4, 22 text
lines on a full page at the fixed pitch, 28 characters on a full line, the page
number ``— N —`` on every page, odd pages right and even pages left one
character in from the text block, about 7 mm below it. Skipped only when
LibreOffice or pdftotext is missing (CI installs both: packaging/dev.sh test).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import SAMPLE_000_DOCX
from pdf_measure import FULL_WIDTH, PT_PER_MM, Page, have_pdftotext, read_pages

from app.cli.main import main
from app.core.layout_profile import LayoutProfile
from app.formats.libreoffice import find_soffice

pytestmark = [
    pytest.mark.renderer,
    pytest.mark.skipif(
        find_soffice() is None or not have_pdftotext(),
        reason="needs LibreOffice (soffice) and poppler (pdftotext); packaging/dev.sh test installs them as root on Debian",
    ),
]

GB = LayoutProfile()
PAGE_NUMBER = re.compile(r"^—(\d+)—$")
TEXT_BOTTOM_PT = (GB.page_height_mm - GB.bottom_mm) * PT_PER_MM


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    out = tmp_path_factory.mktemp("renderer") / "sample.pdf"
    assert main(["export", str(SAMPLE_000_DOCX), "-o", str(out)]) == 0
    return read_pages(out)


def text_lines(page: Page) -> list:
    return [line for line in page.lines if line.y_max <= TEXT_BOTTOM_PT + 2]


def number_lines(page: Page) -> list:
    return [line for line in page.lines if line.y_min > TEXT_BOTTOM_PT]


def test_a4(pages: list[Page]) -> None:
    assert len(pages) >= 4
    for page in pages:
        assert abs(page.width - 595.3) < 1 and abs(page.height - 841.9) < 1


def test_22_lines_on_every_full_page_at_the_fixed_pitch(pages: list[Page]) -> None:
    for page in pages[1:-1]:  # the first has the title, the last is not full
        lines = text_lines(page)
        assert len(lines) == 22, [ln.text for ln in lines]
        tops = [ln.y_min for ln in lines]
        steps = [b - a for a, b in zip(tops, tops[1:])]
        assert all(abs(step - GB.line_pitch_pt) < 0.6 for step in steps), steps
        # The text block: first line near the top margin, the 22nd within the bottom margin.
        assert abs(tops[0] - GB.top_mm * PT_PER_MM) < GB.line_pitch_pt
    first = text_lines(pages[0])
    assert len(first) == 21  # the title, one empty grid line, 20 lines of text


def test_28_characters_on_a_full_line(pages: list[Page]) -> None:
    counts = Counter(
        len(line.text)
        for page in pages
        for line in text_lines(page)
        if FULL_WIDTH.match(line.text) and line.x_min < GB.left_mm * PT_PER_MM + 2  # not indented
    )
    assert max(counts) == 28, counts
    full = sum(n for length, n in counts.items() if length >= 27)
    assert counts[28] >= 0.8 * full, counts  # 27 only where a line may not start with punctuation
    widest = max(
        (ln for page in pages for ln in text_lines(page) if FULL_WIDTH.match(ln.text) and len(ln.text) == 28),
        key=lambda ln: ln.x_max - ln.x_min,
    )
    assert abs((widest.x_max - widest.x_min) - GB.text_width_pt) < 16  # fills the 156 mm


def test_page_numbers_outside_one_character_in_below_the_text(pages: list[Page]) -> None:
    left = GB.left_mm * PT_PER_MM
    right = GB.page_width_mm * PT_PER_MM - GB.right_mm * PT_PER_MM
    inset = GB.page_number.inset_chars * GB.page_number.size
    for index, page in enumerate(pages, start=1):
        numbers = number_lines(page)
        assert len(numbers) == 1, [ln.text for ln in numbers]
        number = numbers[0]
        assert PAGE_NUMBER.match(number.text) and int(PAGE_NUMBER.match(number.text).group(1)) == index
        if index % 2:
            assert abs(number.x_max - (right - inset)) < 3, (index, number)
        else:
            assert abs(number.x_min - (left + inset)) < 3, (index, number)
        gap_mm = (number.y_min - TEXT_BOTTOM_PT) / PT_PER_MM
        assert 4 <= gap_mm <= 10, gap_mm  # GB/T 9704: 7 mm; the box includes the face's ascent
