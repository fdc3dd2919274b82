"""The .docx export through a layout profile: what the XML says, the golden file, the CLI."""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SAMPLE_000_DOCX
from lxml import etree

from app.cli.main import main
from app.core.document import Alignment, Paragraph, Report, Run
from app.core.layout_profile import LayoutProfile, RoleStyle, save_user_profile
from app.formats import load_document
from app.formats.docx_export import export_docx, export_docx_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"
GOLDEN = Path(__file__).parent / "data" / "golden" / "export_sample000"


def small_report() -> Report:
    return Report(
        blocks=[
            Paragraph.from_text("2023年度个人述职报告", alignment=Alignment.CENTER),
            Paragraph.from_text("一年来，本人认真履职。现将有关情况报告如下。"),
            Paragraph.from_text("一、履职情况"),
            Paragraph(runs=[Run("（一）强化理论学习。", bold=True), Run("坚持把学习放在首位。")]),
            Paragraph.from_text("1.加强组织领导。成立领导小组。"),
            Paragraph.from_text("二、存在的问题"),
            Paragraph.from_text("张三"),
            Paragraph.from_text("2023年1月5日"),
        ]
    )


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: etree.fromstring(package.read(name)) for name in package.namelist() if name.endswith((".xml", ".rels"))}


def body_paragraphs(xml: dict[str, etree._Element]) -> list[etree._Element]:
    return xml["word/document.xml"].find(f"{W}body").findall(f"{W}p")


