"""One place turns exceptions into dialogs: expected errors plainly, bugs with a traceback."""

import logging

from desktop.core.errors import InputFileError, ValidationError
from desktop.core.tasks import Cancelled
from desktop.ui import errors


def test_core_errors_are_shown_with_their_own_message():
    report = errors.describe_error(ValidationError("Ngày sinh ở tương lai.", "date_of_birth"))
    assert report.title == "Dữ liệu chưa hợp lệ"
    assert report.message == "Ngày sinh ở tương lai."
    assert not report.is_bug
    assert errors.describe_error(InputFileError("Tệp hỏng.")).title == "Không đọc được tệp"


def test_a_file_locked_by_excel_is_explained_not_treated_as_a_bug():
    report = errors.describe_error(PermissionError(13, "Permission denied", "C:/ds.xlsx"))
    assert not report.is_bug
    assert "C:/ds.xlsx" in report.message and "Excel" in report.message


def test_unexpected_errors_show_the_traceback_and_are_logged(message_boxes, caplog):
    def broken():
        raise KeyError("oops")

    try:
        broken()
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="desktop.ui.errors"):
            report = errors.show_error(None, exc)
    assert report.is_bug
    assert report.title == "Lỗi không mong đợi"
    assert "Traceback" in report.details and "broken" in report.details
    assert message_boxes.kinds() == ["critical"]
    assert any(record.exc_info for record in caplog.records)


def test_expected_errors_get_a_warning_and_cancel_an_information(message_boxes):
    errors.show_error(None, ValidationError("Thiếu họ và tên.", "full_name"))
    errors.show_error(None, Cancelled())
    assert message_boxes.kinds() == ["warn", "inform"]
    assert message_boxes.shown[0][2] == "Thiếu họ và tên."
