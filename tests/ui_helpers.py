"""Helpers for driving the window in tests (the `window` fixture is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

WAIT_MS = 20000


def wait_for_analysis(qtbot, window, predicate: Callable = lambda analysis: True) -> None:
    """Until the outline and findings shown belong to the text as it is now."""

    def ready() -> bool:
        a = window.last_analysis
        return a is not None and a.texts == window.editor.texts() and a.checks is not None and predicate(a)

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def type_text(widget, text: str) -> None:
    """Type any Unicode text as key events (QTest.keyClicks only handles ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
