"""date-format: ``2023年01月05日`` (zero padding), mixed numerals in a date (warning).

GB/T 9704: the date is written in Arabic numerals, full year, no zero padding
(``2023年1月5日``). A date line written wholly in Chinese numerals is flagged too.
"""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule

_CN = "〇零一二三四五六七八九十"
_ARABIC = "0-9０-９"
_DATE = re.compile(
    rf"(?<![{_ARABIC}{_CN}])([{_ARABIC}{_CN}]{{4}})年([{_ARABIC}{_CN}]{{1,3}})月(?:([{_ARABIC}{_CN}]{{1,3}})日)?"
)
_PADDED = re.compile(r"(?<![0-9])(\d{4})年(0?)(\d{1,2})月(?:(0?)(\d{1,2})日)?")


def _kind(part: str) -> str:
    if all("0" <= c <= "9" for c in part):
        return "arabic"
    if all("０" <= c <= "９" for c in part):
        return "fullwidth"
    if all(c in _CN for c in part):
        return "chinese"
    return "mixed"


class DateFormatRule(ParagraphRule):
    id = "date-format"
    severity = Severity.WARNING
    title_zh = "日期格式"
    title_en = "Date format"
    help_zh = "日期写法不规范：如“2023年01月05日”补了零，或一个日期里汉字数字与阿拉伯数字混用。"
    help_en = "A date written irregularly: zero padding (2023年01月05日) or Chinese and Arabic numerals mixed in one date."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        if "年" not in text or "月" not in text:
            return []
        hits: list[Hit] = []
        for m in _DATE.finditer(text):
            parts = [p for p in m.groups() if p]
            kinds = {_kind(p) for p in parts}
            if kinds == {"arabic"}:
                padded = _PADDED.fullmatch(m.group(0))
                if padded and (padded.group(2) or padded.group(4)):
                    fix = f"{padded.group(1)}年{int(padded.group(3))}月" + (f"{int(padded.group(5))}日" if padded.group(5) else "")
                    hits.append(Hit(m.start(), m.end(), ctx.msg(f"日期不应补零，应为“{fix}”", f"No zero padding in dates: “{fix}”"), fix=fix))
            elif "fullwidth" in kinds:
                hits.append(Hit(m.start(), m.end(), ctx.msg("日期应使用半角阿拉伯数字", "Use half-width Arabic digits in dates")))
            elif len(kinds) > 1 or "mixed" in kinds:
                hits.append(Hit(m.start(), m.end(), ctx.msg("日期中汉字数字与阿拉伯数字混用", "Chinese and Arabic numerals mixed in a date")))
            elif kinds == {"chinese"} and m.group(3) and len(text.strip()) <= 20:
                # A date line (落款) in Chinese numerals; in running text 二〇二三年 is a style choice.
                hits.append(Hit(m.start(), m.end(), ctx.msg("落款日期应使用阿拉伯数字，如“2023年1月5日”", "Write the signing date in Arabic numerals, e.g. 2023年1月5日")))
        return hits
