"""The "Đơn vị gửi / khóa" tab: the keys of other offices, trusting them, key files,
and the records two offices edited at once (open conflicts).

A key becomes trusted in one of two ways, both after a person checked it: its key file
is imported (the fingerprint printed on the sender's screen is read out by phone when
the file came by an untrusted way), or a key first seen on a package is trusted here
once its fingerprint, shown in groups of four, matches what the sender reads out.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.signing import KnownKey, format_fingerprint
from desktop.db.engine import Database
from desktop.db.models import SyncConflict
from desktop.i18n import N_, tr
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import current_row, plan_table, section_title, select_row
from desktop.ui.exchange import choosers
from desktop.ui.exchange.send_tab import recipient_label
from desktop.ui.exchange.texts import DERIVED_FIELDS, field_label, local_time, table_label
from desktop.ui.table_models import Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

HINT_STYLE = "color: #555;"


def _box_label(key: KnownKey) -> str:
    if not key.box_public_key:
        return tr("Chưa được (tệp khóa cũ, thiếu khóa mã hóa)")
    return tr("Được") if key.trusted else tr("Được, sau khi tin cậy")


def _trust_label(key: KnownKey) -> str:
    return tr("Đã tin cậy") if key.trusted else tr("CHƯA tin cậy")


KEY_COLUMNS: list[Column[KnownKey]] = [
    Column("unit", N_("Đơn vị"), recipient_label, width=280),
    Column("fingerprint", N_("Dấu vân tay"), lambda k: format_fingerprint(k.fingerprint), width=340),
    Column("trusted", N_("Tin cậy?"), _trust_label, width=110),
    Column("box", N_("Gửi gói mã hóa cho đơn vị này"), lambda k: _box_label(k), width=200),
]
UNTRUSTED_BACKGROUND = QColor("#fff4d6")


def _versions(conflict: SyncConflict) -> tuple[dict, dict]:
    try:
        return json.loads(conflict.kept), json.loads(conflict.other)
    except ValueError:
        return {}, {}


def _differing(conflict: SyncConflict) -> list[str]:
    kept, other = _versions(conflict)
    skip = {"change_seq", "updated_at", "origin", "revision", "owner_unit_id", *DERIVED_FIELDS}
    return sorted(k for k in set(kept) | set(other) if k not in skip and kept.get(k) != other.get(k))


def _record_label(conflict: SyncConflict) -> str:
    """Who or what the record is: a member's name, a unit's or an event's."""
    kept, _other = _versions(conflict)
    name = " ".join(str(kept.get(k) or "") for k in ("family_name", "middle_name", "given_name")).split()
    if name:
        return " ".join(name)
    return str(kept.get("title") or kept.get("name") or kept.get("code") or conflict.record_id[:8] + "…")


def _conflict_tooltip(conflict: SyncConflict) -> str:
    kept, other = _versions(conflict)
    return "\n".join(tr("{field}: giữ «{kept}», bản kia «{other}»").format(
        field=field_label(k), kept=kept.get(k) or "", other=other.get(k) or "") for k in _differing(conflict))


def _differences_text(conflict: SyncConflict) -> str:
    """Each differing field with the version in use and the other one, for the confirmation."""
    kept, other = _versions(conflict)
    return "\n".join(tr("• {field}: đang dùng «{kept}» → bản kia «{other}»").format(
        field=field_label(k), kept=kept.get(k) or "", other=other.get(k) or "") for k in _differing(conflict))


CONFLICT_COLUMNS: list[Column[SyncConflict]] = [
    Column("table", N_("Loại bản ghi"), lambda c: table_label(c.table_name), width=130),
    Column("record", N_("Bản ghi"), _record_label, width=220),
    Column("fields", N_("Khác nhau ở"), lambda c: ", ".join(field_label(k) for k in _differing(c)), width=220),
    Column("id", N_("Mã bản ghi"), lambda c: c.record_id, width=290),
    Column("found", N_("Phát hiện lúc"), lambda c: local_time(c.found_at), width=130),
]


