"""版式设置: choose the layout profile, copy it, edit the copy, keep it.

Shipped profiles (GB/T 9704) are read-only: 复制 makes a unit's copy, which is
saved as a TOML file in the user's layouts folder and can be edited later.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.layout_profile import (
    LayoutProfile,
    LayoutProfiles,
    PageNumberStyle,
    RoleStyle,
    save_user_profile,
    unique_id,
)

# Shown through QCoreApplication.translate("ProfileDialog", label).
ROLE_LABELS = (
    ("title", QT_TRANSLATE_NOOP("ProfileDialog", "Title")),
    ("heading1", QT_TRANSLATE_NOOP("ProfileDialog", "Heading 1")),
    ("heading2", QT_TRANSLATE_NOOP("ProfileDialog", "Heading 2")),
    ("heading3", QT_TRANSLATE_NOOP("ProfileDialog", "Heading 3")),
    ("heading4", QT_TRANSLATE_NOOP("ProfileDialog", "Heading 4")),
    ("body", QT_TRANSLATE_NOOP("ProfileDialog", "Body text")),
)
POSITION_LABELS = (
    ("outside", QT_TRANSLATE_NOOP("ProfileDialog", "Right on odd pages, left on even pages")),
    ("center", QT_TRANSLATE_NOOP("ProfileDialog", "Centred")),
    ("right", QT_TRANSLATE_NOOP("ProfileDialog", "Right")),
    ("left", QT_TRANSLATE_NOOP("ProfileDialog", "Left")),
    ("none", QT_TRANSLATE_NOOP("ProfileDialog", "No page numbers")),
)


def _spin(low: float, high: float, step: float = 0.5, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


class ProfileDialog(QDialog):
    """Returns (exec() == Accepted) with ``chosen`` the profile to use."""

    def __init__(self, profiles: LayoutProfiles, current_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layoutProfileDialog")
        self.setWindowTitle(self.tr("Layout Settings"))
        self.profiles = profiles
        self.chosen: LayoutProfile = profiles.get(current_id) or profiles.default()
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layout:"), self))
        self.combo = QComboBox(self)
        top.addWidget(self.combo, 1)
        self.copy_button = QPushButton(self.tr("Copy as Custom Layout…"), self)
        self.copy_button.clicked.connect(self.copy_current)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.editor = QWidget(self)
        form = QVBoxLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        page = QGroupBox(self.tr("Page (mm)"), self.editor)
        page_form = QGridLayout(page)
        self.name_edit = QLineEdit(page)
        self.margins = {key: _spin(0, 150) for key in ("top_mm", "bottom_mm", "left_mm", "right_mm")}
        self.lines = QSpinBox(page)
        self.lines.setRange(1, 100)
        self.chars = QSpinBox(page)
        self.chars.setRange(1, 100)
        page_form.addWidget(QLabel(self.tr("Name")), 0, 0)
        page_form.addWidget(self.name_edit, 0, 1, 1, 3)
        margin_labels = (
            ("top_mm", self.tr("Top margin")), ("bottom_mm", self.tr("Bottom margin")),
            ("left_mm", self.tr("Left margin")), ("right_mm", self.tr("Right margin")),
        )  # fmt: skip
        for index, (key, label) in enumerate(margin_labels):
            page_form.addWidget(QLabel(label), 1 + index // 2, (index % 2) * 2)
            page_form.addWidget(self.margins[key], 1 + index // 2, (index % 2) * 2 + 1)
        page_form.addWidget(QLabel(self.tr("Lines per page")), 3, 0)
        page_form.addWidget(self.lines, 3, 1)
        page_form.addWidget(QLabel(self.tr("Characters per line")), 3, 2)
        page_form.addWidget(self.chars, 3, 3)
        form.addWidget(page)

        fonts = QGroupBox(self.tr("Fonts (sizes in points: Chinese size 2 is 22, size 3 is 16, size 4 is 14)"), self.editor)
        grid = QGridLayout(fonts)
        self.role_widgets: dict[str, tuple[QLineEdit, QDoubleSpinBox, QCheckBox]] = {}
        for row, (role, label) in enumerate(ROLE_LABELS):
            font_edit, size, bold = QLineEdit(fonts), _spin(5, 72), QCheckBox(self.tr("Bold"), fonts)
            grid.addWidget(QLabel(QCoreApplication.translate("ProfileDialog", label)), row, 0)
            grid.addWidget(font_edit, row, 1)
            grid.addWidget(size, row, 2)
            grid.addWidget(bold, row, 3)
            self.role_widgets[role] = (font_edit, size, bold)
        form.addWidget(fonts)

        numbers = QGroupBox(self.tr("Page Numbers and Signature"), self.editor)
        number_form = QFormLayout(numbers)
        self.position = QComboBox(numbers)
        for key, label in POSITION_LABELS:
            self.position.addItem(QCoreApplication.translate("ProfileDialog", label), key)
        self.number_font = QLineEdit(numbers)
        self.number_size = _spin(5, 72)
        self.inset = _spin(0, 10)
        self.signature = _spin(0, 20)
        self.date = _spin(0, 20)
        number_form.addRow(self.tr("Page number position"), self.position)
        number_form.addRow(self.tr("Page number font"), self.number_font)
        number_form.addRow(self.tr("Page number size"), self.number_size)
        number_form.addRow(self.tr("Page number inset from the text edge (characters)"), self.inset)
        number_form.addRow(self.tr("Signature right indent (characters)"), self.signature)
        number_form.addRow(self.tr("Date right indent (characters)"), self.date)
        form.addWidget(numbers)
        layout.addWidget(self.editor)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use This Layout"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fill_combo(self.chosen.id)
        self.combo.currentIndexChanged.connect(self._on_choice)
        self._on_choice()

    # -- profile <-> widgets ---------------------------------------------------------
    def _fill_combo(self, select_id: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for profile in self.profiles:
            label = self.tr("{name} (custom)") if profile.user else self.tr("{name} (built-in)")
            self.combo.addItem(label.format(name=profile.name), profile.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(select_id)))
        self.combo.blockSignals(False)

    def current(self) -> LayoutProfile:
        return self.profiles.get(self.combo.currentData()) or self.profiles.default()

    def _on_choice(self) -> None:
        profile = self.current()
        self.show_profile(profile)
        self.editor.setEnabled(profile.user)
        self.note.setText(
            self.tr("Custom layout: your changes are saved when you click “Use This Layout”.")
            if profile.user
            else self.tr("Built-in layouts cannot be changed; to adjust the margins, fonts or page number position, first use “Copy as Custom Layout”.")
        )

    def show_profile(self, profile: LayoutProfile) -> None:
        self.name_edit.setText(profile.name)
        for key, box in self.margins.items():
            box.setValue(getattr(profile, key))
        self.lines.setValue(profile.lines_per_page)
        self.chars.setValue(profile.chars_per_line)
        for role, (font_edit, size, bold) in self.role_widgets.items():
            style = profile.role(role)
            font_edit.setText(style.font)
            size.setValue(style.size)
            bold.setChecked(style.bold)
        self.position.setCurrentIndex(max(0, self.position.findData(profile.page_number.position)))
        self.number_font.setText(profile.page_number.font)
        self.number_size.setValue(profile.page_number.size)
        self.inset.setValue(profile.page_number.inset_chars)
        self.signature.setValue(profile.signature_right_chars)
        self.date.setValue(profile.date_right_chars)

    def edited(self) -> LayoutProfile:
        """The current profile with the widgets' values."""
        base = self.current()
        roles = {
            role: RoleStyle(font_edit.text().strip() or base.role(role).font, size.value(), bold.isChecked())
            for role, (font_edit, size, bold) in self.role_widgets.items()
        }
        return replace(
            base,
            name=self.name_edit.text().strip() or base.name,
            lines_per_page=self.lines.value(),
            chars_per_line=self.chars.value(),
            page_number=PageNumberStyle(
                font=self.number_font.text().strip() or base.page_number.font,
                size=self.number_size.value(),
                position=self.position.currentData(),
                inset_chars=self.inset.value(),
                gap_mm=base.page_number.gap_mm,
            ),
            signature_right_chars=self.signature.value(),
            date_right_chars=self.date.value(),
            **{key: box.value() for key, box in self.margins.items()},
            **roles,
        )

    # -- actions --------------------------------------------------------------------------
    def copy_current(self, name: str | None = None) -> LayoutProfile | None:
        base = self.current()
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Copy Layout"), self.tr("Name of the new layout:"), text=self.tr("{name} (custom)").format(name=base.name)
            )
            if not ok or not name.strip():
                return None
        copy = base.copy(unique_id("unit", self.profiles.profiles), name.strip())
        if not self._save(copy):
            return None
        self._fill_combo(copy.id)
        self._on_choice()
        return copy

    def _save(self, profile: LayoutProfile) -> bool:
        try:
            path = save_user_profile(profile)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Could Not Save the Layout"), str(error))
            return False
        self.profiles.profiles[profile.id] = replace(profile, source=str(path), user=True)
        return True

    def accept(self) -> None:
        profile = self.current()
        if profile.user:
            profile = self.edited()
            if profile.text_width_pt < 72 or profile.text_height_pt < 72:
                QMessageBox.warning(
                    self, self.tr("Margins Too Large"),
                    self.tr("The margins are too large: the text area is less than 1 inch. Please make the margins smaller."),
                )
                return
            if profile != self.current() and not self._save(profile):
                return
            profile = self.profiles.profiles[profile.id]
        self.chosen = profile
        super().accept()
