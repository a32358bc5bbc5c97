"""Rosters kept as .xls (Excel 97–2003) and .ods (LibreOffice) import through the CLI too."""

import datetime as dt
import json

from desktop.cli import main
from tests.core.test_spreadsheet import biff8_stream, compound_file, write_ods


def _setup(tmp_path, samples, capsys):
    db = str(tmp_path / "o.sqlite3")
    assert main(["--db", db, "units", "import", str(samples / "units_cau_ngang.xlsx"), "--home", "TV-CN"]) == 0
    capsys.readouterr()
    return db


def test_xls_paper_form_imports_with_gender_from_the_birth_date_column(tmp_path, samples, capsys):
    db = _setup(tmp_path, samples, capsys)
    rows = [
        ["BCH HUYỆN ĐOÀN CẦU NGANG"],
        ["DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN ẤP CÂY DA"],
        ["STT", "Họ và tên", "Ngày, tháng, năm sinh", "", "Số thẻ ĐV", "Chi đoàn"],
        ["", "", "Nam", "Nữ", "", ""],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "LÊ VĂN AN", "05/10/2004", "", 840001001, "Chi đoàn ấp Cây Da"],
        [2, "Trần Thị Bé", "", "13/8/1997", "0840001002", "Chi đoàn ấp Cây Da"],
        [],
        ["", "", "", "Cầu Ngang, ngày 10 tháng 11 năm 2026"],
        ["", "", "", "NGƯỜI LẬP BIỂU"],
    ]
    merges = [(2, 2, 2, 3), (2, 3, 0, 0), (2, 3, 1, 1), (2, 3, 4, 4), (2, 3, 5, 5)]
    path = tmp_path / "ds_cu.xls"
    path.write_bytes(compound_file(biff8_stream("Danh sách", rows, merges)))
    assert main(["--db", db, "roster", "import", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 2
    main(["--db", db, "roster", "list", "--json"])
    people = {p["full_name"]: p for p in json.loads(capsys.readouterr().out)}
    assert (people["Lê Văn An"]["gender"], people["Lê Văn An"]["date_of_birth"]) == ("male", "2004-10-05")
    assert (people["Trần Thị Bé"]["gender"], people["Trần Thị Bé"]["date_of_birth"]) == ("female", "1997-08-13")
    assert people["Trần Thị Bé"]["card_number"] == "0840001002"


def test_ods_roster_imports_and_reimports_unchanged(tmp_path, samples, capsys):
    db = _setup(tmp_path, samples, capsys)
    rows = [
        ["DANH SÁCH ĐOÀN VIÊN"],
        ["TT", "Họ tên", "Ngày sinh", "Giới tính", "SĐT", "Chi đoàn"],
        [1, "Nguyễn Thị Hường", dt.date(2001, 3, 12), "Nữ", "0912345678", "Chi đoàn khóm 1"],
        [2, "Đặng Văn Đông", "1999", "Nam", 988776655, "Chi đoàn khóm 2"],
    ]
    path = write_ods(tmp_path / "ds.ods", "DS", rows)
    assert main(["--db", db, "roster", "import", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 2
    assert main(["--db", db, "roster", "import", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 2
    main(["--db", db, "roster", "list", "--search", "dong", "--json"])
    (dong,) = json.loads(capsys.readouterr().out)
    assert (dong["date_of_birth"], dong["birth_year_only"], dong["phone"]) == ("1999-01-01", True, "0988776655")
