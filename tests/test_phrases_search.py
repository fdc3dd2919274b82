"""Searching the library: substring, several keywords, pinyin initials, ranking."""

from __future__ import annotations

from app.phrases.model import PhraseEntry
from app.phrases.pinyin import initials
from app.phrases.search import FAVOURITES, PhraseIndex
from app.phrases.store import open_store


def entry(text: str, **kw) -> PhraseEntry:
    e = PhraseEntry(text=text, **kw)
    e.initials = initials(text)
    return e


def builtin_index() -> PhraseIndex:
    store = open_store()
    store.fill_initials()
    return PhraseIndex(store.all())


def test_substring() -> None:
    found = builtin_index().search("八项规定")
    assert found and all("八项规定" in e.text for e in found)
    assert found[0].text == "中央八项规定精神"  # the shortest of the prefix-free matches


def test_quotes_do_not_hide_a_term() -> None:
    assert builtin_index().search("两个维护")[0].text == "“两个维护”"


def test_several_keywords_all_must_match() -> None:
    found = builtin_index().search("廉洁 家风")
    assert found
    assert all("廉洁" in e.text and "家风" in e.text for e in found)


def test_keywords_typed_without_spaces_are_cut_when_a_segmenter_is_at_hand() -> None:
    index = builtin_index()
    assert index.search("家风廉洁") == []
    index.splitter = lambda text: ["家风", "廉洁"] if text == "家风廉洁" else [text]
    assert index.search("家风廉洁") == index.search("廉洁 家风")


def test_pinyin_initials() -> None:
    index = builtin_index()
    assert index.search("lgwh")[0].text == "“两个维护”"
    assert index.search("sgzx")[0].text == "“四个自信”"
    assert any(e.text == "一岗双责" for e in index.search("ygsz"))
    assert index.search("LGWH")[0].text == "“两个维护”"  # case does not matter


def test_ranking_exact_prefix_favourite_usage_shorter() -> None:
    index = PhraseIndex([
        entry("加强学习，提高能力。"),
        entry("继续加强学习。", favourite=True),
        entry("认真加强学习，长期坚持。", usage_count=5),
        entry("认真加强学习。", usage_count=5),
        entry("加强学习"),
        entry("要加强学习。", usage_count=1),
    ])
    assert [e.text for e in index.search("加强学习")] == [
        "加强学习",  # exact
        "加强学习，提高能力。",  # prefix
        "继续加强学习。",  # favourite
        "认真加强学习。",  # used 5 times, shorter
        "认真加强学习，长期坚持。",
        "要加强学习。",
    ]


def test_category_scope_and_empty_query() -> None:
    index = PhraseIndex([entry("甲。", category="开头语"), entry("乙。", category="结尾语", favourite=True)])
    assert [e.text for e in index.search("", "开头语")] == ["甲。"]
    assert [e.text for e in index.search("", FAVOURITES)] == ["乙。"]
    assert [e.text for e in index.search("")] == ["乙。", "甲。"]  # favourites first


def test_uncategorised_lists_the_entries_without_a_category() -> None:
    from app.phrases.search import UNCATEGORISED

    index = PhraseIndex([entry("没有分类的一句", category=""), entry("有分类的一句", category="开头语")])
    assert [e.text for e in index.search("", UNCATEGORISED)] == ["没有分类的一句"]
    assert [e.text for e in index.search("", "开头语")] == ["有分类的一句"]
