"""Word-level diff: French-aware normalisation, punctuation tokens, readable segments."""

from __future__ import annotations

import pytest

from charte_app.diff.words import Segment, new_text, normalise, old_text, tokenize, word_diff


def test_it_marks_one_changed_word() -> None:
    assert word_diff("deux fois par an", "trois fois par an") == [
        Segment("delete", "deux"),
        Segment("insert", "trois"),
        Segment("equal", " fois par an"),
    ]


def test_punctuation_is_its_own_token() -> None:
    assert tokenize("Vu le code ; voir « l'article » !") == [
        "Vu",
        " ",
        "le",
        " ",
        "code",
        " ",
        ";",
        " ",
        "voir",
        " ",
        "«",
        " ",
        "l",
        "'",
        "article",
        " ",
        "»",
        " ",
        "!",
    ]
    # Adding a comma marks only the comma, not the word it touches.
    assert word_diff("les familles informées", "les familles, informées") == [
        Segment("equal", "les familles"),
        Segment("insert", ","),
        Segment("equal", " informées"),
    ]


def test_typographic_and_straight_apostrophes_are_alike() -> None:
    assert word_diff("l'accord de l'enfant", "l\u2019accord de l\u2019enfant") == [
        Segment("equal", "l\u2019accord de l\u2019enfant")
    ]


def test_no_break_spaces_are_spaces() -> None:
    assert word_diff("Article 2 : objet", "Article 2\u00a0: objet") == [Segment("equal", "Article 2\u00a0: objet")]
    assert word_diff("15 000,00 €", "15\u202f000,00\u00a0€") == [Segment("equal", "15\u202f000,00\u00a0€")]
    assert normalise("«\u202fmot\u202f»") == "« mot »"


def test_unicode_is_compared_in_nfc() -> None:
    decomposed = "e\u0301ducation"  # é as e + combining acute accent
    assert word_diff(decomposed, "éducation") == [Segment("equal", "éducation")]


def test_french_punctuation_change_with_no_break_space() -> None:
    old = "Les partenaires s'engagent\u00a0: informer la famille."
    new = "Les partenaires s\u2019engagent\u00a0; informer et associer la famille\u00a0!"
    assert word_diff(old, new) == [
        Segment("equal", "Les partenaires s\u2019engagent\u00a0"),
        Segment("delete", ":"),
        Segment("insert", ";"),
        Segment("equal", " informer "),
        Segment("insert", "et associer "),
        Segment("equal", "la famille"),
        Segment("delete", "."),
        Segment("insert", "\u00a0!"),
    ]


def test_spaces_between_changes_are_folded_into_one_change() -> None:
    assert word_diff("avec l'accord de la famille", "avec l'accord du jeune") == [
        Segment("equal", "avec l'accord "),
        Segment("delete", "de la famille"),
        Segment("insert", "du jeune"),
    ]


def test_sides_rebuild_both_texts() -> None:
    old = "Seules les informations nécessaires sont partagées, avec l'accord de la famille."
    new = "Seules les informations strictement nécessaires sont partagées, après accord préalable de la famille."
    segments = word_diff(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new


def test_empty_sides() -> None:
    assert word_diff(None, "Nouveau") == [Segment("insert", "Nouveau")]
    assert word_diff("Ancien", "") == [Segment("delete", "Ancien")]
    assert word_diff(None, None) == []


def test_long_repetitive_text_still_aligns_without_autojunk() -> None:
    # With autojunk, tokens present in >1% of a 200+ token text are junk and the
    # alignment falls apart; here the only change must be the last word.
    base = " ".join(["de la famille et de l'enfant"] * 60)
    segments = word_diff(base + " fin", base + " suite")
    assert segments == [Segment("equal", base + " "), Segment("delete", "fin"), Segment("insert", "suite")]


def test_spaces_on_both_ends_of_a_change_stay_kept() -> None:
    assert word_diff("les familles informées", "les familles, informées") == [
        Segment("equal", "les familles"),
        Segment("insert", ","),
        Segment("equal", " informées"),
    ]
    assert word_diff("un texte", "un autre texte") == [
        Segment("equal", "un "),
        Segment("insert", "autre "),
        Segment("equal", "texte"),
    ]
    segments = word_diff("A. B. C.", "A. X. C.")
    assert segments == [
        Segment("equal", "A. "),
        Segment("delete", "B"),
        Segment("insert", "X"),
        Segment("equal", ". C."),
    ]


def test_a_long_text_aligns_sentences_first() -> None:
    sentences = [f"Le partenaire n° {i} informe la coordination des situations suivies." for i in range(400)]
    old = " ".join(sentences)
    edited = list(sentences)
    edited[150] = "Le partenaire n° 150 informe sans délai la coordination des situations suivies."
    new = " ".join(edited)
    segments = word_diff(old, new)
    assert [s for s in segments if s.op != "equal"] == [Segment("insert", "sans délai ")]
    assert old_text(segments) == old and new_text(segments) == new


def test_a_rewritten_long_text_is_one_deletion_and_one_insertion() -> None:
    old = " ".join(f"mot{i}" for i in range(3000))
    new = " ".join(f"terme{i}" for i in range(3000))
    assert word_diff(old, new) == [Segment("delete", old), Segment("insert", new)]


def test_a_changed_field_is_normalised_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Telling whether two texts differ, then diffing them, normalised each one three times (issue 13)."""
    from charte_app.diff import words
    from charte_app.diff.matching import fields_of

    calls: list[str] = []
    real = words._SPACES

    class Counting:
        def sub(self, repl: str, text: str) -> str:
            calls.append(text)
            return real.sub(repl, text)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(words, "_SPACES", Counting())
    words.normalise.cache_clear()
    old, new = "Une réunion par trimestre au siège.", "Deux réunions par trimestre en mairie."
    spec = [("text", "Texte", lambda item: item, True)]
    (diff,) = fields_of(spec, old, new)
    assert diff.changed and sorted(calls) == sorted([old, new])
    assert normalise(" a\u00a0 b ") == "a b"
