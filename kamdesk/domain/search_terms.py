"""Tokenising text for the account search index, and typed terms for queries.

SQLite's ``unicode61`` tokenizer keeps a run of Chinese characters as one token
and ``trigram`` cannot match two-character terms (TECH-NOTES). So Chinese text
is split here, before it reaches the index, and queries are split the same way:

* every pair of neighbouring Chinese characters becomes a token, and the
  last character of each run one more: 烟草公司 → 烟草 草公 公司 司. A typed
  term of one character is a prefix query (烟* finds 烟草), a term of two
  looks up the pair, a longer one is the phrase of its pairs
  (烟草公司 → "烟草 草公 公司").
* latin words and digits pass through lower-cased; typed latin matches as a
  word prefix (``ib`` finds IBM); a typed number of one or two digits
  matches only that number (a prefix that short is slow and finds noise).
* phone numbers are indexed as their digits, their parts and their last 4
  and 8 digits, so ``5678``, ``1381`` and ``1234`` all find 138-1234-5678.
* pinyin initials (``shyc`` for 上海烟草) go in their own column, with the
  initials of the name starting at every Chinese syllable so ``yc`` finds
  …烟草… too; beside them full pinyin, the syllables run together from every
  syllable on (at most :data:`FULL_PINYIN_SYLLABLES`), so ``yinhang``,
  ``yinh`` and ``zhongguo`` find 中国银行 by the same prefix query.

Everything here is pure: no SQL. The query side returns an FTS5 MATCH string.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from kamdesk.domain.text import initials

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[0-9A-Za-z\u00c0-\u024f]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
_CJK_CHAR = _IS_CJK  # findall counts them in C (a generator per character cost ~1 s per 100k names)
_DIGITS = re.compile(r"\d+")
_LATIN_ONLY = re.compile(r"^[a-z]+$")

#: Tail lengths of a phone number indexed as their own tokens.
PHONE_TAILS = (4, 8)

#: Typed digits search the phone numbers from this many on (three digits such
#: as 138 match a third of all mobiles: slow to merge and useless to show).
PHONE_MIN_DIGITS = 4

#: Typed numbers shorter than this match whole tokens, not as a prefix: FTS5
#: expands a prefix over the terms of every column, and the phone column holds
#: hundreds of thousands of distinct numbers starting with 1, so ``"1"*`` took
#: ~95 ms and ``"13"*`` ~25 ms at 100k accounts even restricted to ``body``.
PREFIX_MIN_DIGITS = 3


def cjk_tokens(run: str) -> list[str]:
    """Single characters and overlapping pairs of a run of Chinese characters."""
    chars = list(run)
    pairs = [a + b for a, b in itertools.pairwise(chars)]
    return chars + pairs


_CJK_PAIR = re.compile(rf"(?=([{_CJK}]{{2}}))")
_CJK_LAST = re.compile(rf"[{_CJK}](?![{_CJK}])")
_LATIN_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+")


def text_tokens(text: str | None) -> list[str]:
    """Index tokens of free text (names, notes): every pair of neighbouring
    Chinese characters (a run's pairs stay next to each other, so a longer
    term matches as the phrase of its pairs), the last character of every
    Chinese run (so each character starts some token: a one-character term is
    the prefix query ``"烟"*``), then latin words and numbers lower-cased.
    Regex work in C: a 100k-account rebuild spends little time here."""
    if not text:
        return []
    return [*_CJK_PAIR.findall(text), *_CJK_LAST.findall(text), *_LATIN_WORD.findall(text.lower())]


def phone_tokens(phone: str | None) -> list[str]:
    """The digits of a phone number whole, its local number (after the area
    code), and its last 4 and last 8 digits (尾号; a mobile without its
    carrier prefix), so what a rep types — the start, the local number or
    the tail — matches as a prefix."""
    if not phone:
        return []
    # a mobile stored as bare digits (most contacts' numbers) needs no regex
    parts = [phone] if phone.isascii() and phone.isdigit() else _DIGITS.findall(phone)
    if not parts:
        return []
    if len(parts) == 1:  # a mobile, or a number written without separators
        whole = parts[0]
        size = len(whole)
        if size > 8:
            return [whole, whole[-4:], whole[-8:]]
        return [whole, whole[-4:]] if size > 4 else [whole]
    # the first part (area code) is the start of ``whole``: a prefix query finds it
    whole = "".join(parts)
    out = [whole]
    out.extend(p for p in parts[1:] if len(p) >= 4)
    last = parts[-1]
    for n in PHONE_TAILS:
        tail = whole[-n:]
        if len(whole) > n and tail != last:
            out.append(tail)
    return out


def initials_tokens(name: str | None, *, suffixes: bool = True, known: str | None = None) -> list[str]:
    """Pinyin initials of a name (上海华信烟草 → shhxyc), and, with ``suffixes``,
    the same initials starting at each later Chinese syllable (hxyc, xyc, yc…).
    ``known``: the name's initials when already worked out (the stored column)."""
    if not name:
        return []
    full = known or initials(name)
    if not full:
        return []
    out = [full]
    # only for names that are all Chinese syllables (one letter per syllable)
    all_syllables = len(full) == len(_CJK_CHAR.findall(name))
    if suffixes and _LATIN_ONLY.match(full) and len(full) > 2 and all_syllables:
        out.extend(full[i:] for i in range(1, len(full) - 1))
    return out


