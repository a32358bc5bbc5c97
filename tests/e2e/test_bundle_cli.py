"""Report packages through the command line and real files: keys exchanged as files, a
package encrypted for the province, verified, previewed, imported, acknowledged."""

import json

from desktop.cli import main


def test_district_to_province_and_back(tmp_path, capsys):
    district, province = str(tmp_path / "huyen.sqlite3"), str(tmp_path / "tinh.sqlite3")

    def run(db, *args):
        code = main(["--db", db, *args])
        return code, capsys.readouterr().out

    assert run(district, "demo", "--members", "150")[0] == 0
    assert run(district, "keys", "export", str(tmp_path / "huyen.key"))[0] == 0
    assert run(province, "keys", "export", str(tmp_path / "tinh.key"))[0] == 0
    assert run(province, "keys", "trust", str(tmp_path / "huyen.key"))[0] == 0

    code, out = run(district, "bundle", "export", "-o", str(tmp_path / "goi.ddb"), "--encrypt-to",
                    str(tmp_path / "tinh.key"), "--minimal")
    assert code == 0 and "đã mã hóa" in out
    code, out = run(province, "bundle", "verify", str(tmp_path / "goi.ddb"), "--json")
    verified = json.loads(out)
    assert code == 0 and verified["valid"] and verified["trusted"] and verified["encrypted"]
    assert verified["scope"]["minimal"] is True and verified["rows"]["records/members.jsonl.gz"] == 150

    code, out = run(province, "bundle", "import", str(tmp_path / "goi.ddb"), "--dry-run", "--json")
    preview = json.loads(out)
    code, out = run(province, "bundle", "import", str(tmp_path / "goi.ddb"), "--json")
    applied = json.loads(out)
    keys = ("new", "updated", "unchanged", "superseded", "deleted", "conflicts", "rejected")
    assert {k: preview[k] for k in keys} == {k: applied[k] for k in keys} and applied["applied"]
    assert applied["new"] > 150 and applied["rejected"] == 0
    roster = json.loads(run(province, "roster", "list", "--json")[1])
    assert len(roster) == 150 and all(m["phone"] == "" for m in roster)

    code, out = run(province, "bundle", "receipt", applied["bundle_id"], "-o", str(tmp_path / "bien-nhan.ddr"))
    assert code == 0
    assert run(district, "keys", "trust", str(tmp_path / "tinh.key"))[0] == 0
    code, out = run(district, "bundle", "ack", str(tmp_path / "bien-nhan.ddr"))
    assert code == 0 and "đã được nhận" in out

    (tmp_path / "hong.ddb").write_bytes((tmp_path / "goi.ddb").read_bytes()[:-10])
    code, out = run(province, "bundle", "import", str(tmp_path / "hong.ddb"))
    assert code == 1 and "TỪ CHỐI" in out
