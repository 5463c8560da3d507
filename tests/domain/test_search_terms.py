"""Tokenising for the account search index (pure, no SQL)."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.search_terms import (
    initials_tokens,
    phone_tokens,
    pinyin_keys,
    search_query,
    text_tokens,
)
from kamdesk.domain.text import initials, sort_key


def test_chinese_run_splits_into_pairs_and_its_last_character():
    assert text_tokens("烟草公司") == ["烟草", "草公", "公司", "司"]
    assert text_tokens("张 伟") == ["张", "伟"]


def test_latin_words_are_lower_cased_and_kept_whole():
    assert text_tokens("北京IBM分公司") == ["北京", "分公", "公司", "京", "司", "ibm"]


def test_phone_tokens_hold_whole_number_parts_and_tails():
    tokens = phone_tokens("138-1234-5678")
    assert tokens[0] == "13812345678"
    assert {"5678", "12345678", "1234"} <= set(tokens)


def test_initials_tokens_start_at_every_syllable_of_a_chinese_name():
    tokens = initials_tokens("上海华信烟草")
    assert tokens[0] == "shhxyc"
    assert "yc" in tokens and "hxyc" in tokens


def test_query_of_two_characters_is_one_pair_token_and_longer_is_a_phrase():
    assert search_query("烟草") == 'body : "烟草"'
    assert search_query("华信烟草") == 'body : "华信 信烟 烟草"'


def test_query_of_latin_letters_also_searches_initials_and_digits_search_phones():
    assert search_query("shyc") == '(body : "shyc"* OR ini : "shyc"*)'
    assert search_query("5678") == '(body : "5678"* OR phones : "5678"*)'
    assert search_query("138") == 'body : "138"*'  # too few digits to search phones


def test_query_without_searchable_characters_is_none():
    assert search_query("  ,.; ") is None
    assert search_query('"') is None


def test_quotes_in_a_term_cannot_break_the_match_expression():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, phones, ini)")
    q = search_query('ab"c 烟"草')
    assert q is not None
    con.execute("SELECT rowid FROM t WHERE t MATCH ?", (q,)).fetchall()  # no syntax error


def _index(names: list[str]) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, phones, ini, tokenize='unicode61')")
    con.executemany(
        "INSERT INTO t(rowid, body, phones, ini) VALUES (?, ?, '', '')",
        [(i, " ".join(text_tokens(n))) for i, n in enumerate(names, start=1)],
    )
    return con


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=CJK, min_size=2, max_size=12))
def test_every_substring_finds_the_indexed_name(name: str):
    con = _index([name, "无关的名字"])
    for start in range(len(name)):
        for end in range(start + 1, len(name) + 1):
            q = search_query(name[start:end])
            assert q is not None
            hits = {r[0] for r in con.execute("SELECT rowid FROM t WHERE t MATCH ?", (q,))}
            assert 1 in hits, name[start:end]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=CJK, min_size=3, max_size=10), st.text(alphabet=CJK, min_size=2, max_size=3))
def test_a_pair_not_in_the_name_is_not_found(name: str, other: str):
    pairs = {name[i : i + 2] for i in range(len(name) - 1)}
    probe = other[:2]
    con = _index([name])
    hits = con.execute("SELECT rowid FROM t WHERE t MATCH ?", (search_query(probe),)).fetchall()
    assert bool(hits) == (probe in pairs)


def test_fast_pinyin_keys_match_the_exact_ones_on_company_names():
    names = [
        "上海华信烟草集团有限公司",
        "北京东方银行股份有限公司",
        "重庆长安汽车股份有限公司",
        "长沙银行",
        "广州恒通制造有限公司",
        "北京IBM分公司",
        "乐山音乐传媒",
    ]
    for name in names:
        assert pinyin_keys(name) == (sort_key(name), initials(name)), name


def test_one_or_two_typed_digits_match_the_whole_number_not_a_prefix():
    assert search_query("1") == 'body : "1"'
    assert search_query("13") == 'body : "13"'
    assert search_query("第1") == 'body : ("第"* AND "1")'
    con = _index(["成都瑞丰能源1号有限公司", "成都瑞丰能源13号有限公司"])
    hits = {r[0] for r in con.execute("SELECT rowid FROM t WHERE t MATCH ?", (search_query("1"),))}
    assert hits == {1}


def test_full_pinyin_tokens_run_syllables_together_from_each_syllable():
    from kamdesk.domain.search_terms import full_pinyin_tokens

    assert full_pinyin_tokens("zhong guo yin hang") == ["zhongguoyinhang", "guoyinhang", "yinhang", "hang"]
    assert full_pinyin_tokens("a b c d e", span=2) == ["ab", "bc", "cd", "de", "e"]
    # punctuation and digits break the run
    assert full_pinyin_tokens("rui zhou ( shang hai ) 2") == ["ruizhou", "zhou", "shanghai", "hai"]
    assert full_pinyin_tokens("") == []
