"""The phrase library dock: category tree, search box, results, preview.

Insert at the editor's cursor by double-click, Enter or drag and drop (the
window connects ``insert_requested`` to ReportEditor.insert_phrase, which also
selects the first placeholder). Reads and small writes go to the store on the
UI thread; the in-memory index is rebuilt from the store after each write.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDrag, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.phrases.model import DEFAULT_USER_CATEGORY, SOURCE_LABELS, PhraseEntry
from app.phrases.search import ALL, FAVOURITES, RECENT, PhraseIndex
from app.phrases.store import DuplicatePhrase, PhraseStore
from app.ui.editor.report_editor import PHRASE_MIME

RESULT_LIMIT = 300
_ID = Qt.ItemDataRole.UserRole


class _ResultList(QListWidget):
    """Results: Enter inserts; dragging carries the phrase (marked for the editor)."""

    activated_entry = Signal(int)
    dropped_entry = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # No sideways scrolling: long phrases are elided here and shown whole in the preview.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemDoubleClicked.connect(lambda item: self.activated_entry.emit(item.data(_ID)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.activated_entry.emit(self.currentItem().data(_ID))
            return
        super().keyPressEvent(event)

    def startDrag(self, actions) -> None:  # noqa: N802 (Qt name)
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setText(item.data(Qt.ItemDataRole.ToolTipRole) or item.text())
        mime.setData(PHRASE_MIME, str(item.data(_ID)).encode("ascii"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        if drag.exec(Qt.DropAction.CopyAction) == Qt.DropAction.CopyAction:
            self.dropped_entry.emit(item.data(_ID))


class PhrasesDock(QDockWidget):
    insert_requested = Signal(str)
    message = Signal(str)  # for the status bar
    library_changed = Signal()  # formulations may have changed: the checker should reload them

    def __init__(self, store: PhraseStore, parent: QWidget | None = None) -> None:
        super().__init__("常用语库", parent)
        self.setObjectName("phrasesDock")
        self.store = store
        self._splitter_fn: Callable[[str], Sequence[str]] | None = None
        self.document_texts: Callable[[], list[str]] | None = None  # the open report, for harvesting
        self._entries: dict[int, PhraseEntry] = {}
        self.index = PhraseIndex([])
        self._category: str = ALL

        body = QWidget(self)
        body.setMinimumWidth(300)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search_box = QLineEdit(body)
        self.search_box.setPlaceholderText("搜索：关键词，空格分隔多个词，或拼音首字母（如 lgwh）")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.refresh_results)
        self.search_box.returnPressed.connect(self._insert_top)
        self.search_box.installEventFilter(self)
        layout.addWidget(self.search_box)

        split = QSplitter(Qt.Orientation.Vertical, body)
        self.tree = QTreeWidget(split)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(self._on_category)
        self.results = _ResultList(split)
        self.results.activated_entry.connect(self.insert_entry)
        self.results.dropped_entry.connect(self._used)
        self.results.currentItemChanged.connect(self._show_preview)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._result_menu)
        self.preview = QPlainTextEdit(split)
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText("选中一条常用语，在此预览全文；双击、回车或拖到正文中插入")
        split.setSizes([170, 380, 160])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.insert_action = self._button(buttons, "插入", self._insert_current, "插入到光标处（回车、双击）")
        self.add_action = self._button(buttons, "新增", self.new_entry, "新增一条常用语")
        self.edit_action = self._button(buttons, "编辑", self.edit_current, "编辑选中的常用语")
        self.delete_action = self._button(buttons, "删除", self.delete_current, "删除选中的常用语")
        self.favourite_action = self._button(buttons, "收藏", self.toggle_favourite, "收藏或取消收藏")
        more = QToolButton(body)
        more.setText("更多")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction("导入…", self.import_dialog)
        menu.addAction("导出…", self.export_dialog)
        menu.addSeparator()
        menu.addAction("从当前报告采集…", self.harvest_document)
        menu.addAction("从文件夹中的报告采集…", self.harvest_folder)
        more.setMenu(menu)
        buttons.addWidget(more)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.reload()
        # Pinyin initials missing (first run): compute them once the window is up.
        QTimer.singleShot(1500, self.fill_initials)

    def _button(self, row: QHBoxLayout, text: str, slot: Callable, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        button = QToolButton(self)
        button.setDefaultAction(action)
        row.addWidget(button)
        return action

    # -- data ---------------------------------------------------------------------
    def set_splitter(self, splitter: Callable[[str], Sequence[str]] | None) -> None:
        """jieba's cut (only when already loaded) for queries typed without spaces."""
        self._splitter_fn = splitter
        self.index.splitter = splitter

    def reload(self) -> None:
        entries = self.store.all()
        self._entries = {e.id: e for e in entries if e.id is not None}
        self.index = PhraseIndex(entries, self._splitter_fn)
        self._fill_tree()
        self.refresh_results()

    def fill_initials(self) -> None:
        if self.store.fill_initials():
            self.reload()

    def _fill_tree(self) -> None:
        current = self._category
        self.tree.blockSignals(True)
        self.tree.clear()
        favourites = sum(1 for e in self._entries.values() if e.favourite)
        rows = [(ALL, f"{ALL}（{len(self._entries)}）"), (FAVOURITES, f"{FAVOURITES}（{favourites}）"), (RECENT, RECENT)]
        rows += [(name or "（未分类）", f"{name or '（未分类）'}（{count}）") for name, count in self.store.categories()]
        selected = None
        for key, label in rows:
            item = QTreeWidgetItem([label])
            item.setData(0, _ID, key)
            self.tree.addTopLevelItem(item)
            if key == current:
                selected = item
        self.tree.setCurrentItem(selected or self.tree.topLevelItem(0))
        self._category = self.tree.currentItem().data(0, _ID)
        self.tree.blockSignals(False)

    def _on_category(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self._category = item.data(0, _ID) if item is not None else ALL
        self.refresh_results()

    def refresh_results(self) -> None:
        found = self.index.search(self.search_box.text(), self._category, limit=RESULT_LIMIT)
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        for entry in found:
            line = entry.text.replace("\n", " ")
            item = QListWidgetItem(("★ " if entry.favourite else "") + line)
            item.setData(_ID, entry.id)
            item.setToolTip(entry.text)
            self.results.addItem(item)
        self.results.setUpdatesEnabled(True)
        if found:
            self.results.setCurrentRow(0)
        else:
            self.preview.setPlainText("")

    def current_entry(self) -> PhraseEntry | None:
        item = self.results.currentItem()
        return self._entries.get(item.data(_ID)) if item is not None else None

    def _show_preview(self, item: QListWidgetItem | None, _previous=None) -> None:
        entry = self._entries.get(item.data(_ID)) if item is not None else None
        if entry is None:
            self.preview.setPlainText("")
            return
        meta = [f"分类：{entry.category or '未分类'}", f"来源：{SOURCE_LABELS.get(entry.source, entry.source)}"]
        if entry.usage_count:
            meta.append(f"用过 {entry.usage_count} 次")
        if entry.valid_from or entry.valid_to:
            meta.append(f"适用：{entry.valid_from or ''}—{entry.valid_to or ''}年")
        lines = [entry.text, "", "　".join(meta)]
        if entry.tags:
            lines.append("标签：" + "、".join(entry.tags))
        if entry.note:
            lines.append("说明：" + entry.note)
        if entry.wrong_variants:
            lines.append("常见错误写法：" + "；".join(entry.wrong_variants))
        self.preview.setPlainText("\n".join(lines))
        self.favourite_action.setText("取消收藏" if entry.favourite else "收藏")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        # Down arrow in the search box moves into the results, as in a launcher.
        if watched is self.search_box and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- inserting ----------------------------------------------------------------
    def insert_entry(self, entry_id: int) -> None:
        entry = self._entries.get(entry_id)
        if entry is None:
            return
        self.insert_requested.emit(entry.text)
        self._used(entry_id)

    def _used(self, entry_id: int) -> None:
        self.store.record_use(entry_id)
        entry = self._entries.get(entry_id)
        if entry is not None:
            entry.usage_count += 1  # the index holds this object: ranking updates without a rebuild

    def _insert_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.id is not None:
            self.insert_entry(entry.id)

    def _insert_top(self) -> None:
        if self.results.count():
            self.insert_entry(self.results.item(0).data(_ID))

    # -- editing ----------------------------------------------------------------------
    def _categories(self) -> list[str]:
        return [name for name, _ in self.store.categories() if name]

    def add_text(self, text: str) -> PhraseEntry | None:
        """One step from the editor's selection: stored under 我的常用语, editable later."""
        text = text.strip()
        if not text:
            return None
        existing = self.store.find_text(text)
        if existing is not None:
            self.message.emit(f"常用语库中已有这一条（{existing.category}）")
            return None
        entry = self.store.add(PhraseEntry(text=text, category=DEFAULT_USER_CATEGORY, source="user"))
        self._after_write(entry.is_formulation)
        self.message.emit(f"已加入常用语库“{DEFAULT_USER_CATEGORY}”：{text[:20]}{'…' if len(text) > 20 else ''}")
        return entry

    def _dialog(self, entry: PhraseEntry):
        from app.ui.phrases.edit_dialog import PhraseEditDialog

        return PhraseEditDialog(entry, self._categories(), self)

    def new_entry(self) -> None:
        category = self._category if self._category not in (ALL, FAVOURITES, RECENT) else DEFAULT_USER_CATEGORY
        entry = PhraseEntry(text=self.search_box.text().strip() if " " not in self.search_box.text() else "", category=category)
        dialog = self._dialog(entry)
        if dialog.exec():
            try:
                self.store.add(entry)
            except DuplicatePhrase:
                QMessageBox.information(self, "常用语库", "常用语库中已有这一条。")
                return
            self._after_write(True)

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = self._dialog(entry)
        if dialog.exec():
            try:
                self.store.update(entry)
            except DuplicatePhrase:
                QMessageBox.information(self, "常用语库", "常用语库中已有相同内容的另一条。")
            self._after_write(True)

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        answer = QMessageBox.question(self, "删除常用语", f"从常用语库中删除这一条？\n\n{entry.text[:80]}")
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete(entry.id)
            self._after_write(entry.is_formulation)

    def toggle_favourite(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        self.store.set_favourite(entry.id, not entry.favourite)
        self._after_write(False)

    def _after_write(self, formulations_may_change: bool) -> None:
        current = self.current_entry()
        if "pypinyin" in sys.modules:  # loaded this session: initials for new entries cost nothing
            self.store.fill_initials()
        self.reload()
        if current is not None:
            for row in range(self.results.count()):
                if self.results.item(row).data(_ID) == current.id:
                    self.results.setCurrentRow(row)
                    break
        if formulations_may_change:
            self.library_changed.emit()

    def _result_menu(self, pos) -> None:
        if self.results.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.insert_action)
        menu.addAction(self.favourite_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.exec(self.results.viewport().mapToGlobal(pos))

    # -- sharing ------------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "导入常用语", "", "常用语文件 (*.json *.csv);;所有文件 (*)")
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> str:
        from app.phrases.io import ImportFileError, import_file

        try:
            report = import_file(self.store, path)
        except ImportFileError as error:
            QMessageBox.warning(self, "导入常用语", f"无法导入 {Path(path).name}：{error}")
            return str(error)
        self._after_write(True)
        summary = report.summary()
        if report.rejected:
            QMessageBox.information(self, "导入常用语", summary)
        self.message.emit(summary.split("\n")[0])
        return summary

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "导出常用语", "常用语库.csv", "CSV（Excel、WPS 可打开） (*.csv);;JSON (*.json)"
        )
        if not path:
            return
        if not path.lower().endswith((".csv", ".json")):
            path += ".json" if "JSON" in chosen else ".csv"
        from app.phrases.io import export_entries

        entries = list(self._entries.values())
        if self._category not in (ALL, FAVOURITES, RECENT):
            entries = [e for e in entries if e.category == self._category]
        try:
            count = export_entries(entries, path)
        except OSError as error:
            QMessageBox.warning(self, "导出常用语", f"无法写入 {path}：{error.strerror or error}")
            return
        self.message.emit(f"已导出 {count} 条常用语到 {Path(path).name}")

    # -- harvesting -----------------------------------------------------------------------
    def harvest_document(self) -> None:
        texts = self.document_texts() if self.document_texts else []
        # One report: a sentence cannot be "shared by several"; terms and parallels must recur in it.
        self._harvest([texts], "当前报告")

    def harvest_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择存放往年报告的文件夹")
        if not folder:
            return
        from app.formats import load_document
        from app.formats.errors import DocumentError

        documents, failed = [], 0
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix.lower() in (".docx", ".txt") and not path.name.startswith("~$"):
                try:
                    documents.append(load_document(str(path)).texts())
                except DocumentError:
                    failed += 1
        if failed:
            self.message.emit(f"有 {failed} 个文件无法读取，已跳过")
        self._harvest(documents, f"{len(documents)} 篇报告")

    def _harvest(self, documents: list[list[str]], source: str) -> None:
        from app.phrases.harvest import harvest
        from app.ui.phrases.harvest_dialog import HarvestDialog

        candidates = harvest(documents, self._entries_texts())
        if not candidates:
            QMessageBox.information(self, "采集常用语", f"在{source}中没有找到新的候选提法。")
            return
        dialog = HarvestDialog(candidates, self._categories(), source, self)
        if dialog.exec():
            self.accept_harvested(dialog.accepted_entries())

    def accept_harvested(self, chosen: list[tuple[str, str]]) -> int:
        entries = [PhraseEntry(text=text, category=category, source="harvested") for text, category in chosen]
        added, _ = self.store.add_many(entries)
        self._after_write(True)
        self.message.emit(f"已将 {len(added)} 条采集的常用语加入常用语库")
        return len(added)

    def _entries_texts(self) -> list[str]:
        return [e.text for e in self._entries.values()]
