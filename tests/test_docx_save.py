"""Saving a report as .docx: verbatim where unchanged, rebuilt where edited, atomic always."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import struct
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import app.formats as formats
from app.core.document import Alignment, Cell, Paragraph, Report, Role, Run, Table
from app.formats import DocumentError, load_document, save_document
from app.formats.docx_save import _Source
from tests.conftest import CORPUS, SAMPLE_000_DOCX, SAMPLE_002_DOCX
from tests.docx_builders import (
    REL,
    build_docx,
    docx_parts,
    gongwen_abstract,
    num,
    num_p,
    numbering_xml,
    p,
    style,
    styles_xml,
    write_parts,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DRAWING = f"{W}drawing"
NUM_PR = f"{W}numPr"


def run_keys(report: Report) -> list[list[tuple]]:
    return [
        [(r.text, r.bold, r.italic, r.underline, r.font, r.east_asian_font, r.size, r.generated) for r in para.runs]
        for para in report.iter_paragraphs()
    ]


def elements(path: Path) -> list[etree._Element]:
    """The source w:p elements in the importer's walk order."""
    return [entry.el for entry in _Source.open(path).entries]


def xml(el: etree._Element) -> bytes:
    return etree.tostring(el)


def set_text(para: Paragraph, text: str) -> Paragraph:
    """The editor's way: a new Paragraph via dataclasses.replace, source link kept."""
    fmt = next((r for r in para.runs if not r.generated), Run(""))
    return dataclasses.replace(
        para, runs=[Run(text, fmt.bold, fmt.italic, fmt.underline, fmt.font, fmt.east_asian_font, fmt.size)]
    )


def replace_block(report: Report, index: int, new: Paragraph) -> None:
    report.blocks[index] = new


# ---------------------------------------------------------------- samples


@pytest.mark.parametrize("sample", [SAMPLE_000_DOCX, SAMPLE_002_DOCX], ids=["000", "002"])
def test_sample_round_trip_is_identical(sample: Path, tmp_path: Path) -> None:
    report = load_document(sample)
    out = tmp_path / "out.docx"
    assert save_document(report, out, source_path=sample, dry_run=True) == []
    assert not out.exists()  # dry run writes nothing
    assert save_document(report, out, source_path=sample) == []
    again = load_document(out)
    assert again.texts() == report.texts()
    assert run_keys(again) == run_keys(report)
    assert [xml(el) for el in elements(out)] == [xml(el) for el in elements(sample)]
    # Every other part is copied byte for byte.
    with zipfile.ZipFile(sample) as a, zipfile.ZipFile(out) as b:
        for name in a.namelist():
            if name != "word/document.xml" and not name.endswith("/"):
                assert a.read(name) == b.read(name), name


def test_editing_one_paragraph_leaves_its_neighbours_identical(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    before = [xml(el) for el in elements(SAMPLE_000_DOCX)]
    target = 4
    edited = report.blocks[target]
    assert isinstance(edited, Paragraph)
    new_text = edited.text.replace("严格落实", "认真落实", 1)
    assert new_text != edited.text
    report.blocks[target] = set_text(edited, new_text)
    out = tmp_path / "out.docx"
    assert save_document(report, out, source_path=SAMPLE_000_DOCX) == []
    after = [xml(el) for el in elements(out)]
    again = load_document(out)
    assert again.texts()[target] == new_text
    assert again.texts()[:target] == report.texts()[:target]
    assert after[target] != before[target]
    assert after[:target] == before[:target] and after[target + 1 :] == before[target + 1 :]
    # The edited paragraph keeps its paragraph properties.
    assert xml(elements(out)[target][0]) == xml(elements(SAMPLE_000_DOCX)[target][0])


def test_insert_and_delete_paragraphs(tmp_path: Path) -> None:
    report = load_document(SAMPLE_002_DOCX)
    texts = report.texts()
    before = [xml(el) for el in elements(SAMPLE_002_DOCX)]
    deleted = report.blocks.pop(3)
    assert isinstance(deleted, Paragraph)
    report.blocks.insert(1, Paragraph(runs=[Run("这是新加的一段正文。")]))
    report.blocks.append(Paragraph(runs=[Run("张三")], alignment=Alignment.RIGHT))
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=SAMPLE_002_DOCX)
    again = load_document(out)
    expected = [texts[0], "这是新加的一段正文。", *texts[1:3], *texts[4:], "张三"]
    assert again.texts() == expected
    after = [xml(el) for el in elements(out)]
    assert after[0] == before[0] and after[2:4] == before[1:3] and after[4:-1] == before[4:]
    # The new body paragraph looks like its neighbours (cloned pPr), the signature is right-aligned.
    new_ppr = elements(out)[1].find(f"{W}pPr")
    assert new_ppr is None or new_ppr.find(NUM_PR) is None
    assert again.paragraphs[-1].alignment is Alignment.RIGHT


