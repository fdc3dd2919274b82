"""Opening, creating and saving reports from the window, with the questions a
Word/WPS user expects (unsaved changes, what cannot be kept, where to save).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app import paths
from app.core import filelock
from app.core.backups import DEFAULT_COUNT as DEFAULT_BACKUP_COUNT
from app.core.backups import keep_backup
from app.core.document import Report
from app.core.lang import current_language
from app.core.limits import editor_refusal
from app.ui import state_store
from app.ui.editor.report_editor import ReportEditor
from app.ui.loading import load_with_progress

OPEN_FILTER = QT_TRANSLATE_NOOP("FileController", "Reports (*.docx *.txt);;Word Documents (*.docx);;Plain Text (*.txt);;All Files (*)")
SAVE_FILTER = QT_TRANSLATE_NOOP("FileController", "Word Documents (*.docx)")
# What an older journal may hold as the name of a document never saved.
UNTITLED_NAMES = ("未命名", "Untitled")  # i18n: not UI text


class FileController(QObject):
    document_changed = Signal()  # a different document is now in the editor

    def __init__(self, window: QWidget, editor: ReportEditor) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self.path: Path | None = None
        self.source: Report | None = None  # what was opened, for saving what import could not show
        self.ignored_findings: set[str] = set()
        self.suggested_name: str | None = None  # a recovered document's old name, for 另存为
        self.report_type: str | None = None
        self.year: int | None = None
        self.disk_stamp: tuple[int, int] | None = None
        self.backup_count = DEFAULT_BACKUP_COUNT
        self.default_report_type: str | None = None  # preselected in 新建报告 (settings)
        # -- last year's report (issue 7) --
        # The link a draft carries (Report.last_year); the checker compares against it.
        self.last_year: list[str] | None = None
        self.last_year_name: str | None = None
        # For an untitled document made from last year's report or a template: the
        # .docx whose package (styles, page setup, headers) its first save builds on.
        self.base_source: Path | None = None

    def display_name(self) -> str:
        return self.path.name if self.path else (self.suggested_name or self.tr("Untitled"))

    # -- asking -------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the current document may be replaced or closed."""
        if not self.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Save Changes"),
            self.tr("“{name}” has been modified. Save the changes?").format(name=self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- new and open -------------------------------------------------------------------
    def _show(self, report: Report, path: Path | None, suggested_name: str | None = None) -> None:
        self.suggested_name = suggested_name
        self._set_path(path)
        self.source = report if path is not None else None
        # The type and year stored with the file (or chosen for a new report)
        # override detection in the checker.
        self.report_type, self.year = report.report_type, report.year
        self.ignored_findings = set(report.ignored_findings)
        self.last_year, self.last_year_name, self.base_source = report.last_year, report.last_year_name, None
        self.editor.load_report(report)
        self.document_changed.emit()

    # -- last year's report (issue 7) ---------------------------------------------------
    def show_new(self, report: Report, base_source: Path | None) -> None:
        """Show a new, unsaved document built on ``base_source`` (last year's report, a template)."""
        self._show(report, None)
        self.base_source = base_source
        self.editor.document().setModified(True)

    def source_for_save(self) -> Path | None:
        if self.path is not None and self.path.suffix.lower() == ".docx":
            return self.path
        return self.base_source

    def set_last_year(self, texts: list[str], year: int | None, name: str | None) -> None:
        """Link last year's report to the open document (saved inside it)."""
        self.last_year, self.last_year_name = list(texts), name
        template = self.editor._template
        if template is not None:
            template.last_year, template.last_year_year, template.last_year_name = list(texts), year, name
        self.editor.document().setModified(True)
        self.document_changed.emit()
    # -- end of last year's report --

    def restore(
        self, report: Report, path: Path | None, base: Path | None = None, name: str | None = None,
        disk_stamp: tuple[int, int] | None = None,
    ) -> None:
        """Show a recovered document, unsaved: linked to its file if it is still there,
        else to the draft's base package, under the name it had. ``disk_stamp`` is how
        the file looked when the journal was written, so saving over a file someone
        changed since the crash still asks first."""
        if path is None and base is not None:
            self.show_new(report, base)
        else:
            self._show(report, path)
            if path is not None and disk_stamp is not None:
                self.disk_stamp = disk_stamp
        if path is None and name and name not in (self.tr("Untitled"), *UNTITLED_NAMES):
            self.suggested_name = name
        self.editor.document().setModified(True)

    def journal_description(self) -> tuple[str | None, str, str | None, tuple[int, int] | None]:
        """(file, display name, base package, file's stamp on disk) for the autosave journal."""
        base = self.base_source if self.path is None and self.base_source else None
        return (str(self.path) if self.path else None, self.display_name(), str(base) if base else None, self.disk_stamp)

    def new_blank(self) -> None:
        self._show(Report(), None)

    def new_from_type(self) -> bool:
        if not self.confirm_discard():
            return False
        from app.core.reporttypes import load_report_types
        from app.core.skeleton import default_report_year, skeleton_report

        types = load_report_types()
        names = [t.id for t in types]
        blank = self.tr("Blank document")
        name, ok = QInputDialog.getItem(
            self.window, self.tr("New Report"), self.tr("Report type:"), [*names, blank], names.index(self.default_report_type) if self.default_report_type in names else 0, False
        )
        if not ok:
            return False
        if name == blank:
            self.new_blank()
            return True
        report_type = types.get(name)
        if report_type is None:
            return False
        year, ok = QInputDialog.getInt(self.window, self.tr("New Report"), self.tr("Report year:"), default_report_year(), 2000, 2100)
        if not ok:
            return False
        self._show(skeleton_report(report_type, year), None)
        self.editor.document().setModified(True)
        return True

    def choose_and_open(self) -> bool:
        if not self.confirm_discard():
            return False
        start = str(self.path.parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Report"), start, QCoreApplication.translate("FileController", OPEN_FILTER))
        return self.open_path(path, confirmed=True) if path else False

    def open_path(self, path: str, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        target = Path(path)
        if target.is_file() and not self._accept_other_owner(target):
            return False
        report = self._load_for_editor(target)
        if report is None:
            return False
        self._show(report, target)
        # Written once the text shows, off the UI thread: two fsyncs took 15–85 ms of every open here.
        QTimer.singleShot(0, lambda: state_store.add_recent_file_later(path))
        if report.omissions:
            kinds = self.tr(", ", "list separator").join(sorted({_omission_name(o.kind) for o in report.omissions}))
            notice = self.tr("Note: this file has content the editor does not show ({kinds}); saving keeps it as it is.")
            self.window.statusBar().showMessage(notice.format(kinds=kinds), 10000)
        return True

    def open_copy(self, path: str) -> bool:
        """Open ``path`` as a new, untitled document built on it (a bundled sample:
        saving asks for a new name, so the sample itself is never changed)."""
        if not self.confirm_discard():
            return False
        target = Path(path)
        report = self._load_for_editor(target)
        if report is None:
            return False
        # 另存为 proposes the sample's name, in the user's folder.
        self._show(report, None, suggested_name=target.stem)
        self.base_source = target if target.suffix.lower() == ".docx" else None
        self.editor.document().setModified(False)  # only looked at so far: closing need not ask
        return True

    def _load_for_editor(self, target: Path) -> Report | None:
        """The report in ``target``, or None after telling the user why not (unreadable,
        too large for the editor; nothing when they cancelled)."""
        from app.formats.errors import DocumentError

        try:
            report = load_with_progress(self.window, str(target))
        except DocumentError as error:
            if error.kind != "cancelled":
                QMessageBox.warning(self.window, self.tr("Cannot Open"), f"{target.name}\n\n{error.message(current_language())}")
            return None
        refusal = editor_refusal(report)
        if refusal is not None:
            QMessageBox.warning(self.window, self.tr("File Too Large"), f"{target.name}\n\n{refusal}")
            return None
        return report

    def _accept_other_owner(self, target: Path) -> bool:
        owner = filelock.current_owner(target)
        if owner is None:
            return True
        if owner.office:
            text = self.tr(
                "“{name}” seems to be open in WPS or Word.\nIf both change it, whichever saves last overwrites the other. Open it anyway?"
            ).format(name=target.name)
        else:
            since = _dt.datetime.fromtimestamp(owner.since).strftime(self.tr("%b %d, %H:%M"))
            who = self.tr("{user} ({host})").format(user=owner.user, host=owner.host) if owner.user else owner.host
            text = self.tr(
                "“{name}” is being edited in Wengao by {who} (since {since}).\nIf both change it, whichever saves last overwrites the other. Open it anyway?"
            ).format(name=target.name, who=who, since=since)
        answer = QMessageBox.warning(
            self.window, self.tr("File Is Being Edited"), text,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def _set_path(self, path: Path | None) -> None:
        """Hold a lock on the document being edited, and remember how it looked on disk."""
        if self.path is not None and self.path != path:
            filelock.release(self.path)
        self.path = path
        self.disk_stamp = _disk_stamp(path) if path is not None else None
        if path is not None and path.suffix.lower() == ".docx":
            filelock.acquire(path)

    def release(self) -> None:
        """The window is closing: give up the lock."""
        if self.path is not None:
            filelock.release(self.path)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.path is None or self.path.suffix.lower() != ".docx":
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self, confirm_losses: bool = True) -> bool:
        if self.path:
            suggested = str(self.path.with_suffix(".docx"))
        else:
            suggested = str(Path(self.suggested_name or self.tr("Untitled")).with_suffix(".docx"))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save As"), suggested, QCoreApplication.translate("FileController", SAVE_FILTER))
        if not path:
            return False
        if not path.lower().endswith(".docx"):
            path += ".docx"
        return self._save_to(Path(path), confirm_losses)

    def current_report(self) -> Report:
        """The document as it would be saved now (also what autosave keeps)."""
        report = self.editor.to_report()
        report.ignored_findings = sorted(self.ignored_findings)
        report.report_type = report.report_type or self.report_type
        report.year = report.year or self.year
        return report

    def _save_to(self, path: Path, confirm_losses: bool = True) -> bool:
        from app.formats import save_document
        from app.formats.errors import DocumentError

        report = self.current_report()
        source_path = self.source_for_save()
        if path == self.path and self.disk_stamp is not None and _disk_stamp(path) not in (None, self.disk_stamp):
            choice = self._ask_about_outside_change(path)
            if choice == "save_as":
                return self.save_as(confirm_losses)
            if choice != "go":
                return False
        try:
            lost = save_document(report, path, source_path=source_path, dry_run=True)
            if lost and confirm_losses:
                choice = self._ask_about_losses(lost)
                if choice == "save_as":
                    return self.save_as(confirm_losses=False)
                if choice != "go":
                    return False
            keep_backup(path, paths.data_dir() / "backups", self.backup_count)
            save_document(report, path, source_path=source_path)
        except (DocumentError, OSError) as error:
            message = error.message(current_language()) if isinstance(error, DocumentError) else _os_error_text(error)
            QMessageBox.critical(
                self.window,
                self.tr("Save Failed"),
                self.tr("Could not save to {path}\n\n{message}\n\nThe original file was not changed.").format(
                    path=path, message=message
                ),
            )
            return False
        self._set_path(path)
        self.editor.document().setModified(False)
        state_store.add_recent_file(str(path))
        self.document_changed.emit()
        self.window.statusBar().showMessage(self.tr("Saved to {path}").format(path=path), 4000)
        return True

    def _ask_about_outside_change(self, path: Path) -> str:
        """"go" (overwrite), "save_as" or "cancel"."""
        return self._ask_save_as_or_go(
            self.tr("File Changed on Disk"),
            self.tr(
                "“{name}” was changed by another program or person after it was opened.\nOverwriting it loses those changes."
            ).format(name=path.name),
            "",
            self.tr("Overwrite"),
        )

    def _ask_about_losses(self, lost: list[str]) -> str:
        """"go" (save anyway), "save_as" or "cancel"."""
        return self._ask_save_as_or_go(
            self.tr("Some Content Cannot Be Kept"),
            self.tr("The paragraphs holding the following were changed; saving cannot keep these:\n\n{items}").format(
                items="\n".join(f"· {item}" for item in lost[:12])
            ),
            self.tr("Consider “Save As” to a new file, leaving the original unchanged."),
            self.tr("Save Anyway"),
        )

    def _ask_save_as_or_go(self, title: str, text: str, informative: str, go_label: str) -> str:
        """A warning offering 另存为 (the default), going ahead anyway, or cancel."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if informative:
            box.setInformativeText(informative)
        go = box.addButton(go_label, QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is save_as:
            return "save_as"
        return "go" if box.clickedButton() is go else "cancel"

    def ignore_finding(self, fingerprint: str) -> None:
        if fingerprint not in self.ignored_findings:
            self.ignored_findings.add(fingerprint)
            self.editor.document().setModified(True)


_OMISSION_NAMES = {
    "image": QT_TRANSLATE_NOOP("FileController", "images"),
    "textbox": QT_TRANSLATE_NOOP("FileController", "text boxes"),
    "comment": QT_TRANSLATE_NOOP("FileController", "comments"),
    "footnote": QT_TRANSLATE_NOOP("FileController", "footnotes"),
    "endnote": QT_TRANSLATE_NOOP("FileController", "endnotes"),
    "tracked-change": QT_TRANSLATE_NOOP("FileController", "tracked changes"),
    "field": QT_TRANSLATE_NOOP("FileController", "fields"),
    "header": QT_TRANSLATE_NOOP("FileController", "headers"),
    "footer": QT_TRANSLATE_NOOP("FileController", "footers"),
    "equation": QT_TRANSLATE_NOOP("FileController", "equations"),
    "content-control": QT_TRANSLATE_NOOP("FileController", "content controls"),
    "chart": QT_TRANSLATE_NOOP("FileController", "charts"),
    "embedded-object": QT_TRANSLATE_NOOP("FileController", "embedded objects"),
}


def _omission_name(kind: str) -> str:
    name = _OMISSION_NAMES.get(kind)
    return QCoreApplication.translate("FileController", name) if name else kind


def _disk_stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _os_error_text(error: OSError) -> str:
    import errno

    if error.errno in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate("FileController", "No permission to write, or the file is open in WPS/Word. Close the file or save it somewhere else.")
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate("FileController", "Not enough disk space.")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate("FileController", "The folder to save in does not exist (it may have been moved or deleted, or the USB drive removed). Save it somewhere else.")
    return QCoreApplication.translate("FileController", "System error: {error}").format(error=error.strerror or error)
