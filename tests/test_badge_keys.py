"""The headings around each finding, found on the analysis thread for the outline's
badges, are exactly what ``Outline.path_at`` gives; the window's badges use them."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

import pytest

from app.checks.finding import Finding, Severity
from app.core.outline import Outline, heading_keys, heading_keys_at, parse_outline
from app.ui.checks_bridge import CheckedFindings, ChecksBridge
from tests.conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines
from tests.ui_helpers import wait_for_analysis


def _expected(outline: Outline, findings) -> list[tuple[tuple[int, int], ...]]:
    return [
        tuple((s.paragraph, s.level) for s in outline.path_at(f.paragraph, f.start) if s.level <= 4) for f in findings
    ]


def _check_all(bridge: ChecksBridge, texts: list[str]) -> tuple[Outline, CheckedFindings]:
    """Until the budgeted checker has done every paragraph."""
    for _ in range(50):
        outline, findings = bridge.check(texts)
        if not findings.pending:
            return outline, findings
    raise AssertionError("the checks never finished")


def _assert_keys(outline: Outline, findings: CheckedFindings) -> None:
    expected = _expected(outline, findings)
    assert [findings.heading_keys_of(f) for f in findings] == expected
    assert heading_keys(outline, findings) == expected


@dataclass(frozen=True)
class _At:
    paragraph: int
    start: int


# Every kind of boundary inside a paragraph: indented and run-in headings, 一是
# items mid-paragraph, an empty heading-less paragraph, placeholders everywhere.
_BUILT = [
    "2024年度工作总结报告",
    "一、主要工作",
    "（一）学习情况。今年完成了**项学习，一是**，二是参加**次培训。",
    "",
    "  1. 缩进的标题",
    "正文**有待填。",
    "（1）第四级**",
    "三是另起一段**；四是再来。",
    "（二）其他",
    "2.跳级的标题**",
    "二、存在问题**",
    "一是**不够；二是**不足。",
    "",
]


@pytest.mark.parametrize("path", [SAMPLE_000_TXT, SAMPLE_002_TXT])
def test_keys_equal_path_at_for_the_samples(path) -> None:
    outline, findings = _check_all(ChecksBridge(), sample_lines(path))
    assert len(findings) > 0
    _assert_keys(outline, findings)


def test_keys_equal_path_at_at_every_offset_of_a_built_report() -> None:
    outline, findings = _check_all(ChecksBridge(), _BUILT)
    assert sum(f.rule == "placeholder" for f in findings) >= 8
    _assert_keys(outline, findings)
    # Every position, past both ends too, in an order that jumps about.
    outline = parse_outline(_BUILT)
    positions = [_At(p, o) for p in range(-1, len(_BUILT) + 1) for o in range(-1, len(_BUILT[min(p, len(_BUILT) - 1)]) + 3)]
    random.Random(3).shuffle(positions)
    assert heading_keys(outline, positions) == _expected(outline, positions)
    assert {k for keys in heading_keys(outline, positions) for k in keys} == {(s.paragraph, s.level) for s in outline.headings()}


def test_keys_equal_path_at_under_random_edits() -> None:
    """The engine patches its outline between runs: the keys follow each one."""
    rng = random.Random(11)
    texts = sample_lines(SAMPLE_000_TXT)
    bridge = ChecksBridge()
    inserts = ["**", "一、新的部分", "（三）新的小节", "1.", "（2）", "一是**，二是", "。", "，，"]
    for _ in range(40):
        index = rng.randrange(len(texts))
        text = texts[index]
        kind = rng.randrange(4)
        if kind == 0:  # type into a paragraph
            at = rng.randrange(len(text) + 1)
            texts[index] = text[:at] + rng.choice(inserts) + text[at:]
        elif kind == 1 and text:  # delete a few characters
            at = rng.randrange(len(text))
            texts[index] = text[:at] + text[at + rng.randint(1, 4):]
        elif kind == 2:  # a new paragraph
            texts.insert(index, rng.choice(inserts) + "新增内容**")
        elif len(texts) > 5:  # delete a paragraph
            del texts[index]
        outline, findings = _check_all(bridge, list(texts))
        _assert_keys(outline, findings)


def test_keys_are_only_for_the_findings_they_were_made_for() -> None:
    outline = parse_outline(_BUILT)
    finding = Finding("placeholder", Severity.ERROR, "m", 2, 11, 13)
    same_values = replace(finding)
    checked = CheckedFindings([finding], 0, heading_keys(outline, [finding]))
    assert checked.heading_keys_of(finding) == ((1, 1), (2, 2)) == heading_keys_at(outline, 2, 11)
    assert checked.heading_keys_of(same_values) is None  # equal, but not one of these objects
    assert CheckedFindings([finding]).heading_keys_of(finding) is None  # none computed
    assert CheckedFindings([finding], 0, []).heading_keys_of(finding) is None  # not parallel: ignored


# -- the window ------------------------------------------------------------------------


def _badge_text(window, title: str) -> str:
    tree = window.outline_dock.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop()
        if item.text(0).split("  〔")[0] == title:
            return item.text(0)
        items.extend(item.child(i) for i in range(item.childCount()))
    raise AssertionError(f"no outline item {title!r}")


_WINDOW_REPORT = [
    "2024年度工作总结报告",
    "一、主要工作",
    "（一）学习情况",
    "今年完成了**项学习，参加了**次培训。",
    "（二）其他工作",
    "按计划推进各项工作。",
    "二、下步打算",
    "继续努力。",
]


def _window_badges(window) -> dict[tuple[int, int], tuple[int, int]]:
    return dict(window.outline_dock._badges)


def _path_at_badges(window) -> dict[tuple[int, int], tuple[int, int]]:
    """What the window showed before the keys came from the analysis thread."""
    outline = window.last_analysis.outline
    badges: dict[tuple[int, int], list[int]] = {}
    for f in window.visible_findings():
        for s in outline.path_at(f.paragraph, f.start):
            if s.level <= 4:
                counts = badges.setdefault((s.paragraph, s.level), [0, 0])
                counts[0] += f.rule == "placeholder"
                counts[1] += f.severity is Severity.ERROR
    return {k: (v[0], v[1]) for k, v in badges.items()}


def test_window_badges_count_the_placeholders_under_each_heading(qtbot, window, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(_WINDOW_REPORT), encoding="utf-8")
    assert window.open_path(str(path))
    wait_for_analysis(qtbot, window, lambda a: not a.checks.pending)
    assert hasattr(window.last_analysis.checks, "heading_keys_of")
    # Placeholders are errors too; nothing else in this text is.
    assert _badge_text(window, "（一）学习情况").endswith("〔待填 2，错误 2〕")
    assert _badge_text(window, "一、主要工作").endswith("〔待填 2，错误 2〕")
    assert _badge_text(window, "（二）其他工作") == "（二）其他工作"
    assert "待填" not in _badge_text(window, "二、下步打算")
    assert _window_badges(window) == _path_at_badges(window)
    placeholders = [f for f in window.visible_findings() if f.rule == "placeholder"]
    assert len(placeholders) == 2
    assert window.placeholder_label.text() == window.tr("To fill: {count}").format(count=2)

    window.ignore_finding(placeholders[0])  # "not a fault": out of the badges
    assert _badge_text(window, "（一）学习情况").endswith("〔待填 1，错误 1〕")
    assert _window_badges(window) == _path_at_badges(window)
    assert window.placeholder_label.text() == window.tr("To fill: {count}").format(count=1)


def test_window_badges_without_precomputed_keys(qtbot, window) -> None:
    """Another check function (a plain list of findings): the window finds the headings itself."""
    texts = _WINDOW_REPORT
    findings = [
        Finding("placeholder", Severity.ERROR, "m", 3, 5, 7),
        Finding("placeholder", Severity.ERROR, "m", 3, 14, 16),
        Finding("other", Severity.WARNING, "m", 5, 0, 2),
        Finding("other", Severity.ERROR, "m", 7, 0, 2),
    ]
    window.analysis.set_check(lambda t: (parse_outline(t), list(findings)))
    window.editor.setPlainText("\n".join(texts))
    wait_for_analysis(qtbot, window, lambda a: type(a.checks) is list)
    assert _badge_text(window, "（一）学习情况").endswith("〔待填 2，错误 2〕")
    assert _badge_text(window, "（二）其他工作") == "（二）其他工作"
    assert _badge_text(window, "二、下步打算").endswith("〔错误 1〕")
    assert _window_badges(window) == _path_at_badges(window)
    assert window.findings_label.text() == window.tr("Errors: {errors}  Warnings: {warnings}").format(errors=3, warnings=1)
