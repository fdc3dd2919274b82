"""Layout profiles as data: the shipped GB/T 9704 profile, user copies, broken files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.core.layout_profile import (
    DEFAULT_ID,
    LayoutProfile,
    PageNumberStyle,
    RoleStyle,
    load_profiles,
    profile_from_dict,
    save_user_profile,
    unique_id,
)


def test_the_shipped_profile_is_gbt9704() -> None:
    profiles = load_profiles(user_folder=Path("/nonexistent"))
    gb = profiles.default()
    assert gb.id == DEFAULT_ID and gb == LayoutProfile()
    assert (gb.page_width_mm, gb.page_height_mm) == (210, 297)
    assert (gb.top_mm, gb.bottom_mm, gb.left_mm, gb.right_mm) == (37, 35, 28, 26)
    assert (gb.lines_per_page, gb.chars_per_line) == (22, 28)
    assert gb.title == RoleStyle("方正小标宋简体", 22, False)
    assert [gb.heading(n).font for n in (1, 2, 3, 4)] == ["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"]
    assert gb.body == RoleStyle("仿宋_GB2312", 16, False)
    assert gb.page_number == PageNumberStyle("宋体", 14, "outside", 1, 7)


def test_the_grid_numbers() -> None:
    gb = LayoutProfile()
    assert round(gb.text_width_pt, 1) == 442.2 and round(gb.text_height_pt, 1) == 637.8
    assert gb.line_pitch_twips == 579  # 28.95 pt: 22 lines fit 225 mm, 23 do not
    assert 22 * gb.line_pitch_pt <= gb.text_height_pt < 23 * gb.line_pitch_pt
    spacing = gb.char_spacing_twentieths()
    assert spacing == -5  # −0.25 pt
    advance = gb.body.size + spacing / 20
    assert 28 * advance <= gb.text_width_pt < 29 * advance
    # A unit's 30-character grid condenses more; every variant keeps "n fit, n+1 do not".
    for chars in (24, 26, 30):
        variant = replace(gb, chars_per_line=chars)
        advance = 16 + variant.char_spacing_twentieths() / 20
        assert chars * advance <= variant.text_width_pt < (chars + 1) * advance


def test_a_user_copy_round_trips_and_overrides(tmp_path: Path) -> None:
    gb = LayoutProfile()
    mine = replace(
        gb.copy("unit-a", "本单位版式"),
        left_mm=30, heading2=RoleStyle("楷体_GB2312", 16, True),
        page_number=replace(gb.page_number, position="center"),
    )
    path = save_user_profile(mine, tmp_path)
    assert path.name == "unit-a.toml" and "本单位版式" in path.read_text(encoding="utf-8")
    profiles = load_profiles(user_folder=tmp_path)
    loaded = profiles.get("unit-a")
    assert loaded == mine and loaded.user
    assert profiles.get("本单位版式") == mine  # by name too
    assert profiles.default() == gb
    # Same id as the shipped one: the unit's file wins.
    save_user_profile(replace(mine, id=DEFAULT_ID), tmp_path)
    assert load_profiles(user_folder=tmp_path).default().left_mm == 30


def test_a_broken_user_file_is_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("id = \n", encoding="utf-8")
    (tmp_path / "worse.toml").write_text('id = "w"\n[page]\ntop_mm = "wide"\n', encoding="utf-8")
    (tmp_path / "ok.toml").write_text('id = "ok"\nname = "只改字号"\n[body]\nsize = 15\n', encoding="utf-8")
    profiles = load_profiles(user_folder=tmp_path)
    assert set(p.id for p in profiles) == {DEFAULT_ID, "ok"}
    assert profiles.get("ok").body == RoleStyle("仿宋_GB2312", 15, False)  # other keys default
    assert len(profiles.warnings) == 2
    assert any("bad.toml" in w for w in profiles.warnings) and any("top_mm" in w for w in profiles.warnings)


@pytest.mark.parametrize(
    "data",
    [
        {"id": "x", "page": {"lines_per_page": 22.5}},
        {"id": "x", "page_number": {"position": "top"}},
        {"id": "x", "title": {"size": 200}},
        {"id": "x", "page": {"left_mm": 100, "right_mm": 100}},
        {"id": "../x"},
    ],
)
def test_invalid_values_are_refused(data: dict) -> None:
    with pytest.raises(ValueError):
        profile_from_dict(data)


def test_unique_ids() -> None:
    assert unique_id("gbt9704", {"gbt9704"}) == "gbt9704-2"
    assert unique_id("本单位 版式", set()) == "本单位-版式"
