"""Issue 12: a new partner's kind is guessed from its name ("Ville de …" → local authority)."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from charte_app.domain.labels import PARTNER_KINDS, guess_partner_kind
from charte_app.ui.main_window import MainWindow
from test_ui_support import add_partner, create_dossier, recorder, service, window  # noqa: F401


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ville de Reims", "local_authority"),
        ("Ville d'Épernay", "local_authority"),
        ("Caisse des écoles de Châlons", "local_authority"),
        ("CCAS de Reims", "local_authority"),
        ("Département de la Marne", "department"),
        ("Conseil départemental de l'Aube", "department"),
        ("Caisse d'allocations familiales de la Marne", "family_allowance_fund"),
        ("CAF de la Marne", "family_allowance_fund"),
        ("Direction des services départementaux de l'Éducation nationale", "national_education"),
        ("Collège Université", "national_education"),
        ("Centre hospitalier d'Épernay", "health"),
        ("Association Prévention Marne", "association"),
        ("Préfecture de la Marne", "state_service"),
        ("Les amis du quartier", "other"),
    ],
)
def test_guess_partner_kind(name: str, kind: str) -> None:
    assert guess_partner_kind(name) == kind
    assert kind in PARTNER_KINDS


def test_a_new_partner_gets_the_guessed_kind_in_the_form(qtbot: QtBot, window: MainWindow) -> None:
    create_dossier(qtbot, window, "Types")
    page = add_partner(qtbot, window, "Ville de Reims")
    assert window.editor.dossier.partners[0].kind == "local_authority"
    assert page.form.kindCombo.currentData() == "local_authority"


def test_validation_messages_write_amounts_the_french_way() -> None:
    from decimal import Decimal

    from charte_app.domain.validation import french_euros

    assert french_euros(Decimal("8000")) == "8\u202f000,00\u202f€"
    assert french_euros(Decimal("1234567.5")) == "1\u202f234\u202f567,50\u202f€"
