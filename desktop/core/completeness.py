"""The completeness board at the office that receives packages (the province): which
subordinate unit sent what, when, for which event, and what is missing or late.

A unit's package counts for an event when its scope names the event or covers the whole
office. The deadline is the event's "report due" task for that unit, or the event's
general one; a package that arrived after it is late, no package by it is missing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop.core.attendance import local_time
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.i18n import tr


@dataclass(frozen=True)
class BoardCell:
    event_id: str
    event_title: str
    state: str                 # "sent", "late", "missing", "waiting" (not due yet)
    received_at: datetime | None
    due_at: datetime | None

    @property
    def label(self) -> str:
        return {"sent": tr("Đã gửi"), "late": tr("Gửi muộn"), "missing": tr("Chưa gửi — quá hạn"),
                "waiting": tr("Chưa gửi")}[self.state]


@dataclass(frozen=True)
class BoardRow:
    unit_id: str
    unit_code: str
    unit_name: str
    packages: int
    last_received: datetime | None
    cells: list[BoardCell]


def completeness_board(db: Database, now: datetime) -> list[BoardRow]:
    """A row per unit directly under this office, a cell per event this office organises."""
    tree = load_tree(db)
    home = tree.by_id.get(tree.home_id or "")
    if home is None:
        return []
    units = tree.children.get(home.id, [])
    with db.engine.connect() as conn:
        events = conn.exec_driver_sql(
            "SELECT id, title FROM events WHERE deleted_at IS NULL AND organiser_unit_id = ? ORDER BY created_at",
            (home.id,)).all()
        tasks = conn.exec_driver_sql(
            "SELECT event_id, unit_id, due_at FROM event_tasks WHERE kind = 'report_due' AND deleted_at IS NULL").all()
        received = conn.exec_driver_sql(
            "SELECT sender_unit_code, created_at, scope, status FROM bundle_log WHERE direction = 'in' "
            "AND status = 'applied' ORDER BY created_at").all()
    due: dict[tuple[str, str | None], datetime] = {}
    for event_id, unit_id, due_at in tasks:
        due[(event_id, unit_id)] = datetime.fromisoformat(str(due_at))
    by_unit: dict[str, list[tuple[datetime, dict]]] = {}
    for code, created, scope, _status in received:
        # Packages are stamped in UTC, deadlines typed in the office's local time.
        by_unit.setdefault(code, []).append((local_time(str(created)), json.loads(scope or "{}")))
    rows = []
    for unit in units:
        packages = by_unit.get(unit.code, [])
        cells = []
        for event_id, title in events:
            deadline = due.get((event_id, unit.id)) or due.get((event_id, None)) or due.get((event_id, home.id))
            covering = [when for when, scope in packages if not scope.get("events") or event_id in scope["events"]]
            first = min(covering) if covering else None
            if first is not None:
                state = "late" if deadline is not None and first > deadline else "sent"
            else:
                state = "missing" if deadline is not None and now > deadline else "waiting"
            cells.append(BoardCell(event_id, title, state, first, deadline))
        rows.append(BoardRow(unit.id, unit.code, unit.name, len(packages),
                             max((when for when, _ in packages), default=None), cells))
    return rows
