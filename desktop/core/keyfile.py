"""Key files: how an office hands its public keys to another (on a USB stick, by e-mail)
and how the receiving office registers them. The fingerprint printed with the file is read
out by phone, so a key file swapped on the way is noticed before it is trusted."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.errors import InputFileError
from desktop.core.signing import b64, fingerprint_of, own_key, remember_key, unb64
from desktop.core.units import load_tree
from desktop.db.engine import Database
from desktop.i18n import tr

KEY_FORMAT = "doandesk-key"


def export_key_file(db: Database, path: str | Path) -> Path:
    key = own_key(db)
    tree = load_tree(db)
    home = tree.by_id.get(tree.home_id or "")
    data = {"format": KEY_FORMAT, "version": 1, "unit_code": home.code if home else "",
            "unit_name": home.name if home else "", "fingerprint": key.fingerprint,
            "public_key": b64(key.public_key), "box_public_key": b64(key.box_public_key)}
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def trust_key_file(db: Database, path: str | Path) -> str:
    """Register another office's key file as trusted; returns its fingerprint."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != KEY_FORMAT:
            raise ValueError("not a key file")
        public = unb64(data["public_key"])
        box = unb64(data["box_public_key"]) if data.get("box_public_key") else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputFileError(tr("Tệp {name} không phải tệp khóa DoanDesk.").format(name=path.name)) from exc
    if fingerprint_of(public) != data.get("fingerprint"):
        raise InputFileError(tr("Tệp khóa {name} bị sửa: dấu vân tay không khớp khóa.").format(name=path.name))
    return remember_key(db, public, owner_name=data.get("unit_name", ""), unit_code=data.get("unit_code", ""),
                        box_public_key=box, trusted=True)
