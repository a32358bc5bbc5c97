"""``doandesk self-test``: does this copy of the program work on this machine?

Run after building the installable bundle (``installer/build.py`` and the Windows
workflow do) and useful on an office PC when something looks wrong. In a temporary
folder, never touching the officer's data, it:

1. checks that the files the program reads at run time are there (fonts and their
   licence, icons, sounds, the example conference, Qt's Vietnamese texts, migrations);
2. loads the compiled libraries and makes each do a small job (signing, a QR code
   drawn and read back, a workbook written and read back, Qt's optional modules);
3. creates a database (all migrations) and fills a small demo;
4. shows the main window (offscreen where there is no display), opens every screen and
   the demo conference, and paints it;
5. prints the participant list and the report as PDF and checks that they are PDFs
   with the bundled font embedded.

Any exception, any error dialog the program tries to show, or a Qt message of level
critical makes it fail with the reason in Vietnamese; exit code 0 means every step held.
Dialogs are recorded rather than shown: a modal box would wait forever for a click
nobody gives.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_MEMBERS = 50
WAIT_TIMEOUT_S = 60
DB_FILE_NAME = "tu-kiem-tra.sqlite3"
SOUND_FILES = ("ok.wav", "warn.wav", "error.wav")
SAMPLE_TEXT = "Nguyễn Thị Ánh Tuyết – Chi đoàn ấp Giồng Lớn"
PDF_FONT_PREFIX = "Liberation"


class SelfTestFailure(Exception):
    """A check that did not hold; the message says what, in Vietnamese."""


def _say(text: str) -> None:
    # A windowed build on Windows has no console: print() then writes nowhere, harmlessly.
    print(text, flush=True)


@contextlib.contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def _choose_qt_platform() -> None:
    """Offscreen when nobody set a platform and Linux has no display to show a window on."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@contextlib.contextmanager
def _recorded_qt_messages(critical: list[str]) -> Iterator[None]:
    """Collect Qt's critical and fatal messages (all messages still go to the log)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from desktop.logs import qt_message_handler

    def handler(mode, context, message):
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            critical.append(message)
        qt_message_handler(mode, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextlib.contextmanager
def _recorded_dialogs(shown: list[tuple[str, str, str]]) -> Iterator[None]:
    """Replace the program's message boxes (desktop.ui.dialogs) by a record of them."""
    from desktop.ui import dialogs

    names = ("inform", "warn", "critical", "confirm")
    saved = {name: getattr(dialogs, name) for name in names}

    def recorder(kind: str):
        def show(_parent, title, text, **_kwargs):
            shown.append((kind, title, text))
            return False  # "no" to any question: a check must not change anything
        return show

    for name in names:
        setattr(dialogs, name, recorder(name))
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(dialogs, name, function)


