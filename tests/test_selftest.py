"""``doandesk self-test`` in-process: it passes on a working program and fails, with the
reason in Vietnamese, when a resource is missing, a step raises, or a PDF is wrong."""

from __future__ import annotations

import os

import pytest

from desktop import resources, selftest


@pytest.fixture(autouse=True)
def offscreen(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_a_working_program_passes_and_leaves_its_files_in_the_folder(tmp_path, capsys):
    data_dir_before = os.environ.get("DOANDESK_DATA_DIR")
    assert selftest.run_self_test(tmp_path) == 0
    out = capsys.readouterr().out
    assert out.count("[ĐẠT]") == len(selftest.SelfTest(tmp_path).steps())
    assert "Tự kiểm tra đạt" in out
    for name in ("danh-sach-thanh-phan.pdf", "bao-cao.pdf", selftest.DB_FILE_NAME):
        assert (tmp_path / name).is_file()
    # The officer's data folder is only borrowed for the run.
    assert os.environ.get("DOANDESK_DATA_DIR") == data_dir_before


def test_a_missing_resources_folder_fails_with_the_reason(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "khong-co")
    assert selftest.run_self_test(tmp_path / "run") == 1
    out = capsys.readouterr().out
    assert "[LỖI] Tệp của chương trình: Thiếu tệp của chương trình" in out
    assert "LiberationSerif-Regular.ttf" in out and "KHÔNG ĐẠT" in out


def test_an_exception_in_a_step_fails_the_run_and_names_the_step(tmp_path, monkeypatch, capsys):
    from desktop.core import event_reports

    def broken(*_args, **_kwargs):
        raise RuntimeError("máy in hỏng")

    monkeypatch.setattr(event_reports, "write_participant_list", broken)
    assert selftest.run_self_test(tmp_path) == 1
    out = capsys.readouterr().out
    assert "[LỖI] In PDF: lỗi RuntimeError: máy in hỏng" in out
    assert "[ĐẠT] Cửa sổ chính" in out  # the steps before it ran and held


def test_an_error_dialog_during_the_run_fails_it(tmp_path, monkeypatch, capsys):
    from desktop.ui import dialogs
    from desktop.ui.main_window import MainWindow

    def complain(window, event_id):
        dialogs.critical(window, "Lỗi không mong đợi", "Không mở được hội nghị.")

    monkeypatch.setattr(MainWindow, "open_event", complain)
    assert selftest.run_self_test(tmp_path) == 1
    assert "Chương trình báo lỗi: Lỗi không mong đợi: Không mở được hội nghị." in capsys.readouterr().out


def test_check_pdf_refuses_a_file_that_is_not_a_pdf_or_lacks_the_bundled_font(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    not_pdf = tmp_path / "a.pdf"
    not_pdf.write_text("xin chào")
    with pytest.raises(selftest.SelfTestFailure, match="không phải là PDF"):
        selftest.check_pdf(not_pdf)

    helvetica = tmp_path / "b.pdf"
    canvas = Canvas(str(helvetica))
    canvas.drawString(100, 700, "Helvetica is a standard font, never embedded")
    canvas.save()
    with pytest.raises(selftest.SelfTestFailure, match="không nhúng phông chữ Liberation"):
        selftest.check_pdf(helvetica)
