"""Report types as data: required level-1 sections, their aliases and order.

Shipped types live in ``resources/reporttypes/*.toml``; a unit adds or overrides a
type by dropping a ``.toml`` file into ``config_dir()/reporttypes``. A broken user
file is skipped with a warning, never a crash. File format::

    id = "述责述廉报告"                 # stable id, also what --type accepts
    name_en = "Report on duty and integrity"
    title_keywords = ["述责述廉"]       # a title containing one of these → this type
    [[sections]]
    name = "述责述廉情况"
    role = "work"                       # work | integrity | problems | causes | plan | review
    aliases = ["履职尽责情况", "落实全面从严治党责任情况"]
    required = true                     # default true

Matching a heading to a section is by meaning, not string equality: an alias
contained in the heading matches outright; otherwise the heading's words (jieba,
with genre synonyms folded: 下一步→下步, 计划→打算 …) must cover most of an alias's
content words.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

if TYPE_CHECKING:
    from app.core.segment import Segmenter

# Words that carry no meaning for matching a heading to a section.
_STOPWORDS = frozenset(
    "的 和 与 及 以及 等 个人 本人 主要 方面 有关 相关 一年 来 年度 工作 情况 我 的 了 在 中 上 下 、 ， , ：:".split()
)
# Genre synonyms folded to one word before comparing (heading wording varies by unit).
_SYNONYMS = {
    "下一步": "下步", "今后": "下步", "明年": "下步", "来年": "下步", "下": "下步", "步": "下步",
    "计划": "打算", "思路": "打算", "安排": "打算", "设想": "打算", "方向": "打算", "措施": "打算",
    "不足": "问题", "差距": "问题", "短板": "问题", "不足之处": "问题", "存在": "问题",
    "成效": "成绩", "成果": "成绩", "亮点": "成绩",
    "履职": "履职", "尽责": "履职", "履责": "履职", "职责": "履职",
    "廉洁": "廉洁", "廉政": "廉洁", "自律": "廉洁", "述廉": "廉洁",
    "原因": "原因", "根源": "原因", "剖析": "原因", "分析": "原因",
}
_NORMALISE = re.compile(r"[\s\u3000的“”\"'‘’《》（）()、，,。：:；;]")
MATCH_THRESHOLD = 0.6


@dataclass(frozen=True)
class SectionSpec:
    name: str
    role: str = "work"
    aliases: tuple[str, ...] = ()
    required: bool = True

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class ReportType:
    id: str
    name_en: str = ""
    title_keywords: tuple[str, ...] = ()
    sections: tuple[SectionSpec, ...] = ()
    source: str = ""  # the file it came from
    user: bool = False  # from the user's config folder

    @property
    def required_sections(self) -> tuple[SectionSpec, ...]:
        return tuple(s for s in self.sections if s.required)

    def name(self, lang: str = "zh") -> str:
        return self.name_en if lang == "en" and self.name_en else self.id


@dataclass
class ReportTypes:
    """All known types, by id, plus the warnings met while loading them."""

    types: dict[str, ReportType] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def get(self, name: str) -> ReportType | None:
        """By id or English name, tolerant of spacing and case."""
        key = name.strip()
        if key in self.types:
            return self.types[key]
        for rtype in self.types.values():
            if rtype.name_en and rtype.name_en.lower() == key.lower():
                return rtype
        # 民主生活会对照检查材料 vs 民主生活会个人对照检查材料: accept containment.
        for rtype in self.types.values():
            if key and (key in rtype.id or rtype.id in key):
                return rtype
        return None

    def __iter__(self):
        return iter(self.types.values())


def _parse(data: dict, source: str, user: bool) -> ReportType:
    type_id = data.get("id")
    if not isinstance(type_id, str) or not type_id.strip():
        raise ValueError("missing 'id'")
    sections = []
    for raw in data.get("sections", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise ValueError("each [[sections]] needs a 'name'")
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"section {raw['name']!r}: 'aliases' must be a list of strings")
        sections.append(
            SectionSpec(
                name=raw["name"],
                role=str(raw.get("role", "work")),
                aliases=tuple(aliases),
                required=bool(raw.get("required", True)),
            )
        )
    if not sections:
        raise ValueError("no [[sections]]")
    keywords = data.get("title_keywords", [type_id])
    if not isinstance(keywords, list):
        raise ValueError("'title_keywords' must be a list")
    return ReportType(
        id=type_id.strip(),
        name_en=str(data.get("name_en", "")),
        title_keywords=tuple(str(k) for k in keywords),
        sections=tuple(sections),
        source=source,
        user=user,
    )


def _load_dir(folder: Path, user: bool, into: ReportTypes) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                rtype = _parse(tomllib.load(handle), str(path), user)
        except (OSError, ValueError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            if not user:
                raise  # a broken shipped file is a bug: fail loudly in tests
            into.warnings.append(f"{path.name}: {error}")
            continue
        into.types[rtype.id] = rtype  # a user file with a shipped id overrides it


def load_report_types(resource_folder: Path | None = None, user_folder: Path | None = None) -> ReportTypes:
    """Shipped types, then the user's (which may override a shipped id)."""
    if resource_folder is None:
        from app.resources import resource_path

        resource_folder = resource_path("reporttypes")
    if user_folder is None:
        from app.paths import config_dir

        user_folder = config_dir() / "reporttypes"
    result = ReportTypes()
    _load_dir(resource_folder, False, result)
    _load_dir(user_folder, True, result)
    return result


