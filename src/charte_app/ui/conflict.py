"""Settling a save conflict: someone else saved the dossier since this window loaded it.

The window's autosave found a newer stored draft (another window, a colleague
on the shared server). The user chooses: merge (the natural default when the
two changed different fields), take theirs, or keep mine as a new dossier.
Nothing is ever overwritten without that choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from charte_app.domain import Dossier, decode
from charte_app.domain.merge import MergeResult
from charte_app.domain.problems import Problem

from . import dialogs
from .labels_i18n import format_timestamp

if TYPE_CHECKING:
    from charte_app.services.dossiers import DraftState

Choice = Literal["merge", "theirs", "copy"]
SHOWN_CONFLICTS = 8  # conflicting places listed in the dialog; the rest is counted


def ask_conflict_choice(parent: QWidget | None, theirs: DraftState, merge: MergeResult) -> Choice:
    """The user's choice; "copy" (nothing lost, nothing overwritten) when the dialog is closed."""
    who = theirs.saved_by or QCoreApplication.translate("Conflict", "une autre session")
    intro = QCoreApplication.translate(
        "Conflict", "{who} a enregistré ce dossier le {when}, après que vous l'avez ouvert."
    ).format(who=who, when=format_timestamp(theirs.updated_at))
    options: list[tuple[str, str]] = []
    if merge.clean:
        body = QCoreApplication.translate(
            "Conflict",
            "Vous avez modifié des champs différents : les deux séries de modifications peuvent être réunies.",
        )
        options.append(("merge", QCoreApplication.translate("Conflict", "Réunir les deux (recommandé)")))
    else:
        places = "\n".join(f"• {path}" for path in merge.conflicts[:SHOWN_CONFLICTS])
        more = len(merge.conflicts) - SHOWN_CONFLICTS
        if more > 0:
            places += "\n" + QCoreApplication.translate("Conflict", "… et {count} autres").format(count=more)
        body = QCoreApplication.translate(
            "Conflict", "Vous avez tous deux modifié les mêmes champs :\n{places}"
        ).format(places=places)
    options += [
        ("copy", QCoreApplication.translate("Conflict", "Garder ma version comme copie")),
        ("theirs", QCoreApplication.translate("Conflict", "Prendre la leur (abandonner mes modifications)")),
    ]
    answer = dialogs.choose(
        parent,
        QCoreApplication.translate("Conflict", "Dossier modifié par quelqu'un d'autre"),
        f"{intro}\n\n{body}",
        options,
    )
    return answer if answer in ("merge", "theirs", "copy") else "copy"  # type: ignore[return-value]


def merged_dossier(merge: MergeResult) -> Dossier:
    """The merged JSON as a dossier (both sides were valid encodings, so it decodes)."""
    problems: list[Problem] = []
    dossier = decode(Dossier, merge.merged, "dossier", problems)
    if any(p.severity == "error" for p in problems):  # a bug in the merge, not a user error
        raise RuntimeError(f"merged dossier does not decode: {problems[:3]}")
    return dossier
