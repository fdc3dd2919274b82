import json
from pathlib import Path

import pytest

from app.core.settings import load_settings


def test_defaults_when_missing(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings["backup_count"] == 3 and settings.problems == []


def test_round_trip_is_readable_json(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    settings.set("backup_count", 5)
    settings.save()
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["backup_count"] == 5
    assert load_settings(tmp_path)["backup_count"] == 5
    with pytest.raises(ValueError):
        settings.set("backup_count", -1)


def test_corrupt_file_is_moved_aside_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{oops", encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings["backup_count"] == 3
    assert "已损坏" in settings.problems[0]
    broken = list(tmp_path.glob("settings.json.broken-*"))
    assert len(broken) == 1 and broken[0].read_text(encoding="utf-8") == "{oops"


def test_invalid_value_is_reset_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"backup_count": "many", "language": "en"}), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings["backup_count"] == 3 and settings["language"] == "en"
    assert "backup_count" in settings.problems[0]
