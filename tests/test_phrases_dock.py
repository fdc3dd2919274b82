"""The phrase library dock: search, insertion at the cursor (double-click, Enter, drop), adding the selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from app.phrases.model import PhraseEntry
from app.phrases.store import PhraseStore
from app.ui.editor.report_editor import PHRASE_MIME, ReportEditor
from app.ui.phrases.phrases_dock import PhrasesDock


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    store = PhraseStore(tmp_path / "p.sqlite3")
    store.fill_initials()
    editor = ReportEditor()
    dock = PhrasesDock(store)
    dock.insert_requested.connect(editor.insert_phrase)
    editor.add_phrase_requested.connect(dock.add_text)
    qtbot.addWidget(editor)
    qtbot.addWidget(dock)
    editor.setPlainText("开头。")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return store, editor, dock


def row_of(dock: PhrasesDock, text: str) -> int:
    for row in range(dock.results.count()):
        if dock.results.item(row).toolTip() == text:
            return row
    raise AssertionError(f"{text} not listed")


def test_double_click_inserts_and_selects_the_first_placeholder(qtbot, setup) -> None:
    store, editor, dock = setup
    dock.resize(400, 700)
    dock.show()
    qtbot.waitExposed(dock)
    dock.search_box.setText("党组会")
    text = "全年主持召开党组会议**次，专题研究全面从严治党工作**次。"
    row = row_of(dock, text)
    item = dock.results.item(row)
    rect = dock.results.visualItemRect(item)
    dock.results.scrollToItem(item)
    # Qt's item views count a double-click only after a press on the same item.
    qtbot.mousePress(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.toPlainText() == "开头。" + text
    cursor = editor.textCursor()
    assert cursor.selectedText() == "**"
    assert cursor.selectionStart() == len("开头。") + text.index("**")
    assert store.find_text(text).usage_count == 1


def test_enter_in_the_search_box_and_in_the_list_inserts(qtbot, setup) -> None:
    _, editor, dock = setup
    dock.search_box.setText("lgwh")
    assert dock.results.item(0).toolTip() == "“两个维护”"
    qtbot.keyClick(dock.search_box, Qt.Key.Key_Return)
    assert editor.toPlainText().endswith("“两个维护”")
    assert not editor.textCursor().hasSelection()  # no placeholder: the cursor stays after it
    dock.search_box.setText("以上报告，请予审议")
    dock.results.setFocus()
    dock.results.setCurrentRow(0)
    qtbot.keyClick(dock.results, Qt.Key.Key_Return)
    assert editor.toPlainText().endswith("以上报告，请予审议。")


def test_drop_inserts_at_the_drop_point_with_the_placeholder_selected(setup) -> None:
    _, editor, _ = setup
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    mime = QMimeData()
    mime.setText("完成投资**万元。")
    mime.setData(PHRASE_MIME, b"1")
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "完成投资**万元。开头。"
    assert editor.textCursor().selectedText() == "**"


def test_bracketed_prompt_is_selected(setup) -> None:
    _, editor, _ = setup
    editor.insert_phrase("本人【填写职务】，负责××工作。")
    assert editor.textCursor().selectedText() == "【填写职务】"


def test_add_the_selection_in_one_step(setup) -> None:
    store, editor, dock = setup
    editor.setPlainText("坚持把本单位的经验做法总结提炼为制度成果。其余文字")
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("坚持把本单位的经验做法总结提炼为制度成果。"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    messages = []
    dock.message.connect(messages.append)
    editor.add_phrase_requested.emit(editor.selected_plain_text())
    entry = store.find_text("坚持把本单位的经验做法总结提炼为制度成果。")
    assert entry is not None and entry.source == "user" and entry.category == "我的常用语"
    assert messages and "已加入" in messages[-1]
    dock.search_box.setText("经验做法 制度成果")
    assert dock.results.count() == 1
    editor.add_phrase_requested.emit(entry.text)  # twice: not duplicated
    assert "已有" in messages[-1]


def test_favourite_and_delete_and_categories(setup, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _, dock = setup
    dock.search_box.setText("lgwh")
    dock.toggle_favourite()
    assert store.find_text("“两个维护”").favourite
    dock.search_box.setText("")
    assert dock.results.item(0).text().startswith("★ ")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    changed = []
    dock.library_changed.connect(lambda: changed.append(1))
    dock.search_box.setText("lgwh")
    dock.delete_current()
    assert store.find_text("“两个维护”") is None and changed
    labels = [dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())]
    assert any(label.startswith("规范提法") for label in labels)


def test_edit_dialog_saves(setup, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _, dock = setup
    entry = store.add(PhraseEntry("待编辑的一条。"))
    dock.reload()
    dock.search_box.setText("待编辑")
    from app.ui.phrases.edit_dialog import PhraseEditDialog

    def fake_exec(self) -> bool:
        self.text_edit.setPlainText("编辑后的一条。")
        self.wrong_edit.setPlainText("编缉后")
        self.accept()
        return True

    monkeypatch.setattr(PhraseEditDialog, "exec", fake_exec)
    dock.edit_current()
    saved = store.get(entry.id)
    assert saved.text == "编辑后的一条。" and saved.wrong_variants == ["编缉后"]


def test_harvest_dialog_accepts_the_checked(setup) -> None:
    store, _, dock = setup
    from app.phrases.harvest import harvest
    from app.ui.phrases.harvest_dialog import HarvestDialog

    candidates = harvest([["推行“周三夜学”。", "坚持“周三夜学”。"]])
    dialog = HarvestDialog(candidates, ["规范提法"], "当前报告")
    dialog.set_checked(0)
    assert dock.accept_harvested(dialog.accepted_entries()) == 1
    entry = store.find_text("“周三夜学”")
    assert entry.source == "harvested" and entry.category == "规范提法"


def test_main_window_has_the_dock(qtbot, wengao_home: Path) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.phrases_dock.store.path.is_relative_to(wengao_home)
    assert window.dockWidgetArea(window.phrases_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.phrases_dock.toggleViewAction() in window.view_menu.actions()
    window.phrases_dock.search_box.setText("lgwh")
    window.phrases_dock.fill_initials()  # on a thread; stored back on the UI thread
    qtbot.waitUntil(lambda: not window.phrases_dock.store.missing_initials(), timeout=10000)
    window.phrases_dock.search_box.setText("")
    window.phrases_dock.search_box.setText("lgwh")
    qtbot.keyClick(window.phrases_dock.search_box, Qt.Key.Key_Return)
    assert "“两个维护”" in window.editor.toPlainText()
    window.editor.document().setModified(False)


def test_main_window_reports_a_corrupt_library(qtbot, wengao_home: Path) -> None:
    db = wengao_home / "data" / "phrases.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"\x13" * 4096)
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "已损坏" in window.statusBar().currentMessage(), timeout=2000)


def test_a_big_import_prepares_pinyin_search_with_progress(qtbot, tmp_path: Path, monkeypatch) -> None:
    import app.ui.loading as loading
    from app.phrases.store import open_store
    from app.ui.phrases.phrases_dock import INLINE_INITIALS, PhrasesDock

    dock = PhrasesDock(open_store(tmp_path / "lib.sqlite3"))
    qtbot.addWidget(dock)
    dock.store.fill_initials()
    source = tmp_path / "many.csv"
    source.write_text("text\n" + "\n".join(f"第{i}条加强作风建设的表述" for i in range(INLINE_INITIALS + 50)), encoding="utf-8")
    ran = []
    real = loading.run_with_progress
    monkeypatch.setattr(loading, "run_with_progress", lambda *a: ran.append(a[2]) or real(*a))
    dock.import_path(str(source))
    assert ran == ["正在准备拼音检索…"]
    assert not dock.store.missing_initials()
    dock.search_box.setText("jqzf")
    assert dock.results.count() > 0


def test_closing_while_initials_are_computed_leaves_no_traceback(qtbot, tmp_path: Path, monkeypatch) -> None:
    """A first start quit at once: the pinyin thread finishes after the dock is gone."""
    import threading

    import shiboken6

    import app.phrases.pinyin as pinyin

    store = PhraseStore(tmp_path / "p.sqlite3")
    assert store.missing_initials()  # the built-in entries, as on a first start
    started, release = threading.Event(), threading.Event()
    real = pinyin.initials_many

    def slow(texts):
        started.set()
        release.wait(10)
        return real(texts)

    monkeypatch.setattr(pinyin, "initials_many", slow)
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    dock = PhrasesDock(store)
    dock.fill_initials()
    assert started.wait(10)
    shiboken6.delete(dock)
    release.set()
    worker = next(t for t in threading.enumerate() if t.name == "wengao-pinyin")
    worker.join(10)
    assert not worker.is_alive()
    assert errors == []
    assert store.missing_initials()  # not stored: computed again at the next start
