"""从去年报告新建: choose last year's report, the new year, whether to mask figures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

OPEN_FILTER = QT_TRANSLATE_NOOP("NewFromLastYearDialog", "Reports (*.docx *.txt);;Word documents (*.docx);;Plain text (*.txt)")


class NewFromLastYearDialog(QDialog):
    """After ``exec()`` accepted: ``report`` (last year's, loaded), ``path``, ``year``, ``mask``."""

    def __init__(self, parent: QWidget | None = None, start_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Last Year's Report"))
        self.report: Report | None = None
        self.path: Path | None = None
        self._start = start_folder
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose last year's report (.docx)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(default_report_year())
        self.year_spin.setSuffix(self.tr(" (year)"))
        self.mask_check = QCheckBox(
            self.tr("Hide the figures (counts, numbers of cases, percentages and amounts become ** to fill in)"), self
        )
        self.detected_label = QLabel("", self)
        self.detected_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Last year's report:"), row)
        form.addRow("", self.detected_label)
        form.addRow(self.tr("Year of the new report:"), self.year_spin)
        form.addRow("", self.mask_check)
        note = QLabel(
            self.tr(
                "The new document keeps last year's structure and formatting, with the years moved on by one; last year's text is saved with the new file, and paragraphs not yet rewritten will be marked in the check results."
            ),
            self,
        )
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
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose Last Year's Report"), self._start, QCoreApplication.translate("NewFromLastYearDialog", OPEN_FILTER)
        )
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
                QMessageBox.warning(self, self.tr("Could Not Open"), f"{Path(path).name}\n\n{error.message(current_language())}")
            return False
        self.report, self.path = report, Path(path)
        self.file_edit.setText(str(path))
        detected = report.year or detect_report_year(report.texts(), report.title)
        if detected is not None:
            self.year_spin.setValue(detected + 1)
            self.detected_label.setText(
                self.tr("Recognised as the report for {year}; the new report is for {next} (you can change it).").format(
                    year=detected, next=detected + 1
                )
            )
        else:
            self.detected_label.setText(
                self.tr("Could not tell which year last year's report covers; please check the year of the new report.")
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True
