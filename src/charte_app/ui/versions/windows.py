"""The versions windows the main window opens: :func:`open_history`, :func:`open_compare` and
:func:`open_verify` (history in a dialog, comparison, PDF verification)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..widgets.fit import fit_to_screen
from .compare_dialog import CompareDialog
from .history import HistoryPanel
from .verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from charte_app.domain.model import Dossier
    from charte_app.services.dossiers import DossierService

__all__ = ["HistoryDialog", "open_compare", "open_history", "open_verify"]

Restored = Callable[[str], None]


class HistoryDialog(QDialog):
    """The history panel in a window; "Comparer" opens a comparison window."""

    def __init__(
        self,
        service: DossierService,
        dossier_id: str,
        on_restored: Restored | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historique des versions"))
        self.service = service
        self.dossier_id = dossier_id
        self.on_restored = on_restored
        self.panel = HistoryPanel(service, dossier_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.panel.compare_requested.connect(self._compare)
        self.panel.restored.connect(self._restored)
        fit_to_screen(self, 1000, 680)

    def _compare(self, old: int, new: int | None) -> None:
        dialog = CompareDialog(self.service, self.dossier_id, old, new, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(dialog, 1280, 760)
        dialog.show()

    def _restored(self, dossier: Dossier) -> None:
        if self.on_restored is not None:
            self.on_restored(dossier.id)


def open_history(
    parent: QWidget | None, service: DossierService, dossier_id: str | None, on_restored: Restored | None = None
) -> HistoryDialog | None:
    if dossier_id is None:
        return None
    dialog = HistoryDialog(service, dossier_id, on_restored, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_compare(
    parent: QWidget | None, service: DossierService, dossier_id: str | None, on_restored: Restored | None = None
) -> CompareDialog | None:
    if dossier_id is None:
        return None
    dialog = CompareDialog(service, dossier_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fit_to_screen(dialog, 1280, 760)
    dialog.show()
    return dialog


def open_verify(
    parent: QWidget | None, service: DossierService, dossier_id: str | None = None, on_restored: Restored | None = None
) -> VerifyDialog:
    dialog = VerifyDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
