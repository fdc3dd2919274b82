"""Before an export: what is still wrong (errors), and which fonts this machine lacks.

The user chooses 返回修改 (go back and fix) or 仍然导出 (export anyway). Nothing to
say → no dialog at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from app.checks.finding import Finding, Severity


def blocking_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


class PreflightDialog(QDialog):
    def __init__(
        self, errors: list[Finding], missing_fonts: list[tuple[str, str]], what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportPreflight")
        self.setWindowTitle(self.tr("Check before {what}").format(what=what))
        layout = QVBoxLayout(self)
        if errors:
            intro = self.tr("The report still has {count} error(s) (unfilled placeholders, missing parts and the like):")
            layout.addWidget(QLabel(intro.format(count=len(errors)), self))
            self.errors_list = QListWidget(self)
            for finding in errors[:200]:
                excerpt = f"“{finding.excerpt}”" if getattr(finding, "excerpt", "") else ""
                line = self.tr("Paragraph {number}   {message}   {excerpt}")
                self.errors_list.addItem(line.format(number=finding.paragraph + 1, message=finding.message, excerpt=excerpt))
            layout.addWidget(self.errors_list)
        if missing_fonts:
            text = self.tr(
                "This computer lacks fonts the layout asks for; the screen and the PDF show substitutes (the exported .docx still names the original fonts, which a computer that has them will use):"
            )
            text += "\n"
            text += "\n".join(f"· {name} → {fallback}" for name, fallback in missing_fonts)
            label = QLabel(text, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        self.back_button = buttons.addButton(self.tr("Go Back and Fix"), QDialogButtonBox.ButtonRole.RejectRole)
        go = self.tr("Export Anyway") if errors else self.tr("Continue")
        self.go_button = buttons.addButton(go, QDialogButtonBox.ButtonRole.AcceptRole)
        (self.back_button if errors else self.go_button).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360 if errors else 200)
