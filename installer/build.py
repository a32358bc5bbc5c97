"""Build the DoanDesk bundle with PyInstaller and prove it works with its own self-test.

    uv run --group build python installer/build.py            # dist/DoanDesk/
    uv run --group build python installer/build.py --clean    # from scratch (no cache)

Runs ``installer/doandesk.spec`` into ``dist/`` (work files in ``build/``), then starts
the built program as ``self-test`` with ``QT_QPA_PLATFORM=offscreen`` and a throw-away
data folder. Exit code 0 only when both the build and the self-test succeeded. The same
steps, on Windows, are in ``.github/workflows/windows-installer.yml``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "doandesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_NAME = "DoanDesk"
SELF_TEST_TIMEOUT_S = 300


def bundle_dir() -> Path:
    return DIST / APP_NAME


def self_test_program() -> Path:
    """The console program of the bundle (on Windows the windowed one prints nothing)."""
    if sys.platform == "win32":
        return bundle_dir() / f"{APP_NAME}-cli.exe"
    return bundle_dir() / APP_NAME


def folder_size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def build(clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("Chưa có PyInstaller: chạy bằng «uv run --group build python installer/build.py».")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], cwd=ROOT, check=True)


def run_self_test() -> int:
    program = self_test_program()
    if not program.is_file():
        print(f"Không thấy chương trình đã dựng: {program}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="doandesk-build-") as data:
        # The built program must not write into the developer's own DoanDesk data folder.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DOANDESK_DATA_DIR": data}
        env.pop("DOANDESK_DB", None)
        try:
            result = subprocess.run([str(program), "self-test"], check=False, env=env, cwd=data,
                                    timeout=SELF_TEST_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            print(f"Tự kiểm tra chạy quá {SELF_TEST_TIMEOUT_S} giây: dừng.", file=sys.stderr)
            return 1
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="bỏ bộ nhớ đệm của PyInstaller, dựng lại từ đầu")
    parser.add_argument("--skip-build", action="store_true", help="chỉ chạy tự kiểm tra trên gói đã dựng")
    args = parser.parse_args(argv)

    started = time.monotonic()
    if not args.skip_build:
        build(args.clean)
    built = time.monotonic()
    size, count = folder_size(bundle_dir())
    print(f"\nĐã dựng {bundle_dir()} trong {built - started:.0f} giây: {megabytes(size)}, {count} tệp.", flush=True)

    code = run_self_test()
    tested = time.monotonic()
    if code != 0:
        print(f"\nTỰ KIỂM TRA KHÔNG ĐẠT (mã thoát {code}) sau {tested - built:.0f} giây.", file=sys.stderr)
        return 1
    print(f"\nTự kiểm tra của gói đã đạt ({tested - built:.0f} giây). Gói: {bundle_dir()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
