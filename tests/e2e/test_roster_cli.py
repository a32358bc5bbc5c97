"""End to end through the real files and the ``doandesk`` command line."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from desktop.cli import main


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_units_roster_import_export_and_reimport_changes_nothing(tmp_path, samples, capsys):
    db = str(tmp_path / "office.sqlite3")
    code, out = run(capsys, "--db", db, "units", "import", str(samples / "units_cau_ngang.xlsx"), "--home", "TV-CN")
    assert code == 0 and "21 đơn vị mới" in out

    code, out = run(capsys, "--db", db, "roster", "import", str(samples / "roster_messy.xlsx"), "--json")
    result = json.loads(out)
    assert code == 1 and result["applied"] is False
    assert len(result["errors"]) == 5 and {"sheet", "row", "column", "message"} <= set(result["errors"][0])
    code, out = run(capsys, "--db", db, "roster", "list", "--json")
    assert json.loads(out) == []                                   # nothing changed

    code, out = run(capsys, "--db", db, "roster", "import", str(samples / "roster_messy.xlsx"), "--skip-invalid",
                    "--json")
    assert code == 0 and json.loads(out)["created"] == 121

    export = tmp_path / "xuat.xlsx"
    code, out = run(capsys, "--db", db, "roster", "export", str(export))
    assert code == 0 and "121" in out
    sheet = load_workbook(export).active
    assert sheet["A1"].value == "BCH ĐOÀN TỈNH TRÀ VINH"
    assert sheet["A2"].value == "BCH HUYỆN ĐOÀN CẦU NGANG"
    assert sheet.freeze_panes == "A8"
    assert sheet.cell(7, 2).value == "Họ và tên" and sheet.cell(8, 1).font.name == "Times New Roman"
    cards = [sheet.cell(r, 11).value for r in range(8, 8 + 121)]
    assert all(isinstance(c, str) and c.startswith("0") for c in cards)   # leading zeros kept
    assert sheet.cell(8, 3).number_format == "dd/mm/yyyy"

    code, out = run(capsys, "--db", db, "roster", "import", str(export), "--json")
    again = json.loads(out)
    assert (again["created"], again["updated"], again["unchanged"], again["errors"]) == (0, 0, 121, [])

    split = tmp_path / "tach.xlsx"
    run(capsys, "--db", db, "roster", "export", str(split), "--split-name")
    code, out = run(capsys, "--db", db, "roster", "import", str(split), "--dry-run", "--json")
    assert json.loads(out)["unchanged"] == 121


def test_roster_list_json_in_vietnamese_order_and_search(tmp_path, samples, capsys):
    db = str(tmp_path / "o.sqlite3")
    run(capsys, "--db", db, "units", "import", str(samples / "units_cau_ngang.xlsx"), "--home", "TV-CN")
    run(capsys, "--db", db, "roster", "import", str(samples / "roster_messy.xlsx"), "--skip-invalid")
    code, out = run(capsys, "--db", db, "roster", "list", "--search", "dong", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["full_name"] for r in rows} == {"Hồ Quốc Đông", "Võ Đức Đông", "Huỳnh Trọng Đông", "Nguyễn Quốc Đông"}
    assert {"full_name", "date_of_birth", "gender", "card_number", "phone", "branch"} <= set(rows[0])
    code, out = run(capsys, "--db", db, "roster", "list", "--unit", "TV-CN-04", "--json")
    everyone = json.loads(out)
    assert everyone and all(r["branch"] in ("Chi đoàn 12A1", "Chi đoàn 12A2", "Chi đoàn 11A1") for r in everyone)
    givens = [r["given_name"] for r in everyone]
    from desktop.core.vntext import sort_key
    assert givens == sorted(givens, key=lambda g: sort_key("", "", g))
    hung = next(r for r in json.loads(run(capsys, "--db", db, "roster", "list", "--json")[1])
                if r["full_name"] == "Hoàng Công Hùng")
    assert hung["date_of_birth"] == date(2004, 10, 5).isoformat() and hung["phone"] == "0888889964"


def test_unreadable_file_exit_code_and_message(tmp_path, capsys):
    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    code = main(["--db", str(tmp_path / "d.sqlite3"), "roster", "import", str(bad)])
    assert code == 2
    assert "x.xlsx" in capsys.readouterr().err


def test_demo_command_in_a_separate_process(tmp_path):
    db = tmp_path / "demo.sqlite3"
    exe = Path(sys.executable).with_name("doandesk")
    done = subprocess.run([str(exe), "--db", str(db), "demo", "--members", "250"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([str(exe), "--db", str(db), "roster", "list", "--json"], capture_output=True, text=True)
    assert len(json.loads(listed.stdout)) == 250
