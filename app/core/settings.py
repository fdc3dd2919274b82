"""The user's settings: one human-readable JSON file in the config folder.

Missing keys take their defaults. A file that does not parse is moved aside
(``settings.json.broken-<time>``) and defaults are used; a value of the wrong
kind is reset to its default. Either way ``Settings.problems`` says what
happened, so the window (or the command line) can tell the user: nothing is
reset silently.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.atomicfile import atomic_write_text
from app.core.lang import pick

FILE_NAME = "settings.json"

def _int_in(low: int, high: int):
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _number_in(low: float, high: float):
    return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v <= high


def _optional_text(v: Any) -> bool:
    return v is None or isinstance(v, str) and len(v) < 200


def _thresholds(v: Any) -> bool:
    # rule id → number; each rule clamps its own value to its range (app.checks.rule.Threshold)
    return isinstance(v, dict) and all(
        isinstance(k, str) and isinstance(x, (int, float)) and not isinstance(x, bool) for k, x in v.items()
    )


# name → (default, validator)
_SCHEMA: dict[str, tuple[Any, Any]] = {
    "language": ("auto", lambda v: v in ("auto", "zh", "en")),
    "autosave_seconds": (3.5, _number_in(1.0, 60.0)),  # the longest a change waits for the journal
    "backup_count": (3, _int_in(0, 50)),
    "default_report_type": (None, _optional_text),
    "layout_profile": (None, _optional_text),  # a layout profile id (resources/layouts or the user's)
    "disabled_rules": ([], lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
    "rule_thresholds": ({}, _thresholds),
    "editor_font_family": (None, _optional_text),  # None: the 公文 face (仿宋) where installed
    "editor_font_size": (16, _int_in(9, 36)),  # points; 16 pt is 三号, the body size of GB/T 9704
}

# Renamed settings: old name → (new name, how to turn the old value into the new one).
_RENAMED: dict[str, tuple[str, Any]] = {
    "unchanged_threshold": ("rule_thresholds", lambda v: {"unchanged-from-last-year": v}),
}


@dataclass
class Settings:
    values: dict[str, Any] = field(default_factory=lambda: {k: _copy(d) for k, (d, _) in _SCHEMA.items()})
    problems: list[str] = field(default_factory=list)  # plain-Chinese notes for the user
    path: Path | None = None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @staticmethod
    def default(name: str) -> Any:
        return _copy(_SCHEMA[name][0])

    def threshold(self, rule_id: str, default: float) -> float:
        return float(self.values["rule_thresholds"].get(rule_id, default))

    def set(self, name: str, value: Any) -> None:
        default, valid = _SCHEMA[name]
        if not valid(value):
            raise ValueError(f"invalid value for {name}: {value!r}")
        self.values[name] = value

    def save(self) -> None:
        if self.path is None:
            raise ValueError("settings have no file")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(self.values, ensure_ascii=False, indent=2) + "\n")


def _copy(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return value.copy()
    return value


def load_settings(folder: Path) -> Settings:
    path = folder / FILE_NAME
    settings = Settings(path=path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return settings
    except OSError as error:
        settings.problems.append(
            pick(
                f"无法读取设置文件（{error.strerror or error}），本次使用默认设置。",
                f"The settings file cannot be read ({error.strerror or error}); defaults are used this time.",
            )
        )
        return settings
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        aside = path.with_name(f"{FILE_NAME}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
            where = f"，原文件已改名为 {aside.name}"
            where_en = f" (the file was renamed to {aside.name})"
        except OSError:
            where = where_en = ""
        settings.problems.append(
            pick(f"设置文件已损坏，已恢复默认设置{where}。", f"The settings file was damaged; defaults are used{where_en}.")
        )
        return settings
    for old, (new, convert) in _RENAMED.items():
        if old in data and new not in data:
            data[new] = convert(data.pop(old))
    for name, value in data.items():
        if name not in _SCHEMA:
            continue  # a newer version's setting: leave it to that version
        default, valid = _SCHEMA[name]
        if valid(value):
            settings.values[name] = value
        else:
            settings.problems.append(
                pick(
                    f"设置“{name}”的值 {value!r} 无效，已改回默认值 {default!r}。",
                    f"The setting “{name}” had an invalid value {value!r}; it was reset to {default!r}.",
                )
            )
    return settings
