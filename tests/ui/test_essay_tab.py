"""The "Bài thu hoạch" tab of the event page: the register and a file dropped on a row,
lateness against the deadline, the requirement's errors, a folder matched to members and
linked by hand, the "forward" checkbox, filters, the figures per unit and their export,
opening and reading an essay, and the grading and similarity dialogs opened on demand."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from PySide6.QtCore import QDate, QDateTime, QMimeData, QPointF, Qt, QTime, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from desktop import cli
from desktop.core import essays, events
from desktop.core.essays import EssayRules, GradeInput
from desktop.core.invitations import list_invited
from desktop.db.engine import Database
from desktop.ui import dialogs
from desktop.ui.essays import essay_tab, folder_dialog
from desktop.ui.essays.essay_tab import EssayTab
from desktop.ui.essays.folder_dialog import MemberChooser
from desktop.ui.forms import ERROR_COLOUR, WARNING_COLOUR
from tests.core.essay_files import write_docx, write_pdf, write_txt

PARAGRAPHS = ["Qua học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh, bản thân tôi nhận thức sâu sắc hơn về trách "
              "nhiệm của đoàn viên thanh niên trong giai đoạn mới.",
              "Tôi cam kết tham gia ít nhất hai công trình thanh niên mỗi năm và vận động đoàn viên cùng làm."]


@pytest.fixture
def demo(tmp_path):
    """The demo database: units, 200 members and a conference with 20 invited."""
    path = tmp_path / "demo.sqlite3"
    assert cli.main(["--db", str(path), "demo", "--members", "200"]) == 0
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture
def event_id(demo) -> str:
    return events.list_events(demo)[0].id


@pytest.fixture
def invited(demo, event_id):
    return list_invited(demo, event_id)


@pytest.fixture
def tab(demo, event_id, worker, qtbot, wait_idle) -> EssayTab:
    essay_page = EssayTab(demo, worker)
    qtbot.addWidget(essay_page)
    essay_page.resize(1280, 760)
    essay_page.show()
    essay_page.set_event(event_id)
    wait_idle()
    return essay_page


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, [c.key for c in model.columns].index(key)).data(role)


def row_of(tab: EssayTab, member_id: str) -> int:
    return next(n for n in range(tab.model.rowCount()) if tab.model.row_at(n).member_id == member_id)


def live_essays(db, event_id) -> dict[str, tuple]:
    """member id → (file name, on paper, received on, forward) of the live essays."""
    with db.engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(
            "SELECT member_id, file_name, on_paper, received_on, forward FROM essays "
            "WHERE event_id = ? AND deleted_at IS NULL", (event_id,))}


def drop_files(view, row: int, paths) -> None:
    """Drag ``paths`` over row ``row`` of ``view`` and drop them, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = view.visualRect(view.model().index(row, 1)).center()
    action, buttons, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = view.viewport()
    enter = QDragEnterEvent(point, action, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, action, mime, buttons, keys)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(point), action, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)


def test_before_the_first_save_the_tab_asks_to_save(demo, worker, qtbot):
    essay_page = EssayTab(demo, worker)
    qtbot.addWidget(essay_page)
    essay_page.set_event(None)
    assert essay_page.pages.currentWidget() is essay_page.unsaved_page
    title = essay_page.unsaved_page.findChild(QLabel, "essays_unsaved_title")
    assert title.text() == "Lưu hội nghị để theo dõi bài thu hoạch"
    with qtbot.waitSignal(essay_page.save_requested, timeout=1000):
        next(b for b in essay_page.unsaved_page.findChildren(QPushButton)
             if b.text() == "Lưu hội nghị").click()


