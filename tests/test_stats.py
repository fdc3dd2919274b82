from app.core.stats import text_stats
from tests.conftest import SAMPLE_000_TXT, sample_lines


def test_counts_hanzi_without_punctuation_or_digits() -> None:
    stats = text_stats(["2022年，我们完成了**件。", ""])
    assert stats.hanzi == 7  # 年我们完成了件
    assert stats.characters == 15
    assert stats.pages == 1


def test_pages_at_22_lines_of_28() -> None:
    # 26 characters + 2 indent fill one line exactly; 22 such paragraphs fill a page.
    assert text_stats(["字" * 26] * 22).pages == 1
    assert text_stats(["字" * 26] * 23).pages == 2
    assert text_stats(["字" * 27]).pages == 1  # two lines, still one page


def test_sample_000_is_several_pages() -> None:
    stats = text_stats(sample_lines(SAMPLE_000_TXT))
    assert 3000 < stats.hanzi < 4500
    assert 6 <= stats.pages <= 12
