"""Settings (file and dialog), About, built-in help, folder checking and light/dark."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.checks.batch import check_files, folder_reports
from app.checks.registry import all_rules
from app.core.settings import Settings, load_settings
from tests.conftest import SAMPLE_000_DOCX, SAMPLE_002_DOCX


# -- the settings file ------------------------------------------------------------------
def test_old_threshold_setting_is_carried_over(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"unchanged_threshold": 0.8}), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings["rule_thresholds"] == {"unchanged-from-last-year": 0.8}
    assert settings.problems == []


@pytest.mark.parametrize(
    "name, bad",
    [("autosave_seconds", 0), ("editor_font_size", 200), ("layout_profile", 5), ("rule_thresholds", {"x": "high"}), ("language", "fr")],
)
def test_each_invalid_value_is_reset_with_a_message(tmp_path: Path, name: str, bad: object) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({name: bad, "backup_count": 7}), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings[name] == Settings.default(name)
    assert settings["backup_count"] == 7  # the good values stay
    assert len(settings.problems) == 1 and name in settings.problems[0]


def test_thresholds_are_clamped_and_change_what_is_found() -> None:
    from app.checks.engine import CheckEngine
    from app.checks.resources import load_check_resources

    resources = load_check_resources()
    clause = "坚持把纪律挺在前面抓早抓小"  # 13 characters, said twice
    texts = ["关于2024年度的述职报告", f"一是{clause}，效果明显。", f"二是{clause}，持续推进。"]

    def repeats(thresholds: dict) -> int:
        engine = CheckEngine(resources, lang="zh", rules=["repeated-sentence"], thresholds=thresholds)
        return len(engine.check(texts).findings)

    assert repeats({}) == 1
    assert repeats({"repeated-sentence": 20}) == 0  # a longer minimum: too short to count
    assert repeats({"repeated-sentence": -100}) == 1  # clamped to the minimum 4, not "every clause"
    rule = next(r for r in all_rules() if r.id == "repeated-sentence")
    assert rule.threshold.clamp(1000) == rule.threshold.maximum


# -- the dialog ---------------------------------------------------------------------------
def _dialog(qtbot, settings: Settings):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, [("述职报告", "述职报告")], [("gbt9704", "GB/T 9704")], all_rules(), "zh")
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_round_trips_every_setting(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    settings = load_settings(tmp_path)
    dialog = _dialog(qtbot, settings)
    opened = dialog.values()
    assert opened.pop("layout_profile") == "gbt9704"  # no choice yet means the default profile
    assert opened == {k: v for k, v in settings.values.items() if k != "layout_profile"}  # opening changes nothing
    dialog.backups.setValue(9)
    dialog.autosave.setValue(10)
    dialog.font_size.setValue(20)
    dialog.report_type.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    for index in range(dialog.rule_tree.topLevelItemCount()):
        item = dialog.rule_tree.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole) == "typo":
            item.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.threshold_boxes["unchanged-from-last-year"].setValue(0.75)
    values = dialog.values()
    assert values["backup_count"] == 9 and values["autosave_seconds"] == 10.0 and values["editor_font_size"] == 20
    assert values["default_report_type"] == "述职报告" and values["language"] == "en"
    assert values["disabled_rules"] == ["typo"]
    assert values["rule_thresholds"] == {"unchanged-from-last-year": 0.75}
    for name, value in values.items():
        settings.set(name, value)  # every value the dialog returns is valid
    settings.save()
    assert load_settings(tmp_path).values == settings.values
    dialog.restore_defaults()
    assert dialog.values()["disabled_rules"] == [] and dialog.values()["backup_count"] == 3


def test_window_applies_settings_from_the_dialog(window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from app.ui.settings_dialog import SettingsDialog

    def accept_with_changes(dialog: SettingsDialog) -> int:
        dialog.backups.setValue(11)
        dialog.autosave.setValue(7)
        dialog.font_size.setValue(22)
        dialog.threshold_boxes["repeated-sentence"].setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_changes)
    assert window.preferences.edit()
    assert window.files.backup_count == 11
    assert window.autosave._deadline.interval() == 7000
    assert window.editor.font().pointSizeF() == 22 and window.editor.base_point_size == 22
    assert window.checks.thresholds == {"repeated-sentence": 30}
    saved = json.loads((Path(window.settings.path)).read_text(encoding="utf-8"))
    assert saved["backup_count"] == 11 and saved["rule_thresholds"] == {"repeated-sentence": 30}


# -- About and help -------------------------------------------------------------------------
def test_about_names_the_dependencies_and_their_licences(qtbot) -> None:
    from app import __version__
    from app.ui.about_dialog import AboutDialog

    dialog = AboutDialog("zh")
    qtbot.addWidget(dialog)
    html = dialog.html("zh")
    assert __version__ in dialog.browser.toPlainText()
    for name, licence in (("PySide6", "LGPL-3.0"), ("python-docx", "MIT"), ("lxml", "BSD-3-Clause"), ("jieba", "MIT")):
        row = html[html.index(f"<b>{name}</b>") :]
        assert licence in row[: row.index("</tr>")]


def test_help_lists_real_shortcuts_and_every_check(window, qtbot) -> None:
    from app.ui.help_dialog import HelpDialog

    window.show_help()
    dialog = window.findChild(HelpDialog)
    text = dialog.browser.toPlainText()
    assert "Ctrl+S" in text and "F8" in text and "Alt+Shift+" in text  # the outline's own keys (key names in Chinese)
    for rule in all_rules():
        assert rule.title("zh") in text and rule.help("zh") in text


# -- checking a folder ---------------------------------------------------------------------------
@pytest.fixture
def report_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE_000_DOCX, folder / "a.docx")
    shutil.copy(SAMPLE_002_DOCX, folder / "sub" / "b.docx")
    (folder / "broken.docx").write_bytes(b"not a zip")
    (folder / "~$a.docx").write_bytes(b"owner file")
    return folder


def test_batch_reads_a_folder_as_the_cli_does(report_folder: Path) -> None:
    from app.checks.resources import load_check_resources

    files = folder_reports(report_folder)
    assert [Path(f).name for f in files] == ["a.docx", "broken.docx", "b.docx"]
    results = list(check_files(files, load_check_resources(), lang="zh"))
    assert [r.error_kind for r in results] == [None, "corrupt", None] or results[1].error
    assert all(r.report_type == "述责述廉报告" for r in (results[0], results[2]))
    assert list(check_files(files, load_check_resources(), lang="zh", cancel=lambda: True)) == []


def test_folder_dialog_lists_each_report_and_opens_one(qtbot, report_folder: Path) -> None:
    from app.checks.resources import load_check_resources
    from app.ui.folder_check.folder_check_dialog import FolderCheckDialog

    resources = load_check_resources()
    dialog = FolderCheckDialog(lambda: {"resources": resources, "lang": "zh", "disabled": [], "thresholds": {}})
    qtbot.addWidget(dialog)
    assert dialog.start(report_folder)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    names = sorted(dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount()))
    assert names == sorted(["a.docx", "b.docx", "broken.docx"])
    broken = next(r for r in dialog.results if r.path.endswith("broken.docx"))
    assert broken.error
    assert "3" in dialog.status.text() and "1" in dialog.status.text()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog._open_item(dialog.table.topLevelItem(0))
    assert opened.args[0].endswith(".docx")


def test_folder_dialog_says_when_there_is_nothing_to_check(qtbot, tmp_path: Path) -> None:
    from app.ui.folder_check.folder_check_dialog import FolderCheckDialog

    dialog = FolderCheckDialog(lambda: {})
    qtbot.addWidget(dialog)
    assert not dialog.start(tmp_path)
    assert "没有" in dialog.status.text()


# -- light and dark -------------------------------------------------------------------------------
def test_dark_scheme_gives_dark_palette_and_readable_colours(qapp) -> None:
    from PySide6.QtGui import QPalette

    from app.ui import theme

    light_heading = theme.color("heading")
    try:
        theme.apply_color_scheme(qapp, dark=True)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
        assert theme.is_dark()
        dark_heading = theme.color("heading")
        assert dark_heading.lightness() > light_heading.lightness() + 60  # light ink on a dark page
    finally:
        theme.apply_color_scheme(qapp, dark=False)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    assert not theme.is_dark()


# -- the window: menus, first run, keyboard -------------------------------------------------------
def test_tools_and_help_menus_reach_their_dialogs(window, qtbot) -> None:
    from app.ui.about_dialog import AboutDialog
    from app.ui.help_dialog import HelpDialog

    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["工具(&T)", "帮助(&H)"]
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    window.about_action.trigger()
    shown = {type(w) for w in window.findChildren(QDialogTypes())}
    assert HelpDialog in shown and AboutDialog in shown


def QDialogTypes():  # noqa: N802 - reads like the Qt class it returns
    from PySide6.QtWidgets import QDialog

    return QDialog


def test_welcome_offers_the_bundled_samples_as_untitled_copies(window, qtbot) -> None:
    window.show_welcome()
    samples = window.welcome.samples
    names = [samples.item(i).text() for i in range(samples.count())]
    assert names == ["2022-班子成员述责述廉报告", "2022-第一责任人述责述廉报告"]
    samples_path = Path(samples.item(0).data(256))
    before = samples_path.read_bytes()
    window.welcome._open_sample(samples.item(0))
    assert window.centre.currentWidget() is window.editor
    assert window.files.path is None and not window.editor.document().isModified()
    assert "班子成员述责述廉报告" in window.windowTitle()
    assert "述责述廉报告" in window.editor.texts()[0]
    assert samples_path.read_bytes() == before


def test_f6_walks_the_editor_and_the_panels(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor)
    seen = []
    for _ in range(len(window.focus_stops())):
        window.cycle_focus(1)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [window.outline_dock.tree, window.checker_dock.tree, window.phrases_dock.search_box]
    assert seen[-1] is window.editor
    window.cycle_focus(-1)
    assert QApplication.focusWidget() is window.phrases_dock.search_box


def test_dark_scheme_repaints_headings_in_the_editor(window, qtbot, qapp) -> None:
    from app.ui import theme
    from tests.ui_helpers import wait_for_analysis

    window.editor.setPlainText("关于2024年度的述职报告\n一、主要工作\n正文**件。")
    wait_for_analysis(qtbot, window)
    block = window.editor.document().findBlockByNumber(1)

    def heading_ink() -> int:
        ranges = block.layout().formats()
        return max(r.format.foreground().color().lightness() for r in ranges if r.format.foreground().style())

    def error_row_ink() -> int:
        tree = window.checker_dock.tree
        rows = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())]
        return max(r.foreground(0).color().lightness() for r in rows if r.foreground(0).style())

    light, light_row = heading_ink(), error_row_ink()
    try:
        theme.apply_color_scheme(qapp, dark=True)
        window.repaint_colours()
        qtbot.waitUntil(lambda: heading_ink() > light + 60, timeout=3000)
        assert error_row_ink() > light_row + 40  # the findings' red is lighter on dark
    finally:
        theme.apply_color_scheme(qapp, dark=False)
        window.repaint_colours()


# -- long work: progress with cancel ---------------------------------------------------------------
def test_long_work_shows_progress_and_can_be_cancelled(qtbot) -> None:
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from app.ui.loading import Cancelled, run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict = {}

    def press_cancel() -> None:
        dialogs = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        seen["shown"] = bool(dialogs)
        for dialog in dialogs:  # what clicking 取消 does
            dialog.findChild(QPushButton).click()

    def work(progress, cancelled) -> str:
        for step in range(600):  # would take 6 s
            if cancelled():
                seen["stopped_at"] = step
                return "partial"
            progress(step, 600)
            time.sleep(0.01)
        return "finished"

    QTimer.singleShot(900, press_cancel)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress(parent, "t", "working…", work)
    assert seen["shown"]  # the dialog was up after half a second
    assert time.monotonic() - started < 3 and 0 < seen["stopped_at"] < 600
    assert run_with_progress(parent, "t", "quick", lambda progress, cancelled: 42) == 42


def test_harvesting_a_folder_reads_it_in_the_background(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "past"
    folder.mkdir()
    shutil.copy(SAMPLE_000_DOCX, folder / "a.docx")
    shutil.copy(SAMPLE_002_DOCX, folder / "b.docx")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 broken")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    reviewed = {}
    monkeypatch.setattr(window.phrases_dock, "_review", lambda candidates, source: reviewed.update(c=candidates, s=source))
    messages = []
    window.phrases_dock.message.connect(messages.append)
    window.phrases_dock.harvest_folder()
    assert reviewed["s"] == "2 篇报告" and len(reviewed["c"]) > 5
    assert any("1" in m and "跳过" in m for m in messages)


def test_window_reports_and_stores_a_reset_setting(qtbot, monkeypatch, wengao_home: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app import paths
    from app.ui.main_window import MainWindow

    settings_file = paths.config_dir() / "settings.json"
    settings_file.write_text(json.dumps({"editor_font_size": 300, "backup_count": 5}), encoding="utf-8")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    win = MainWindow()
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert "editor_font_size" in told[0]
    assert win.editor.font().pointSizeF() == 16
    stored = json.loads(settings_file.read_text(encoding="utf-8"))
    assert stored["editor_font_size"] == 16 and stored["backup_count"] == 5
    win.analysis.stop()
    win.autosave.shutdown()


def test_command_line_follows_the_language_chosen_in_settings(monkeypatch, capsys, wengao_home: Path) -> None:
    from app import paths
    from app.cli.main import main

    (paths.config_dir() / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    monkeypatch.delenv("WENGAO_LANG")
    assert main(["check", str(SAMPLE_000_DOCX)]) == 1
    out = capsys.readouterr().out
    assert "findings:" in out and "errors" in out and "处" not in out.splitlines()[-1]
    monkeypatch.setenv("WENGAO_LANG", "zh")  # the variable still wins
    main(["check", str(SAMPLE_000_DOCX)])
    assert "共" in capsys.readouterr().out


def test_tab_order_follows_the_panels_layout(window) -> None:
    def next_focusable(widget):
        nxt = widget.nextInFocusChain()
        while not (nxt.focusPolicy() & nxt.focusPolicy().TabFocus) or not nxt.isVisible():
            nxt = nxt.nextInFocusChain()
        return nxt

    dock = window.phrases_dock
    assert next_focusable(dock.search_box) is dock.tree
    assert next_focusable(dock.tree) is dock.results
    window.show_welcome()
    buttons = window.welcome.buttons
    assert next_focusable(buttons["last_year"]) is buttons["type"]
    assert next_focusable(buttons["open"]) is window.welcome.recent
    assert next_focusable(window.welcome.recent) is window.welcome.samples


def test_findings_can_be_fixed_and_dismissed_from_the_keyboard(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    from tests.ui_helpers import wait_for_analysis

    window.editor.setPlainText("关于2024年度的述职报告\n一、主要工作\n完成任务**件，，效果明显。")
    wait_for_analysis(qtbot, window)
    tree = window.checker_dock.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        rows += [group.child(j) for j in range(group.childCount())] or [group]
    doubled = next(r for r in rows if r.text(0).startswith("标点重复"))
    tree.setFocus()
    tree.setCurrentItem(doubled)
    with qtbot.waitSignal(window.checker_dock.fix_requested):
        qtbot.keyClick(tree, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    wait_for_analysis(qtbot, window)
    assert "，，" not in window.editor.texts()[2]
    placeholder = None
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            if group.child(j).text(0).startswith("占位符"):
                placeholder = group.child(j)
    tree.setCurrentItem(placeholder)
    with qtbot.waitSignal(window.checker_dock.ignore_requested):
        qtbot.keyClick(tree, Qt.Key.Key_Delete)


def test_cli_folder_check_shows_progress_on_a_terminal_and_stops_on_ctrl_c(monkeypatch, capsys, report_folder: Path) -> None:
    import io
    import itertools

    import app.cli.check_cmd as check_cmd
    from app.cli.main import main

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    clock = itertools.count(0.0, 0.7)  # every file "takes" 0.7 s
    monkeypatch.setattr("time.monotonic", lambda: next(clock))
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["check", str(report_folder), "--format", "json"]) == 2  # broken.docx is unreadable
    assert "已检查 3/3" in terminal.getvalue() and "Ctrl+C" in terminal.getvalue()
    assert json.loads(capsys.readouterr().out)["files"][0]["path"].endswith("a.docx")  # stdout stays clean JSON

    real = check_cmd.check_files

    def interrupted(files, *args, **kwargs):
        for index, result in enumerate(real(files, *args, **kwargs)):
            if index == 1:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(check_cmd, "check_files", interrupted)
    terminal.truncate(0)
    assert main(["check", str(report_folder)]) == 2
    assert "已取消（已检查 1/3 个文件）" in terminal.getvalue()


def test_folder_dialog_reports_an_unreadable_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    import app.ui.folder_check.folder_check_dialog as module

    def unreadable(folder):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(module, "folder_reports", unreadable)
    dialog = module.FolderCheckDialog(lambda: {})
    qtbot.addWidget(dialog)
    assert not dialog.start(tmp_path)
    assert "无法读取" in dialog.status.text() and not dialog.is_running()


def test_harvesting_an_unreadable_folder_says_so(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))

    def unreadable(self, pattern):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rglob", unreadable)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.phrases_dock.harvest_folder()
    assert warned and "无法读取此文件夹" in warned[0]


def test_tools_menu_checks_a_folder_and_opens_a_report(window, qtbot, monkeypatch, report_folder: Path) -> None:
    from app.ui.folder_check.folder_check_dialog import FolderCheckDialog

    monkeypatch.setattr(FolderCheckDialog, "choose_folder", lambda self: self.start(report_folder))
    window.folder_check_action.trigger()
    dialog = window.findChild(FolderCheckDialog)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert len(dialog.results) == 3
    row = next(dialog.table.topLevelItem(i) for i in range(3) if dialog.table.topLevelItem(i).text(0) == "a.docx")
    from PySide6.QtWidgets import QMessageBox

    asked = []  # the folder has Word's ~$a.docx: opening asks first
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Open)
    dialog._open_item(row)
    assert asked and "a.docx" in asked[0]
    assert window.files.path == report_folder / "a.docx"


def test_command_line_says_once_what_it_reset_in_the_settings(monkeypatch, capsys, wengao_home: Path) -> None:
    from app import paths
    from app.cli.main import main

    settings_file = paths.config_dir() / "settings.json"
    settings_file.write_text(json.dumps({"language": "zh", "rule_thresholds": "high"}), encoding="utf-8")
    monkeypatch.delenv("WENGAO_LANG")
    main(["check", str(SAMPLE_000_DOCX)])
    err = capsys.readouterr().err
    assert err.count("rule_thresholds") == 1
    assert json.loads(settings_file.read_text(encoding="utf-8"))["rule_thresholds"] == {}
