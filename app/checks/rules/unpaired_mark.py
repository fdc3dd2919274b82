"""unpaired-mark: “” ‘’ 《》 （） 【】 that do not pair up within a paragraph (warning).

Chinese quotes nest “‘’”, so a second “ inside an open “ is a closing mark typed
the wrong way round (``“三会一课“``); it is reported as such, once. Full- and
half-width brackets pair with each other here: a half-width one is the business
of halfwidth-punctuation.
"""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule

_OPEN = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "【": "】"}
_CLOSE = {"”": "“", "’": "‘", "》": "《", "）": "（", ")": "（", "】": "【"}
_CANON = {"(": "（", ")": "）"}
_MARKS = re.compile("[“”‘’《》（）()【】]")


class UnpairedMarkRule(ParagraphRule):
    id = "unpaired-mark"
    severity = Severity.WARNING
    title_zh = "引号括号不成对"
    title_en = "Unpaired quotes or brackets"
    help_zh = "引号、书名号、括号在段内不成对。"
    help_en = "Quotation marks, title marks or brackets that do not pair up within a paragraph."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        hits: list[Hit] = []
        stack: list[tuple[str, int]] = []
        for m in _MARKS.finditer(text):  # only the marks, not every character
            pos, ch = m.start(), m.group(0)
            if ch in _OPEN:
                canon = _CANON.get(ch, ch)
                if canon in "“‘" and stack and stack[-1][0] == canon:
                    # “…“ : the second one was meant to close the first.
                    stack.pop()
                    right = _OPEN[canon]
                    hits.append(
                        Hit(pos, pos + 1, ctx.msg(f"引号方向错误：此处应为“{right}”", f"Quote typed the wrong way: “{right}” expected"), fix=right)
                    )
                    continue
                stack.append((canon, pos))
            elif ch in _CLOSE:
                opener = _CLOSE[ch]
                if stack and stack[-1][0] == opener:
                    stack.pop()
                elif any(o == opener for o, _ in stack):
                    # Close the matching opener; whatever was opened inside it is unpaired.
                    while stack and stack[-1][0] != opener:
                        o, at = stack.pop()
                        hits.append(self._unclosed(o, at, ctx))
                    stack.pop()
                else:
                    hits.append(
                        Hit(pos, pos + 1, ctx.msg(f"“{ch}”缺少与之配对的“{opener}”", f"“{ch}” has no matching “{opener}”"))
                    )
        for o, at in stack:
            hits.append(self._unclosed(o, at, ctx))
        hits.sort(key=lambda h: h.start)
        return hits

    @staticmethod
    def _unclosed(opener: str, at: int, ctx: CheckContext) -> Hit:
        closer = _OPEN[opener]
        return Hit(at, at + 1, ctx.msg(f"“{opener}”缺少与之配对的“{closer}”", f"“{opener}” is never closed by “{closer}”"))
