"""Where the bundled resources (fonts and their licences, icons) are, in every way we run.

From a source checkout they are in the top-level ``resources/`` folder; an installed
wheel carries them as ``desktop/_resources``; a PyInstaller build unpacks them next to
the program (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(str(importlib_resources.files("desktop"))) / "_resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("DoanDesk resources folder not found (looked in: %s)" % ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


SERIF_FONT_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
SANS_FONT_FILES = {"regular": "LiberationSans-Regular.ttf", "bold": "LiberationSans-Bold.ttf"}


def font_files() -> list[Path]:
    return [resource_path("fonts", name) for name in (*SERIF_FONT_FILES.values(), *SANS_FONT_FILES.values())]
