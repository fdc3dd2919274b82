"""The main window: wires the pieces together, holds no logic of its own.

Until the editing window lands this is a read-only viewer: the report's text in
the centre and its outline on the left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTextEdit

from app.core.document import Report
from app.core.outline import parse_outline
from app.ui.fonts import body_font
from app.ui.outline.outline_dock import OutlineDock


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.resize(1200, 800)
        self.viewer = QTextEdit(self)
        self.viewer.setReadOnly(True)
        self.viewer.setFont(body_font(14))
        self.setCentralWidget(self.viewer)
        self.outline_dock = OutlineDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.outline_dock.section_activated.connect(self.go_to)
        self.report: Report | None = None
        self.path: Path | None = None
        self._build_menu()
        self._update_title()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("文件(&F)")
        open_action = QAction("打开(&O)…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_file)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction("退出(&X)", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _update_title(self) -> None:
        name = self.path.name if self.path else "未打开文件"
        self.setWindowTitle(f"{name}（只读预览） — 文稿")

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "打开报告", "", "报告 (*.docx *.txt);;所有文件 (*)")
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        from app.formats import load_document
        from app.formats.errors import DocumentError

        try:
            report = load_document(path)
        except DocumentError as error:
            QMessageBox.warning(self, "无法打开", f"{Path(path).name}\n\n{error.message()}")
            return False
        self.show_report(report, Path(path))
        return True

    def show_report(self, report: Report, path: Path | None = None) -> None:
        self.report, self.path = report, path
        self.viewer.setPlainText("\n".join(report.texts()))
        self.outline_dock.show_outline(parse_outline(report.iter_paragraphs()))
        self._update_title()

    def go_to(self, paragraph: int, offset: int) -> None:
        block = self.viewer.document().findBlockByNumber(paragraph)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(offset, block.length() - 1))
        self.viewer.setTextCursor(cursor)
        self.viewer.ensureCursorVisible()
        self.viewer.setFocus()
