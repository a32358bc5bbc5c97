"""Conferences end to end through ``doandesk``: the demo's conference listed, exported,
corrected and broken in the file, imported again; the example file in one command."""

import json
from datetime import date, timedelta
from pathlib import Path

from desktop.cli import main
from desktop.core import events
from desktop.db.engine import Database

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "hoi-nghi-hoc-tap.json"


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _plan(db_path: str, event_id: str):
    db = Database(Path(db_path))
    try:
        return events.load_event_plan(db, event_id)
    finally:
        db.dispose()


def test_demo_event_export_edit_and_import_again(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    code, out = run(capsys, "--db", db, "demo", "--members", "120")
    assert code == 0 and "Đã tạo hội nghị mẫu «Hội nghị trực tuyến học tập" in out

    code, out = run(capsys, "--db", db, "event", "list", "--json")
    [listed] = json.loads(out)
    first_day = date.today() + timedelta(days=7)
    assert code == 0 and listed["id"].startswith(listed["short_id"]) and len(listed["short_id"]) == 8
    assert (listed["kind"], listed["organiser"], listed["sessions"], listed["bridge_points"], listed["invited"]) == (
        "study_conference", "Huyện đoàn Cầu Ngang", 4, 4, 20)
    assert (listed["first_day"], listed["last_day"]) == (first_day.isoformat(), (first_day + timedelta(1)).isoformat())
    code, out = run(capsys, "--db", db, "event", "list")
    assert out.startswith(f"{listed['short_id']}  {first_day:%d/%m/%Y} – ") and out.endswith("Tổng: 1 hội nghị\n")

    exported = tmp_path / "hoi-nghi.json"
    code, out = run(capsys, "--db", db, "event", "export", listed["short_id"], str(exported))
    assert code == 0 and out.startswith("Đã xuất hội nghị «")
    assert "4 buổi, 4 điểm cầu, 2 thành phần, 1 người mời thêm" in out
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["event"]["id"] == listed["id"] and data["invited"][0]["card_number"] == "0849000020"

    # The province corrects a topic and re-sends the plan: the same event is updated.
    data["sessions"][2]["topics"][0]["title"] = "Chuyên đề 4: Quốc phòng, an ninh, đối ngoại trong tình hình mới"
    exported.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    code, out = run(capsys, "--db", db, "event", "import", str(exported))
    assert code == 0
    assert out == (f"Đã cập nhật hội nghị «{listed['title']}» (mã {listed['short_id']}): 4 buổi, 5 chuyên đề, "
                   "4 điểm cầu, 2 thành phần, 20 người được mời.\n")
    assert len(json.loads(run(capsys, "--db", db, "event", "list", "--json")[1])) == 1
    plan = _plan(db, listed["id"])
    assert plan.sessions[2].topics[0].title.endswith("trong tình hình mới")

    # A broken correction: the afternoon ends before it starts, a point lost its host.
    data["sessions"][1]["end"] = "11:00"
    del data["bridge_points"][2]["host"]
    data["sessions"][2]["topics"][0]["title"] = "Chuyên đề 4 (không được lưu)"
    exported.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    code, out = run(capsys, "--db", db, "event", "import", str(exported))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "Tệp hoi-nghi.json: 2 lỗi."
    assert lines[1].startswith("  [LỖI] Tệp hoi-nghi.json, «sessions[1].end» (buổi 2, giờ kết thúc): ")
    assert "giờ kết thúc 11:00 không sau giờ bắt đầu 14:00" in lines[1]
    assert lines[2] == ("  [LỖI] Tệp hoi-nghi.json, «bridge_points[2].host» (điểm cầu 3, đơn vị chủ trì): "
                        "thiếu trường bắt buộc «host».")
    assert lines[3] == "Có lỗi: chưa lưu gì."
    code, out = run(capsys, "--db", db, "event", "import", str(exported), "--json")
    result = json.loads(out)
    assert code == 1 and result["applied"] is False
    assert [e["field"] for e in result["errors"]] == ["sessions[1].end", "bridge_points[2].host"]
    assert _plan(db, listed["id"]) == plan  # nothing saved

    exported.write_text(exported.read_text(encoding="utf-8").replace('"version": 1,', '"version": 1'),
                        encoding="utf-8")
    code, out = run(capsys, "--db", db, "event", "import", str(exported))
    assert code == 1 and "Tệp hoi-nghi.json, dòng 4, cột 3: không phải JSON hợp lệ — thiếu dấu phẩy" in out

    code = main(["--db", db, "event", "import", str(tmp_path / "khong-co.json")])
    assert code == 2 and "khong-co.json" in capsys.readouterr().err
    code = main(["--db", db, "event", "export", "zzzz", str(tmp_path / "x.json")])
    assert code == 2 and "Không có hội nghị nào có mã «zzzz»" in capsys.readouterr().err


def test_the_example_conference_in_one_command_and_its_deadlines(tmp_path, capsys):
    db = str(tmp_path / "office.sqlite3")
    run(capsys, "--db", db, "demo", "--members", "60")
    code, out = run(capsys, "--db", db, "event", "import", str(EXAMPLE), "--json")
    result = json.loads(out)
    assert code == 0 and result["applied"] and result["created"]
    assert (result["sessions"], result["topics"], result["bridge_points"], result["invited"]) == (4, 5, 4, 20)
    assert len(json.loads(run(capsys, "--db", db, "event", "list", "--json")[1])) == 2

    # The example's dates are fixed; the demo's were moved to next week.
    code, out = run(capsys, "--db", db, "event", "deadlines", "--event", result["short_id"], "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 6  # four connection tests, two tasks
    assert {r["due_at"] for r in rows if r["source"] == "connection_test"} == {"2026-12-08 14:00:00"}
    assert {"state", "state_label", "unit", "done"} <= set(rows[0])

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["event"]["id"] = result["event_id"]
    data["bridge_points"][0]["test_at"] = "01/01/2020 14:00"
    data["bridge_points"][1]["test_passed"] = True
    late_file = tmp_path / "tre-han.json"
    late_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "--db", db, "event", "import", str(late_file))[0] == 0
    code, out = run(capsys, "--db", db, "event", "deadlines", "--event", result["short_id"], "--open")
    lines = out.splitlines()
    assert lines[0].startswith("14:00 01/01/2020  QUÁ HẠN ") and "Kiểm tra kết nối: Điểm cầu Tỉnh đoàn" in lines[0]
    assert "Điểm cầu Huyện đoàn Cầu Ngang" not in out  # its test passed: done, left out with --open
    assert lines[-1].startswith("Tổng: 5 việc, ") and "quá hạn" in lines[-1]
