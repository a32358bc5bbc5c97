"""The Union's document header block (issuing body, motto, place and date) drawn from the
unit tree, shared by every exported list and report."""

# i18n: vi-module — the texts of this module are the Union's Vietnamese documents.

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core import vntext
from desktop.core.units import UnitInfo, UnitLevel, UnitTree

UNION_NAME = "ĐOÀN TNCS HỒ CHÍ MINH"

# Level words that precede a place name in a unit's name, folded, longest first.
_NAME_PREFIXES = sorted(
    ["tinh doan", "thanh doan", "huyen doan", "quan doan", "thi doan", "doan xa", "doan phuong",
     "doan thi tran", "doan khoi", "doan dac khu", "doan truong", "doan co so", "chi doan"],
    key=len, reverse=True,
)


def place_of(unit: UnitInfo) -> str:
    """The place in a unit's name: 'Huyện đoàn Cầu Ngang' → 'Cầu Ngang'."""
    words = unit.name.split()
    folded = vntext.fold(unit.name)
    for prefix in _NAME_PREFIXES:
        if folded.startswith(prefix + " "):
            return " ".join(words[len(prefix.split()):])
    return unit.name


def _body_line(unit: UnitInfo) -> str:
    folded = vntext.fold(unit.name)
    if unit.level == UnitLevel.PROVINCE and folded.startswith("tinh doan "):
        return f"BCH ĐOÀN TỈNH {place_of(unit).upper()}"
    return f"BCH {unit.name.upper()}"


@dataclass(frozen=True)
class Letterhead:
    issuer_lines: tuple[str, ...]   # top left, upper case, the last one in bold
    union_name: str                 # top right
    place_date: str                 # italic, under the union's name

    @classmethod
    def for_unit(cls, tree: UnitTree, unit: UnitInfo | None, on: date | None = None) -> "Letterhead":
        on = on or date.today()
        if unit is None:
            return cls((), UNION_NAME, f"ngày {on.day:02d} tháng {on.month:02d} năm {on.year}")
        parent = tree.by_id.get(unit.parent_id) if unit.parent_id else None
        lines = ((_body_line(parent),) if parent else ()) + (_body_line(unit),)
        return cls(lines, UNION_NAME, f"{place_of(unit)}, ngày {on.day:02d} tháng {on.month:02d} năm {on.year}")