def east_asian(p: etree._Element) -> list[tuple[str, str]]:
    return [
        ("".join(t.text for t in r.iter(f"{W}t")), r.find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia"))
        for r in p.findall(f"{W}r")
    ]


def footers(xml: dict[str, etree._Element]) -> dict[str, etree._Element]:
    rels = xml["word/_rels/document.xml.rels"]
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    sect = xml["word/document.xml"].find(f"{W}body/{W}sectPr")
    return {ref.get(f"{W}type"): xml["word/" + targets[ref.get(f"{{{R_NS}}}id")]] for ref in sect.findall(f"{W}footerReference")}


def test_every_run_names_its_east_asian_font_and_run_in_headings_are_split() -> None:
    xml = parts(export_docx_bytes(small_report()))
    paragraphs = body_paragraphs(xml)
    for p in paragraphs:
        for r in p.findall(f"{W}r"):
            fonts = r.find(f"{W}rPr/{W}rFonts")
            assert fonts is not None and fonts.get(f"{W}eastAsia")
    assert east_asian(paragraphs[0]) == [("2023年度个人述职报告", "方正小标宋简体")]
    assert east_asian(paragraphs[2]) == [("一、履职情况", "黑体")]
    assert east_asian(paragraphs[3]) == [("（一）强化理论学习。", "楷体_GB2312"), ("坚持把学习放在首位。", "仿宋_GB2312")]
    assert east_asian(paragraphs[4]) == [("1.加强组织领导。", "仿宋_GB2312"), ("成立领导小组。", "仿宋_GB2312")]
    # Strict: the profile's weight (not bold) replaces the author's bold heading sentence.
    assert paragraphs[3].find(f"{W}r/{W}rPr/{W}b").get(f"{W}val") == "0"
    levels = [p.find(f"{W}pPr/{W}outlineLvl") for p in paragraphs]
    assert [lv.get(f"{W}val") if lv is not None else None for lv in levels] == [None, None, "0", "1", "2", "0", None, None]


def test_grid_settings_and_closing_lines() -> None:
    xml = parts(export_docx_bytes(small_report()))
    styles = xml["word/styles.xml"]
    normal = next(s for s in styles.findall(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    spacing = normal.find(f"{W}pPr/{W}spacing")
    assert (spacing.get(f"{W}line"), spacing.get(f"{W}lineRule")) == ("579", "exact")
    assert normal.find(f"{W}rPr/{W}spacing").get(f"{W}val") == "-5"
    assert normal.find(f"{W}pPr/{W}autoSpaceDE").get(f"{W}val") == "0"
    grid = xml["word/document.xml"].find(f"{W}body/{W}sectPr/{W}docGrid")
    assert (grid.get(f"{W}type"), grid.get(f"{W}linePitch")) == ("lines", "579")
    paragraphs = body_paragraphs(xml)
    body_run = paragraphs[1].find(f"{W}r/{W}rPr")
    assert body_run.find(f"{W}spacing").get(f"{W}val") == "-5" and body_run.find(f"{W}sz").get(f"{W}val") == "32"
    assert paragraphs[1].find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "200"
    for p, chars in ((paragraphs[6], "400"), (paragraphs[7], "400")):
        assert p.find(f"{W}pPr/{W}jc").get(f"{W}val") == "right"
        assert p.find(f"{W}pPr/{W}ind").get(f"{W}rightChars") == chars


def test_odd_and_even_footers_carry_page_fields() -> None:
    xml = parts(export_docx_bytes(small_report()))
    assert xml["word/settings.xml"].find(f"{W}evenAndOddHeaders") is not None
    found = footers(xml)
    assert set(found) == {"default", "even"}
    for kind, side, indent in (("default", "right", "rightChars"), ("even", "left", "leftChars")):
        p = found[kind].find(f"{W}p")
        assert p.find(f"{W}pPr/{W}jc").get(f"{W}val") == side
        assert p.find(f"{W}pPr/{W}ind").get(f"{W}{indent}") == "100"
        assert "PAGE" in "".join(t.text for t in p.iter(f"{W}instrText"))
        text = "".join(t.text for t in p.iter(f"{W}t"))
        assert text == "— 1 —"
        fonts = {f.get(f"{W}eastAsia") for f in p.iter(f"{W}rFonts")}
        sizes = {s.get(f"{W}val") for s in p.iter(f"{W}sz")}
        assert fonts == {"宋体"} and sizes == {"28"}
        assert all(r.find(f"{W}rPr/{W}rFonts") is not None for r in p.findall(f"{W}r"))


def test_a_unit_profile_changes_the_export() -> None:
    gb = LayoutProfile()
    mine = replace(
        gb.copy("unit", "本单位"), left_mm=30, heading2=RoleStyle("楷体_GB2312", 16, True),
        page_number=replace(gb.page_number, position="center"),
    )
    xml = parts(export_docx_bytes(small_report(), mine))
    assert xml["word/settings.xml"].find(f"{W}evenAndOddHeaders") is None
    found = footers(xml)
    assert set(found) == {"default"}
    assert found["default"].find(f"{W}p/{W}pPr/{W}jc").get(f"{W}val") == "center"
    heading_run = body_paragraphs(xml)[3].find(f"{W}r/{W}rPr/{W}b")
    assert heading_run is not None and heading_run.get(f"{W}val") is None  # bold on
    margin = xml["word/document.xml"].find(f"{W}body/{W}sectPr/{W}pgMar")
    assert margin.get(f"{W}left") == str(round(30 / 25.4 * 1440))


def test_the_export_reads_back_with_the_same_text(tmp_path: Path) -> None:
    report = load_document(SAMPLE_000_DOCX)
    out = export_docx(report, tmp_path / "out.docx")
    assert load_document(out).texts() == report.texts()


# -- golden file --------------------------------------------------------------------
_VOLATILE = re.compile(r' w:rsid\w*="[^"]*"')


def _pretty(element: etree._Element) -> str:
    etree.indent(element, space="  ")
    return _VOLATILE.sub("", etree.tostring(element, encoding="unicode"))


def normalised_parts(data: bytes) -> dict[str, str]:
    xml = parts(data)
    styles = xml["word/styles.xml"]
    kept = etree.Element(styles.tag, nsmap=styles.nsmap)
    for child in styles:
        if child.tag == f"{W}docDefaults" or child.get(f"{W}styleId") == "Normal":
            kept.append(child)
    settings = xml["word/settings.xml"]
    for volatile in settings.findall(f"{W}rsids"):
        settings.remove(volatile)
    found = footers(xml)
    out = {
        "document.xml": _pretty(xml["word/document.xml"]),
        "styles-normal.xml": _pretty(kept),
        "settings.xml": _pretty(settings),
    }
    out.update({f"footer-{kind}.xml": _pretty(el) for kind, el in found.items()})
    return out


def test_sample_export_matches_the_golden_files() -> None:
    """WENGAO_REGEN_GOLDEN=1 rewrites tests/data/golden/export_sample000/ (review the diff)."""
    actual = normalised_parts(export_docx_bytes(load_document(SAMPLE_000_DOCX)))
    if os.environ.get("WENGAO_REGEN_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, text in actual.items():
            (GOLDEN / name).write_text(text + "\n", encoding="utf-8")
    expected = {p.name: p.read_text(encoding="utf-8").rstrip("\n") for p in GOLDEN.glob("*.xml")}
    assert sorted(expected) == sorted(actual)
    for name in actual:
        assert actual[name] == expected[name], f"{name} differs from the golden file (WENGAO_REGEN_GOLDEN=1 to accept)"


# -- command line -------------------------------------------------------------------
def test_cli_exports_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "公文.docx"
    assert main(["export", str(SAMPLE_000_DOCX), "-o", str(out)]) == 0
    assert "GB/T 9704" in capsys.readouterr().out
    assert load_document(out).texts() == load_document(SAMPLE_000_DOCX).texts()
    assert not list(tmp_path.glob(".*.tmp"))


def test_cli_profile_choice_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    from app.core.layout_profile import user_layouts_dir

    save_user_profile(LayoutProfile().copy("unit", "本单位"), user_layouts_dir())
    assert main(["export", str(SAMPLE_000_DOCX), "-o", str(tmp_path / "a.docx"), "--profile", "unit"]) == 0
    assert main(["export", "x.docx", "-o", "y.docx", "--profile", "list"]) == 0
    assert "unit\t本单位" in capsys.readouterr().out
    assert main(["export", str(SAMPLE_000_DOCX), "-o", str(tmp_path / "a.docx"), "--profile", "nope"]) == 2
    assert main(["export", str(SAMPLE_000_DOCX), "-o", str(tmp_path / "a.odt")]) == 2
    assert main(["export", str(tmp_path / "missing.docx"), "-o", str(tmp_path / "a.docx")]) == 2
    monkeypatch.setenv("WENGAO_SOFFICE", str(tmp_path / "no-soffice"))
    assert main(["export", str(SAMPLE_000_DOCX), "-o", str(tmp_path / "a.pdf")]) == 2
    err = capsys.readouterr().err
    assert "LibreOffice" in err and len([ln for ln in err.splitlines() if "LibreOffice" in ln]) == 1
    assert not (tmp_path / "a.pdf").exists()
