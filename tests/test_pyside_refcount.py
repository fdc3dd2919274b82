"""Guard against the PySide6 build that over-releases None on void calls.

PySide6 6.12.0 on CPython < 3.12 drops a reference to None on every call of a
void Qt method; a process aborts with ``none_dealloc`` after ~13,000 of them.
pyproject.toml excludes that pair; this test fails if such a build slips in.
On 3.12+ None is immortal and its refcount is constant, so the test still holds.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

CALLS = 3000


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    document = QTextDocument()
    cursor = QTextCursor(document)
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        cursor.insertText("字")
        cursor.setCharFormat(fmt)
    after = sys.getrefcount(None)
    # Unrelated code may create or drop a handful of references; a leak loses
    # one per call, thousands here.
    assert after - before > -CALLS // 10, f"None refcount fell by {before - after} over {CALLS * 2} calls"
    assert document.characterCount() == CALLS + 1
