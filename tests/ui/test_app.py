"""The application set-up: bundled fonts, Vietnamese texts on Qt's own buttons."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from desktop import i18n_catalog
from desktop.ui import translations
from desktop.ui.app import APP_FONT_FAMILY, register_fonts


def test_bundled_fonts_are_registered_and_used(app):
    assert {"Liberation Sans", "Liberation Serif"} <= set(register_fonts())
    assert app.font().family() == APP_FONT_FAMILY
    assert app.applicationName() == "DoanDesk"


def test_standard_buttons_speak_vietnamese(app, qtbot):
    Button = QDialogButtonBox.StandardButton  # noqa: N806 - an alias, spelled like the enum
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Close | Button.Save)
    qtbot.addWidget(box)
    texts = {button: box.button(button).text() for button in
             (Button.Ok, Button.Cancel, Button.Yes, Button.No, Button.Close, Button.Save)}
    assert texts == {Button.Ok: "Đồng ý", Button.Cancel: "Hủy", Button.Yes: "Có", Button.No: "Không",
                     Button.Close: "Đóng", Button.Save: "Lưu"}


def test_message_box_and_wizard_buttons_speak_vietnamese(app, qtbot):
    message = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Tiếp tục?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text() == "Có"
    assert message.button(QMessageBox.StandardButton.No).text() == "Không"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Hoàn tất"


def test_compiled_translation_file_matches_the_table(tmp_path):
    if not i18n_catalog.lrelease_path().exists():
        pytest.skip("PySide6 lrelease not installed")
    rebuilt = tmp_path / "qt_vi.qm"
    translations.build_qm(rebuilt)
    assert rebuilt.read_bytes() == translations.QM_FILE.read_bytes(), (
        "desktop/ui/qt_vi.qm is stale: run `uv run python -m desktop.ui.translations`")
