"""Layout profiles: how a report is printed, as data (GB/T 9704-2012 by default).

A profile names the paper and margins, the 22 × 28 grid, a font, size and
boldness per paragraph role (title, headings 1–4, body), the page number (font,
size, where it sits) and where the 落款 (signature) and date go. The export
(:mod:`app.formats.docx_export`), the PDF/print renderer in the window and the
profile dialog all read the same object, so a unit's variant (its own margins,
bold level-2 headings, centred page numbers) is one edited copy.

Shipped profiles live in ``resources/layouts/*.toml``; a unit's copies in
``config_dir()/layouts/*.toml`` (a user file with a shipped id overrides it).
A broken user file is skipped with a message in ``LayoutProfiles.warnings``;
a broken shipped file is a bug and raises. File format (every key optional;
missing keys take the GB/T 9704 value)::

    id = "gbt9704"
    name = "GB/T 9704-2012 党政机关公文格式"
    [page]
    top_mm = 37
    bottom_mm = 35
    left_mm = 28
    right_mm = 26
    lines_per_page = 22
    chars_per_line = 28
    first_line_indent_chars = 2
    [title]
    font = "方正小标宋简体"
    size = 22
    bold = false
    [heading1]            # also heading2, heading3, heading4, body
    font = "黑体"
    size = 16
    bold = false
    [page_number]
    font = "宋体"
    size = 14
    position = "outside"  # outside (odd right, even left) | center | right | left | none
    inset_chars = 1       # one character in from the text block's edge
    gap_mm = 7            # below the text block
    [closing]
    signature_right_chars = 4   # 落款 (name), right-aligned, this many characters in
    date_right_chars = 4        # the date under it
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from app.core.atomicfile import atomic_write_text

PT_PER_MM = 72 / 25.4
PAGE_NUMBER_POSITIONS = ("outside", "center", "right", "left", "none")
ROLE_NAMES = ("title", "heading1", "heading2", "heading3", "heading4", "body")
DEFAULT_ID = "gbt9704"


@dataclass(frozen=True)
class RoleStyle:
    font: str
    size: float  # points: 2号 = 22, 3号 = 16, 4号 = 14
    bold: bool = False


@dataclass(frozen=True)
class PageNumberStyle:
    font: str = "宋体"
    size: float = 14
    position: str = "outside"
    inset_chars: float = 1
    gap_mm: float = 7


@dataclass(frozen=True)
class LayoutProfile:
    """A print layout. The defaults are GB/T 9704-2012 (see GENRE.md, last table)."""

    id: str = DEFAULT_ID
    name: str = "GB/T 9704-2012 党政机关公文格式"
    page_width_mm: float = 210
    page_height_mm: float = 297
    top_mm: float = 37
    bottom_mm: float = 35
    left_mm: float = 28
    right_mm: float = 26
    lines_per_page: int = 22
    chars_per_line: int = 28
    first_line_indent_chars: float = 2
    title: RoleStyle = RoleStyle("方正小标宋简体", 22)
    heading1: RoleStyle = RoleStyle("黑体", 16)
    heading2: RoleStyle = RoleStyle("楷体_GB2312", 16)
    heading3: RoleStyle = RoleStyle("仿宋_GB2312", 16)
    heading4: RoleStyle = RoleStyle("仿宋_GB2312", 16)
    body: RoleStyle = RoleStyle("仿宋_GB2312", 16)
    page_number: PageNumberStyle = field(default_factory=PageNumberStyle)
    signature_right_chars: float = 4
    date_right_chars: float = 4
    source: str = field(default="", compare=False)  # the file it came from
    user: bool = field(default=False, compare=False)  # a unit's own copy (editable)

    # -- what the numbers mean on paper ------------------------------------------
    @property
    def text_width_pt(self) -> float:
        return (self.page_width_mm - self.left_mm - self.right_mm) * PT_PER_MM

    @property
    def text_height_pt(self) -> float:
        return (self.page_height_mm - self.top_mm - self.bottom_mm) * PT_PER_MM

    @property
    def line_pitch_twips(self) -> int:
        """The fixed line height in twips (1/20 pt), rounded down so all lines fit: 579 for GB/T 9704."""
        return math.floor(self.text_height_pt * 20 / self.lines_per_page)

    @property
    def line_pitch_pt(self) -> float:
        return self.line_pitch_twips / 20

    def char_spacing_twentieths(self, size: float | None = None) -> int:
        """Character spacing (1/20 pt, negative = condensed) that puts ``chars_per_line``
        full-width characters of ``size`` on a line and not one more: −5 (−0.25 pt)
        for 28 characters of 16 pt in 156 mm (28 × 15.75 = 441 ≤ 442.2 < 29 × 15.75)."""
        size = self.body.size if size is None else size
        pitch = self.text_width_pt / self.chars_per_line
        return math.floor((pitch - size) * 20)

    def role(self, name: str) -> RoleStyle:
        if name not in ROLE_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def heading(self, level: int) -> RoleStyle:
        return self.role(f"heading{level}")

    def font_names(self) -> list[str]:
        """Every font the profile names, in role order, without repeats."""
        names = [self.role(role).font for role in ROLE_NAMES]
        if self.page_number.position != "none":
            names.append(self.page_number.font)
        return list(dict.fromkeys(names))

    def copy(self, new_id: str, name: str) -> LayoutProfile:
        """An editable copy for a unit's own variant."""
        return replace(self, id=new_id, name=name, source="", user=True)

    def to_toml(self) -> str:
        return _to_toml(self)