def test_reordered_paragraphs_follow_the_model(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    report.blocks[3], report.blocks[4] = report.blocks[4], report.blocks[3]
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=SAMPLE_000_DOCX)
    assert load_document(out).texts() == report.texts()


def test_saving_over_the_source_itself(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    shutil.copy(SAMPLE_000_DOCX, path)
    report = load_document(path)
    report.blocks[1] = set_text(report.blocks[1], "改写后的开头段落。")  # type: ignore[arg-type]
    save_document(report, path, source_path=path)
    assert load_document(path).texts()[1] == "改写后的开头段落。"
    assert [f for f in os.listdir(tmp_path)] == ["report.docx"]


def test_editor_style_runs_still_count_as_unchanged(tmp_path: Path) -> None:
    """The editor merges neighbouring runs with equal formatting; that is no edit."""
    report = load_document(SAMPLE_000_DOCX)
    for i, block in enumerate(report.blocks):
        if isinstance(block, Paragraph) and len(block.runs) > 1:
            merged: list[Run] = []
            for run in block.runs:
                if merged and dataclasses.replace(merged[-1], text="") == dataclasses.replace(run, text=""):
                    merged[-1] = dataclasses.replace(merged[-1], text=merged[-1].text + run.text)
                else:
                    merged.append(run)
            report.blocks[i] = dataclasses.replace(block, runs=merged)
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=SAMPLE_000_DOCX)
    assert [xml(el) for el in elements(out)] == [xml(el) for el in elements(SAMPLE_000_DOCX)]


def test_links_follow_the_saved_file(tmp_path: Path) -> None:
    """Save, keep editing, save again: the second save still finds every paragraph."""
    path = tmp_path / "report.docx"
    shutil.copy(SAMPLE_000_DOCX, path)
    report = load_document(path)
    report.blocks.insert(2, Paragraph(runs=[Run("插入的一段。")]))
    report.blocks[1] = set_text(report.blocks[1], "第一次修改。")  # type: ignore[arg-type]
    save_document(report, path, source_path=path)
    first = [xml(el) for el in elements(path)]
    report.blocks[1] = set_text(report.blocks[1], "第二次修改。")  # type: ignore[arg-type]
    save_document(report, path, source_path=path)
    second = [xml(el) for el in elements(path)]
    assert load_document(path).texts() == report.texts()
    assert second[0] == first[0] and second[2:] == first[2:]
    # The edited paragraph kept its own pPr through both saves.
    assert xml(elements(path)[1][0]) == xml(elements(SAMPLE_000_DOCX)[1][0])


def test_report_without_links_matches_by_content(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    for para in report.iter_paragraphs():
        para.source = None
    report.blocks[5] = set_text(report.blocks[5], "（三）强化责任履行。全新的内容。")  # type: ignore[arg-type]
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=SAMPLE_000_DOCX)
    before, after = [xml(el) for el in elements(SAMPLE_000_DOCX)], [xml(el) for el in elements(out)]
    assert after[:5] == before[:5] and after[6:] == before[6:]
    assert xml(elements(out)[5][0]) == xml(elements(SAMPLE_000_DOCX)[5][0])


