"""Shared test set-up: offscreen Qt, data folder in a temporary directory, a fresh database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI and developers keep the shared folder (design notes, sample files) beside the clone.
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("DOANDESK_DATA_DIR", str(data))
    monkeypatch.delenv("DOANDESK_DB", raising=False)
    return data


@pytest.fixture
def db(tmp_path):
    from desktop.db.engine import Database

    database = Database(tmp_path / "test.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"sample files not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture
def demo_db(db):
    """A database with the demo unit tree (home: Huyện đoàn Cầu Ngang) and no members."""
    from desktop.core.demo import build_demo_units

    build_demo_units(db)
    return db
