"""The window's export actions: 导出为 Word（公文格式）…, 导出为 PDF…, 打印…, 版式设置….

Each export first offers the preflight (remaining errors, missing fonts), then
lays the editor's report out through the chosen profile: the .docx by
:mod:`app.formats.docx_export`, PDF and print by :mod:`app.ui.export.page_render`
(Qt: no LibreOffice needed on the user's machine). The chosen profile id is the
setting ``layout_profile`` (settings.json; also chosen in the settings dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.checks.finding import Finding
from app.core.document import Report
from app.core.settings import Settings

if TYPE_CHECKING:
    from app.core.layout_profile import LayoutProfile

# The layout, page-rendering and preflight modules load on first use: the window
# builds this controller at start-up, where they cost ~10 ms of imports.


class ExportController(QObject):
    def __init__(
        self,
        window: QWidget,
        report: Callable[[], Report],
        findings: Callable[[], list[Finding]],
        document_path: Callable[[], Path | None],
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.report = report
        self.findings = findings
        self.document_path = document_path
        self.settings = settings
        # Tests (and scripted use) replace these to answer the dialogs.
        self.ask_preflight: Callable[[list[Finding], list[tuple[str, str]], str], bool] = self._ask_preflight
        self.ask_path: Callable[[str, str, str], str] = self._ask_path
        self.last_messages: list[str] = []

    # -- the profile ----------------------------------------------------------------
    def profile(self) -> LayoutProfile:
        from app.core.layout_profile import load_profiles

        profiles = load_profiles()
        self.last_messages = list(profiles.warnings)
        return profiles.get(self.settings["layout_profile"]) or profiles.default()

    def set_profile(self, profile_id: str) -> None:
        self.settings.set("layout_profile", profile_id)
        try:
            self.settings.save()
        except OSError:
            pass  # kept for this session; the settings dialog reports a settings file it cannot write

    def edit_profiles(self) -> bool:
        from app.core.layout_profile import load_profiles
        from app.ui.export.profile_dialog import ProfileDialog

        profiles = load_profiles()
        if profiles.warnings:
            QMessageBox.warning(self.window, self.tr("Layout Files"), "\n".join(profiles.warnings))
        dialog = ProfileDialog(profiles, self.profile().id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.set_profile(dialog.chosen.id)
        self._status(self.tr("Layout: {name}").format(name=dialog.chosen.name))
        return True

    # -- asking ---------------------------------------------------------------------------
    def _ask_preflight(self, errors: list[Finding], fonts: list[tuple[str, str]], what: str) -> bool:
        from app.ui.export.preflight import PreflightDialog

        return PreflightDialog(errors, fonts, what, self.window).exec() == QDialog.DialogCode.Accepted

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> str:
        source = self.document_path()
        if source:
            suggested = str(source.with_name(self.tr("{name} (official format)").format(name=source.stem) + suffix))
        else:
            suggested = self.tr("Report") + suffix
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def preflight(self, what: str, profile: LayoutProfile, check_fonts: bool) -> bool:
        from app.ui.export.page_render import missing_fonts
        from app.ui.export.preflight import blocking_findings

        errors = blocking_findings(self.findings())
        fonts = missing_fonts(profile) if check_fonts else []
        if not errors and not fonts:
            return True
        return self.ask_preflight(errors, fonts, what)

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 6000)

    # -- the three exports --------------------------------------------------------------------
    def export_docx(self) -> Path | None:
        from app.formats.docx_export import export_docx

        profile = self.profile()
        # The .docx names the profile's fonts whatever this machine has: no font warning.
        if not self.preflight(self.tr("exporting"), profile, check_fonts=False):
            return None
        path = self.ask_path(self.tr("Export as Word (Official Format)"), ".docx", self.tr("Word documents (*.docx)"))
        if not path:
            return None
        try:
            export_docx(self.report(), path, profile)
        except OSError as error:
            QMessageBox.critical(
                self.window, self.tr("Export Failed"),
                self.tr("Could not write {path}\n\n{error}").format(path=path, error=error.strerror or error),
            )
            return None
        self._status(self.tr("Exported with the “{layout}” layout to {path}").format(layout=profile.name, path=path))
        return Path(path)

    def export_pdf(self) -> Path | None:
        from app.ui.export.page_render import export_pdf

        profile = self.profile()
        if not self.preflight(self.tr("exporting a PDF"), profile, check_fonts=True):
            return None
        path = self.ask_path(self.tr("Export as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            # Written beside the target, then renamed: a failed export leaves the old file whole.
            export_pdf(self.report(), profile, str(temporary))
            if not temporary.is_file() or temporary.stat().st_size == 0:
                raise OSError(self.tr("The PDF was not written"))
            temporary.replace(target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            QMessageBox.critical(
                self.window, self.tr("Export Failed"),
                self.tr("Could not write {path}\n\n{error}").format(path=path, error=getattr(error, "strerror", None) or error),
            )
            return None
        self._status(self.tr("Exported a PDF with the “{layout}” layout to {path}").format(layout=profile.name, path=path))
        return target

    def print_report(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from app.ui.export.page_render import render

        profile = self.profile()
        if not self.preflight(self.tr("printing"), profile, check_fonts=True):
            return False
        report = self.report()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report.title or self.tr("Report"))
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setObjectName("printPreview")
        preview.setWindowTitle(self.tr("Print Preview — {layout}").format(layout=profile.name))
        preview.paintRequested.connect(lambda device: render(report, profile, device))
        return preview.exec() == QDialog.DialogCode.Accepted