# ---------------------------------------------------------------- images and other invisible content

PNG = (
    b"\x89PNG\r\n\x1a\n"
    + struct.pack(">I", 13)
    + b"IHDR"
    + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    + struct.pack(">I", zlib.crc32(b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)))
    + struct.pack(">I", 12)
    + b"IDAT"
    + zlib.compress(b"\x00\xff\x00\x00")
    + struct.pack(">I", zlib.crc32(b"IDAT" + zlib.compress(b"\x00\xff\x00\x00")))
    + struct.pack(">I", 0)
    + b"IEND"
    + struct.pack(">I", zlib.crc32(b"IEND"))
)


def picture_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("第一段正文。")
    para = document.add_paragraph()
    para.add_run("图片前的文字，")
    para.add_run().add_picture(io.BytesIO(PNG))
    para.add_run("图片后的文字。")
    document.add_paragraph("第三段正文。")
    document.save(path)
    return path


def test_images_survive_an_unchanged_save(tmp_path: Path) -> None:
    source = CORPUS / "cyrus__测试.docx"
    report = load_document(source)
    assert any(o.kind == "image" for o in report.omissions)
    out = tmp_path / "out.docx"
    assert save_document(report, out, source_path=source) == []
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(out) as b:
        media = [n for n in a.namelist() if n.startswith("word/media/")]
        assert media and all(a.read(n) == b.read(n) for n in media)
    drawings = [i for i, el in enumerate(elements(out)) if next(el.iter(DRAWING), None) is not None]
    assert drawings == [i for i, el in enumerate(elements(source)) if next(el.iter(DRAWING), None) is not None]
    assert [o.kind for o in load_document(out).omissions] == [o.kind for o in report.omissions]


def test_editing_text_around_a_picture_keeps_it_in_place(tmp_path: Path) -> None:
    source = picture_docx(tmp_path / "pic.docx")
    report = load_document(source)
    para = report.blocks[1]
    assert isinstance(para, Paragraph) and para.text == "图片前的文字，图片后的文字。"
    report.blocks[1] = dataclasses.replace(para, runs=[Run("图片前改过的文字，"), Run("图片后的文字。")])
    out = tmp_path / "out.docx"
    lost = save_document(report, out, source_path=source, dry_run=True)
    assert lost == []
    save_document(report, out, source_path=source)
    el = elements(out)[1]
    runs = el.findall(f"{W}r")
    texts = ["".join(t.text or "" for t in r.iter(f"{W}t")) for r in runs]
    drawing_run = next(i for i, r in enumerate(runs) if r.find(DRAWING) is not None)
    assert "".join(texts[:drawing_run]) == "图片前改过的文字，"
    assert "".join(texts[drawing_run + 1 :]) == "图片后的文字。"
    # The untouched run after the picture is the original element.
    assert xml(runs[drawing_run + 1]) == xml(elements(source)[1].findall(f"{W}r")[2])
    assert load_document(out).texts()[1] == "图片前改过的文字，图片后的文字。"


def test_image_paragraph_in_a_corpus_file_edited(tmp_path: Path) -> None:
    source = CORPUS / "cyrus__测试.docx"
    report = load_document(source)
    index = next(i for i, el in enumerate(elements(source)) if next(el.iter(DRAWING), None) is not None)
    paragraphs = report.paragraphs
    target = paragraphs[index]
    block = report.blocks.index(target)
    report.blocks[block] = dataclasses.replace(target, runs=[Run("图：示意图")])
    out = tmp_path / "out.docx"
    lost = save_document(report, out, source_path=source, dry_run=True)
    save_document(report, out, source_path=source)
    kept = next(elements(out)[index].iter(DRAWING), None) is not None
    assert kept or any("图片" in item for item in lost)
    assert load_document(out).texts()[index] == "图：示意图"


def test_deleting_a_picture_paragraph_is_reported(tmp_path: Path) -> None:
    source = picture_docx(tmp_path / "pic.docx")
    report = load_document(source)
    del report.blocks[1]
    lost = save_document(report, tmp_path / "out.docx", source_path=source, dry_run=True)
    assert any("图片" in item and "删除" in item for item in lost)


