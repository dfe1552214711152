"""Fichier › Papier à en-tête…: choose the territory's letterhead, with a preview of a first page.

The letterhead is a Word file (``papier-en-tete.docx``) kept in
``<data dir>/templates/``: the Word exports start from it (styles, header,
logo) and the PDF exports print its logo. Choosing a file copies it there
atomically; "Retirer" goes back to plain pages. The preview draws the first
page as the exports lay it out: the logo at the top, the title, the draft mark.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charte_app.documents.letterhead import MAX_IMAGE_PIXELS, check_letterhead, first_header_image, image_size
from charte_app.documents.service import LETTERHEAD
from charte_app.errors import UserError
from charte_app.fsutil import atomic_write

from . import dialogs
from .widgets.fit import fit_to_screen

#: The preview's page size in pixels (A4 proportions), small enough for a 1366×768 screen.
PAGE_WIDTH, PAGE_HEIGHT = 297, 420


def ask_docx(parent: QWidget) -> Path | None:
    """The Word file the user picks (module-level so tests can replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Choisir le papier à en-tête"),
        str(Path.home()),
        parent.tr("Document Word (*.docx)"),
    )
    return Path(name) if name else None


def letterhead_path(data_dir: Path) -> Path:
    return Path(data_dir) / "templates" / LETTERHEAD


def is_word_file(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            return "word/document.xml" in package.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


class LetterheadDialog(QDialog):
    """Shows the letterhead in use, lets the user replace or remove it, and previews a first page."""

    def __init__(self, data_dir: Path, document_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterheadDialog")
        self.setWindowTitle(self.tr("Papier à en-tête"))
        self.data_dir = Path(data_dir)
        self.document_title = document_title or self.tr("Charte de coopération")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("letterheadPreview")
        self.preview.setAccessibleName(self.tr("Aperçu de la première page"))
        self.preview.setFixedSize(PAGE_WIDTH + 2, PAGE_HEIGHT + 2)
        self.choose_button = QPushButton(self.tr("&Choisir un fichier Word…"))
        self.remove_button = QPushButton(self.tr("&Retirer"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        explanation = QLabel(
            self.tr(
                "Les exports Word partent de ce document (styles, en-tête, logo) ; les PDF reprennent son logo. "
                "Choisissez le papier à en-tête de votre collectivité, au format Word (.docx)."
            )
        )
        explanation.setWordWrap(True)
        side.addWidget(explanation)
        side.addWidget(self.state)
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(side, 1)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        explanation.setMinimumWidth(300)
        self.refresh()
        fit_to_screen(self, 720, 500)

    def current(self) -> Path | None:
        path = letterhead_path(self.data_dir)
        return path if path.is_file() else None

    def refresh(self) -> None:
        current = self.current()
        self.state.setText(
            self.tr("En service : le papier à en-tête choisi (copié dans le dossier des modèles).")
            if current
            else self.tr("Aucun papier à en-tête : les documents sont imprimés sur des pages blanches.")
        )
        self.state.setToolTip(str(current) if current else "")
        self.remove_button.setEnabled(current is not None)
        self.preview.setPixmap(self.first_page())

    def first_page(self) -> QPixmap:
        """The first page as the exports lay it out: logo, title, draft mark."""
        page = QPixmap(PAGE_WIDTH + 2, PAGE_HEIGHT + 2)
        page.fill(QColor("#d0d0d0"))
        painter = QPainter(page)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(1, 1, PAGE_WIDTH, PAGE_HEIGHT, QColor("white"))
        margin = 24
        top = margin
        current = self.current()
        logo = first_header_image(current) if current else None
        size = image_size(logo) if logo else None
        if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
            logo = None  # never decoded (the exports refuse it, and say why)
        image = QImage.fromData(logo) if logo else QImage()
        if not image.isNull():
            scaled = image.scaled(
                110, 60, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage(margin, top, scaled)
            top += scaled.height() + 16
        else:
            top += 40
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        painter.setFont(title_font)
        painter.setPen(QColor("black"))
        title_box = QRectF(margin, top, PAGE_WIDTH - 2 * margin, 60)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        painter.drawText(title_box, flags, self.document_title)
        body = QFont(self.font())
        body.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.7))
        painter.setFont(body)
        painter.setPen(QColor("#9a9a9a"))
        painter.drawText(
            QRectF(margin, top + 64, PAGE_WIDTH - 2 * margin, 20), flags, self.tr("Projet – document de travail")
        )
        painter.setPen(QColor("#c8c8c8"))
        y = top + 100
        while y < PAGE_HEIGHT - margin:  # the body text, as grey lines
            painter.drawLine(margin, int(y), PAGE_WIDTH - margin, int(y))
            y += 12
        painter.end()
        return page

    def choose(self) -> bool:
        path = ask_docx(self)
        if path is None:
            return False
        if not is_word_file(path):
            dialogs.show_error(
                self,
                self.tr("Papier à en-tête refusé"),
                self.tr("« {name} » n'est pas un document Word (.docx) lisible.").format(name=path.name),
            )
            return False
        try:
            check_letterhead(path)  # what the exports would refuse (a huge logo…) is refused now
        except UserError as exc:
            dialogs.show_error(self, self.tr("Papier à en-tête refusé"), exc.message)
            return False
        try:
            target = letterhead_path(self.data_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, path.read_bytes())
        except (OSError, UserError) as exc:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            dialogs.show_error(self, self.tr("Papier à en-tête non enregistré"), message)
            return False
        self.refresh()
        return True

    def remove(self) -> bool:
        current = self.current()
        if current is None or not dialogs.confirm(
            self,
            self.tr("Retirer le papier à en-tête"),
            self.tr("Les prochains documents seront imprimés sur des pages blanches."),
            self.tr("Retirer"),
        ):
            return False
        try:
            current.unlink()
        except OSError as exc:
            dialogs.show_error(self, self.tr("Papier à en-tête non retiré"), str(exc))
            return False
        self.refresh()
        return True