def test_a_docx_dropped_on_a_missing_row_hands_the_essay_in(tab, demo, event_id, invited, tmp_path, wait_idle,
                                                            message_boxes):
    model = tab.model
    assert model.rowCount() == 20 and tab.count_label.text() == "20 người"
    assert {cell(model, r, "state") for r in range(20)} == {"Chưa nộp"}
    assert cell(model, 0, "state", Qt.ItemDataRole.ForegroundRole) == QColor(ERROR_COLOUR)
    assert tab.requirements.is_open  # nothing set yet: the requirement is the first thing to see
    assert "Chưa nộp" not in tab.headline.text() and "chưa nộp <b>20</b>" in tab.headline.text()

    member = invited[3]
    row = row_of(tab, member.member_id)
    drop_files(tab.table, row, [write_docx(tmp_path / "bai cua toi.docx", PARAGRAPHS)])
    wait_idle()

    row = row_of(tab, member.member_id)
    assert cell(model, row, "state") == "Đã nộp" and cell(model, row, "file") == "Word"
    assert cell(model, row, "received") == date.today().strftime("%d/%m/%Y")
    assert int(cell(model, row, "words")) > 40
    assert cell(model, row, "forward", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked  # a secretary
    assert tab.selected_row().member_id == member.member_id  # the row handed in stays selected
    assert tab.notice.isVisible() and member.full_name in tab.notice.text() and "«bai cua toi.docx»" in \
        tab.notice.text() and "chữ" in tab.notice.text()
    assert live_essays(demo, event_id)[member.member_id][:2] == ("bai cua toi.docx", 0)
    assert "đã nộp <b>1/20</b>".lower() in tab.headline.text().lower()

    # Not an essay file: refused, nothing recorded.
    other = invited[4]
    sheet = tmp_path / "danh sach.xlsx"
    sheet.write_bytes(b"PK")
    drop_files(tab.table, row_of(tab, other.member_id), [sheet])
    wait_idle()
    assert message_boxes.shown[-1][0] == "warn" and "danh sach.xlsx" in message_boxes.shown[-1][2]
    assert other.member_id not in live_essays(demo, event_id)
    # Two files on one row: one essay per person.
    drop_files(tab.table, row_of(tab, other.member_id), [tmp_path / "bai cua toi.docx", sheet])
    assert "Mỗi người một bài" in message_boxes.shown[-1][2]
    # Dropped on a row that has an essay: the officer is asked first, and may keep the old one.
    message_boxes.confirm_answer = False
    drop_files(tab.table, row_of(tab, member.member_id), [write_txt(tmp_path / "moi.txt", PARAGRAPHS)])
    wait_idle()
    assert message_boxes.shown[-1][0] == "confirm" and "Thay bằng tệp «moi.txt»" in message_boxes.shown[-1][2]
    assert live_essays(demo, event_id)[member.member_id][0] == "bai cua toi.docx"


def test_an_essay_after_the_deadline_is_late(tab, demo, event_id, invited, wait_idle):
    panel = tab.requirements
    panel.deadline_check.setChecked(True)
    yesterday = date.today() - timedelta(days=1)
    panel.deadline_edit.setDateTime(QDateTime(QDate(yesterday.year, yesterday.month, yesterday.day), QTime(17, 0)))
    assert panel.dirty and panel.state_label.text() == "Có thay đổi chưa lưu."
    panel.save_button.click()
    wait_idle()
    assert essays.load_rules(demo, event_id).deadline == datetime.combine(yesterday, datetime.min.time()).replace(
        hour=17)
    assert panel.state_label.text() == "✔ Đã lưu yêu cầu." and f"hạn {yesterday:%d/%m/%Y} 17:00" in \
        panel.line.text()

    member = invited[0]
    tab.select_member(member.member_id)
    tab.paper_button.click()  # handed in on paper today, after yesterday's deadline
    wait_idle()
    row = row_of(tab, member.member_id)
    assert cell(tab.model, row, "state") == "Nộp muộn" and cell(tab.model, row, "file") == "Bản giấy"
    assert cell(tab.model, row, "state", Qt.ItemDataRole.ForegroundRole) == QColor(WARNING_COLOUR)
    assert "(nộp muộn)" in tab.notice.text()
    # Received the day before, recorded today: on time.
    tab.received_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    other = invited[1]
    tab.select_member(other.member_id)
    tab.paper_button.click()
    wait_idle()
    assert cell(tab.model, row_of(tab, other.member_id), "state") == "Đã nộp"
    assert live_essays(demo, event_id)[other.member_id][2] == yesterday.isoformat()
    tab.filter_combo.setCurrentText("Nộp muộn")
    assert [tab.model.row_at(r).member_id for r in range(tab.model.rowCount())] == [member.member_id]


def test_a_bad_requirement_shows_the_error_and_saves_nothing(tab, demo, event_id, wait_idle):
    panel = tab.requirements
    assert [row[0] for row in panel.scale_model.rows] == ["Tốt", "Khá", "Đạt", "Chưa đạt"]
    for _ in range(4):  # the whole scale removed with its button
        panel.scale_table.view.selectRow(0)
        panel.scale_table.remove_button.click()
    assert panel.scale_model.rowCount() == 0
    panel.save_button.click()
    wait_idle()
    message = panel.messages.label("scale")
    assert message.isVisible() and "Thang xếp loại cần ít nhất 2 mức" in message.text()
    assert panel.state_label.text().startswith("Chưa lưu") and ERROR_COLOUR in panel.state_label.styleSheet()
    assert essays.load_rules(demo, event_id) is None

    # A rubric whose score is not a number is refused before the core is asked.
    panel.scale_model.set_rows([["Đạt", ""], ["Chưa đạt", ""]])
    panel.rubric_table.add_button.click()
    model = panel.rubric_model
    model.setData(model.index(0, 0), "Nhận thức")
    model.setData(model.index(0, 1), "mười")
    panel.save_button.click()
    wait_idle()
    assert "phải là một số" in panel.messages.label("rubric").text()
    assert essays.load_rules(demo, event_id) is None

    # Fixed, with the band of "Đạt" and only secretaries writing: saved, and the register follows.
    model.setData(model.index(0, 1), "10")
    panel.scale_model.setData(panel.scale_model.index(0, 1), "5")
    panel.by_position_radio.setChecked(True)
    panel.save_button.click()
    wait_idle()
    assert "Chọn ít nhất một chức vụ" in panel.messages.label("positions").text()
    panel.position_checks["secretary"].setChecked(True)
    panel.save_button.click()
    wait_idle()
    rules = essays.load_rules(demo, event_id)
    assert (rules.scale, [(c.name, c.max_score) for c in rules.rubric], rules.bands, rules.positions) == \
        (["Đạt", "Chưa đạt"], [("Nhận thức", 10.0)], [5.0], ["secretary"])
    assert not panel.messages.label("rubric").isVisible()
    assert tab.model.rowCount() == 8 and {tab.model.row_at(r).position for r in range(8)} == {"secretary"}
    assert [c.header for c in tab.summary_model.columns][6:8] == ["Đạt", "Chưa đạt"]


def test_a_folder_is_matched_linked_by_hand_and_imported(tab, demo, event_id, invited, tmp_path, qtbot, wait_idle,
                                                         monkeypatch, message_boxes):
    folder = tmp_path / "bai thu hoach"
    folder.mkdir()
    first, second, by_hand = invited[2], invited[5], invited[9]
    write_docx(folder / f"BTH_{first.full_name.replace(' ', '')}.docx", PARAGRAPHS)
    write_pdf(folder / f"{second.full_name} - chi doan.pdf", PARAGRAPHS)
    write_txt(folder / "bai cua ban Tuan.txt", PARAGRAPHS)
    (folder / "ghi chu.xlsx").write_bytes(b"PK")

    tab.import_folder(folder)
    dialog = tab.folder_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    wait_idle()
    matched = {dialog.matched_model.row_at(r).full_name for r in range(dialog.matched_model.rowCount())}
    assert matched == {first.full_name, second.full_name}
    assert dialog.unmatched_model.rowCount() == 1 and dialog.skipped_model.rowCount() == 1
    assert cell(dialog.unmatched_model, 0, "file") == "bai cua ban Tuan.txt"
    assert cell(dialog.unmatched_model, 0, "reason") == "tên tệp không khớp ai trong danh sách"
    assert dialog.result_tabs.currentIndex() == 1  # what needs the officer comes first
    assert dialog.apply_button.text() == "&Nhập 2 bài"

    # Linked by hand to someone already matched: refused; then to the right person.
    picks = iter([first, by_hand])
    asked = []
    monkeypatch.setattr(folder_dialog, "ask_member", lambda _parent, people, title, **kw: asked.append(
        (len(people), title)) or next(picks))
    dialog.unmatched_table.selectRow(0)
    dialog.link_button.click()
    assert "đã có tệp" in message_boxes.shown[-1][2] and not dialog.links
    dialog.link_button.click()
    assert asked[0] == (20, "Tệp «bai cua ban Tuan.txt» là bài của ai?")
    assert dialog.links == {"bai cua ban Tuan.txt": by_hand.member_id}
    assert cell(dialog.unmatched_model, 0, "linked") == f"{by_hand.full_name} ({by_hand.unit_name})"
    assert dialog.apply_button.text() == "&Nhập 3 bài" and dialog.unlink_button.isEnabled()

    dialog.received_edit.setDate(QDate(2026, 12, 10))
    dialog.apply_button.click()
    wait_idle()
    assert message_boxes.shown[-1][0] == "inform" and "Đã nhập 3 bài thu hoạch" in message_boxes.shown[-1][2]
    assert tab.folder_dialog is None
    recorded = live_essays(demo, event_id)
    assert {m: recorded[m][0] for m in recorded} == {
        first.member_id: f"BTH_{first.full_name.replace(' ', '')}.docx",
        second.member_id: f"{second.full_name} - chi doan.pdf", by_hand.member_id: "bai cua ban Tuan.txt"}
    assert {recorded[m][2] for m in recorded} == {"2026-12-10"}
    assert {cell(tab.model, row_of(tab, m), "state") for m in recorded} == {"Đã nộp"}


def test_the_member_chooser_searches_without_tones(invited, qtbot, type_text):
    chooser = MemberChooser(invited, "Chọn")
    qtbot.addWidget(chooser)
    assert chooser.model.rowCount() == 20
    type_text(chooser.search_edit, "Hương")
    names = {chooser.model.row_at(r).full_name for r in range(chooser.model.rowCount())}
    assert names == {m.full_name for m in invited if "Hương" in m.full_name} and len(names) == 3
    chooser.search_edit.setText("huong thpt")  # no tones, and part of the unit's name
    assert [chooser.model.row_at(r).full_name for r in range(chooser.model.rowCount())] == ["Châu Thanh Hương"]
    chooser.search_edit.setText("thpt")
    assert {chooser.model.row_at(r).unit_name for r in range(chooser.model.rowCount())} == \
        {"Đoàn trường THPT Cầu Ngang A"}
    assert chooser.chosen() is chooser.model.row_at(0) and chooser.ok_button.isEnabled()


def test_forward_filters_figures_and_export(tab, demo, event_id, invited, tmp_path, wait_idle, monkeypatch,
                                           message_boxes, type_text):
    secretary = next(m for m in invited if m.position == "secretary")
    member = next(m for m in invited if m.position == "member")
    for person in (secretary, member):
        essays.add_essay(demo, event_id, person.member_id, write_docx(tmp_path / f"{person.member_id}.docx",
                                                                        PARAGRAPHS), received_on=date(2026, 12, 9))
    tab.refresh()
    wait_idle()
    model = tab.model
    index = model.index(row_of(tab, secretary.member_id), [c.key for c in model.columns].index("forward"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.index(row_of(tab, invited[0].member_id) if invited[0] not in (secretary, member) else 1,
                           index.column()).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle()
    assert live_essays(demo, event_id)[secretary.member_id][3] == 0
    assert cell(model, row_of(tab, secretary.member_id), "forward", Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked

    tab.filter_combo.setCurrentText("Chưa nộp")
    assert model.rowCount() == 18 and tab.count_label.text() == "18/20 người"
    assert {cell(model, r, "state") for r in range(18)} == {"Chưa nộp"}
    tab.filter_combo.setCurrentText("Chưa chấm")
    assert model.rowCount() == 2
    tab.filter_combo.setCurrentText("Gửi tỉnh")
    assert model.rowCount() == 0  # the secretary was just taken off, the ordinary member never was
    tab.filter_combo.setCurrentText("Tất cả")
    type_text(tab.search_edit, "Hương")
    tab._search_timer.timeout.emit()
    assert model.rowCount() == 3 and tab.count_label.text() == "3/20 người"
    tab.search_edit.setText("huong thpt")
    tab._search_timer.timeout.emit()
    assert [model.row_at(r).full_name for r in range(model.rowCount())] == ["Châu Thanh Hương"]
    tab.search_edit.clear()

    summary = tab.summary_model
    total = summary.rowCount() - 1
    assert cell(summary, total, "unit") == "Tổng cộng" and cell(summary, total, "unit", Qt.ItemDataRole.FontRole).bold()
    assert [cell(summary, total, k) for k in ("required", "received", "late", "missing", "graded", "forwarded")] == \
        ["20", "2", "0", "18", "0", "0"]
    assert sum(int(cell(summary, r, "required")) for r in range(total)) == 20
    essays.grade_essay(demo, live_essay_id(demo, event_id, member.member_id), GradeInput(grade="Khá"))
    tab.refresh()
    wait_idle()
    assert cell(summary, summary.rowCount() - 1, "grade_1") == "1" and summary.columns[7].header == "Khá"
    assert cell(model, row_of(tab, member.member_id), "grade") == "Khá"

    target = tmp_path / "tong hop.xlsx"
    monkeypatch.setattr(dialogs, "choose_xlsx_to_save", lambda _parent, _title, suggested: target)
    tab.export_button.click()
    wait_idle()
    assert message_boxes.shown[-1][0] == "inform" and "tong hop.xlsx" in message_boxes.shown[-1][2]
    book = openpyxl.load_workbook(target)
    missing_names = {value for row in book["Chưa nộp"].iter_rows(values_only=True) for value in row}
    assert {m.full_name for m in invited} - missing_names == {secretary.full_name, member.full_name}


def live_essay_id(db, event_id, member_id) -> str:
    return next(r.essay_id for r in essays.essay_register(db, event_id) if r.member_id == member_id)


def test_open_read_and_remove_an_essay(tab, demo, event_id, invited, tmp_path, wait_idle, monkeypatch,
                                       message_boxes):
    writer, photographer = invited[0], invited[1]
    source = write_docx(tmp_path / "Bài thu hoạch.docx", PARAGRAPHS)
    essays.add_essay(demo, event_id, writer.member_id, source)
    photo = tmp_path / "anh chup.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    essays.add_essay(demo, event_id, photographer.member_id, photo)
    tab.refresh()
    wait_idle()

    opened = []
    monkeypatch.setattr(essay_tab, "open_file", lambda path: opened.append(path) or True)
    tab.select_member(writer.member_id)
    assert tab.open_button.isEnabled() and tab.read_button.isEnabled()
    tab.open_button.click()
    wait_idle()
    assert opened[-1].name == "Bài thu hoạch.docx" and opened[-1].read_bytes() == source.read_bytes()
    assert opened[-1].parent != source.parent

    tab.read_button.click()
    wait_idle()
    reader = tab.reader
    assert reader.isVisible() and "công trình thanh niên" in reader.text_edit.toPlainText()
    assert reader.text_edit.isReadOnly()
    reader.reject()

    tab.select_member(photographer.member_id)
    assert cell(tab.model, row_of(tab, photographer.member_id), "file") == "Ảnh chụp"
    tab.read_button.click()
    wait_idle()
    reader = tab.reader
    assert reader.no_text.isVisible() and "ảnh chụp" in reader.no_text.text()
    reader.open_button.click()
    wait_idle()
    assert opened[-1].name == "anh chup.jpg"
    reader.reject()

    message_boxes.confirm_answer = True
    tab.remove_button.click()
    wait_idle()
    assert message_boxes.shown[-1][0] == "confirm" and photographer.full_name in message_boxes.shown[-1][2]
    assert photographer.member_id not in live_essays(demo, event_id)
    assert cell(tab.model, row_of(tab, photographer.member_id), "state") == "Chưa nộp"
    assert tab.notice.text() == f"Đã xóa bài thu hoạch của {photographer.full_name}."


def test_grading_and_similarity_open_their_dialogs_and_the_register_follows(tab, demo, event_id, invited, tmp_path,
                                                                           wait_idle, monkeypatch):
    essays.save_rules(demo, event_id, EssayRules(double_marking=True))
    member = invited[0]
    essay_id = essays.add_essay(demo, event_id, member.member_id, write_docx(tmp_path / "a.docx", PARAGRAPHS))
    essays.add_essay(demo, event_id, invited[1].member_id, write_docx(tmp_path / "b.docx", PARAGRAPHS))
    tab.refresh()
    wait_idle()
    opened = {}

    class GradingDialog(QDialog):
        def __init__(self, db, worker, essay_id_, parent=None, *, event_id=None):
            super().__init__(parent)
            opened["grading"] = (db, essay_id_, event_id)

    class SimilarityDialog(QDialog):
        def __init__(self, db, worker, event_id_, parent=None):
            super().__init__(parent)
            opened["similarity"] = (db, event_id_)

    for name, dialog in (("grading_dialog", GradingDialog), ("similarity_dialog", SimilarityDialog)):
        module = types.ModuleType(f"desktop.ui.essays.{name}")
        setattr(module, dialog.__name__, dialog)
        monkeypatch.setitem(sys.modules, module.__name__, module)

    tab.select_member(member.member_id)
    tab.grade_button.click()
    assert opened["grading"] == (demo, essay_id, event_id) and tab.grading_dialog.isVisible()
    # The dialog saves two marks that disagree, then closes: the register shows them.
    essays.grade_essay(demo, essay_id, GradeInput(grade="Khá"), marker=1)
    essays.grade_essay(demo, essay_id, GradeInput(grade="Tốt"), marker=2)
    tab.grading_dialog.accept()
    wait_idle()
    row = row_of(tab, member.member_id)
    assert cell(tab.model, row, "grade") == "Khá / Tốt — cần thống nhất"
    assert cell(tab.model, row, "grade", Qt.ItemDataRole.ForegroundRole) == QColor(WARNING_COLOUR)
    assert tab.selected_row().member_id == member.member_id

    assert tab.similarity_button.isEnabled()  # two essays with text
    tab.similarity_button.click()
    assert opened["similarity"] == (demo, event_id)
    essays.run_similarity(demo, event_id)  # the same text twice
    tab.similarity_dialog.reject()
    wait_idle()
    assert cell(tab.model, row_of(tab, member.member_id), "copy") == "1 cặp cần xem"
    tab.filter_combo.setCurrentText("Nghi sao chép")
    assert tab.model.rowCount() == 2



def test_the_real_grading_and_similarity_dialogs_open_from_the_tab(tab, demo, event_id, invited, tmp_path,
                                                                   wait_idle):
    from desktop.ui.essays.grading_dialog import GradingDialog
    from desktop.ui.essays.similarity_dialog import SimilarityDialog

    for member, name in ((invited[0], "a.docx"), (invited[1], "b.docx")):
        essays.add_essay(demo, event_id, member.member_id, write_docx(tmp_path / name, PARAGRAPHS))
    tab.refresh()
    wait_idle()
    tab.select_member(invited[0].member_id)
    tab.grade_button.click()
    wait_idle()
    assert isinstance(tab.grading_dialog, GradingDialog) and tab.grading_dialog.isVisible()
    tab.grading_dialog.reject()
    wait_idle()
    assert tab.grading_dialog is None
    tab.similarity_button.click()
    wait_idle()
    assert isinstance(tab.similarity_dialog, SimilarityDialog) and tab.similarity_dialog.isVisible()
    tab.similarity_dialog.reject()
    wait_idle()
    assert tab.similarity_dialog is None


def test_enter_and_delete_keys_on_the_register(tab, demo, event_id, invited, tmp_path, wait_idle, monkeypatch,
                                               qtbot, message_boxes):
    member = invited[6]
    chosen = write_txt(tmp_path / "bai.txt", PARAGRAPHS)
    asked = []
    monkeypatch.setattr(essay_tab, "choose_essay_file", lambda _parent, title: asked.append(title) or chosen)
    tab.select_member(member.member_id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # no essay yet: Enter asks for the file
    wait_idle()
    assert asked == [f"Chọn tệp bài thu hoạch của {member.full_name}"]
    assert live_essays(demo, event_id)[member.member_id][0] == "bai.txt"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # now Enter reads it
    wait_idle()
    assert "công trình thanh niên" in tab.reader.text_edit.toPlainText()
    tab.reader.reject()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts of the table work in its own window
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    wait_idle()
    assert message_boxes.shown[-1][0] == "confirm" and member.member_id not in live_essays(demo, event_id)
