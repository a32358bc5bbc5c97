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
        elif self.kind is list:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ValidationError(f"{self.label}: cần một danh sách các dòng chữ.", self.key)
        elif not isinstance(value, self.kind):
            raise ValidationError(f"{self.label}: giá trị không hợp lệ.", self.key)
        return value


LATE_GRACE_MINUTES = SettingSpec(
    "attendance.late_grace_minutes", int, 15, "Điểm danh: số phút sau giờ bắt đầu buổi vẫn tính là đúng giờ",
    minimum=0, maximum=240)

# The office's documents (báo cáo…): what the header, the number line and the foot say.
# Empty values mean "as the unit tree gives it" (see desktop.core.office_documents).
DOC_ISSUER_LINES = SettingSpec("document.issuer_lines", list, [],
                               "Văn bản: cơ quan ban hành (góc trái, mỗi dòng một cấp; để trống: theo cây đơn vị)")
DOC_PLACE = SettingSpec("document.place", str, "", "Văn bản: địa danh ghi trước ngày tháng (để trống: theo tên đơn vị)")
DOC_ISSUER_CODE = SettingSpec("document.issuer_code", str, "",
                              "Văn bản: chữ viết tắt tên cơ quan trong số ký hiệu (ví dụ HĐTN; để trống: theo cấp)")
DOC_DEPARTMENT_CODE = SettingSpec("document.department_code", str, "",
                                  "Văn bản: chữ viết tắt ban soạn thảo (ví dụ BTG), có thể để trống")
DOC_SIGNING_FOR = SettingSpec("document.signing_for", str, "TM. BAN THƯỜNG VỤ", "Văn bản: thẩm quyền ký")
DOC_SIGNER_TITLE = SettingSpec("document.signer_title", str, "BÍ THƯ", "Văn bản: chức vụ người ký")
DOC_SIGNER_NAME = SettingSpec("document.signer_name", str, "", "Văn bản: họ tên người ký")
DOC_RECIPIENTS = SettingSpec("document.recipients", list,
                             ["Ban Tuyên giáo Tỉnh đoàn", "Thường trực Huyện đoàn", "Lưu VP"],
                             "Văn bản: nơi nhận (mỗi dòng một nơi; dòng cuối là «Lưu VP»)")

REGISTRY: dict[str, SettingSpec] = {spec.key: spec for spec in (
    LATE_GRACE_MINUTES, DOC_ISSUER_LINES, DOC_PLACE, DOC_ISSUER_CODE, DOC_DEPARTMENT_CODE, DOC_SIGNING_FOR,
    DOC_SIGNER_TITLE, DOC_SIGNER_NAME, DOC_RECIPIENTS)}


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
