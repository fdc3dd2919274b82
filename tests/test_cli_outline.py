"""`wengao outline`, `--version`, `--help` and the window launcher, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import __version__
from tests.conftest import SAMPLE_000_DOCX, SAMPLE_002_TXT

ROOT = Path(__file__).resolve().parents[1]


def wengao(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=full_env,
    )


def test_outline_json_contract() -> None:
    result = wengao("outline", str(SAMPLE_000_DOCX), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "2022年度市局班子成员述责述廉报告"
    assert [s["title"] for s in data["sections"]] == ["述责述廉情况", "存在的问题", "下步工作打算"]
    first = data["sections"][0]
    assert set(first) == {"level", "marker", "number", "title", "paragraph", "children"}
    assert (first["level"], first["marker"], first["number"], first["paragraph"]) == (1, "一、", 1, 2)
    level2 = [c for c in first["children"] if c["level"] == 2]
    assert level2[0]["title"] == "强化理论学习，不断提高党性修养"
    assert [c["marker"] for c in level2[0]["children"]] == ["一是", "二是", "三是"]


def test_outline_text_is_an_indented_tree() -> None:
    result = wengao("outline", str(SAMPLE_002_TXT), "--depth", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "标题：（无标题）"
    assert lines[1].startswith("一、述责述廉情况")
    assert lines[2].startswith("  （一）坚持勤学立德，不断提升个人政治素养")
    assert not any("一是" in line for line in lines)


def test_unusable_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    for path in (str(empty), str(tmp_path / "missing.docx"), str(tmp_path)):
        result = wengao("outline", path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_bad_arguments_exit_2() -> None:
    result = wengao("outline", str(SAMPLE_000_DOCX), "--format", "xml")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_version_and_help_in_both_languages() -> None:
    assert wengao("--version").stdout.strip() == f"wengao {__version__}"
    assert "离线" in wengao("--help", env={"WENGAO_LANG": "zh"}).stdout
    assert "offline" in wengao("--help", env={"WENGAO_LANG": "en"}).stdout


def test_window_without_a_display_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["WENGAO_LANG"] = "en"
    result = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "display" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
