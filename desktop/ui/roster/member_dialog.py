"""Adding or editing one member.

The name is typed on one line; the core splits it (:meth:`MemberInput.from_full_name`)
and the split is shown live under the field, so a wrong split is seen before saving.
Rules live in the core: :func:`desktop.core.members.check_member` gives the errors that
block saving and the warnings that do not (an age outside 15–35); each is shown under
its field. A warning the officer has not yet seen turns "Lưu" into "Vẫn lưu" once, so
saving despite it is a choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import members
from desktop.core.errors import ValidationError
from desktop.core.members import GENDER_LABELS, POSITION_LABELS, STATUS_LABELS, MemberInput, MemberRecord
from desktop.core.units import UnitLevel, UnitTree
from desktop.db.engine import Database
from desktop.i18n import N_, tr
from desktop.ui.forms import DateLineEdit, FieldMessages
from desktop.ui.worker import DatabaseWorker

# Units a member can belong to: branches, and grassroots unions acting as a branch.
MEMBER_UNIT_LEVELS = (UnitLevel.GRASSROOTS, UnitLevel.BRANCH)
# What an unreadable date says (shown through tr(); {reason} is the parser's message).
DATE_FIELD_PROBLEMS = {"date_of_birth": N_("Ngày sinh không hợp lệ: {reason}"),
                       "admission_date": N_("Ngày vào Đoàn không hợp lệ: {reason}")}


def branch_choices(tree: UnitTree) -> list[tuple[str, str]]:
    """``(unit id, text)`` for every unit a member may join, in tree order, under the home unit."""
    root_ids = [tree.home_id] if tree.home_id in tree.by_id else [u.id for u in tree.roots()]
    choices: list[tuple[str, str]] = []

    def walk(unit_id: str) -> None:
        unit = tree.by_id[unit_id]
        if unit.level in MEMBER_UNIT_LEVELS:
            parent = tree.by_id.get(unit.parent_id) if unit.parent_id else None
            text = unit.name
            if unit.level == UnitLevel.BRANCH and parent is not None:
                text = f"{unit.name} – {parent.name}"  # several offices have a "Chi đoàn khóm 1"
            choices.append((unit.id, text))
        for child in tree.children.get(unit_id, []):
            walk(child.id)

    for root_id in root_ids:
        walk(root_id)
    return choices


class MemberDialog(QDialog):
    """``record=None`` adds a member (into ``default_branch_id`` if given); otherwise edits it."""

    def __init__(self, db: Database, worker: DatabaseWorker, tree: UnitTree, *, record: MemberRecord | None = None,
                 default_branch_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._record = record
        self._acknowledged_warnings: set[str] = set()
        self.saved_member_id: str | None = None
        self.setWindowTitle(tr("Sửa đoàn viên – {name}").format(name=record.full_name) if record
                            else tr("Thêm đoàn viên"))

        general = QLabel()
        self.messages = FieldMessages(general)
        self._build_fields(tree)
        self._build_layout(general)
        if record is not None:
            self._fill(record)
        elif default_branch_id:
            self._select_branch(default_branch_id)
        self._update_name_split()

    # ------------------------------------------------------------------ building

    def _build_fields(self, tree: UnitTree) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Ví dụ: Nguyễn Thị Hường"))
        self.name_edit.textChanged.connect(self._update_name_split)
        self.name_split_label = QLabel()
        self.name_split_label.setObjectName("name_split")
        self.name_split_label.setStyleSheet("color: #555;")
        self.birth_edit = DateLineEdit(allow_year_only=True)
        self.gender_combo = QComboBox()
        self.gender_combo.addItem(tr("(chưa rõ)"), None)
        for key, label in GENDER_LABELS.items():
            self.gender_combo.addItem(tr(label), key)
        self.ethnicity_edit = QLineEdit("Kinh")  # i18n: vi — the usual value, stored as written
        self.religion_edit = QLineEdit("Không")  # i18n: vi — the usual value, stored as written
        self.citizen_edit = QLineEdit()
        self.citizen_edit.setPlaceholderText(tr("12 chữ số"))
        self.citizen_edit.setMaxLength(20)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(tr("Ví dụ: 0912345678"))
        self.phone_edit.setMaxLength(20)
        self.email_edit = QLineEdit()
        self.admission_edit = DateLineEdit()
        self.card_edit = QLineEdit()
        self.card_edit.setMaxLength(32)
        self.position_combo = QComboBox()
        for key, label in POSITION_LABELS.items():
            self.position_combo.addItem(tr(label), key)
        self.position_combo.setCurrentIndex(self.position_combo.findData("member"))
        self.branch_combo = QComboBox()
        self.branch_combo.setEditable(True)
        self.branch_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.branch_combo.addItem("", "")
        for unit_id, text in branch_choices(tree):
            self.branch_combo.addItem(text, unit_id)
        self.branch_combo.setCurrentIndex(0)
        self.branch_combo.lineEdit().setPlaceholderText(tr("Gõ vài chữ trong tên chi đoàn để tìm"))
        completer = self.branch_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.status_combo = QComboBox()
        for key, label in STATUS_LABELS.items():
            self.status_combo.addItem(tr(label), key)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.setTabChangesFocus(True)

        for field, edit in (("date_of_birth", self.birth_edit), ("admission_date", self.admission_edit)):
            edit.editingFinished.connect(lambda field=field: self._check_field(field))
        for field, edit in (("citizen_id", self.citizen_edit), ("phone", self.phone_edit),
                            ("email", self.email_edit)):
            edit.editingFinished.connect(lambda field=field: self._check_field(field))

    def _build_layout(self, general: QLabel) -> None:
        m = self.messages
        name_box = QWidget()
        name_layout = QVBoxLayout(name_box)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.setSpacing(2)
        name_layout.addWidget(m.wrap("full_name", self.name_edit, "given_name", "family_name", "middle_name"))
        name_layout.addWidget(self.name_split_label)

        left = QFormLayout()
        left.addRow(tr("Họ và tên:"), name_box)
        left.addRow(tr("Ngày sinh:"), m.wrap("date_of_birth", self.birth_edit, "birth_year_only"))
        left.addRow(tr("Giới tính:"), m.wrap("gender", self.gender_combo))
        left.addRow(tr("Dân tộc:"), m.wrap("ethnicity", self.ethnicity_edit))
        left.addRow(tr("Tôn giáo:"), m.wrap("religion", self.religion_edit))
        left.addRow(tr("Số CCCD:"), m.wrap("citizen_id", self.citizen_edit))
        left.addRow(tr("Số điện thoại:"), m.wrap("phone", self.phone_edit))
        left.addRow(tr("E-mail:"), m.wrap("email", self.email_edit))

        right = QFormLayout()
        right.addRow(tr("Chi đoàn:"), m.wrap("branch", self.branch_combo, "branch_id"))
        right.addRow(tr("Chức vụ:"), m.wrap("position", self.position_combo))
        right.addRow(tr("Số thẻ đoàn viên:"), m.wrap("card_number", self.card_edit))
        right.addRow(tr("Ngày vào Đoàn:"), m.wrap("admission_date", self.admission_edit))
        right.addRow(tr("Tình trạng:"), m.wrap("status", self.status_combo))
        right.addRow(tr("Ghi chú:"), m.wrap("notes", self.notes_edit))
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        columns = QHBoxLayout()
        for form in (left, right):
            # Each form keeps its rows together at the top; spare height goes below.
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        columns.insertSpacing(1, 16)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Lưu"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(860)

    def _fill(self, record: MemberRecord) -> None:
        self.name_edit.setText(record.full_name)
        self.birth_edit.set_value(record.date_of_birth, record.birth_year_only)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(record.gender)))
        self.ethnicity_edit.setText(record.ethnicity)
        self.religion_edit.setText(record.religion)
        self.citizen_edit.setText(record.citizen_id)
        self.phone_edit.setText(record.phone)
        self.email_edit.setText(record.email)
        self.admission_edit.set_value(record.admission_date)
        self.card_edit.setText(record.card_number or "")
        self.position_combo.setCurrentIndex(max(0, self.position_combo.findData(record.position)))
        self._select_branch(record.branch_id, fallback_text=record.branch_name)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.status)))
        self.notes_edit.setPlainText(record.notes)

    def _select_branch(self, unit_id: str, fallback_text: str = "") -> None:
        position = self.branch_combo.findData(unit_id)
        if position < 0 and fallback_text:
            # The member's unit is outside the usual choices (e.g. a district-level unit): keep it.
            self.branch_combo.addItem(fallback_text, unit_id)
            position = self.branch_combo.count() - 1
        if position >= 0:
            self.branch_combo.setCurrentIndex(position)

    # ------------------------------------------------------------------ reading the form

    def _update_name_split(self) -> None:
        split = MemberInput.from_full_name(self.name_edit.text())
        if not split.given_name:
            self.name_split_label.setText(tr("Họ: …   Đệm: …   Tên: …"))
            return
        self.name_split_label.setText(tr("Họ: {family}   Đệm: {middle}   Tên: {given}").format(
            family=split.family_name or "–", middle=split.middle_name or "–", given=split.given_name))

    def _selected_branch_id(self) -> str:
        # The combo is editable (to search): trust the typed text, not a stale index.
        position = self.branch_combo.findText(self.branch_combo.currentText(), Qt.MatchFlag.MatchExactly)
        if position < 0:
            return ""
        return self.branch_combo.itemData(position) or ""

    def read_input(self) -> tuple[MemberInput, list[ValidationError]]:
        """The form as a :class:`MemberInput`, and the dates that could not be read.

        An unreadable date is left empty in the input, so the core can still check
        everything else and the officer sees every problem at once.
        """
        dates: dict[str, tuple] = {}
        unreadable: list[ValidationError] = []
        for field, edit in (("date_of_birth", self.birth_edit), ("admission_date", self.admission_edit)):
            try:
                dates[field] = edit.value()
            except ValueError as exc:
                dates[field] = (None, False)
                unreadable.append(ValidationError(tr(DATE_FIELD_PROBLEMS[field]).format(reason=exc), field))
        data = MemberInput.from_full_name(
            self.name_edit.text(),
            date_of_birth=dates["date_of_birth"][0], birth_year_only=dates["date_of_birth"][1],
            gender=self.gender_combo.currentData(),
            ethnicity=self.ethnicity_edit.text(), religion=self.religion_edit.text(),
            citizen_id=self.citizen_edit.text(), phone=self.phone_edit.text(), email=self.email_edit.text(),
            admission_date=dates["admission_date"][0], card_number=self.card_edit.text() or None,
            position=self.position_combo.currentData(), branch_id=self._selected_branch_id(),
            status=self.status_combo.currentData(), notes=self.notes_edit.toPlainText(),
        )
        return data, unreadable

    def _check_field(self, field: str) -> None:
        """As the officer leaves a field, show what the core says about that field only."""
        self.messages.clear(field)
        data, unreadable = self.read_input()
        found_errors, found_warnings = members.check_member(data.normalized())
        for problem in unreadable + found_errors:
            if problem.field == field:
                self.messages.show(field, str(problem))
                return
        for problem in found_warnings:
            if problem.field == field:
                self.messages.show(field, str(problem), "warning")
                self._acknowledged_warnings.add(str(problem))

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        self.messages.clear()
        data, unreadable = self.read_input()
        found_errors, found_warnings = members.check_member(data.normalized())
        # A date the core never saw must not also be reported as "missing" by it.
        unreadable_fields = {problem.field for problem in unreadable}
        blocking = unreadable + [e for e in found_errors if e.field not in unreadable_fields]
        for problem in found_warnings:
            if problem.field not in unreadable_fields:
                self.messages.show(problem.field, str(problem), "warning")
        for problem in blocking:
            self.messages.show(problem.field, str(problem))
        if blocking:
            self.messages.focus(blocking[0].field)
            self.save_button.setText(tr("Lưu"))
            return
        unseen = {str(w) for w in found_warnings} - self._acknowledged_warnings
        if unseen:
            self._acknowledged_warnings |= unseen
            self.save_button.setText(tr("Vẫn lưu"))
            return
        self._write(data)

    def _write(self, data: MemberInput) -> None:
        db, record = self._db, self._record

        def job(_state) -> str:
            if record is None:
                return members.create_member(db, data)
            members.update_member(db, record.id, data)
            return record.id

        self.buttons.setEnabled(False)
        self._worker.run(job, on_success=self._saved, on_failure=self._save_failed, parent=self,
                         label=tr("Đang lưu đoàn viên…"))

    def _saved(self, member_id: str) -> None:
        self.buttons.setEnabled(True)
        self.saved_member_id = member_id
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.messages.show_failure(exc, self)
