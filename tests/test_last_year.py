"""Issue 7: from last year's report to this year's draft (core, .docx link, CLI)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from app.checks.engine import CheckEngine
from app.checks.resources import load_check_resources
from app.cli.main import main
from app.core.diff import compare, render_html, render_text
from app.core.masking import masked_text, shipped_fixed_phrases
from app.core.rollover import draft_from_last_year, shift_years
from app.core.templates import make_template, report_type_toml
from app.formats import load_document, save_document
from tests.conftest import SAMPLE_000_DOCX, SAMPLE_000_TXT, SAMPLE_002_DOCX

UNCHANGED = "unchanged-from-last-year"


@pytest.fixture(scope="module")
def resources():
    return load_check_resources()


@pytest.fixture
def last_docx(tmp_path: Path) -> Path:
    target = tmp_path / "2022年述责述廉报告.docx"
    shutil.copy(SAMPLE_000_DOCX, target)
    return target


def _body_paragraphs(texts: list[str]) -> list[int]:
    """Paragraphs that are neither the title nor a level-1 heading (what the rule compares)."""
    from app.core.outline import parse_outline

    roles = parse_outline(texts).roles
    return [i for i, r in enumerate(roles) if r.value not in ("title", "heading1") and len(texts[i]) >= 30]


# -- year roll-over ------------------------------------------------------------------


def test_sample_000_becomes_a_2023_draft() -> None:
    last = load_document(SAMPLE_000_DOCX)
    draft = draft_from_last_year(last, mask=True, fixed_phrases=shipped_fixed_phrases())
    texts = draft.report.texts()
    assert (draft.last_year, draft.year, draft.report.year) == (2022, 2023, 2023)
    assert texts[0] == "2023年度市局班子成员述责述廉报告"
    assert texts[1].startswith("2023年，在市局党组的带领和支持下")
    problems = texts.index("二、存在的问题") + 1
    assert texts[problems].startswith("2023年，我在全面从严治党工作中")
    plan = texts.index("三、下步工作打算") + 1
    assert texts[plan].startswith("2024年是贯彻落实党的二十大精神开局之年，是“十四五”规划承上启下之年")
    # Names keep their years: a prize won in 2022 is still a 2022 prize.
    assert "入选“2022年数字江苏建设优秀实践成果”和“2022江苏省数字化绿色化协同转型发展典型案例”" in "".join(texts)
    assert len(draft.year_changes) == 4
    # Last year's text rides along, its year and file name too.
    assert draft.report.last_year == last.texts()
    assert draft.report.last_year_year == 2022


def test_years_in_names_dates_and_mid_sentence_stay() -> None:
    texts = [
        "2022年度述职报告",
        "2022年以来，本人……现将有关情况报告如下。",
        "一、履职情况",
        "2022年以来，牵头制定《局党组2022年专题学习计划》，项目入选全市2022年度作风问题“小切口”重点项目库，于2022年3月10日召开会议。",
        "二、下步打算",
        "2023年，我将……2023年是全面贯彻落实党的二十大精神的开局之年。",
        "2023年1月5日",
    ]
    from app.core.document import Report

    moved, changes = shift_years(Report.from_text("\n".join(texts)), 2022, 2023)
    out = moved.texts()
    assert out[0] == "2023年度述职报告"
    assert out[1].startswith("2023年以来")
    assert out[3] == texts[3].replace("2022年以来，", "2023年以来，", 1)
    assert out[5] == "2024年，我将……2024年是全面贯彻落实党的二十大精神的开局之年。"
    assert out[6] == "2024年1月5日"


def test_runs_keep_their_formatting() -> None:
    last = load_document(SAMPLE_000_DOCX)
    draft = draft_from_last_year(last)
    before = last.paragraphs[0].runs
    after = draft.report.paragraphs[0].runs
    assert [(r.bold, r.font, r.east_asian_font, r.size) for r in after] == [(r.bold, r.font, r.east_asian_font, r.size) for r in before]
    # The source links are copies: saving the draft must not re-point last year's report.
    assert draft.report.paragraphs[1].source is not last.paragraphs[1].source


# -- figure masking --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("先后2次为支部讲党课，现场会办16次", "先后**次为支部讲党课，现场会办**次"),
        ("巡察反馈系统加压1004件问题", "巡察反馈系统加压**件问题"),
        ("结案率98％，满意度95.5%，同比提高3个百分点", "结案率**％，满意度**%，同比提高**个百分点"),
        ("投入资金1200万元，接待游客3000余人次", "投入资金**万元，接待游客**余人次"),
        ("2022年3月10日，第3次会议", "2022年3月10日，第3次会议"),
        ("构建“1＋5＋X”标准体系，1＋5＋X体系", "构建“1＋5＋X”标准体系，1＋5＋X体系"),
        ("党的二十大，“十四五”，捍卫“两个确立”，三个方面", "党的二十大，“十四五”，捍卫“两个确立”，三个方面"),
        ("入选“2022年数字江苏建设优秀实践成果”", "入选“2022年数字江苏建设优秀实践成果”"),
        ("24小时值守，1.加强组织领导", "24小时值守，1.加强组织领导"),
    ],
)
def test_masking(text: str, expected: str) -> None:
    assert masked_text(text, shipped_fixed_phrases()) == expected


def test_sample_000_figures_masked() -> None:
    draft = draft_from_last_year(load_document(SAMPLE_000_DOCX), mask=True)
    joined = "".join(draft.report.texts())
    assert draft.masked == 3
    for figure in ("先后2次", "现场会办16次", "1004件"):
        assert figure not in joined
    assert "先后**次" in joined and "现场会办**次" in joined and "加压**件" in joined
    assert "1＋5＋*" in joined and "二十大" in joined


# -- unchanged from last year ---------------------------------------------------------


def test_every_body_paragraph_flagged_until_edited(resources) -> None:
    draft = draft_from_last_year(load_document(SAMPLE_000_DOCX), mask=True).report
    texts = draft.texts()
    engine = CheckEngine(resources)
    result = engine.check(texts, year=draft.year, last_year=draft.last_year)
    flagged = {f.paragraph: f for f in result.findings if f.rule == UNCHANGED}
    assert set(flagged) == set(_body_paragraphs(texts))
    assert all("相似度" in f.message and "%" in f.message for f in flagged.values())
    assert not [f for f in result.findings if f.rule == "stale-year"]
    # Rewrite one paragraph: its flag goes, the others stay.
    edited = list(texts)
    target = _body_paragraphs(texts)[2]
    edited[target] = "（二）强化监督管理，不断深化作风建设。今年重点抓了支部标准化建设，新建党员活动室两处，组织专题党课四次，开展谈心谈话全覆盖。"
    again = engine.check(edited, year=draft.year, last_year=draft.last_year)
    now = {f.paragraph for f in again.findings if f.rule == UNCHANGED}
    assert now == set(flagged) - {target}


def test_threshold_is_configurable(resources) -> None:
    texts = load_document(SAMPLE_000_DOCX).texts()
    edited = list(texts)
    edited[3] = edited[3][: len(edited[3]) // 2] + "今年新写的内容。" * 10
    strict = CheckEngine(resources, thresholds={UNCHANGED: 0.3}).check(edited, last_year=texts)
    lax = CheckEngine(resources).check(edited, last_year=texts)
    assert 3 in {f.paragraph for f in strict.findings if f.rule == UNCHANGED}
    assert 3 not in {f.paragraph for f in lax.findings if f.rule == UNCHANGED}


# -- the link inside the .docx --------------------------------------------------------


def test_link_survives_save_rename_and_resave(tmp_path: Path, last_docx: Path) -> None:
    last = load_document(last_docx)
    draft = draft_from_last_year(last, source_name=last_docx.name).report
    out = tmp_path / "draft.docx"
    save_document(draft, out, source_path=last_docx)
    moved = tmp_path / "sub" / "我的2023年报告.docx"
    moved.parent.mkdir()
    out.rename(moved)
    back = load_document(moved)
    assert back.last_year == last.texts()
    assert (back.last_year_year, back.last_year_name, back.year) == (2022, last_docx.name, 2023)
    # Formatting and package parts of last year's file are kept.
    with zipfile.ZipFile(moved) as z, zipfile.ZipFile(last_docx) as old:
        assert z.read("word/styles.xml") == old.read("word/styles.xml")
        items = [n for n in z.namelist() if n.startswith("customXml/item") and "Props" not in n]
    assert items
    # Saving again (over itself) keeps exactly one link, not a second copy.
    save_document(back, moved, source_path=moved)
    with zipfile.ZipFile(moved) as z:
        assert [n for n in z.namelist() if n.startswith("customXml/item") and "Props" not in n] == items
    assert load_document(moved).last_year == last.texts()


def test_report_without_link_clears_a_stale_one(tmp_path: Path, last_docx: Path) -> None:
    draft = draft_from_last_year(load_document(last_docx)).report
    out = tmp_path / "draft.docx"
    save_document(draft, out, source_path=last_docx)
    report = load_document(out)
    report.last_year = None
    save_document(report, out, source_path=out)
    assert load_document(out).last_year is None


# -- diff ------------------------------------------------------------------------------


def test_diff_aligns_sections_and_measures_rewriting() -> None:
    last = load_document(SAMPLE_000_DOCX).texts()
    draft = draft_from_last_year(load_document(SAMPLE_000_DOCX), mask=True).report.texts()
    diff = compare(last, draft)
    titles = [s.title for s in diff.sections]
    assert titles == ["（标题与开头）", "一、述责述廉情况", "二、存在的问题", "三、下步工作打算"]
    assert all(s.rewritten is not None and s.rewritten < 0.05 for s in diff.sections)
    text = render_text(diff)
    assert "202[-2-]{+3+}年度市局班子成员述责述廉报告" in text
    assert "现场会办[-16-]{+**+}次" in text
    other = compare(last, load_document(SAMPLE_002_DOCX).texts())
    assert other.rewritten > 0.7
    assert [s.title for s in other.sections][1:] == ["一、述责述廉情况", "二、存在的问题", "三、下步工作打算"]
    page = render_html(diff, "a.docx", "b.docx")
    assert page.startswith("<!DOCTYPE html>") and "<del>2</del>" in page and "<ins>3</ins>" in page


def test_diff_dropped_and_added_sections() -> None:
    last = ["2022年度述职报告", "一、履职情况", "干了很多工作。", "二、廉洁自律情况", "很廉洁。", "三、存在的问题", "问题不少。"]
    this = ["2023年度述职报告", "一、履职情况", "干了很多工作。", "二、存在的问题", "问题不少。", "三、下一步打算", "接着干。"]
    diff = compare(last, this)
    by_title = {s.title: s for s in diff.sections}
    assert by_title["二、廉洁自律情况"].rewritten is None
    assert by_title["三、下一步打算"].rewritten == 1.0
    assert by_title["二、存在的问题"].rewritten < 0.1  # only the renumbered marker changed


# -- templates -------------------------------------------------------------------------


def test_template_keeps_structure_and_formulas() -> None:
    report = load_document(SAMPLE_000_DOCX)
    template = make_template(report)
    texts = template.texts()
    assert texts[0] == "2022年度市局班子成员述责述廉报告"
    assert texts[1] == "【此处填写一年来的总体情况】。现将一年来落实全面从严治党主体责任情况汇报如下。"
    assert texts[3] == "（一）强化理论学习，不断提高党性修养。【此处填写本项工作的具体做法和成效】"
    assert "一、述责述廉情况" in texts and "三、下步工作打算" in texts
    assert texts[-1] == "【此处填写下一年度的打算和措施】"
    toml = report_type_toml("班子成员述责述廉报告", report)
    import tomllib

    data = tomllib.loads(toml)
    assert [s["role"] for s in data["sections"]] == ["work", "problems", "plan"]


# -- command line ------------------------------------------------------------------------


def test_cli_new_check_diff(tmp_path: Path, last_docx: Path, capsys) -> None:
    out = tmp_path / "draft.docx"
    assert main(["new", "--from", str(last_docx), "--mask-figures", "-o", str(out)]) == 0
    assert "2023" in capsys.readouterr().out
    renamed = tmp_path / "renamed.docx"
    out.rename(renamed)
    # The check finds the stored link on its own.
    code = main(["check", "--rules", f"{UNCHANGED},placeholder,stale-year", "--format", "json", str(renamed)])
    data = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 1  # the masked figures are placeholders: errors
    assert data["year"] == 2023
    texts = load_document(renamed).texts()
    assert {f["paragraph"] for f in data["findings"] if f["rule"] == UNCHANGED} == set(_body_paragraphs(texts))
    assert not [f for f in data["findings"] if f["rule"] == "stale-year"]
    # --last-year does the same for a file without the link.
    main(["check", "--rules", UNCHANGED, "--format", "json", "--last-year", str(SAMPLE_000_DOCX), str(SAMPLE_000_TXT)])
    plain = json.loads(capsys.readouterr().out)["files"][0]
    assert len([f for f in plain["findings"] if f["rule"] == UNCHANGED]) == len(_body_paragraphs(texts))
    assert main(["diff", str(last_docx), str(renamed)]) == 0
    assert "现场会办[-16-]{+**+}次" in capsys.readouterr().out
    page = tmp_path / "d.html"
    assert main(["diff", str(last_docx), str(renamed), "--format", "html", "-o", str(page)]) == 0
    assert "<ins>" in page.read_text(encoding="utf-8")


def test_cli_new_refuses_bad_input(tmp_path: Path, last_docx: Path, capsys) -> None:
    out = tmp_path / "x.docx"
    assert main(["new", "--from", str(tmp_path / "missing.docx"), "-o", str(out)]) == 2
    assert main(["new", "--from", str(last_docx), "-o", str(last_docx)]) == 2
    assert main(["new", "--from", str(last_docx), "-o", str(tmp_path / "x.txt")]) == 2
    assert main(["new", "--from", str(last_docx), "--year", "99", "-o", str(out)]) == 2
    assert main(["new", "--from", str(last_docx)]) == 2
    assert main(["diff", str(last_docx), str(tmp_path / "missing.docx")]) == 2
    err = capsys.readouterr().err
    assert all(line.startswith("wengao: ") for line in err.strip().splitlines())
    assert not out.exists()


def test_cli_new_from_type_and_template(tmp_path: Path, last_docx: Path, capsys) -> None:
    from app.core.templates import make_template, template_path

    out = tmp_path / "t.docx"
    assert main(["new", "--type", "述责述廉报告", "--year", "2023", "-o", str(out)]) == 0
    assert load_document(out).texts()[0] == "2023年度述责述廉报告"
    report = load_document(last_docx)
    save_document(make_template(report), template_path("班子成员"), source_path=last_docx)
    assert main(["new", "--list-templates"]) == 0
    assert "班子成员" in capsys.readouterr().out
    made = tmp_path / "from-template.docx"
    assert main(["new", "--template", "班子成员", "--year", "2024", "-o", str(made)]) == 0
    texts = load_document(made).texts()
    assert texts[0] == "2024年度市局班子成员述责述廉报告"
    assert main(["new", "--template", "没有这个", "-o", str(tmp_path / "n.docx")]) == 2