#: Full pinyin is indexed as runs of at most this many syllables, one run
#: starting at every syllable (中国银行 → zhongguoyinhang guoyinhang yinhang
#: hang). Longer runs made the index ~2× larger and a short prefix (``zh``)
#: expand over many more distinct terms; four syllables cover a word or two.
FULL_PINYIN_SYLLABLES = 4

_SYLLABLE = re.compile(r"^[a-z]+$")


def full_pinyin_tokens(sort_key: str | None, *, span: int = FULL_PINYIN_SYLLABLES) -> list[str]:
    """Full-pinyin tokens from a pinyin sort key (``zhong guo yin hang``, as
    text.sort_key and pinyin_keys give it): the syllables joined, at most
    ``span`` of them, starting at each syllable. Anything that is not a
    syllable (punctuation, digits) breaks the run."""
    if not sort_key:
        return []
    out: list[str] = []
    run: list[str] = []
    for part in [*sort_key.split(" "), ""]:
        if _SYLLABLE.match(part):
            run.append(part)
            continue
        out.extend("".join(run[i : i + span]) for i in range(len(run)))
        run = []
    return out


def join_tokens(tokens: Iterable[str]) -> str:
    """Space-separated tokens, as stored in an index column."""
    return " ".join(t for t in tokens if t)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def term_query(term: str) -> str | None:
    """The FTS5 MATCH expression for one typed term (no spaces), or None if it
    holds nothing searchable.

    Columns: ``body`` (text), ``phones`` (digits), ``ini`` (pinyin initials).
    """
    pieces: list[str] = []
    runs = [m.group(0) for m in _RUN.finditer(term)]
    if not runs:
        return None
    body_parts: list[str] = []
    for run in runs:
        if _IS_CJK.match(run):
            if len(run) == 1:
                body_parts.append(_quote(run) + "*")  # the pairs it starts, or itself at a run's end
            elif len(run) == 2:
                body_parts.append(_quote(run))
            else:
                pairs = [a + b for a, b in itertools.pairwise(run)]
                body_parts.append(_quote(" ".join(pairs)))
        elif run.isdigit() and len(run) < PREFIX_MIN_DIGITS:
            body_parts.append(_quote(run))  # the number itself (see PREFIX_MIN_DIGITS)
        else:
            body_parts.append(_quote(run.lower()) + "*")
    body = " AND ".join(body_parts)
    pieces.append(f"body : ({body})" if len(body_parts) > 1 else f"body : {body}")
    joined = "".join(runs).lower()
    if joined.isdigit() and len(joined) >= PHONE_MIN_DIGITS:
        pieces.append(f"phones : {_quote(joined)}*")
    if _LATIN_ONLY.match(joined) and len(joined) >= 2:
        pieces.append(f"ini : {_quote(joined)}*")
    return pieces[0] if len(pieces) == 1 else "(" + " OR ".join(pieces) + ")"


