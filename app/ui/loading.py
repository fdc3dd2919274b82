"""Open a file without freezing the window: the import runs in a thread, a
progress dialog with 取消 appears if it takes more than half a second."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.document import Report
from app.formats import load_document
from app.formats.errors import DocumentError

SHOW_AFTER_MS = 500


def load_with_progress(parent: QWidget, path: str) -> Report:
    """The report, or DocumentError (kind "cancelled" when the user cancelled)."""
    state: dict = {"done": 0, "total": 0, "result": None, "error": None, "cancel": False}

    def progress(done: int, total: int) -> None:
        state["done"], state["total"] = done, total

    def work() -> None:
        try:
            state["result"] = load_document(path, progress=progress, cancel=lambda: state["cancel"])
        except DocumentError as error:
            state["error"] = error
        except BaseException as error:  # load_document promises DocumentError; be safe anyway
            state["error"] = DocumentError("corrupt", detail=repr(error))

    thread = threading.Thread(target=work, name="wengao-open", daemon=True)
    thread.start()
    loop = QEventLoop()
    dialog = QProgressDialog(
        QCoreApplication.translate("Loading", "Opening {name}…").format(name=Path(path).name),
        QCoreApplication.translate("Loading", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("Loading", "Open"))
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
    dialog.reset()
    dialog.deleteLater()
    if state["error"] is not None:
        raise state["error"]
    return state["result"]
