"""检查文件夹: every report in a folder checked in the background, results as they come.

The work is ``app.checks.batch.check_files`` (the same loop as ``wengao check
FOLDER``) on a Python thread; results cross to the UI thread through a queue the
dialog polls, so a folder of fifty reports never freezes the window, and 停止
stops after the file being read. Double-clicking a row opens that report.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checks.batch import FileResult, check_files, folder_reports

PATH_ROLE = Qt.ItemDataRole.UserRole
_DONE = object()


class FolderCheckDialog(QDialog):
    open_requested = Signal(str)

    def __init__(self, options: Callable[[], dict], parent: QWidget | None = None) -> None:
        """``options()`` gives check_files' keyword arguments (resources, lang, disabled, thresholds)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a Folder"))
        self.setObjectName("folderCheckDialog")
        self._options = options
        self._queue: queue.Queue = queue.Queue()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._total = 0
        self._running = False  # until the last result is shown, not just until the thread ends
        self.results: list[FileResult] = []

        self.folder_label = QLabel(self.tr("Choose a folder: every .docx in it (and its subfolders) is checked."), self)
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose Folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Year"), self.tr("Errors"), self.tr("Warnings"), self.tr("Suggestions"), self.tr("First error")]
        )
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(self._open_item)
        self.table.setSortingEnabled(True)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.stop_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._drain)
        self.resize(900, 520)

    # -- running ------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of Reports"))
        if folder:
            self.start(Path(folder))

    def start(self, folder: Path) -> bool:
        """Check every report under ``folder``; False (with a message) if it holds none."""
        self.stop()
        self.folder_label.setText(str(folder))
        self.table.clear()
        self.results = []
        try:
            files = folder_reports(folder)
        except OSError as error:  # gone, unreadable, a network share that dropped
            self.status.setText(self.tr("This folder cannot be read: {reason}").format(reason=error.strerror or error))
            return False
        if not files:
            self.status.setText(self.tr("There are no .docx files in this folder."))
            return False
        self._total = len(files)
        self._cancel = threading.Event()
        self._queue = queue.Queue()
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Checking {count} reports…").format(count=len(files)))
        cancel, out = self._cancel, self._queue
        options = self._options()

        def work() -> None:
            try:
                for result in check_files(files, cancel=cancel.is_set, **options):
                    out.put(result)
            finally:
                out.put(_DONE)

        self._running = True
        self._thread = threading.Thread(target=work, name="wengao-folder-check", daemon=True)
        self._thread.start()
        self._timer.start()
        return True

    def stop(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    def _drain(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is _DONE:
                self._finish()
                return
            self._add(item)

    def _add(self, result: FileResult) -> None:
        self.results.append(result)
        self.progress.setValue(len(self.results))
        name = Path(result.path).name
        if result.error:
            row = [name, self.tr("unreadable"), "", "", "", "", result.error]
        else:
            first = next((f for f in result.findings if f.severity.value == "error"), None)
            first_text = f"{first.message}（{first.section}）" if first and first.section else (first.message if first else "")
            row = [
                name, result.report_type or self.tr("not recognised"), str(result.year or ""),
                str(result.count("error")), str(result.count("warning")), str(result.count("info")), first_text,
            ]
        item = QTreeWidgetItem(self.table, row)
        item.setData(0, PATH_ROLE, result.path)
        item.setToolTip(0, result.path)
        for column in (3, 4, 5):
            if row[column]:  # numbers sort as numbers
                item.setData(column, Qt.ItemDataRole.DisplayRole, int(row[column]))
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _finish(self) -> None:
        self._timer.stop()
        self._running = False
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.choose_button.setEnabled(True)
        with_errors = sum(1 for r in self.results if r.has_errors)
        unreadable = sum(1 for r in self.results if r.error)
        if self._cancel.is_set() and len(self.results) < self._total:
            text = self.tr("Stopped: {done} of {total} reports checked.")
        else:
            text = self.tr("{done} reports checked.")
        text = text.format(done=len(self.results), total=self._total)
        text += " " + self.tr("{errors} with errors, {unreadable} unreadable. Double-click a report to open it.").format(
            errors=with_errors, unreadable=unreadable
        )
        self.status.setText(text)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.open_requested.emit(path)

    def done(self, result: int) -> None:  # closing stops the work
        self.stop()
        super().done(result)
