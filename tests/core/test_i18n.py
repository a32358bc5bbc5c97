"""The language switch without Qt (markers, the stored choice) and the English catalogue's
completeness: every marked text has English with the same placeholders, and no screen
shows a Vietnamese text that is not marked."""

from __future__ import annotations

import sqlite3
import textwrap
import xml.etree.ElementTree as ET

import pytest

from desktop import i18n, i18n_catalog
from desktop.core.settings import REGISTRY, UI_LANGUAGE, get_setting, set_setting
from desktop.core.errors import ValidationError


@pytest.fixture
def english_lookup():
    table = {"Đã lưu {name}.": "Saved {name}.", "Đã nhập %n đoàn viên.": ("Imported %n member.", "Imported %n members."),
             "Đoàn viên": "Member", "Đoàn viên@@screen": "Members"}

    def lookup(text: str, disambiguation: str | None, count: int) -> str:
        found = table.get(i18n_catalog.message_key(text, disambiguation), text)
        if isinstance(found, tuple):
            found = found[0 if count == 1 else 1]
        return found.replace("%n", str(count)) if count >= 0 else found

    i18n.install(lookup, i18n.ENGLISH)
    yield
    i18n.install(None, i18n.VIETNAMESE)


def test_without_a_translator_texts_stay_vietnamese():
    assert i18n.current_language() == i18n.VIETNAMESE
    assert i18n.tr("Đã lưu {name}.").format(name="A") == "Đã lưu A."
    assert i18n.trn("Đã nhập %n đoàn viên.", 3) == "Đã nhập 3 đoàn viên."
    assert i18n.N_("Điểm danh") == "Điểm danh"


def test_an_installed_translator_answers_and_can_be_removed(english_lookup):
    assert i18n.current_language() == i18n.ENGLISH
    assert i18n.tr("Đã lưu {name}.").format(name="A") == "Saved A."
    assert i18n.trn("Đã nhập %n đoàn viên.", 1) == "Imported 1 member."
    assert i18n.trn("Đã nhập %n đoàn viên.", 4) == "Imported 4 members."
    assert i18n.tr("Chưa dịch") == "Chưa dịch"  # a missing translation shows the Vietnamese text
    assert (i18n.tr("Đoàn viên"), i18n.tr("Đoàn viên", "screen")) == ("Member", "Members")


def test_settings_messages_follow_the_language(english_lookup):
    with pytest.raises(ValidationError, match="Tiếng Việt, English"):
        UI_LANGUAGE.check("fr")


def test_language_is_a_registered_setting_read_before_the_database_layer(db, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENVIRONMENT, raising=False)
    assert next(iter(REGISTRY)) == i18n.LANGUAGE_SETTING_KEY  # first in the settings dialog
    assert get_setting(db, UI_LANGUAGE) == "vi"
    assert i18n.stored_language(db.path) == "vi"
    set_setting(db, UI_LANGUAGE, "en")
    assert i18n.stored_language(db.path) == "en"
    with pytest.raises(ValidationError):
        set_setting(db, UI_LANGUAGE, "fr")
    monkeypatch.setenv(i18n.LANGUAGE_ENVIRONMENT, "vi")
    assert i18n.stored_language(db.path) == "vi"


def test_a_missing_or_damaged_database_means_vietnamese(tmp_path, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENVIRONMENT, raising=False)
    assert i18n.stored_language(tmp_path / "none.sqlite3") == "vi"
    assert i18n.stored_language(None) == "vi"
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    assert i18n.stored_language(broken) == "vi"
    old = tmp_path / "old.sqlite3"
    sqlite3.connect(old).execute("CREATE TABLE members (id)").connection.close()
    assert i18n.stored_language(old) == "vi"
    monkeypatch.setenv(i18n.LANGUAGE_ENVIRONMENT, "EN")
    assert i18n.stored_language(old) == "en"


# --- the scanner ---------------------------------------------------------------------------


def _scan(tmp_path, source: str):
    path = tmp_path / "screen.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return i18n_catalog.scan_file(path)


