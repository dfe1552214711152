"""Step 11 — Aperçu et export: see the document, export it as PDF or Word, print the originals.

The documents package (Jinja2, reportlab, python-docx) is heavy, so it is
imported the first time this page is shown, never at start-up. The preview is
rebuilt a moment after the last edit (debounced), from the working draft or
from a stored version chosen in the list; printing prints the exported PDF itself
(widgets.printing), every page with its fingerprint and initials boxes.
"""

from __future__ import annotations

import importlib
import logging
import re
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from charte_app.domain import Dossier, DossierRefused, Version
from charte_app.errors import UserError

from .. import labels_i18n
from ..generated.ui_preview import Ui_PreviewForm
from ..i18n import plural
from ..widgets.fit import one_line
from ..widgets.printing import print_pdf, set_default_margins
from .base import NothingToFillPage, StepContext

log = logging.getLogger(__name__)

DRAFT = -1  # the version combo's data for the working draft


# --- modal dialogs, module-level so tests can replace them ---------------------------------
def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """The system "Enregistrer sous" dialog; "" when cancelled."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (module-level so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def run_print_dialog(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; True when the user confirms."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Imprimer le document"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def _safe_name(title: str) -> str:
    """A file name from a title: no characters Windows refuses, not too long, never cut mid-word."""
    from charte_app.documents.file_names import file_stem

    return file_stem(title)


_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def _scaled(html: str) -> str:
    """The preview's type sizes (points, fixed in its style sheet) follow the application's font scale.

    In meeting mode the document is what the room reads: it grows with the interface (issue 21).
    """
    app = QApplication.instance()
    base = app.property("charte_base_font") if isinstance(app, QApplication) else None
    if not isinstance(app, QApplication) or not isinstance(base, QFont) or base.pointSizeF() <= 0:
        return html
    scale = app.font().pointSizeF() / base.pointSizeF()
    if abs(scale - 1.0) < 0.01:
        return html
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", html)


class PreviewPage(NothingToFillPage):
    step_id = "preview"
    step_title = str(QT_TRANSLATE_NOOP("PreviewPage", "Aperçu et export"))  # known before the page is built

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_PreviewForm()
        self.form.setupUi(self)
        self._documents: ModuleType | None = None  # charte_app.documents.service, loaded on first show
        self._html = ""
        self._versions: dict[int, Version] = {}
        self._choices: list[tuple[str, str]] = []
        self._version_rows: list[tuple[int, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(350)  # after the last keystroke: typing stays fluid
        self._timer.timeout.connect(self.rebuild)
        f = self.form
        f.documentCombo.activated.connect(lambda _i: self.rebuild())
        f.versionCombo.activated.connect(lambda _i: self._version_chosen())
        ctx.editor.versions_changed.connect(self._versions_changed)
        f.exportPdfButton.clicked.connect(lambda: self.export("pdf"))
        f.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        f.printButton.clicked.connect(self.print_document)
        # After an export: one click to the folder holding the file (to attach it to an e-mail…).
        self.open_folder_button = QPushButton(self.tr("Ouvrir le d&ossier"))
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.setToolTip(self.tr("Ouvrir le dossier où le document vient d'être enregistré"))
        self.open_folder_button.clicked.connect(self.open_export_folder)
        self._arrange()
        self._last_export: Path | None = None
        self._set_actions_enabled(False)

    def _arrange(self) -> None:
        """Nothing here widens the step or moves under the pointer (issue 21).

        The document and version lists share the row and elide (the whole title in the tooltip), the
        message and « Ouvrir le dossier » share one line reserved whether or not there is something
        to say, and the number of originals is cut rather than pushing the buttons off the edge.
        """
        f = self.form
        f.documentCombo.setMinimumContentsLength(8)
        f.versionCombo.setMinimumContentsLength(8)
        for combo in (f.documentCombo, f.versionCombo):
            combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(text))
        row = QHBoxLayout()
        index = f.previewLayout.indexOf(f.messageLabel)
        f.previewLayout.removeWidget(f.messageLabel)
        row.addWidget(f.messageLabel, 1)
        row.addWidget(self.open_folder_button)
        f.previewLayout.insertLayout(index, row)
        one_line(f.messageLabel)
        one_line(f.copiesLabel)
        f.copiesLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Its whole text when there is room, cut (whole in the tooltip) rather than widening the row.
        f.copiesLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        f.copiesLabel.setMinimumWidth(f.copiesLabel.fontMetrics().averageCharWidth() * 6)
        policy = self.open_folder_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its line keeps its height: the preview never shrinks
        self.open_folder_button.setSizePolicy(policy)
        self.open_folder_button.hide()

    # --- StepPage hooks ------------------------------------------------------------------
    def guidance(self) -> str:
        return self.tr(
            "<p>Relisez le document tel qu'il sera imprimé. Tant qu'aucune version n'est choisie, il porte "
            "la mention « Projet – document de travail ».</p>"
            "<ul><li>Pour faire signer, <b>créez d'abord une version</b> (menu Versions) : son empreinte figure "
            "sur chaque page et permet de vérifier qu'un exemplaire papier correspond bien au texte validé.</li>"
            "<li><b>Imprimer</b> propose autant d'exemplaires que d'originaux prévus (un par partie).</li>"
            "<li><b>Word</b> sert à retoucher la mise en page ; le texte de référence reste celui du dossier.</li>"
            "<li>Paraphez chaque page d'une convention ; ne séparez jamais un bloc de signature de sa "
            "mention « Fait à … ».</li></ul>"
        )

    def refresh(self) -> None:
        if self._documents is None:
            return  # not shown yet: nothing built, nothing imported
        self._fill_versions()
        self._fill_documents()
        self._timer.start()

    def _versions_changed(self) -> None:
        if self._documents is not None:  # shown at least once: its list exists
            self._fill_versions()

    def _on_changed(self, target: object, attr: object) -> None:
        if not self.isVisible():
            return  # rebuilt when shown again
        if self._current_version() is None:
            self._fill_documents()
            self._timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self._html:  # meeting mode on or off
            bar = self.form.previewBrowser.verticalScrollBar()
            position = bar.value()
            self.form.previewBrowser.setHtml(_scaled(self._html))
            bar.setValue(position)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load()

    def _load(self) -> None:
        first = self._documents is None
        if first:
            self._documents = importlib.import_module("charte_app.documents.service")
        self.refresh()
        if first:
            self.rebuild()

    # --- what is shown ------------------------------------------------------------------------
    def _current_version(self) -> Version | None:
        number = self.form.versionCombo.currentData()
        return self._versions.get(number) if number not in (None, DRAFT) else None

    def content(self) -> Dossier:
        """The dossier printed: the draft, or the chosen version's snapshot."""
        version = self._current_version()
        return version.snapshot if version else self.ctx.editor.dossier

    def document_key(self) -> str | None:
        return self.form.documentCombo.currentData()

    def _fill_documents(self) -> None:
        assert self._documents is not None
        combo = self.form.documentCombo
        choices = self._documents.document_choices(self.content())
        if choices == self._choices:
            return
        keep = combo.currentData()
        combo.clear()
        for key, label in choices:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        self._choices = choices

    def _fill_versions(self) -> None:
        combo = self.form.versionCombo
        rows = [(DRAFT, self.tr("Document de travail (non figé)"))]
        service, dossier = self.ctx.service, self.ctx.editor.dossier
        self._versions = {}
        if service is not None and dossier.id:
            try:
                versions = service.list_versions(dossier.id)
            except UserError:
                versions = []  # a dossier not stored yet has no version

            for v in versions:
                self._versions[v.number] = v
                status = labels_i18n.version_status(v.status)
                rows.append((v.number, self.tr("Version {n} – {label} ({status})").format(n=v.number, label=v.label, status=status)))  # fmt: skip
        if rows == self._version_rows:
            return
        keep = combo.currentData()
        combo.clear()
        for number, text in rows:
            combo.addItem(text, number)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        self._version_rows = rows

    def choose_version(self, number: int) -> bool:
        """Show version ``number`` (step 12's « Imprimer les originaux »); False when it is not listed."""
        if self._documents is None:
            self._load()  # not shown yet: the documents and the lists are loaded now
        index = self.form.versionCombo.findData(number)
        if index < 0:
            return False
        self.form.versionCombo.setCurrentIndex(index)
        self._version_chosen()
        return True

    def _version_chosen(self) -> None:
        self._fill_documents()
        self.rebuild()

    # --- building -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build the chosen document and show it (errors are shown in place of the preview)."""
        self._timer.stop()
        if self._documents is None:
            return
        self._fill_documents()
        key = self.document_key()
        if key is None:
            # The list holds only the documents the dossier has (a charter once it says something):
            # a document that was shown and is no longer held leaves nothing to export or print.
            self._html = ""
            self.form.previewBrowser.clear()
            self._set_actions_enabled(False)
            self._show_message(self.tr("Rien à afficher : le dossier n'a ni charte ni convention."))
            return
        try:
            html = self._documents.to_html(self._build(key))
        except UserError as exc:
            self._html = ""
            self.form.previewBrowser.clear()
            self._show_message(self.tr("L'aperçu n'a pas pu être construit : {}").format(exc.message), error=True)
            self._set_actions_enabled(False)
            return
        except Exception:  # a bug: logged with its traceback, never shown raw; the user's work is untouched
            log.exception("preview of %s failed", key)
            self._html = ""
            self.form.previewBrowser.clear()
            self._show_message(
                self.tr("L'aperçu a rencontré une erreur inattendue (détails dans le journal)."), error=True
            )
            self._set_actions_enabled(False)
            return
        bar = self.form.previewBrowser.verticalScrollBar()
        position = bar.value()
        self._html = html
        self.form.previewBrowser.setHtml(_scaled(html))
        bar.setValue(position)  # rebuilding after an edit keeps the reader's place
        self._show_message("")
        self._set_actions_enabled(True)
        n = self.originals()
        self.form.copiesLabel.setText(
            plural(self.tr("%n exemplaires originaux à imprimer", "", n), "%n exemplaire original à imprimer", n)
        )

    def _build(self, key: str) -> Any:
        assert self._documents is not None
        return self._documents.build_document(
            self.content(), key, version=self._current_version(), data_dir=self.ctx.data_dir
        )

    def html(self) -> str:
        return self._html

    def originals(self) -> int:
        """Copies to print: a convention's originals; for the charter, one per signatory."""
        content, key = self.content(), self.document_key()
        conv = content.convention(key) if key else None
        if conv is not None:
            return conv.effective_originals
        return max(len(content.charter.signature.signatories), 1)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.form.messageLabel.setVisible(bool(text))

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.form.exportPdfButton, self.form.exportDocxButton, self.form.printButton):
            button.setEnabled(enabled)

    # --- actions --------------------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        """Ask where, then write the document as ``fmt`` ("pdf" or "docx")."""
        key = self.document_key()
        if self._documents is None or key is None:
            return None
        if fmt == "pdf":
            title, file_filter, suffix = self.tr("Exporter en PDF"), self.tr("Document PDF (*.pdf)"), ".pdf"
        else:
            title, file_filter, suffix = self.tr("Exporter en Word"), self.tr("Document Word (*.docx)"), ".docx"
        label = self.form.documentCombo.currentText()
        version = self._current_version()
        tail = self.tr(" - version {n}").format(n=version.number) if version else self.tr(" - projet")
        name = _safe_name(label) + tail + suffix
        from charte_app.documents.file_names import export_folder

        folder = self._last_export.parent if self._last_export is not None else export_folder()
        chosen = ask_save_path(self, title, str(folder / name), file_filter)
        if not chosen:
            return None
        output = Path(chosen)
        if output.suffix.lower() != suffix:
            output = output.with_name(output.name + suffix)
        written = self._write(fmt, output, self.tr("Export impossible"))
        if written is None:
            return None
        self._show_message(self.tr("Document enregistré : {}").format(written))
        self._last_export = written
        self.open_folder_button.show()
        return written

    def _write(self, fmt: str, output: Path, failure_title: str, *, for_print: bool = False) -> Path | None:
        """The shown document written as ``fmt`` to ``output``; None once the reason was said in a dialog."""
        key = self.document_key()
        if self._documents is None or key is None:
            return None
        try:
            written = self._documents.export_document(
                self.content(),
                key,
                fmt,
                output,
                version=self._current_version(),
                data_dir=self.ctx.data_dir,
                # e-signature fields are for the file sent to a signing platform, not for paper
                signature_fields=fmt == "pdf" and not for_print and self.form.signatureFieldsCheck.isChecked(),
            )
        except UserError as exc:
            show_error(self, failure_title, exc.message)
            return None
        except DossierRefused as exc:  # a draft with points to fix: say which
            lines = "\n".join(f"• {p.path} : {p.message}" for p in exc.problems)
            show_error(self, failure_title, f"{exc.summary}\n\n{lines}")
            return None
        except Exception:
            log.exception("writing %s as %s failed", key, fmt)
            show_error(
                self,
                failure_title,
                self.tr(
                    "Une erreur inattendue a empêché l'export ; votre dossier n'est pas touché. "
                    "Les détails sont dans le journal de l'application."
                ),  # fmt: skip
            )
            return None
        return Path(written)

    def open_export_folder(self) -> None:
        if self._last_export is not None and not open_folder(self._last_export.parent):
            show_error(
                self,
                self.tr("Dossier introuvable"),
                self.tr("Le dossier {folder} n'a pas pu être ouvert.").format(folder=self._last_export.parent),
            )

    def make_printer(self) -> QPrinter:
        """A printer preset for this document: N copies (the originals), A4, the document's name."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setCopyCount(self.originals())
        printer.setCollateCopies(True)  # whole originals one after the other, ready to sign
        printer.setDocName(self.form.documentCombo.currentText())
        from PySide6.QtGui import QPageSize

        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        set_default_margins(printer)
        return printer

    def print_document(self) -> QPrinter | None:
        """The system print dialog, then the exported PDF itself (every page with its fingerprint and
        initials boxes), once per original."""
        if self._documents is None or self.document_key() is None:
            return None
        printer = self.make_printer()
        if not run_print_dialog(self, printer):
            return None
        with tempfile.TemporaryDirectory(prefix="charte-app-impression-") as folder:
            pdf = self._write("pdf", Path(folder) / "impression.pdf", self.tr("Impression impossible"), for_print=True)
            if pdf is None:
                return None
            try:
                print_pdf(pdf, printer)
            except UserError as exc:
                show_error(self, self.tr("Impression impossible"), exc.message)
                return None
        copies = printer.copyCount()
        self._show_message(
            plural(
                self.tr("Impression lancée : %n exemplaires.", "", copies), "Impression lancée : %n exemplaire.", copies
            )
        )
        return printer
