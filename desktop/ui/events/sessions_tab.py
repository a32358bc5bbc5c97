"""The "Buổi & chuyên đề" tab: the sessions (buổi) and the programme of each.

The sessions table stays in time order (the order the core saves and reports them in),
so the row numbers match those of the core's messages ("Buổi 2 …"). A briefing series
is a list of meetings each hosted by a unit: for that kind the table adds the host and
who receives the rotating flag at each meeting (the next host, from
:meth:`~desktop.core.events.EventPlan.flag_handovers`).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.errors import ValidationError
from desktop.core.events import PART_HOURS, SESSION_PARTS, EventPlan, SessionPlan, TopicPlan
from desktop.core.units import UnitTree
from desktop.i18n import N_, tr, trn
from desktop.ui import dialogs
from desktop.ui.events.fields import FormBinder, UnitCombo, combo_of, time_edit
from desktop.ui.events.plan_table import (
    PlanListModel,
    current_row,
    plan_table,
    row_shortcuts,
    section_title,
    select_row,
    split_vertically,
)
from desktop.ui.events.tab_base import PlanTab, Where
from desktop.ui.forms import DateLineEdit, FieldMessages
from desktop.ui.table_models import CENTER, LEFT, RIGHT, AnyIndex, Column

BRIEFING_ONLY = ("host", "flag")


def hours_text(session: SessionPlan) -> str:
    start = session.start_time.strftime("%H:%M") if session.start_time else "?"
    end = session.end_time.strftime("%H:%M") if session.end_time else "?"
    return f"{start} – {end}"


def next_slot(plan: EventPlan) -> tuple[date, str]:
    """Where a new session most likely goes: the afternoon after a morning, else the
    next morning (conferences run morning and afternoon, day after day)."""
    last = plan.sorted_sessions()[-1] if plan.sessions else None
    if last is None:
        return date.today(), "morning"
    if last.part == "morning":
        return last.day, "afternoon"
    return last.day + timedelta(days=1), "morning"


class TopicModel(QAbstractTableModel):
    """The topics of one session, edited in place (title and speaker)."""

    HEADERS = (N_("STT"), N_("Chuyên đề"), N_("Người trình bày"))
    WIDTHS = (44, 420, 240)

    def __init__(self, on_edit, parent=None):
        super().__init__(parent)
        self._topics: list[TopicPlan] = []
        self._on_edit = on_edit

    def set_topics(self, topics: list[TopicPlan]) -> None:
        self.beginResetModel()
        self._topics = topics
        self.endResetModel()

    def insert(self, position: int, topic: TopicPlan) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._topics.insert(position, topic)
        self.endInsertRows()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._topics[position]
        self.endRemoveRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._topics)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._topics):
            return None
        topic = self._topics[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (str(index.row() + 1), topic.title, topic.speaker)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(RIGHT)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        topic = self._topics[index.row()]
        attribute = "title" if index.column() == 1 else "speaker"
        if getattr(topic, attribute) == value:
            return False
        setattr(topic, attribute, str(value))
        self.dataChanged.emit(index, index)
        self._on_edit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section == 0 else LEFT)
        return None


class CellDelegate(QStyledItemDelegate):
    """The usual cell editor, remembered so that a save can take in what is being typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.open_editor: QWidget | None = None
        self.closeEditor.connect(self._closed)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        self.open_editor = super().createEditor(parent, option, index)
        return self.open_editor

    def _closed(self, editor, _hint) -> None:
        if editor is self.open_editor:
            self.open_editor = None

    def commit_open_editor(self) -> None:
        """Write the text of a cell still being edited to the model, and close the editor."""
        editor = self.open_editor
        if editor is not None:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class SessionsTab(PlanTab):
    part = "sessions"

    def __init__(self, tree: UnitTree, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: EventPlan | None = None
        self.tree = tree
        self._next_host: dict[str, str | None] = {}
        self._shown_part = "morning"  # the part the form showed before an edit, to move the usual hours
        self._reordering = False

        self.columns: list[Column[SessionPlan]] = [
            Column("seq", tr("STT"), None, alignment=RIGHT, width=44),
            Column("day", tr("Ngày"), lambda s: vntext.format_date(s.day), alignment=CENTER, width=92),
            Column("part", tr("Buổi"), lambda s: tr(SESSION_PARTS.get(s.part, s.part)), width=60),
            Column("hours", tr("Giờ"), hours_text, alignment=CENTER, width=110),
            Column("topics", tr("Số chuyên đề"), lambda s: len(s.topics), alignment=RIGHT, width=100),
            Column("title", tr("Tên buổi"), lambda s: s.title, width=220),
            Column("host", tr("Đơn vị đăng cai"), self._host_name, width=230),
            Column("flag", tr("Nhận cờ luân lưu"), self._flag_receiver, width=230),
        ]
        self.model = PlanListModel(self.columns, self)
        self.table = plan_table(self.model, self.columns, name="sessions_table", stretch="title")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._session_selected())
        row_shortcuts(self.table, insert=self.add_session, delete=self.remove_session,
                      activate=lambda: self.day_edit.setFocus())

        self.add_button = QPushButton(tr("Thêm &buổi"))
        self.add_button.setToolTip(tr("Thêm buổi (phím Insert trong bảng)"))
        self.add_button.clicked.connect(self.add_session)
        self.remove_button = QPushButton(tr("Xóa buổi"))
        self.remove_button.setToolTip(tr("Xóa buổi đang chọn (phím Delete trong bảng)"))
        self.remove_button.clicked.connect(self.remove_session)

        self.messages = FieldMessages(grow_window=False)
        self.binder = FormBinder(self.messages, self)
        self.day_edit = DateLineEdit()
        self.part_combo = combo_of(SESSION_PARTS)
        self.start_edit = time_edit()
        self.end_edit = time_edit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Không bắt buộc; ví dụ: Giao ban quý I"))
        self.host_combo = UnitCombo(tree, empty_text="")
        self.binder.date("day", self.day_edit, label=tr("Ngày"), required=True)
        self.binder.choice("part", self.part_combo)
        self.binder.time("start_time", self.start_edit)
        self.binder.time("end_time", self.end_edit)
        self.binder.text("title", self.title_edit)
        self.binder.unit("host_unit_id", self.host_combo)
        self.binder.edited.connect(self._session_edited)

        m = self.messages
        hours_box = QWidget()
        hours = QHBoxLayout(hours_box)
        hours.setContentsMargins(0, 0, 0, 0)
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel(tr("đến")))
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow(tr("&Ngày:"), m.wrap("day", self.day_edit))
        self.form.addRow(tr("Buổi:"), m.wrap("part", self.part_combo))
        self.form.addRow(tr("Giờ:"), m.wrap("hours", hours_box, "start_time", "end_time"))
        self.form.addRow(tr("Tên buổi:"), m.wrap("title", self.title_edit))
        self._host_row = m.wrap("host_unit_id", self.host_combo)
        self.form.addRow(tr("Đơn vị đăng cai:"), self._host_row)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.topic_model = TopicModel(self._topic_edited, self)
        self.topic_table = plan_table(self.topic_model, [], name="topics_table")
        self.topic_delegate = CellDelegate(self.topic_table)
        self.topic_table.setItemDelegate(self.topic_delegate)
        self.topic_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for column, width in enumerate(TopicModel.WIDTHS):
            self.topic_table.setColumnWidth(column, width)
        self.topic_table.horizontalHeader().setStretchLastSection(False)
        self.topic_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.topic_messages = QLabel()
        self.topic_messages.setObjectName("topic_message")
        self.topic_messages.setWordWrap(True)
        self.topic_messages.setStyleSheet("color: #b3261e;")
        self.topic_messages.hide()
        row_shortcuts(self.topic_table, insert=self.add_topic, delete=self.remove_topic)
        self.add_topic_button = QPushButton(tr("Thêm c&huyên đề"))
        self.add_topic_button.setToolTip(tr("Thêm chuyên đề vào buổi đang chọn (phím Insert trong bảng chuyên đề)"))
        self.add_topic_button.clicked.connect(self.add_topic)
        self.remove_topic_button = QPushButton(tr("Xóa chuyên đề"))
        self.remove_topic_button.clicked.connect(self.remove_topic)
        self.topics_title = section_title(tr("Chương trình (chuyên đề) của buổi"))

        self._build_layout()
        self._session_selected()

    def _build_layout(self) -> None:
        # The sessions take the whole width (a briefing series adds two columns); under
        # them, the selected session's form beside its programme.
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(section_title(tr("Các buổi")))
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)

        form_box = QVBoxLayout()
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.addWidget(section_title(tr("Buổi đang chọn")))
        form_box.addLayout(self.form)
        form_box.addStretch(1)
        topic_buttons = QHBoxLayout()
        topic_buttons.addWidget(self.add_topic_button)
        topic_buttons.addWidget(self.remove_topic_button)
        topic_buttons.addStretch(1)
        topics = QVBoxLayout()
        topics.setContentsMargins(0, 0, 0, 0)
        topics.addWidget(self.topics_title)
        topics.addLayout(topic_buttons)
        topics.addWidget(self.topic_messages)
        topics.addWidget(self.topic_table, 1)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(form_box, 2)
        bottom_layout.addSpacing(12)
        bottom_layout.addLayout(topics, 5)

        split_vertically(self, top, bottom, (250, 300))

    # ------------------------------------------------------------------ plan

    def set_plan(self, plan: EventPlan, tree: UnitTree) -> None:
        # The same event saved again keeps its row; another event starts at the top.
        keep = current_row(self.table) if self.plan is not None and self.plan.id == plan.id else 0
        self.plan = plan
        self.tree = tree
        self.host_combo.set_tree(tree)
        plan.sessions.sort(key=_session_order)
        self.binder.pending.clear()
        self.binder.part = None
        self._refresh_handovers()
        self.model.set_list(plan.sessions)
        self.set_kind(plan.kind)
        select_row(self.table, max(keep, 0))
        self._session_selected()

    def set_kind(self, kind: str) -> None:
        briefing = kind == "briefing"
        for number, column in enumerate(self.columns):
            if column.key in BRIEFING_ONLY:
                self.table.setColumnHidden(number, not briefing)
        self.form.setRowVisible(self._host_row, briefing)

    def selected_session(self) -> SessionPlan | None:
        row = current_row(self.table)
        return self.plan.sessions[row] if self.plan is not None and 0 <= row < len(self.plan.sessions) else None

    def _host_name(self, session: SessionPlan) -> str:
        unit = self.tree.by_id.get(session.host_unit_id or "")
        return unit.name if unit else ""

    def _flag_receiver(self, session: SessionPlan) -> str:
        unit = self.tree.by_id.get(self._next_host.get(session.id) or "")
        return unit.name if unit else ""

    def _refresh_handovers(self) -> None:
        self._next_host = {s.id: host for s, host in self.plan.flag_handovers()} if self.plan else {}

    # ------------------------------------------------------------------ sessions

    def _session_selected(self) -> None:
        if self._reordering:
            return
        session = self.selected_session()
        if session is not None and session is self.binder.part:
            return  # re-selected after the list was put back in time order: keep the form as typed
        self.binder.load(session)
        self._shown_part = session.part if session else "morning"
        self.topic_model.set_topics(session.topics if session else [])
        self.topic_messages.hide()
        self.remove_button.setEnabled(session is not None)
        for widget in (self.topic_table, self.add_topic_button, self.remove_topic_button):
            widget.setEnabled(session is not None)
        self.topics_title.setText(tr("Chương trình (chuyên đề) buổi {session}").format(session=session.screen_label)
                                  if session else tr("Chương trình (chuyên đề) của buổi"))

    def _session_edited(self, attribute: str) -> None:
        session = self.binder.part
        if attribute == "part":
            if (session.start_time, session.end_time) == PART_HOURS.get(self._shown_part):
                # Still the usual hours of the old part: the officer means the usual hours of the new one.
                session.start_time, session.end_time = PART_HOURS[session.part]
                self.binder.reload()
            self._shown_part = session.part
        if attribute in ("day", "part", "start_time"):
            self._keep_in_time_order(session)
        self._refresh_handovers()
        self.model.all_changed()
        self.topics_title.setText(tr("Chương trình (chuyên đề) buổi {session}").format(session=session.screen_label))
        self.changed.emit()

    def _keep_in_time_order(self, session: SessionPlan) -> None:
        ordered = sorted(self.plan.sessions, key=_session_order)
        if all(a is b for a, b in zip(ordered, self.plan.sessions)):
            return
        self.plan.sessions[:] = ordered
        self._reordering = True
        try:
            self.model.set_list(self.plan.sessions)  # also clears the red marks: their rows moved
            select_row(self.table, self.model.position_of(session))
        finally:
            self._reordering = False

    def add_session(self) -> None:
        if self.plan is None:
            return
        day, part = next_slot(self.plan)
        session = SessionPlan(day, part)
        self.plan.sessions.append(session)
        self.plan.sessions.sort(key=_session_order)
        self._refresh_handovers()
        self.model.set_list(self.plan.sessions)
        select_row(self.table, self.model.position_of(session))
        self.changed.emit()
        self.day_edit.setFocus()
        self.day_edit.selectAll()

    def remove_session(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        if session.topics and not dialogs.confirm(
                self, tr("Xóa buổi"),
                trn("Xóa buổi {session} cùng %n chuyên đề của buổi?", len(session.topics)).format(
                    session=session.screen_label),
                confirm_text=tr("Xóa"), cancel_text=tr("Không xóa")):
            return
        row = self.model.position_of(session)
        self.binder.forget(session.id)
        self.binder.part = None
        self.model.remove(row)
        # A point that named this session among those it joins must not point at nothing.
        for point in self.plan.bridge_points:
            if session.id in point.session_ids:
                point.session_ids.remove(session.id)
        self._refresh_handovers()
        self.model.all_changed()
        select_row(self.table, min(row, len(self.plan.sessions) - 1))
        self._session_selected()
        self.changed.emit()

    # ------------------------------------------------------------------ topics

    def _topic_edited(self) -> None:
        self.model.all_changed()
        self.changed.emit()

    def add_topic(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        position = len(session.topics)
        self.topic_model.insert(position, TopicPlan(""))
        self.model.all_changed()
        self.changed.emit()
        index = self.topic_model.index(position, 1)
        self.topic_table.setFocus()
        self.topic_table.setCurrentIndex(index)
        self.topic_table.edit(index)

    def remove_topic(self) -> None:
        session = self.selected_session()
        index = self.topic_table.currentIndex()
        if session is None or not index.isValid():
            return
        self.topic_model.remove(index.row())
        self.model.all_changed()
        self.changed.emit()

    # ------------------------------------------------------------------ saving

    def finish_editing(self) -> None:
        self.topic_delegate.commit_open_editor()

    def mark_problems(self, rows: dict[int, str]) -> None:
        self.model.set_problems(rows)

    def show_problem(self, where: Where, message: str) -> None:
        if where.index is None:
            return
        select_row(self.table, where.index)
        self._session_selected()
        if where.field == "topics" and where.sub_index is not None:
            self.topic_messages.setText(message)
            self.topic_messages.show()
            index = self.topic_model.index(where.sub_index, 1)
            self.topic_table.setFocus()
            self.topic_table.setCurrentIndex(index)
            return
        field = where.field or "day"
        self.messages.show(field, message)
        time_edits = {"start_time": self.start_edit, "end_time": self.end_edit}
        if field in time_edits:  # the message sits under both hours; the focus goes to the one named
            time_edits[field].setFocus()
        else:
            self.messages.focus(field)

    def pending_problems(self) -> list[ValidationError]:
        def path_of(part_id: str) -> str | None:
            position = next((i for i, s in enumerate(self.plan.sessions) if s.id == part_id), None)
            return None if position is None else f"sessions[{position}]"
        return self.binder.pending_problems(path_of)


def _session_order(session: SessionPlan) -> tuple:
    return session.day, session.start_time or time(0)