def search_query(text: str) -> str | None:
    """The MATCH expression for what the user typed: every space-separated term
    must match (AND). None when nothing searchable was typed."""
    terms = [t for t in re.split(r"\s+", text.strip()) if t]
    parts = [q for q in (term_query(t) for t in terms) if q]
    if not parts:
        return None
    return " AND ".join(parts)


def like_terms(text: str) -> list[str]:
    """The typed terms for the LIKE fallback on databases without FTS5."""
    return [t for t in re.split(r"\s+", text.strip()) if t]


# --- fast pinyin keys for bulk work ------------------------------------------
#
# ``kamdesk.domain.text`` segments the whole name into phrases (pypinyin), about
# 0.1 ms a name: 20 s for a 100k-row import. Here each character with a single
# reading is looked up once and cached; a character with several readings
# (行 háng/xíng, 重 chóng/zhòng) is read in its neighbourhood — the Chinese run
# around it, two characters each side — through the same pypinyin phrase
# rules, and that window is cached. Names share most windows (银行股份, 有限公司),
# so a bulk import is mostly cache hits. Same output as text.sort_key and
# text.initials on the names checked in the tests.

_HAN_RUN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+")
_char_cache: dict[str, str] = {}
_window_cache: dict[str, list[str]] = {}


def _lazy(text: str) -> list[str]:
    from pypinyin import lazy_pinyin

    return [p.lower() for p in lazy_pinyin(text)]


def _is_polyphonic(ch: str) -> bool:
    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(ch))
    return readings is not None and "," in readings


@lru_cache(maxsize=100_000)
def _han_syllables(run: str) -> tuple[str, ...]:
    """Syllables of a run of Chinese characters (cached whole: 有限公司 repeats)."""
    out: list[str] = []
    for i, ch in enumerate(run):
        syl = _char_cache.get(ch)
        if syl is None:
            if _is_polyphonic(ch):
                start = max(0, i - 2)
                window = run[start : i + 3]
                sylls = _window_cache.get(window)
                if sylls is None:
                    sylls = _lazy(window)
                    if len(_window_cache) < 200_000:
                        _window_cache[window] = sylls
                out.append(sylls[i - start] if len(sylls) == len(window) else _lazy(ch)[0])
                continue
            syl = _lazy(ch)[0]
            _char_cache[ch] = syl
        out.append(syl)
    return tuple(out)


@lru_cache(maxsize=65536)
def pinyin_keys(text: str | None) -> tuple[str, str]:
    """(sort_key, initials) of ``text``, as text.sort_key and text.initials
    give them, fast enough for 100k names in a second or two."""
    if not text:
        return "", ""
    sort_parts: list[str] = []
    ini: list[str] = []
    pos = 0
    for m in _HAN_RUN.finditer(text):
        if m.start() > pos:
            other = text[pos : m.start()]
            if other.strip():
                sort_parts.append(other.strip().lower())
                if other.strip().isalnum():
                    ini.append(other.strip().lower())
        sylls = _han_syllables(m.group(0))
        sort_parts.extend(sylls)
        ini.extend(s[0] for s in sylls if s)
        pos = m.end()
    if pos < len(text):
        other = text[pos:]
        if other.strip():
            sort_parts.append(other.strip().lower())
            if other.strip().isalnum():
                ini.append(other.strip().lower())
    return " ".join(sort_parts), "".join(ini)