def test_flattened_hyperlink_is_reported(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t>见</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>网站</w:t></w:r></w:hyperlink>'
        "<w:r><w:t>。</w:t></w:r></w:p>"
    )
    source = build_docx(tmp_path / "link.docx", body, extra_rels=(("hyperlink", "http://example.com"),))
    report = load_document(source)
    report.blocks[0] = dataclasses.replace(report.blocks[0], runs=[Run("见网址。")])  # type: ignore[arg-type]
    assert save_document(report, tmp_path / "o.docx", source_path=source, dry_run=True) == ["第1段中的超链接"]
    # Unchanged hyperlink text: kept.
    report.blocks[0] = dataclasses.replace(report.blocks[0], runs=[Run("请见网站。")])  # type: ignore[arg-type]
    assert save_document(report, tmp_path / "o.docx", source_path=source) == []
    assert next(elements(tmp_path / "o.docx")[0].iter(f"{W}hyperlink"), None) is not None


# ---------------------------------------------------------------- automatic numbering


def numbered_docx(path: Path) -> Path:
    body = (
        p("关于工作的报告")
        + num_p("总体情况", 1, 0)
        + p("正文一。")
        + num_p("存在的问题", 1, 0)
        + p("正文二。")
        + num_p("下步打算", 1, 0)
        + p("正文三。")
    )
    return build_docx(path, body, numbering=numbering_xml(gongwen_abstract(1), num(1, 1)))


def test_unchanged_label_keeps_numbering(tmp_path: Path) -> None:
    source = numbered_docx(tmp_path / "n.docx")
    report = load_document(source)
    assert report.texts()[1] == "一、总体情况"
    report.blocks[1] = dataclasses.replace(report.blocks[1], runs=[Run("一、", generated=True), Run("总体工作情况")])  # type: ignore[arg-type]
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=source)
    el = elements(out)[1]
    assert el.find(f"{W}pPr/{NUM_PR}") is not None
    assert "".join(t.text for t in el.iter(f"{W}t")) == "总体工作情况"
    again = load_document(out)
    assert again.texts() == report.texts()
    assert again.paragraphs[1].runs[0].generated


def test_retyped_label_drops_numbering(tmp_path: Path) -> None:
    source = numbered_docx(tmp_path / "n.docx")
    report = load_document(source)
    report.blocks[3] = dataclasses.replace(report.blocks[3], runs=[Run("二、存在的主要问题")])  # type: ignore[arg-type]
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=source)
    el = elements(out)[3]
    assert el.find(f"{W}pPr/{NUM_PR}") is None
    assert "".join(t.text for t in el.iter(f"{W}t")) == "二、存在的主要问题"
    again = load_document(out)
    assert again.texts() == report.texts()
    assert not again.paragraphs[3].runs[0].generated
    # Word would now number the next heading 二、; the user saw 三、, so that is what is written.
    assert again.texts()[5] == "三、下步打算"
    assert again.paragraphs[1].runs[0].generated  # before the change, numbering is untouched


def test_deleting_a_numbered_heading_keeps_what_the_user_saw(tmp_path: Path) -> None:
    source = numbered_docx(tmp_path / "n.docx")
    report = load_document(source)
    del report.blocks[3:5]  # 二、存在的问题 and its body
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=source)
    # The editor still showed 三、; Word would have renumbered it 二、.
    assert (
        load_document(out).texts()
        == report.texts()
        == ["关于工作的报告", "一、总体情况", "正文一。", "三、下步打算", "正文三。"]
    )


