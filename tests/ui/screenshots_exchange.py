"""Render the "Gửi / Nhận" screen offscreen and save it as PNGs.

Not a test (pytest does not collect it). Run:

    cd /work/main && QT_QPA_PLATFORM=offscreen uv run python -m tests.ui.screenshots_exchange [OUTPUT_FOLDER]

It plays a month between three offices in a temporary folder: the district union of
Cầu Ngang (the demo database, 200 members) sent its first package to the province union,
which imported it and sent back a receipt; since then both edited the same member, the
district added members and a new grassroots union whose code the province had already
given to another, and a second district (Trà Cú) whose key nobody has checked sent its
package too. It saves into /tmp/shots by default: the district's "Gửi gói" tab just
after sending the changes to a USB stick, encrypted for the province
(exchange_send.png); the province's "Nhận gói" tab previewing both packages, the one
with a conflict and rejected records selected (exchange_receive_preview.png); its
"Lịch sử" after importing (exchange_history.png); and its "Đơn vị gửi / khóa" tab with
Trà Cú's key still to check and the conflict kept (exchange_keys.png); and the question
for a package's passphrase (exchange_passphrase.png). Last, in a province of its own
with five districts and two events, the "Theo dõi đơn vị" tab the day after the first
event's deadline: sent, late, overdue and not yet due (exchange_board.png).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QListWidgetItem  # noqa: E402

from desktop.core import bundles, delivery, members, units  # noqa: E402
from desktop.core.demo import demo_members, fill_demo  # noqa: E402
from desktop.core.delivery import Drive, MailSettings, save_mail_settings  # noqa: E402
from desktop.core.keyfile import export_key_file, trust_key_file  # noqa: E402
from desktop.core.members import MemberInput, MemberQuery, insert_member_rows  # noqa: E402
from desktop.core.units import UnitLevel  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.ui import dialogs  # noqa: E402
from desktop.ui.app import create_application  # noqa: E402
from desktop.ui.exchange import choosers  # noqa: E402
from desktop.ui.exchange.exchange_page import ExchangePage  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.worker import DatabaseWorker  # noqa: E402
from tests.ui.screenshots import save, save_modal, settle  # noqa: E402


def _quiet_desktop() -> None:
    """No modal boxes, no file manager, no mail program: the script answers for the officer."""
    for name in ("inform", "warn", "critical"):
        setattr(dialogs, name, lambda *_args, **_kwargs: None)
    dialogs.confirm = lambda *_args, **_kwargs: False  # "Để sau" to the receipt
    choosers.reveal = lambda _path: None
    choosers.open_url = lambda _url: True


def _tra_cu(db: Database) -> None:
    """A second district union with a few dozen members of its own."""
    province = units.create_unit(db, "TV", "Tỉnh đoàn Trà Vinh", UnitLevel.PROVINCE)
    district = units.create_unit(db, "TV-TC", "Huyện đoàn Trà Cú", UnitLevel.DISTRICT, province.id)
    branches = []
    for g, (name, branch_names) in enumerate([("Đoàn xã Phước Hưng", ["Chi đoàn ấp Chợ", "Chi đoàn ấp Mé Rạch"]),
                                              ("Đoàn xã Tập Sơn", ["Chi đoàn ấp Bến Thế", "Chi đoàn ấp Trà Sất"])],
                                             start=1):
        grassroots = units.create_unit(db, f"TV-TC-{g:02d}", name, UnitLevel.GRASSROOTS, district.id)
        for b, branch in enumerate(branch_names, start=1):
            branches.append(units.create_unit(db, f"TV-TC-{g:02d}-{b:02d}", branch, UnitLevel.BRANCH,
                                              grassroots.id).id)
    units.set_home_unit(db, district.id)
    with db.session() as session:
        insert_member_rows(db, session, demo_members(branches, 45, seed=77, first_card=500_001))


def _month_of_work(district: Database, province: Database) -> None:
    """What both offices changed after the first package (see the module docstring)."""
    people = members.list_members(district, MemberQuery())
    for number, person in enumerate(people[30:36]):
        record = members.get_member(district, person.id).to_input()
        members.update_member(district, person.id, replace(record, phone=f"09181234{number:02d}",
                                                           notes="Đã chuyển sinh hoạt về chi đoàn mới"))
    shared = people[40]
    both = members.get_member(district, shared.id).to_input()
    members.update_member(district, shared.id, replace(both, notes="Được bầu Phó Bí thư chi đoàn"))
    theirs = members.get_member(province, shared.id).to_input()
    members.update_member(province, shared.id, replace(theirs, notes="Tham gia đội hình tình nguyện hè"))

    tree = units.load_tree(district)
    branch = tree.by_code("TV-CN-01-01")
    for name in ("Nguyễn Thị Mỹ Duyên", "Thạch Văn Sóc", "Kim Thị Sa Rây"):
        members.create_member(district, MemberInput.from_full_name(name, branch_id=branch.id, gender="female"
                                                                   if "Thị" in name else "male",
                                                                   ethnicity="Khmer" if "Thạch" in name
                                                                   or "Kim" in name else "Kinh"))
    home = tree.by_code("TV-CN")
    new_union = units.create_unit(district, "TV-CN-08", "Đoàn xã Long Sơn", UnitLevel.GRASSROOTS, home.id)
    units.create_unit(district, "TV-CN-08-01", "Chi đoàn ấp Nô Công", UnitLevel.BRANCH, new_union.id)
    province_tree = units.load_tree(province)
    units.create_unit(province, "TV-CN-08", "Đoàn xã Nhị Trường", UnitLevel.GRASSROOTS,
                      province_tree.by_code("TV-CN").id)


def _backdate(db: Database, bundle_id: str, days: float, acknowledged_days: float | None = None) -> None:
    """The first package went three weeks ago, not a second before the screenshot."""
    when = datetime.utcnow() - timedelta(days=days)
    acknowledged = datetime.utcnow() - timedelta(days=acknowledged_days) if acknowledged_days is not None else None
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE bundle_log SET created_at = ?, logged_at = ?, "
                             "acknowledged_at = coalesce(?, acknowledged_at) WHERE id = ?",
                             (when.isoformat(sep=" "), (when + timedelta(hours=2)).isoformat(sep=" "),
                              acknowledged.isoformat(sep=" ") if acknowledged else None, bundle_id))


def _main_window(db: Database, worker: DatabaseWorker) -> tuple[MainWindow, ExchangePage]:
    """The main window showing the exchange screen: its own entry once the window lists
    it, else put in beside the others here."""
    window = MainWindow(db, worker)
    window.resize(1366, 768)
    if "exchange" in window.screens:
        page = window.screens["exchange"]
        window.show()
        window.show_screen("exchange")
    else:
        page = ExchangePage(db, worker)
        window.stack.addWidget(page)
        item = QListWidgetItem("Gửi / Nhận")
        window.navigation.addItem(item)
        window.show()
        window.navigation.setCurrentItem(item)
        window.stack.setCurrentWidget(page)
    return window, page


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    create_application()
    _quiet_desktop()
    scratch = Path(tempfile.mkdtemp(prefix="dd-"))
    district = Database(scratch / "huyen" / "doandesk.sqlite3")
    province = Database(scratch / "tinh" / "doandesk.sqlite3")
    tra_cu = Database(scratch / "tracu" / "doandesk.sqlite3")
    fill_demo(district, 200)
    _tra_cu(tra_cu)
    save_mail_settings(district, MailSettings(host="smtp.gmail.com", username="huyendoancaungang@gmail.com",
                                              sender="huyendoancaungang@gmail.com",
                                              recipients=["vanphong.tinhdoantravinh@gmail.com"]))

    first = bundles.export_bundle(district, scratch / "TV-CN-lan-dau.ddb", minimal=True)
    trust_key_file(province, export_key_file(district, scratch / "khoa-TV-CN.key"))
    bundles.import_package(province, first.path.read_bytes(), file_name=first.path.name)
    units.set_home_unit(province, units.load_tree(province).by_code("TV").id)
    trust_key_file(district, export_key_file(province, scratch / "khoa-TV.key"))
    receipt = bundles.make_receipt(province, first.bundle_id, scratch / "bien-nhan.ddr")
    bundles.read_receipt(district, receipt.read_bytes())
    _backdate(district, first.bundle_id, 21.3, acknowledged_days=20.1)
    _backdate(province, first.bundle_id, 21.2)
    upward = bundles.export_bundle(province, scratch / "TV-20261119-083015.ddb", minimal=True)
    _backdate(province, upward.bundle_id, 10.05)
    _month_of_work(district, province)
    from_tra_cu = bundles.export_bundle(tra_cu, scratch / "TV-TC-20261128-160412.ddb", minimal=True)

    stick = scratch / "KINGSTON"
    stick.mkdir()
    delivery.removable_drives = lambda: [Drive(stick, "KINGSTON", 7_812_000_000)]
    worker = DatabaseWorker()
    window, page = _main_window(district, worker)
    settle(worker)
    send = page.send_tab
    send.since_check.setChecked(True)
    send.recipient_radio.setChecked(True)
    send.drive_radio.setChecked(True)
    send.send_button.click()
    settle(worker, 0.5)
    save(window, folder, "exchange_send")
    window.close()

    shutil.copy(from_tra_cu.path, stick / from_tra_cu.path.name)
    window, page = _main_window(province, worker)
    settle(worker)
    receive = page.receive_tab
    page.tabs.setCurrentWidget(receive)
    choosers.choose_folder = lambda *_args: stick
    receive.folder_button.click()
    settle(worker)
    position = next(i for i, p in enumerate(receive.packages) if p.sender.get("unit_code") == "TV-CN")
    receive.table.selectRow(position)
    settle(worker)
    save(window, folder, "exchange_receive_preview")
    save_modal(folder, "exchange_passphrase", lambda: choosers.ask_passphrase(window, "TV-CN-20261129-0915.ddb"))

    receive.import_button.click()
    settle(worker)
    page.tabs.setCurrentWidget(page.history_tab)
    settle(worker)
    save(window, folder, "exchange_history")
    page.tabs.setCurrentWidget(page.keys_tab)
    settle(worker)
    page.keys_tab.select_key(bundles.open_package(province, from_tra_cu.path.read_bytes()).sender_fingerprint)
    settle(worker)
    save(window, folder, "exchange_keys")

    window.close()
    board_screenshot(folder, worker, scratch / "board")
    worker.shutdown()
    for db in (district, province, tra_cu):
        db.dispose()



def board_screenshot(folder: Path, worker: DatabaseWorker, scratch: Path) -> None:
    """The province's "Theo dõi đơn vị" tab on 22/12/2026 (exchange_board.png): the
    resolution study was due 20/12 17:00, the year-end review is due 10/01/2027. Cầu
    Ngang and Châu Thành sent on time, Tiểu Cần late, Trà Cú and Duyên Hải nothing."""
    import sqlite3

    from desktop.core import events
    from desktop.core.demo import build_demo_units
    from desktop.core.signing import own_key, remember_key

    scratch.mkdir(parents=True, exist_ok=True)
    province = Database(scratch / "tinh.sqlite3")
    build_demo_units(province)
    home = units.load_tree(province).by_code("TV")
    for code, name in (("TV-TC", "Huyện đoàn Tiểu Cần"), ("TV-TCU", "Huyện đoàn Trà Cú"),
                       ("TV-CT", "Huyện đoàn Châu Thành"), ("TV-DH", "Thị đoàn Duyên Hải")):
        units.create_unit(province, code, name, UnitLevel.DISTRICT, home.id)
    units.set_home_unit(province, home.id)
    study = events.save_event_plan(province, events.EventPlan(
        title="Học tập Nghị quyết Đại hội Đảng bộ tỉnh", kind="study_conference", organiser_unit_id=home.id,
        tasks=[events.TaskPlan("report_due", datetime(2026, 12, 20, 17, 0))]))
    review = events.save_event_plan(province, events.EventPlan(
        title="Tổng kết công tác Đoàn năm 2026", kind="study_conference", organiser_unit_id=home.id,
        tasks=[events.TaskPlan("report_due", datetime(2027, 1, 10, 17, 0))]))

    def district(code: str) -> Database:
        path = scratch / f"{code}.sqlite3"
        with sqlite3.connect(province.path) as reading, sqlite3.connect(path) as writing:
            reading.backup(writing)
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE installation SET installation_id = ?", (f"office-{code}",))
            conn.execute("DELETE FROM signing_keys")
        office = Database(path)
        units.set_home_unit(office, units.load_tree(office).by_code(code).id)
        remember_key(province, own_key(office).public_key, owner_name=code, unit_code=code, trusted=True)
        return office

    # (district, events the package is for (none: everything), when it was made, in UTC)
    packages = [("TV-CN", [study], "2026-12-15 02:30:00"), ("TV-CN", [], "2026-12-19 09:10:00"),
                ("TV-CT", [study], "2026-12-20 07:45:00"), ("TV-TC", [], "2026-12-21 01:20:00")]
    offices: dict[str, Database] = {}
    for number, (code, event_ids, made) in enumerate(packages):
        office = offices.get(code) or offices.setdefault(code, district(code))
        sent = bundles.export_bundle(office, scratch / f"{code}-{number}.ddb", event_ids=event_ids,
                                     include_reports=False)
        bundles.import_package(province, sent.path.read_bytes(), file_name=sent.path.name)
        with province.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE bundle_log SET created_at = ? WHERE id = ?", (made, sent.bundle_id))

    window, page = _main_window(province, worker)
    page.board_tab.clock = lambda: datetime(2026, 12, 22, 9, 30)
    page.tabs.setCurrentWidget(page.board_tab)
    settle(worker)
    save(window, folder, "exchange_board")
    window.close()
    settle(worker)
    for db in (province, *offices.values()):
        db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots"))
