"""numbering: gaps, repeats, order, skipped levels, marker forms (error / warning).

The faults come from the outline parser; this rule words them. Structure faults
at heading levels 1–4 are errors; marker-form faults and faults in ``一是…``
items are warnings (a wrong form reads badly, a missing 二是 is still readable).
"""

from __future__ import annotations

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, DocumentHit, DocumentRule

_MESSAGES = {
    "gap": ("编号不连续：“{found}”前缺少“{expected}”", "Numbering gap: “{expected}” is missing before “{found}”"),
    "repeat": ("编号重复：“{found}”，应为“{expected}”", "Repeated number “{found}”; “{expected}” expected"),
    "order": ("编号顺序错误：“{found}”，应为“{expected}”", "Numbering out of order: “{found}”, “{expected}” expected"),
    "skipped-level": ("跳级编号：“{found}”之前应先有“{expected}”一级", "Skipped level: “{found}” without a “{expected}” level above it"),
    "marker-form": ("编号格式不规范：“{found}”应为“{expected}”", "Non-standard marker “{found}”: write “{expected}”"),
    "mixed-marker": ("同级编号格式混用：“{found}”应为“{expected}”", "Mixed marker forms at one level: “{found}” should be “{expected}”"),
    "punct-after-marker": ("编号后不应加标点：“{found}”应为“{expected}”", "No punctuation after the marker: “{found}” should be “{expected}”"),
}
_FORM_KINDS = {"marker-form", "mixed-marker", "punct-after-marker"}


class NumberingRule(DocumentRule):
    id = "numbering"
    severity = Severity.ERROR
    title_zh = "编号层级"
    title_en = "Numbering"
    help_zh = "编号层级有误：跳号、重号、顺序颠倒、跳级（一、之下直接用1.），或编号形式不对（如“一.”“(一)”）。"
    help_en = "Numbering faults: gaps, repeats, wrong order, a skipped level (1. directly under 一、) or a wrong form (一. or half-width (一))."

    def check(self, doc, ctx: CheckContext) -> list[DocumentHit]:
        out = []
        for fault in doc.outline.faults:
            zh, en = _MESSAGES.get(fault.kind, ("编号问题：“{found}”", "Numbering fault: “{found}”"))
            message = ctx.msg(zh, en).format(found=fault.found, expected=fault.expected)
            severity = Severity.WARNING if fault.kind in _FORM_KINDS or fault.level == 5 else Severity.ERROR
            fix = fault.expected if fault.kind in ("marker-form", "mixed-marker", "punct-after-marker", "repeat", "order") else None
            out.append(DocumentHit(fault.paragraph, Hit(fault.start, fault.end, message, fix=fix, severity=severity)))
        return out