def test_numbering_from_a_style_is_switched_off_with_num_id_zero(tmp_path: Path) -> None:
    styles = styles_xml(
        style("Normal", "Normal", default=True),
        style("H1", "heading 1", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    )
    body = p("一级", ppr='<w:pStyle w:val="H1"/>') + p("正文") + p("二级", ppr='<w:pStyle w:val="H1"/>')
    source = build_docx(
        tmp_path / "s.docx", body, styles=styles, numbering=numbering_xml(gongwen_abstract(1), num(1, 1))
    )
    report = load_document(source)
    assert report.texts() == ["一、一级", "正文", "二、二级"]
    report.blocks[2] = dataclasses.replace(report.blocks[2], runs=[Run("三、二级")])  # type: ignore[arg-type]
    report.blocks.insert(2, dataclasses.replace(report.blocks[0], runs=[Run("新的标题")], source=None, id="new"))  # type: ignore[arg-type]
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=source)
    assert load_document(out).texts() == ["一、一级", "正文", "新的标题", "三、二级"]


# ---------------------------------------------------------------- tables and body-level content


def table_docx(path: Path) -> Path:
    def cell(text: str) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{p(text)}</w:tc>'

    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
        f"<w:tr>{cell('项目')}{cell('完成情况')}</w:tr><w:tr>{cell('学习')}{cell('12次')}</w:tr></w:tbl>"
    )
    sdt = (
        '<w:sdt><w:sdtPr><w:alias w:val="落款"/></w:sdtPr><w:sdtContent>'
        + p("张三")
        + p("2023年1月5日")
        + "</w:sdtContent></w:sdt>"
    )
    body = (
        p("表格前")
        + table
        + p("表格后")
        + '<w:bookmarkStart w:id="0" w:name="end"/>'
        + sdt
        + '<w:bookmarkEnd w:id="0"/>'
    )
    return build_docx(path, body)


def test_table_survives_unchanged_and_edited(tmp_path: Path) -> None:
    source = table_docx(tmp_path / "t.docx")
    report = load_document(source)
    assert isinstance(report.blocks[1], Table)
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=source)
    tbl_before = _Source.open(source).body.find(f"{W}tbl")
    tbl_after = _Source.open(out).body.find(f"{W}tbl")
    assert xml(tbl_after) == xml(tbl_before)

    table = report.blocks[1]
    assert isinstance(table, Table)
    cell = table.rows[1][1]
    cell.paragraphs[0] = set_text(cell.paragraphs[0], "15次")
    save_document(report, out, source_path=source)
    again = load_document(out)
    assert again.texts() == ["表格前", "项目", "完成情况", "学习", "15次", "表格后", "张三", "2023年1月5日"]
    tbl_after = _Source.open(out).body.find(f"{W}tbl")
    assert xml(tbl_after.find(f"{W}tblPr")) == xml(tbl_before.find(f"{W}tblPr"))


def test_new_table_is_built(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    rows = [[Cell([Paragraph.from_text("甲", in_table=True)]), Cell([Paragraph.from_text("乙", in_table=True)])]]
    report.blocks.insert(2, Table(rows=rows))
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=SAMPLE_000_DOCX)
    again = load_document(out)
    assert isinstance(again.blocks[2], Table)
    assert again.texts() == report.texts()


def test_editor_blocks_around_tables_are_not_written(tmp_path: Path) -> None:
    """QTextDocument puts an empty block on each side of a table; the file never had them."""
    source = table_docx(tmp_path / "t.docx")
    report = load_document(source)
    report.blocks.insert(2, Paragraph())
    report.blocks.insert(1, Paragraph())
    out = tmp_path / "out.docx"
    assert save_document(report, out, source_path=source) == []
    assert [xml(el) for el in elements(out)] == [xml(el) for el in elements(source)]


def test_body_level_wrappers_bookmarks_and_section_are_kept(tmp_path: Path) -> None:
    source = table_docx(tmp_path / "t.docx")
    report = load_document(source)
    report.blocks[2] = set_text(report.blocks[2], "表格后（改）")  # type: ignore[arg-type]
    out = tmp_path / "out.docx"
    assert save_document(report, out, source_path=source) == []
    body = _Source.open(out).body
    tags = [etree.QName(child).localname for child in body]
    assert tags == ["p", "tbl", "p", "bookmarkStart", "sdt", "bookmarkEnd", "sectPr"]
    before = _Source.open(source).body
    assert xml(body.find(f"{W}sdt")) == xml(before.find(f"{W}sdt"))


