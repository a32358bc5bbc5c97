"""The installation's settings: one declared registry of what can be set, with its type,
default and Vietnamese label, and the values stored in the ``settings`` table.

A value never set reads as its default; a stored value that no longer fits its type
(an older program wrote it, or someone edited the file) reads as the default too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.db.engine import Database
from desktop.db.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: object
    label: str
    minimum: int | None = None
    maximum: int | None = None

    def check(self, value: object) -> object:
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"{self.label}: cần một số nguyên.", self.key)
            if self.minimum is not None and value < self.minimum or self.maximum is not None and value > self.maximum:
                raise ValidationError(f"{self.label}: phải từ {self.minimum} đến {self.maximum}.", self.key)
        elif not isinstance(value, self.kind):
            raise ValidationError(f"{self.label}: giá trị không hợp lệ.", self.key)
        return value


LATE_GRACE_MINUTES = SettingSpec(
    "attendance.late_grace_minutes", int, 15, "Điểm danh: số phút sau giờ bắt đầu buổi vẫn tính là đúng giờ",
    minimum=0, maximum=240)

REGISTRY: dict[str, SettingSpec] = {spec.key: spec for spec in (LATE_GRACE_MINUTES,)}


def get_setting(db: Database, spec: SettingSpec):
    with db.session() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == spec.key))
    if stored is None:
        return spec.default
    try:
        return spec.check(json.loads(stored))
    except (ValueError, ValidationError):
        return spec.default


def set_setting(db: Database, spec: SettingSpec, value: object) -> None:
    spec.check(value)
    with db.session() as session:
        session.merge(Setting(key=spec.key, value=json.dumps(value, ensure_ascii=False)))