class KeysTab(QWidget):
    keys_changed = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.keys: list[KnownKey] = []

        self.own_label = QLabel()
        self.own_label.setObjectName("keys_own_fingerprint")
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(tr("Xuất tệp khóa…"))
        self.export_button.setToolTip(tr("Ghi khóa công khai của máy này ra tệp, để gửi cho đơn vị nhận gói"))
        self.export_button.clicked.connect(self.export_key)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_label, 1)
        own_row.addWidget(self.export_button)

        self.trust_button = QPushButton(tr("Tin cậy khóa này…"))
        self.trust_button.setObjectName("trust_button")
        self.trust_button.clicked.connect(self.trust_selected)
        self.import_button = QPushButton(tr("Nhập tệp khóa…"))
        self.import_button.setToolTip(tr("Tệp khóa (.key) một đơn vị khác đã xuất: khóa được ghi nhận là tin cậy"))
        self.import_button.clicked.connect(self.import_key_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        hint = QLabel(tr("Chỉ nhập dữ liệu từ đơn vị có khóa đã tin cậy. Trước khi tin cậy, gọi điện cho đơn vị đó "
                         "và so từng nhóm bốn ký tự của dấu vân tay."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        self.model = ListTableModel(KEY_COLUMNS, parent=self,
                                    background=lambda k: None if k.trusted else UNTRUSTED_BACKGROUND)
        self.table = plan_table(self.model, KEY_COLUMNS, name="keys_table", stretch="box")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.keys_empty = QLabel(tr("Chưa có khóa của đơn vị nào. Nhập tệp khóa đơn vị đó gửi, hoặc đọc một gói "
                                    "của họ ở tab «Nhận gói»."))
        self.keys_empty.setObjectName("keys_empty")
        self.keys_empty.setWordWrap(True)
        self.keys_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_empty.setStyleSheet("color: #555; font-size: 11pt;")
        self.keys_stack = QStackedWidget()
        self.keys_stack.addWidget(self.keys_empty)
        self.keys_stack.addWidget(self.table)

        self.conflicts_title = section_title(tr("Xung đột chưa giải quyết"))
        conflicts_hint = QLabel(tr("Hai đơn vị sửa cùng một bản ghi: chương trình đã giữ một bản theo quy tắc "
                                   "chung (mọi đơn vị giữ cùng một bản), bản kia được lưu lại ở đây."))
        conflicts_hint.setWordWrap(True)
        conflicts_hint.setStyleSheet(HINT_STYLE)
        self.conflicts_model = ListTableModel(CONFLICT_COLUMNS, parent=self, tooltip=_conflict_tooltip)
        self.conflicts_table = plan_table(self.conflicts_model, CONFLICT_COLUMNS, name="conflicts_table",
                                          stretch="id")
        self.conflicts_empty = QLabel(tr("Không có xung đột nào."))
        self.conflicts_empty.setObjectName("conflicts_empty")
        self.conflicts_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.conflicts_empty.setStyleSheet("color: #555;")
        self.conflicts_stack = QStackedWidget()
        self.conflicts_stack.addWidget(self.conflicts_empty)
        self.conflicts_stack.addWidget(self.conflicts_table)
        self.conflicts_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.keep_button = QPushButton(tr("Giữ bản đang dùng"))
        self.keep_button.setObjectName("keep_conflict_button")
        self.keep_button.setToolTip(tr("Xác nhận bản chương trình đã giữ; xung đột được đóng lại"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected("kept"))
        self.other_button = QPushButton(tr("Dùng bản kia…"))
        self.other_button.setObjectName("use_other_button")
        self.other_button.setToolTip(tr("Dùng bản kia làm bản hiện hành; bản này đi theo gói gửi lần sau tới các "
                                        "đơn vị khác"))
        self.other_button.clicked.connect(lambda: self.resolve_selected("other"))
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_button)
        conflict_buttons.addWidget(self.other_button)
        conflict_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(own_row)
        layout.addSpacing(6)
        layout.addWidget(section_title(tr("Khóa của các đơn vị khác")))
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_stack, 3)
        layout.addSpacing(6)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(conflicts_hint)
        layout.addWidget(self.conflicts_stack, 2)
        layout.addLayout(conflict_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ state from the page

    def show_state(self, *, own_fingerprint: str, keys: list[KnownKey], conflicts: list[SyncConflict]) -> None:
        self.own_label.setText(tr("Khóa của máy này: <b><tt>{fingerprint}</tt></b>").format(
            fingerprint=format_fingerprint(own_fingerprint)))
        keep = self.selected()
        self.keys = [k for k in keys if not k.own]
        # Keys still to check first: they are why an officer comes here.
        self.keys.sort(key=lambda k: (k.trusted, recipient_label(k)))
        self.model.set_rows(self.keys)
        self.keys_stack.setCurrentWidget(self.table if self.keys else self.keys_empty)
        if self.keys:
            self.select_key(keep.fingerprint if keep else self.keys[0].fingerprint)
        self.conflicts_model.set_rows(conflicts)
        self.conflicts_stack.setCurrentWidget(self.conflicts_table if conflicts else self.conflicts_empty)
        self.conflicts_title.setText(tr("Xung đột chưa giải quyết ({count})").format(count=len(conflicts))
                                     if conflicts else tr("Xung đột chưa giải quyết"))
        self._update_buttons()

    def select_key(self, fingerprint: str) -> None:
        position = next((i for i, k in enumerate(self.keys) if k.fingerprint == fingerprint), 0)
        select_row(self.table, position)

    def selected(self) -> KnownKey | None:
        row = current_row(self.table)
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def _update_buttons(self) -> None:
        key = self.selected()
        self.trust_button.setEnabled(key is not None and not key.trusted)
        conflict = self.selected_conflict()
        self.keep_button.setEnabled(conflict is not None)
        self.other_button.setEnabled(conflict is not None)

    def selected_conflict(self) -> SyncConflict | None:
        row = current_row(self.conflicts_table)
        return self.conflicts_model.row_at(row) if 0 <= row < self.conflicts_model.rowCount() else None

    # ------------------------------------------------------------------ actions

    def trust_selected(self) -> None:
        key = self.selected()
        if key is None or key.trusted:
            return
        if not dialogs.confirm(
                self, tr("Tin cậy khóa"),
                tr("Dấu vân tay khóa của «{unit}»:\n\n{fingerprint}").format(
                    unit=recipient_label(key), fingerprint=format_fingerprint(key.fingerprint)),
                confirm_text=tr("Khớp hết, tin cậy"), cancel_text=tr("Không"),
                informative=tr("Gọi điện cho đơn vị đó, nhờ họ đọc dấu vân tay trên màn hình «Gửi / Nhận» của họ "
                               "và so từng nhóm bốn ký tự. Chỉ tin cậy khi mọi nhóm đều khớp: từ đó gói của họ "
                               "được nhập vào dữ liệu của máy này.")):
            return
        from desktop.core.signing import trust_key

        db, fingerprint = self._db, key.fingerprint
        self._worker.run(lambda _state: trust_key(db, fingerprint), on_success=lambda _r: self.keys_changed.emit(),
                         parent=self, label=tr("Đang ghi nhận khóa…"))

    def resolve_selected(self, keep: str) -> None:
        """Settle the selected conflict: ``"kept"`` confirms the version in use, ``"other"`` takes the other."""
        conflict = self.selected_conflict()
        if conflict is None:
            return
        if keep == "other" and not dialogs.confirm(
                self, tr("Dùng bản kia"),
                tr("Dùng bản kia cho «{record}» ({table})?\n\n{differences}").format(
                    record=_record_label(conflict), table=table_label(conflict.table_name),
                    differences=_differences_text(conflict)),
                confirm_text=tr("Dùng bản kia"), cancel_text=tr("Không"),
                informative=tr("Bản kia trở thành bản hiện hành ở máy này và được gửi tới các đơn vị khác "
                               "cùng gói lần sau.")):
            return
        from desktop.core.bundles import resolve_conflict

        db, conflict_id = self._db, conflict.id
        # The page reads everything again on keys_changed: the settled conflict leaves the list.
        self._worker.run(lambda _state: resolve_conflict(db, conflict_id, keep),
                         on_success=lambda _r: self.keys_changed.emit(), on_failure=self._resolve_failed,
                         parent=self, label=tr("Đang giải quyết xung đột…"))

    def _resolve_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.keys_changed.emit()  # settled meanwhile, say: show the list as it is now

    def import_key_file(self) -> None:
        path = choosers.choose_file(self, tr("Chọn tệp khóa của đơn vị khác"), choosers.KEY_FILTER)
        if path is None:
            return
        from desktop.core.keyfile import trust_key_file

        db = self._db
        self._worker.run(lambda _state: trust_key_file(db, path), on_success=self._key_imported, parent=self,
                         label=tr("Đang nhập tệp khóa…"))

    def _key_imported(self, fingerprint: str) -> None:
        self.keys_changed.emit()
        dialogs.inform(self, tr("Đã nhập tệp khóa"),
                       tr("Đã tin cậy khóa có dấu vân tay:\n\n{fingerprint}").format(
                           fingerprint=format_fingerprint(fingerprint)),
                       informative=tr("Nếu tệp đến qua thư điện tử hay người trung gian, hãy gọi điện cho đơn vị đó "
                                      "để so dấu vân tay này."))

    def export_key(self) -> None:
        from desktop.core.units import load_tree

        tree = load_tree(self._db)
        home = tree.by_id.get(tree.home_id or "")
        suggested = f"khoa-{home.code}.key" if home else "khoa-doandesk.key"
        path = choosers.choose_save_file(self, tr("Xuất tệp khóa của máy này"), suggested, choosers.KEY_FILTER,
                                         ".key")
        if path is None:
            return
        from desktop.core.keyfile import export_key_file
        from desktop.core.signing import own_key

        db = self._db
        self._worker.run(lambda _state: (export_key_file(db, path), own_key(db).fingerprint),
                         on_success=lambda result: self._key_exported(*result), parent=self,
                         label=tr("Đang xuất tệp khóa…"))

    def _key_exported(self, path, fingerprint: str) -> None:
        dialogs.inform(self, tr("Đã xuất tệp khóa"),
                       tr("Đã ghi khóa công khai của máy này vào {path}.").format(path=path),
                       informative=tr("Gửi tệp cho đơn vị nhận. Khi họ gọi để so, đọc dấu vân tay: "
                                      "{fingerprint}").format(fingerprint=format_fingerprint(fingerprint)))