def normalise_heading(text: str) -> str:
    return _NORMALISE.sub("", text)


def _content_words(text: str, segmenter: Segmenter) -> frozenset[str]:
    words = set()
    for word in segmenter.cut(normalise_heading(text)):
        if word in _STOPWORDS:
            continue
        words.add(_SYNONYMS.get(word, word))
    return frozenset(words)


def alias_match(heading: str, spec: SectionSpec) -> bool:
    """Cheap test: an alias (or the name) contained in the heading."""
    norm = normalise_heading(heading)
    return any(normalise_heading(alias) in norm for alias in spec.all_names)


def match_score(heading: str, spec: SectionSpec, segmenter: Segmenter | None) -> float:
    """1.0 for an alias match; else the best share of an alias's content words found."""
    if alias_match(heading, spec):
        return 1.0
    if segmenter is None:
        return 0.0
    heading_words = _content_words(heading, segmenter)
    best = 0.0
    for alias in spec.all_names:
        alias_words = _content_words(alias, segmenter)
        if alias_words:
            best = max(best, len(heading_words & alias_words) / len(alias_words))
    return best


@dataclass(frozen=True)
class SectionMatch:
    """Which heading (index into the given list) serves which required section."""

    assigned: dict[int, int]  # section index in rtype.sections → heading index
    missing: tuple[int, ...]  # section indexes with no heading


def match_sections(
    headings: Sequence[str], rtype: ReportType, segmenter: Segmenter | None
) -> SectionMatch:
    """Assign level-1 headings to a type's sections, each heading used at most once.

    Alias matches are taken first, so jieba only runs when some section is left
    over (the common well-formed report never loads it).
    """
    assigned: dict[int, int] = {}
    used: set[int] = set()
    last = -1
    for s_index, spec in enumerate(rtype.sections):
        # Prefer a heading after the previous section's, so 整改措施 does not grab
        # 上年度整改措施落实情况 ahead of the heading that really is the plan.
        order = [h for h in range(last + 1, len(headings))] + [h for h in range(0, last + 1)]
        for h_index in order:
            if h_index not in used and alias_match(headings[h_index], spec):
                assigned[s_index] = h_index
                used.add(h_index)
                last = max(last, h_index)
                break
    left = [i for i in range(len(rtype.sections)) if i not in assigned]
    if left and segmenter is not None and len(used) < len(headings):
        scored = []
        for s_index in left:
            for h_index, heading in enumerate(headings):
                if h_index in used:
                    continue
                score = match_score(heading, rtype.sections[s_index], segmenter)
                if score >= MATCH_THRESHOLD:
                    scored.append((-score, s_index, h_index))
        for _neg, s_index, h_index in sorted(scored):
            if s_index not in assigned and h_index not in used:
                assigned[s_index] = h_index
                used.add(h_index)
    missing = tuple(i for i, spec in enumerate(rtype.sections) if spec.required and i not in assigned)
    return SectionMatch(assigned, missing)


def detect_report_type(
    title: str | None, headings: Iterable[str], types: ReportTypes
) -> ReportType | None:
    """From the title's keywords (longest wins: 述职述廉 over 述职), else from headings."""
    if title:
        best: tuple[int, ReportType] | None = None
        for rtype in types:
            for keyword in rtype.title_keywords:
                if keyword and keyword in title and (best is None or len(keyword) > best[0]):
                    best = (len(keyword), rtype)
        if best:
            return best[1]
    heading_list = list(headings)
    if not heading_list:
        return None
    best_score, best_type = 0.0, None
    for rtype in types:
        required = rtype.required_sections
        if not required:
            continue
        matched = match_sections(heading_list, rtype, None)
        hits = sum(1 for i, s in enumerate(rtype.sections) if s.required and i in matched.assigned)
        score = hits / len(required)
        if score > best_score:
            best_score, best_type = score, rtype
    return best_type if best_score >= 0.5 else None