@dataclass
class LayoutProfiles:
    """All known profiles, by id, plus the messages met while loading them."""

    profiles: dict[str, LayoutProfile] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, profile_id: str | None) -> LayoutProfile | None:
        if profile_id is None:
            return None
        if profile_id in self.profiles:
            return self.profiles[profile_id]
        # Accept the display name too (what a user may type on the command line).
        return next((p for p in self.profiles.values() if p.name == profile_id), None)

    def default(self) -> LayoutProfile:
        return self.profiles.get(DEFAULT_ID) or LayoutProfile()

    def __iter__(self):
        return iter(self.profiles.values())

    def __len__(self) -> int:
        return len(self.profiles)


# -- reading -----------------------------------------------------------------------
_SIMPLE_PAGE_KEYS = {
    "width_mm": "page_width_mm", "height_mm": "page_height_mm", "top_mm": "top_mm", "bottom_mm": "bottom_mm",
    "left_mm": "left_mm", "right_mm": "right_mm", "lines_per_page": "lines_per_page",
    "chars_per_line": "chars_per_line", "first_line_indent_chars": "first_line_indent_chars",
}  # fmt: skip
_RANGES: dict[str, tuple[float, float]] = {
    "page_width_mm": (50, 1000), "page_height_mm": (50, 1000), "top_mm": (0, 150), "bottom_mm": (0, 150),
    "left_mm": (0, 150), "right_mm": (0, 150), "lines_per_page": (1, 100), "chars_per_line": (1, 100),
    "first_line_indent_chars": (0, 10), "signature_right_chars": (0, 20), "date_right_chars": (0, 20),
}  # fmt: skip


