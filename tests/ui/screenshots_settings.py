"""Render the settings, backup, restore-preview and damaged-database dialogs offscreen.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots_settings [OUTPUT_FOLDER]

It builds the demo database (200 members and the demo conference) in a temporary
folder, with a week of daily backups, one made by hand and one taken before an upgrade,
and saves into /tmp/shots by default: the settings dialog on its first tab
(settings_dialog.png), on its documents tab (settings_dialog_documents.png), on its
backup tab with a refused folder (settings_dialog_backup.png) and on its e-mail tab
(settings_dialog_mail.png), the backup
dialog (backup_dialog.png), the preview before restoring a backup with members deleted
since (restore_preview.png), and the prompt at start for a damaged database, with
backups to offer (integrity_prompt.png) and without (integrity_prompt_no_backups.png).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, time as clock, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core import backups, members, settings  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.members import MemberQuery  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.db.safe_migrate import online_copy  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.backup_dialog import BackupDialog, RestorePreviewDialog  # noqa: E402
from desktop.ui.integrity_prompt import IntegrityPrompt  # noqa: E402
from desktop.ui.settings_dialog import SettingsDialog  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402
from tests.ui.screenshots import save, settle  # noqa: E402


def _backups(db: Database, folder: Path) -> None:
    """A week of automatic backups at the first start of each day, one by hand, one
    before an upgrade; the members grow a little from day to day."""
    today = datetime.now().date()
    for days_ago in range(6, 0, -1):
        moment = datetime.combine(today - timedelta(days=days_ago), clock(7, 40 + days_ago))
        if days_ago == 3:
            backups.make_backup(db, folder, label="before-upgrade", now=moment - timedelta(minutes=1))
        backups.make_backup(db, folder, label="daily", now=moment)
        fill_demo(db, 6)
    backups.make_backup(db, folder, label="daily", now=datetime.combine(today, clock(7, 52)))
    fill_demo(db, 3)
    backups.make_backup(db, folder, label="manual", now=datetime.combine(today, clock(11, 5)))


def _damaged_copy(db: Database, scratch: Path) -> Path:
    damaged = scratch / "damaged" / "doandesk.sqlite3"
    damaged.parent.mkdir()
    online_copy(db.path, damaged)
    data = bytearray(damaged.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 3 * 4096] = random.Random(4).randbytes(3 * 4096)
    damaged.write_bytes(bytes(data))
    return damaged


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    scratch = Path(tempfile.mkdtemp(prefix="doandesk-settings-shots-"))
    db = Database(scratch / "doandesk.sqlite3")
    fill_demo(db, 200)
    backup_folder = scratch / "backups"
    settings.set_setting(db, settings.BACKUP_FOLDER, str(backup_folder))
    settings.set_setting(db, settings.DOC_SIGNER_NAME, "Thạch Thị Sa Ri")
    _backups(db, backup_folder)
    worker = DatabaseWorker()

    dialog = SettingsDialog(db)
    dialog.show()
    settle(worker)
    save(dialog, folder, "settings_dialog")
    # Tabs by a setting they hold: their titles depend on the language.
    dialog.tabs.setCurrentIndex(dialog._tab_of[settings.DOC_RECIPIENTS.key])
    settle(worker)
    save(dialog, folder, "settings_dialog_documents")
    dialog.tabs.setCurrentIndex(dialog._tab_of[settings.MAIL_HOST.key])
    settle(worker)
    save(dialog, folder, "settings_dialog_mail")
    not_a_folder = scratch / "ghi-chu.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    dialog.fields[settings.BACKUP_FOLDER.key].setText(str(not_a_folder))
    dialog.save()
    settle(worker)
    save(dialog, folder, "settings_dialog_backup")
    dialog.close()

    backup = BackupDialog(db, worker)
    backup.show()
    settle(worker)
    backup.table.selectRow(2)
    settle(worker)
    save(backup, folder, "backup_dialog")

    chosen = backups.list_backups(backup_folder)[2]
    members.delete_members(db, [m.id for m in members.list_members(db, MemberQuery())[:7]])
    preview = RestorePreviewDialog(backups.preview_backup(chosen.path), backups.current_counts(db), db.path,
                                   installation_id=db.installation_id, parent=backup)
    preview.show()
    settle(worker)
    save(preview, folder, "restore_preview")
    preview.close()
    backup.close()

    damaged = _damaged_copy(db, scratch)
    prompt = IntegrityPrompt(backups.check_integrity(damaged), backups.list_backups(backup_folder))
    prompt.show()
    settle(worker)
    save(prompt, folder, "integrity_prompt")
    prompt.close()
    overwritten = scratch / "overwritten" / "doandesk.sqlite3"
    overwritten.parent.mkdir()
    overwritten.write_bytes(random.Random(5).randbytes(64 * 1024))
    lonely = IntegrityPrompt(backups.check_integrity(overwritten), [])
    lonely.show()
    settle(worker)
    save(lonely, folder, "integrity_prompt_no_backups")
    lonely.close()

    worker.shutdown()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
