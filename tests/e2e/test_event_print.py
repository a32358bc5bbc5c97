"""Printing an event through the CLI: the participant list and the materials' QR sheet, read back."""

import json
import subprocess

import zxingcpp
from PIL import Image

from desktop.cli import main


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_participant_list_and_qr_sheet_of_the_demo_conference(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")

    def run(*args):
        code = main(["--db", db, *args])
        return code, capsys.readouterr().out

    assert run("demo", "--members", "300")[0] == 0
    event = json.loads(run("event", "list", "--json")[1])[0]

    assert run("event", "print", "participants", event["short_id"], str(tmp_path / "p.pdf"))[0] == 0
    text = _pdf_text(tmp_path / "p.pdf")
    assert "DANH SÁCH THÀNH PHẦN THAM DỰ" in text and "Điểm cầu" in text and "Họ và tên" in text
    assert text.count("Số người được mời:") >= 2

    assert run("event", "print", "materials", event["short_id"], str(tmp_path / "q.pdf"))[0] == 0
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "q.pdf"), str(tmp_path / "q")], check=True)
    decoded = {b.text for png in sorted(tmp_path.glob("q-*.png")) for b in zxingcpp.read_barcodes(Image.open(png))}
    plan_file = tmp_path / "e.json"
    assert run("event", "export", event["short_id"], str(plan_file))[0] == 0
    urls = {m["url"] for m in json.loads(plan_file.read_text(encoding="utf-8"))["materials"] if m.get("url")}
    assert urls and decoded == urls