class SelfTest:
    """The steps, sharing what they open; :meth:`close` releases it in any case."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.db = None
        self.app = None
        self.worker = None
        self.window = None
        self.event_id: str | None = None
        self.critical_messages: list[str] = []
        self.dialogs_shown: list[tuple[str, str, str]] = []

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("Tệp của chương trình", self.check_resources),
            ("Thư viện", self.check_libraries),
            ("Cơ sở dữ liệu", self.check_database),
            ("Dữ liệu mẫu", self.fill_demo),
            ("Cửa sổ chính", self.check_main_window),
            ("In PDF", self.check_pdfs),
        ]

    # ------------------------------------------------------------------ steps

    def check_english(self) -> None:
        """The English catalogue loads and answers; the program is left in Vietnamese."""
        from desktop import i18n
        from desktop.ui.translations import install_language

        try:
            if install_language(self.app, i18n.ENGLISH) != i18n.ENGLISH or i18n.tr("Cài đặt") != "Settings":
                raise SelfTestFailure("Không nạp được bản dịch tiếng Anh (doandesk_en.qm).")
        finally:
            install_language(self.app, i18n.VIETNAMESE)

    def check_resources(self) -> str:
        from desktop.db.migrate import MIGRATIONS_DIR
        from desktop.resources import font_files, resource_path
        from desktop.ui.translations import QM_FILE, catalogue_file

        required = [
            *font_files(),
            resource_path("icons", "doandesk.svg"),
            *(resource_path("icons", f"doandesk-{size}.png") for size in (16, 32, 48, 256)),
            *(resource_path("sounds", name) for name in SOUND_FILES),
            resource_path("examples", "hoi-nghi-hoc-tap.json"),
            QM_FILE,
            catalogue_file("en"),
            MIGRATIONS_DIR / "env.py",
        ]
        missing = [str(path) for path in required if not path.is_file()]
        if not list(resource_path("fonts").glob("LICENSE*")):
            missing.append(str(resource_path("fonts", "LICENSE…")))
        migrations = list((MIGRATIONS_DIR / "versions").glob("*.py"))
        if not migrations:
            missing.append(str(MIGRATIONS_DIR / "versions" / "*.py"))
        if missing:
            raise SelfTestFailure("Thiếu tệp của chương trình: " + "; ".join(missing))
        return f"{len(font_files())} phông chữ và giấy phép, biểu tượng, âm thanh, tệp mẫu, {len(migrations)} bước nâng cấp"

    def check_libraries(self) -> str:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.generate()
        key.public_key().verify(key.sign(SAMPLE_TEXT.encode()), SAMPLE_TEXT.encode())

        self._qr_round_trip()
        self._workbook_round_trip()

        import pypdf  # noqa: F401 - loaded here so that a missing module is named as such
        from PySide6 import QtMultimedia, QtPdf, QtPdfWidgets, QtPrintSupport, QtSvg  # noqa: F401
        return "chữ ký số, mã QR (tạo và đọc), bảng tính (ghi và đọc), PDF, các mô-đun Qt"

    def _qr_round_trip(self) -> None:
        from PySide6.QtGui import QColor, QImage, QPainter

        from desktop.core.qr import qr_matrix
        from desktop.ui.attendance.camera_reader import decode_codes

        matrix = qr_matrix(SAMPLE_TEXT)
        scale, quiet = 6, 4
        side = (len(matrix) + 2 * quiet) * scale
        image = QImage(side, side, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        for row, modules in enumerate(matrix):
            for column, dark in enumerate(modules):
                if dark:
                    painter.fillRect((column + quiet) * scale, (row + quiet) * scale, scale, scale, QColor("black"))
        painter.end()
        if decode_codes(image) != [SAMPLE_TEXT]:
            raise SelfTestFailure("Mã QR vừa tạo không đọc lại được (thư viện zxing-cpp hoặc qrcode).")

    def _workbook_round_trip(self) -> None:
        import openpyxl
        from python_calamine import CalamineWorkbook

        path = self.folder / "bang-tinh.xlsx"
        workbook = openpyxl.Workbook()
        workbook.active.append(["Họ và tên", "Số"])
        workbook.active.append([SAMPLE_TEXT, 2026])
        workbook.save(path)
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        if rows[1][0] != SAMPLE_TEXT:
            raise SelfTestFailure("Bảng tính vừa ghi đọc lại không đúng (thư viện openpyxl hoặc python-calamine).")

    def check_database(self) -> str:
        from desktop.db.engine import Database
        from desktop.db.migrate import SCHEMA_HEAD, current_revision

        self.db = Database(self.folder / DB_FILE_NAME)
        revision = current_revision(self.db.engine)
        if revision != SCHEMA_HEAD:
            raise SelfTestFailure(f"Cơ sở dữ liệu mới ở phiên bản lược đồ {revision}, cần {SCHEMA_HEAD}.")
        return f"tạo mới và nâng cấp đến phiên bản lược đồ {revision}"

    def fill_demo(self) -> str:
        from desktop.core.demo import fill_demo
        from desktop.core.events import list_events
        from desktop.core.members import count_members

        fill_demo(self.db, DEMO_MEMBERS)
        count = count_members(self.db)
        events = list_events(self.db)
        if count != DEMO_MEMBERS or not events:
            raise SelfTestFailure(f"Dữ liệu mẫu không đủ: {count} đoàn viên, {len(events)} hội nghị.")
        self.event_id = events[0].id
        return f"{count} đoàn viên, hội nghị «{events[0].title}»"

    def check_main_window(self) -> str:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QFontDatabase

        from desktop.ui.app import APP_FONT_FAMILY, create_application
        from desktop.ui.main_window import SCREENS, MainWindow
        from desktop.ui.worker import DatabaseWorker

        self.app = create_application()
        if APP_FONT_FAMILY not in QFontDatabase.families():
            raise SelfTestFailure(f"Qt không nạp được phông chữ {APP_FONT_FAMILY} đi kèm chương trình.")
        if QCoreApplication.translate("QPlatformTheme", "Cancel") != "Hủy":
            raise SelfTestFailure("Qt không nạp được bản dịch tiếng Việt của các nút (qt_vi.qm).")
        self.check_english()
        self.worker = DatabaseWorker()
        self.window = MainWindow(self.db, self.worker, demo=True)
        self.window.show()
        self._wait(lambda: self.window.windowHandle() is not None and self.window.windowHandle().isExposed(),
                   "cửa sổ chính chưa hiện lên")
        for screen in SCREENS:
            self.window.show_screen(screen.key)
            self._wait(lambda: self.worker.idle, f"màn hình «{screen.title}» chưa mở xong")
        self.window.open_event(self.event_id)
        self._wait(lambda: self.worker.idle, "trang hội nghị mẫu chưa mở xong")
        if self.window.grab().isNull():
            raise SelfTestFailure("Không vẽ được cửa sổ chính.")
        if str(DEMO_MEMBERS) not in self.window.member_count_label.text():
            raise SelfTestFailure(f"Thanh trạng thái ghi «{self.window.member_count_label.text()}», "
                                  f"cần {DEMO_MEMBERS} đoàn viên.")
        platform = self.app.platformName()
        return f"{len(SCREENS)} màn hình và trang hội nghị, nền tảng Qt «{platform}»"

    def check_pdfs(self) -> str:
        from desktop.core.event_report import build_report, write_report_pdf
        from desktop.core.event_reports import write_participant_list

        participants = self.folder / "danh-sach-thanh-phan.pdf"
        listed = write_participant_list(self.db, self.event_id, participants)
        report = self.folder / "bao-cao.pdf"
        write_report_pdf(build_report(self.db, self.event_id), report)
        pages = [check_pdf(participants), check_pdf(report)]
        return (f"danh sách thành phần ({listed} người, {pages[0]} trang) và báo cáo ({pages[1]} trang), "
                "phông chữ đã nhúng")

    # ------------------------------------------------------------------ helpers

    def _wait(self, condition: Callable[[], bool], what: str) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + WAIT_TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"Quá {WAIT_TIMEOUT_S} giây mà {what}.")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    def problems_seen(self) -> str | None:
        """Why the run must fail although no step raised, if it must."""
        if self.critical_messages:
            return "Qt báo lỗi nghiêm trọng: " + " | ".join(self.critical_messages)
        errors = [(title, text) for kind, title, text in self.dialogs_shown if kind in ("warn", "critical")]
        if errors:
            return "Chương trình báo lỗi: " + " | ".join(f"{title}: {text}" for title, text in errors)
        return None

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        if self.window is not None:
            self.window.close()
            if self.worker is not None:
                with contextlib.suppress(SelfTestFailure):
                    self._wait(lambda: self.worker.idle, "các việc đang chạy chưa xong")
            self.window.deleteLater()
        if self.worker is not None:
            self.worker.shutdown()
            self.worker.deleteLater()
        if self.app is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.app.processEvents()
        if self.db is not None:
            self.db.dispose()


def check_pdf(path: Path) -> int:
    """The number of pages of ``path``, after checking it is a PDF with the bundled font embedded."""
    from pypdf import PdfReader

    with open(path, "rb") as file:
        if file.read(5) != b"%PDF-":
            raise SelfTestFailure(f"Tệp {path.name} không phải là PDF.")
    reader = PdfReader(path)
    embedded = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for font in (fonts.get_object().values() if fonts is not None else []):
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"].get_object()[0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                embedded.add(str(font.get("/BaseFont", "")))
    if not any(PDF_FONT_PREFIX in name for name in embedded):
        raise SelfTestFailure(f"Tệp {path.name} không nhúng phông chữ {PDF_FONT_PREFIX} "
                              f"(phông đã nhúng: {', '.join(sorted(embedded)) or 'không có'}).")
    return len(reader.pages)


def run_self_test(folder: Path | None = None) -> int:
    """Run every step in ``folder`` (default: a new temporary folder); 0 when all held, else 1."""
    started = time.monotonic()
    _choose_qt_platform()
    with contextlib.ExitStack() as stack:
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="doandesk-tu-kiem-tra-",
                                                                          ignore_cleanup_errors=True)))
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        # Whatever the program keeps in its data folder (keys, stored files) goes here too.
        stack.enter_context(_environment("DOANDESK_DATA_DIR", str(folder / "du-lieu")))
        from desktop import __version__

        _say(f"DoanDesk {__version__}: tự kiểm tra trong {folder}")
        run = SelfTest(folder)
        failure = None
        try:
            from PySide6.QtWidgets import QApplication  # noqa: F401 - a broken Qt install fails here, as a step

            stack.enter_context(_recorded_qt_messages(run.critical_messages))
            stack.enter_context(_recorded_dialogs(run.dialogs_shown))
            for title, step in run.steps():
                try:
                    detail = step()
                except Exception as exc:  # noqa: BLE001 - every failure is reported, none escapes
                    failure = _failure_text(title, exc)
                    break
                failure = run.problems_seen()
                if failure:
                    failure = f"{title}: {failure}"
                    break
                _say(f"  [ĐẠT] {title}: {detail}")
        except Exception as exc:  # noqa: BLE001
            failure = _failure_text("Khởi động Qt", exc)
        finally:
            try:
                run.close()
            except Exception as exc:  # noqa: BLE001
                failure = failure or _failure_text("Đóng chương trình", exc)
            failure = failure or run.problems_seen()
    elapsed = f"{time.monotonic() - started:.1f}".replace(".", ",")
    if failure:
        _say(f"  [LỖI] {failure}")
        _say(f"Tự kiểm tra KHÔNG ĐẠT ({elapsed} giây).")
        log.error("Tự kiểm tra không đạt: %s", failure)
        return 1
    _say(f"Tự kiểm tra đạt: mọi bước đều chạy đúng ({elapsed} giây).")
    log.info("Tự kiểm tra đạt (%s giây)", elapsed)
    return 0


def _failure_text(step: str, exc: BaseException) -> str:
    log.error("Tự kiểm tra: lỗi ở bước %s", step, exc_info=(type(exc), exc, exc.__traceback__))
    if sys.stderr is not None and not isinstance(exc, SelfTestFailure):
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    if isinstance(exc, SelfTestFailure):
        return f"{step}: {exc}"
    return f"{step}: lỗi {type(exc).__name__}: {exc}"
