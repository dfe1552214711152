"""Text export of a comparison: exact output for the Reims versions, stdout and file."""

from __future__ import annotations

from pathlib import Path

import pytest

from charte_app.diff import compare_dossiers, write_comparison
from charte_app.errors import OutputError, UserError
from diff_helpers import reims

REIMS_1_TO_2 = """\
Comparaison : « Version 1 » → « Version 2 »
Résumé : 1 valeur ajoutée, 1 règle modifiée, 1 indicateur modifié, 1 engagement modifié, 1 instance de gouvernance modifiée
Légende : [-texte supprimé-] {+texte ajouté+}

== Charte de coopération ==

-- Valeurs --
[+] Valeur « Bienveillance » — ajoutée
    Titre : {+Bienveillance+}
    Description :
        {+Les partenaires recherchent les points d'appui des enfants et des familles, pas seulement leurs difficultés.+}

-- Règles --
[~] Règle « Partage d'informations » — modifiée
    Texte :
        Seules les informations strictement nécessaires à l'accompagnement sont partagées, [-avec l'-]{+après information et +}accord préalable de la famille[-.-]{+, dans le respect de l'article L. 121-6-2 du code de l'action sociale et des familles.+}

-- Objectifs et indicateurs --
[ ] Objectif « Repérer plus tôt les fragilités » — éléments modifiés
  [~] Indicateur « Délai moyen entre repérage et premier rendez-vous » — modifié
      Cible : [-21-]{+15+} jours

-- Engagements des partenaires --
[~] Engagement du Département — modifié
    Engagement :
        [-Informer-]{+Désigner un interlocuteur unique de l'aide sociale à l'enfance et informer+} la coordination des dispositifs [-de protection de l'enfance -]mobilisables.

-- Gouvernance --
[~] Instance « Comité de pilotage » — modifiée
    Se réunit : [-deux-]{+trois+} fois par an

Sans changement :
- Dossier de coopération
- Charte de coopération : Titre, préambule et fondements · Glossaire · Communication, évaluation et adhésion · Durée et signature
"""


def _comparison():
    doc = reims()
    return compare_dossiers(doc.versions[0].snapshot, doc.versions[1].snapshot)


def test_text_export_of_reims_1_to_2(capsys: pytest.CaptureFixture[str]) -> None:
    write_comparison(_comparison(), "text", None, old_label="Version 1", new_label="Version 2")
    assert capsys.readouterr().out == REIMS_1_TO_2


def test_text_export_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "diff.txt"
    write_comparison(_comparison(), "text", out, old_label="Version 1", new_label="Version 2")
    assert out.read_text(encoding="utf-8") == REIMS_1_TO_2
    assert [p.name for p in tmp_path.iterdir()] == ["diff.txt"]  # no temporary file left


def test_no_difference_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    doc = reims()
    comparison = compare_dossiers(doc.versions[1].snapshot, doc.dossier)
    write_comparison(comparison, "text", None, old_label="Version 2", new_label="Projet")
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "Résumé : Aucune différence."
    assert out.endswith("Sans changement :\n- Dossier de coopération\n- Charte de coopération\n")


def test_missing_folder_is_a_french_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="n'existe pas"):
        write_comparison(_comparison(), "text", tmp_path / "nope" / "d.txt", old_label="1", new_label="2")


def test_binary_formats_need_a_path() -> None:
    with pytest.raises(UserError, match="Indiquez un fichier de sortie"):
        write_comparison(_comparison(), "pdf", None, old_label="1", new_label="2")


def test_moves_and_whole_conventions_are_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    from diff_helpers import clone, epernay

    new = epernay().dossier
    old = clone(new)
    old.conventions = []
    first = new.partners[0]
    new.partners = [*new.partners[1:], first]
    write_comparison(compare_dossiers(old, new), "text", None, old_label="A", new_label="B")
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "Résumé : 1 convention ajoutée, 1 partenaire déplacé"
    assert f"[ ] {first.name} — déplacé" in lines
    conv = new.conventions[0]
    assert f"== {conv.title} — convention ajoutée ==" in lines
    assert "[+] Contribution financière de la Ville (2026) — ajoutée" in lines
    assert "  [+] Échéance du 15 octobre 2026 — ajoutée" in lines
    assert "      Montant : {+10\u202f800,00\u00a0€+}" in lines
