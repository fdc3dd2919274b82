"""Figure masking: last year's statistics become ``**`` placeholders.

A draft made from last year's report must not go out with last year's figures,
so each count, percentage or amount (``16次``, ``1004件``, ``98％``, ``3.5万元``)
is replaced by ``**`` (the unit stays: ``**次``); the placeholder check then lists
every one until it is filled in.

What is a figure: Arabic digits followed (after an optional 余/多 and 万/亿) by a
unit or measure word, or by ``%``/``％``/``个百分点``. What is not:

- years and dates (``2022年``, ``3月10日``): 年/月/日 are not units here;
- ordinals and numbering (``第3次``, ``1.``, ``（2）``);
- numbers inside quotation marks or 《》 (names: “1＋5＋X”, 《…2022年…》),
  inside a fixed formulation (the checker's standard phrases), or in a formula
  like ``1＋5＋X`` / ``24小时`` (time spans are not statistics);
- Chinese numerals (``二十大``, ``十四五``, “两个确立”, ``三个方面``): they name
  things far more often than they count them, so they are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "**"

# Longest first, so 人次 wins over 人 and 个百分点 over 个.
_UNITS = sorted(
    """个百分点 百分点 人次 场次 户次 车次 架次 批次 余人次 平方米 平方公里 公里 千米 立方米 万元 亿元 元
    次 件 个 人 名 项 场 期 家 户 篇 条 份 批 支 座 所 处 起 台 辆 吨 米 亩 套 本 部 册 例 宗 笔 单 张 间 栋 块 棵 株
    余次 余件 余个 余人 余名 余项 余场 余家 余户 余篇 余条 余份 余批 余支 余起 余处 多次 多件 多个 多人 多名 多项
    % ％ ‰""".split(),
    key=len,
    reverse=True,
)
_NUMBER = r"(?<![\d.０-９A-Za-z＊*])(\d+(?:[.,，]\d+)*|[０-９]+(?:[.．][０-９]+)?)"
_FIGURE = re.compile(_NUMBER + r"(?=(?:余|多)?(?:万|亿)?(?:" + "|".join(map(re.escape, _UNITS)) + r"))")
_ORDINAL_BEFORE = ("第", "前", "近")  # 第3次 is an ordinal; 前3名 / 近3年 are rankings and spans
_FORMULA = re.compile(r"\d+\s*[＋+×xX]\s*\d*|[＋+×]\s*\d+")
_QUOTES = {"“": "”", "《": "》", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = {c: o for o, c in _QUOTES.items()}


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside “…”, 《…》, ‘…’ (names, titles, slogans): their digits belong to the name."""
    spans = []
    open_at: dict[str, int] = {}
    for i, ch in enumerate(text):
        if ch == "\"":  # the straight quote opens and closes
            if ch in open_at:
                spans.append((open_at.pop(ch), i + 1))
            else:
                open_at[ch] = i
            continue
        opener = _CLOSERS.get(ch)
        if opener is not None and opener in open_at:
            spans.append((open_at.pop(opener), i + 1))
        elif ch in _QUOTES and ch not in open_at:
            open_at[ch] = i
    return spans


def _fixed_spans(text: str, fixed_phrases: Iterable[str]) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _FORMULA.finditer(text)]
    for phrase in fixed_phrases:
        if phrase and any(c.isdigit() for c in phrase):
            start = text.find(phrase)
            while start >= 0:
                spans.append((start, start + len(phrase)))
                start = text.find(phrase, start + 1)
    return spans


def figure_spans(text: str, fixed_phrases: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of the digits of every statistic in ``text``."""
    protected = protected_spans(text) + _fixed_spans(text, fixed_phrases)
    out = []
    for m in _FIGURE.finditer(text):
        start, end = m.span(1)
        if text[max(0, start - 1) : start] in _ORDINAL_BEFORE:
            continue
        if any(a <= start < b for a, b in protected):
            continue
        if text[end : end + 1] in ("年", "月", "日", "时"):  # 2022年, and 5个月 is caught by the lookahead anyway
            continue
        out.append((start, end))
    return out


def mask_figures(text: str, fixed_phrases: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """Edits (start, end, ``**``) that mask every statistic in ``text``."""
    return [(a, b, MASK) for a, b in figure_spans(text, fixed_phrases)]


def shipped_fixed_phrases(extra: Iterable[str] = ()) -> list[str]:
    """The checker's standard formulations (resources/checks/standard_phrases.txt) plus ``extra``
    (the phrase library's): numbers inside them are never figures."""
    from app.resources import resource_path

    lines = resource_path("checks", "standard_phrases.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")] + [p for p in extra if p]


def masked_text(text: str, fixed_phrases: Iterable[str] = ()) -> str:
    for start, end, new in reversed(mask_figures(text, fixed_phrases)):
        text = text[:start] + new + text[end:]
    return text


__all__ = ["MASK", "figure_spans", "mask_figures", "masked_text", "protected_spans", "shipped_fixed_phrases"]
