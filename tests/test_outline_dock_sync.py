"""The outline dock's in-place refresh shows exactly what a fresh dock shows.

show_outline skips a subtree whose Section is the very object it showed at that
place before (the engine's OutlineCache shares untouched subtrees), without walking
it. These tests drive it with the engine's own outlines over random edits and
random badge changes, and compare the tree and its lookup maps with a dock that
shows the same outline for the first time.
"""

from __future__ import annotations

import random

import pytest

from app.checks.outline_cache import OutlineCache
from app.core.outline import Outline
from app.ui.editor.structure_ops import SectionKey
from app.ui.outline.outline_dock import PATH_ROLE, OutlineDock
from tests.conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines

_MARKERS = ["一、", "二、", "（一）", "（二）", "1.", "2.", "（1）", "一是", "二是", "三是"]


def _tree(dock: OutlineDock) -> list:
    """Every row as (path data, text, tooltip, foreground, drag flag, children)."""

    def row(item) -> tuple:
        children = [row(item.child(i)) for i in range(item.childCount())]
        return (
            item.data(0, PATH_ROLE),
            item.text(0),
            item.toolTip(0),
            item.foreground(0).color().name() if item.foreground(0).style() else None,
            bool(item.flags() & item.flags().ItemIsDragEnabled),
            children,
        )

    return [row(dock.tree.topLevelItem(i)) for i in range(dock.tree.topLevelItemCount())]


def _assert_maps_consistent(dock: OutlineDock, fresh: OutlineDock) -> None:
    assert dock._sections_by_path.keys() == fresh._sections_by_path.keys()
    for path, section in fresh._sections_by_path.items():
        assert dock._sections_by_path[path] is section
    assert dock._items_by_key.keys() == fresh._items_by_key.keys()
    for key, item in dock._items_by_key.items():
        path = item.data(0, PATH_ROLE)  # also proves the item is still alive
        assert SectionKey.of(dock._sections_by_path[path]) == key


def _edit(rng: random.Random, texts: list[str]) -> None:
    i = rng.randrange(len(texts))
    kind = rng.random()
    if kind < 0.45:  # typing inside a paragraph: the outline is patched, subtrees shared
        at = rng.randrange(len(texts[i]) + 1)
        texts[i] = texts[i][:at] + rng.choice("字，。的") + texts[i][at:]
    elif kind < 0.6:  # a heading or item marker appears
        texts[i] = rng.choice(_MARKERS) + texts[i]
    elif kind < 0.7:  # a marker goes
        texts[i] = texts[i][2:]
    elif kind < 0.8:
        texts.insert(i, rng.choice(_MARKERS) + "新增内容。")
    elif kind < 0.9 and len(texts) > 5:
        del texts[i]
    else:  # the title line changes or goes
        texts[0] = rng.choice([texts[0], "", texts[0] + "报告"])


def _badges(rng: random.Random, outline: Outline, previous: dict) -> dict:
    badges = dict(previous)
    sections = [s for s in outline.walk() if s.level <= 4]
    for _ in range(rng.randrange(4)):
        if sections and rng.random() < 0.7:
            s = rng.choice(sections)
            badges[(s.paragraph, s.level)] = (rng.randrange(3), rng.randrange(3))
        elif badges:
            del badges[rng.choice(list(badges))]
    return {k: v for k, v in badges.items() if v != (0, 0)}


@pytest.mark.parametrize("seed", range(6))
def test_in_place_refresh_equals_a_fresh_dock(qtbot, seed: int) -> None:
    rng = random.Random(seed)
    texts = sample_lines(SAMPLE_000_TXT if seed % 2 else SAMPLE_002_TXT)
    cache = OutlineCache()
    dock = OutlineDock()
    qtbot.addWidget(dock)
    badges: dict = {}
    patched = 0
    for step in range(60):
        outline = cache.outline(list(texts))
        patched += cache.last_was_patch
        badges = _badges(rng, outline, badges)
        dock.show_outline(outline, badges)
        if step % 7 == 3:
            dock.highlight_position(rng.randrange(len(texts)), 0)
        fresh = OutlineDock()
        qtbot.addWidget(fresh)
        fresh.show_outline(outline, badges)
        assert _tree(dock) == _tree(fresh), f"step {step}"
        _assert_maps_consistent(dock, fresh)
        fresh.deleteLater()
        _edit(rng, texts)
    assert patched > 10  # the shared-subtree path was exercised, not only fresh parses


def test_a_shared_subtree_is_not_walked(qtbot, monkeypatch) -> None:
    """A keystroke in one section touches only the path to it (the point of the change)."""
    texts = sample_lines(SAMPLE_000_TXT)
    cache = OutlineCache()
    dock = OutlineDock()
    qtbot.addWidget(dock)
    dock.show_outline(cache.outline(texts))
    paragraph = next(s for s in cache.outline(texts).walk() if s.level == 2).paragraph + 1
    texts[paragraph] += "字"
    outline = cache.outline(texts)
    assert cache.last_was_patch
    filled: list[int] = []
    original = OutlineDock._fill_section

    def counting(self, item, section, path, fresh=False):
        filled.append(section.paragraph)
        return original(self, item, section, path, fresh)

    monkeypatch.setattr(OutlineDock, "_fill_section", counting)
    dock.show_outline(outline)
    total = sum(1 for _ in outline.walk())
    path = outline.path_at(paragraph)
    # Only the copied path (and its direct children, looked at for identity) is filled again.
    assert set(filled) == {s.paragraph for s in path}, (filled, total)
