"""Benchmark inputs: a 50,000-row, 15-column roster workbook and databases of N members."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from desktop.core.demo import build_demo_units, demo_members
from desktop.core.members import GENDER_LABELS, POSITION_LABELS
from desktop.core.units import load_tree
from desktop.db.engine import Database

HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Số CCCD", "Số điện thoại",
           "E-mail", "Ngày vào Đoàn", "Số thẻ đoàn viên", "Chức vụ", "Chi đoàn", "Đoàn cơ sở", "Ghi chú"]


def roster_workbook(path: Path, rows: int) -> Path:
    """A roster as offices keep it: title rows, then a 15-column table of ``rows`` members."""
    if path.exists():
        return path
    scratch = Database(path.with_suffix(".units.sqlite3"))
    branch_ids = build_demo_units(scratch)
    tree = load_tree(scratch)
    members = demo_members(branch_ids, rows, today=date(2026, 11, 1))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["BCH ĐOÀN TỈNH TRÀ VINH"])
    ws.append(["HUYỆN ĐOÀN CẦU NGANG"])
    ws.append([])
    ws.append(["DANH SÁCH ĐOÀN VIÊN"])
    ws.append(HEADERS)
    for i, m in enumerate(members, start=1):
        branch = tree.by_id[m.branch_id]
        ws.append([i, f"{m.family_name} {m.middle_name} {m.given_name}", m.date_of_birth,
                   GENDER_LABELS[m.gender], m.ethnicity, m.religion, m.citizen_id, m.phone,
                   f"dv{i}@example.vn", m.admission_date, m.card_number, POSITION_LABELS[m.position],
                   branch.name, tree.by_id[branch.parent_id].name, ""])
    wb.save(path)
    scratch.dispose()
    return path


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result
