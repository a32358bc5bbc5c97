"""The "Gửi gói" tab: what goes into a package, how it is locked, where it goes.

"Tạo và gửi" runs, in the worker, the export (:func:`desktop.core.bundles.export_bundle`)
into the office's outbox folder beside the database, so a copy of every package sent
stays here, then the delivery (:mod:`desktop.core.delivery`): copied to a folder or a
USB stick and read back, or sent by e-mail. Where no mail server is set up, the mail
program opens with the address filled in and the package is shown in its folder to be
attached by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bundles import ExportResult, export_bundle
from desktop.core.errors import InputFileError
from desktop.core.events import EventSummary
from desktop.core.signing import KnownKey, format_fingerprint
from desktop.db.engine import Database
from desktop.i18n import counted, tr, trn
from desktop.ui import dialogs
from desktop.ui.exchange import choosers
from desktop.ui.exchange.texts import local_time, records_summary
from desktop.ui.forms import ERROR_COLOUR
from desktop.ui.worker import DatabaseWorker

OUTBOX_FOLDER = "goi-da-gui"  # beside the database: a copy of every package sent
HINT_STYLE = "color: #555;"
RESULT_STYLE = "color: #1e6b34;"


def delivery_module():
    """:mod:`desktop.core.delivery`, loaded when a destination is first used (it brings
    smtplib, ssl and the e-mail package, which the program does not need to start)."""
    from desktop.core import delivery

    return delivery


def mail_ready(settings) -> bool:
    """Whether the saved mail settings are enough to send (a server and someone to send to)."""
    return settings is not None and bool(settings.host) and bool(settings.recipients)


@dataclass(frozen=True)
class SendOrder:
    """Everything "Tạo và gửi" needs, read from the form on the GUI thread."""

    event_ids: tuple[str, ...]
    since_last: bool
    minimal: bool
    passphrase: str | None
    recipient: str | None  # fingerprint of the receiving office's key
    destination: str  # "folder", "drive", "mail" or "mail_client"
    folder: Path | None = None
    drive: Any = None
    mail_password: str | None = None
    keep_mail_password: bool = False  # typed just now: kept in the system's keyring once it worked
    recipient_name: str = ""


@dataclass
class Sent:
    result: ExportResult
    message: str
    written: list[Path] = field(default_factory=list)


def package_path(outbox: Path, unit_code: str, order: SendOrder, now: datetime) -> Path:
    """'TV-CN-20261129-191502.ddb' in ``outbox``: who, when, a word for one event or only
    the changes; never the name of a package already there (two sent in one second)."""
    code = re.sub(r"[^A-Za-z0-9_-]+", "-", unit_code).strip("-") or "DoanDesk"
    stem = f"{code}-{now:%Y%m%d-%H%M%S}"
    if order.event_ids:
        stem += "-hoi-nghi"
    if order.since_last:
        stem += "-thay-doi"
    path, copy = outbox / f"{stem}.ddb", 1
    while path.exists():
        copy += 1
        path = outbox / f"{stem}-{copy}.ddb"
    return path


def drive_label(drive) -> str:
    """'KINGSTON (E:\\)'."""
    return f"{drive.label or 'USB'} ({drive.path})"


def free_space(drive) -> str:
    return f"{drive.free_bytes / 1024 ** 3:.1f} GB".replace(".", ",")


def run_send(db: Database, order: SendOrder, unit_code: str, mail_settings=None) -> Sent:
    """The worker's job: export into the outbox, then deliver (see the module docstring)."""
    outbox = db.path.parent / OUTBOX_FOLDER
    outbox.mkdir(parents=True, exist_ok=True)
    path = package_path(outbox, unit_code, order, datetime.now())
    result = export_bundle(db, path, event_ids=order.event_ids, since_last=order.since_last, minimal=order.minimal,
                           passphrase=order.passphrase, recipient_fingerprint=order.recipient)
    records = records_summary(result.rows)
    if order.recipient:
        content = tr("Gói gồm {records}; mã hóa cho {recipient}, chỉ máy của đơn vị đó mở được.").format(
            records=records, recipient=order.recipient_name)
    elif order.passphrase:
        content = tr("Gói gồm {records}; mã hóa bằng mật khẩu (báo mật khẩu qua điện thoại).").format(records=records)
    else:
        content = tr("Gói gồm {records}; không mã hóa.").format(records=records)
    try:
        return _deliver(order, path, result, unit_code, mail_settings, content)
    except InputFileError as exc:
        raise InputFileError(tr("{error}\n\nGói «{name}» đã được tạo và vẫn nằm trong thư mục {folder}: có thể "
                                "gửi lại, hoặc chép tệp đó bằng tay.").format(error=exc, name=path.name, folder=outbox)
                             ) from exc


