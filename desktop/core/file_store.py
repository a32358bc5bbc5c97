"""The application's own store of files (essays, scans), named by content.

A file is copied in once under its SHA-256 (``store/ab/abcdef…``): the same file handed in
twice is kept once, and nothing depends on where it came from — the officer's Downloads
folder may be emptied the next day. A copy is written to a temporary name, checked
against its hash and only then renamed into place, so a full disk or a pulled USB stick
never leaves a half file under a good name.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from desktop.core.errors import InputFileError
from desktop.i18n import tr

STORE_DIR = "store"
_CHUNK = 1 << 20


def store_root(data_folder: Path) -> Path:
    return data_folder / STORE_DIR


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def stored_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def put_file(root: Path, source: Path) -> str:
    """Copy ``source`` into the store (if not there yet); returns its SHA-256."""
    try:
        sha256 = sha256_of(source)
    except OSError as exc:
        raise InputFileError(tr("Không đọc được tệp {source}: {strerror}").format(
            source=source, strerror=exc.strerror or exc)) from exc
    target = stored_path(root, sha256)
    if target.exists() and sha256_of(target) == sha256:
        return sha256
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    os.close(handle)
    try:
        shutil.copyfile(source, temporary)
        if sha256_of(Path(temporary)) != sha256:
            raise InputFileError(tr("Tệp {name} thay đổi trong lúc sao chép; hãy thử lại.").format(name=source.name))
        os.replace(temporary, target)
    except OSError as exc:
        raise InputFileError(tr("Không lưu được tệp {name} vào kho: {strerror}").format(
            name=source.name, strerror=exc.strerror or exc)) from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return sha256


def open_stored(root: Path, sha256: str) -> Path:
    """The stored file, checked: a file missing or altered in the store is reported."""
    path = stored_path(root, sha256)
    if not path.exists():
        raise InputFileError(tr("Tệp {digest}… không còn trong kho của chương trình (có thể đã bị xóa).").format(
            digest=sha256[:12]))
    return path
