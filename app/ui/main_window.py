"""The main window: wires editor, docks, analysis and files together.

Logic lives elsewhere (app.core, app.checks, app.formats, and the widgets'
own modules); this class connects signals and owns the menus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import paths
from app.checks.finding import Finding, Severity
from app.core import journal
from app.core.document import Alignment, Report
from app.core.journal import Journal
from app.core.outline import heading_keys_at
from app.core.settings import load_settings
from app.resources import resource_path
from app.ui import state_store, theme
from app.ui.analysis import Analysis, AnalysisController
from app.ui.autosave import AutosaveController
from app.ui.checker.checker_dock import CheckerDock
from app.ui.checks_bridge import ChecksBridge
from app.ui.editor.document_io import body_block_format
from app.ui.editor.find_replace import FindReplaceDialog
from app.ui.editor.lazy_highlighter import Underline
from app.ui.editor.report_editor import ReportEditor
from app.ui.editor.structure_ops import (
    SectionKey,
    StaleSection,
    delete_section,
    insert_section,
    move_by,
    move_section,
    rename_section,
)
from app.ui.file_controller import FileController
from app.ui.outline.outline_dock import OutlineDock
from app.ui.preferences import Preferences
from app.ui.welcome.welcome_page import WelcomePage

OPENABLE_SUFFIXES = (".docx", ".txt")
WARM_UP_FALLBACK_MS = 2000  # jieba loads by then even if no document is checked (welcome page)
WARM_UP_AFTER_FINDINGS_MS = 300
# ``Severity.value`` goes through Enum's Python-level descriptor; a dict is cheaper per finding.
_SEVERITY_VALUE = {severity: severity.value for severity in Severity}


class MainWindow(QMainWindow):
    def __init__(self, checks: ChecksBridge | None = None) -> None:
        super().__init__()
        self.setObjectName("wengaoMainWindow")
        self.resize(1280, 820)
        self.setAcceptDrops(True)
        self.editor = ReportEditor(self)
        # The centre shows the welcome page until a document is opened or created.
        self.welcome = WelcomePage(self)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.editor)
        self.centre.addWidget(self.welcome)
        self.setCentralWidget(self.centre)
        self.outline_dock = OutlineDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.settings = load_settings(paths.config_dir())
        self.checks = checks or ChecksBridge()
        self.checker_dock = CheckerDock(self.checks.rule_titles(), self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checker_dock)
        self.files = FileController(self, self.editor)
        self.find_dialog = FindReplaceDialog(self.editor, self)
        self.analysis = AnalysisController(self.editor.texts, self.checks.check, self)
        self.last_analysis: Analysis | None = None
        self._build_status_bar()
        self._build_actions()
        self._build_phrases()
        self._build_last_year()
        self._build_export()
        self._build_tools_and_help()
        self._connect()
        self._connect_welcome()
        self._restore_layout()
        self.files.document_changed.connect(self._on_document_replaced)
        self.autosave = AutosaveController(
            self.editor, Journal(paths.autosave_dir()), self.files.journal_description, self,
            snapshot=self.files.current_report,  # with the 不是问题 list, which lives outside the editor
        )
        self.preferences = Preferences(self, self.settings)
        self.preferences.apply()
        theme.watch(self, self.repaint_colours)
        self.files.new_blank()
        # jieba and the rule data load off the UI thread once the first document's
        # findings are shown (or after WARM_UP_FALLBACK_MS): loaded while a file
        # opened and was checked, they took the interpreter from both for a second.
        self._warmed_up = self._warm_up_soon = False
        self._warm_up_timer = QTimer(self, singleShot=True, interval=WARM_UP_FALLBACK_MS)
        self._warm_up_timer.timeout.connect(self._warm_up)
        self._warm_up_timer.start()
        if self.settings.problems:
            try:  # store the reset values, so the same message does not come back at every start
                self.settings.save()
            except OSError:
                pass
            QTimer.singleShot(0, lambda: QMessageBox.information(self, self.tr("Settings"), "\n".join(self.settings.problems)))

    # -- construction ----------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.words_label = QLabel(self)
        self.pages_label = QLabel(self)
        self.placeholder_label = QLabel(self)
        self.findings_label = QLabel(self)
        self.zoom_label = QLabel(self)
        for label in (self.words_label, self.pages_label, self.placeholder_label, self.findings_label, self.zoom_label):
            bar.addPermanentWidget(label)
        self._update_zoom_label()

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey
        files = self.files
        self.new_action = self._action(self.tr("&New…"), files.new_from_type, Key.New)
        self.open_action = self._action(self.tr("&Open…"), files.choose_and_open, Key.Open)
        self.save_action = self._action(self.tr("&Save"), files.save, Key.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), files.save_as, "Ctrl+Shift+S")
        self.quit_action = self._action(self.tr("E&xit"), self.close, Key.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("&Recent Files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        editor = self.editor
        self.undo_action = self._action(self.tr("&Undo"), editor.undo, Key.Undo)
        self.redo_action = self._action(self.tr("&Redo"), editor.redo, "Ctrl+Y")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        editor.undoAvailable.connect(self.undo_action.setEnabled)
        editor.redoAvailable.connect(self.redo_action.setEnabled)
        self.cut_action = self._action(self.tr("Cu&t"), editor.cut, Key.Cut)
        self.copy_action = self._action(self.tr("&Copy"), editor.copy, Key.Copy)
        self.paste_action = self._action(self.tr("&Paste"), editor.paste, Key.Paste)
        self.find_action = self._action(self.tr("&Find…"), lambda: self.find_dialog.open_mode(False), Key.Find)
        self.replace_action = self._action(self.tr("R&eplace…"), lambda: self.find_dialog.open_mode(True), "Ctrl+H")
        self.next_placeholder_action = self._action(self.tr("&Go to Next Placeholder"), self.next_placeholder, "F8")
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.replace_action, self.next_placeholder_action])

        self.bold_action = self._action(self.tr("&Bold"), lambda on: self._set_char(bold=on), Key.Bold, checkable=True)
        self.italic_action = self._action(self.tr("&Italic"), lambda on: self._set_char(italic=on), Key.Italic, checkable=True)
        self.underline_action = self._action(self.tr("&Underline"), lambda on: self._set_char(underline=on), Key.Underline, checkable=True)
        self.align_actions = {
            Alignment.LEFT: self._action(self.tr("Align &Left"), lambda: self._align(Alignment.LEFT), "Ctrl+L"),
            Alignment.CENTER: self._action(self.tr("&Center"), lambda: self._align(Alignment.CENTER), "Ctrl+E"),
            Alignment.RIGHT: self._action(self.tr("Align &Right"), lambda: self._align(Alignment.RIGHT), "Ctrl+R"),
            Alignment.JUSTIFY: self._action(self.tr("&Justify"), lambda: self._align(Alignment.JUSTIFY), "Ctrl+J"),
        }
        format_menu = self.menuBar().addMenu(self.tr("F&ormat"))
        format_menu.addActions([self.bold_action, self.italic_action, self.underline_action])
        format_menu.addSeparator()
        format_menu.addActions(list(self.align_actions.values()))
        self.format_menu = format_menu

        self.zoom_in_action = self._action(self.tr("Zoom &In"), lambda: self._zoom(1), Key.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), lambda: self._zoom(-1), Key.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("Reset &Zoom"), lambda: self._zoom(0), "Ctrl+0")
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.outline_dock.toggleViewAction())
        view_menu.addAction(self.checker_dock.toggleViewAction())
        self.view_menu = view_menu
        self.outline_dock.toggleViewAction().setText(self.tr("O&utline"))
        self.checker_dock.toggleViewAction().setText(self.tr("Chec&k Results"))

        toolbar = QToolBar(self.tr("Standard"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.bold_action, self.italic_action, self.underline_action])
        toolbar.addSeparator()
        toolbar.addActions([self.find_action, self.next_placeholder_action])
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.editor.paragraphs_changed.connect(self.analysis.schedule)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self.editor.currentCharFormatChanged.connect(self._sync_format_buttons)
        self.analysis.ready.connect(self._on_analysis)
        self.analysis.failed.connect(lambda text: self.statusBar().showMessage(self.tr("The check failed; its results were skipped"), 5000))
        self.outline_dock.section_activated.connect(self._jump_to)
        self.outline_dock.move_requested.connect(self._move_section)
        self.outline_dock.action_requested.connect(self._section_action)
        self.checker_dock.finding_activated.connect(self.select_finding)
        self.checker_dock.fix_requested.connect(self.apply_fix)
        self.checker_dock.ignore_requested.connect(self.ignore_finding)
        self.checks.ready.connect(self.analysis.submit_now)

    # -- phrase library (常用语库): the dock, its menu entry, editor and checker wiring --
    def _build_phrases(self) -> None:
        from app.phrases.store import open_store
        from app.ui.phrases.phrases_dock import PhrasesDock

        store = open_store()
        self.phrases_dock = PhrasesDock(store, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.phrases_dock)
        self.view_menu.addAction(self.phrases_dock.toggleViewAction())
        self.phrases_dock.toggleViewAction().setText(self.tr("&Phrase Library"))
        self.phrases_dock.document_texts = self.editor.texts
        self.phrases_dock.set_splitter(self.checks.cut_if_loaded)
        self.phrases_dock.insert_requested.connect(self.editor.insert_phrase)
        self.editor.add_phrase_requested.connect(self.phrases_dock.add_text)
        self.phrases_dock.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.phrases_dock.library_changed.connect(self._send_library_to_checker)
        self.checks.set_library(*store.checker_data())
        for text in store.messages:  # a corrupt file moved aside, an upgrade merged: say so
            QTimer.singleShot(0, lambda text=text: self.statusBar().showMessage(text, 20000))

    # -- last year's report and templates (issue 7): menu entries only; the work is in app/ui/lastyear --
    def _build_last_year(self) -> None:
        from app.ui.lastyear.actions import LastYearActions

        self.last_year_actions = LastYearActions(
            self, self.files, lambda: self.phrases_dock.store.checker_data()[1]
        )
        actions = self.last_year_actions
        self.new_from_last_year_action = self._action(self.tr("New from &Last Year’s Report…"), actions.new_from_last_year)
        self.new_from_template_action = self._action(self.tr("New from &Template…"), actions.new_from_template)
        self.save_as_template_action = self._action(self.tr("Save as Te&mplate…"), actions.save_as_template)
        self.compare_action = self._action(self.tr("&Compare with Last Year…"), actions.compare_with_last_year)
        before = self.recent_menu.menuAction()
        self.file_menu.insertActions(before, [self.new_from_last_year_action, self.new_from_template_action])
        self.file_menu.insertAction(self.quit_action, self.save_as_template_action)
        self.file_menu.insertSeparator(self.quit_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.compare_action)

    # -- export, PDF and print in the office's layout (issue 8): menu entries only; the work is in app/ui/export --
    def _build_export(self) -> None:
        from app.ui.export.controller import ExportController

        self.export = ExportController(
            self, self.report, self.visible_findings, lambda: self.files.path, self.settings
        )
        self.export_docx_action = self._action(self.tr("Export to &Word (Official Document Format)…"), self.export.export_docx)
        self.export_pdf_action = self._action(self.tr("Export to P&DF…"), self.export.export_pdf)
        self.print_action = self._action(self.tr("&Print…"), self.export.print_report, QKeySequence.StandardKey.Print)
        self.layout_profile_action = self._action(self.tr("La&yout Settings…"), self.export.edit_profiles)
        self.file_menu.insertActions(self.quit_action, [self.export_docx_action, self.export_pdf_action, self.print_action])
        self.file_menu.insertSeparator(self.quit_action)
        self.format_menu.addSeparator()
        self.format_menu.addAction(self.layout_profile_action)

    # -- tools and help: settings, folder check, built-in help, About --
    def _build_tools_and_help(self) -> None:
        self.folder_check_action = self._action(self.tr("Check a &Folder of Reports…"), self.check_folder)
        self.settings_action = self._action(self.tr("&Settings…"), lambda: self.preferences.edit(), "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.folder_check_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.settings_action)
        self.tools_menu = tools_menu
        self.help_action = self._action(self.tr("Wengao &Help"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action(self.tr("&About Wengao"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.about_action])
        self.help_menu = help_menu
        # F6 / Shift+F6 walk the editor and the side panels, as in Word and WPS.
        self.next_pane_action = self._action(self.tr("Next Pane"), lambda: self.cycle_focus(1), "F6")
        self.previous_pane_action = self._action(self.tr("Previous Pane"), lambda: self.cycle_focus(-1), "Shift+F6")
        self.addActions([self.next_pane_action, self.previous_pane_action])

    def focus_stops(self) -> list[QWidget]:
        """Where F6 goes, in order: the editor (or the welcome page), then each visible panel."""
        stops: list[QWidget] = [self.centre.currentWidget()]
        for dock, widget in (
            (self.outline_dock, self.outline_dock.tree),
            (self.checker_dock, self.checker_dock.tree),
            (self.phrases_dock, self.phrases_dock.search_box),
        ):
            if dock.isVisible():
                stops.append(widget)
        return stops

    def cycle_focus(self, step: int) -> None:
        stops = self.focus_stops()
        focused = QApplication.focusWidget()
        current = next((i for i, w in enumerate(stops) if focused is not None and (w is focused or w.isAncestorOf(focused))), -1)
        target = stops[(current + step) % len(stops)]
        if target is self.welcome:
            self.welcome.setFocus()
            self.welcome.focusNextChild()
        else:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def check_folder(self) -> None:
        from app.ui.folder_check.folder_check_dialog import FolderCheckDialog

        dialog = FolderCheckDialog(self.checks.batch_options, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(lambda path: self.files.open_path(path))
        dialog.show()
        dialog.choose_folder()

    def show_help(self) -> None:
        from app.ui.help_dialog import HelpDialog

        # The window's own references: on PySide6 6.9 QAction.menu() says "already deleted".
        menus = [self.file_menu, self.edit_menu, self.format_menu, self.view_menu, self.tools_menu, self.help_menu]
        panels = [
            (self.outline_dock.windowTitle(), self.outline_dock.tree.actions()),
            (self.checker_dock.windowTitle(), self.checker_dock.tree.actions()),
        ]
        dialog = HelpDialog(menus, self.checks.rules(), self.checks.lang, self, panels)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.checks.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def repaint_colours(self) -> None:
        """The system switched between light and dark: redraw what carries our colours."""
        self.editor.highlighter.reset()
        self.outline_dock.forget_shown()
        if self.last_analysis is not None:
            self._on_analysis(self.last_analysis)
        self.checker_dock.repaint_all()

    def _send_library_to_checker(self) -> None:
        self.checks.set_library(*self.phrases_dock.store.checker_data())
        self.analysis.submit_now()

    # -- layout persistence ----------------------------------------------------
    def _restore_layout(self) -> None:
        saved = state_store.read_json("window.json", {})
        if not isinstance(saved, dict):
            return
        try:
            if saved.get("geometry"):
                self.restoreGeometry(QByteArray.fromBase64(saved["geometry"].encode("ascii")))
            if saved.get("state"):
                self.restoreState(QByteArray.fromBase64(saved["state"].encode("ascii")))
            zoom = int(saved.get("zoom_steps", 0))
            if zoom:
                self.editor.zoom_by(zoom)
                self._update_zoom_label()
        except (ValueError, TypeError, AttributeError):
            pass  # an unreadable layout just means the default layout

    def save_layout(self) -> None:
        try:
            self._write_layout()
        except OSError:
            pass  # a layout that cannot be stored must not stop the window from closing

    def _write_layout(self) -> None:
        state_store.write_json(
            "window.json",
            {
                "geometry": bytes(self.saveGeometry().toBase64()).decode("ascii"),
                "state": bytes(self.saveState().toBase64()).decode("ascii"),
                "zoom_steps": round(self.editor.font().pointSizeF() - 16),
            },
        )

    # -- documents ---------------------------------------------------------------
    def open_path(self, path: str) -> bool:
        return self.files.open_path(path)

    def offer_recovery(self) -> bool:
        """After a crash: offer what the journal kept; True when a document was restored."""
        infos = journal.recoverable(paths.autosave_dir())
        if not infos:
            return False
        from app.ui.recovery_dialog import RecoveryDialog  # only after a crash: not imported at every start

        dialog = RecoveryDialog(infos, self)
        dialog.exec()
        for info in dialog.discarded:
            journal.discard(info)
        if dialog.chosen is None:
            return False
        return self.restore_journal(dialog.chosen)

    def restore_journal(self, info: journal.JournalInfo) -> bool:
        try:
            report = journal.load(info)
        except (OSError, ValueError, KeyError, TypeError):
            QMessageBox.warning(self, self.tr("Cannot Recover"), self.tr("This autosaved content is damaged and cannot be recovered."))
            return False
        path = Path(info.document_path) if info.document_path and Path(info.document_path).is_file() else None
        base = Path(info.base_source) if info.base_source and Path(info.base_source).is_file() else None
        self.files.restore(report, path, base, info.display_name, info.disk_stamp)
        self.autosave.flush()  # our own journal holds it before the old one goes
        journal.discard(info)
        self.statusBar().showMessage(self.tr("Unsaved content recovered. Please check it, then save."), 8000)
        return True

    def show_welcome(self) -> None:
        """Start-up without a document: offer the ways to begin."""
        self.welcome.show_recent(state_store.recent_files())
        self.welcome.show_samples(sorted(resource_path("samples").glob("*.docx")))
        self.centre.setCurrentWidget(self.welcome)
        self.welcome.buttons["last_year"].setFocus()

    def _connect_welcome(self) -> None:
        self.welcome.new_from_last_year.connect(self.last_year_actions.new_from_last_year)
        self.welcome.new_from_type.connect(self.files.new_from_type)
        self.welcome.new_from_template.connect(self.last_year_actions.new_from_template)
        self.welcome.open_file.connect(self.files.choose_and_open)
        self.welcome.open_recent.connect(lambda path: self.files.open_path(path))
        self.welcome.open_sample.connect(self.files.open_copy)

    def _on_document_replaced(self) -> None:
        self.centre.setCurrentWidget(self.editor)
        self.setWindowTitle(self.tr("{name}[*] — Wengao").format(name=self.files.display_name()))
        self.setWindowModified(self.editor.document().isModified())
        self.checks.report_type, self.checks.year = self.files.report_type, self.files.year
        self.checks.last_year = self.files.last_year  # the draft's link to last year's report
        self.last_analysis = None
        # Forced: another document (or a new last-year link) with the same text still needs its own findings.
        self.analysis.submit_now(force=True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = state_store.recent_files()
        if not recent:
            action = self.recent_menu.addAction(self.tr("(None)"))
            action.setEnabled(False)
        for index, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index % 10} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if any(url.toLocalFile().lower().endswith(OPENABLE_SUFFIXES) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.lower().endswith(OPENABLE_SUFFIXES):
                event.acceptProposedAction()
                self.files.open_path(path)
                return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.find_dialog.close()
        self.analysis.stop()
        self.autosave.shutdown()
        self.files.release()
        event.accept()

    # -- analysis results ----------------------------------------------------------
    def _on_analysis(self, analysis: Analysis) -> None:
        if not self.analysis.is_current(analysis):
            return
        self.last_analysis = analysis
        pending = getattr(analysis.checks, "pending", 0)
        if pending:
            # The checker stopped at its time budget: go on with the rest.
            self.statusBar().showMessage(self.tr("Checking… paragraphs left: {count}").format(count=pending), 2000)
            QTimer.singleShot(0, lambda: self.analysis.submit_now(force=True))
        findings = self.visible_findings()
        # One pass: the headings' badges, the underlines and the status bar's counts.
        # The headings around each finding were found on the analysis thread
        # (ChecksBridge.check); another check function leaves them to be found here.
        keys_of = getattr(analysis.checks, "heading_keys_of", None)
        badges: dict[tuple[int, int], list[int]] = {}
        underlines: dict[int, list[Underline]] = {}
        placeholders = errors = warnings = 0
        for finding in findings:
            severity = finding.severity
            is_placeholder = finding.rule == "placeholder"
            is_error = severity is Severity.ERROR
            placeholders += is_placeholder
            errors += is_error
            warnings += severity is Severity.WARNING
            keys = keys_of(finding) if keys_of is not None else None
            if keys is None:
                keys = heading_keys_at(analysis.outline, finding.paragraph, finding.start)
            for key in keys:
                counts = badges.get(key)
                if counts is None:
                    counts = badges[key] = [0, 0]
                counts[0] += is_placeholder
                counts[1] += is_error
            underlines.setdefault(finding.paragraph, []).append(
                Underline(finding.start, finding.end, _SEVERITY_VALUE[severity])
            )
        self.outline_dock.show_outline(analysis.outline, {k: (v[0], v[1]) for k, v in badges.items()})
        self.outline_dock.highlight_position(*self.editor.current_position())
        self.editor.set_title_block(analysis.outline.title_paragraph)
        self.checker_dock.show_findings(findings)
        self.editor.set_underlines(underlines)
        stats = analysis.stats
        self.words_label.setText(
            self.tr("Characters: {hanzi} (with punctuation: {characters})").format(
                hanzi=stats.hanzi, characters=stats.characters)
        )
        self.pages_label.setText(self.tr("Pages: about {pages}").format(pages=stats.pages))
        self.placeholder_label.setText(self.tr("To fill: {count}").format(count=placeholders))
        self.findings_label.setText(self.tr("Errors: {errors}  Warnings: {warnings}").format(errors=errors, warnings=warnings))
        if not pending and any(analysis.texts) and not self._warm_up_soon:
            # After the findings are painted: jieba's loading holds the interpreter.
            self._warm_up_soon = True
            self._warm_up_timer.start(WARM_UP_AFTER_FINDINGS_MS)

    def _warm_up(self) -> None:
        """Start loading jieba in the background, once."""
        if not self._warmed_up:
            self._warmed_up = True
            self.checks.warm_up_in_background()

    def visible_findings(self) -> list[Finding]:
        if self.last_analysis is None or self.last_analysis.checks is None:
            return []
        ignored = self.files.ignored_findings
        return [f for f in self.last_analysis.checks if f.fingerprint not in ignored]

    def _analysis_is_fresh(self) -> bool:
        """Findings may be acted on only if the text has not changed since they were made."""
        return self.last_analysis is not None and self.last_analysis.texts == self.editor.texts()

    # -- navigation ------------------------------------------------------------------
    def _jump_to(self, paragraph: int, offset: int) -> None:
        self.editor.select_span(paragraph, offset, offset)
        self.editor.setFocus()

    def select_finding(self, finding: Finding) -> None:
        self.editor.select_span(finding.paragraph, finding.start, finding.end)
        self.editor.setFocus()

    def next_placeholder(self) -> bool:
        """F8: select the next unfilled placeholder after the cursor, so typing replaces it."""
        if not self._analysis_is_fresh():
            self.analysis.submit_now()
            self.statusBar().showMessage(self.tr("Checking; press F8 again in a moment"), 2000)
            return False
        cursor = self.editor.textCursor()
        here = (cursor.blockNumber(), cursor.selectionEnd() - cursor.block().position())
        placeholders = sorted(
            (f for f in self.visible_findings() if f.rule == "placeholder"), key=lambda f: (f.paragraph, f.start)
        )
        if not placeholders:
            self.statusBar().showMessage(self.tr("No placeholders left"), 3000)
            return False
        following = [f for f in placeholders if (f.paragraph, f.start) >= here]
        target = following[0] if following else placeholders[0]
        self.select_finding(target)
        return True

    def _on_cursor_moved(self) -> None:
        self.outline_dock.highlight_position(*self.editor.current_position())

    # -- fixes -----------------------------------------------------------------------
    def apply_fix(self, finding: Finding) -> bool:
        if finding.fix is None:
            return False
        if not self._analysis_is_fresh():
            self.statusBar().showMessage(self.tr("The text has changed; wait for the check results to refresh before fixing"), 3000)
            return False
        block = self.editor.document().findBlockByNumber(finding.paragraph)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + finding.start)
        cursor.setPosition(block.position() + finding.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(finding.fix)
        return True

    def ignore_finding(self, finding: Finding) -> None:
        self.files.ignore_finding(finding.fingerprint)
        self.autosave.flush()  # the choice changes no text, so nothing else would journal it
        if self.last_analysis is not None:
            self._on_analysis(self.last_analysis)

    # -- formatting ---------------------------------------------------------------------
    def _set_char(self, bold: bool | None = None, italic: bool | None = None, underline: bool | None = None) -> None:
        fmt = QTextCharFormat()
        if bold is not None:
            fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if italic is not None:
            fmt.setFontItalic(italic)
        if underline is not None:
            fmt.setFontUnderline(underline)
        self.editor.mergeCurrentCharFormat(fmt)

    def _sync_format_buttons(self, fmt: Any) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic_action.setChecked(fmt.fontItalic())
        self.underline_action.setChecked(fmt.fontUnderline())

    def _align(self, alignment: Alignment) -> None:
        cursor = self.editor.textCursor()
        indent = 0.0 if alignment is Alignment.CENTER else self.editor.indent_px()
        cursor.mergeBlockFormat(body_block_format(indent, alignment))

    def _zoom(self, steps: int) -> None:
        if steps == 0:
            self.editor.zoom_reset()
        else:
            self.editor.zoom_by(steps)
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self.editor.zoom_percent()}%")

    # -- section operations ----------------------------------------------------------------
    def _move_section(self, key: SectionKey, parent_key: SectionKey | None, index: int) -> None:
        try:
            paragraph = move_section(self.editor.document(), key, parent_key, index)
        except StaleSection:
            self.statusBar().showMessage(self.tr("The outline is refreshing; please try again"), 3000)
            self.analysis.submit_now()
            return
        except ValueError:
            self.statusBar().showMessage(self.tr("A section can only go under a heading one level above it"), 4000)
            return
        self.editor.select_span(paragraph, 0, 0)
        self.analysis.submit_now()

    def _section_action(self, name: str, key: SectionKey) -> None:
        document = self.editor.document()
        try:
            if name in ("up", "down"):
                paragraph = move_by(document, key, -1 if name == "up" else 1)
                if paragraph is not None:
                    self.editor.select_span(paragraph, 0, 0)
            elif name in ("sibling", "child"):
                paragraph, start, end = insert_section(document, key, as_child=name == "child")
                self.editor.select_span(paragraph, start, end)
                self.editor.setFocus()
            elif name == "delete":
                answer = QMessageBox.question(
                    self, self.tr("Delete Section"), self.tr("Delete “{title}” and everything under it?\n(Ctrl+Z undoes this.)").format(title=key.title),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    delete_section(document, key)
            elif name == "rename":
                title, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New title:"), text=key.title)
                if ok and title.strip():
                    rename_section(document, key, title.strip())
        except StaleSection:
            self.statusBar().showMessage(self.tr("The outline is refreshing; please try again"), 3000)
        except ValueError as error:
            self.statusBar().showMessage(str(error), 4000)
        self.analysis.submit_now()

    def report(self) -> Report:
        return self.editor.to_report()
