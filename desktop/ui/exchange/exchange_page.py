"""The "Gửi / Nhận" screen: report packages between offices (issue 8).

Five tabs: "Gửi gói" (make a signed, optionally encrypted package and deliver it),
"Nhận gói" (check, preview, import, receipts), "Lịch sử" (every package made or read
here), "Đơn vị gửi / khóa" (other offices' keys and open conflicts) and "Theo dõi đơn
vị" (which subordinate unit sent its package for each event, who is late). The page reads
what the tabs show in one worker job (:func:`load_state`) whenever it is shown and
after anything that changes it; the tabs do their own work in the worker too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.bundles import bundle_history, open_conflicts
from desktop.core.events import EventSummary, list_events
from desktop.core.signing import KnownKey, known_keys, own_key
from desktop.db.engine import Database
from desktop.db.models import BundleLog, SyncConflict
from desktop.i18n import tr
from desktop.ui.exchange.board_tab import BoardTab
from desktop.ui.exchange.history_tab import HistoryTab
from desktop.ui.exchange.keys_tab import KeysTab
from desktop.ui.exchange.receive_tab import ReceiveTab
from desktop.ui.exchange.send_tab import SendTab, delivery_module
from desktop.ui.worker import DatabaseWorker


@dataclass
class ExchangeState:
    own_fingerprint: str
    unit_code: str
    events: list[EventSummary]
    keys: list[KnownKey]
    history: list[BundleLog]
    conflicts: list[SyncConflict]
    last_acknowledged: datetime | None
    mail_settings: object = None
    drives: list | None = field(default=None)

    @property
    def recipients(self) -> list[KnownKey]:
        """Offices a package can be encrypted for: registered (trusted) with a box key."""
        return [k for k in self.keys if not k.own and k.trusted and k.box_public_key]


def load_state(db: Database, *, with_drives: bool = True) -> ExchangeState:
    """Everything the tabs show, read in one go (in the worker)."""
    from desktop.core.units import load_tree

    fingerprint = own_key(db).fingerprint  # made on first use: a write, hence here
    tree = load_tree(db)
    home = tree.by_id.get(tree.home_id or "")
    history = bundle_history(db)
    acknowledged = [r.created_at for r in history if r.direction == "out" and r.acknowledged_at is not None]
    state = ExchangeState(fingerprint, home.code if home else "", list_events(db), known_keys(db), history,
                          open_conflicts(db), max(acknowledged, default=None))
    delivery = delivery_module()
    state.mail_settings = delivery.mail_settings(db)
    if with_drives:
        state.drives = delivery.removable_drives()
    return state


class ExchangePage(QWidget):
    # Records came in from another office: members, units and events may have changed.
    imported = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._generation = 0
        self._key_to_select: str | None = None
        self.state: ExchangeState | None = None

        title = QLabel("<h2>{title}</h2>".format(title=tr("Gửi / Nhận gói báo cáo")))
        self.send_tab = SendTab(db, worker)
        self.receive_tab = ReceiveTab(db, worker)
        self.history_tab = HistoryTab()
        self.keys_tab = KeysTab(db, worker)
        self.board_tab = BoardTab(db, worker)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchange_tabs")
        self.tabs.addTab(self.send_tab, tr("Gửi gói"))
        self.tabs.addTab(self.receive_tab, tr("Nhận gói"))
        self.tabs.addTab(self.history_tab, tr("Lịch sử"))
        self.tabs.addTab(self.keys_tab, tr("Đơn vị gửi / khóa"))
        self.tabs.addTab(self.board_tab, tr("Theo dõi đơn vị"))

        self.send_tab.sent.connect(lambda _sent: self.refresh(with_drives=False))
        self.send_tab.export_key_requested.connect(self.keys_tab.export_key)
        self.receive_tab.imported.connect(lambda: self.refresh(with_drives=False))
        self.receive_tab.imported.connect(self.imported.emit)
        self.receive_tab.receipt_read.connect(lambda: self.refresh(with_drives=False))
        self.receive_tab.keys_requested.connect(self.show_key)
        # Reading a package from an unknown sender records its key (untrusted).
        self.receive_tab.examined.connect(lambda: self.refresh(with_drives=False))
        self.keys_tab.keys_changed.connect(self._keys_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self, *, with_drives: bool = True) -> None:
        """Read again what the tabs show (in the worker); USB drives too unless told not."""
        self._generation += 1
        generation, db = self._generation, self._db
        self._worker.run(lambda _state: load_state(db, with_drives=with_drives),
                         on_success=lambda state: self._show(generation, state), parent=self,
                         label=tr("Đang đọc dữ liệu gửi / nhận…"), show_progress=False)
        self.board_tab.refresh()  # read now if it is the tab on show, else when it is opened

    def _show(self, generation: int, state: ExchangeState) -> None:
        if generation != self._generation:
            return
        self.state = state
        self.send_tab.show_state(events=state.events, recipients=state.recipients,
                                 own_fingerprint=state.own_fingerprint, unit_code=state.unit_code,
                                 last_acknowledged=state.last_acknowledged, mail_settings=state.mail_settings,
                                 drives=state.drives)
        self.history_tab.show_rows(state.history)
        self.keys_tab.show_state(own_fingerprint=state.own_fingerprint, keys=state.keys, conflicts=state.conflicts)
        if self._key_to_select is not None:
            self.keys_tab.select_key(self._key_to_select)
            self._key_to_select = None

    def show_key(self, fingerprint: str) -> None:
        """The keys tab with the key of ``fingerprint`` selected (to check and trust it)."""
        self.tabs.setCurrentWidget(self.keys_tab)
        self.keys_tab.select_key(fingerprint)
        self._key_to_select = fingerprint  # the key may be newer than the list: select it again once read
        self.refresh(with_drives=False)

    def _keys_changed(self) -> None:
        self.refresh(with_drives=False)
        self.receive_tab.recheck()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Another screen may have added an event, a stick may have been plugged in.
        if self.state is not None:
            self.refresh()
