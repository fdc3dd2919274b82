"""Opening, creating and saving reports from the window, with the questions a
Word/WPS user expects (unsaved changes, what cannot be kept, where to save).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal
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

OPEN_FILTER = "报告 (*.docx *.txt);;Word 文档 (*.docx);;纯文本 (*.txt);;所有文件 (*)"
SAVE_FILTER = "Word 文档 (*.docx)"


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
        # -- last year's report (issue 7) --
        # The link a draft carries (Report.last_year); the checker compares against it.
        self.last_year: list[str] | None = None
        self.last_year_name: str | None = None
        # For an untitled document made from last year's report or a template: the
        # .docx whose package (styles, page setup, headers) its first save builds on.
        self.base_source: Path | None = None

    def display_name(self) -> str:
        return self.path.name if self.path else (self.suggested_name or "未命名")

    # -- asking -------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the current document may be replaced or closed."""
        if not self.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self.window,
            "保存修改",
            f"“{self.display_name()}”已修改，是否保存？",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- new and open -------------------------------------------------------------------
    def _show(self, report: Report, path: Path | None) -> None:
        self.suggested_name = None
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
        if path is None and name and name != "未命名":
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
        name, ok = QInputDialog.getItem(self.window, "新建报告", "报告类型：", [*names, "空白文档"], 0, False)
        if not ok:
            return False
        if name == "空白文档":
            self.new_blank()
            return True
        report_type = types.get(name)
        if report_type is None:
            return False
        year, ok = QInputDialog.getInt(self.window, "新建报告", "报告年度：", default_report_year(), 2000, 2100)
        if not ok:
            return False
        self._show(skeleton_report(report_type, year), None)
        self.editor.document().setModified(True)
        return True

    def choose_and_open(self) -> bool:
        if not self.confirm_discard():
            return False
        start = str(self.path.parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, "打开报告", start, OPEN_FILTER)
        return self.open_path(path, confirmed=True) if path else False

    def open_path(self, path: str, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        from app.formats.errors import DocumentError

        target = Path(path)
        if target.is_file() and not self._accept_other_owner(target):
            return False
        try:
            report = load_with_progress(self.window, path)
        except DocumentError as error:
            if error.kind != "cancelled":
                QMessageBox.warning(self.window, "无法打开", f"{target.name}\n\n{error.message(current_language())}")
            return False
        refusal = editor_refusal(report)
        if refusal is not None:
            QMessageBox.warning(self.window, "文件过大", f"{target.name}\n\n{refusal}")
            return False
        self._show(report, target)
        state_store.add_recent_file(path)
        if report.omissions:
            kinds = "、".join(sorted({_OMISSION_NAMES.get(o.kind, o.kind) for o in report.omissions}))
            self.window.statusBar().showMessage(f"提示：此文件含有编辑器不显示的内容（{kinds}），保存时会原样保留。", 10000)
        return True

    def _accept_other_owner(self, target: Path) -> bool:
        owner = filelock.current_owner(target)
        if owner is None:
            return True
        if owner.office:
            text = f"“{target.name}”似乎正被 WPS 或 Word 打开。\n两边同时修改，后保存的一方会覆盖另一方。仍要打开吗？"
        else:
            since = _dt.datetime.fromtimestamp(owner.since).strftime("%m月%d日 %H:%M")
            who = f"{owner.user}（{owner.host}）" if owner.user else owner.host
            text = f"“{target.name}”正由 {who} 在文稿中编辑（自 {since} 起）。\n两边同时修改，后保存的一方会覆盖另一方。仍要打开吗？"
        answer = QMessageBox.warning(
            self.window, "文件正在被编辑", text,
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
            suggested = str(Path(self.suggested_name or "未命名").with_suffix(".docx"))
        path, _ = QFileDialog.getSaveFileName(self.window, "另存为", suggested, SAVE_FILTER)
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
            QMessageBox.critical(self.window, "保存失败", f"未能保存到 {path}\n\n{message}\n\n原文件未被改动。")
            return False
        self._set_path(path)
        self.editor.document().setModified(False)
        state_store.add_recent_file(str(path))
        self.document_changed.emit()
        self.window.statusBar().showMessage(f"已保存到 {path}", 4000)
        return True

    def _ask_about_outside_change(self, path: Path) -> str:
        """"go" (overwrite), "save_as" or "cancel"."""
        return self._ask_save_as_or_go(
            "文件已被修改",
            f"“{path.name}”在打开之后被其他程序或其他人修改过。\n覆盖保存会丢掉那些修改。",
            "",
            "覆盖保存",
        )

    def _ask_about_losses(self, lost: list[str]) -> str:
        """"go" (save anyway), "save_as" or "cancel"."""
        return self._ask_save_as_or_go(
            "部分内容无法保留",
            "以下内容所在的段落已被修改，保存后将无法保留：\n\n" + "\n".join(f"· {item}" for item in lost[:12]),
            "建议“另存为”一个新文件，原文件保持不变。",
            "仍然保存",
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
        save_as = box.addButton("另存为…", QMessageBox.ButtonRole.AcceptRole)
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
    "image": "图片", "textbox": "文本框", "comment": "批注", "footnote": "脚注", "endnote": "尾注",
    "tracked-change": "修订记录", "field": "域", "header": "页眉", "footer": "页脚", "equation": "公式",
    "content-control": "内容控件", "chart": "图表", "embedded-object": "嵌入对象",
}


def _disk_stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _os_error_text(error: OSError) -> str:
    import errno

    if error.errno in (errno.EACCES, errno.EPERM):
        return "没有写入权限，或文件正被 WPS/Word 打开。请关闭该文件或换一个位置保存。"
    if error.errno == errno.ENOSPC:
        return "磁盘空间不足。"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return "要保存到的文件夹不存在（可能已被移动、删除，或 U 盘已拔出）。请换一个位置保存。"
    return f"系统错误：{error.strerror or error}"
