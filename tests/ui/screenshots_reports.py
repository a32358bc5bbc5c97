"""Render the event report's tab and the document settings offscreen and save them as PNGs.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots_reports [OUTPUT_FOLDER]

It builds the demo database (200 members, the demo conference with check-ins as in
screenshots_attendance), and saves into /tmp/shots by default: the "Báo cáo" tab with
the officer's text typed and page 1 of the preview (report_tab.png), the same after the
number is taken (report_numbered.png) and on the last page, the signature's
(report_signature.png), and
the document settings dialog with a signer and a department code (document_settings.png).
The generated previews are copied to report_preview.pdf and report_numbered.pdf next
to them, to compare with ``pdftoppm -r 70``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF  # noqa: E402

from desktop.core import events  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui import dialogs  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.reports.document_settings import DocumentSettingsDialog  # noqa: E402
from desktop.ui.reports.report_tab import ReportTab  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402
from tests.ui.screenshots import save, settle  # noqa: E402
from tests.ui.screenshots_attendance import _check_ins  # noqa: E402

ASSESSMENT = ("Các chi đoàn, đoàn cơ sở triển khai hội nghị nghiêm túc, đúng thời gian; đoàn viên tham dự đầy đủ, "
              "tiếp thu tốt nội dung Nghị quyết.\nĐiểm cầu huyện bảo đảm đường truyền suốt hai ngày.")
DIFFICULTIES = "Một số điểm cầu xã đường truyền chưa ổn định; đoàn viên đi làm ăn xa chưa tham dự được."
PROPOSALS = "Đề nghị Ban Thường vụ Tỉnh đoàn hỗ trợ thiết bị cho các điểm cầu xã."


def _report_tab(window: MainWindow, db: Database, worker: DatabaseWorker, event_id: str) -> ReportTab:
    """The tab inside the event page: the editor's own once it has one, else added here."""
    page = window.screens["events"]
    page.open_event(event_id)
    settle(worker)
    editor = page.editor
    tab = getattr(editor, "report_tab", None)
    if tab is None:
        tab = ReportTab(db, worker)
        editor.tabs.addTab(tab, "Báo cáo")
        tab.set_event(event_id)
    editor.tabs.setCurrentWidget(tab)
    settle(worker, 1.0)
    return tab


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-report-shots-"))
    db = Database(scratch / "demo.sqlite3")
    fill_demo(db, 200)
    event_id = events.list_events(db)[0].id
    _check_ins(db, event_id)
    worker = DatabaseWorker()
    window = MainWindow(db, worker, demo=True)
    window.resize(1366, 768)
    window.show()
    window.show_screen("events")
    settle(worker)
    tab = _report_tab(window, db, worker, event_id)

    tab.assessment_edit.setPlainText(ASSESSMENT)
    tab.difficulties_edit.setPlainText(DIFFICULTIES)
    tab.proposals_edit.setPlainText(PROPOSALS)
    tab.preview()
    settle(worker, 1.5)
    save(window, folder, "report_tab")
    shutil.copy(tab.preview_path, folder / "report_preview.pdf")

    dialogs.confirm = lambda *_args, **_kwargs: True  # the confirmation box would wait for a click
    tab.take_number()
    settle(worker, 1.5)
    save(window, folder, "report_numbered")
    shutil.copy(tab.preview_path, folder / "report_numbered.pdf")
    tab.view.pageNavigator().jump(tab.document.pageCount() - 1, QPointF(0, 0))
    settle(worker, 1.5)
    save(window, folder, "report_signature")

    dialog = DocumentSettingsDialog(db, window, worker=worker)
    dialog.department_code_edit.setText("BTG")
    dialog.signer_name_edit.setText("Thạch Thị Sa Ri")
    dialog.show()
    settle(worker, 0.5)
    save(dialog, folder, "document_settings")
    dialog.reject()

    window.close()
    worker.shutdown()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
