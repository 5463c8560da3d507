"""Every Chinese label and sentence the product shows as the seeds' own occurs
in the seed texts (../shared/seeds next to the repository).

Seed 001 is in traditional characters with pinyin glosses after many
characters: it is converted to simplified with OpenCC and the glosses are
dropped. Whitespace and punctuation are ignored on both sides (the seeds are
text pulled from slides, with line breaks and mixed full/half-width marks).
Slides in seed 002 were extracted with every text run twice ("A A之人之人"),
so a copy with immediate repeats collapsed is searched too. A text made of
several seed sentences (joined by ；/：/。, or with a part in brackets) is
checked piece by piece;
``{n}`` placeholders split it the same way.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import kamdesk.domain
from kamdesk.domain.codes import Coded
from kamdesk.domain.seed_terms import APP_VOCABULARIES, NOT_IN_SEEDS, SEED_VOCABULARIES, seed_texts

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]")
# anything that is not a letter, digit or CJK character
_NOISE = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")
_PIECES = re.compile(r"[；：。;:（）()]|\{[^}]*\}")


def _norm(text: str) -> str:
    return _NOISE.sub("", text)


def _collapse_repeats(text: str) -> str:
    return re.sub(r"(.{1,16}?)\1", r"\1", text)


@pytest.fixture(scope="module")
def corpus() -> tuple[str, str]:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed texts at {SEEDS}")
    from opencc_purepy import OpenCC  # the test extra; a missing converter fails, it does not skip

    to_simplified = OpenCC("t2s")
    parts = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name.startswith("001"):
            text = to_simplified.convert(_PINYIN.sub("", text))
        parts.append(_norm(text))
    joined = "\n".join(parts)
    return joined, _collapse_repeats(joined)


def _missing(text: str, corpus: tuple[str, str]) -> list[str]:
    plain, collapsed = corpus
    pieces = [_norm(p) for p in _PIECES.split(text)]
    return [p for p in pieces if p and p not in plain and p not in collapsed]


def test_every_seed_label_and_sentence_occurs_in_the_seeds(corpus: tuple[str, str]) -> None:
    problems = []
    for where, text in seed_texts():
        if text in NOT_IN_SEEDS:
            continue
        missing = _missing(text, corpus)
        if missing:
            problems.append(f"{where}: {text!r} (not found: {'、'.join(missing)})")
    assert not problems, "not in the seeds:\n" + "\n".join(problems)


def test_the_exceptions_are_really_exceptions(corpus: tuple[str, str]) -> None:
    """Each entry of NOT_IN_SEEDS is still shown, has a reason, and is indeed
    not in the seeds (else it is stale and belongs off the list)."""
    shown = {text for _where, text in seed_texts()}
    for text, reason in NOT_IN_SEEDS.items():
        assert text in shown, f"{text!r} is listed as an exception but no longer shown"
        assert reason.strip()
        assert _missing(text, corpus), f"{text!r} is in the seeds after all: drop it from NOT_IN_SEEDS"


def _domain_code_classes() -> set[type[Coded]]:
    for info in pkgutil.iter_modules(kamdesk.domain.__path__):
        importlib.import_module(f"kamdesk.domain.{info.name}")
    found: set[type[Coded]] = set()
    stack = list(Coded.__subclasses__())
    while stack:
        cls = stack.pop()
        if cls.__module__.startswith("kamdesk.domain."):
            found.add(cls)
        stack.extend(cls.__subclasses__())
    return found


def test_every_code_list_is_either_a_seed_vocabulary_or_the_products_own() -> None:
    seeds = {cls.__name__ for cls in SEED_VOCABULARIES}
    assert not seeds & APP_VOCABULARIES.keys()
    for cls in _domain_code_classes():
        assert cls.__name__ in seeds or cls.__name__ in APP_VOCABULARIES, (
            f"{cls.__module__}.{cls.__name__}: list it in seed_terms (seed vocabulary or the product's own)"
        )