def test_edited_paragraph_in_a_content_control_keeps_the_control(tmp_path: Path) -> None:
    source = table_docx(tmp_path / "t.docx")
    report = load_document(source)
    report.blocks[3] = set_text(report.blocks[3], "李四")  # type: ignore[arg-type]
    out = tmp_path / "out.docx"
    assert save_document(report, out, source_path=source) == []
    sdt = _Source.open(out).body.find(f"{W}sdt")
    assert sdt is not None and "".join(t.text for t in sdt.iter(f"{W}t")) == "李四2023年1月5日"


# ---------------------------------------------------------------- Wengao's properties


def test_ignored_findings_type_and_year_round_trip(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    report.ignored_findings = [f"repeated-sentence:{i:04d}:增强“四个意识”" for i in range(40)]
    report.report_type = "述责述廉报告"
    report.year = 2022
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=SAMPLE_000_DOCX)
    again = load_document(out)
    assert again.ignored_findings == report.ignored_findings
    assert (again.report_type, again.year) == ("述责述廉报告", 2022)
    # Cleared again: the stale properties go.
    again.ignored_findings = []
    again.report_type = None
    save_document(again, tmp_path / "out2.docx", source_path=out)
    third = load_document(tmp_path / "out2.docx")
    assert third.ignored_findings == [] and third.report_type is None and third.year == 2022


def test_other_custom_properties_are_kept(tmp_path: Path) -> None:
    source = CORPUS / "docling__word_sample.docx"
    report = load_document(source)
    report.ignored_findings = ["placeholder:abc"]
    out = tmp_path / "out.docx"
    save_document(report, out, source_path=source)
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(out) as b:
        old = etree.fromstring(a.read("docProps/custom.xml"))
        new = etree.fromstring(b.read("docProps/custom.xml"))
    old_names = {el.get("name") for el in old}
    new_names = {el.get("name") for el in new}
    assert old_names < new_names and "WengaoIgnoredFindings" in new_names
    assert load_document(out).ignored_findings == ["placeholder:abc"]


