"""The message at start when the database file is damaged, with the offer to restore.

DoanDesk checks its database before opening it (:func:`desktop.core.backups.check_integrity`).
Working on a damaged file can lose more data, so the officer is told what is wrong, in
words, and offered the newest backups to restore from, or another backup file (from a
USB stick, another PC). Choosing none closes the program; the file is left as it is for
whoever comes to help.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backups import BackupInfo
from desktop.i18n import tr, trn
from desktop.ui.backup_dialog import BACKUP_FILTER, when_text
from desktop.ui.forms import ERROR_COLOUR

SHOWN_PROBLEMS = 6
SHOWN_BACKUPS = 5


def choose_backup_file(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, tr("Chọn bản sao lưu"), str(Path.home()), tr(BACKUP_FILTER))
    return Path(name) if name else None


def problems_text(problems: list[str]) -> str:
    shown = [f"• {problem}" for problem in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        shown.append(trn("… và %n lỗi khác.", len(problems) - SHOWN_PROBLEMS))
    return "\n".join(shown)


class IntegrityPrompt(QDialog):
    """What is wrong and the backups to restore from; ``chosen`` is the backup picked."""

    def __init__(self, problems: list[str], backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(tr("Dữ liệu DoanDesk bị hỏng"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        heading = QLabel(tr("Tệp dữ liệu của DoanDesk bị hỏng."))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(tr("Khi mở, DoanDesk kiểm tra dữ liệu và thấy lỗi dưới đây (thường do mất điện đột ngột, ổ "
                          "đĩa hỏng hoặc tệp bị chương trình khác ghi đè). Làm việc tiếp trên tệp hỏng có thể mất "
                          "thêm dữ liệu."))
        intro.setWordWrap(True)
        self.problems_label = QLabel(problems_text(problems))
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOUR};")

        usable = [info for info in backups if not info.problem][:SHOWN_BACKUPS]
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backups")
        self.backup_list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        today = date.today()
        for info in usable:
            item = QListWidgetItem(f"{when_text(info.created_at, today)} — {info.label_text}\n"
                                   f"{info.counts_text()}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.backup_list.addItem(item)
        if usable:
            self.backup_list.setCurrentRow(0)
            rows = sum(self.backup_list.sizeHintForRow(row) for row in range(len(usable)))
            self.backup_list.setFixedHeight(rows + 2 * self.backup_list.frameWidth() + 4)
            offer = QLabel(tr("Hãy khôi phục từ một bản sao lưu (bản mới nhất ở trên cùng). Những gì nhập sau thời "
                              "điểm sao lưu sẽ phải nhập lại."))
        else:
            self.backup_list.hide()
            offer = QLabel(tr("Không tìm thấy bản sao lưu nào trên máy này. Nếu có bản sao lưu trên USB hoặc máy "
                              "khác, hãy bấm «Chọn tệp sao lưu khác…»; nếu không, hãy nhờ người hỗ trợ kỹ thuật."))
        offer.setObjectName("offer")
        offer.setWordWrap(True)
        kept = QLabel(tr("Khi khôi phục, tệp hỏng không bị xóa: nó được giữ lại bên cạnh (đuôi .before-restore) "
                         "để người hỗ trợ kỹ thuật xem."))
        kept.setWordWrap(True)
        kept.setStyleSheet("color: #555;")

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(tr("Khôi phục bản đã chọn"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(usable))
        self.restore_button.setVisible(bool(usable))
        self.restore_button.setDefault(bool(usable))
        self.other_button = buttons.addButton(tr("Chọn tệp sao lưu khác…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.setDefault(not usable)
        self.quit_button = buttons.addButton(tr("Đóng DoanDesk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        self.quit_button.clicked.connect(self.reject)
        self.backup_list.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(intro)
        text.addWidget(self.problems_label)
        text.addSpacing(6)
        text.addWidget(offer)
        text.addWidget(self.backup_list)
        text.addWidget(kept)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def backups_shown(self) -> list[Path]:
        return [Path(self.backup_list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.backup_list.count())]

    def restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def restore_other(self) -> None:
        path = choose_backup_file(self)
        if path is not None:
            self.chosen = path
            self.accept()


def offer_restore(parent: QWidget | None, problems: list[str], backups: list[BackupInfo]) -> Path | None:
    """Tell the officer the database is damaged; the backup chosen to restore from, or None
    (close the program)."""
    prompt = IntegrityPrompt(problems, backups, parent)
    accepted = prompt.exec() == QDialog.DialogCode.Accepted
    chosen = prompt.chosen if accepted else None
    prompt.deleteLater()
    return chosen
