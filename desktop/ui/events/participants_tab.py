"""The "Thành phần" tab: who is invited (by rules and by hand) and at which bridge point.

The rules are part of the plan and are applied by the core when the plan is saved.
The list of invited members below comes from the database, so it shows the event as
last saved; what the officer does to it (invite more, move to another point, excuse,
take back an invitation) is written at once by :mod:`desktop.core.invitations`.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import invitations, vntext
from desktop.core.events import EventPlan, RulePlan, rule_screen_label
from desktop.core.invitations import InvitedMember, PointCount
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs
from desktop.ui.events.participant_dialogs import NEAREST_POINT, MemberPickerDialog, RuleDialog
from desktop.ui.events.plan_table import (
    PlanListModel,
    current_row,
    plan_table,
    row_shortcuts,
    section_title,
    select_row,
    selected_rows,
    split_vertically,
)
from desktop.ui.events.tab_base import PlanTab, Where
from desktop.ui.forms import ERROR_COLOUR
from desktop.ui.roster.roster_page import SEARCH_DELAY_MS
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

OVER_CAPACITY = QColor("#fde7e5")
EXCUSED = QColor("#e4e4e4")

INVITED_COLUMNS: list[Column[InvitedMember]] = [
    Column("seq", N_("STT"), None, alignment=RIGHT, width=44),
    Column("name", N_("Họ và tên"), lambda m: m.full_name, width=180),
    Column("birth", N_("Ngày sinh"), lambda m: vntext.format_date(m.date_of_birth), alignment=CENTER, width=86),
    Column("position", N_("Chức vụ"), lambda m: tr(m.position_label), width=96),
    Column("unit", N_("Đơn vị"), lambda m: m.unit_name, width=200),
    Column("point", N_("Điểm cầu"), lambda m: m.bridge_point_name or tr("(chưa có)"), width=240),
    Column("how", N_("Mời theo"), lambda m: tr("Quy tắc") if m.by_rule else tr("Mời thêm"), width=74),
    Column("excused", N_("Vắng có phép (lý do)"), lambda m: m.excuse_reason if m.excused else "", width=160),
]

COUNT_COLUMNS: list[Column[PointCount]] = [
    Column("name", N_("Điểm cầu"), lambda c: c.name or tr("(chưa có điểm cầu)"), width=200),
    Column("capacity", N_("Sức chứa"), lambda c: c.capacity or "", alignment=RIGHT, width=64),
    Column("invited", N_("Mời"), lambda c: c.invited, alignment=RIGHT, width=44),
    Column("excused", N_("Vắng"), lambda c: c.excused, alignment=RIGHT, width=44),
    Column("expected", N_("Dự kiến"), lambda c: c.expected, alignment=RIGHT, width=58),
]


class ParticipantsTab(PlanTab):
    part = "rules"

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.tree = tree
        self.plan: EventPlan | None = None
        self.saved = False  # the event exists in the database (its invitations can be listed)
        self._generation = 0
        self.counts: list[PointCount] = []

        self.rule_columns: list[Column[RulePlan]] = [
            Column("seq", tr("STT"), None, alignment=RIGHT, width=44),
            Column("rule", tr("Thành phần được mời"), lambda r: rule_screen_label(r, self.tree), width=480),
            Column("point", tr("Ngồi tại điểm cầu"), self._rule_point, width=200),
        ]
        self.rule_model = PlanListModel(self.rule_columns, self)
        self.rule_table = plan_table(self.rule_model, self.rule_columns, name="rules_table", stretch="rule")
        self.rule_table.doubleClicked.connect(lambda _index: self.edit_rule())
        self.rule_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.rule_table, insert=self.add_rule, delete=self.remove_rule, activate=self.edit_rule)
        self.add_rule_button = QPushButton(tr("Thêm &quy tắc…"))
        self.add_rule_button.setToolTip(tr("Mời theo chức vụ và cấp đơn vị (phím Insert trong bảng)"))
        self.add_rule_button.clicked.connect(self.add_rule)
        self.edit_rule_button = QPushButton(tr("Sửa quy tắc…"))
        self.edit_rule_button.clicked.connect(self.edit_rule)
        self.remove_rule_button = QPushButton(tr("Xóa quy tắc"))
        self.remove_rule_button.clicked.connect(self.remove_rule)
        self.rule_message = QLabel()
        self.rule_message.setObjectName("rule_message")
        self.rule_message.setWordWrap(True)
        self.rule_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.rule_message.hide()

        self._build_invited_side()
        self._build_layout()
        self._update_buttons()

    def _build_invited_side(self) -> None:
        self.point_filter = QComboBox()
        self.point_filter.setObjectName("point_filter")
        self.session_filter = QComboBox()
        self.session_filter.setObjectName("session_filter")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("invited_search")
        self.search_edit.setPlaceholderText(tr("Tìm tên (gõ không dấu cũng được)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_invited)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.point_filter.activated.connect(lambda _i: self.refresh_invited())
        self.session_filter.activated.connect(lambda _i: self.refresh_invited())
        self.invited_count_label = QLabel()
        self.invited_count_label.setObjectName("invited_count")

        self.invited_model = ListTableModel(INVITED_COLUMNS, background=lambda m: EXCUSED if m.excused else None,
                                            tooltip=lambda m: m.excuse_reason, parent=self)
        self.invited_table = plan_table(self.invited_model, INVITED_COLUMNS, name="invited_table", multi=True,
                                        stretch="excused")
        self.invited_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row_shortcuts(self.invited_table, insert=self.invite_more, delete=self.remove_invited)

        self.count_model = ListTableModel(COUNT_COLUMNS, parent=self, tooltip=lambda c: c.name,
                                          background=lambda c: OVER_CAPACITY if c.over_capacity else None)
        self.count_table = plan_table(self.count_model, COUNT_COLUMNS, name="count_table", stretch="name")
        self.capacity_warning = QLabel()
        self.capacity_warning.setObjectName("capacity_warning")
        self.capacity_warning.setWordWrap(True)
        self.capacity_warning.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.capacity_warning.hide()

        self.invite_button = QPushButton(tr("&Mời thêm…"))
        self.invite_button.setToolTip(tr("Chọn đoàn viên trong danh sách để mời (phím Insert trong bảng)"))
        self.invite_button.clicked.connect(self.invite_more)
        self.move_button = QPushButton(tr("Chuyển điểm &cầu…"))
        self.move_button.clicked.connect(self.move_to_point)
        self.excuse_button = QPushButton(tr("&Vắng có phép…"))
        self.excuse_button.clicked.connect(self.excuse)
        self.unexcuse_button = QPushButton(tr("Hủy vắng có phép"))
        self.unexcuse_button.clicked.connect(self.withdraw_excuse)
        self.remove_invited_button = QPushButton(tr("Bỏ mời"))
        self.remove_invited_button.setToolTip(tr("Bỏ những người được mời thêm (phím Delete trong bảng)"))
        self.remove_invited_button.clicked.connect(self.remove_invited)
        self.not_saved_label = QLabel()
        self.not_saved_label.setObjectName("not_saved")
        self.not_saved_label.setWordWrap(True)
        self.not_saved_label.setStyleSheet("color: #8a5a00;")

    def _build_layout(self) -> None:
        # Rules beside the counts they lead to; the invited list below takes the full width.
        rule_buttons = QHBoxLayout()
        for button in (self.add_rule_button, self.edit_rule_button, self.remove_rule_button):
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)
        rules = QVBoxLayout()
        rules.setContentsMargins(0, 0, 0, 0)
        rules.addWidget(section_title(tr("Thành phần triệu tập (quy tắc mời)")))
        rules.addLayout(rule_buttons)
        rules.addWidget(self.rule_message)
        rules.addWidget(self.rule_table, 1)
        counts = QVBoxLayout()
        counts.setContentsMargins(0, 0, 0, 0)
        counts.addWidget(section_title(tr("Số người theo điểm cầu")))
        counts.addWidget(self.capacity_warning)
        counts.addWidget(self.count_table, 1)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(rules, 2)
        top_layout.addSpacing(12)
        top_layout.addLayout(counts, 1)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Điểm cầu:")))
        filters.addWidget(self.point_filter, 1)
        filters.addWidget(QLabel(tr("Buổi:")))
        filters.addWidget(self.session_filter)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.invited_count_label)
        actions = QHBoxLayout()
        for button in (self.invite_button, self.move_button, self.excuse_button, self.unexcuse_button,
                       self.remove_invited_button):
            actions.addWidget(button)
        actions.addStretch(1)
        invited = QWidget()
        invited_layout = QVBoxLayout(invited)
        invited_layout.setContentsMargins(0, 0, 0, 0)
        invited_layout.addWidget(section_title(tr("Người được mời")))
        invited_layout.addWidget(self.not_saved_label)
        invited_layout.addLayout(filters)
        invited_layout.addLayout(actions)
        invited_layout.addWidget(self.invited_table, 1)

        split_vertically(self, top, invited, (190, 400))

    # ------------------------------------------------------------------ plan and rules

    def set_plan(self, plan: EventPlan, tree: UnitTree) -> None:
        self.plan = plan
        self.tree = tree
        self.rule_model.set_list(plan.rules)
        self.rule_message.hide()
        select_row(self.rule_table, 0)
        self._update_buttons()

    def set_saved(self, saved: bool, dirty: bool) -> None:
        """Whether the event is in the database, and whether the plan has changed since."""
        self.saved = saved
        if not saved:
            self.not_saved_label.setText(tr("Hội nghị chưa được lưu: lưu (Ctrl+S) để áp dụng các quy tắc mời "
                                            "và xem danh sách người được mời."))
        elif dirty:
            self.not_saved_label.setText(tr("Danh sách theo lần lưu gần nhất; lưu (Ctrl+S) để áp dụng các thay đổi "
                                            "về quy tắc mời và điểm cầu."))
        self.not_saved_label.setVisible(not saved or dirty)
        self._update_buttons()

    def _rule_point(self, rule: RulePlan) -> str:
        point = self.plan.bridge_point(rule.bridge_point_id) if rule.bridge_point_id and self.plan else None
        return point.name if point else tr("Điểm cầu gần nhất")

    def _update_buttons(self) -> None:
        has_rule = current_row(self.rule_table) >= 0
        self.edit_rule_button.setEnabled(has_rule)
        self.remove_rule_button.setEnabled(has_rule)
        chosen = self.selected_invited()
        self.invite_button.setEnabled(self.saved)
        for button in (self.move_button, self.excuse_button):
            button.setEnabled(self.saved and bool(chosen))
        self.unexcuse_button.setEnabled(self.saved and any(m.excused for m in chosen))
        self.remove_invited_button.setEnabled(self.saved and any(not m.by_rule for m in chosen))
        for widget in (self.point_filter, self.session_filter, self.search_edit):
            widget.setEnabled(self.saved)

    def add_rule(self) -> None:
        if self.plan is None:
            return
        dialog = RuleDialog(self.plan, self.tree, parent=self)
        if dialog.exec() and dialog.result_rule is not None:
            self.rule_model.insert(len(self.plan.rules), dialog.result_rule)
            select_row(self.rule_table, len(self.plan.rules) - 1)
            self.changed.emit()

    def edit_rule(self) -> None:
        row = current_row(self.rule_table)
        if self.plan is None or row < 0:
            return
        dialog = RuleDialog(self.plan, self.tree, self.plan.rules[row], parent=self)
        if dialog.exec() and dialog.result_rule is not None:
            self.plan.rules[row] = dialog.result_rule
            self.rule_model.row_changed(row)
            self.changed.emit()

    def remove_rule(self) -> None:
        row = current_row(self.rule_table)
        if self.plan is None or row < 0:
            return
        self.rule_model.remove(row)
        select_row(self.rule_table, min(row, len(self.plan.rules) - 1))
        self.changed.emit()

    def mark_problems(self, rows: dict[int, str]) -> None:
        self.rule_model.set_problems(rows)

    def show_problem(self, where: Where, message: str) -> None:
        if where.index is not None:
            select_row(self.rule_table, where.index)
        self.rule_message.setText(message)
        self.rule_message.show()
        self.rule_table.setFocus()

    # ------------------------------------------------------------------ invited members

    def refresh_invited(self) -> None:
        """Read the invited list and the counts again (in the worker)."""
        self._search_timer.stop()
        if not self.saved or self.plan is None:
            self.invited_model.set_rows([])
            self.count_model.set_rows([])
            self.invited_count_label.clear()
            self.capacity_warning.hide()
            return
        self._generation += 1
        generation = self._generation
        db, event_id = self._db, self.plan.id
        point_id, session_id = self.point_filter.currentData(), self.session_filter.currentData()
        search = self.search_edit.text()

        def job(_state):
            return (invitations.list_invited(db, event_id, point_id, session_id, search),
                    invitations.count_by_point(db, event_id))

        self._worker.run(job, on_success=lambda result: self._show_invited(generation, *result), parent=self,
                         label=tr("Đang đọc danh sách người được mời…"), show_progress=False)

    def _show_invited(self, generation: int, invited: list[InvitedMember], counts: list[PointCount]) -> None:
        if generation != self._generation:
            return
        keep = {m.invitation_id for m in self.selected_invited()}
        self.invited_model.set_rows(invited)
        for row, member in enumerate(invited):
            if member.invitation_id in keep:
                self.invited_table.selectionModel().select(
                    self.invited_model.index(row, 0),
                    self.invited_table.selectionModel().SelectionFlag.Select
                    | self.invited_table.selectionModel().SelectionFlag.Rows)
        self.counts = counts
        self.count_model.set_rows(counts)
        self._fill_filters(counts)
        excused = sum(1 for m in invited if m.excused)
        text = (trn("%n người, {excused} vắng có phép", len(invited)).format(excused=excused) if excused
                else trn("%n người", len(invited)))
        self.invited_count_label.setText(text)
        over = [c for c in counts if c.over_capacity]
        self.capacity_warning.setText("\n".join(
            tr("⚠ {name}: dự kiến {expected} người, vượt sức chứa {capacity}.").format(
                name=c.name, expected=c.expected, capacity=c.capacity) for c in over))
        self.capacity_warning.setVisible(bool(over))
        self._update_buttons()

    def _fill_filters(self, counts: list[PointCount]) -> None:
        """Points as saved (the list shows the saved event) and the plan's sessions."""
        def refill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
            keep = combo.currentData()
            combo.clear()
            combo.addItem(all_text, None)
            for item_id, text in items:
                combo.addItem(text, item_id)
            combo.setCurrentIndex(max(0, combo.findData(keep)))

        refill(self.point_filter, tr("Tất cả điểm cầu"), [(c.bridge_point_id, c.name) for c in counts if c.bridge_point_id])
        refill(self.session_filter, tr("Tất cả các buổi"), [(s.id, s.screen_label) for s in self.plan.sorted_sessions()])

    def selected_invited(self) -> list[InvitedMember]:
        return [self.invited_model.row_at(row) for row in selected_rows(self.invited_table)]

    def _points(self) -> list[tuple[str, str]]:
        return [(c.bridge_point_id, c.name) for c in self.counts if c.bridge_point_id]

    def _run(self, job, label: str) -> None:
        self._worker.run(job, on_success=lambda _result: self.refresh_invited(), parent=self, label=label)

    def invite_more(self) -> None:
        if not self.saved:
            return
        dialog = MemberPickerDialog(self._db, self._worker, self.tree, self._points(), parent=self)
        if not dialog.exec():
            return
        db, event_id, ids, point = self._db, self.plan.id, dialog.chosen_ids, dialog.bridge_point_id()
        self._worker.run(lambda _state: invitations.invite_members(db, event_id, ids, point),
                         on_success=self._invited, parent=self, label=tr("Đang mời…"))

    def _invited(self, added: int) -> None:
        if added == 0:
            dialogs.inform(self, tr("Mời thêm"), tr("Những người đã chọn đều đã có trong danh sách mời."))
        self.refresh_invited()

    def move_to_point(self) -> None:
        chosen = self.selected_invited()
        if not chosen:
            return
        points = self._points()
        names = [tr(NEAREST_POINT)] + [name for _id, name in points]
        current = next((i + 1 for i, (point_id, _name) in enumerate(points)
                        if point_id == chosen[0].bridge_point_id), 0)
        question = (tr("Chuyển {name} đến điểm cầu:").format(name=chosen[0].full_name) if len(chosen) == 1
                    else trn("Chuyển %n người đã chọn đến điểm cầu:", len(chosen)))
        picked = dialogs.ask_choice(self, tr("Chuyển điểm cầu"), question, names, current)
        if picked is None:
            return
        point_id = points[picked - 1][0] if picked > 0 else None
        db, ids = self._db, [m.invitation_id for m in chosen]
        self._run(lambda _state: invitations.set_bridge_point(db, ids, point_id), tr("Đang chuyển điểm cầu…"))

    def excuse(self) -> None:
        chosen = self.selected_invited()
        if not chosen:
            return
        question = (tr("Lý do vắng có phép của {name}:").format(name=chosen[0].full_name) if len(chosen) == 1
                    else trn("Lý do vắng có phép của %n người đã chọn:", len(chosen)))
        reason = dialogs.ask_text(self, tr("Vắng có phép"), question,
                                  chosen[0].excuse_reason if len(chosen) == 1 else "")
        if reason is None:
            return
        db, ids = self._db, [m.invitation_id for m in chosen]
        self._run(lambda _state: invitations.set_excused(db, ids, reason), tr("Đang ghi vắng có phép…"))

    def withdraw_excuse(self) -> None:
        chosen = [m for m in self.selected_invited() if m.excused]
        if not chosen:
            return
        db, ids = self._db, [m.invitation_id for m in chosen]
        self._run(lambda _state: invitations.set_excused(db, ids, None), tr("Đang ghi…"))

    def remove_invited(self) -> None:
        chosen = self.selected_invited()
        if not chosen:
            return
        by_hand = [m for m in chosen if not m.by_rule]
        if not by_hand:
            dialogs.inform(self, tr("Bỏ mời"), tr("Những người đã chọn được mời theo quy tắc thành phần: "
                                                  "hãy sửa quy tắc, hoặc đánh dấu vắng có phép."))
            return
        question = (tr("Bỏ mời {name}?").format(name=by_hand[0].full_name) if len(by_hand) == 1
                    else trn("Bỏ mời %n người được mời thêm?", len(by_hand)))
        skipped = len(chosen) - len(by_hand)
        if not dialogs.confirm(self, tr("Bỏ mời"), question, confirm_text=tr("Bỏ mời"), cancel_text=tr("Không"),
                               informative=trn("%n người được mời theo quy tắc sẽ vẫn ở lại.", skipped)
                               if skipped else ""):
            return
        db, ids = self._db, [m.invitation_id for m in by_hand]
        self._run(lambda _state: invitations.remove_invitations(db, ids), tr("Đang bỏ mời…"))
