"""What every tab of the event page offers the page: show a plan, report edits, and go
to the place a save error names; and, for the tabs that work on the saved event's
records (:class:`SavedEventTab`), the page they show before the event's first save and
their reads in the worker.

The core names the culprit of each error by a path into the plan
(``sessions[1].end_time``, ``rules[0]``, ``title``); :func:`parse_where` splits it so
the page can pick the tab and the tab the row and field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.errors import ValidationError
from desktop.core.events import EventPlan
from desktop.core.units import UnitTree
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui.worker import DatabaseWorker

_WHERE = re.compile(r"^(?P<part>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<field>\w+))?(?:\[(?P<sub>\d+)\])?"
                    r"(?:\.(?P<sub_field>\w+))?$")


@dataclass(frozen=True)
class Where:
    """``sessions[0].topics[1].title`` → part "sessions", index 0, field "topics",
    sub_index 1, sub_field "title". A field of the event itself has no index."""

    part: str
    index: int | None = None
    field: str | None = None
    sub_index: int | None = None
    sub_field: str | None = None


def parse_where(path: str | None) -> Where | None:
    match = _WHERE.match(path or "")
    if match is None:
        return None
    number = lambda name: int(match[name]) if match[name] is not None else None  # noqa: E731
    if match["index"] is None:  # a field of the event: "title", "organiser_unit_id"
        return Where("event", field=match["part"])
    return Where(match["part"], number("index"), match["field"], number("sub"), match["sub_field"])


class PlanTab(QWidget):
    """Base of the tabs; see the module docstring."""

    changed = Signal()  # the officer edited the plan
    part = ""  # the plan list this tab edits ("sessions"); "event" for the event's own fields

    def set_plan(self, plan: EventPlan, tree: UnitTree) -> None:
        raise NotImplementedError

    def finish_editing(self) -> None:
        """Take in what is still being typed in a table cell (a save is about to read the plan)."""

    def show_problem(self, where: Where, message: str) -> None:
        """Select the row, put the message under the field and the focus in it."""

    def mark_problems(self, rows: dict[int, str]) -> None:
        """Tint the rows a save complained about (row → message); empty clears."""

    def pending_problems(self) -> list[ValidationError]:
        """Dates typed but unreadable, which the plan could not hold."""
        return []


class TableFormTab(PlanTab):
    """A tab with a table of the plan's ``part`` list and a form for the selected row
    (``self.model``, ``self.table``, ``self.messages``, ``self.binder``, ``self.plan``):
    the save-problem handling is the same for all of them."""

    first_field = ""  # where the focus goes when an error names the row but no field

    def mark_problems(self, rows: dict[int, str]) -> None:
        self.model.set_problems(rows)

    def show_problem(self, where: Where, message: str) -> None:
        from desktop.ui.events.plan_table import select_row

        if where.index is None:
            return
        select_row(self.table, where.index)
        field = where.field or self.first_field
        self.messages.show(field, message)
        self.messages.focus(field)

    def pending_problems(self) -> list[ValidationError]:
        parts = getattr(self.plan, self.part)

        def path_of(part_id: str) -> str | None:
            position = next((i for i, part in enumerate(parts) if part.id == part_id), None)
            return None if position is None else f"{self.part}[{position}]"
        return self.binder.pending_problems(path_of)


def save_first_page(object_name: str, title: str, hint: str, on_save) -> QWidget:
    """What a tab that works on the saved event (attendance, tests) shows before the first
    save: what it is for, and a button that saves."""
    page = QWidget()
    page.setObjectName(object_name)
    title_label = QLabel(title)
    title_label.setObjectName(f"{object_name}_title")
    title_label.setStyleSheet("font-size: 14pt;")
    hint_label = QLabel(hint)
    hint_label.setWordWrap(True)
    hint_label.setStyleSheet("color: #555;")
    save = QPushButton(tr("Lưu hội nghị"))
    save.clicked.connect(on_save)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    for widget in (title_label, hint_label):
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(widget)
    layout.addWidget(save, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)
    return page


class SavedEventTab(QWidget):
    """A tab that works on the records of a saved event (attendance, test, essays, report).

    Until the event is saved once it shows :func:`save_first_page`, then its own page.
    What it shows is read in the worker with :meth:`_read_in_worker`; a read overtaken by
    a newer one, or started for another event (a subclass bumps ``_generation`` when the
    event changes), is dropped when it finishes.
    """

    save_requested = Signal()  # the empty state's "Lưu hội nghị" button

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.event_id: str | None = None
        self.event_title = ""
        self._generation = 0

    def _set_pages(self, unsaved_page: QWidget, content_page: QWidget) -> None:
        self.unsaved_page, self.content_page = unsaved_page, content_page
        self.pages = QStackedWidget()
        self.pages.addWidget(unsaved_page)
        self.pages.addWidget(content_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _show_page(self) -> None:
        self.pages.setCurrentWidget(self.content_page if self.event_id is not None else self.unsaved_page)

    def _read_in_worker(self, read: Callable[[], object], show: Callable[[object], None], label: str) -> None:
        """``read()`` in the worker (it must not touch widgets), then ``show(result)``
        here, unless another read started meanwhile."""
        self._generation += 1
        generation = self._generation

        def shown(result: object) -> None:
            if generation == self._generation:
                show(result)

        self._worker.run(lambda _state: read(), on_success=shown, parent=self, label=label, show_progress=False)
