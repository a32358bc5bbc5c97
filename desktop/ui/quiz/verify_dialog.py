"""Checking a certificate (giấy chứng nhận) offline: paste the text of its QR code or its
number, or choose (or drop) the PDF or a photo of the page.

:func:`desktop.core.certificates.verify` decides; the dialog says it in one word an
officer at a desk can read from a distance — a green "HỢP LỆ" or a red "KHÔNG HỢP LỆ" —
with the reason and the facts the certificate carries. Facts of a certificate that does
not verify are shown as what it *claims*, never as confirmed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.certificates import CertificateFacts, Verification, verify
from desktop.core.errors import DoanDeskError
from desktop.db.engine import Database
from desktop.i18n import N_, tr
from desktop.ui import errors
from desktop.ui.worker import DatabaseWorker

CERTIFICATE_FILE_FILTER = N_("Giấy chứng nhận (*.pdf *.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;"
                              "Tài liệu PDF (*.pdf);;Ảnh (*.png *.jpg *.jpeg *.bmp *.webp *.tif *.tiff);;Mọi tệp (*)")
# The verdicts: keys (Vietnamese, as written) that are shown through tr().
VALID_TEXT = N_("HỢP LỆ")
INVALID_TEXT = N_("KHÔNG HỢP LỆ")
UNREADABLE_TEXT = N_("KHÔNG ĐỌC ĐƯỢC")
VERDICT_STYLES = {
    VALID_TEXT: ("#1b5e20", "#e3f4e6"),
    INVALID_TEXT: ("#b3261e", "#fde7e5"),
    UNREADABLE_TEXT: ("#8a5a00", "#fff4d6"),
}
FACT_LABELS = [
    ("number", N_("Số giấy chứng nhận:")),
    ("member_name", N_("Cấp cho đồng chí:")),
    ("date_of_birth", N_("Ngày sinh:")),
    ("unit_name", N_("Đơn vị:")),
    ("event_title", N_("Đợt học tập:")),
    ("score", N_("Kết quả:")),
    ("passed_on", N_("Ngày đạt:")),
    ("issuer", N_("Đơn vị cấp:")),
    ("key", N_("Khóa ký:")),
]

_last_folder: Path | None = None


def choose_certificate_file(parent: QWidget | None) -> Path | None:
    """Ask for a certificate's PDF or a photo or scan of it; None when cancelled."""
    global _last_folder
    name, _filter = QFileDialog.getOpenFileName(parent, tr("Chọn giấy chứng nhận (PDF hoặc ảnh)"),
                                                str(_last_folder or Path.home()), tr(CERTIFICATE_FILE_FILTER))
    if not name:
        return None
    _last_folder = Path(name).parent
    return Path(name)


