"""Attendance end to end through real files and the command line: cards printed to PDF,
rendered, every QR decoded by zxing-cpp, the codes fed to the check-in station, and the
summary (JSON and .xlsx) showing exactly those members; then the paper route."""

import io
import json
import subprocess
from collections import Counter

import openpyxl
import zxingcpp
from PIL import Image

from desktop.cli import main


def test_printed_cards_scan_back_into_the_summary(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "d.sqlite3")

    def run(*args, stdin=None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", db, *args])
        return code, capsys.readouterr().out

    assert run("demo", "--members", "300")[0] == 0
    event = json.loads(run("event", "list", "--json")[1])[0]["short_id"]

    code, out = run("cards", "--event", event, "-o", str(tmp_path / "the.pdf"))
    assert code == 0 and "Đã in 20 thẻ" in out
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "the.pdf"), str(tmp_path / "card")], check=True)
    pages = sorted(tmp_path.glob("card-*.png"))
    assert len(pages) == 2  # ten cards to a sheet
    decoded = [b.text for page in pages for b in zxingcpp.read_barcodes(Image.open(page))]
    assert len(decoded) == len(set(decoded)) == 20

    # A scanner types the codes, one a line, into the station of the first session at the
    # district point; people seated elsewhere are let in (--admit).
    code, out = run("checkin", "--event", event, "--session", "1", "--point", "Huyện đoàn", "--admit", "--json",
                    stdin="\n".join(decoded) + "\n")
    results = json.loads(out)
    assert code == 0 and [r["outcome"] for r in results] == ["checked_in"] * 20
    by_unit = Counter(r["unit"] for r in results)

    code, out = run("attendance", "summary", "--event", event, "--json", "--xlsx", str(tmp_path / "s.xlsx"))
    summary = json.loads(out)
    assert summary["total"]["attended"] == 20 and summary["total"]["present_by_session"][0] == 20
    assert {u["unit_name"]: u["attended"] for u in summary["units"]} == dict(by_unit)
    first = summary["sessions"][0]
    assert first["present"] == 20 and first["invited"] == 20 and first["rate"] == 100.0

    workbook = openpyxl.load_workbook(tmp_path / "s.xlsx")
    units_sheet = workbook["Theo đơn vị"]
    total_row = next(row for row in units_sheet.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    assert total_row[2].startswith("=SUM(") and workbook["Theo buổi"].freeze_panes == "A8"

    # Scanning the same cards again records nobody twice.
    code, out = run("checkin", "--event", event, "--session", "1", "--point", "2", *decoded[:3])
    assert out.count("[AMBER]") == 3 and "0 người được ghi có mặt" in out


def test_paper_sign_in_sheet_and_a_typed_up_list(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")

    def run(*args):
        code = main(["--db", db, *args])
        return code, capsys.readouterr().out

    run("demo", "--members", "300")
    event = json.loads(run("event", "list", "--json")[1])[0]["short_id"]
    code, out = run("signin-sheet", "--event", event, "--session", "2", "--point", "Huyện đoàn",
                    "-o", str(tmp_path / "ky.pdf"))
    assert code == 0
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ky.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "DANH SÁCH KÝ TÊN THAM DỰ" in text and "buổi chiều" in text
    listed = [line.split()[1:4] for line in text.splitlines() if line.strip()[:2].strip().isdigit()]
    assert len(listed) >= 10

    # The signed sheet comes back typed up by a branch, with names and marks only.
    names = json.loads(run("roster", "list", "--json")[1])
    invited_names = [r for r in text.splitlines()]
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["DANH SÁCH CÓ MẶT"])
    ws.append(["STT", "Họ và tên", "Có mặt"])
    signed = [n["full_name"] for n in names if any(n["full_name"] in line for line in invited_names)][:5]
    assert len(signed) == 5
    for i, name in enumerate(signed, start=1):
        ws.append([i, name, "x"])
    ws.append([len(signed) + 1, "Người Lạ Hoắc", "x"])
    workbook.save(tmp_path / "co-mat.xlsx")

    code, out = run("attendance", "import", "--event", event, "--session", "2", "--point", "Huyện đoàn",
                    str(tmp_path / "co-mat.xlsx"), "--dry-run")
    assert code == 0 and "Chỉ xem trước" in out and "dòng 8" in out and "Người Lạ Hoắc" in out
    code, out = run("attendance", "import", "--event", event, "--session", "2", "--point", "Huyện đoàn",
                    str(tmp_path / "co-mat.xlsx"), "--json")
    result = json.loads(out)
    assert result["applied"] and result["result"]["recorded"] == len(signed) and result["unmatched"] == 1
    summary = json.loads(run("attendance", "summary", "--event", event, "--json")[1])
    assert summary["sessions"][1]["present"] == len(signed)
