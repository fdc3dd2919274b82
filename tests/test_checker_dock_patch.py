"""The checker panel changes only the rows that changed (issue 10: a 500k report's
3,400 rows were rebuilt after every pause in typing); what it shows must be exactly
what a rebuild would show."""

from __future__ import annotations

import random

import pytest

from app.checks.finding import Finding, Severity

RULES = {"placeholder": "占位符", "typo": "错别字", "numbering": "编号"}
SECTIONS = ["一、述责情况", "二、存在的问题", "三、下步打算", ""]


def _finding(rng: random.Random, paragraph: int) -> Finding:
    rule = rng.choice(list(RULES))
    start = rng.randrange(0, 200)
    return Finding(
        rule=rule,
        severity=rng.choice(list(Severity)),
        message=f"{RULES[rule]} {rng.randrange(5)}",
        paragraph=paragraph,
        start=start,
        end=start + rng.randrange(1, 5),
        excerpt=f"……{rng.randrange(1000)}……",
        section=SECTIONS[min(paragraph // 40, 3)] if paragraph < 160 else "",
        fingerprint=f"{rng.randrange(10**6):06d}",
    )


def _report(rng: random.Random, paragraphs: int = 150) -> list[Finding]:
    return [_finding(rng, p) for p in range(paragraphs) for _ in range(rng.randrange(0, 4))]


def _edit(rng: random.Random, findings: list[Finding]) -> list[Finding]:
    """What a pause in typing does: one paragraph's findings change (sometimes more)."""
    out = list(findings)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        paragraph = rng.randrange(0, 170)
        kept = [f for f in out if f.paragraph != paragraph]
        mine = [_finding(rng, paragraph) for _ in range(rng.randrange(0, 4))]
        out = kept + mine
    if rng.random() < 0.1:
        rng.shuffle(out)  # the engine's order is not the panel's
    return out


def _dump(dock) -> list:  # type: ignore[no-untyped-def]
    tree = dock.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        children = []
        for j in range(group.childCount()):
            item = group.child(j)
            finding = item.data(0, 0x0100)
            children.append((item.text(0), item.text(1), item.text(2), item.toolTip(0), finding, finding.fingerprint))
        rows.append((group.text(0), group.isExpanded(), children))
    return [dock.counts.text(), rows]


@pytest.mark.parametrize("grouping", [0, 1])
def test_patched_panel_matches_a_rebuilt_one(qapp, grouping: int) -> None:  # type: ignore[no-untyped-def]
    from app.ui.checker.checker_dock import CheckerDock

    rng = random.Random(grouping)
    patched = CheckerDock(RULES)
    patched.grouping.setCurrentIndex(grouping)
    findings = _report(rng)
    patched.show_findings(findings)
    patches = 0
    for _ in range(60):
        findings = _edit(rng, findings)
        first_row = patched._shown[0][2] if patched._shown else None
        patched.show_findings(findings)
        patches += bool(patched._shown) and patched._shown[0][2] is first_row
        rebuilt = CheckerDock(RULES)  # a fresh panel: built from scratch
        rebuilt.grouping.setCurrentIndex(grouping)
        rebuilt.show_findings(findings)
        assert _dump(patched) == _dump(rebuilt)
        rebuilt.deleteLater()
    assert patches > 30  # most pauses really were patched, not rebuilt


def test_patch_keeps_a_collapsed_group_collapsed_and_drops_emptied_groups(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.checker.checker_dock import CheckerDock

    rng = random.Random(7)
    dock = CheckerDock(RULES)
    findings = _report(rng)
    dock.show_findings(findings)
    dock.tree.topLevelItem(1).setExpanded(False)
    name = dock.tree.topLevelItem(1).data(0, 0x0101)
    changed = [f for f in findings if f.paragraph != 45] + [_finding(rng, 45)]
    dock.show_findings(changed)
    assert not dock._groups[name].isExpanded()
    last = SECTIONS[2]
    dock.show_findings([f for f in changed if f.section != last])
    assert last not in dock._groups
    assert all(dock.tree.topLevelItem(i).childCount() for i in range(dock.tree.topLevelItemCount()))
