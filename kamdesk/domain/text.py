"""Chinese text keys: the pinyin sort key users expect (code-point order is
not it) and pinyin initials for search (``shyc`` finds 上海烟草).

pypinyin loads its phrase dictionary on import (~250 ms), so it is imported
on first use, never on the start-up path.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def sort_key(text: str) -> str:
    """Lower-case pinyin syllables joined by spaces; latin kept as is."""
    if not text:
        return ""
    from pypinyin import lazy_pinyin

    return " ".join(part.strip().lower() for part in lazy_pinyin(text) if part.strip())


@lru_cache(maxsize=65536)
def initials(text: str) -> str:
    """First letters of each Chinese syllable, latin words kept whole:
    上海烟草 → shyc, 北京IBM分公司 → bjibmfgs."""
    if not text:
        return ""
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.FIRST_LETTER)
    return "".join(p.strip().lower() for p in parts if p.strip() and p.strip().isalnum())


def warm_up() -> None:
    """Load the pinyin dictionaries now (call from a background thread after
    start-up so the first save does not pause)."""
    sort_key("预热")