def _deliver(order: SendOrder, path: Path, result: ExportResult, unit_code: str, mail_settings,
             content: str) -> Sent:
    delivery = delivery_module()
    if order.destination == "folder":
        written = delivery.deliver_to_folder(path, order.folder)
        return Sent(result, tr("Đã ghi và kiểm tra gói «{name}» vào thư mục {folder}.\n{content}").format(
            name=written.name, folder=written.parent, content=content), [written])
    if order.destination == "drive":
        written = delivery.deliver_to_drive(path, order.drive)
        return Sent(result, tr("Đã ghi và kiểm tra gói «{name}» trên USB {drive}. Có thể rút USB an toàn.\n"
                               "{content}").format(name=written.name, drive=drive_label(order.drive), content=content),
                    [written])
    if order.destination == "mail":
        subject, body = mail_text(unit_code, path.name, result, order)
        count = delivery.send_package(path, mail_settings, order.mail_password, subject=subject, body=body)
        if order.keep_mail_password and order.mail_password:
            delivery.store_password(mail_settings.account, order.mail_password)
        if count > 1:
            message = trn("Đã gửi gói «{name}» qua thư điện tử tới {recipients}, chia thành %n thư vì gói lớn.\n"
                          "{content}", count)
        else:
            message = tr("Đã gửi gói «{name}» qua thư điện tử tới {recipients}.\n{content}")
        return Sent(result, message.format(name=path.name, recipients=", ".join(mail_settings.recipients),
                                           content=content), [path])
    return Sent(result, tr("Đã tạo gói «{name}». Chương trình thư đã mở: hãy đính kèm tệp đang hiện trong thư "
                           "mục {folder} rồi gửi.\n{content}").format(name=path.name, folder=path.parent,
                                                                      content=content), [path])


def mail_text(unit_code: str, file_name: str, result: ExportResult, order: SendOrder) -> tuple[str, str]:
    """Subject and text of the message the package goes with (never the passphrase)."""
    # Written to the receiving office, in Vietnamese whatever language this program shows.
    subject = f"Gói báo cáo DoanDesk {unit_code} {datetime.now():%d/%m/%Y}"  # i18n: vi
    records = records_summary(result.rows, vietnamese=True)
    body = (f"Kính gửi đơn vị nhận,\n\nĐính kèm là gói báo cáo {file_name} ({records}).\n"  # i18n: vi
            "Mở bằng DoanDesk: màn hình «Gửi / Nhận», tab «Nhận gói».\n")  # i18n: vi
    if order.passphrase:
        body += "Gói được mã hóa bằng mật khẩu; mật khẩu sẽ được báo qua điện thoại.\n"  # i18n: vi
    elif order.recipient:
        body += "Gói được mã hóa cho riêng đơn vị nhận: DoanDesk của đơn vị nhận tự mở được.\n"  # i18n: vi
    return subject, body


