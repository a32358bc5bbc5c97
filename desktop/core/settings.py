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
from desktop.i18n import LANGUAGE_SETTING_KEY, LANGUAGES, N_, tr
from desktop.db.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: object
    label: str
    minimum: int | None = None
    maximum: int | None = None
    # The values allowed, each with what a person is shown for it (None: any value of the type).
    choices: dict[str, str] | None = None

    def check(self, value: object) -> object:
        label = tr(self.label)
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(tr("{label}: cần một số nguyên.").format(label=label), self.key)
            if self.minimum is not None and value < self.minimum or self.maximum is not None and value > self.maximum:
                raise ValidationError(tr("{label}: phải từ {minimum} đến {maximum}.").format(
                    label=label, minimum=self.minimum, maximum=self.maximum), self.key)
        elif self.kind is list:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ValidationError(tr("{label}: cần một danh sách các dòng chữ.").format(label=label), self.key)
        elif not isinstance(value, self.kind):
            raise ValidationError(tr("{label}: giá trị không hợp lệ.").format(label=label), self.key)
        if self.choices is not None and value not in self.choices:
            raise ValidationError(tr("{label}: chọn một trong {choices}.").format(
                label=label, choices=", ".join(tr(shown) for shown in self.choices.values())), self.key)
        return value


LATE_GRACE_MINUTES = SettingSpec(
    "attendance.late_grace_minutes", int, 15, N_("Điểm danh: số phút sau giờ bắt đầu buổi vẫn tính là đúng giờ"),
    minimum=0, maximum=240)

QUIZ_PASS_PERCENT = SettingSpec("quiz.pass_percent", int, 60,
                                N_("Kiểm tra nhận thức: điểm đạt mặc định của bài kiểm tra mới (%)"), minimum=1, maximum=100)
QUIZ_MINUTES = SettingSpec("quiz.minutes", int, 30, N_("Kiểm tra nhận thức: thời gian làm bài mặc định (phút)"),
                           minimum=1, maximum=300)
QUIZ_QUESTIONS = SettingSpec("quiz.questions", int, 100, N_("Kiểm tra nhận thức: số câu mặc định của đề"),
                             minimum=1, maximum=500)

# The office's documents (báo cáo…): what the header, the number line and the foot say.
# Empty values mean "as the unit tree gives it" (see desktop.core.office_documents).
DOC_ISSUER_LINES = SettingSpec("document.issuer_lines", list, [],
                               N_("Văn bản: cơ quan ban hành (góc trái, mỗi dòng một cấp; để trống: theo cây đơn vị)"))
DOC_PLACE = SettingSpec("document.place", str, "", N_("Văn bản: địa danh ghi trước ngày tháng (để trống: theo tên "
                                                      "đơn vị)"))
DOC_ISSUER_CODE = SettingSpec("document.issuer_code", str, "",
                              N_("Văn bản: chữ viết tắt tên cơ quan trong số ký hiệu (ví dụ HĐTN; để trống: theo cấp)"))
DOC_DEPARTMENT_CODE = SettingSpec("document.department_code", str, "",
                                  N_("Văn bản: chữ viết tắt ban soạn thảo (ví dụ BTG), có thể để trống"))
# i18n: vi-begin — defaults written into the Union's documents
DOC_SIGNING_FOR = SettingSpec("document.signing_for", str, "TM. BAN THƯỜNG VỤ", N_("Văn bản: thẩm quyền ký"))
DOC_SIGNER_TITLE = SettingSpec("document.signer_title", str, "BÍ THƯ", N_("Văn bản: chức vụ người ký"))
DOC_SIGNER_NAME = SettingSpec("document.signer_name", str, "", N_("Văn bản: họ tên người ký"))
DOC_RECIPIENTS = SettingSpec("document.recipients", list,
                             ["Ban Tuyên giáo Tỉnh đoàn", "Thường trực Huyện đoàn", "Lưu VP"],
                             N_("Văn bản: nơi nhận (mỗi dòng một nơi; dòng cuối là «Lưu VP»)"))
# i18n: vi-end

