"""Add or edit one phrase-library entry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.phrases.model import DEFAULT_USER_CATEGORY, PhraseEntry
from app.ui.phrases.labels import source_label

_SPLIT = str.maketrans({"，": "、", ",": "、", "；": "、", ";": "、", " ": "、"})  # i18n: not UI text


class PhraseEditDialog(QDialog):
    def __init__(self, entry: PhraseEntry, categories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Edit Phrase") if entry.id is not None else self.tr("New Phrase"))
        self.resize(520, 420)
        form = QFormLayout(self)
        self.text_edit = QPlainTextEdit(entry.text, self)
        self.text_edit.setPlaceholderText(self.tr("A complete sentence or formulation; write ** where a figure goes"))
        self.category_box = QComboBox(self)
        self.category_box.setEditable(True)
        self.category_box.addItems(categories)
        self.category_box.setCurrentText(entry.category)
        self.tags_edit = QLineEdit(self.tr(", ").join(entry.tags), self)
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.note_edit = QLineEdit(entry.note, self)
        self.wrong_edit = QPlainTextEdit("\n".join(entry.wrong_variants), self)
        self.wrong_edit.setPlaceholderText(self.tr("One common misspelling a line; the checker points them out"))
        self.wrong_edit.setMaximumHeight(80)
        self.from_spin = self._year(entry.valid_from)
        self.to_spin = self._year(entry.valid_to)
        self.favourite_box = QCheckBox(self.tr("Favourite"), self)
        self.favourite_box.setChecked(entry.favourite)
        form.addRow(self.tr("Text:"), self.text_edit)
        form.addRow(self.tr("Category:"), self.category_box)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Misspellings:"), self.wrong_edit)
        form.addRow(self.tr("Valid from (year):"), self.from_spin)
        form.addRow(self.tr("Valid until (year):"), self.to_spin)
        form.addRow("", self.favourite_box)
        if entry.id is not None:
            form.addRow(self.tr("Source:"), QLineEdit(source_label(entry.source), self, readOnly=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _year(self, value: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 2200)
        spin.setSpecialValueText(self.tr("Any"))
        spin.setValue(value or 0)
        return spin

    def accept(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            QMessageBox.warning(self, self.tr("Phrase"), self.tr("The text cannot be empty."))
            return
        wrong = [w.strip() for w in self.wrong_edit.toPlainText().splitlines() if w.strip()]
        if any(w in text for w in wrong):
            QMessageBox.warning(self, self.tr("Phrase"), self.tr("A misspelling cannot be part of the correct text."))
            return
        valid_from, valid_to = self.from_spin.value() or None, self.to_spin.value() or None
        if valid_from and valid_to and valid_from > valid_to:
            QMessageBox.warning(self, self.tr("Phrase"), self.tr("The first year cannot be later than the last year."))
            return
        e = self.entry
        e.text = text
        e.category = self.category_box.currentText().strip() or DEFAULT_USER_CATEGORY
        e.tags = [t for t in self.tags_edit.text().translate(_SPLIT).split("、") if t.strip()]  # i18n: not UI text
        e.note = self.note_edit.text().strip()
        e.wrong_variants = wrong
        e.valid_from, e.valid_to = valid_from, valid_to
        e.favourite = self.favourite_box.isChecked()
        super().accept()
