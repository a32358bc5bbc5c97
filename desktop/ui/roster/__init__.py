"""The roster screen ("Đoàn viên"): the member list, the member dialog, import and export."""

from __future__ import annotations
