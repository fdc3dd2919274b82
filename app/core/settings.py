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

FILE_NAME = "settings.json"

# name → (default, validator)
_SCHEMA: dict[str, tuple[Any, Any]] = {
    "backup_count": (3, lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 50),
    "language": ("auto", lambda v: v in ("auto", "zh", "en")),
    "default_report_type": (None, lambda v: v is None or isinstance(v, str)),
    "disabled_rules": ([], lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
    "unchanged_threshold": (0.9, lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0.5 <= v <= 1.0),
}


@dataclass
class Settings:
    values: dict[str, Any] = field(default_factory=lambda: {k: _copy(d) for k, (d, _) in _SCHEMA.items()})
    problems: list[str] = field(default_factory=list)  # plain-Chinese notes for the user
    path: Path | None = None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

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
    return list(value) if isinstance(value, list) else value


def load_settings(folder: Path) -> Settings:
    path = folder / FILE_NAME
    settings = Settings(path=path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return settings
    except OSError as error:
        settings.problems.append(f"无法读取设置文件（{error.strerror or error}），本次使用默认设置。")
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
        except OSError:
            where = ""
        settings.problems.append(f"设置文件已损坏，已恢复默认设置{where}。")
        return settings
    for name, value in data.items():
        if name not in _SCHEMA:
            continue  # a newer version's setting: leave it to that version
        default, valid = _SCHEMA[name]
        if valid(value):
            settings.values[name] = value
        else:
            settings.problems.append(f"设置“{name}”的值 {value!r} 无效，已改回默认值 {default!r}。")
    return settings
