"""Small dialogs used by every screen: confirm, inform, warn, ask, choose a file.

Screens call these through the module (``dialogs.confirm(...)``) rather than building
QMessageBox themselves, so the wording of buttons stays consistent and tests can
replace one function instead of clicking through a modal box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.i18n import N_, tr


def confirm(parent: QWidget | None, title: str, text: str, *, confirm_text: str | None = None,
            cancel_text: str | None = None, informative: str = "") -> bool:
    """Ask a yes/no question; the safe answer (no) is the default button.

    The buttons say "Có" and "Không" unless ``confirm_text``/``cancel_text`` are given.
    """
    confirm_text = tr("Có") if confirm_text is None else confirm_text
    cancel_text = tr("Không") if cancel_text is None else cancel_text
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_changes(parent: QWidget | None, title: str, text: str) -> str:
    """Unsaved changes: ``"save"``, ``"discard"`` or ``"cancel"`` (the default, also Esc)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(tr("Lưu"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return {save: "save", discard: "discard"}.get(box.clickedButton(), "cancel")


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text from the user; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(tr("Đồng ý"))
    dialog.setCancelButtonText(tr("Hủy"))
    dialog.setMinimumWidth(420)
    return dialog.textValue() if dialog.exec() else None


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """The position of the item the user picked in ``items``; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[max(0, min(current, len(items) - 1))])
    dialog.setOkButtonText(tr("Đồng ý"))
    dialog.setCancelButtonText(tr("Hủy"))
    dialog.setMinimumWidth(420)
    return items.index(dialog.textValue()) if dialog.exec() and dialog.textValue() in items else None


def _notice(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
            informative: str, details: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str, *, informative: str = "") -> None:
    _notice(QMessageBox.Icon.Information, parent, title, text, informative, "")


def warn(parent: QWidget | None, title: str, text: str, *, informative: str = "", details: str = "") -> None:
    _notice(QMessageBox.Icon.Warning, parent, title, text, informative, details)


def critical(parent: QWidget | None, title: str, text: str, *, informative: str = "", details: str = "") -> None:
    _notice(QMessageBox.Icon.Critical, parent, title, text, informative, details)


# File dialog filters, shown through tr().
SPREADSHEET_FILTER = N_("Bảng tính (*.xlsx *.xls *.ods);;Mọi tệp (*)")
XLSX_FILTER = N_("Bảng tính Excel (*.xlsx)")
PDF_FILTER = N_("Tài liệu PDF (*.pdf)")
SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".ods")

# The folder the user last picked a file in, so the next dialog opens there.
_last_folder: Path | None = None


def choose_spreadsheet(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a spreadsheet to read (.xlsx, .xls, .ods); None when the user cancels."""
    global _last_folder
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(_last_folder or Path.home()),
                                                tr(SPREADSHEET_FILTER))
    if not name:
        return None
    _last_folder = Path(name).parent
    return Path(name)


def choose_xlsx_to_save(parent: QWidget | None, title: str, suggested_name: str) -> Path | None:
    """Ask where to save an .xlsx file (the suffix is added when the user leaves it out)."""
    return _choose_file_to_save(parent, title, suggested_name, XLSX_FILTER, ".xlsx")


def choose_pdf_to_save(parent: QWidget | None, title: str, suggested_name: str) -> Path | None:
    """Ask where to save a PDF (the suffix is added when the user leaves it out)."""
    return _choose_file_to_save(parent, title, suggested_name, PDF_FILTER, ".pdf")


def _choose_file_to_save(parent: QWidget | None, title: str, suggested_name: str, file_filter: str,
                         suffix: str) -> Path | None:
    global _last_folder
    safe_name = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in suggested_name).strip()
    start = (_last_folder or Path.home()) / safe_name
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(start), tr(file_filter))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    _last_folder = path.parent
    return path