# Sending report packages by e-mail (desktop.core.delivery). The password is not a
# setting: it lives in the system's keyring when there is one, else it is asked each time.
MAIL_HOST = SettingSpec("mail.host", str, "", N_("Thư điện tử: máy chủ gửi thư (SMTP), ví dụ smtp.gmail.com"))
MAIL_PORT = SettingSpec("mail.port", int, 587, N_("Thư điện tử: cổng máy chủ (STARTTLS thường là 587, SSL là 465)"),
                        minimum=1, maximum=65535)
MAIL_SECURITY = SettingSpec("mail.security", str, "starttls",
                            N_("Thư điện tử: bảo mật kết nối (starttls, ssl hoặc none)"))
MAIL_USERNAME = SettingSpec("mail.username", str, "", N_("Thư điện tử: tên đăng nhập (để trống nếu máy chủ không cần)"))
MAIL_SENDER = SettingSpec("mail.sender", str, "", N_("Thư điện tử: địa chỉ người gửi"))
MAIL_RECIPIENTS = SettingSpec("mail.recipients", list, [], N_("Thư điện tử: địa chỉ nhận gói (mỗi dòng một địa chỉ)"))
MAIL_PART_MB = SettingSpec("mail.part_mb", int, 20,
                           N_("Thư điện tử: dung lượng tối đa mỗi thư (MB, theo giới hạn của máy chủ thư); "
                           "gói lớn hơn được chia thành nhiều phần"),
                           minimum=1, maximum=100)

REGISTRY: dict[str, SettingSpec] = {spec.key: spec for spec in (
    LATE_GRACE_MINUTES, QUIZ_PASS_PERCENT, QUIZ_MINUTES, QUIZ_QUESTIONS, DOC_ISSUER_LINES, DOC_PLACE, DOC_ISSUER_CODE, DOC_DEPARTMENT_CODE, DOC_SIGNING_FOR,
    DOC_SIGNER_TITLE, DOC_SIGNER_NAME, DOC_RECIPIENTS,
    MAIL_HOST, MAIL_PORT, MAIL_SECURITY, MAIL_USERNAME, MAIL_SENDER, MAIL_RECIPIENTS, MAIL_PART_MB)}


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


# Backups (desktop.core.backups). An empty folder means "backups" beside the database in
# the data folder; an officer may point it at a second disk or a network share instead.
BACKUP_FOLDER = SettingSpec("backup.folder", str, "",
                            N_("Sao lưu: thư mục chứa các bản sao lưu (để trống: thư mục «backups» trong thư mục dữ "
                               "liệu)"))
BACKUP_DAILY = SettingSpec("backup.daily", int, 1, N_("Sao lưu: tự động sao lưu mỗi ngày khi mở DoanDesk"),
                           minimum=0, maximum=1)
BACKUP_KEEP_DAILY = SettingSpec("backup.keep_daily", int, 7, N_("Sao lưu: số bản sao lưu hằng ngày giữ lại"),
                                minimum=1, maximum=60)
BACKUP_KEEP_WEEKLY = SettingSpec("backup.keep_weekly", int, 4,
                                 N_("Sao lưu: số bản hằng tuần giữ lại (bản mới nhất mỗi tuần)"), minimum=0, maximum=52)
BACKUP_KEEP_MONTHLY = SettingSpec("backup.keep_monthly", int, 12,
                                  N_("Sao lưu: số bản hằng tháng giữ lại (bản mới nhất mỗi tháng)"), minimum=0, maximum=120)

REGISTRY.update({spec.key: spec for spec in (
    BACKUP_FOLDER, BACKUP_DAILY, BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY)})

# The language of the screens (desktop.i18n). Read once at start, before the first window:
# a change shows the next time DoanDesk opens. Documents stay Vietnamese whatever it says.
UI_LANGUAGE = SettingSpec(LANGUAGE_SETTING_KEY, str, "vi",
                          N_("Giao diện: ngôn ngữ của màn hình (có hiệu lực khi mở lại DoanDesk; "
                             "văn bản in ra luôn bằng tiếng Việt)"),
                          choices=dict(LANGUAGES))

# First in the settings dialog: the one an officer who cannot read the rest looks for.
REGISTRY = {UI_LANGUAGE.key: UI_LANGUAGE, **REGISTRY}
