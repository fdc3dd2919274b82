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

from app.phrases.model import SOURCE_LABELS, PhraseEntry

_SPLIT = str.maketrans({"，": "、", ",": "、", "；": "、", ";": "、", " ": "、"})


class PhraseEditDialog(QDialog):
    def __init__(self, entry: PhraseEntry, categories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle("编辑常用语" if entry.id is not None else "新增常用语")
        self.resize(520, 420)
        form = QFormLayout(self)
        self.text_edit = QPlainTextEdit(entry.text, self)
        self.text_edit.setPlaceholderText("完整的句子或提法；数字处用 ** 表示")
        self.category_box = QComboBox(self)
        self.category_box.setEditable(True)
        self.category_box.addItems(categories)
        self.category_box.setCurrentText(entry.category)
        self.tags_edit = QLineEdit("、".join(entry.tags), self)
        self.tags_edit.setPlaceholderText("用顿号分隔")
        self.note_edit = QLineEdit(entry.note, self)
        self.wrong_edit = QPlainTextEdit("\n".join(entry.wrong_variants), self)
        self.wrong_edit.setPlaceholderText("每行一个常见的错误写法，检查时会提示")
        self.wrong_edit.setMaximumHeight(80)
        self.from_spin = self._year(entry.valid_from)
        self.to_spin = self._year(entry.valid_to)
        self.favourite_box = QCheckBox("收藏", self)
        self.favourite_box.setChecked(entry.favourite)
        form.addRow("内容：", self.text_edit)
        form.addRow("分类：", self.category_box)
        form.addRow("标签：", self.tags_edit)
        form.addRow("备注：", self.note_edit)
        form.addRow("错误写法：", self.wrong_edit)
        form.addRow("适用起始年份：", self.from_spin)
        form.addRow("适用截止年份：", self.to_spin)
        form.addRow("", self.favourite_box)
        if entry.id is not None:
            form.addRow("来源：", QLineEdit(SOURCE_LABELS.get(entry.source, entry.source), self, readOnly=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _year(self, value: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 2200)
        spin.setSpecialValueText("不限")
        spin.setValue(value or 0)
        return spin

    def accept(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            QMessageBox.warning(self, "常用语", "内容不能为空。")
            return
        wrong = [w.strip() for w in self.wrong_edit.toPlainText().splitlines() if w.strip()]
        if any(w in text for w in wrong):
            QMessageBox.warning(self, "常用语", "错误写法不能出现在正确的内容之中。")
            return
        valid_from, valid_to = self.from_spin.value() or None, self.to_spin.value() or None
        if valid_from and valid_to and valid_from > valid_to:
            QMessageBox.warning(self, "常用语", "起始年份不能晚于截止年份。")
            return
        e = self.entry
        e.text = text
        e.category = self.category_box.currentText().strip() or "我的常用语"
        e.tags = [t for t in self.tags_edit.text().translate(_SPLIT).split("、") if t.strip()]
        e.note = self.note_edit.text().strip()
        e.wrong_variants = wrong
        e.valid_from, e.valid_to = valid_from, valid_to
        e.favourite = self.favourite_box.isChecked()
        super().accept()
