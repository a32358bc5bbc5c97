"""The "Nhận gói" tab: read packages, see what each would do, then import them.

Every package chosen (files, or a folder whose split parts are joined again) is opened
in the worker: decrypted (a passphrase package asks for its passphrase first), checked
(signature, SHA-256 of every file) and previewed with
:func:`desktop.core.bundles.import_package` ``dry_run=True``, whose counts are the
import's own. Nothing is written until "Nhập", which applies each package in its own
transaction. A package from a sender not trusted yet stays aside (quarantined) until
its key is trusted on the "Đơn vị gửi / khóa" tab; it is then previewed again by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bundle_format import decrypt
from desktop.core.bundles import OUTCOMES, ImportReport, describe_encryption, import_package, open_package
from desktop.core.errors import DoanDeskError, InputFileError
from desktop.core.signing import format_fingerprint, own_key
from desktop.db.engine import Database
from desktop.i18n import N_, number_text, tr, trn
from desktop.ui import dialogs, errors
from desktop.ui.events.plan_table import current_row, plan_table, section_title, select_row
from desktop.ui.exchange import choosers
from desktop.ui.exchange.send_tab import delivery_module
from desktop.ui.exchange.texts import (
    OUTCOME_HEADERS, local_time, outcome_summary, records_summary, scope_summary,
)
from desktop.ui.table_models import CENTER, RIGHT, Column, ListTableModel
from desktop.ui.worker import DatabaseWorker

APPLIED_BACKGROUND = QColor("#e6f4ea")
ASIDE_BACKGROUND = QColor("#fff4d6")
REFUSED_BACKGROUND = QColor("#fde7e5")
HINT_STYLE = "color: #555;"
PART_SUFFIX = re.compile(r"\.part\d+of\d+$", re.IGNORECASE)  # x.ddb.part01of03 is part of x.ddb

STATE_LABELS = {
    "locked": N_("Cần mật khẩu"),
    "refused": N_("Từ chối"),
    "quarantined": N_("Để riêng"),
    "preview": N_("Mới xem trước"),
    "applied": N_("Đã nhập"),
}


@dataclass
class Incoming:
    """One package on the tab, from reading it to importing it."""

    name: str
    data: bytes
    encryption: str | None  # None, "passphrase" or "recipient"
    passphrase: str | None = None
    plain: bytes | None = None  # the signed package, once decrypted
    manifest: dict | None = None
    preview: ImportReport | None = None
    report: ImportReport | None = None  # of the import itself
    refused: str = ""
    state: str = "new"
    receipt: Path | None = None

    @property
    def shown(self) -> ImportReport | None:
        return self.report or self.preview

    @property
    def sender(self) -> dict:
        return (self.manifest or {}).get("sender", {})

    @property
    def sender_label(self) -> str:
        sender = self.sender
        name, code = sender.get("unit_name", ""), sender.get("unit_code", "")
        if not sender:
            return ""
        return f"{name} ({code})" if code else (name or tr("Đơn vị chưa rõ tên"))

    @property
    def state_label(self) -> str:
        if self.state == "preview" and self.preview is not None and self.preview.already_imported:
            return tr("Đã nhập trước đây")
        return tr(STATE_LABELS[self.state]) if self.state in STATE_LABELS else ""

    def count(self, outcome: str) -> str:
        shown = self.shown
        if shown is None or self.state == "quarantined":
            return ""
        return number_text(shown.counts.get(outcome, 0))


def _key_label(package: Incoming) -> str:
    if package.state in ("preview", "applied"):
        return tr("Đã tin cậy")
    if package.state == "quarantined":
        return tr("Chưa tin cậy")
    return ""


PACKAGE_COLUMNS: list[Column[Incoming]] = [
    Column("name", N_("Tệp"), lambda p: p.name, width=260),
    Column("sender", N_("Đơn vị gửi"), lambda p: p.sender_label, width=240),
    Column("key", N_("Khóa"), _key_label, width=96),
    Column("state", N_("Kết quả"), lambda p: p.state_label, width=120),
    *[Column(outcome, OUTCOME_HEADERS[outcome], lambda p, o=outcome: p.count(o), alignment=RIGHT, width=70)
      for outcome in OUTCOMES],
]
REASON_COLUMNS: list[Column[str]] = [
    Column("seq", N_("STT"), None, alignment=CENTER, width=44),
    Column("reason", N_("Lý do"), lambda reason: reason, width=400),
]


def _background(package: Incoming) -> QColor | None:
    if package.state == "applied":
        return APPLIED_BACKGROUND
    if package.state in ("quarantined", "locked"):
        return ASIDE_BACKGROUND
    if package.state == "refused":
        return REFUSED_BACKGROUND
    return None


def _tooltip(package: Incoming) -> str:
    return package.refused if package.state == "refused" else ""


# --- the worker's side ------------------------------------------------------------------------------


def read_packages(paths: list[Path], folder: Path | None) -> list[Incoming]:
    """The packages in ``folder`` (parts of split packages joined), or the files ``paths``
    (the parts among them joined into one package). What cannot be read or joined is
    listed as refused, so the officer sees every file chosen."""
    delivery = delivery_module()
    found: list[tuple[str, bytes]] = []
    refused: list[Incoming] = []
    if folder is not None:
        packages = delivery.find_packages(folder)
        found += packages
        refused += [Incoming(problem.file or folder.name, b"", None, state="refused", refused=problem.message)
                     for problem in packages.problems]
        if not found and not refused:
            raise InputFileError(tr("Thư mục {folder} không có gói báo cáo nào (tệp .ddb hoặc các phần của "
                                    "gói).").format(folder=folder))
    parts: list[Path] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            refused.append(Incoming(path.name, b"", None, state="refused",
                                    refused=tr("Không đọc được tệp: {error}").format(error=exc.strerror or exc)))
            continue
        if data.startswith(delivery.PART_MAGIC):
            parts.append(path)
        else:
            found.append((path.name, data))
    if parts:
        try:
            found.append((PART_SUFFIX.sub("", parts[0].name), delivery.join_parts(parts)))
        except InputFileError as exc:
            refused.append(Incoming(parts[0].name, b"", None, state="refused",
                                    refused=tr("{error} (Hoặc bấm «Chọn thư mục…» để đọc mọi gói trong thư mục "
                                               "đó.)").format(error=exc)))
    packages = []
    for name, data in found:
        try:
            encryption = describe_encryption(data)
        except (ValueError, KeyError):
            encryption = "broken"
        packages.append(Incoming(name, data, encryption))
    return packages + refused


def examine(db: Database, package: Incoming) -> Incoming:
    """Open, check and preview ``package`` (a new object: the GUI keeps the old one meanwhile)."""
    if package.state == "refused" and not package.data:
        return package  # nothing was read: the reason stays
    package = replace(package, refused="", preview=None, report=None)
    if package.encryption == "passphrase" and package.plain is None and package.passphrase is None:
        package.state = "locked"
        return package
    try:
        if package.plain is None:
            if package.encryption == "broken":
                raise InputFileError(tr("Phần đầu của gói mã hóa bị hỏng."))
            package.plain = decrypt(package.data, passphrase=package.passphrase, own=own_key(db)) \
                if package.encryption else package.data
        package.manifest = open_package(db, package.plain).manifest
        package.preview = import_package(db, package.plain, dry_run=True, file_name=package.name)
        package.state = "quarantined" if package.preview.quarantined else "preview"
        if package.preview.quarantined:
            # Logged as set aside (nothing is applied from an untrusted sender), so the
            # history shows that it came even if nobody trusts the key today.
            import_package(db, package.plain, file_name=package.name)
    except DoanDeskError as exc:
        package.state, package.refused = "refused", str(exc)
    return package


def apply(db: Database, package: Incoming) -> Incoming:
    """Import ``package`` (one transaction). Its sender's key may have been distrusted
    meanwhile: the package is then set aside again, nothing applied."""
    package = replace(package)
    try:
        package.report = import_package(db, package.plain, file_name=package.name)
        package.state = "quarantined" if package.report.quarantined else "applied"
    except DoanDeskError as exc:
        package.state, package.refused = "refused", str(exc)
    return package


def receipt_name(package: Incoming) -> str:
    code = package.sender.get("unit_code", "") or "don-vi"
    return f"bien-nhan-{code}-{date.today():%Y%m%d}-{package.shown.bundle_id[:8]}.ddr"


# --- the tab ----------------------------------------------------------------------------------------


class ReceiveTab(QWidget):
    imported = Signal()
    examined = Signal()
    keys_requested = Signal(str)  # the fingerprint to check on the keys tab
    receipt_read = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self.packages: list[Incoming] = []
        # Bumped when another set of packages is read, so late results of the last set are dropped.
        self._batch = 0

        self.files_button = QPushButton(tr("Chọn tệp gói…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(tr("Chọn thư mục…"))
        self.folder_button.setToolTip(tr("Mọi gói trong thư mục (ví dụ trên USB); gói chia nhiều phần được ghép lại"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.read_receipt_button = QPushButton(tr("Nhập biên nhận…"))
        self.read_receipt_button.setToolTip(tr("Biên nhận (.ddr) đơn vị nhận gửi lại: đánh dấu gói đã gửi là đã nhận"))
        self.read_receipt_button.clicked.connect(self.read_receipts)
        hint = QLabel(tr("Mỗi gói được kiểm tra chữ ký và mã SHA-256 rồi xem trước: chưa có gì được ghi cho đến "
                         "khi bấm «Nhập»."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.files_button)
        top.addWidget(self.folder_button)
        top.addStretch(1)
        top.addWidget(self.read_receipt_button)

        self.model = ListTableModel(PACKAGE_COLUMNS, parent=self, background=_background, tooltip=_tooltip)
        self.table = plan_table(self.model, PACKAGE_COLUMNS, name="packages_table", stretch="name")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.empty_state = QLabel(tr("Chưa chọn gói nào.\nBấm «Chọn tệp gói…», hoặc «Chọn thư mục…» để đọc mọi "
                                     "gói trong một thư mục (ví dụ trên USB)."))
        self.empty_state.setObjectName("packages_empty")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setStyleSheet("color: #555; font-size: 11pt;")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty_state)
        self.list_stack.addWidget(self.table)

        self.import_button = QPushButton(tr("Nhập"))
        self.import_button.setObjectName("import_button")
        self.import_button.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 18px; }")
        self.import_button.clicked.connect(self.import_all)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("receive_summary")
        self.summary_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.list_stack, 3)
        layout.addLayout(bottom)
        layout.addWidget(self._build_details(), 2)
        self._show_packages()

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(tr("Gói đang chọn"))
        self.details_label = QLabel()
        self.details_label.setObjectName("package_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.passphrase_button = QPushButton(tr("Nhập mật khẩu…"))
        self.passphrase_button.clicked.connect(self.ask_selected_passphrase)
        self.keys_button = QPushButton(tr("Xác minh người gửi…"))
        self.keys_button.setToolTip(tr("Sang tab «Đơn vị gửi / khóa» để tin cậy khóa của đơn vị gửi"))
        self.keys_button.clicked.connect(self._go_to_keys)
        self.receipt_button = QPushButton(tr("Lập biên nhận…"))
        self.receipt_button.setToolTip(tr("Biên nhận đã ký để gửi lại cho đơn vị gửi"))
        self.receipt_button.clicked.connect(self.make_selected_receipt)
        buttons = QHBoxLayout()
        for button in (self.passphrase_button, self.keys_button, self.receipt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.details_label, 1)
        left.addLayout(buttons)

        self.reasons_model = ListTableModel(REASON_COLUMNS, parent=self, tooltip=lambda reason: reason)
        self.reasons_table = plan_table(self.reasons_model, REASON_COLUMNS, name="rejected_table", stretch="reason")
        self.reasons_title = section_title(tr("Bản ghi bị từ chối"))
        right = QVBoxLayout()
        right.addWidget(self.reasons_title)
        right.addWidget(self.reasons_table, 1)
        layout = QHBoxLayout(box)
        layout.addLayout(left, 1)
        layout.addSpacing(8)
        layout.addLayout(right, 1)
        return box

    # ------------------------------------------------------------------ choosing

    def choose_files(self) -> None:
        paths = choosers.choose_files(self, tr("Chọn gói báo cáo"), choosers.PACKAGE_FILTER)
        if paths:
            self.load(paths=paths)

    def choose_folder(self) -> None:
        folder = choosers.choose_folder(self, tr("Chọn thư mục có gói báo cáo"))
        if folder is not None:
            self.load(folder=folder)

    def load(self, paths: list[Path] = (), folder: Path | None = None) -> None:
        """Read ``paths`` or the packages in ``folder``, ask the passphrases, preview them all."""
        paths = list(paths)
        self._worker.run(lambda _state: read_packages(paths, folder), on_success=self._read, parent=self,
                         label=tr("Đang đọc gói báo cáo…"))

    def _read(self, packages: list[Incoming]) -> None:
        for package in packages:
            if package.encryption == "passphrase":
                package.passphrase = choosers.ask_passphrase(self, package.name)
        self._batch += 1
        self.packages = packages
        self._examine(list(range(len(packages))))

    def _examine(self, positions: list[int]) -> None:
        db, batch = self._db, self._batch
        chosen = [(position, self.packages[position]) for position in positions]
        self._worker.run(lambda _state: [(position, examine(db, p)) for position, p in chosen],
                         on_success=lambda results: self._replace(batch, results), parent=self,
                         label=tr("Đang kiểm tra và xem trước gói…"))

    def _replace(self, batch: int, results: list[tuple[int, Incoming]]) -> None:
        if batch == self._batch:
            for position, package in results:
                self.packages[position] = package
            self._show_packages()
        self.examined.emit()

    def recheck(self) -> None:
        """Preview again the packages set aside (a sender's key may have been trusted)."""
        waiting = [i for i, p in enumerate(self.packages) if p.state == "quarantined"]
        if waiting:
            self._examine(waiting)

    # ------------------------------------------------------------------ showing

    def _show_packages(self) -> None:
        keep = current_row(self.table)
        self.model.set_rows(self.packages)
        self.list_stack.setCurrentWidget(self.table if self.packages else self.empty_state)
        if self.packages:
            select_row(self.table, keep if 0 <= keep < len(self.packages) else 0)
        self._show_selected()
        ready = sum(1 for p in self.packages if p.state == "preview")
        self.import_button.setEnabled(bool(ready))
        self.import_button.setText(trn("Nhập %n gói", ready) if ready > 1 else tr("Nhập"))
        self.summary_label.setText(self._summary())

    def _summary(self) -> str:
        if not self.packages:
            return ""
        by_state: dict[str, int] = {}
        for package in self.packages:
            by_state[package.state] = by_state.get(package.state, 0) + 1
        parts = [f"{count} {(tr(STATE_LABELS[state]) if state in STATE_LABELS else state).lower()}"
                 for state, count in by_state.items()]
        return trn("%n gói: {states}.", len(self.packages)).format(states=", ".join(parts))

    def selected(self) -> Incoming | None:
        row = current_row(self.table)
        return self.packages[row] if 0 <= row < len(self.packages) else None

    def _show_selected(self) -> None:
        package = self.selected()
        self.details_label.setText(details_html(package) if package else "")
        reasons = list(package.shown.rejected) if package and package.shown else []
        self.reasons_model.set_rows(reasons)
        self.reasons_title.setText(tr("Bản ghi bị từ chối ({count})").format(count=number_text(len(reasons))) if reasons
                                   else tr("Bản ghi bị từ chối: không có"))
        self.passphrase_button.setVisible(package is not None and package.encryption == "passphrase"
                                          and package.state in ("locked", "refused"))
        self.keys_button.setVisible(package is not None and package.state == "quarantined")
        self.receipt_button.setVisible(package is not None and package.state == "applied")

    def _go_to_keys(self) -> None:
        package = self.selected()
        if package is not None:
            self.keys_requested.emit(package.sender.get("fingerprint", ""))

    def ask_selected_passphrase(self) -> None:
        position = current_row(self.table)
        if not 0 <= position < len(self.packages):
            return
        package = self.packages[position]
        passphrase = choosers.ask_passphrase(self, package.name)
        if passphrase is None:
            return
        self.packages[position] = replace(package, passphrase=passphrase, plain=None)
        self._examine([position])

    # ------------------------------------------------------------------ importing

    def import_all(self) -> None:
        positions = [i for i, p in enumerate(self.packages) if p.state == "preview"]
        if not positions:
            return
        db, batch = self._db, self._batch
        chosen = [(position, self.packages[position]) for position in positions]
        self.import_button.setEnabled(False)
        self._worker.run(lambda _state: [(position, apply(db, p)) for position, p in chosen],
                         on_success=lambda results: self._imported(batch, results), on_failure=self._failed,
                         parent=self, label=tr("Đang nhập gói báo cáo…"))

    def _failed(self, exc: BaseException) -> None:
        self._show_packages()
        errors.show_error(self, exc)

    def _imported(self, batch: int, results: list[tuple[int, Incoming]]) -> None:
        self._replace(batch, results)
        self.imported.emit()
        done = [p for _position, p in results]
        lines = []
        for package in done:
            if package.state == "applied":
                lines.append(f"• {package.name}: {outcome_summary(package.report.counts)}.")
            elif package.state == "quarantined":
                lines.append(tr("• {name}: để riêng, chưa nhập gì (khóa của người gửi chưa được tin cậy).").format(
                    name=package.name))
            else:
                lines.append(tr("• {name}: từ chối. {reason}").format(name=package.name, reason=package.refused))
        applied = [p for p in done if p.state == "applied"]
        text = "\n".join(lines)
        if not applied:
            dialogs.warn(self, tr("Chưa nhập được gói nào"), text)
            return
        rejected = sum(p.report.counts.get("rejected", 0) for p in applied)
        informative = (tr("Có bản ghi bị từ chối: chọn gói để xem lý do.") + " " if rejected else "") + \
            tr("Lập biên nhận để gửi lại cho đơn vị gửi? (Đơn vị gửi cần biên nhận để lần sau chỉ gửi các thay đổi.)")
        if dialogs.confirm(self, tr("Đã nhập gói báo cáo"), text, confirm_text=tr("Lập biên nhận…"),
                           cancel_text=tr("Để sau"), informative=informative):
            self.make_receipts(applied)

    # ------------------------------------------------------------------ receipts

    def make_selected_receipt(self) -> None:
        package = self.selected()
        if package is not None and package.state == "applied":
            self.make_receipts([package])

    def make_receipts(self, packages: list[Incoming]) -> None:
        """One signed receipt per package: asked where for one, into a chosen folder for several."""
        if len(packages) == 1:
            path = choosers.choose_save_file(self, tr("Lưu biên nhận"), receipt_name(packages[0]),
                                             choosers.RECEIPT_FILTER, ".ddr")
            if path is None:
                return
            targets = [(packages[0], path)]
        else:
            folder = choosers.choose_folder(self, tr("Chọn thư mục để lưu các biên nhận"))
            if folder is None:
                return
            targets = [(package, folder / receipt_name(package)) for package in packages]
        from desktop.core.bundles import make_receipt

        db = self._db
        jobs = [(package.shown.bundle_id, path) for package, path in targets]
        self._worker.run(lambda _state: [make_receipt(db, bundle_id, path) for bundle_id, path in jobs],
                         on_success=lambda paths: self._receipts_made(targets, paths), parent=self,
                         label=tr("Đang lập biên nhận…"))

    def _receipts_made(self, targets: list[tuple[Incoming, Path]], paths: list[Path]) -> None:
        for (package, _target), path in zip(targets, paths):
            package.receipt = path
        self._show_selected()
        names = "\n".join(f"• {path}" for path in paths)
        dialogs.inform(self, tr("Đã lập biên nhận"), tr("Đã ghi biên nhận:\n{names}").format(names=names),
                       informative=tr("Gửi biên nhận lại cho đơn vị gửi (qua USB hoặc thư điện tử); họ mở nó bằng "
                                      "«Nhập biên nhận…»."))
        choosers.reveal(paths[0])

    def read_receipts(self) -> None:
        paths = choosers.choose_files(self, tr("Chọn biên nhận"), choosers.RECEIPT_FILTER)
        if not paths:
            return
        from desktop.core.bundles import read_receipt

        db = self._db

        def job(_state):
            results = []
            for path in paths:
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    raise InputFileError(tr("Không đọc được tệp {path}: {error}").format(
                        path=path, error=exc.strerror or exc)) from exc
                results.append((path.name, *read_receipt(db, data)))
            return results

        self._worker.run(job, on_success=self._receipts_read, on_failure=self._receipt_failed, parent=self,
                         label=tr("Đang đọc biên nhận…"))

    def _receipt_failed(self, exc: BaseException) -> None:
        self.receipt_read.emit()  # a receipt by an unknown key leaves that key to check on the keys tab
        errors.show_error(self, exc)

    def _receipts_read(self, results: list[tuple[str, str, dict]]) -> None:
        self.receipt_read.emit()
        lines = [tr("• Gói {bundle}…: đơn vị nhận ghi nhận {outcomes}.").format(
            bundle=bundle_id[:8], outcomes=outcome_summary(counts)) for _name, bundle_id, counts in results]
        dialogs.inform(self, tr("Đã nhập biên nhận"), "\n".join(lines),
                       informative=tr("Lần gửi sau có thể chọn «Chỉ các thay đổi từ lần gửi đã có biên nhận»."))


def details_html(package: Incoming) -> str:
    """What checking the package found, for the officer to read before importing."""
    lines = [f"<b>{_escape(package.name)}</b>"]
    if package.encryption == "passphrase":
        encryption = tr("bằng mật khẩu")
    elif package.encryption == "recipient":
        encryption = tr("cho riêng đơn vị này")
    else:
        encryption = tr("không")
    if package.state == "locked":
        lines.append(tr("Gói được khóa bằng mật khẩu. Bấm «Nhập mật khẩu…» rồi nhập mật khẩu mà đơn vị gửi đã báo."))
        return "<br>".join(lines)
    if package.manifest is None:
        lines.append(tr("<span style='color:#b3261e'>Từ chối: {reason}</span>").format(
            reason=_escape(package.refused)))
        lines.append(tr("Không có gì từ gói này được dùng."))
        return "<br>".join(lines)
    sender = package.sender
    manifest = package.manifest
    lines.append(tr("Gói hợp lệ: chữ ký đúng, mọi tệp khớp mã kiểm tra SHA-256."))
    lines.append(tr("Gửi từ: {sender}, lúc {time}. Mã hóa: {encryption}.").format(
        sender=_escape(package.sender_label), time=local_time(manifest.get("created_at")), encryption=encryption))
    rows = {name.removeprefix("records/").removesuffix(".jsonl.gz"): entry.get("rows", 0)
            for name, entry in manifest.get("files", {}).items() if name.startswith("records/")}
    lines.append(tr("Nội dung: {scope}; {records}.").format(scope=_escape(scope_summary(manifest.get("scope", {}))),
                                                          records=records_summary(rows)))
    fingerprint = format_fingerprint(sender.get("fingerprint", ""))
    if package.state == "quarantined":
        lines.append(tr("Dấu vân tay khóa: <tt>{fingerprint}</tt> — <b style='color:#8a5a00'>CHƯA tin cậy</b>.").format(
            fingerprint=fingerprint))
        lines.append(tr("Gói được để riêng, chưa nhập gì. Gọi điện cho đơn vị gửi, nhờ họ đọc dấu vân tay trên màn "
                        "hình «Gửi / Nhận» của họ; nếu khớp, tin cậy khóa (nút «Xác minh người gửi…»), gói sẽ được "
                        "xem trước lại."))
    elif package.state == "refused":
        lines.append(tr("Dấu vân tay khóa: <tt>{fingerprint}</tt>.").format(fingerprint=fingerprint))
        lines.append(tr("<span style='color:#b3261e'>Từ chối: {reason}</span>").format(
            reason=_escape(package.refused)))
    else:
        lines.append(tr("Dấu vân tay khóa: <tt>{fingerprint}</tt> — đã tin cậy.").format(fingerprint=fingerprint))
        shown = package.shown
        if package.state == "applied":
            lines.append(tr("<b>Đã nhập:</b> {outcomes}.").format(outcomes=outcome_summary(shown.counts)))
            if package.receipt is not None:
                lines.append(tr("Đã lập biên nhận: {path}").format(path=_escape(str(package.receipt))))
        else:
            lines.append(tr("<b>Nếu nhập:</b> {outcomes}.").format(outcomes=outcome_summary(shown.counts)))
            if shown.already_imported:
                lines.append(tr("Gói này đã được nhập trước đây; nhập lại không thay đổi gì thêm."))
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
