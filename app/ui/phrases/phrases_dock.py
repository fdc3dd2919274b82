"""The phrase library dock: category tree, search box, results, preview.

Insert at the editor's cursor by double-click, Enter or drag and drop (the
window connects ``insert_requested`` to ReportEditor.insert_phrase, which also
selects the first placeholder). Reads and small writes go to the store on the
UI thread; the in-memory index is rebuilt from the store after each write.
"""

from __future__ import annotations

import functools
import sys
import threading
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

from app.phrases.model import DEFAULT_USER_CATEGORY, PhraseEntry
from app.phrases.search import ALL, FAVOURITES, RECENT, UNCATEGORISED, PhraseIndex
from app.phrases.store import DuplicatePhrase, PhraseStore
from app.ui.editor.report_editor import PHRASE_MIME
from app.ui.phrases.labels import source_label

RESULT_LIMIT = 300
INLINE_INITIALS = 300  # fewer new entries than this get their pinyin initials at once (~0.15 s)
_ID = Qt.ItemDataRole.UserRole
# The tree's key for entries without a category.


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
    _initials_ready = Signal(list)  # from the pinyin thread, (id, initials) pairs
    library_changed = Signal()  # formulations may have changed: the checker should reload them

    def __init__(self, store: PhraseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phrase Library"))
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
        self.search_box.setPlaceholderText(
            self.tr("Search: a keyword, several separated by spaces, or pinyin initials (e.g. lgwh)")
        )
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
        self.preview.setPlaceholderText(
            self.tr("Select a phrase to see it here in full; double-click, press Enter or drag it into the text to insert")
        )
        split.setSizes([170, 380, 160])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.insert_action = self._button(
            buttons, self.tr("Insert"), self._insert_current, self.tr("Insert at the cursor (Enter, double-click)")
        )
        self.add_action = self._button(buttons, self.tr("New"), self.new_entry, self.tr("Add a new phrase"))
        self.edit_action = self._button(buttons, self.tr("Edit"), self.edit_current, self.tr("Edit the selected phrase"))
        self.delete_action = self._button(
            buttons, self.tr("Delete"), self.delete_current, self.tr("Delete the selected phrase")
        )
        self.favourite_action = self._button(
            buttons, self.tr("Star"), self.toggle_favourite, self.tr("Add to or remove from favourites")
        )
        more = QToolButton(body)
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction(self.tr("Import…"), self.import_dialog)
        menu.addAction(self.tr("Export…"), self.export_dialog)
        menu.addSeparator()
        menu.addAction(self.tr("Harvest from the Current Report…"), self.harvest_document)
        menu.addAction(self.tr("Harvest from Reports in a Folder…"), self.harvest_folder)
        more.setMenu(menu)
        buttons.addWidget(more)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.reload()
        # Pinyin initials missing (first run): compute them once the window is up.
        self._initials_ready.connect(self._store_initials)
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
        """Compute missing pinyin initials on a thread (first run: the built-in
        entries), then store them here, where the library's connection lives."""
        rows = self.store.missing_initials()
        if not rows:
            return

        def work() -> None:
            from app.phrases.pinyin import initials_many

            values = list(zip((i for i, _ in rows), initials_many(t for _, t in rows)))
            try:
                self._initials_ready.emit(values)
            except RuntimeError:
                # The window closed while pypinyin worked (a first start quit at once):
                # nothing to store into; the next start computes them again.
                pass

        threading.Thread(target=work, name="wengao-pinyin", daemon=True).start()

    def _store_initials(self, values: list) -> None:
        self.store.set_initials(values)
        self.reload()

    def fill_initials_with_progress(self) -> None:
        """After an import: initials for every new entry, with a progress bar once it
        takes more than half a second (5,000 entries: ~2.5 s); cancelled, pinyin search
        just misses those entries until the next start computes them."""
        rows = self.store.missing_initials()
        if len(rows) < INLINE_INITIALS:
            self.store.fill_initials()
            return
        from app.phrases.pinyin import initials_many
        from app.ui.loading import Cancelled, run_with_progress

        def work(progress, cancelled) -> list:
            values: list = []
            for start in range(0, len(rows), 200):
                if cancelled():
                    break
                progress(start, len(rows))
                chunk = rows[start : start + 200]
                values.extend(zip((i for i, _ in chunk), initials_many(t for _, t in chunk)))
            return values

        try:
            values = run_with_progress(self, self.tr("Import Phrases"), self.tr("Preparing pinyin search…"), work)
        except Cancelled:
            return
        self.store.set_initials(values)

    def _fill_tree(self) -> None:
        current = self._category
        self.tree.blockSignals(True)
        self.tree.clear()
        favourites = sum(1 for e in self._entries.values() if e.favourite)
        rows = [
            (ALL, self.tr("All ({count})").format(count=len(self._entries))),
            (FAVOURITES, self.tr("★ Favourites ({count})").format(count=favourites)),
            (RECENT, self.tr("Recently Used")),
        ]
        uncategorised = self.tr("(Uncategorised)")
        rows += [
            (name or UNCATEGORISED, self.tr("{category} ({count})").format(category=name or uncategorised, count=count))
            for name, count in self.store.categories()
        ]
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
        meta = [
            self.tr("Category: {category}").format(category=entry.category or self.tr("Uncategorised")),
            self.tr("Source: {source}").format(source=source_label(entry.source)),
        ]
        if entry.usage_count:
            meta.append(self.tr("Times used: {count}").format(count=entry.usage_count))
        if entry.valid_from or entry.valid_to:
            meta.append(self.tr("Valid: {start}–{end}").format(start=entry.valid_from or "", end=entry.valid_to or ""))
        pair = self.tr("{before} | {after}")  # zh: a full-width space between the two
        lines = [entry.text, "", functools.reduce(lambda before, after: pair.format(before=before, after=after), meta)]
        if entry.tags:
            lines.append(self.tr("Tags: {tags}").format(tags=self.tr(", ").join(entry.tags)))
        if entry.note:
            lines.append(self.tr("Note: {note}").format(note=entry.note))
        if entry.wrong_variants:
            lines.append(self.tr("Common misspellings: {variants}").format(variants=self.tr("; ").join(entry.wrong_variants)))
        self.preview.setPlainText("\n".join(lines))
        self.favourite_action.setText(self.tr("Unstar") if entry.favourite else self.tr("Star"))

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
            self.message.emit(self.tr("This phrase is already in the library ({category})").format(category=existing.category))
            return None
        entry = self.store.add(PhraseEntry(text=text, category=DEFAULT_USER_CATEGORY, source="user"))
        self._after_write(entry.is_formulation)
        shown = text[:20] + ("…" if len(text) > 20 else "")
        self.message.emit(
            self.tr("Added to the phrase library under “{category}”: {text}").format(category=DEFAULT_USER_CATEGORY, text=shown)
        )
        return entry

    def _dialog(self, entry: PhraseEntry):
        from app.ui.phrases.edit_dialog import PhraseEditDialog

        return PhraseEditDialog(entry, self._categories(), self)

    def new_entry(self) -> None:
        category = self._category if self._category not in (ALL, FAVOURITES, RECENT, UNCATEGORISED) else DEFAULT_USER_CATEGORY
        entry = PhraseEntry(text=self.search_box.text().strip() if " " not in self.search_box.text() else "", category=category)
        dialog = self._dialog(entry)
        if dialog.exec():
            try:
                self.store.add(entry)
            except DuplicatePhrase:
                QMessageBox.information(self, self.tr("Phrase Library"), self.tr("This phrase is already in the library."))
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
                QMessageBox.information(
                    self, self.tr("Phrase Library"), self.tr("Another phrase with the same text is already in the library.")
                )
            self._after_write(True)

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete Phrase"), self.tr("Delete this phrase from the library?\n\n{text}").format(text=entry.text[:80])
        )
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
        if "pypinyin" in sys.modules:  # loaded this session: initials for a few new entries cost nothing
            self.fill_initials_with_progress()
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
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Phrases"), "", self.tr("Phrase files (*.json *.csv);;All files (*)")
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> str:
        from app.phrases.io import ImportFileError, import_file

        try:
            report = import_file(self.store, path)
        except ImportFileError as error:
            QMessageBox.warning(
                self, self.tr("Import Phrases"), self.tr("Could not import {name}: {error}").format(name=Path(path).name, error=error)
            )
            return str(error)
        self.fill_initials_with_progress()
        self._after_write(True)
        summary = report.summary()
        if report.rejected:
            QMessageBox.information(self, self.tr("Import Phrases"), summary)
        self.message.emit(summary.split("\n")[0])
        return summary

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Phrases"), self.tr("phrases.csv"), self.tr("CSV (opens in Excel and WPS) (*.csv);;JSON (*.json)")
        )
        if not path:
            return
        if not path.lower().endswith((".csv", ".json")):
            path += ".json" if "*.json" in chosen else ".csv"
        from app.phrases.io import export_entries

        entries = list(self._entries.values())
        if self._category not in (ALL, FAVOURITES, RECENT):
            entries = [e for e in entries if e.category == self._category]
        try:
            count = export_entries(entries, path)
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Export Phrases"), self.tr("Could not write {path}: {error}").format(path=path, error=error.strerror or error)
            )
            return
        self.message.emit(self.tr("Exported {count} phrase(s) to {name}").format(count=count, name=Path(path).name))

    # -- harvesting -----------------------------------------------------------------------
    def harvest_document(self) -> None:
        texts = self.document_texts() if self.document_texts else []
        # One report: a sentence cannot be "shared by several"; terms and parallels must recur in it.
        self._harvest([texts], self.tr("the current report"))

    def harvest_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the Folder with Past Reports"))
        if not folder:
            return
        from app.ui.loading import Cancelled, run_with_progress

        known = self._entries_texts()

        def read_all(progress, cancelled) -> tuple[list, int, int]:
            from app.formats import load_document
            from app.formats.errors import DocumentError
            from app.phrases.harvest import harvest

            paths = [
                p for p in sorted(Path(folder).rglob("*"))
                if p.suffix.lower() in (".docx", ".txt") and not p.name.startswith("~$") and p.is_file()
            ]
            documents, failed = [], 0
            for index, path in enumerate(paths):
                if cancelled():
                    raise Cancelled()
                progress(index, len(paths))
                try:
                    documents.append(load_document(str(path), cancel=cancelled).texts())
                except DocumentError:
                    failed += 1
            return harvest(documents, known), len(documents), failed

        try:
            candidates, read, failed = run_with_progress(
                self, self.tr("Harvest Phrases"), self.tr("Reading the reports in {folder}…").format(folder=Path(folder).name), read_all
            )
        except Cancelled:
            self.message.emit(self.tr("Harvesting cancelled"))
            return
        except OSError as error:  # the folder went away or cannot be listed
            QMessageBox.warning(
                self, self.tr("Harvest Phrases"),
                self.tr("This folder cannot be read: {reason}").format(reason=error.strerror or error),
            )
            return
        if failed:
            self.message.emit(self.tr("{count} file(s) could not be read and were skipped").format(count=failed))
        self._review(candidates, self.tr("{count} report(s)").format(count=read))

    def _harvest(self, documents: list[list[str]], source: str) -> None:
        from app.phrases.harvest import harvest

        self._review(harvest(documents, self._entries_texts()), source)

    def _review(self, candidates: list, source: str) -> None:
        from app.ui.phrases.harvest_dialog import HarvestDialog

        if not candidates:
            QMessageBox.information(
                self, self.tr("Harvest Phrases"), self.tr("No new candidate phrases found in {source}.").format(source=source)
            )
            return
        dialog = HarvestDialog(candidates, self._categories(), source, self)
        if dialog.exec():
            self.accept_harvested(dialog.accepted_entries())

    def accept_harvested(self, chosen: list[tuple[str, str]]) -> int:
        entries = [PhraseEntry(text=text, category=category, source="harvested") for text, category in chosen]
        added, _ = self.store.add_many(entries)
        self._after_write(True)
        self.message.emit(self.tr("Added {count} harvested phrase(s) to the phrase library").format(count=len(added)))
        return len(added)

    def _entries_texts(self) -> list[str]:
        return [e.text for e in self._entries.values()]
