"""Export, PDF and print from the window; the 版式设置 dialog; the preflight question."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.core.layout_profile import LayoutProfile, load_profiles, user_layouts_dir
from app.formats import load_document
from app.ui.export.page_render import missing_fonts
from app.ui.export.preflight import PreflightDialog
from app.ui.export.profile_dialog import ProfileDialog
from tests.conftest import SAMPLE_000_DOCX
from tests.pdf_measure import FULL_WIDTH, PT_PER_MM, have_pdftotext, read_pages
from tests.ui_helpers import wait_for_analysis as _wait_for_analysis


def _menu_texts(win) -> list[str]:
    return [a.text() for a in win.file_menu.actions()]


def test_menus_have_the_export_entries(window) -> None:
    texts = _menu_texts(window)
    for wanted in ("导出为 Word（公文格式）(&W)…", "导出为 PDF(&D)…", "打印(&P)…"):
        assert wanted in texts
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    formats = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("格式"))
    assert "版式设置(&Y)…" in [a.text() for a in formats.actions()]


def test_export_asks_about_remaining_errors_first(window, qtbot, tmp_path: Path) -> None:
    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    asked: list[tuple[int, list, str]] = []

    def answer(go: bool):
        def ask(errors, fonts, what):
            asked.append((len(errors), fonts, what))
            return go

        return ask

    window.export.ask_path = lambda *a: str(tmp_path / "out.docx")
    window.export.ask_preflight = answer(False)  # 返回修改
    assert window.export.export_docx() is None and not (tmp_path / "out.docx").exists()
    assert asked[0][0] > 0 and asked[0][1] == []  # the sample's unfilled ** are errors; no font warning for .docx
    window.export.ask_preflight = answer(True)  # 仍然导出
    out = window.export.export_docx()
    assert out == tmp_path / "out.docx" and load_document(out).texts() == window.editor.texts()


def test_preflight_dialog_lists_errors_and_fonts(qtbot, window) -> None:
    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    errors = [f for f in window.visible_findings() if f.severity.value == "error"]
    dialog = PreflightDialog(errors, [("仿宋_GB2312", "AR PL UMing CN")], "导出")
    qtbot.addWidget(dialog)
    assert dialog.errors_list.count() == len(errors)
    assert dialog.back_button.text() == "返回修改" and dialog.go_button.text() == "仍然导出"
    assert dialog.back_button.isDefault()


def test_missing_fonts_name_a_fallback(qapp) -> None:
    missing = dict(missing_fonts(LayoutProfile()))
    # This machine has none of the 公文 fonts; each one gets a face of the same kind.
    assert "仿宋_GB2312" in missing and all(missing.values())


@pytest.mark.renderer
@pytest.mark.skipif(not have_pdftotext(), reason="needs poppler (pdftotext); packaging/dev.sh test installs it")
def test_pdf_from_the_window_has_the_grid(window, qtbot, tmp_path: Path) -> None:
    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    window.export.ask_preflight = lambda *a: True
    window.export.ask_path = lambda *a: str(tmp_path / "out.pdf")
    assert window.export.export_pdf() == tmp_path / "out.pdf"
    pages = read_pages(tmp_path / "out.pdf")
    gb = LayoutProfile()
    bottom = (gb.page_height_mm - gb.bottom_mm) * PT_PER_MM
    assert len(pages) >= 4 and all(abs(p.width - 595.3) < 1 and abs(p.height - 841.9) < 1 for p in pages)
    for index, page in enumerate(pages, start=1):
        text = [ln for ln in page.lines if ln.y_max <= bottom + 2]
        numbers = [ln for ln in page.lines if ln.y_min > bottom]
        if 1 < index < len(pages):
            assert len(text) == 22
        assert [n.text for n in numbers] == [f"—{index}—"]
        right_edge = (gb.page_width_mm - gb.right_mm) * PT_PER_MM - 14
        left_edge = gb.left_mm * PT_PER_MM + 14
        assert abs((numbers[0].x_max - right_edge) if index % 2 else (numbers[0].x_min - left_edge)) < 3
    counts = Counter(len(ln.text) for p in pages for ln in p.lines if FULL_WIDTH.match(ln.text))
    assert max(counts) == 28 and counts[28] >= 0.8 * (counts[27] + counts[28])


def test_print_preview_renders_through_the_profile(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    window.open_path(str(SAMPLE_000_DOCX))
    _wait_for_analysis(qtbot, window)
    window.export.ask_preflight = lambda *a: True

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.export.print_report()
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_profile_dialog_copies_edits_and_keeps_a_unit_profile(qtbot, window) -> None:
    profiles = load_profiles()
    dialog = ProfileDialog(profiles, "gbt9704")
    qtbot.addWidget(dialog)
    assert not dialog.editor.isEnabled()  # the shipped profile is read-only
    copy = dialog.copy_current("本单位版式")
    assert copy is not None and dialog.editor.isEnabled() and dialog.current().id == copy.id
    dialog.margins["left_mm"].setValue(30)
    dialog.role_widgets["heading2"][2].setChecked(True)
    dialog.position.setCurrentIndex(dialog.position.findData("center"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_profiles().get(copy.id)
    assert saved.user and saved.left_mm == 30 and saved.heading2.bold and saved.page_number.position == "center"
    assert (user_layouts_dir() / f"{copy.id}.toml").is_file()
    # The window remembers the choice and exports through it.
    window.export.set_profile(copy.id)
    assert window.export.profile() == saved


def test_a_broken_user_profile_is_reported_not_fatal(window) -> None:
    folder = user_layouts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.toml").write_text("id = [", encoding="utf-8")
    assert window.export.profile().id == "gbt9704"
    assert any("broken.toml" in m for m in window.export.last_messages)
