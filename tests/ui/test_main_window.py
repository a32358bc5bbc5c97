"""The main window: navigation with only the screens that exist, title, status bar, menus."""

import desktop
from desktop.ui.about_dialog import AboutDialog
from desktop.core import members
from desktop.core.demo import fill_demo
from desktop.ui.dashboard.dashboard_page import DashboardPage
from desktop.ui.main_window import MainWindow
from desktop.ui.roster.roster_page import RosterPage
from desktop.ui.units.units_page import UnitsPage


def _window(db, worker, qtbot, wait_idle, **kwargs) -> MainWindow:
    window = MainWindow(db, worker, **kwargs)
    qtbot.addWidget(window)
    window.show()
    wait_idle()
    return window


def test_navigation_lists_only_the_screens_that_exist(demo_db, worker, qtbot, wait_idle):
    window = _window(demo_db, worker, qtbot, wait_idle)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Tổng quan", "Hội nghị", "Đoàn viên", "Đơn vị", "Gửi / Nhận"]
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    window.navigation.setCurrentRow(2)
    assert isinstance(window.stack.currentWidget(), RosterPage)
    window.navigation.setCurrentRow(3)
    assert isinstance(window.stack.currentWidget(), UnitsPage)


def test_title_and_status_bar_name_the_office_database_and_count(db, worker, qtbot, wait_idle):
    fill_demo(db, 25)
    window = _window(db, worker, qtbot, wait_idle, demo=True)
    assert window.windowTitle() == "DoanDesk – Huyện đoàn Cầu Ngang (dữ liệu mẫu)"
    assert str(db.path) in window.db_label.text()
    assert window.member_count_label.text() == "Tổng số: 25 đoàn viên"


def test_menus_offer_import_export_and_about(demo_db, worker, qtbot, wait_idle, message_boxes):
    window = _window(demo_db, worker, qtbot, wait_idle)
    menus = {menu.title().replace("&", ""): [a.text() for a in menu.actions() if not a.isSeparator()]
             for menu in (action.menu() for action in window.menuBar().actions())}
    assert menus == {
        "Tệp": ["Nhập danh sách đoàn viên…", "Xuất danh sách…", "Nhập danh sách đơn vị…", "Cách trình bày văn bản…",
                "Sao lưu và khôi phục…", "Cài đặt…", "Thoát"],
        "Trợ giúp": ["Gửi báo cáo lỗi…", "Giới thiệu DoanDesk"],
    }
    window.show_about()
    about = window.findChild(AboutDialog)
    assert about.isVisible() and desktop.__version__ in about.version_label.text()
    assert "Open Font License" in about.licences.toPlainText()
    about.close()


def test_member_count_follows_changes_made_on_the_roster(demo_db, worker, qtbot, wait_idle):
    window = _window(demo_db, worker, qtbot, wait_idle)
    assert window.member_count_label.text() == "Tổng số: 0 đoàn viên"
    branch = next(u for u in window.roster.tree.units if u.level == "branch")
    members.create_member(demo_db, members.MemberInput.from_full_name("Lê Văn Tám", branch_id=branch.id))
    window.roster.members_changed.emit()
    assert window.member_count_label.text() == "Tổng số: 1 đoàn viên"


def test_window_before_the_database_is_open_says_so_and_offers_no_data_actions(qtbot):
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.attached
    assert window.opening_label.text() == "Đang mở dữ liệu…"
    assert not window.navigation.isEnabled()
    assert all(not action.isEnabled() for action in window._data_actions)


def test_first_paint_does_not_wait_for_the_database_layer():
    """run_gui paints the window before importing SQLAlchemy (see the module docstring)."""
    import subprocess
    import sys

    code = ("import sys, desktop.ui.app, desktop.ui.main_window; "
            "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'python_calamine', 'alembic') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
