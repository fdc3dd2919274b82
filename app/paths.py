"""Where user data lives: platformdirs, or one folder named by ``WENGAO_HOME``.

Tests (and portable installs) set ``WENGAO_HOME``; every piece of code that reads
or writes user data asks this module, so one variable redirects all of it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "wengao"
HOME_ENV = "WENGAO_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    import platformdirs

    getter = {
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "cache": platformdirs.user_cache_dir,
        "state": platformdirs.user_state_dir,
    }[kind]
    return Path(getter(APP_NAME, appauthor=False))


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _ensure(_base("config"))


def data_dir() -> Path:
    return _ensure(_base("data"))


def cache_dir() -> Path:
    return _ensure(_base("cache"))


def state_dir() -> Path:
    return _ensure(_base("state"))


def autosave_dir() -> Path:
    return _ensure(_base("state") / "autosave")
