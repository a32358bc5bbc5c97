"""Typed errors the core raises, each with a message an officer can act on (in Vietnamese).

The UI turns these into dialogs in one place; anything else reaching the UI is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from desktop.i18n import tr


class DoanDeskError(Exception):
    """Base of every expected error; ``str(err)`` is a Vietnamese message for the user."""


class InputFileError(DoanDeskError):
    """A file the user chose cannot be read or does not hold what was expected."""


class ValidationError(DoanDeskError):
    """Data typed or imported by the user breaks a rule; ``field`` names the culprit."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ValidationErrors(ValidationError):
    """Several rules broken at once: a whole plan or file is checked before anything is
    saved, and the officer should see every problem, not fix them one by one."""

    def __init__(self, errors: list[ValidationError]):
        self.errors = list(errors)
        if len(self.errors) == 1:
            message = str(self.errors[0])
        else:
            message = tr("Có {count} lỗi, chưa lưu gì:\n").format(
                count=len(self.errors)) + "\n".join(f"• {e}" for e in self.errors)
        super().__init__(message, self.errors[0].field if self.errors else None)


class NotFoundError(DoanDeskError):
    """A record the user referred to (by code, id, number) does not exist."""


class SetupError(DoanDeskError):
    """The installation is not set up for this action (e.g. no home office yet)."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, located as precisely as the file allows.

    ``row`` is the 1-based row number as the spreadsheet shows it; ``column`` is the
    column letter (``"C"``) and ``header`` the header text found there.
    """

    severity: str  # "error" blocks the row; "warning" is shown but the row is imported
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    header: str = ""
    file: str = ""

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(tr("tệp {file}").format(file=self.file))
        if self.sheet:
            parts.append(f"trang «{self.sheet}»")
        if self.row is not None:
            parts.append(tr("dòng {row}").format(row=self.row))
        if self.column:
            parts.append(tr("cột {column}").format(column=self.column) + (f" ({self.header})" if self.header else ""))
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message

    def as_dict(self) -> dict:
        return {
            "severity": self.severity,
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "message": self.message,
        }