def test_scanner_finds_unmarked_vietnamese_and_skips_what_is_not_shown(tmp_path):
    scanner = _scan(tmp_path, '''
        """Màn hình: docstrings are not shown."""
        import logging
        from desktop.i18n import N_, tr, trn
        log = logging.getLogger(__name__)
        TITLES = {"a": N_("Điểm danh", "tab")}

        def build(label, count, name):
            log.info("Đã mở %s", name)
            label.setText(tr("Đã lưu {name}.").format(name=name))
            label.setToolTip("Chưa dịch")
            label.setStatusTip(f"Tổng số: {count}")
            label.setObjectName("Mẫu dữ liệu")  # i18n: vi
            label.setWhatsThis(trn("Đã nhập %n đoàn viên.", count, "count"))
            return "ascii only"
    ''')
    assert [(f.line, f.text) for f in scanner.unmarked] == [(11, "Chưa dịch"), (12, "f'Tổng số: {count}'")]
    assert [(source, disambiguation) for source, _numerus, _line, disambiguation in scanner.messages] == [
        ("Điểm danh", "tab"), ("Đã lưu {name}.", None), ("Đã nhập %n đoàn viên.", "count")]
    assert scanner.misuse == []


def test_scanner_refuses_lookups_at_import_and_of_f_strings(tmp_path):
    scanner = _scan(tmp_path, '''
        from desktop.i18n import tr, trn
        HEADERS = [tr("Họ và tên")]

        class Tab:
            TITLE = tr("Điểm danh")

            def show(self, name, title=tr("Mặc định")):
                return tr(f"Xin chào {name}") + trn("Có mặt", 2)
    ''')
    problems = sorted((f.line, f.problem.split(" ")[0]) for f in scanner.misuse)
    assert problems == [(3, "tr()"), (6, "tr()"), (8, "tr()"), (9, "tr()"), (9, "trn()")]


# --- the catalogue -------------------------------------------------------------------------


def test_every_screen_text_is_marked_for_translation():
    findings = i18n_catalog.unmarked_texts()
    assert findings == [], "Vietnamese texts on screens not marked with tr()/trn()/N_():\n" + "\n".join(
        map(str, findings[:40]))


def test_markers_are_used_where_the_language_is_known():
    findings = i18n_catalog.marker_misuse()
    assert findings == [], "\n".join(map(str, findings[:40]))


def test_every_marked_text_has_english_with_the_same_placeholders():
    problems = i18n_catalog.problems()
    assert problems == [], (f"{len(problems)} problems in {i18n_catalog.TS_FILE.name} (run `uv run python -m "
                            "desktop.i18n_catalog update`, then translate):\n" + "\n".join(problems[:40]))


def test_the_catalogue_holds_no_text_the_program_no_longer_uses():
    messages = i18n_catalog.collect_messages()
    in_file = {i18n_catalog.message_key(message.findtext("source"), message.findtext("comment"))
               for message in ET.parse(i18n_catalog.TS_FILE).getroot().iter("message")}
    assert in_file == set(messages)


def test_numbers_are_written_as_the_language_writes_them(english_lookup):
    assert (i18n.number_text(1234567), i18n.percent_text(71.56), i18n.percent_text(50.0)) == (
        "1,234,567", "71.6%", "50%")
    assert i18n.counted(i18n.trn("Đã nhập %n đoàn viên.", 1234), 1234) == "Imported 1,234 members."
    i18n.install(None, i18n.VIETNAMESE)
    assert (i18n.number_text(1234567), i18n.percent_text(71.56), i18n.percent_text(50.0)) == (
        "1.234.567", "71,6%", "50%")
    assert i18n.counted(i18n.trn("Đã nhập %n đoàn viên.", 1234), 1234) == "Đã nhập 1.234 đoàn viên."
    assert i18n.counted(i18n.trn("Đã nhập %n đoàn viên.", 12), 12) == "Đã nhập 12 đoàn viên."
