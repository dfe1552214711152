"""French dialogs for errors a user can cause, confirmations and file choices.

Every modal dialog of the application goes through this module, so tests can
replace these functions (``monkeypatch.setattr(dialogs, "confirm", …)``) and a
traceback never reaches the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from charte_app.domain import DossierRefused, Problem


def show_error(parent: QWidget | None, title: str, message: str, details: str | None = None) -> None:
    """A French error that says what happened and what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def offer_restore(parent: QWidget | None, message: str, title: str | None = None) -> bool:
    """The database is damaged (or missing: ``title`` says so): say so (where the latest backup is) and
    offer to restore one."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title or QCoreApplication.translate("Dialogs", "Base de données endommagée"),
        message,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    restore = box.addButton(
        QCoreApplication.translate("Dialogs", "&Restaurer une sauvegarde…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Dialogs", "&Fermer"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    """Ask before a destructive action; the default button is the safe one (Annuler)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, title: str, message: str, options: list[tuple[str, str]]) -> str | None:
    """One of several actions (``(key, button text)``, the first is the default); None when closed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent)
    buttons = {box.addButton(text, QMessageBox.ButtonRole.AcceptRole): key for key, text in options}
    if buttons:
        box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]


def ask_draft_conflict(parent: QWidget | None, title: str) -> str | None:
    """An imported dossier whose working draft differs from the local one: "replace", "copy" or None (cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Ce dossier existe déjà"),
        QCoreApplication.translate(
            "Dialogs",
            "Le dossier « {title} » est déjà enregistré, et son brouillon de travail diffère de celui du fichier.\n\n"
            "• Remplacer : le brouillon du fichier devient le brouillon de travail ; l'actuel est gardé et peut "
            "être restauré.\n"
            "• Importer une copie : le fichier devient un nouveau dossier, « {title} (copie) », avec ses versions.",
        ).format(title=title),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    replace = box.addButton(
        QCoreApplication.translate("Dialogs", "Remplacer le brouillon"), QMessageBox.ButtonRole.DestructiveRole
    )
    copy = box.addButton(QCoreApplication.translate("Dialogs", "Importer une copie"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # the safe choice: nothing imported
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return "replace"
    if clicked is copy:
        return "copy"
    return None


def problems_text(problems: list[Problem]) -> str:
    """One line per problem, with the path of the faulty value."""
    return "\n".join(f"• {p.path} : {p.message}" for p in problems)


def show_refused(parent: QWidget | None, title: str, refused: DossierRefused, advice: str) -> None:
    """A refused file or dossier: the summary, every faulty path, and what to do."""
    lines = problems_text(refused.problems)
    show_error(parent, title, f"{refused.summary}\n\n{lines}\n\n{advice}")


def open_charte_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Importer un dossier"),
        "",
        QCoreApplication.translate("Dialogs", "Dossier de coopération (*.charte)"),
    )
    return Path(name) if name else None


def save_charte_file(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Enregistrer le dossier sous"),
        suggested,
        QCoreApplication.translate("Dialogs", "Dossier de coopération (*.charte)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == ".charte" else path.with_name(path.name + ".charte")
