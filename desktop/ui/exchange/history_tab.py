"""The "Lịch sử" tab: every package made or read here, newest first
(:func:`desktop.core.bundles.bundle_history`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.db.models import BundleLog
from desktop.i18n import N_, tr, trn
from desktop.ui.events.plan_table import plan_table
from desktop.ui.exchange.texts import local_time, log_counts_summary, log_status_label, scope_summary
from desktop.ui.table_models import Column, ListTableModel

WAITING_BACKGROUND = QColor("#fff4d6")


def _unit(row: BundleLog) -> str:
    if row.direction == "out":
        return tr("Đơn vị này")
    name, code = row.sender_unit_name, row.sender_unit_code
    return f"{name} ({code})" if code else (name or tr("Đơn vị chưa rõ tên"))


def _counts(row: BundleLog) -> str:
    if row.status == "quarantined":
        return tr("chưa nhập gì")
    return log_counts_summary(row.direction, row.counts)


def _status(row: BundleLog) -> str:
    label = log_status_label(row.status)
    if row.status == "acknowledged" and row.acknowledged_at is not None:
        label += f" ({local_time(row.acknowledged_at)})"
    return label


HISTORY_COLUMNS: list[Column[BundleLog]] = [
    Column("direction", N_("Gửi/nhận"), lambda r: tr("Gửi đi") if r.direction == "out" else tr("Nhận về"), width=72),
    Column("time", N_("Thời gian"), lambda r: local_time(r.logged_at or r.created_at), width=128),
    Column("unit", N_("Đơn vị gửi"), _unit, width=200),
    Column("status", N_("Trạng thái"), _status, width=235),
    Column("counts", N_("Số bản ghi"), _counts, width=310),
    Column("file", N_("Tệp"), lambda r: r.file_name, width=220),
]


def _background(row: BundleLog) -> QColor | None:
    return WAITING_BACKGROUND if row.status == "quarantined" else None


def _tooltip(row: BundleLog) -> str:
    return "\n".join([_counts(row).capitalize(),
                      tr("Nội dung: {scope}").format(scope=scope_summary(row.scope)),
                      tr("Tạo lúc {time}").format(time=local_time(row.created_at)),
                      tr("Mã gói: {id}").format(id=row.id)])


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ListTableModel(HISTORY_COLUMNS, parent=self, background=_background, tooltip=_tooltip)
        self.table = plan_table(self.model, HISTORY_COLUMNS, name="history_table", stretch="file")
        self.empty_state = QLabel(tr("Chưa gửi hay nhận gói nào trên máy này."))
        self.empty_state.setObjectName("history_empty")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setStyleSheet("color: #555; font-size: 11pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.count_label = QLabel()
        self.count_label.setObjectName("history_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.stack, 1)

    def show_rows(self, rows: list[BundleLog]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_state)
        sent = sum(1 for r in rows if r.direction == "out")
        waiting = sum(1 for r in rows if r.status == "sent")
        received = len(rows) - sent
        if sent and received:
            text = trn("Đã gửi %n gói, nhận {received} gói.", sent).format(received=received)
        elif sent:
            text = trn("Đã gửi %n gói.", sent)
        elif received:
            text = trn("Đã nhận %n gói.", received)
        else:
            text = ""
        if waiting:
            text += " " + trn("%n gói gửi đi chưa có biên nhận.", waiting)
        self.count_label.setText(text)
