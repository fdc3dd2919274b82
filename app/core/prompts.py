"""The 【此处填写…】 prompts that new reports and templates leave for the writer.

Each prompt says 填写 and stays under 30 characters inside the brackets: that is
what the placeholder rule recognises as an unfilled prompt (a bare 【…】 may be a
legitimate label such as 【典型案例】), so the checker lists every prompt still
unfilled and F8 walks them in order.
"""

from __future__ import annotations

# For a whole level-1 section of a new report, by the section's role.
SECTION_PROMPTS = {
    "work": "【此处填写主要工作和成效，可分（一）（二）等小节】",
    "integrity": "【此处填写遵守中央八项规定精神和廉洁自律情况】",
    "problems": "【此处填写存在的问题及具体表现】",
    "causes": "【此处填写原因剖析】",
    "plan": "【此处填写下一年度工作打算和整改措施】",
    "review": "【此处填写上年度问题整改落实情况】",
}

# For one paragraph of a template, by the role of the section it stands in.
PARAGRAPH_PROMPTS = {
    "work": "【此处填写本项工作的具体做法和成效】",
    "integrity": "【此处填写廉洁自律的具体情况】",
    "problems": "【此处填写存在的问题及具体表现】",
    "causes": "【此处填写原因剖析】",
    "plan": "【此处填写下一年度的打算和措施】",
    "review": "【此处填写上年度问题整改落实情况】",
}

OPENING_PROMPT = "【此处填写一年来的总体情况】"
SIGNATURE_PROMPT = "【此处填写署名】"
DATE_PROMPT = "【此处填写日期】"


def section_prompt(role: str, name: str) -> str:
    return SECTION_PROMPTS.get(role, f"【此处填写{name}】")


def paragraph_prompt(role: str) -> str:
    return PARAGRAPH_PROMPTS.get(role, PARAGRAPH_PROMPTS["work"])
