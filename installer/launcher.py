"""The script PyInstaller freezes: the ``doandesk`` command (``desktop.cli:main``).

PyInstaller starts from a script, not from a package's console-script entry point; this
is that script, and nothing more, so the bundle behaves exactly like ``uv run doandesk``.
"""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