def _number(value: Any, key: str, low: float, high: float, integer: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{key}: 应为数字 (a number is expected), got {value!r}")
    if integer and value != int(value):
        raise ValueError(f"{key}: 应为整数 (an integer is expected), got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{key}: {value} 超出范围 {low}–{high} (out of range)")
    return int(value) if integer else float(value)


def _role(data: Any, key: str, default: RoleStyle) -> RoleStyle:
    if data is None:
        return default
    if not isinstance(data, dict):
        raise ValueError(f"[{key}] 应为表 (a table is expected)")
    font = data.get("font", default.font)
    if not isinstance(font, str) or not font.strip():
        raise ValueError(f"{key}.font: 应为字体名称 (a font name is expected)")
    bold = data.get("bold", default.bold)
    if not isinstance(bold, bool):
        raise ValueError(f"{key}.bold: 应为 true/false")
    size = _number(data.get("size", default.size), f"{key}.size", 5, 72)
    return RoleStyle(font.strip(), size, bold)


def profile_from_dict(data: dict[str, Any], source: str = "", user: bool = False) -> LayoutProfile:
    """A profile from parsed TOML/JSON; ValueError says what is wrong."""
    base = LayoutProfile()
    profile_id = data.get("id")
    if not isinstance(profile_id, str) or not re.fullmatch(r"[\w\-.]{1,64}", profile_id):
        raise ValueError("id: 须为 1–64 个字母、数字、-、_ (id must be a short name)")
    name = data.get("name", profile_id)
    if not isinstance(name, str) or not name.strip():
        raise ValueError("name: 应为文字 (text is expected)")
    values: dict[str, Any] = {"id": profile_id, "name": name.strip(), "source": source, "user": user}
    page = data.get("page", {})
    if not isinstance(page, dict):
        raise ValueError("[page] 应为表 (a table is expected)")
    for key, attr in _SIMPLE_PAGE_KEYS.items():
        if key in page:
            low, high = _RANGES[attr]
            values[attr] = _number(page[key], f"page.{key}", low, high, attr in ("lines_per_page", "chars_per_line"))
    for role in ROLE_NAMES:
        values[role] = _role(data.get(role), role, getattr(base, role))
    number = data.get("page_number", {})
    if not isinstance(number, dict):
        raise ValueError("[page_number] 应为表 (a table is expected)")
    position = number.get("position", base.page_number.position)
    if position not in PAGE_NUMBER_POSITIONS:
        raise ValueError(f"page_number.position: 应为 {' / '.join(PAGE_NUMBER_POSITIONS)} 之一, got {position!r}")
    font = number.get("font", base.page_number.font)
    if not isinstance(font, str) or not font.strip():
        raise ValueError("page_number.font: 应为字体名称 (a font name is expected)")
    values["page_number"] = PageNumberStyle(
        font=font.strip(),
        size=_number(number.get("size", base.page_number.size), "page_number.size", 5, 72),
        position=position,
        inset_chars=_number(number.get("inset_chars", base.page_number.inset_chars), "page_number.inset_chars", 0, 10),
        gap_mm=_number(number.get("gap_mm", base.page_number.gap_mm), "page_number.gap_mm", 0, 50),
    )
    closing = data.get("closing", {})
    if not isinstance(closing, dict):
        raise ValueError("[closing] 应为表 (a table is expected)")
    for key in ("signature_right_chars", "date_right_chars"):
        if key in closing:
            values[key] = _number(closing[key], f"closing.{key}", *_RANGES[key])
    profile = LayoutProfile(**values)
    if profile.text_width_pt < 72 or profile.text_height_pt < 72:
        raise ValueError("page: 页边距过大，版心不足 1 英寸 (margins leave no room for text)")
    return profile


def load_profile_file(path: Path, user: bool = True) -> LayoutProfile:
    with path.open("rb") as handle:
        return profile_from_dict(tomllib.load(handle), str(path), user)


def _load_dir(folder: Path, user: bool, into: LayoutProfiles) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        try:
            profile = load_profile_file(path, user)
        except (OSError, ValueError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            if not user:
                raise  # a broken shipped file is a bug: fail loudly in tests
            into.warnings.append(f"版式文件 {path.name} 无法读取，已跳过：{error}")
            continue
        into.profiles[profile.id] = profile


def user_layouts_dir() -> Path:
    from app.paths import config_dir

    return config_dir() / "layouts"


def load_profiles(resource_folder: Path | None = None, user_folder: Path | None = None) -> LayoutProfiles:
    """Shipped profiles, then the unit's (which may override a shipped id)."""
    if resource_folder is None:
        from app.resources import resource_path

        resource_folder = resource_path("layouts")
    if user_folder is None:
        user_folder = user_layouts_dir()
    result = LayoutProfiles()
    _load_dir(resource_folder, False, result)
    _load_dir(user_folder, True, result)
    if DEFAULT_ID not in result.profiles:
        result.profiles[DEFAULT_ID] = LayoutProfile()
    return result


def save_user_profile(profile: LayoutProfile, user_folder: Path | None = None) -> Path:
    """Write a unit's profile as ``<id>.toml`` in the user layouts folder, atomically."""
    folder = user_layouts_dir() if user_folder is None else user_folder
    folder.mkdir(parents=True, exist_ok=True)
    text = profile.to_toml()
    profile_from_dict(tomllib.loads(text))  # never write a file we could not read back
    path = folder / f"{profile.id}.toml"
    atomic_write_text(path, text)
    return path


def unique_id(base: str, taken: set[str] | dict[str, Any]) -> str:
    stem = re.sub(r"[^\w\-.]", "-", base)[:56] or "layout"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


# -- writing (a tiny TOML writer: the format above is two levels of plain values) --
def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _to_toml(profile: LayoutProfile) -> str:
    lines = [
        "# Wengao layout profile (版式). Sizes in points (2号 = 22, 3号 = 16, 4号 = 14), lengths in mm.",
        f"id = {_toml_value(profile.id)}",
        f"name = {_toml_value(profile.name)}",
        "",
        "[page]",
    ]
    for key, attr in _SIMPLE_PAGE_KEYS.items():
        lines.append(f"{key} = {_toml_value(getattr(profile, attr))}")
    for role in ROLE_NAMES:
        style = profile.role(role)
        lines += ["", f"[{role}]"] + [f"{f.name} = {_toml_value(getattr(style, f.name))}" for f in fields(style)]
    lines += ["", "[page_number]"]
    lines += [f"{f.name} = {_toml_value(getattr(profile.page_number, f.name))}" for f in fields(PageNumberStyle)]
    lines += [
        "",
        "[closing]",
        f"signature_right_chars = {_toml_value(profile.signature_right_chars)}",
        f"date_right_chars = {_toml_value(profile.date_right_chars)}",
    ]
    return "\n".join(lines) + "\n"
