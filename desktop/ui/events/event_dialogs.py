"""Starting an event: choosing its kind, or copying an earlier one as a template."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.events import EVENT_KINDS
from desktop.i18n import N_, tr
from desktop.ui.forms import DateLineEdit, FieldMessages

KIND_HINTS = {
    "study_conference": N_("Một hoặc hai ngày, các buổi sáng, chiều; chương trình chuyên đề; điểm cầu các cấp; "
                           "kiểm tra nhận thức và bài thu hoạch sau học tập."),
    "briefing": N_("Chuỗi cuộc giao ban, mỗi cuộc do một đơn vị đăng cai và nhận cờ luân lưu."),
    "dialogue": N_("Mỗi đơn vị gửi 3–5 câu hỏi kèm thông tin người hỏi; báo cáo lượt chia sẻ, tương tác."),
    "half_year_briefing": N_("Giao ban trực tuyến sơ kết 6 tháng; các đơn vị gửi báo cáo trước ngày họp."),
}


class NewEventDialog(QDialog):
    """Which kind of event to create; the kind decides the tabs the event page shows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Thêm hội nghị"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Chọn loại hội nghị:")))
        self.group = QButtonGroup(self)
        self.buttons_by_kind: dict[str, QRadioButton] = {}
        for number, (kind, label) in enumerate(EVENT_KINDS.items()):
            radio = QRadioButton(f"&{number + 1}. {tr(label)}")
            self.group.addButton(radio)
            self.buttons_by_kind[kind] = radio
            hint = QLabel(tr(KIND_HINTS[kind]) if kind in KIND_HINTS else "")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555; margin-left: 22px;")
            layout.addWidget(radio)
            layout.addWidget(hint)
        first = self.buttons_by_kind["study_conference"]
        first.setChecked(True)
        first.setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Tiếp tục"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self) -> str:
        return next(kind for kind, radio in self.buttons_by_kind.items() if radio.isChecked())


class CopyEventDialog(QDialog):
    """The new title and first day of an event made from an earlier one."""

    def __init__(self, title: str, first_day: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Sao chép làm mẫu"))
        self.setMinimumWidth(620)
        self.messages = FieldMessages()
        intro = QLabel(tr("Tạo hội nghị mới theo mẫu «{title}»: giữ chương trình, điểm cầu, thành phần, tài liệu "
                          "và các việc; dời mọi ngày theo ngày đầu tiên mới; xóa kết quả kiểm tra kết nối và "
                          "dấu đã xong.").format(title=title))
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(title)
        self.title_edit.selectAll()
        self.first_day_edit = DateLineEdit()
        self.first_day_edit.set_value(first_day)
        self._needs_day = first_day is not None
        form = QFormLayout()
        form.addRow(tr("&Tên hội nghị mới:"), self.messages.wrap("title", self.title_edit))
        form.addRow(tr("&Ngày đầu tiên:"), self.messages.wrap("first_day", self.first_day_edit))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Sao chép", "action"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.first_day_edit.setEnabled(self._needs_day)
        self.result_title = ""
        self.result_first_day: date | None = None

    def _accept(self) -> None:
        self.messages.clear()
        problems = []
        title = self.title_edit.text().strip()
        if not title:
            problems.append(ValidationError(tr("Thiếu tên hội nghị mới."), "title"))
        first_day = None
        try:
            first_day, _year_only = self.first_day_edit.value()
        except ValueError as exc:
            problems.append(ValidationError(tr("Ngày đầu tiên không hợp lệ: {error}").format(error=exc), "first_day"))
        else:
            if first_day is None and self._needs_day:
                problems.append(ValidationError(tr("Thiếu ngày đầu tiên của hội nghị mới."), "first_day"))
        for problem in problems:
            self.messages.show(problem.field, str(problem))
        if problems:
            self.messages.focus(problems[0].field)
            return
        self.result_title, self.result_first_day = title, first_day
        self.accept()
