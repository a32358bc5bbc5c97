"""The awareness test end to end through real files and the command line: the sample bank
and the national app's export imported, the summary, certificates printed, rendered, their
QR codes decoded by zxing-cpp and verified, and a forged one refused."""

import base64
import json
import subprocess

import zxingcpp
from PIL import Image

from desktop.cli import main


def test_bank_results_summary_and_certificates(tmp_path, capsys, samples):
    db = str(tmp_path / "d.sqlite3")

    def run(*args):
        code = main(["--db", db, *args])
        return code, capsys.readouterr().out

    assert run("demo", "--members", "0")[0] == 0
    assert run("units", "import", str(samples / "units_cau_ngang.xlsx"))[0] == 0
    assert run("roster", "import", str(samples / "roster_standard.xlsx"))[0] == 0
    code, out = run("quiz", "import-bank", str(samples / "question_bank.xlsx"), "--bank", "Nghị quyết XII", "--json")
    bank = json.loads(out)
    assert code == 0 and bank["applied"] and (bank["new"], bank["topics"]) == (40, {"Đại hội XII": 10, "Mẫu": 30})
    code, out = run("quiz", "import-bank", str(samples / "question_bank.xlsx"), "--bank", "Nghị quyết XII", "--json")
    assert json.loads(out)["new"] == 0

    plan = tmp_path / "hn.json"
    plan.write_text(json.dumps({"format": "doandesk-event", "version": 1, "event": {
        "title": "Học tập Nghị quyết Đại hội Đoàn XII", "kind": "study_conference", "organiser": "TV-CN"}},
        ensure_ascii=False), encoding="utf-8")
    code, out = run("event", "import", str(plan))
    assert code == 0, out
    event = json.loads(run("event", "list", "--json")[1])[0]["short_id"]
    assert run("quiz", "setup", "--event", event, "--bank", "nghi quyet", "--questions", "30", "--minutes", "15",
               "--quota", "Đại hội XII=10")[0] == 0

    code, out = run("quiz", "import-results", str(samples / "quiz_results_app.xlsx"), "--event", event, "--dry-run",
                    "--json")
    preview = json.loads(out)
    assert code == 0 and not preview["applied"] and preview["matched"] == 300 and preview["attempts"] == 356
    assert preview["unmatched"] == [] and preview["errors"] == []
    code, out = run("quiz", "import-results", str(samples / "quiz_results_app.xlsx"), "--event", event, "--json")
    assert json.loads(out)["added"] == 356
    code, out = run("quiz", "import-results", str(samples / "quiz_results_app.xlsx"), "--event", event, "--json")
    assert json.loads(out)["added"] == 0  # the same file again changes nothing

    summary = json.loads(run("quiz", "summary", "--event", event, "--json", "--xlsx", str(tmp_path / "kt.xlsx"))[1])
    total = summary["total"]
    assert (total["to_test"], total["tested"], total["attempts"]) == (400, 300, 356)
    assert len(summary["not_passed"]) == 400 - total["passed"]

    code, out = run("cert", "issue", "--event", event, "-o", str(tmp_path / "gcn"))
    pdfs = sorted((tmp_path / "gcn").glob("*.pdf"))
    assert code == 0 and len(pdfs) == total["passed"]
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdfs[0]), str(tmp_path / "gcn0")], check=True)
    [symbol] = zxingcpp.read_barcodes(Image.open(tmp_path / "gcn0.png"))
    assert symbol.text.startswith("DDCERT1.")
    text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "GIẤY CHỨNG NHẬN" in text and "ĐẠT" in text

    code, out = run("cert", "verify", symbol.text)
    assert code == 0 and out.startswith("HỢP LỆ")
    assert run("cert", "verify", str(tmp_path / "gcn0.png"))[0] == 0  # the rendered page itself
    assert run("cert", "verify", str(pdfs[0]))[0] == 0

    prefix, payload, signature = symbol.text.split(".")
    facts = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    right, total_questions = facts["s"].split("/")
    facts["s"] = f"{int(right) + 1}/{total_questions}"  # one more right answer than was earned
    forged_payload = base64.urlsafe_b64encode(json.dumps(facts, ensure_ascii=False, separators=(",", ":"),
                                                         sort_keys=True).encode()).rstrip(b"=").decode()
    code, out = run("cert", "verify", f"{prefix}.{forged_payload}.{signature}")
    assert code == 1 and out.startswith("KHÔNG HỢP LỆ") and "GIẢ MẠO" in out
