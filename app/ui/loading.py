"""Long work without freezing the window: it runs on a thread, and a progress
dialog with 取消 appears if it takes more than half a second. Opening a file and
harvesting a folder of reports both go through :func:`run_with_progress`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.document import Report
from app.formats import load_document
from app.formats.errors import DocumentError

SHOW_AFTER_MS = 500
T = TypeVar("T")
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user pressed 取消 in the progress dialog."""


class _Done(QObject):
    """Emitted from the worker thread when it ends; Qt queues it to the waiting loop."""

    done = Signal()


def run_with_progress(parent: QWidget, title: str, label: str, work: Callable[[Progress, Callable[[], bool]], T]) -> T:
    """Run ``work(progress, cancelled)`` on a thread while the window stays live.

    A progress dialog with 取消 appears if the work takes more than half a second;
    ``progress(done, total)`` moves its bar, ``cancelled()`` tells the work to stop.
    Returns the work's result, re-raises its exception, or raises Cancelled when the
    user cancelled and the work stopped early."""
    state: dict = {"done": 0, "total": 0, "result": None, "error": None, "cancel": False}

    def progress(done: int, total: int) -> None:
        state["done"], state["total"] = done, total

    def run() -> None:
        try:
            state["result"] = work(progress, lambda: state["cancel"])
        except BaseException as error:  # handed to the UI thread, raised there
            state["error"] = error
        finally:
            finished.done.emit()

    loop = QEventLoop()
    # The loop ends the moment the work does (the 30 ms poll below only moves the
    # bar): waiting for the next poll added up to 30 ms to every file opened.
    finished = _Done()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread = threading.Thread(target=run, name="wengao-background", daemon=True)
    thread.start()
    dialog = QProgressDialog(label, QCoreApplication.translate("Loading", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.canceled.connect(lambda: state.__setitem__("cancel", True))
    timer = QTimer(interval=30)

    def poll() -> None:
        if state["total"]:
            dialog.setMaximum(state["total"])
            dialog.setValue(min(state["done"], state["total"]))
        if not thread.is_alive():
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    # The worker's last touch of `finished` (its emit) must be over before this
    # frame lets go of it: a QObject freed on the worker thread, or while it still
    # emits, crashed the window now and then (SIGSEGV in the open tests).
    thread.join(timeout=5)
    dialog.reset()
    dialog.deleteLater()
    if state["error"] is not None:
        raise state["error"]
    if state["cancel"]:
        raise Cancelled()
    return state["result"]


def load_with_progress(parent: QWidget, path: str) -> Report:
    """The report, or DocumentError (kind "cancelled" when the user cancelled)."""

    def work(progress: Progress, cancelled: Callable[[], bool]) -> Report:
        try:
            return load_document(path, progress=progress, cancel=cancelled)
        except DocumentError:
            raise
        except Exception as error:  # load_document promises DocumentError; be safe anyway
            raise DocumentError("corrupt", detail=repr(error)) from error

    try:
        return run_with_progress(
            parent,
            QCoreApplication.translate("Loading", "Open"),
            QCoreApplication.translate("Loading", "Opening {name}…").format(name=Path(path).name),
            work,
        )
    except Cancelled:
        raise DocumentError("cancelled") from None