class SendTab(QWidget):
    sent = Signal(object)  # Sent
    export_key_requested = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._unit_code = ""
        self._mail_settings = None
        self.folder: Path | None = None

        columns = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)
        left.addWidget(self._build_scope())
        left.addWidget(self._build_encryption())
        left.addStretch(1)
        right.addWidget(self._build_destination())
        right.addWidget(self._build_action())
        right.addSpacing(10)
        right.addWidget(self._build_own_key())
        right.addStretch(1)
        self._update_enabled()

    # ------------------------------------------------------------------ building

    @staticmethod
    def _hint(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        return label

    @staticmethod
    def _indented(widget: QWidget) -> QWidget:
        """``widget`` lined up under the text of the radio button or check box above it."""
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(widget, 1)
        return holder

    def _build_scope(self) -> QGroupBox:
        box = QGroupBox(tr("Phạm vi"))
        self.whole_radio = QRadioButton(tr("Toàn bộ dữ liệu của đơn vị"))
        self.event_radio = QRadioButton(tr("Một hội nghị:"))
        self.whole_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in (self.whole_radio, self.event_radio):
            self.scope_group.addButton(button)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("event_combo")
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(30)
        self.event_hint = self._hint(tr("Gồm danh sách đoàn viên, đơn vị và báo cáo của hội nghị (PDF)."))
        self.since_check = QCheckBox(tr("Chỉ các thay đổi từ lần gửi đã có biên nhận"))
        self.since_hint = self._hint()
        self.minimal_check = QCheckBox(tr("Bỏ dữ liệu cá nhân nhạy cảm (CCCD, điện thoại, tôn giáo, dân tộc)"))
        self.minimal_check.setChecked(True)
        minimal_hint = self._hint(tr("Đơn vị nhận giữ nguyên những trường này nếu đã có."))
        layout = QVBoxLayout(box)
        layout.addWidget(self.whole_radio)
        layout.addWidget(self.event_radio)
        layout.addWidget(self._indented(self.event_combo))
        layout.addWidget(self._indented(self.event_hint))
        layout.addSpacing(6)
        layout.addWidget(self.since_check)
        layout.addWidget(self._indented(self.since_hint))
        layout.addWidget(self.minimal_check)
        layout.addWidget(self._indented(minimal_hint))
        self.scope_group.buttonToggled.connect(lambda *_: self._update_enabled())
        return box

    def _build_encryption(self) -> QGroupBox:
        box = QGroupBox(tr("Mã hóa"))
        self.plain_radio = QRadioButton(tr("Không mã hóa"))
        self.passphrase_radio = QRadioButton(tr("Bằng mật khẩu"))
        self.recipient_radio = QRadioButton(tr("Cho đơn vị nhận đã đăng ký khóa:"))
        self.encryption_group = QButtonGroup(self)
        for button in (self.plain_radio, self.passphrase_radio, self.recipient_radio):
            self.encryption_group.addButton(button)
        self.plain_radio.setChecked(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("passphrase_repeat")
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(lambda _text: self.encryption_error.hide())
        passwords = QFormLayout()
        passwords.setContentsMargins(24, 0, 0, 0)
        passwords.addRow(tr("Mật khẩu:"), self.passphrase_edit)
        passwords.addRow(tr("Nhập lại:"), self.repeat_edit)
        passphrase_hint = self._hint(tr("Ít nhất 8 ký tự. Báo mật khẩu cho đơn vị nhận qua điện thoại, "
                                        "đừng gửi kèm gói."))
        self.recipient_combo = QComboBox()
        self.recipient_combo.setObjectName("recipient_combo")
        self.recipient_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipient_combo.setMinimumContentsLength(20)
        self.recipient_hint = self._hint()
        self.encryption_error = QLabel()
        self.encryption_error.setObjectName("encryption_error")
        self.encryption_error.setWordWrap(True)
        self.encryption_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.encryption_error.hide()
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient_radio)
        recipient_row.addWidget(self.recipient_combo, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.plain_radio)
        layout.addWidget(self.passphrase_radio)
        layout.addLayout(passwords)
        layout.addWidget(self._indented(passphrase_hint))
        layout.addLayout(recipient_row)
        layout.addWidget(self._indented(self.recipient_hint))
        layout.addWidget(self.encryption_error)
        self.encryption_group.buttonToggled.connect(lambda *_: self._update_enabled())
        return box

    def _build_destination(self) -> QGroupBox:
        box = QGroupBox(tr("Gửi đến"))
        self.folder_radio = QRadioButton(tr("Thư mục:"))
        self.drive_radio = QRadioButton("USB:")
        self.mail_radio = QRadioButton(tr("Thư điện tử"))
        self.mail_client_radio = QRadioButton(tr("Mở chương trình thư và tự đính kèm tệp"))
        self.destination_group = QButtonGroup(self)
        for button in (self.folder_radio, self.drive_radio, self.mail_radio, self.mail_client_radio):
            self.destination_group.addButton(button)
        self.folder_radio.setChecked(True)
        self.folder_label = QLabel(tr("(chưa chọn)"))
        self.folder_label.setObjectName("folder_label")
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.folder_button = QPushButton(tr("Chọn thư mục…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("drive_combo")
        self.drive_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drive_combo.setMinimumContentsLength(16)
        self.drive_combo.currentIndexChanged.connect(lambda _index: self._show_drive_hint())
        self.drive_refresh_button = QPushButton(tr("Làm mới"))
        self.drive_refresh_button.setToolTip(tr("Tìm lại các USB đang cắm"))
        self.drive_refresh_button.clicked.connect(self.refresh_drives)
        self.drive_hint = self._hint()
        self.mail_hint = self._hint()
        mail_client_hint = self._hint(tr("Dùng khi máy này chưa cài đặt gửi thư: tệp gói được hiện trong thư mục "
                                         "để kéo vào thư."))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.folder_radio, 0, 0)
        grid.addWidget(self.folder_label, 0, 1)
        grid.addWidget(self.folder_button, 0, 2)
        grid.addWidget(self.drive_radio, 1, 0)
        grid.addWidget(self.drive_combo, 1, 1)
        grid.addWidget(self.drive_refresh_button, 1, 2)
        grid.addWidget(self._indented(self.drive_hint), 2, 0, 1, 3)
        grid.addWidget(self.mail_radio, 3, 0, 1, 3)
        grid.addWidget(self._indented(self.mail_hint), 4, 0, 1, 3)
        grid.addWidget(self.mail_client_radio, 5, 0, 1, 3)
        grid.addWidget(self._indented(mail_client_hint), 6, 0, 1, 3)
        QVBoxLayout(box).addLayout(grid)
        self.destination_group.buttonToggled.connect(lambda *_: self._update_enabled())
        return box

    def _build_action(self) -> QWidget:
        holder = QWidget()
        self.send_button = QPushButton(tr("Tạo và gửi"))
        self.send_button.setObjectName("send_button")
        self.send_button.setDefault(True)
        self.send_button.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 18px; }")
        self.send_button.clicked.connect(self.send)
        self.result_label = QLabel()
        self.result_label.setObjectName("send_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet(RESULT_STYLE)
        self.result_label.hide()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        return holder

    def _build_own_key(self) -> QGroupBox:
        box = QGroupBox(tr("Khóa của máy này"))
        self.own_fingerprint_label = QLabel()
        self.own_fingerprint_label.setObjectName("own_fingerprint")
        self.own_fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_fingerprint_label.setStyleSheet("font-family: monospace; font-size: 11pt;")
        self.export_key_button = QPushButton(tr("Xuất tệp khóa…"))
        self.export_key_button.clicked.connect(self.export_key_requested.emit)
        hint = self._hint(tr("Đơn vị nhận cần tệp khóa này một lần, và so dấu vân tay trên qua điện thoại "
                             "trước khi tin cậy."))
        row = QHBoxLayout()
        row.addWidget(self.own_fingerprint_label, 1)
        row.addWidget(self.export_key_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(hint)
        return box

    # ------------------------------------------------------------------ state from the page

    def show_state(self, *, events: list[EventSummary], recipients: list[KnownKey], own_fingerprint: str,
                   unit_code: str, last_acknowledged: datetime | None, mail_settings, drives: list | None) -> None:
        """What the page read in the worker (see :meth:`ExchangePage.refresh`)."""
        self._unit_code = unit_code
        self._mail_settings = mail_settings
        self.own_fingerprint_label.setText(format_fingerprint(own_fingerprint))
        # The dates first: a long title is cut at the end of the box, the dates tell events apart.
        self._fill_combo(self.event_combo, [(e.id, f"{e.dates_label}: {e.title}" if e.dates_label else e.title)
                                            for e in events])
        self.event_radio.setEnabled(bool(events))
        if not events:
            self.whole_radio.setChecked(True)
            self.event_hint.setText(tr("Chưa có hội nghị nào."))
        else:
            self.event_hint.setText(tr("Gồm danh sách đoàn viên, đơn vị và báo cáo của hội nghị (PDF)."))
        self._fill_combo(self.recipient_combo, [(k.fingerprint, recipient_label(k)) for k in recipients])
        self.recipient_radio.setEnabled(bool(recipients))
        if recipients:
            self.recipient_hint.setText(tr("Chỉ máy của đơn vị được chọn mở được gói; không cần mật khẩu."))
        else:
            if self.recipient_radio.isChecked():
                self.plain_radio.setChecked(True)
            self.recipient_hint.setText(tr("Chưa có đơn vị nhận nào: nhập tệp khóa của đơn vị đó ở tab "
                                           "«Đơn vị gửi / khóa»."))
        if last_acknowledged is None:
            self.since_hint.setText(tr("Chưa có gói nào được đơn vị nhận xác nhận: gói sẽ gồm toàn bộ."))
        else:
            self.since_hint.setText(tr("Tính từ gói đã có biên nhận gửi lúc {time}.").format(
                time=local_time(last_acknowledged)))
        ready = mail_ready(mail_settings)
        self.mail_radio.setEnabled(ready)
        if ready:
            self.mail_radio.setText(tr("Thư điện tử tới {recipients}").format(
                recipients=", ".join(mail_settings.recipients)))
            self.mail_hint.setText(tr("Gửi ngay qua máy chủ thư {host}; gói lớn được chia thành nhiều thư (mỗi thư "
                                      "tối đa {size} MB).").format(host=mail_settings.host, size=mail_settings.part_mb))
        else:
            self.mail_radio.setText(tr("Thư điện tử"))
            self.mail_hint.setText(tr("Chưa cài đặt gửi thư (máy chủ thư, địa chỉ nhận) trên máy này: dùng «Mở "
                                      "chương trình thư» bên dưới."))
            if self.mail_radio.isChecked():
                self.mail_client_radio.setChecked(True)
        if drives is not None:
            self.show_drives(drives)
        self._update_enabled()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        position = combo.findData(keep)
        combo.setCurrentIndex(position if position >= 0 else (0 if items else -1))

    def show_drives(self, drives: list) -> None:
        keep = self.drive_combo.currentText()
        self.drive_combo.clear()
        for drive in drives:
            self.drive_combo.addItem(drive_label(drive), drive)
        position = self.drive_combo.findText(keep)
        if position >= 0:
            self.drive_combo.setCurrentIndex(position)
        self._show_drive_hint()
        self.drive_radio.setEnabled(bool(drives))
        if not drives and self.drive_radio.isChecked():
            self.folder_radio.setChecked(True)
        self._update_enabled()

    def _show_drive_hint(self) -> None:
        drive = self.drive_combo.currentData()
        if drive is None:
            self.drive_hint.setText(tr("Không thấy USB nào. Cắm USB rồi bấm «Làm mới»."))
        else:
            self.drive_hint.setText(tr("Còn trống {space}. Gói được ghi rồi đọc lại để kiểm tra trước khi báo có "
                                       "thể rút USB.").format(space=free_space(drive)))

    def refresh_drives(self) -> None:
        module = delivery_module()
        self._worker.run(lambda _state: module.removable_drives(), on_success=self.show_drives, parent=self,
                         label=tr("Đang tìm USB…"), show_progress=False)

    def _update_enabled(self) -> None:
        self.event_combo.setEnabled(self.event_radio.isChecked())
        passphrase = self.passphrase_radio.isChecked()
        self.passphrase_edit.setEnabled(passphrase)
        self.repeat_edit.setEnabled(passphrase)
        self.recipient_combo.setEnabled(self.recipient_radio.isChecked())
        self.folder_button.setEnabled(self.folder_radio.isChecked())
        self.drive_combo.setEnabled(self.drive_radio.isChecked())
        self.send_button.setEnabled(self.destination_group.checkedButton() is not None
                                    and self.destination_group.checkedButton().isEnabled())

    # ------------------------------------------------------------------ actions

    def choose_folder(self) -> bool:
        folder = choosers.choose_folder(self, tr("Chọn thư mục để ghi gói báo cáo"))
        if folder is None:
            return False
        self.folder = folder
        self.folder_label.setText(str(folder))
        self.folder_label.setToolTip(str(folder))
        self.folder_radio.setChecked(True)
        return True

    def _passphrase(self) -> str | None | bool:
        """The passphrase typed twice, None when not encrypting by passphrase, False
        (and the reason shown) when the two do not do."""
        if not self.passphrase_radio.isChecked():
            return None
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        problem = ""
        if len(first) < 8:
            problem = tr("Mật khẩu cần ít nhất 8 ký tự.")
        elif first != second:
            problem = tr("Hai lần nhập mật khẩu không khớp nhau.")
        if problem:
            self.encryption_error.setText(problem)
            self.encryption_error.show()
            (self.passphrase_edit if len(first) < 8 else self.repeat_edit).setFocus()
            return False
        return first

    def order(self) -> SendOrder | None:
        """The form as a :class:`SendOrder`; None (having said why) when something is missing."""
        passphrase = self._passphrase()
        if passphrase is False:
            return None
        events = (self.event_combo.currentData(),) if self.event_radio.isChecked() and self.event_combo.currentData() \
            else ()
        recipient = self.recipient_combo.currentData() if self.recipient_radio.isChecked() else None
        if self.folder_radio.isChecked():
            if self.folder is None and not self.choose_folder():
                return None
            destination, target = "folder", {"folder": self.folder}
        elif self.drive_radio.isChecked():
            drive = self.drive_combo.currentData()
            if drive is None:
                return None
            destination, target = "drive", {"drive": drive}
        elif self.mail_radio.isChecked():
            password = self._mail_password()
            if password is None:
                return None
            destination, target = "mail", {"mail_password": password[0], "keep_mail_password": password[1]}
        else:
            destination, target = "mail_client", {}
        return SendOrder(events, self.since_check.isChecked(), self.minimal_check.isChecked(), passphrase or None,
                         recipient, destination, recipient_name=self.recipient_combo.currentText() if recipient
                         else "", **target)

    def _mail_password(self) -> tuple[str, bool] | None:
        """The mail account's password and whether it was typed now: the one kept in the
        system's keyring, else asked; ("", False) when the server needs no login."""
        settings = self._mail_settings
        if not settings.username:
            return "", False
        kept = delivery_module().load_password(settings.account)
        if kept:
            return kept, False
        typed = choosers.ask_mail_password(self, settings.account)
        return (typed, True) if typed else None

    def send(self) -> None:
        order = self.order()
        if order is None:
            return
        db, unit_code, mail_settings = self._db, self._unit_code, self._mail_settings
        self.send_button.setEnabled(False)
        self._worker.run(lambda _state: run_send(db, order, unit_code, mail_settings),
                         on_success=lambda sent: self._sent(order, sent), on_failure=self._failed, parent=self,
                         label=tr("Đang tạo và gửi gói báo cáo…"))

    def _failed(self, exc: BaseException) -> None:
        from desktop.ui import errors

        self._update_enabled()
        errors.show_error(self, exc)

    def _sent(self, order: SendOrder, sent: Sent) -> None:
        self._update_enabled()
        if order.destination == "mail_client":
            subject, body = mail_text(self._unit_code, sent.result.path.name, sent.result, order)
            recipients = self._mail_settings.recipients if self._mail_settings is not None else []
            choosers.open_url(delivery_module().mailto_url(recipients, subject, body))
            choosers.reveal(sent.result.path)
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        total = sum(sent.result.rows.values())
        self.result_label.setText(sent.message)
        self.result_label.show()
        self.sent.emit(sent)
        dialogs.inform(self, tr("Đã gửi gói báo cáo"), sent.message,
                       informative=counted(trn("Tổng cộng %n bản ghi. Khi đơn vị nhận gửi lại biên nhận, nhập nó ở "
                                               "tab «Nhận gói» («Nhập biên nhận…»).", total), total))


def recipient_label(key: KnownKey) -> str:
    name = key.owner_name or tr("Đơn vị chưa rõ tên")
    return f"{name} ({key.unit_code})" if key.unit_code else name
