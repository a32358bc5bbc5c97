"""The office's document settings: what the header, the number line and the foot of its
reports say (the ``document.*`` settings of :mod:`desktop.core.settings`).

A field left empty follows the unit tree, as :func:`desktop.core.office_documents.office_style`
does; the field then shows what the tree gives, greyed. A sample of the header block and
of the signature, drawn like the printed page, follows every keystroke, so the officer
sees the result before saving.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vntext
from desktop.core.errors import ValidationError
from desktop.core.event_report import DOC_TYPE
from desktop.core.letterhead import Letterhead, place_of
from desktop.core.office_documents import LEVEL_CODES, OfficeStyle
from desktop.core.settings import (
    DOC_DEPARTMENT_CODE,
    DOC_ISSUER_CODE,
    DOC_ISSUER_LINES,
    DOC_PLACE,
    DOC_RECIPIENTS,
    DOC_SIGNER_NAME,
    DOC_SIGNER_TITLE,
    DOC_SIGNING_FOR,
    REGISTRY,
    get_setting,
    set_setting,
)
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.i18n import tr
from desktop.ui.forms import WARNING_COLOUR, FieldMessages
from desktop.ui.worker import DatabaseWorker

SPECS = (DOC_ISSUER_LINES, DOC_PLACE, DOC_ISSUER_CODE, DOC_DEPARTMENT_CODE, DOC_SIGNING_FOR, DOC_SIGNER_TITLE,
         DOC_SIGNER_NAME, DOC_RECIPIENTS)
LAST_RECIPIENT = "Lưu VP"  # i18n: vi — a line of the printed document, compared with what is typed
SAMPLE_FONT = "'Liberation Serif', 'Times New Roman', serif"
# The width of the text on a portrait A4 page (210 mm less 30 and 15 mm of margins), in points.
PAGE_TEXT_WIDTH_PT = 165 / 25.4 * 72


def _lines(text: str) -> list[str]:
    return [line for line in (vntext.normalize(part) for part in text.splitlines()) if line]


def save_document_settings(db: Database, values: dict[str, object]) -> None:
    """Check every value (by setting key), then write them all: none is written when one
    is refused."""
    for key, value in values.items():
        REGISTRY[key].check(value)
    for key, value in values.items():
        set_setting(db, REGISTRY[key], value)


def sample_html(style: OfficeStyle, px_per_point: float = 1.0, doc_type: str = DOC_TYPE) -> str:
    """The header block and the signature as the printed page lays them out, the type
    sized as on paper for a sample ``px_per_point`` pixels to the point."""
    def size(points: float) -> str:
        return f"font-size: {max(8, round(points * px_per_point))}px;"

    issuer_lines = [escape(line.upper()) for line in style.letterhead.issuer_lines]
    if issuer_lines:
        issuer_lines[-1] = f"<b>{issuer_lines[-1]}</b>"
        issuer_lines.append("***")
    # The sample shows the Vietnamese document as printed; only the notes in grey are the program's.
    number_line = escape(f"Số: …-{style.doc_code(doc_type)}")  # i18n: vi
    titles, name = style.signer
    signer = "<br>".join(f"<b>{escape(t.upper())}</b>" for t in titles) or "<b>NGƯỜI BÁO CÁO</b>"  # i18n: vi
    signer_name = (f"<b>{escape(name)}</b>" if name
                   else f"<span style='color:#888;'><i>{escape(tr('(chưa ghi họ tên người ký)'))}</i></span>")
    recipients = ("<br>".join(f"- {escape(r)}" for r in style.recipients)
                  or f"<i style='color:#888;'>{escape(tr('(trống)'))}</i>")
    return (
        f"<div style=\"font-family: {SAMPLE_FONT}; {size(13)} color: black;\">"
        "<table width='100%' cellspacing='0' cellpadding='0'>"
        f"<tr><td width='45%' align='center' valign='top'>{'<br>'.join(issuer_lines)}</td>"
        f"<td align='center' valign='top'><b><u>{escape(style.letterhead.union_name.upper())}</u></b></td></tr>"
        f"<tr><td align='center' style='padding-top: 3px;'>{number_line}</td>"
        f"<td align='center' style='padding-top: 3px;'><i>{escape(style.letterhead.place_date)}</i></td></tr>"
        "</table>"
        f"<p align='center' style='margin-top: 16px; margin-bottom: 0; {size(15)}'><b>BÁO CÁO</b></p>"  # i18n: vi
        f"<p align='center' style='margin-top: 0; {size(14)}'><b>Kết quả học tập, quán triệt …</b></p>"  # i18n: vi
        "<p align='center' style='color:#888; margin: 10px 0;'>. . .</p>"
        "<table width='100%' cellspacing='0' cellpadding='0'>"
        f"<tr><td width='50%' valign='top'><b><i style='{size(12)}'>Nơi nhận:</i></b><br>"  # i18n: vi
        f"<span style='{size(11)}'>{recipients}</span></td>"
        f"<td align='center' valign='top'>{signer}<br><br><br><br>{signer_name}</td></tr>"
        "</table></div>"
    )


def _line_edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _lines_edit(name: str, placeholder: str, visible_lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    line = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line * visible_lines + 14)
    return edit


class DocumentSettingsDialog(QDialog):
    """Edit the ``document.*`` settings; OK writes them (through ``worker`` when given)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, worker: DatabaseWorker | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.setWindowTitle(tr("Cách trình bày văn bản"))
        tree = load_tree(db)
        home = tree.home()
        self._today = date.today()
        self._tree_letterhead = Letterhead.for_unit(tree, home, self._today)
        self._tree_place = place_of(home) if home else ""
        self._tree_code = LEVEL_CODES.get(home.level, "") if home else ""

        tree_lines = "\n".join(self._tree_letterhead.issuer_lines)
        follows_tree = tr("(để trống: theo cây đơn vị)")
        self.issuer_lines_edit = _lines_edit(
            "issuer_lines", f"{tree_lines}\n{follows_tree}" if tree_lines else follows_tree, 3)
        self.place_edit = _line_edit("place", self._tree_place or tr("Tên địa danh"))
        self.issuer_code_edit = _line_edit("issuer_code", self._tree_code or tr("ví dụ HĐTN"))
        self.department_code_edit = _line_edit("department_code", tr("ví dụ BTG (có thể để trống)"))
        self.signing_for_edit = _line_edit("signing_for", str(DOC_SIGNING_FOR.default))
        self.signer_title_edit = _line_edit("signer_title", str(DOC_SIGNER_TITLE.default))
        self.signer_name_edit = _line_edit("signer_name", tr("Họ và tên người ký"))
        self.recipients_edit = _lines_edit("recipients", "\n".join(DOC_RECIPIENTS.default), 4)
        self.recipients_note = QLabel()
        self.recipients_note.setObjectName("recipients_note")
        self.recipients_note.setWordWrap(True)
        self.edits: dict[str, QWidget] = {
            DOC_ISSUER_LINES.key: self.issuer_lines_edit, DOC_PLACE.key: self.place_edit,
            DOC_ISSUER_CODE.key: self.issuer_code_edit, DOC_DEPARTMENT_CODE.key: self.department_code_edit,
            DOC_SIGNING_FOR.key: self.signing_for_edit, DOC_SIGNER_TITLE.key: self.signer_title_edit,
            DOC_SIGNER_NAME.key: self.signer_name_edit, DOC_RECIPIENTS.key: self.recipients_edit,
        }

        self.general_message = QLabel()
        self.general_message.setWordWrap(True)
        self.messages = FieldMessages(self.general_message)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (tr("Cơ quan ban hành\n(mỗi dòng một cấp):"), DOC_ISSUER_LINES),
            (tr("Địa danh:"), DOC_PLACE),
            (tr("Viết tắt cơ quan:"), DOC_ISSUER_CODE),
            (tr("Viết tắt ban soạn thảo:"), DOC_DEPARTMENT_CODE),
            (tr("Thẩm quyền ký:"), DOC_SIGNING_FOR),
            (tr("Chức vụ người ký:"), DOC_SIGNER_TITLE),
            (tr("Họ tên người ký:"), DOC_SIGNER_NAME),
            (tr("Nơi nhận\n(mỗi dòng một nơi):"), DOC_RECIPIENTS),
        ]
        for text, spec in rows:
            label = QLabel(text)
            label.setBuddy(self.edits[spec.key])
            label.setToolTip(spec.label)
            self.edits[spec.key].setToolTip(spec.label)
            form.addRow(label, self.messages.wrap(spec.key, self.edits[spec.key]))
        form.addRow("", self.recipients_note)
        hint = QLabel(tr("Ô để trống lấy theo cây đơn vị (chữ mờ là giá trị sẽ dùng)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        self.sample = QLabel()
        self.sample.setObjectName("document_sample")
        self.sample.setTextFormat(Qt.TextFormat.RichText)
        self.sample.setWordWrap(True)
        self.sample.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The sample's width comes from the dialog, never from its text: the type is scaled
        # to the width, and a width following the type would never settle.
        self.sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sample.installEventFilter(self)
        sample_frame = QFrame()
        sample_frame.setObjectName("sample_frame")
        sample_frame.setStyleSheet("#sample_frame { background: white; border: 1px solid #bbb; }")
        sample_layout = QVBoxLayout(sample_frame)
        sample_layout.setContentsMargins(14, 14, 14, 14)
        sample_layout.addWidget(self.sample)
        sample_layout.addStretch(1)
        sample_title = QLabel(tr("Mẫu khi in (đầu và cuối báo cáo):"))
        sample_title.setStyleSheet("font-weight: bold;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.general_message)
        left.addLayout(form)
        left.addWidget(hint)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(sample_title)
        right.addWidget(sample_frame, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 7)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self._load()
        for edit in self.edits.values():
            edit.textChanged.connect(self._edited)
        self._edited()
        self.resize(1080, 520)

    def _load(self) -> None:
        for spec in SPECS:
            value = get_setting(self._db, spec)
            edit = self.edits[spec.key]
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText("\n".join(value))
            else:
                edit.setText(value)

    def values(self) -> dict[str, object]:
        """What the fields say by setting key, tidied as the settings hold them."""
        result: dict[str, object] = {}
        for spec in SPECS:
            edit = self.edits[spec.key]
            if isinstance(edit, QPlainTextEdit):
                result[spec.key] = _lines(edit.toPlainText())
            else:
                result[spec.key] = vntext.normalize(edit.text())
        return result

    def style(self) -> OfficeStyle:
        """The office's style as the fields would make it (the tree filling what is empty),
        dated today."""
        values = self.values()
        place = values[DOC_PLACE.key] or self._tree_place
        date_text = f"ngày {self._today.day:02d} tháng {self._today.month:02d} năm {self._today.year}"  # i18n: vi
        letterhead = Letterhead(tuple(values[DOC_ISSUER_LINES.key]) or self._tree_letterhead.issuer_lines,
                                self._tree_letterhead.union_name, f"{place}, {date_text}" if place else date_text)
        return OfficeStyle(letterhead, values[DOC_ISSUER_CODE.key] or self._tree_code, values[DOC_DEPARTMENT_CODE.key],
                           values[DOC_SIGNING_FOR.key], values[DOC_SIGNER_TITLE.key], values[DOC_SIGNER_NAME.key],
                           tuple(values[DOC_RECIPIENTS.key]))

    def _edited(self) -> None:
        self.messages.clear()
        self._render_sample()
        recipients = _lines(self.recipients_edit.toPlainText())
        if recipients and vntext.fold(recipients[-1]) != vntext.fold(LAST_RECIPIENT):
            self.recipients_note.setText(tr("⚠ Dòng cuối của nơi nhận thường là «{last}» (bản lưu văn phòng).").format(
                last=LAST_RECIPIENT))
            self.recipients_note.setStyleSheet(f"color: {WARNING_COLOUR};")
        else:
            self.recipients_note.setText(tr("Dòng cuối là «{last}» (bản lưu văn phòng).").format(last=LAST_RECIPIENT))
            self.recipients_note.setStyleSheet("color: #555;")

    def _render_sample(self) -> None:
        # The sample stands for the page's text width: type scaled alike wraps alike.
        scale = self.sample.contentsRect().width() / PAGE_TEXT_WIDTH_PT
        self.sample.setText(sample_html(self.style(), scale))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.sample and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self._render_sample()
        return super().eventFilter(watched, event)

    def save(self) -> None:
        values = self.values()
        self.messages.clear()
        refused = False
        for key, value in values.items():
            try:
                REGISTRY[key].check(value)
            except ValidationError as exc:
                self.messages.show(key, str(exc))
                refused = True
        if refused:
            return
        db = self._db
        if self._worker is None:
            try:
                save_document_settings(db, values)
            except Exception as exc:  # noqa: BLE001 - shown at the field or in a dialog
                self.messages.show_failure(exc, self)
                return
            self.accept()
            return
        self.ok_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.messages.show_failure(exc, self)

        self._worker.run(lambda _state: save_document_settings(db, values), on_success=lambda _result: self.accept(),
                         on_failure=failed, parent=self, label=tr("Đang lưu cách trình bày văn bản…"))


def open_document_settings(parent: QWidget | None, db: Database, worker: DatabaseWorker | None = None) -> bool:
    """Show the dialog; True when the officer saved."""
    dialog = DocumentSettingsDialog(db, parent, worker=worker)
    return bool(dialog.exec())
