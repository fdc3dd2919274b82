"""placeholder: masks and fill-in prompts left in the text (error).

Forms seen in real reports: runs of ``*``/``＊`` (``*****件``, ``**％``, ``1＋5＋*``),
``XX``/``××``/``xx`` (``××局``), ``○○``, ``□□``, blanks ``＿＿``/``____``, and
prompts ``【填写数字】`` / ``（此处填写…）``. Beside a mask, a doubled character is
an artefact of masking (``**市市科普教育基地``: the mask swallowed 某市 but left 市).
"""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule

_MASK = re.compile(
    r"[*＊]+"
    r"|×{2,}"
    # XX/xx as a mask, not inside Latin words, ids or URLs: no letter, digit or
    # URL character on the left, no letter or digit on the right (20XX年 allowed).
    r"|(?<![A-Za-z0-9_./:@#=&%+-])[Xx]{2,}(?![A-Za-z0-9_])"
    r"|(?<=\d{2})[Xx]{2}(?=年)"
    r"|(?<![A-Za-z0-9_./:@#=&%+-])[Xx×](?=月[Xx×\d]|日)"
    r"|○{2,}|□{2,}|＿+|_{2,}"
)
# Every mask starts with one of these: find them first, then try the full pattern
# there (one alternation tried at every position of a long paragraph is slow).
_TRIGGER = re.compile(r"[*＊×Xx○□＿_]")
_PROMPT = re.compile(r"【[^【】]{0,30}】|[（(][^（）()]{0,30}[）)]")
_PROMPT_WORDS = re.compile(r"填写|填入|此处|请填|待补|待定|待填|输入|补充|单位名称|姓名|XX|××|^\s*$")
# 市市场, 市市委, 县县委 … are words, not artefacts: the second character starts a word.
_DOUBLED_OK = {
    "市": "场民区长委政级容直属值府局纪人监县中",
    "县": "委长政级直属城域纪人区",
    "区": "委长政级直属域纪人县",
    "省": "委长政级直属份纪人",
    "局": "长党机",
    "镇": "长党政",
    "村": "委民",
}


class PlaceholderRule(ParagraphRule):
    id = "placeholder"
    severity = Severity.ERROR
    title_zh = "占位符、遮盖符"
    title_en = "Placeholder or mask"
    help_zh = "留有占位符或遮盖符：“**”“XX”“×××”“（填写）”等尚未填写的内容。"
    help_en = "A mask or fill-in prompt left in the text: **, XX, ×××, （填写） and the like."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        hits: list[Hit] = []
        covered = -1
        for t in _TRIGGER.finditer(text):
            if t.start() < covered:
                continue
            m = _MASK.match(text, t.start())
            if m is None:
                continue
            covered = m.end()
            found = m.group(0)
            hits.append(Hit(m.start(), m.end(), ctx.msg(f"占位符“{found}”未替换为实际内容", f"Placeholder “{found}” left in the text")))
            after = m.end()
            if after + 2 <= len(text) and text[after] == text[after + 1] and "\u4e00" <= text[after] <= "\u9fff":
                ch = text[after]
                following = text[after + 2] if after + 2 < len(text) else ""
                if following and following in _DOUBLED_OK.get(ch, ""):
                    continue
                hits.append(
                    Hit(
                        after, after + 2,
                        ctx.msg(f"遮盖处疑有残留：“{ch}{ch}”重复", f"Masking artefact: “{ch}{ch}” doubled next to a mask"),
                        fix=ch,
                        severity=Severity.WARNING,
                    )
                )
        if "【" in text or "（" in text or "(" in text:
            for m in _PROMPT.finditer(text):
                inner = m.group(0)[1:-1]
                if _PROMPT_WORDS.search(inner) and not _MASK.search(inner):
                    hits.append(Hit(m.start(), m.end(), ctx.msg(f"填写提示“{m.group(0)}”未替换", f"Fill-in prompt “{m.group(0)}” left in the text")))
        return hits


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every mask and fill-in prompt in ``text``, in order.

    The same patterns as the rule, for other code that must find placeholders
    (the phrase library selects the first one after inserting a phrase).
    """
    spans: list[tuple[int, int]] = []
    covered = -1
    for t in _TRIGGER.finditer(text):
        if t.start() < covered:
            continue
        m = _MASK.match(text, t.start())
        if m is not None:
            spans.append((m.start(), m.end()))
            covered = m.end()
    for m in _PROMPT.finditer(text):
        inner = m.group(0)[1:-1]
        if _PROMPT_WORDS.search(inner) and not _MASK.search(inner):
            spans.append((m.start(), m.end()))
    return sorted(spans)
