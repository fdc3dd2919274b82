"""Where the shipped data lives (``resources/``), in a checkout and in a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    shipped = Path(__file__).resolve().parent / "_shipped" / "resources"  # installed from a wheel (setup.py)
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
