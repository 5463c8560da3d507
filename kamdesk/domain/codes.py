"""Base for the seed codes: an enum whose value is the stored code and which
carries its Chinese and English labels.

The domain keeps codes ("C"); labels live beside them because the seeds define
them together, and both the UI and the PDFs need the same wording.
"""

from __future__ import annotations

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
    return obj


class Coded(StrEnum):
    """A seed code with labels. Members are declared as ``(code, zh, en)``."""

    zh: str
    en: str

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

    @classmethod
    def parse(cls, text: str | None) -> Self | None:
        """Find a member by code, Chinese or English label (case-insensitive).

        Returns None for blank input; raises ValueError naming the valid codes
        for anything else that does not match.
        """
        if text is None:
            return None
        key = str(text).strip()
        if not key:
            return None
        low = key.lower()
        for member in cls:
            if low in (member.code.lower(), member.zh.lower(), member.en.lower()):
                return member
        valid = ", ".join(f"{m.code} {m.zh}" for m in cls)
        raise ValueError(f"unknown {cls.__name__} {key!r}; expected one of: {valid}")

    @classmethod
    def choices(cls, lang: str = "zh") -> list[tuple[str, str]]:
        return [(m.code, m.label(lang)) for m in cls]
