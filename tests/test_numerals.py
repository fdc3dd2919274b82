from hypothesis import given
from hypothesis import strategies as st

from app.core.numerals import chinese_to_int, int_to_chinese


def test_known_values() -> None:
    assert [int_to_chinese(n) for n in (0, 1, 10, 11, 19, 20, 21, 99, 100, 103, 110, 1000)] == [
        "零", "一", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零三", "一百一十", "一千",
    ]
    assert chinese_to_int("十二") == 12
    assert chinese_to_int("两") == 2
    assert chinese_to_int("甲") is None
    assert chinese_to_int("") is None


@given(st.integers(min_value=0, max_value=9999))
def test_round_trip(number: int) -> None:
    assert chinese_to_int(int_to_chinese(number)) == number
