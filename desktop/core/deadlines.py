"""Every dated duty of every event in one list: tasks (reports, questions, essays due)
and the bridge points' connection tests, with what is late shown plainly.

A connection test is done when it is recorded as passed; a task when it is marked done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core import vntext
from desktop.core.errors import NotFoundError
from desktop.core.events import TASK_KINDS
from desktop.core.records import touch
from desktop.db.engine import Database
from desktop.db.models import BridgePoint, EventTask, utcnow
from desktop.i18n import tr, trn

SOON = timedelta(days=3)


@dataclass(frozen=True)
class Deadline:
    source: str          # "task" or "connection_test"
    record_id: str       # the task or the bridge point
    event_id: str
    event_title: str
    kind: str
    title: str
    due_at: datetime
    unit_name: str
    done: bool

    def state(self, now: datetime) -> str:
        """'done', 'late', 'soon' (within three days) or 'later'."""
        if self.done:
            return "done"
        if self.due_at < now:
            return "late"
        return "soon" if self.due_at - now <= SOON else "later"

    def state_label(self, now: datetime) -> str:
        state = self.state(now)
        if state == "late":
            days = (now - self.due_at).days
            return trn("Quá hạn %n ngày", days) if days else tr("Quá hạn")
        return {"done": tr("Đã xong"), "soon": tr("Sắp đến hạn"), "later": tr("Chưa đến hạn")}[state]

    @property
    def due_label(self) -> str:
        return f"{self.due_at:%H:%M} {vntext.format_date(self.due_at.date())}"


def list_deadlines(db: Database, *, event_id: str | None = None, include_done: bool = True) -> list[Deadline]:
    """The duties of live events, earliest first."""
    event_filter = " AND e.id = ?" if event_id else ""
    params = (event_id,) if event_id else ()
    task_sql = f"""
        SELECT 'task', t.id, e.id, e.title, t.kind, t.title, t.due_at, coalesce(u.name, ''), t.done_at IS NOT NULL
        FROM event_tasks t JOIN events e ON e.id = t.event_id LEFT JOIN units u ON u.id = t.unit_id
        WHERE t.deleted_at IS NULL AND e.deleted_at IS NULL{event_filter}
    """
    test_sql = f"""
        SELECT 'connection_test', p.id, e.id, e.title, 'technical_check', p.name, p.test_at,
               u.name, coalesce(p.test_passed, 0)
        FROM bridge_points p JOIN events e ON e.id = p.event_id JOIN units u ON u.id = p.host_unit_id
        WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND p.test_at IS NOT NULL{event_filter}
    """
    result = []
    with db.engine.connect() as conn:
        for sql in (task_sql, test_sql):
            for row in conn.exec_driver_sql(sql, params):
                due = row[6] if isinstance(row[6], datetime) else datetime.fromisoformat(str(row[6]))
                if row[0] == "connection_test":
                    title = tr("Kiểm tra kết nối: {point}").format(point=row[5])
                else:
                    title = row[5] or tr(TASK_KINDS.get(row[4], row[4]))
                result.append(Deadline(row[0], row[1], row[2], row[3], row[4], title, due, row[7], bool(row[8])))
    if not include_done:
        result = [d for d in result if not d.done]
    return sorted(result, key=lambda d: (d.due_at, d.title))


def set_done(db: Database, deadline: Deadline, done: bool = True) -> None:
    """Mark a task done (or not), or record a connection test as passed (or not yet)."""
    with db.session() as session:
        if deadline.source == "task":
            task = session.get(EventTask, deadline.record_id)
            if task is None or task.deleted_at is not None:
                raise NotFoundError(tr("Không tìm thấy việc này (có thể đã bị xóa)."))
            if (task.done_at is not None) != done:
                task.done_at = utcnow() if done else None
                touch(task, session)
        else:
            point = session.get(BridgePoint, deadline.record_id)
            if point is None or point.deleted_at is not None:
                raise NotFoundError(tr("Không tìm thấy điểm cầu (có thể đã bị xóa)."))
            if bool(point.test_passed) != done:
                point.test_passed = done
                touch(point, session)
