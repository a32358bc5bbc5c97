"""Essays end to end through the command line and real files: a folder of mixed
.docx/.pdf/.txt essays matched to members, one added by hand, copies found, the summary."""

import json
import random

import openpyxl

from desktop.cli import main
from tests.core.essay_files import write_docx, write_pdf, write_txt


def test_a_folder_of_essays_the_register_and_copies(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")

    def run(*args):
        code = main(["--db", db, *args])
        return code, capsys.readouterr().out

    assert run("demo", "--members", "200")[0] == 0
    event_row = json.loads(run("event", "list", "--json")[1])[0]
    event = event_row["short_id"]
    from desktop.core.invitations import list_invited
    from desktop.db.engine import Database

    invited = [{"id": m.member_id, "full_name": m.full_name} for m in list_invited(Database(db), event_row["id"])]
    assert len(invited) == 20

    rng = random.Random(5)
    vocabulary = ("đoàn viên thanh niên nghị quyết học tập rèn luyện cam kết phong trào tình nguyện chi đoàn "
                  "quê hương trách nhiệm nhận thức phát triển kinh tế văn hóa giáo dục khởi nghiệp sáng tạo "
                  "chuyển đổi số an ninh quốc phòng đạo đức lối sống").split()
    folder = tmp_path / "thu-hoach"
    folder.mkdir()
    writers = [write_docx, write_pdf, write_txt]
    texts = {}
    for index, member in enumerate(invited[:9]):
        text = " ".join(rng.choice(vocabulary) for _ in range(250))
        if index == 8:  # a copy of the first essay with a fifth of the words changed
            words = texts[invited[0]["full_name"]].split()
            for position in rng.sample(range(len(words)), len(words) // 5):
                words[position] = rng.choice(vocabulary)
            text = " ".join(words)
        texts[member["full_name"]] = text
        stem = f"Bai thu hoach - {member['full_name']}"
        writers[index % 3](folder / f"{stem}.{['docx', 'pdf', 'txt'][index % 3]}", [text])
    write_docx(folder / "Khong Ro Ai.docx", ["Bài không ghi tên."])

    code, out = run("essay", "import-folder", "--event", event, str(folder), "--json")
    result = json.loads(out)
    assert code == 0 and result["added"] == 9
    assert {m["member"] for m in result["matched"]} == set(texts)
    assert [u["file"] for u in result["unmatched"]] == ["Khong Ro Ai.docx"]

    paper = invited[9]
    assert run("essay", "add", "--event", event, "--member", paper["id"], "--paper")[0] == 0

    code, out = run("essay", "similarity", "--event", event, "--json")
    pairs = json.loads(out)
    assert [{p["member_a"], p["member_b"]} for p in pairs] == [{invited[0]["full_name"], invited[8]["full_name"]}]

    summary = json.loads(run("essay", "summary", "--event", event, "--json", "--xlsx", str(tmp_path / "bth.xlsx"))[1])
    assert summary["total"]["received"] == 10 and summary["total"]["required"] == 20
    assert len(summary["missing"]) == 10
    assert openpyxl.load_workbook(tmp_path / "bth.xlsx").sheetnames == ["Bài thu hoạch theo đơn vị", "Chưa nộp", "Gửi lên tỉnh"]
