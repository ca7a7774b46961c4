"""The spell checker's parts: which slip a misspelling is, which words are read, what jargon is."""

from __future__ import annotations

import pytest

from pressdesk.spelling import load_dictionary
from pressdesk.spelling.edits import typo_edit
from pressdesk.spelling.morphology import builds_from_known
from pressdesk.spelling.tokens import tokens


@pytest.mark.parametrize(
    ("typo", "word", "kind", "at"),
    [
        ("recieve", "receive", "swapped", 3),
        ("hte", "the", "swapped", 0),
        ("untill", "until", "doubled", 5),
        ("goverment", "government", "dropped", 5),
        ("seperate", "separate", "vowel", 3),
        ("facto", "fact", "extra", 4),
        ("tech", "techs", "shortened", 4),
        ("committers", "committees", "other", 8),
    ],
)
def test_the_slip_between_a_misspelling_and_its_word(
    typo: str, word: str, kind: str, at: int
) -> None:
    edit = typo_edit(typo, word)
    assert edit is not None and (edit.kind, edit.at) == (kind, at)
    assert edit.classic == (kind in ("swapped", "doubled", "dropped", "vowel"))


@pytest.mark.parametrize(
    ("typo", "word"), [("abc", "xyz"), ("tommorow", "tomorrow"), ("ab", "abcd")]
)
def test_words_more_than_one_slip_apart_are_not_one_slip(typo: str, word: str) -> None:
    assert typo_edit(typo, word) is None


def test_tokens_skip_what_is_not_prose_and_keep_offsets() -> None:
    text = "See [the Recieve link](https://a.example/b), `code`, jo@example.org and U.S. rules."
    found = [(t.text, text[t.start : t.end]) for t in tokens(text)]
    assert [w for w, _ in found] == ["See", "the", "Recieve", "link", "and", "rules"]
    assert all(w == span for w, span in found)


def test_tokens_know_sentence_starts_possessives_and_hyphens() -> None:
    text = "“Teh tenants’ co-op met. Lopez’s Valdes-Valle group"
    by_word = {t.text: t for t in tokens(text)}
    assert by_word["Teh"].sentence_start
    assert not by_word["tenants"].sentence_start
    assert by_word["co"].hyphen_after and by_word["op"].hyphen_before
    assert "Lopez" in by_word  # the possessive 's is not part of the word
    assert by_word["Valle"].hyphen_before


def test_jargon_built_from_known_words_and_slips_that_are_not() -> None:
    d = load_dictionary()
    for word in ("funders", "telehealth", "blockchain", "timesheets", "reoperation", "roadmaps"):
        assert builds_from_known(word, d), word
    for typo in ("goverment", "enviroment", "noticable", "truely", "arguement", "occuring"):
        assert not builds_from_known(typo, d), typo


def test_the_dictionary_knows_british_forms_only_in_en_gb() -> None:
    us, gb = load_dictionary("en-US"), load_dictionary("en-GB")
    assert not us.known("colour") and gb.known("colour")
    assert us.known("color") and gb.known("color")
    assert us.american_of("organisation") == "organization"
    assert gb.preferred("color") == "colour" and us.preferred("color") == "color"
    with pytest.raises(ValueError):
        load_dictionary("en-AU")  # type: ignore[arg-type]


def test_the_word_list_read_in_slices_is_pyspellchecker_s_own() -> None:
    from spellchecker import SpellChecker

    theirs = SpellChecker(language="en").word_frequency
    ours = load_dictionary("en-US")
    assert all(ours.known(word) for word in theirs)
    assert ours.frequency("the") == theirs["the"] / theirs.total_words
    assert not ours.known("recieve")
