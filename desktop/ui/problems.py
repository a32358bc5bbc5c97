"""A table of the problems found in an input file, each with its sheet, row and column."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.core.errors import Problem
from desktop.i18n import N_, tr
from desktop.ui.table_models import RIGHT, Column, ListTableModel, apply_column_widths, use_one_line_rows

SEVERITY_LABELS = {"error": N_("Lỗi"), "warning": N_("Cảnh báo")}
SEVERITY_COLOURS = {"error": QColor("#fde7e5"), "warning": QColor("#fff4d6")}

PROBLEM_COLUMNS: list[Column[Problem]] = [
    Column("severity", N_("Mức độ"), lambda p: tr(SEVERITY_LABELS.get(p.severity, p.severity)), width=80),
    Column("sheet", N_("Trang"), lambda p: p.sheet, width=110),
    Column("row", N_("Dòng"), lambda p: p.row if p.row is not None else "", alignment=RIGHT, width=55),
    Column("column", N_("Cột"), lambda p: f"{p.column} ({p.header})" if p.header else p.column, width=200),
    Column("message", N_("Nội dung"), lambda p: p.message, width=420),
]


def translated_columns(columns: list[Column]) -> list[Column]:
    """``columns`` with their headers (declared with ``N_``) in the program's language."""
    return [replace(column, header=tr(column.header)) for column in columns]


def problems_model(problems: list[Problem], parent=None) -> ListTableModel[Problem]:
    return ListTableModel(translated_columns(PROBLEM_COLUMNS), problems,
                          background=lambda p: SEVERITY_COLOURS.get(p.severity), tooltip=str, parent=parent)


def problems_view(parent: QWidget | None = None) -> QTableView:
    """A read-only table for :func:`problems_model`, the message column taking the spare width."""
    view = QTableView(parent)
    view.setModel(problems_model([], view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    use_one_line_rows(view)
    apply_column_widths(view, PROBLEM_COLUMNS)
    view.horizontalHeader().setSectionResizeMode(len(PROBLEM_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    return view
