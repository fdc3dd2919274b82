"""Start the window from ``wengao [FILE]``, or say in one line why it cannot."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli.common import EXIT_USAGE
from app.core.lang import pick


def display_problem(lang: str) -> str | None:
    """Why no window can be shown here, or None.

    Qt aborts the whole process when its platform plugin cannot connect, so this
    is checked before Qt is imported.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return pick(
            "没有可用的图形界面（未设置 DISPLAY/WAYLAND_DISPLAY），无法打开窗口；命令行用法见 wengao --help。",
            "no graphical display (DISPLAY/WAYLAND_DISPLAY unset), cannot open the window; see wengao --help for the command line.",
            lang,
        )
    return None


def launch_gui(args: list[str], lang: str) -> int:
    if len(args) > 1:
        print(pick("wengao: 一次只能打开一个文件", "wengao: open one file at a time", lang), file=sys.stderr)
        return EXIT_USAGE
    path = args[0] if args else None
    if path is not None and not Path(path).exists():
        print(pick(f"wengao: 找不到文件：{path}", f"wengao: no such file: {path}", lang), file=sys.stderr)
        return EXIT_USAGE
    problem = display_problem(lang)
    if problem:
        print(f"wengao: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        from app.ui.application import run_application
    except ImportError as error:
        print(
            pick(f"wengao: 无法加载界面组件（{error}）", f"wengao: cannot load the user interface ({error})", lang),
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_application(path)
