"""The window as a user drives it (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.checks.finding import Finding
from app.ui.main_window import MainWindow
from tests.conftest import SAMPLE_000_DOCX, SAMPLE_002_DOCX
from tests.ui_helpers import type_text
from tests.ui_helpers import wait_for_analysis as _wait_for_analysis


def _tree_labels(window: MainWindow, depth: int = 2) -> list[str]:
    tree = window.outline_dock.tree
    labels = []

    def walk(item, level):
        labels.append("  " * level + item.text(0).split("  〔")[0])
        if level + 1 < depth:
            for i in range(item.childCount()):
                walk(item.child(i), level + 1)

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i), 0)
    return labels


def test_open_sample_outline_tree_matches(qtbot, window: MainWindow) -> None:
    assert window.open_path(str(SAMPLE_000_DOCX))
    cursor = window.editor.textCursor()
    assert not cursor.hasSelection() and cursor.position() == 0  # opened, not all selected
    _wait_for_analysis(qtbot, window)
    assert _tree_labels(window) == [
        "2022年度市局班子成员述责述廉报告",
        "一、述责述廉情况",
        "  （一）强化理论学习，不断提高党性修养",
        "  （二）强化监督管理，不断深化作风建设",
        "  （三）强化责任履行，不断提质工作落实",
        "  （四）强化问题整改，不断夯实发展根基",
        "  （五）强化廉洁意识，不断筑牢纪律防线",
        "二、存在的问题",
        "  一是理论指导实践还不够有力",
        "  二是宗旨意识树立还不够牢固",
        "  三是队伍管理教育还不够严格",
        "三、下步工作打算",
        "  一是增强学习的本领",
        "  二是增强实践的本领",
        "  三是增强担当的本领",
    ]
    assert "2022年度市局班子成员述责述廉报告.docx" not in window.windowTitle()
    assert SAMPLE_000_DOCX.name in window.windowTitle()
    assert "字数" in window.words_label.text()


def test_typing_double_comma_shows_a_finding_that_selects_its_text(qtbot, window: MainWindow) -> None:
    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    block = window.editor.document().findBlockByNumber(2)  # 一、述责述廉情况
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "，，")

    def has_dup(a) -> bool:
        return any(f.rule == "duplicate-punctuation" and f.paragraph == 2 for f in a.checks)

    _wait_for_analysis(qtbot, window, has_dup)
    finding = next(f for f in window.visible_findings() if f.rule == "duplicate-punctuation" and f.paragraph == 2)
    # The panel lists it; clicking it selects exactly the doubled comma.
    tree = window.checker_dock.tree
    items = [tree.topLevelItem(g).child(c) for g in range(tree.topLevelItemCount()) for c in range(tree.topLevelItem(g).childCount())]
    item = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == finding)
    tree.itemClicked.emit(item, 0)
    assert window.editor.textCursor().selectedText() == "，，"
    # The quick fix turns it into one comma.
    assert finding.fix is not None
    assert window.apply_fix(finding)
    assert window.editor.texts()[2] == "一、述责述廉情况，"


def test_drag_section_renumbers_and_undo_restores(qtbot, window: MainWindow) -> None:
    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    before = window.editor.texts()
    from app.ui.editor.structure_ops import SectionKey

    outline = window.last_analysis.outline
    first = outline.sections[0]
    # What the tree emits when （一） is dropped below （五）.
    window.outline_dock.move_requested.emit(SectionKey.of(first.children[0]), SectionKey.of(first), 4)
    _wait_for_analysis(qtbot, window)
    labels = _tree_labels(window)
    assert labels[2:7] == [
        "  （一）强化监督管理，不断深化作风建设",
        "  （二）强化责任履行，不断提质工作落实",
        "  （三）强化问题整改，不断夯实发展根基",
        "  （四）强化廉洁意识，不断筑牢纪律防线",
        "  （五）强化理论学习，不断提高党性修养",
    ]
    window.undo_action.trigger()
    assert window.editor.texts() == before


def test_f8_walks_the_placeholders(qtbot, window: MainWindow) -> None:
    window.open_path(str(SAMPLE_002_DOCX))
    _wait_for_analysis(qtbot, window)
    placeholders = sorted((f for f in window.visible_findings() if f.rule == "placeholder"), key=lambda f: (f.paragraph, f.start))
    assert len(placeholders) >= 10
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen = []
    for _ in range(3):
        assert window.next_placeholder()
        cursor = window.editor.textCursor()
        seen.append((cursor.blockNumber(), cursor.selectionStart() - cursor.block().position(), cursor.selectedText()))
    expected = [(f.paragraph, f.start, window.editor.texts()[f.paragraph][f.start:f.end]) for f in placeholders[:3]]
    assert seen == expected
    # Typing replaces the selected placeholder.
    type_text(window.editor, "12")
    paragraph, start, _ = expected[2]
    assert window.editor.texts()[paragraph][start:start + 2] == "12"


def test_not_a_fault_hides_the_finding(qtbot, window: MainWindow) -> None:
    window.open_path(str(SAMPLE_002_DOCX))
    _wait_for_analysis(qtbot, window)
    finding: Finding = next(f for f in window.visible_findings() if f.rule == "missing-title")
    window.ignore_finding(finding)
    assert all(f.fingerprint != finding.fingerprint for f in window.visible_findings())
    assert window.editor.document().isModified()


def test_not_a_fault_survives_crash_recovery(qtbot, window: MainWindow) -> None:
    """The journal keeps the 不是问题 list too: a recovered draft does not bring the findings back."""
    from app.core import journal

    window.open_path(str(SAMPLE_002_DOCX))
    window.files.ignore_finding("some-fingerprint")
    type_text(window.editor, "改")
    window.autosave.flush()
    file = window.autosave.journal.file
    qtbot.waitUntil(lambda: file.is_file(), timeout=5000)
    kept = journal.load(journal.JournalInfo(file, 0.0, None, "", "", "", 0))
    assert kept.ignored_findings == ["some-fingerprint"]


def test_find_and_replace_all_is_one_undo_step(qtbot, window: MainWindow) -> None:
    window.open_path(str(SAMPLE_000_DOCX))
    before = window.editor.texts()
    dialog = window.find_dialog
    dialog.open_mode(True)
    dialog.find_edit.setText("二是")
    dialog.replace_edit.setText("第二")
    count = dialog.replace_everything()
    assert count == sum(t.count("二是") for t in before)
    assert all("二是" not in t for t in window.editor.texts())
    window.undo_action.trigger()
    assert window.editor.texts() == before
    dialog.regex_box.setChecked(True)
    dialog.find_edit.setText(r"(\d{4})年度")
    window.editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert dialog.find()
    assert window.editor.textCursor().selectedText() == "2022年度"


def test_typing_a_marker_makes_a_heading_and_zoom(qtbot, window: MainWindow) -> None:
    type_text(window.editor, "二、存在的问题")
    _wait_for_analysis(qtbot, window)
    assert window.last_analysis.outline.sections[0].title == "存在的问题"
    size = window.editor.font().pointSizeF()
    window.zoom_in_action.trigger()
    assert window.editor.font().pointSizeF() == size + 1
    assert window.zoom_label.text() == f"{round((size + 1) / 16 * 100)}%"


def test_layout_is_restored(qtbot, window: MainWindow, wengao_home: Path) -> None:
    window.checker_dock.hide()
    window.save_layout()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert not second.checker_dock.isVisible()
    second.analysis.stop()


def test_tree_drop_positions_become_section_moves(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    tree = window.outline_dock.tree
    Position = QAbstractItemView.DropIndicatorPosition
    first = tree.topLevelItem(1)  # 一、 (item 0 is the title)
    second = tree.topLevelItem(2)  # 二、
    sub1, sub5 = first.child(0), first.child(4)  # （一） and （五）
    key, parent, index = tree.drop_request(sub1, sub5, Position.BelowItem)
    assert (key.title, parent.title, index) == ("强化理论学习，不断提高党性修养", "述责述廉情况", 4)
    key, parent, index = tree.drop_request(sub5, second, Position.OnItem)
    assert (parent.title, index) == ("存在的问题", 0)  # its 一是 items are not headings
    key, parent, index = tree.drop_request(tree.topLevelItem(3), first, Position.AboveItem)
    assert (key.title, parent, index) == ("下步工作打算", None, 0)
    assert tree.drop_request(tree.topLevelItem(0), first, Position.AboveItem) is None  # the title does not move


def test_drop_a_docx_on_the_window_opens_it_and_it_becomes_recent(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from app.ui import state_store

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE_002_DOCX))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.files.path == SAMPLE_002_DOCX
    qtbot.waitUntil(lambda: state_store.recent_files()[:1] == [str(SAMPLE_002_DOCX.resolve())])  # written just after
    window._fill_recent_menu()
    assert SAMPLE_002_DOCX.name in window.recent_menu.actions()[0].text()


def test_new_report_from_a_type_has_its_sections_and_prompts(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("述职报告", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2026, True))
    assert window.files.new_from_type()
    _wait_for_analysis(qtbot, window)
    outline = window.last_analysis.outline
    assert outline.title == "2026年度述职报告"
    assert [s.title for s in outline.sections] == ["履职情况", "存在的问题", "下步打算"]
    findings = window.visible_findings()
    assert not any(f.rule == "missing-section" for f in findings)
    prompts = [f for f in findings if f.rule == "placeholder"]
    assert len(prompts) >= 5  # the opening, one per section and the 落款
    assert window.editor.document().isModified()
    assert window.windowTitle().startswith("未命名")


def test_save_and_reopen_keeps_text_and_formatting(qtbot, window: MainWindow, tmp_path: Path) -> None:
    import shutil

    from app.formats import load_document

    copy = tmp_path / "报告.docx"
    shutil.copy(SAMPLE_000_DOCX, copy)
    assert window.open_path(str(copy))
    # Edit: type in the opening paragraph and make the section heading bold.
    block = window.editor.document().findBlockByNumber(1)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "特此报告。")
    window.editor.select_span(2, 2, 8)  # 述责述廉情况
    window.bold_action.trigger()
    assert window.windowTitle().startswith("报告.docx")
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    reopened = load_document(copy)
    assert reopened.texts() == window.editor.texts()
    heading = reopened.paragraphs[2]
    bold_text = "".join(run.text for run in heading.runs if run.bold)
    assert bold_text == "述责述廉情况"
    # Paragraphs that were not touched are the same runs as in the original file.
    original = load_document(SAMPLE_000_DOCX)
    assert [p.runs for p in reopened.paragraphs[3:]] == [p.runs for p in original.paragraphs[3:]]
    # The previous version was kept as a backup.
    from app import paths
    from app.core.backups import backups_of

    assert len(backups_of(copy, paths.data_dir() / "backups")) == 1


def test_saving_over_a_file_changed_on_disk_asks(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    import os
    import shutil

    copy = tmp_path / "报告.docx"
    shutil.copy(SAMPLE_002_DOCX, copy)
    window.open_path(str(copy))
    type_text(window.editor, "改")
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # someone else saved it
    asked = []
    monkeypatch.setattr(window.files, "_ask_about_outside_change", lambda path: asked.append(path) or "cancel")
    before = copy.read_bytes()
    assert not window.files.save()
    assert asked == [copy]
    assert copy.read_bytes() == before
    assert window.isWindowModified()


def test_failed_save_keeps_the_original_and_the_unsaved_mark(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    copy = tmp_path / "报告.docx"
    shutil.copy(SAMPLE_002_DOCX, copy)
    window.open_path(str(copy))
    type_text(window.editor, "改")
    before = copy.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr("os.replace", refuse)
        assert not window.files.save()
    assert copy.read_bytes() == before
    assert window.isWindowModified()
    assert "没有写入权限" in shown[0] and "原文件未被改动" in shown[0]


def test_saving_into_a_folder_that_is_gone_says_so_in_chinese(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "已删除" / "报告.docx"), ""))
    type_text(window.editor, "内容")
    assert not window.files.save()
    assert "文件夹不存在" in shown[0] and "No such file" not in shown[0]
    assert window.isWindowModified()


def test_corrupt_settings_are_reported_and_rules_can_be_switched_off(qtbot, wengao_home: Path, monkeypatch) -> None:
    import json

    from PySide6.QtWidgets import QMessageBox

    from app import paths

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    (paths.config_dir() / "settings.json").write_text("{broken", encoding="utf-8")
    first = MainWindow()
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "已损坏" in told[0]
    first.analysis.stop()
    first.autosave.shutdown()
    (paths.config_dir() / "settings.json").write_text(json.dumps({"disabled_rules": ["placeholder"]}), encoding="utf-8")
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_path(str(SAMPLE_002_DOCX))
    _wait_for_analysis(qtbot, second)
    rules = {f.rule for f in second.visible_findings()}
    assert "placeholder" not in rules and "missing-title" in rules
    second.analysis.stop()
    second.autosave.shutdown()


def test_welcome_page_offers_last_year_first_and_recent_files(qtbot, window: MainWindow, monkeypatch) -> None:
    from app.ui import state_store

    state_store.add_recent_file(str(SAMPLE_000_DOCX))
    window.show_welcome()
    assert window.centre.currentWidget() is window.welcome
    assert window.welcome.layout().itemAt(3).layout().itemAt(0).widget() is window.welcome.buttons["last_year"]
    called = []
    monkeypatch.setattr(window.last_year_actions, "new_from_last_year", lambda: called.append("last_year"))
    window._connect_welcome()  # reconnect to the patched action
    window.welcome.buttons["last_year"].click()
    assert "last_year" in called
    item = window.welcome.recent.item(0)
    assert SAMPLE_000_DOCX.name in item.text()
    window.welcome.recent.itemActivated.emit(item)
    assert window.files.path.resolve() == SAMPLE_000_DOCX.resolve()
    assert window.centre.currentWidget() is window.editor


def test_recovered_draft_keeps_its_base_package_and_name(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    import json
    import subprocess
    import sys

    from app import paths
    from app.core.journal import Journal
    from app.formats import load_document
    from app.ui.recovery_dialog import RecoveryDialog

    crashed = Journal(paths.autosave_dir(), session="crashed")
    crashed.write(load_document(SAMPLE_000_DOCX), None, "2023年度述责述廉报告", str(SAMPLE_000_DOCX))
    data = json.loads(crashed.file.read_text(encoding="utf-8"))
    data["pid"] = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                                     capture_output=True, text=True).stdout)  # a process that has exited
    crashed.file.write_text(json.dumps(data), encoding="utf-8")

    def choose_first(self) -> int:
        self.chosen = self.infos[0]
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", choose_first)
    assert window.offer_recovery()
    assert window.files.path is None
    assert window.files.source_for_save() == SAMPLE_000_DOCX
    assert window.files.display_name() == "2023年度述责述廉报告"
    assert window.isWindowModified()
    assert not crashed.file.exists()


def test_recovery_still_asks_before_overwriting_a_change_made_since_the_crash(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    import json
    import os
    import shutil
    import subprocess
    import sys

    from app import paths
    from app.core.journal import Journal
    from app.formats import load_document
    from app.ui.recovery_dialog import RecoveryDialog

    copy = tmp_path / "报告.docx"
    shutil.copy(SAMPLE_002_DOCX, copy)
    stat = copy.stat()
    crashed = Journal(paths.autosave_dir(), session="crashed")
    crashed.write(load_document(copy), str(copy), copy.name, None, (stat.st_mtime_ns, stat.st_size))
    data = json.loads(crashed.file.read_text(encoding="utf-8"))
    data["pid"] = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                                     capture_output=True, text=True).stdout)
    crashed.file.write_text(json.dumps(data), encoding="utf-8")
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 7_000_000_000))  # a colleague saved after the crash

    def choose_first(self) -> int:
        self.chosen = self.infos[0]
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", choose_first)
    assert window.offer_recovery()
    asked = []
    monkeypatch.setattr(window.files, "_ask_about_outside_change", lambda path: asked.append(path) or "cancel")
    before = copy.read_bytes()
    assert not window.files.save()
    assert asked == [copy] and copy.read_bytes() == before
