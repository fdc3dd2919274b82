"""``wengao phrases …``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import SAMPLE_000_TXT, SAMPLE_002_TXT


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_and_category(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "phrases", "list", "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) >= 300 and all({"text", "category"} <= set(d) for d in data)
    code, out, _ = run(capsys, "phrases", "list", "--category", "结尾语", "--format", "json")
    assert {d["category"] for d in json.loads(out)} == {"结尾语"}
    code, _, err = run(capsys, "phrases", "list", "--category", "没有的分类")
    assert code == 2 and "没有这个分类" in err


def test_search_modes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "phrases", "search", "lgwh", "--format", "json")
    assert json.loads(out)[0]["text"] == "“两个维护”"
    _, out, _ = run(capsys, "phrases", "search", "廉洁 家风")
    assert out.strip() and all("廉洁" in line and "家风" in line for line in out.strip().splitlines())


def test_export_import_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "lib.csv"
    code, out, _ = run(capsys, "phrases", "export", str(path), "--category", "开头语")
    assert code == 0 and path.read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _ = run(capsys, "phrases", "import", str(path))
    assert code == 0 and "导入 0 条" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("text,category\n新的一条。,本单位\n,空的\n", encoding="utf-8")
    code, out, err = run(capsys, "phrases", "import", str(bad))
    assert code == 0 and "导入 1 条" in out and "第 3 行" in err
    code, _, err = run(capsys, "phrases", "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "无法读取" in err
    code, _, err = run(capsys, "phrases", "export", str(tmp_path / "x.txt"))
    assert code == 2


def test_corrupt_database_message_on_stderr(capsys: pytest.CaptureFixture[str], wengao_home: Path) -> None:
    db = wengao_home / "data" / "phrases.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"not a database at all" * 100)
    code, out, err = run(capsys, "phrases", "list")
    assert code == 0 and "已损坏" in err and "Traceback" not in err
    assert list(db.parent.glob("phrases.sqlite3.corrupt-*"))


def test_check_reads_the_library(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("2023年度述责述廉报告\n一、述责述廉情况\n认真履行一岗两责。\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(report), "--rules", "formulation", "--format", "json")
    findings = json.loads(out)["files"][0]["findings"]
    assert [f["rule"] for f in findings] == ["formulation"] and "一岗双责" in findings[0]["message"]


def test_harvest(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "phrases", "harvest", str(SAMPLE_000_TXT), str(SAMPLE_002_TXT), "--format", "json")
    assert code == 0 and any(c["text"] == "“三会一课”" for c in json.loads(out))


@pytest.mark.parametrize("lang, kind, counted", [("zh", "引号术语", "篇"), ("en", "quoted term", "reports")])
def test_harvest_text_speaks_the_language(capsys, monkeypatch, lang: str, kind: str, counted: str) -> None:
    monkeypatch.setenv("WENGAO_LANG", lang)
    code, out, _ = run(capsys, "phrases", "harvest", str(SAMPLE_000_TXT), str(SAMPLE_002_TXT))
    lines = out.splitlines()
    assert code == 0 and any(line.startswith(kind + "\t") for line in lines)
    assert all(counted in line.split("\t")[1] for line in lines)
