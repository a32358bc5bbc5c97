"""The roster screen ("Đoàn viên"): the member list, the member dialog, import and export."""

from __future__ import annotations

from desktop.i18n import ENGLISH, current_language


def number_text(count: int) -> str:
    """``1234`` → ``"1.234"`` (Vietnamese groups thousands with a dot; English with a comma)."""
    grouped = f"{count:,}"
    return grouped if current_language() == ENGLISH else grouped.replace(",", ".")


def with_grouped_count(text: str, count: int) -> str:
    """``text`` from ``trn(…, count)`` with the count's digits grouped by :func:`number_text`.

    ``%n`` becomes the bare number; call this before filling any other placeholder, so
    that only the count is rewritten.
    """
    return text.replace(str(count), number_text(count), 1)