class CertificateVerifyDialog(QDialog):
    """See the module docstring; :attr:`result` holds the last verification."""

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._generation = 0
        self.result: Verification | None = None
        self.verdict_text = ""  # the word shown: VALID_TEXT, INVALID_TEXT or UNREADABLE_TEXT
        self.setWindowTitle(tr("Kiểm tra giấy chứng nhận"))
        self.setAcceptDrops(True)
        self.resize(720, 560)

        intro = QLabel(tr("Dán nội dung mã QR (bắt đầu bằng DDCERT1.) hoặc gõ số giấy chứng nhận, rồi bấm "
                          "«Kiểm tra». Cũng có thể chọn tệp PDF giấy chứng nhận hoặc ảnh chụp, ảnh quét trang giấy "
                          "có mã QR (hoặc kéo thả tệp vào cửa sổ này). Không cần mạng."))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("certificate_code")
        self.code_edit.setPlaceholderText(tr("DDCERT1.… hoặc số giấy chứng nhận, ví dụ TV-CN-2026-00012"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.returnPressed.connect(self.check_text)
        self.code_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.check_button = QPushButton(tr("&Kiểm tra"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_text)
        self.file_button = QPushButton(tr("Chọn tệp &PDF hoặc ảnh…"))
        self.file_button.clicked.connect(self.choose_file)

        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label.setMinimumHeight(84)
        self.message_label = QLabel()
        self.message_label.setObjectName("verdict_message")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setStyleSheet("font-size: 11pt;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_title = QLabel()
        self.facts_title.setStyleSheet("font-weight: bold;")
        self.fact_labels: dict[str, QLabel] = {}
        facts_form = QFormLayout()
        facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in FACT_LABELS:
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            facts_form.addRow(tr(label), value)
        self.facts = QFrame()
        self.facts.setObjectName("facts")
        self.facts.setFrameShape(QFrame.Shape.StyledPanel)
        facts_layout = QVBoxLayout(self.facts)
        facts_layout.addWidget(self.facts_title)
        facts_layout.addLayout(facts_form)
        self.placeholder = QLabel(tr("Kết quả kiểm tra hiện ở đây."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777; font-size: 11pt;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        buttons.rejected.connect(self.reject)
        entry = QHBoxLayout()
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.check_button)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(tr("hoặc")))
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addLayout(file_row)
        layout.addSpacing(8)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.facts)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self._clear()
        self._update_buttons()

    # ------------------------------------------------------------------ checking

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(bool(self.code_edit.text().strip()))

    def check_text(self) -> None:
        """Check what is typed in the field: a code, a number (or a file's path)."""
        text = self.code_edit.text().strip()
        if text:
            self._check(text, tr("Đang kiểm tra…"))

    def choose_file(self) -> None:
        path = choose_certificate_file(self)
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> None:
        self.code_edit.setText(str(path))
        self._check(str(path), tr("Đang đọc {name}…").format(name=path.name))

    def _check(self, text: str, label: str) -> None:
        self._generation += 1
        generation = self._generation
        db = self._db
        self._worker.run(lambda _state: verify(db, text), on_success=lambda result: self._show(generation, result),
                         on_failure=lambda exc: self._failed(generation, exc), parent=self, label=label)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, DoanDeskError):
            errors.show_error(self, exc)
            return
        # A file without a readable code proves nothing either way: say so, in amber.
        self.result = None
        self._verdict(UNREADABLE_TEXT, str(exc))
        self.facts.hide()

    def _show(self, generation: int, result: Verification) -> None:
        if generation != self._generation:
            return
        self.result = result
        self._verdict(VALID_TEXT if result.valid else INVALID_TEXT, result.message)
        self._show_facts(result.facts, result.valid)

    def _verdict(self, text: str, message: str) -> None:
        colour, background = VERDICT_STYLES[text]
        mark = {VALID_TEXT: "✔ ", INVALID_TEXT: "✘ "}.get(text, "")
        self.verdict_label.setText(mark + tr(text))
        self.verdict_text = text
        self.verdict_label.setStyleSheet(f"font-size: 28pt; font-weight: bold; color: {colour}; "
                                         f"background-color: {background}; border: 2px solid {colour}; "
                                         "border-radius: 6px; padding: 8px;")
        self.message_label.setText(html.escape(message))
        self.message_label.setStyleSheet(f"font-size: 11pt; color: {colour};")
        self.placeholder.hide()
        self.verdict_label.show()
        self.message_label.show()

    def _show_facts(self, facts: CertificateFacts | None, valid: bool) -> None:
        if facts is None:
            self.facts.hide()
            return
        self.facts_title.setText(tr("Thông tin giấy chứng nhận") if valid else
                                 tr("Nội dung ghi trong mã (KHÔNG được xác nhận — đừng tin các thông tin này)"))
        self.facts_title.setStyleSheet("font-weight: bold;" if valid else
                                       f"font-weight: bold; color: {VERDICT_STYLES[INVALID_TEXT][0]};")
        values = {
            "number": facts.number, "member_name": facts.member_name, "date_of_birth": facts.date_of_birth or "—",
            "unit_name": facts.unit_name, "event_title": facts.event_title,
            "score": tr("{score} câu trả lời đúng").format(score=facts.score), "passed_on": facts.passed_on,
            "issuer": facts.issuer,
            "key": f"{facts.key[:16]}…" if len(facts.key) > 16 else facts.key,
        }
        for key, label in self.fact_labels.items():
            label.setText(values[key])
        self.fact_labels["member_name"].setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.facts.show()

    def _clear(self) -> None:
        self.verdict_label.hide()
        self.message_label.hide()
        self.facts.hide()
        self.placeholder.show()

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.check_file(Path(files[0]))
