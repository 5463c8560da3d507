"""Base for the seed codes: an enum whose value is the stored code and which
carries its Chinese and English labels.

The domain keeps codes ("C"); labels live beside them because the seeds define
them together, and both the UI and the PDFs need the same wording. The Chinese
label is the seed's own term; a member may also carry

* ``short``: a short form for narrow columns (the full term goes in the tooltip),
* ``note_zh``/``note_en``: the seed's sentence that explains the term,
* ``synonyms``: other words people write for it (the labels of earlier
  versions, common variants), which imports and :meth:`Coded.parse` accept.

Those three are attached after the class with :func:`terms`, next to the class
they belong to, so each vocabulary keeps its words in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, Self, TypeVar

_C = TypeVar("_C", bound="Coded")


def new_member(cls: type[_C], code: str, zh: str, en: str) -> _C:
    """Build a member; subclasses with extra numbers call this from ``__new__``
    (Enum hides ``Coded.__new__`` once the class exists)."""
    obj = str.__new__(cls, code)
    obj._value_ = code
    obj.zh = zh
    obj.en = en
    obj.short_zh = ""
    obj.note_zh = ""
    obj.note_en = ""
    obj.synonyms = ()
    return obj


def terms(
    cls: type[_C],
    *,
    short: Mapping[_C, str] | None = None,
    notes: Mapping[_C, tuple[str, str]] | None = None,
    synonyms: Mapping[_C, Iterable[str]] | None = None,
) -> None:
    """Attach short forms, the seed's explaining sentences and synonyms to the
    members of ``cls`` (each mapping keyed by member)."""
    for member, text in (short or {}).items():
        member.short_zh = text
    for member, (zh, en) in (notes or {}).items():
        member.note_zh, member.note_en = zh, en
    for member, words in (synonyms or {}).items():
        member.synonyms = tuple(words)
    type.__setattr__(cls, "_lookup_cache", None)  # rebuilt with the new words


def _key(text: str) -> str:
    return "".join(str(text).split()).lower()


class Coded(StrEnum):
    """A seed code with labels. Members are declared as ``(code, zh, en)``."""

    zh: str
    en: str
    short_zh: str
    note_zh: str
    note_en: str
    synonyms: tuple[str, ...]

    def __new__(cls, code: str, zh: str = "", en: str = "", *_: Any) -> Self:
        return new_member(cls, code, zh, en)

    def __str__(self) -> str:
        return str(self.value)

    @property
    def code(self) -> str:
        return str(self.value)

    def label(self, lang: str = "zh") -> str:
        """The label in ``lang`` ("zh" or "en"; anything not Chinese is English)."""
        return self.zh if lang.lower().startswith("zh") else self.en

    def short(self, lang: str = "zh") -> str:
        """The label for a narrow column: the short form where there is one."""
        if lang.lower().startswith("zh"):
            return self.short_zh or self.zh
        return self.en

    def note(self, lang: str = "zh") -> str:
        """The seed's sentence explaining the term ("" when it gives none)."""
        return self.note_zh if lang.lower().startswith("zh") else self.note_en

    def tooltip(self, lang: str = "zh") -> str:
        """Full term and its explanation, for a tooltip or a choice's hint."""
        note = self.note(lang)
        if not note:
            return self.label(lang)
        sep = "：" if lang.lower().startswith("zh") else ": "
        return f"{self.label(lang)}{sep}{note}"

    def accepted(self) -> tuple[str, ...]:
        """Every text :meth:`parse` takes for this member."""
        words = (self.code, self.zh, self.short_zh, self.en, *self.synonyms)
        return tuple(dict.fromkeys(w for w in words if w))

    @classmethod
    def accepted_terms(cls) -> str:
        """The accepted terms of every member, for an error message."""
        return "; ".join(f"{m.code} = " + " / ".join(m.accepted()[1:] or (m.code,)) for m in cls)

    @classmethod
    def parse(cls, text: str | None) -> Self | None:
        """Find a member by code, the seed's term, its short form, English
        label or a synonym (case- and space-insensitive).

        Returns None for blank input; raises ValueError naming the value and
        the accepted terms for anything else that does not match.
        """
        if text is None:
            return None
        key = str(text).strip()
        if not key:
            return None
        found = _lookup(cls).get(_key(key))
        if found is not None:
            return found  # type: ignore[return-value]
        raise ValueError(f"unknown {cls.__name__} {key!r}; accepted: {cls.accepted_terms()}")

    @classmethod
    def choices(cls, lang: str = "zh") -> list[tuple[str, str]]:
        return [(m.code, m.label(lang)) for m in cls]


def _lookup(cls: type[Coded]) -> dict[str, Coded]:
    # Built on first use (terms() runs after the class exists). Codes and the
    # seed's terms win over synonyms when two members share a word.
    cache: dict[str, Coded] | None = cls.__dict__.get("_lookup_cache")
    if cache is None:
        cache = {}
        for rank in range(2):
            for member in cls:
                words = member.accepted()[:4] if rank == 0 else member.synonyms
                for word in words:
                    cache.setdefault(_key(word), member)
        type.__setattr__(cls, "_lookup_cache", cache)
    return cache
