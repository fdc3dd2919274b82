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
        self.setWindowTitle(f"{what}前检查")
        layout = QVBoxLayout(self)
        if errors:
            layout.addWidget(QLabel(f"报告中还有 {len(errors)} 处错误（未填的待填项、缺少的部分等）：", self))
            self.errors_list = QListWidget(self)
            for finding in errors[:200]:
                excerpt = f"“{finding.excerpt}”" if getattr(finding, "excerpt", "") else ""
                self.errors_list.addItem(f"第{finding.paragraph + 1}段　{finding.message}　{excerpt}")
            layout.addWidget(self.errors_list)
        if missing_fonts:
            text = "本机缺少版式要求的字体，屏幕和 PDF 中用替代字体显示（导出的 .docx 仍写明原字体，在装有该字体的电脑上按原字体排版）：\n"
            text += "\n".join(f"· {name} → {fallback}" for name, fallback in missing_fonts)
            label = QLabel(text, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        self.back_button = buttons.addButton("返回修改", QDialogButtonBox.ButtonRole.RejectRole)
        self.go_button = buttons.addButton("仍然导出" if errors else "继续", QDialogButtonBox.ButtonRole.AcceptRole)
        (self.back_button if errors else self.go_button).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360 if errors else 200)
