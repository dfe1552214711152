"""Issue 21, point 14: export names are cut at a word, never mid-word, and never end on « de »."""

from __future__ import annotations

from charte_app.documents.file_names import file_stem


def test_a_long_title_is_cut_after_a_whole_word() -> None:
    title = (
        "Convention pluriannuelle d'objectifs et de moyens entre la Ville de Reims et l'association Corps et Mouvement"
    )
    stem = file_stem(title)
    assert len(stem) <= 70 and title.startswith(stem)
    assert title[len(stem)] == " "  # the next character is a space: no word cut
    assert stem.split()[-1] not in ("de", "la", "et", "l'association")


def test_weak_words_and_forbidden_characters() -> None:
    assert file_stem("Charte : quartier Croix-Rouge / Reims") == "Charte - quartier Croix-Rouge - Reims"
    assert file_stem("Convention de partenariat de la réussite éducative", 27) == "Convention de partenariat"
    assert file_stem("Ab " * 3, 70) == "Ab Ab Ab"
    assert file_stem("x" * 90, 70) == "x" * 70  # one word longer than the limit: only then is it cut
    assert file_stem(" ... ") == "document"
