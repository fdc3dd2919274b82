"""从去年报告新建: choose last year's report, the new year, whether to mask figures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.document import Report
from app.core.lang import current_language
from app.core.reportyear import detect_report_year
from app.core.skeleton import default_report_year

OPEN_FILTER = "报告 (*.docx *.txt);;Word 文档 (*.docx);;纯文本 (*.txt)"


class NewFromLastYearDialog(QDialog):
    """After ``exec()`` accepted: ``report`` (last year's, loaded), ``path``, ``year``, ``mask``."""

    def __init__(self, parent: QWidget | None = None, start_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("从去年报告新建")
        self.report: Report | None = None
        self.path: Path | None = None
        self._start = start_folder
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText("选择去年的报告（.docx）")
        browse = QPushButton("浏览(&B)…", self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(default_report_year())
        self.year_spin.setSuffix(" 年度")
        self.mask_check = QCheckBox("隐去统计数字（次数、件数、百分比、金额改为 ** 待填）", self)
        self.detected_label = QLabel("", self)
        self.detected_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("去年的报告：", row)
        form.addRow("", self.detected_label)
        form.addRow("新报告年度：", self.year_spin)
        form.addRow("", self.mask_check)
        note = QLabel("新文档保留去年的结构和格式，年份顺延；去年的原文随新文件保存，未改写的段落会在检查结果中标出。", self)
        note.setWordWrap(True)
        form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form.addRow(self.buttons)

    @property
    def year(self) -> int:
        return self.year_spin.value()

    @property
    def mask(self) -> bool:
        return self.mask_check.isChecked()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择去年的报告", self._start, OPEN_FILTER)
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        """Load last year's report (also used by tests); the year follows what it says."""
        from app.formats.errors import DocumentError
        from app.ui.loading import load_with_progress

        try:
            report = load_with_progress(self, path)
        except DocumentError as error:
            if error.kind != "cancelled":
                QMessageBox.warning(self, "无法打开", f"{Path(path).name}\n\n{error.message(current_language())}")
            return False
        self.report, self.path = report, Path(path)
        self.file_edit.setText(str(path))
        detected = report.year or detect_report_year(report.texts(), report.title)
        if detected is not None:
            self.year_spin.setValue(detected + 1)
            self.detected_label.setText(f"识别为 {detected} 年度的报告，新报告为 {detected + 1} 年度（可修改）。")
        else:
            self.detected_label.setText("未能识别去年报告的年度，请确认新报告的年度。")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True
