"""Review harvested candidates and accept the chosen ones into the library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.phrases.harvest import KIND_CATEGORY, Candidate
from app.ui.phrases.labels import kind_label


class HarvestDialog(QDialog):
    """Checkable candidates; each accepted one goes in with the chosen (or its kind's) category."""

    def __init__(self, candidates: list[Candidate], categories: list[str], source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Harvest Phrases"))
        self.resize(760, 520)
        self.candidates = candidates
        layout = QVBoxLayout(self)
        intro = self.tr(
            "Found {count} candidate(s) in {source} (recurring quoted terms, parallel phrases, sentences several reports share). Tick the ones to add to the phrase library:"
        )
        layout.addWidget(QLabel(intro.format(count=len(candidates), source=source), self, wordWrap=True))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Text"), self.tr("Kind"), self.tr("Occurrences"), self.tr("Reports")])
        self.tree.setRootIsDecorated(False)
        for index, cand in enumerate(candidates):
            item = QTreeWidgetItem([cand.text, kind_label(cand.kind), str(cand.count), str(len(cand.documents))])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, cand.text)
            self.tree.addTopLevelItem(item)
        self.tree.setColumnWidth(0, 500)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        select_all = QPushButton(self.tr("Select All"), self)
        select_all.clicked.connect(lambda: self._check_all(True))
        select_none = QPushButton(self.tr("Select None"), self)
        select_none.clicked.connect(lambda: self._check_all(False))
        row.addWidget(select_all)
        row.addWidget(select_none)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Add to category:"), self))
        self.category_box = QComboBox(self)
        self.category_box.setEditable(True)
        self.category_box.addItem(self.tr("(By kind)"))
        self.category_box.addItems(categories)
        row.addWidget(self.category_box)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Selected"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setCheckState(0, state)

    def set_checked(self, index: int, on: bool = True) -> None:
        self.tree.topLevelItem(index).setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def accepted_entries(self) -> list[tuple[str, str]]:
        """(text, category) of the checked candidates."""
        chosen = self.category_box.currentText().strip()
        auto = self.category_box.currentIndex() == 0 and chosen == self.category_box.itemText(0)
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                cand = self.candidates[item.data(0, Qt.ItemDataRole.UserRole)]
                out.append((cand.text, KIND_CATEGORY[cand.kind] if auto or not chosen else chosen))
        return out
