"""``wengao check``: output formats, the JSON contract, folders, exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE_000_DOCX, SAMPLE_002_DOCX, SAMPLE_002_TXT

from app.cli.main import main

ROOT = Path(__file__).resolve().parents[1]


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", *args, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_contract_on_a_sample(capsys):
    code, data = run_json(capsys, str(SAMPLE_002_DOCX))
    assert code == 1  # placeholders and the missing title are errors
    (entry,) = data["files"]
    assert set(entry) == {"path", "report_type", "year", "findings"}
    assert entry["report_type"] == "述责述廉报告" and entry["year"] == 2022
    for finding in entry["findings"]:
        assert set(finding) == {"rule", "severity", "message", "paragraph", "start", "end", "excerpt", "section"}
    rules = {f["rule"] for f in entry["findings"]}
    assert {"missing-title", "placeholder", "duplicate-punctuation", "repeated-sentence", "typo"} <= rules


def test_docx_and_txt_give_the_same_findings(capsys):
    _, from_docx = run_json(capsys, str(SAMPLE_002_DOCX))
    _, from_txt = run_json(capsys, str(SAMPLE_002_TXT))
    strip = lambda d: [(f["rule"], f["start"], f["end"], f["message"]) for f in d["files"][0]["findings"]]  # noqa: E731
    assert strip(from_docx) == strip(from_txt)


def test_offsets_point_into_the_paragraph_text(capsys):
    from app.formats import load_document

    _, data = run_json(capsys, str(SAMPLE_000_DOCX))
    texts = load_document(SAMPLE_000_DOCX).texts()
    for f in data["files"][0]["findings"]:
        if f["rule"] == "placeholder" and f["severity"] == "error":
            assert set(texts[f["paragraph"]][f["start"]:f["end"]]) <= set("*＊")


def test_rules_type_and_year_options(capsys):
    code, data = run_json(capsys, str(SAMPLE_002_TXT), "--rules", "typo,duplicate-punctuation")
    assert code == 0
    assert {f["rule"] for f in data["files"][0]["findings"]} == {"typo", "duplicate-punctuation"}
    code, data = run_json(capsys, str(SAMPLE_002_TXT), "--type", "述职报告", "--year", "2023", "--rules", "missing-section,stale-year")
    entry = data["files"][0]
    assert entry["report_type"] == "述职报告" and entry["year"] == 2023
    assert any(f["rule"] == "stale-year" for f in entry["findings"])


@pytest.mark.parametrize(
    "args",
    [["--rules", "nonsense"], ["--type", "不存在的类型"], ["--year", "99"]],
)
def test_bad_arguments_exit_2_with_one_line(capsys, args):
    assert main(["check", str(SAMPLE_002_TXT), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("wengao:") and "\n" not in err


def test_unreadable_single_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip at all")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("wengao:") and "\n" not in err


def test_folder_with_one_bad_file(tmp_path, capsys):
    folder = tmp_path / "reports" / "nested"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE_000_DOCX, folder / "a.docx")
    shutil.copy(SAMPLE_002_DOCX, tmp_path / "reports" / "b.docx")
    (folder / "c.docx").write_bytes(b"broken")
    (folder / "~$a.docx").write_bytes(b"lock file")
    code, data = run_json(capsys, str(tmp_path / "reports"))
    assert code == 2
    paths = [Path(f["path"]).name for f in data["files"]]
    assert sorted(paths) == ["a.docx", "b.docx", "c.docx"]
    broken = next(f for f in data["files"] if f["path"].endswith("c.docx"))
    assert broken["error"] and broken["findings"] == []
    assert all(f["findings"] for f in data["files"] if "error" not in f)


def test_text_output_groups_and_summarises(tmp_path, capsys):
    shutil.copy(SAMPLE_002_DOCX, tmp_path / "one.docx")
    shutil.copy(SAMPLE_002_DOCX, tmp_path / "two.docx")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "[一、述责述廉情况 > （三）坚持总揽全局，不断探索城市治理新模式]" in out
    assert "各项工资高效率推进" in out
    assert "汇总" in out and "one.docx" in out and "two.docx" in out
    assert "完全相同的段落" in out


def test_csv_output(capsys):
    main(["check", str(SAMPLE_002_TXT), "--format", "csv"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("path,report_type,year,rule,severity")
    assert len(lines) > 10


def test_last_year_flag(tmp_path, capsys):
    code, data = run_json(capsys, str(SAMPLE_002_TXT), "--last-year", str(SAMPLE_002_DOCX), "--rules", "unchanged-from-last-year")
    findings = data["files"][0]["findings"]
    assert findings and all(f["rule"] == "unchanged-from-last-year" for f in findings)


def test_cli_process_clean_exit_and_no_jieba_noise():
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "check", str(SAMPLE_000_DOCX), "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["files"][0]["year"] == 2022
