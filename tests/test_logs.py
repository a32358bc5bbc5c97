"""The log file (rotation, uncaught exceptions, Qt messages) and the error report."""

from __future__ import annotations

import logging
import sys
import threading
import zipfile

import pytest

import desktop
from desktop import logs


@pytest.fixture(autouse=True)
def restore_logging(monkeypatch):
    """Each test starts and ends with the root logger and the exception hooks it found."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_file_has_time_level_and_module(tmp_path):
    path = logs.setup_logging(tmp_path)
    assert path == tmp_path / "doandesk.log"
    logging.getLogger("desktop.core.members").warning("Đã nhập %d đoàn viên", 3)
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    date, time, level, name, where, *message = line.split()
    assert len(date) == 10 and time.count(":") == 2
    assert (level, name) == ("WARNING", "desktop.core.members")
    assert where.startswith("(test_logs:")
    assert " ".join(message) == "Đã nhập 3 đoàn viên"


def test_setting_up_again_moves_the_log_without_doubling_lines(tmp_path):
    first = logs.setup_logging(tmp_path / "a")
    second = logs.setup_logging(tmp_path / "b")
    logging.getLogger("desktop").info("một dòng")
    assert "một dòng" not in first.read_text(encoding="utf-8")
    assert second.read_text(encoding="utf-8").count("một dòng") == 1


def test_the_log_rotates_at_one_megabyte_and_keeps_five_old_files(tmp_path):
    logs.setup_logging(tmp_path)
    chunk = "x" * 100_000
    for _ in range(80):  # 8 MB: more than the six files hold together
        logging.getLogger("desktop").info(chunk)
    files = logs.log_files(tmp_path)
    assert [f.name for f in files] == ["doandesk.log"] + [f"doandesk.log.{n}" for n in range(1, 6)]
    assert all(f.stat().st_size <= logs.LOG_MAX_BYTES + 1000 for f in files)
    assert not (tmp_path / "doandesk.log.6").exists()


def test_an_unwritable_data_folder_gives_no_log_but_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert logs.setup_logging(blocker / "DoanDesk") is None


def test_uncaught_exceptions_are_logged_then_passed_to_the_previous_hook(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(kind))
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_type))
    path = logs.setup_logging(tmp_path)
    logs.setup_logging(tmp_path)  # a second set-up must not log everything twice

    try:
        raise ValueError("hỏng ở luồng chính")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    try:
        raise KeyError("hỏng ở luồng phụ")
    except KeyError as exc:
        thread = threading.Thread(name="doandesk-db_0")
        threading.excepthook(threading.ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))

    text = path.read_text(encoding="utf-8")
    assert seen == [ValueError, KeyError]
    assert text.count("CRITICAL") == 2
    assert "Lỗi không được xử lý\nTraceback" in text and "ValueError: hỏng ở luồng chính" in text
    assert "Lỗi không được xử lý trong luồng doandesk-db_0" in text and "KeyError: 'hỏng ở luồng phụ'" in text


def test_qt_warnings_and_worse_go_to_the_log_and_debug_stays_out(tmp_path, capsys):
    from PySide6.QtCore import QtMsgType

    path = logs.setup_logging(tmp_path)
    logs.qt_message_handler(QtMsgType.QtDebugMsg, None, "chỉ để gỡ lỗi")
    logs.qt_message_handler(QtMsgType.QtWarningMsg, None, "QFont: cỡ chữ không hợp lệ")
    logs.qt_message_handler(QtMsgType.QtCriticalMsg, None, "không mở được màn hình")
    text = path.read_text(encoding="utf-8")
    assert "chỉ để gỡ lỗi" not in text
    assert "WARNING  qt " in text and "QFont: cỡ chữ không hợp lệ" in text
    assert "ERROR    qt " in text and "không mở được màn hình" in text
    assert capsys.readouterr().err.count("\n") == 3  # the console still gets what Qt would print


def test_the_error_report_has_the_logs_versions_and_counts_but_no_personal_data(tmp_path, db):
    from desktop.core.demo import fill_demo
    from desktop.core.members import MemberQuery, list_members

    fill_demo(db, 30)
    names = [m.full_name for m in list_members(db, MemberQuery())]
    data = tmp_path / "data"
    logs.setup_logging(data)
    logging.getLogger("desktop.ui.app").error("Không mở được hội nghị")

    report = logs.write_error_report(tmp_path / "bao-cao-loi.zip", data, db_path=db.path)

    with zipfile.ZipFile(report) as archive:
        assert sorted(archive.namelist()) == ["nhat-ky/doandesk.log", logs.FACTS_FILE_NAME]
        facts = archive.read(logs.FACTS_FILE_NAME).decode("utf-8")
        assert "Không mở được hội nghị" in archive.read("nhat-ky/doandesk.log").decode("utf-8")
    assert f"Phiên bản DoanDesk: {desktop.__version__}" in facts
    assert f"Python: {sys.version.split()[0]}" in facts
    assert "PySide6" in facts and "Hệ điều hành:" in facts
    assert "Phiên bản lược đồ: 0007" in facts
    assert "  members: 30\n" in facts and "  units: " in facts
    assert "Kiểm tra nhanh tính toàn vẹn: ok" in facts
    assert not any(name in facts for name in names)
    assert not (tmp_path / "bao-cao-loi.zip.part").exists()


def test_the_error_report_without_a_database_or_a_log_still_says_what_it_knows(tmp_path):
    report = logs.write_error_report(tmp_path / "r.zip", tmp_path / "empty")
    with zipfile.ZipFile(report) as archive:
        assert archive.namelist() == [logs.FACTS_FILE_NAME]
        facts = archive.read(logs.FACTS_FILE_NAME).decode("utf-8")
    assert "doandesk.sqlite3 (không có)" in facts
    assert "Tệp nhật ký kèm theo: không có" in facts
    assert not (tmp_path / "empty" / "doandesk.sqlite3").exists()  # the report never creates a database
