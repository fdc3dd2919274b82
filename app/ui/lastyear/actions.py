"""The window's last-year and template actions: 从去年报告新建…, 从模板新建…,
另存为模板…, 与去年对比.

Kept out of main_window.py (which only adds the menu entries) and
file_controller.py (which only learns to show a new document with a source
package and a last-year link).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.core.lang import current_language

if TYPE_CHECKING:
    from app.ui.file_controller import FileController


class LastYearActions(QObject):
    def __init__(self, window, files: FileController, library_phrases=lambda: []) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.library_phrases = library_phrases  # the phrase library's standard formulations
        self.compare_dialog = None

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # -- 从去年报告新建 -------------------------------------------------------------
    def new_from_last_year(self) -> bool:
        from app.ui.lastyear.new_dialog import NewFromLastYearDialog

        if not self.files.confirm_discard():
            return False
        start = str(self.files.path.parent) if self.files.path else ""
        dialog = NewFromLastYearDialog(self.window, start)
        if dialog.exec() != NewFromLastYearDialog.DialogCode.Accepted or dialog.report is None:
            return False
        return self.make_draft(dialog.report, dialog.path, dialog.year, dialog.mask)

    def make_draft(self, last, path: Path | None, year: int, mask: bool) -> bool:
        """Show this year's draft of ``last`` as a new, unsaved document."""
        from app.core.masking import shipped_fixed_phrases
        from app.core.rollover import draft_from_last_year

        draft = draft_from_last_year(
            last, year=year, mask=mask, fixed_phrases=shipped_fixed_phrases(self.library_phrases()) if mask else (),
            source_name=path.name if path else None,
        )
        source = path if path is not None and path.suffix.lower() == ".docx" else None
        self.files.show_new(draft.report, source)
        masked = self.tr(", {count} figure(s) replaced by ** to fill in").format(count=draft.masked) if mask else ""
        message = self.tr(
            "Made a draft for {year} from last year's report: {changes} year(s) updated{masked}. Paragraphs not yet rewritten are marked in the check results."
        )
        self._status(message.format(year=draft.year, changes=len(draft.year_changes), masked=masked), 15000)
        return True

    # -- 从模板新建 / 另存为模板 ------------------------------------------------------
    def new_from_template(self) -> bool:
        from app.core import templates
        from app.core.rollover import shift_years
        from app.core.skeleton import default_report_year
        from app.formats.errors import DocumentError
        from app.ui.loading import load_with_progress

        names = templates.list_templates()
        if not names:
            QMessageBox.information(
                self.window, self.tr("New from Template"),
                self.tr("There are no templates yet. Open a report and save its structure with “File → Save as Template…”."),
            )
            return False
        if not self.files.confirm_discard():
            return False
        name, ok = QInputDialog.getItem(self.window, self.tr("New from Template"), self.tr("Template:"), names, 0, False)
        if not ok:
            return False
        year, ok = QInputDialog.getInt(
            self.window, self.tr("New from Template"), self.tr("Year of the report:"), default_report_year(), 2000, 2100
        )
        if not ok:
            return False
        path = templates.template_path(name)
        try:
            report = load_with_progress(self.window, str(path))
        except DocumentError as error:
            if error.kind != "cancelled":
                QMessageBox.warning(
                    self.window, self.tr("Could Not Open the Template"), f"{path.name}\n\n{error.message(current_language())}"
                )
            return False
        if report.year is not None and report.year != year:
            report, _ = shift_years(report, report.year, year)
        report.year = year
        self.files.show_new(report, path)
        return True

    def save_as_template(self) -> bool:
        from app import paths
        from app.core import templates
        from app.core.atomicfile import atomic_write_text
        from app.formats import save_document
        from app.formats.errors import DocumentError

        name, ok = QInputDialog.getText(
            self.window, self.tr("Save as Template"), self.tr("Template name (for example, the kind of report it is for):")
        )
        if not ok:
            return False
        name = name.strip()
        if not templates.valid_name(name):
            QMessageBox.warning(
                self.window, self.tr("Save as Template"),
                self.tr("The template name cannot be empty or contain characters such as \\ / : * ? \" < > |."),
            )
            return False
        target = templates.template_path(name)
        if target.exists():
            answer = QMessageBox.question(
                self.window, self.tr("Save as Template"), self.tr("A template named “{name}” already exists. Replace it?").format(name=name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        report = self.files.editor.to_report()
        report.report_type = report.report_type or self.files.report_type
        report.year = report.year or self.files.year
        template = templates.make_template(report)
        source = self.files.source_for_save()
        try:
            save_document(template, target, source_path=source)
        except (DocumentError, OSError) as error:
            message = error.message(current_language()) if isinstance(error, DocumentError) else str(error)
            QMessageBox.critical(
                self.window, self.tr("Save as Template"), self.tr("Could not save the template:\n\n{message}").format(message=message)
            )
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Save as Template"),
            self.tr(
                "Template “{name}” saved.\n\nAlso save its top-level headings as the report type “{name}”?\n(The checker uses them for missing and misordered parts.)"
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            folder = paths.config_dir() / "reporttypes"
            folder.mkdir(parents=True, exist_ok=True)
            try:
                atomic_write_text(folder / f"{name}.toml", templates.report_type_toml(name, report))
            except OSError as error:
                QMessageBox.warning(
                    self.window, self.tr("Save as Template"), self.tr("Could not save the report type: {error}").format(error=error)
                )
        self._status(self.tr("Template “{name}” saved; use it with “File → New from Template…”.").format(name=name))
        return True

    # -- 与去年对比 ---------------------------------------------------------------------
    def compare_with_last_year(self) -> bool:
        from app.ui.compare.compare_dialog import CompareDialog

        last = self.files.last_year
        last_name = self.files.last_year_name or self.tr("last year's report")
        if not last:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Choose Last Year's Report"), str(self.files.path.parent) if self.files.path else "",
                self.tr("Reports (*.docx *.txt);;Word documents (*.docx)"),
            )
            if not path:
                return False
            if not self.link_last_year(path):
                return False
            last, last_name = self.files.last_year, Path(path).name
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        self.compare_dialog = CompareDialog(last, self.files.editor.texts(), last_name, self.files.display_name(), self.window)
        self.compare_dialog.show()
        return True

    def link_last_year(self, path: str) -> bool:
        """Remember last year's report with this document (saved inside it); the checker uses it at once."""
        from app.core.reportyear import detect_report_year
        from app.formats.errors import DocumentError
        from app.ui.loading import load_with_progress

        try:
            last = load_with_progress(self.window, path)
        except DocumentError as error:
            if error.kind != "cancelled":
                QMessageBox.warning(
                    self.window, self.tr("Could Not Open"), f"{Path(path).name}\n\n{error.message(current_language())}"
                )
            return False
        texts = last.texts()
        self.files.set_last_year(texts, last.year or detect_report_year(texts, last.title), Path(path).name)
        self._status(
            self.tr("Linked last year's report; it is saved with this file. Paragraphs not yet rewritten will be marked in the check results.")
        )
        return True
