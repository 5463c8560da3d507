"""Helper for the word lists."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(text.split())
