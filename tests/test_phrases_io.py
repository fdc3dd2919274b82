"""Import and export: JSON and CSV (UTF-8 with BOM), validation, merging without duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.phrases.io import ImportFileError, export_entries, import_file, read_entries
from app.phrases.model import PhraseEntry
from app.phrases.store import PhraseStore


@pytest.fixture
def store(tmp_path: Path) -> PhraseStore:
    return PhraseStore(tmp_path / "p.sqlite3")


def test_export_csv_has_a_bom_and_round_trips(store: PhraseStore, tmp_path: Path) -> None:
    store.add(PhraseEntry("全年共召开党组会**次。", "履职尽责", tags=["会议", "党组"], wrong_variants=["党组会议会"], valid_from=2023))
    path = tmp_path / "out.csv"
    count = export_entries(store.all(), path)
    assert count == store.count()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    other = PhraseStore(tmp_path / "other.sqlite3")
    other.conn.execute("DELETE FROM phrases")
    report = import_file(other, path)
    assert report.rejected == [] and len(report.added) == count
    again = other.find_text("全年共召开党组会**次。")
    assert again.tags == ["会议", "党组"] and again.wrong_variants == ["党组会议会"] and again.valid_from == 2023
    assert again.source == "imported"


def test_export_json_is_a_list_with_text_and_category(store: PhraseStore, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    export_entries(store.all(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and all("text" in d and "category" in d for d in data)


def test_import_merges_without_duplicates(store: PhraseStore, tmp_path: Path) -> None:
    path = tmp_path / "unit.json"
    path.write_text(json.dumps([
        {"text": "“两个维护”", "category": "规范提法"},  # already built in
        {"text": "本单位的新提法。", "category": "本单位"},
        {"text": "本单位的新提法。", "category": "本单位"},  # twice in the file
    ], ensure_ascii=False), encoding="utf-8")
    before = store.count()
    report = import_file(store, path)
    assert len(report.added) == 1 and len(report.duplicates) == 2
    assert store.count() == before + 1
    assert len(import_file(store, path).added) == 0


def test_malformed_csv_reports_each_bad_row(store: PhraseStore, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    rows = [
        "内容,分类,标签,起始年份,截止年份,错误写法",
        "好的一行。,本单位,,,,",
        ",本单位,,,,",  # no text
        "年份不对。,本单位,,二〇二三,,",
        "起止颠倒。,本单位,,2024,2020,",
        "错误写法在正文里。,本单位,,,,正文",
        "列太多。,本单位,,,,,多余,更多",
        '"未闭合的引号,本单位',
        "",
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    report = import_file(store, path)
    assert [e.text for e in report.added] == ["好的一行。"]
    reasons = {r.row: r.reason for r in report.rejected}
    assert set(reasons) == {3, 4, 5, 6, 7, 8}
    assert "缺少" in reasons[3] and "年份" in reasons[4] and "晚于" in reasons[5]
    assert "错误写法" in reasons[6] and "列数" in reasons[7]
    summary = report.summary()
    assert "导入 1 条" in summary and "第 4 行" in summary


def test_gbk_csv_from_excel_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("text,category\r\n坚持廉洁自律。,廉洁自律\r\n".encode("gbk"))
    rows, rejected = read_entries(path)
    assert [e.text for _, e in rows] == ["坚持廉洁自律。"] and rejected == []


@pytest.mark.parametrize(
    ("name", "content"),
    [("a.csv", "category\n开头语\n"), ("a.json", "{not json"), ("a.json", '{"x": 1}'), ("a.csv", "")],
)
def test_unusable_files_raise_one_error(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError):
        read_entries(path)


def test_json_rows_that_are_not_objects_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('[{"text": "好。"}, "只是字符串", {"text": 5}, {"text": "好二。", "valid_from": 1800}]', encoding="utf-8")
    rows, rejected = read_entries(path)
    assert [e.text for _, e in rows] == ["好。"]
    assert [r.row for r in rejected] == [2, 3, 4]
