"""DoanDesk in English: the compiled catalogue is current, the language switch works both
ways, it is a setting, and no screen an English-reading officer opens shows Vietnamese
words of ours (the data here is in plain ASCII, so any Vietnamese seen is the program's)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop import i18n, i18n_catalog
from desktop.core import events, members, units
from desktop.core.events import BridgePointPlan, EventPlan, SessionPlan, TopicPlan
from desktop.core.settings import UI_LANGUAGE, get_setting
from desktop.ui.backup_dialog import BackupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.roster.member_dialog import MemberDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.translations import install_language


@pytest.fixture
def english(app):
    assert install_language(app, i18n.ENGLISH) == i18n.ENGLISH
    yield app
    install_language(app, i18n.VIETNAMESE)


def test_compiled_catalogue_matches_the_translation_file(tmp_path):
    if not i18n_catalog.lrelease_path().exists():
        pytest.skip("PySide6 lrelease not installed")
    rebuilt = tmp_path / "doandesk_en.qm"
    i18n_catalog.build_qm(rebuilt)
    assert rebuilt.read_bytes() == i18n_catalog.QM_FILE.read_bytes(), (
        "resources/translations/doandesk_en.qm is stale: run `uv run python -m desktop.i18n_catalog build`")


def test_switching_language_changes_our_texts_and_qt_buttons(english, qtbot):
    assert i18n.current_language() == i18n.ENGLISH
    assert i18n.tr("Cài đặt") == "Settings"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    install_language(english, i18n.VIETNAMESE)
    assert i18n.tr("Cài đặt") == "Cài đặt"
    vietnamese_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(vietnamese_box)
    assert vietnamese_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_an_unknown_language_falls_back_to_vietnamese(app):
    assert install_language(app, "fr") == i18n.VIETNAMESE
    assert i18n.current_language() == i18n.VIETNAMESE


def test_language_is_chosen_in_the_settings_dialog(demo_db, app, qtbot, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENVIRONMENT, raising=False)
    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(0) == "Giao diện"
    combo = dialog.fields[UI_LANGUAGE.key]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tiếng Việt", "English"]
    combo.setCurrentIndex(combo.findData("en"))
    assert dialog.save()
    assert get_setting(demo_db, UI_LANGUAGE) == "en"
    assert i18n.stored_language(demo_db.path) == "en"


# --- every screen in English ---------------------------------------------------------------


def _ascii_office(db) -> str:
    """An office whose own data has no Vietnamese letters; returns a conference's id."""
    home = units.setup_home_office(db, name="Test District Union", code="TD", level="district",
                                   parent_name="Test Province Union", parent_code="TP")
    school = units.create_unit(db, "TD-01", "Alpha School Union", "grassroots", home.id)
    branch = units.create_unit(db, "TD-01-01", "Class 10A", "branch", school.id)
    for name in ("Nguyen Van An", "Tran Thi Binh", "Le Van Cuong"):
        members.create_member(db, members.MemberInput.from_full_name(name, branch_id=branch.id))
    day = date.today() + timedelta(days=5)
    plan = EventPlan("Study conference 2026", "study_conference", home.id,
                     sessions=[SessionPlan(day, "morning", topics=[TopicPlan("Topic one", "Speaker A")])],
                     bridge_points=[BridgePointPlan("Hall A", "district", home.id, platform="Zoom")])
    return events.save_event_plan(db, plan)


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can read on ``root`` and its visible children."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found.append((name + " tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QLineEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabWidget):
            found.extend((name + " tab", widget.tabText(i)) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QComboBox):
            found.extend((name + " item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            found.extend((name + " item", widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found.extend((name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                         for c in range(model.columnCount()))
            for row in range(min(model.rowCount(), 20)):
                found.extend((name + " cell", str(model.index(row, c).data() or ""))
                             for c in range(model.columnCount()))
    found.extend(("action", action.text()) for action in root.findChildren(QAction))
    return found


# Vietnamese that is data rather than the program's words: the Union's grade names (saved
# with a conference's rules and printed in its documents), the default lines of its
# documents, names of things, and the examples of what to type in a field, which are
# Vietnamese because the data is.
DATA_PHRASES = sorted({
    "Chưa đạt", "Tốt", "Khá", "Đạt", "Cầu truyền hình VNPT", "Thanh niên Việt Nam", "Tiếng Việt",
    "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Ban Tuyên giáo Tỉnh đoàn", "Thường trực Huyện đoàn", "Lưu VP"}, key=len, reverse=True)
EXAMPLE = re.compile(r"\b(e\.g\.|For example:) .*")


def _program_words(text: str) -> str:
    text = EXAMPLE.sub("", text)
    for phrase in DATA_PHRASES:
        text = text.replace(phrase, "")
    return text


def _vietnamese(texts: list[tuple[str, str]]) -> list[str]:
    return sorted({f"{where}: {text[:90]!r}" for where, text in texts
                   if i18n_catalog.has_vietnamese(_program_words(text))})


def test_every_screen_speaks_english(english, db, worker, qtbot, wait_idle):
    event_id = _ascii_office(db)
    window = MainWindow(db, worker)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_idle()
    seen: list[tuple[str, str]] = []
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        wait_idle()
        seen.extend((f"screen {row}: {where}", text) for where, text in _texts(window))
    window.open_event(event_id)
    wait_idle()
    editor_tabs = [tabs for tabs in window.findChildren(QTabWidget) if tabs.isVisibleTo(window)]
    for tabs in editor_tabs:
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                wait_idle()
                seen.extend((f"event tab {tabs.tabText(index)}: {where}", text) for where, text in _texts(window))
    for open_dialog in (lambda: SettingsDialog(db, window), lambda: BackupDialog(db, worker, window),
                        lambda: MemberDialog(db, worker, units.load_tree(db), parent=window)):
        dialog = open_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle()
        tabs = dialog.findChild(QTabWidget)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            seen.extend((f"{type(dialog).__name__}: {where}", text) for where, text in _texts(dialog))
        dialog.close()
    assert {text for _where, text in seen} >= {"Overview", "Settings…", "Members", "Interface"}
    leftovers = _vietnamese(seen)
    assert leftovers == [], f"{len(leftovers)} Vietnamese texts on English screens:\n" + "\n".join(leftovers[:80])