def test_malformed_properties_are_ignored(tmp_path: Path) -> None:
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="WengaoIgnoredFindings"><vt:lpwstr>[1, 2</vt:lpwstr></property>'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="WengaoYear"><vt:i4>abc</vt:i4></property>'
        "</Properties>"
    )
    parts = docx_parts(p("正文"), extra_parts={"docProps/custom.xml": custom})
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(  # type: ignore[union-attr]
        "</Relationships>",
        f'<Relationship Id="rId9" Type="{REL}custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    source = write_parts(tmp_path / "bad.docx", parts)
    report = load_document(source)
    assert report.ignored_findings == [] and report.year is None
    broken = dict(parts, **{"docProps/custom.xml": "<Properties"})
    assert load_document(write_parts(tmp_path / "worse.docx", broken)).texts() == ["正文"]


# ---------------------------------------------------------------- atomic writes


def test_failed_verification_leaves_the_target_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.docx"
    shutil.copy(SAMPLE_000_DOCX, target)
    original = target.read_bytes()
    report = load_document(target)
    report.blocks[1] = set_text(report.blocks[1], "改过的内容。")  # type: ignore[arg-type]

    def broken(path: object, **kwargs: object) -> Report:
        raise DocumentError("corrupt-zip")

    monkeypatch.setattr(formats, "load_document", broken)
    with pytest.raises(DocumentError) as info:
        save_document(report, target, source_path=target)
    assert info.value.kind == "save-verify-failed"
    assert target.read_bytes() == original
    assert os.listdir(tmp_path) == ["report.docx"]


@pytest.mark.parametrize("where", ["mkstemp", "replace"])
def test_unwritable_folder_raises_oserror_and_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = tmp_path / "report.docx"
    shutil.copy(SAMPLE_000_DOCX, target)
    original = target.read_bytes()
    report = load_document(target)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    if where == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", denied)
    else:
        monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(OSError):
        save_document(report, target, source_path=target)
    assert target.read_bytes() == original
    assert os.listdir(tmp_path) == ["report.docx"]


def test_unreadable_source_falls_back_and_says_so(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    out = tmp_path / "out.docx"
    lost = save_document(report, out, source_path=tmp_path / "gone.docx", dry_run=True)
    assert len(lost) == 1 and "gone.docx" in lost[0]
    save_document(report, out, source_path=tmp_path / "gone.docx")
    assert load_document(out).texts() == report.texts()


# ---------------------------------------------------------------- without a source


def gongwen_report() -> Report:
    return Report(
        blocks=[
            Paragraph.from_text("2023年度个人述职报告", role=Role.TITLE),
            Paragraph.from_text("根据安排，现将本人履职情况报告如下。"),
            Paragraph.from_text("一、履职情况"),
            Paragraph(runs=[Run("（一）加强学习。", bold=True), Run("坚持每周学习。"), Run("重点", underline=True)]),
            Paragraph.from_text("1.抓好落实。具体内容。"),
            Paragraph.from_text("二、存在的问题"),
            Paragraph.from_text("张三", alignment=Alignment.RIGHT),
        ],
        report_type="述职报告",
        year=2023,
    )


def test_new_document_layout(tmp_path: Path) -> None:
    import docx
    from docx.shared import Mm

    report = gongwen_report()
    out = tmp_path / "new.docx"
    assert save_document(report, out) == []
    again = load_document(out)
    assert again.texts() == report.texts()
    assert (again.report_type, again.year) == ("述职报告", 2023)

    document = docx.Document(str(out))
    section = document.sections[0]
    assert round(section.page_width / Mm(1)) == 210 and round(section.page_height / Mm(1)) == 297
    for margin, mm in (
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ):
        assert abs(margin / Mm(1) - mm) < 0.1

    qn_east = f"{W}eastAsia"
    paragraphs = document.paragraphs
    for para in paragraphs:
        for run in para.runs:
            fonts = run._r.find(f"{W}rPr/{W}rFonts")
            assert fonts is not None and fonts.get(qn_east), run.text
    east = [[r._r.find(f"{W}rPr/{W}rFonts").get(qn_east) for r in para.runs] for para in paragraphs]
    assert east[0] == ["方正小标宋简体"] and paragraphs[0].runs[0].font.size.pt == 22
    assert paragraphs[0].alignment == 1  # centre
    assert east[1] == ["仿宋_GB2312"] and paragraphs[1].runs[0].font.size.pt == 16
    assert east[2] == ["黑体"]
    assert east[3] == ["楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"]
    assert paragraphs[3].runs[0].bold is True and paragraphs[3].runs[2].underline
    assert east[4] == ["仿宋_GB2312", "仿宋_GB2312"] or east[4] == ["仿宋_GB2312"]
    assert paragraphs[6].alignment == 2  # right
    levels = [p._p.find(f"{W}pPr/{W}outlineLvl") for p in paragraphs]
    assert [lv.get(f"{W}val") if lv is not None else None for lv in levels] == [None, None, "0", "1", "2", "0", None]
    assert [p.outline_level for p in again.paragraphs] == [None, None, 1, 2, 3, 1, None]
    ind = paragraphs[1]._p.find(f"{W}pPr/{W}ind")
    assert ind.get(f"{W}firstLineChars") == "200"


def test_new_document_saved_twice_keeps_its_formatting(tmp_path: Path) -> None:
    report = gongwen_report()
    out = tmp_path / "new.docx"
    save_document(report, out)
    first = [xml(el) for el in elements(out)]
    # As the editor would hand it back: fresh Paragraph objects without links.
    fresh = Report(
        blocks=[Paragraph(runs=list(b.runs), alignment=b.alignment) for b in report.blocks if isinstance(b, Paragraph)]
    )
    fresh.blocks[2] = Paragraph.from_text("一、履职尽责情况")
    save_document(fresh, out, source_path=out)
    second = [xml(el) for el in elements(out)]
    assert load_document(out).texts() == fresh.texts()
    assert second[:2] == first[:2] and second[3:] == first[3:]
    heading_fonts = {el.get(f"{W}eastAsia") for el in elements(out)[2].iter(f"{W}rFonts")}
    assert heading_fonts == {"黑体"}


def test_a_text_file_title_is_recognised(tmp_path: Path) -> None:
    from tests.conftest import SAMPLE_000_TXT

    report = load_document(SAMPLE_000_TXT)
    out = tmp_path / "from_txt.docx"
    save_document(report, out)
    first = elements(out)[0]
    assert {el.get(f"{W}eastAsia") for el in first.iter(f"{W}rFonts")} == {"方正小标宋简体"}
    assert load_document(out).texts() == report.texts()


def test_control_characters_are_replaced(tmp_path: Path) -> None:
    report = Report(blocks=[Paragraph.from_text("坏\x00字\x1f符\ufffe")])
    out = tmp_path / "c.docx"
    save_document(report, out)
    assert load_document(out).texts() == ["坏\ufffd字\ufffd符\ufffd"]


_XML_ILLEGAL = {0xFFFE, 0xFFFF}
_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cc", "Cs")).filter(lambda ch: ord(ch) not in _XML_ILLEGAL),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list("一二三、（）。，“”1.")),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(_text, min_size=1, max_size=8))
def test_any_text_round_trips(texts: list[str]) -> None:
    report = Report(blocks=[Paragraph.from_text(text) for text in texts])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "h.docx"
        save_document(report, out)
        assert load_document(out).texts() == texts
        # And again through the source path, with one paragraph changed.
        report.blocks[0] = Paragraph.from_text(texts[0] + "改")
        save_document(report, out, source_path=out)
        assert load_document(out).texts() == [texts[0] + "改", *texts[1:]]


# ---------------------------------------------------------------- the corpus


def _corpus_files() -> list[Path]:
    # Nothing is loaded at collection time: a big pytest process would distort the
    # memory measurements other tests take of their subprocesses.
    return [path for path in sorted(CORPUS.glob("*.docx")) if path.stat().st_size <= 1_000_000]


def _load_or_skip(path: Path) -> Report:
    try:
        return load_document(path)
    except DocumentError as exc:
        pytest.skip(f"not loadable: {exc.kind}")


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda path: path.name[:40])
def test_corpus_unchanged_round_trip(path: Path, tmp_path: Path) -> None:
    report = _load_or_skip(path)
    out = tmp_path / "out.docx"
    try:
        lost = save_document(report, out, source_path=path)
    except DocumentError as exc:
        # A package with a damaged member that import never read cannot be copied.
        assert exc.kind != "save-verify-failed"
        pytest.skip(f"source cannot be copied: {exc.detail}")
    assert not any("已删除" in item for item in lost)
    again = load_document(out)
    assert again.texts() == report.texts()
    if lost and "无法读取" in lost[0]:
        # A member import never needed is damaged: the package cannot be copied, so a
        # fresh document was written (and the user was told).
        return
    assert run_keys(again) == run_keys(report)
    assert [xml(el) for el in elements(out)] == [xml(el) for el in elements(path)]


@pytest.mark.parametrize("path", _corpus_files()[::6], ids=lambda path: path.name[:40])
def test_corpus_every_paragraph_edited(path: Path, tmp_path: Path) -> None:
    """Editing every paragraph (append a character) must still give a loadable file with that text."""
    report = _load_or_skip(path)
    for para in report.iter_paragraphs():
        if para.runs:
            para.runs = [*para.runs, Run("改")]
    out = tmp_path / "out.docx"
    try:
        save_document(report, out, source_path=path)
    except DocumentError as exc:
        if "too-large" in exc.detail:
            pytest.skip("the edited body grows past the importer's element limit (a clean failure)")
        assert exc.kind != "save-verify-failed"
        pytest.skip(f"source cannot be copied: {exc.detail}")
    assert load_document(out).texts() == report.texts()
