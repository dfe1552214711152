"""Step 11 — Aperçu et export: preview, PDF/Word export and printing from the real page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from charte_app.domain.model import Value
from charte_app.services.dossiers import DossierService
from charte_app.ui.editor import DossierEditor
from charte_app.ui.steps import preview as preview_module
from charte_app.ui.steps.base import StepContext
from charte_app.ui.steps.preview import PreviewPage

CONVENTION_TITLE = "Convention de partenariat relative à l’action de remédiation en psychomotricité"  # as printed (’)


@pytest.fixture
def service(data_dir: Path):  # noqa: ANN201 - a DossierService
    svc = DossierService.open(data_dir)
    yield svc
    svc.close()


@pytest.fixture
def page(qtbot: QtBot, service: DossierService, data_dir: Path, examples_dir: Path) -> PreviewPage:
    result = service.import_file(examples_dir / "epernay-psychomotricite.charte")
    editor = DossierEditor(service.load_draft(result.dossier_id))
    page = PreviewPage(StepContext(editor=editor, service=service, data_dir=data_dir))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose_document(page: PreviewPage, key: str) -> None:
    combo = page.form.documentCombo
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def test_preview_shows_the_chosen_document_and_follows_edits(qtbot: QtBot, page: PreviewPage) -> None:
    combo = page.form.documentCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["charter", "conv-psychomot"]
    assert "Charte" in page.form.previewBrowser.toPlainText()
    choose_document(page, "conv-psychomot")
    text = page.form.previewBrowser.toPlainText()
    assert CONVENTION_TITLE in text and "Projet – document de travail" in text
    assert page.form.exportPdfButton.isEnabled() and page.form.printButton.isEnabled()
    assert "3 exemplaire" in page.form.copiesLabel.text()
    # An edit elsewhere rebuilds the preview shortly after (debounced).
    editor = page.ctx.editor
    conv = editor.dossier.conventions[0]
    editor.set_field(conv, "title", "Convention relative à la psychomotricité", "Modifier l'intitulé")
    qtbot.waitUntil(lambda: "Convention relative à la psychomotricité" in page.form.previewBrowser.toPlainText())


def test_export_pdf_and_docx_from_the_preview(
    qtbot: QtBot, page: PreviewPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_document(page, "conv-psychomot")
    asked: list[str] = []

    def save_as(_parent: QWidget, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / ("convention" if suggested.endswith(".pdf") else "convention.docx"))

    monkeypatch.setattr(preview_module, "ask_save_path", save_as)
    page.form.exportPdfButton.click()
    page.form.exportDocxButton.click()
    assert asked[0].endswith("- projet.pdf") and asked[1].endswith(".docx")
    pdf_text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "convention.pdf").pages)
    assert "psychomotricité" in pdf_text and "Il est convenu" in pdf_text
    paragraphs = "\n".join(p.text for p in docx.Document(str(tmp_path / "convention.docx")).paragraphs)
    assert "psychomotricité" in paragraphs
    assert "Document enregistré" in page.form.messageLabel.text()


def test_signature_fields_check_box_adds_one_field_per_signatory(
    qtbot: QtBot, page: PreviewPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_document(page, "conv-psychomot")
    monkeypatch.setattr(preview_module, "ask_save_path", lambda *_a: str(tmp_path / "signer.pdf"))
    page.form.exportPdfButton.click()
    assert not pypdf.PdfReader(tmp_path / "signer.pdf").get_fields()
    page.form.signatureFieldsCheck.setChecked(True)
    page.form.exportPdfButton.click()
    fields = pypdf.PdfReader(tmp_path / "signer.pdf").get_fields() or {}
    assert sorted(fields) == [
        "Signature – Association Corps et Mouvement",
        "Signature – Département de la Marne",
        "Signature – Ville d’Épernay",
    ]
    assert all(f.get("/FT") == "/Sig" for f in fields.values())


def test_export_error_is_a_french_dialog(page: PreviewPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(preview_module, "ask_save_path", lambda *_a: str(tmp_path / "absent" / "charte.pdf"))
    monkeypatch.setattr(preview_module, "show_error", lambda _p, title, message: errors.append((title, message)))
    assert page.export("pdf") is None
    assert errors and errors[0][0] == "Export impossible" and "n'existe pas" in errors[0][1]
    assert not (tmp_path / "absent").exists()


def test_print_makes_one_copy_per_original(page: PreviewPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The print dialog is preset to the number of originals; what prints is the exported PDF itself, every
    page with its fingerprint and initials boxes (printing goes to a PDF file here, read back)."""
    choose_document(page, "conv-psychomot")
    seen: list[int] = []

    def fake_dialog(_parent: QWidget, printer: QPrinter) -> bool:
        seen.append(printer.copyCount())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"print-{len(seen)}.pdf"))
        if len(seen) == 2:
            printer.setCopyCount(1)  # the user may still change it in the dialog
        return True

    monkeypatch.setattr(preview_module, "run_print_dialog", fake_dialog)
    printer = page.print_document()
    assert seen == [3] and printer is not None and printer.copyCount() == 3
    assert "3 exemplaire" in page.form.messageLabel.text()
    page.print_document()
    monkeypatch.setattr(preview_module, "ask_save_path", lambda *_a: str(tmp_path / "exported.pdf"))
    exported = page.export("pdf")
    assert exported is not None
    pages = len(pypdf.PdfReader(exported).pages)
    assert pages >= 2 and len(pypdf.PdfReader(tmp_path / "print-2.pdf").pages) == pages
    assert len(pypdf.PdfReader(tmp_path / "print-1.pdf").pages) == 3 * pages
    # Each printed page is the exported page (footer with "Page i sur N", initials boxes and all): of all the
    # exported pages, its own is the closest picture. A raster print draws thin rules lighter: pictures are
    # compared by their correlation (what is darker where), not their mean difference, or a nearly blank page
    # (a signature page beside a short annex, the same footer grid) would be as close as the page's own print.
    printed, original = render_pages(tmp_path / "print-1.pdf"), render_pages(exported)
    for copy in range(3):
        for index in range(pages):
            picture = printed[copy * pages + index]
            assert difference(picture, original[index]) < 10, (copy, index)
            own = unlikeness(picture, original[index])
            others = [unlikeness(picture, o) for i, o in enumerate(original) if i != index]
            assert own < min(others), (copy, index, own, others)
    # Cancelling the dialog prints nothing.
    monkeypatch.setattr(preview_module, "run_print_dialog", lambda _parent, _printer: False)
    assert page.print_document() is None


def render_pages(path: Path) -> list[list[int]]:
    """Each page of a PDF as grey levels at 24 dpi (PDFium), for comparing what pages show."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        out = []
        for page in document:
            bitmap = page.render(scale=24 / 72, grayscale=True)
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            data = bytes(bitmap.buffer)
            out.append([data[y * stride + x] for y in range(height) for x in range(width)])
            bitmap.close()
            page.close()
        return out
    finally:
        document.close()


def unlikeness(a: list[int], b: list[int]) -> float:
    """1 minus the correlation of two renderings (0: the same picture, whatever its contrast)."""
    if len(a) != len(b):
        return 2.0
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    da = [x - mean_a for x in a]
    db = [y - mean_b for y in b]
    cov = sum(x * y for x, y in zip(da, db, strict=True))
    norm = (sum(x * x for x in da) * sum(y * y for y in db)) ** 0.5
    return 1 - cov / norm if norm else 2.0


def difference(a: list[int], b: list[int]) -> float:
    """Mean absolute grey-level difference of two renderings (0: identical; pages of different size: large)."""
    if len(a) != len(b):
        return 255.0
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_a_stored_version_can_be_previewed_and_exported(
    qtbot: QtBot, page: PreviewPage, service: DossierService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dossier = page.ctx.editor.dossier
    service.freeze_version(dossier.id, "Projet pour le comité", "shared", "Coordinatrice")
    page.refresh()
    versions = page.form.versionCombo
    assert versions.count() == 2 and "Version 1 – Projet pour le comité (Partagée)" == versions.itemText(1)
    versions.setCurrentIndex(1)
    versions.activated.emit(1)
    assert "Projet – document de travail" not in page.form.previewBrowser.toPlainText()
    # Later edits of the draft do not change what a version prints.
    page.ctx.editor.set_field(dossier.charter, "title", "Titre changé ensuite", "Modifier le titre")
    qtbot.wait(450)
    assert "Titre changé ensuite" not in page.form.previewBrowser.toPlainText()
    monkeypatch.setattr(preview_module, "ask_save_path", lambda *_a: str(tmp_path / "v1.pdf"))
    assert page.export("pdf") == tmp_path / "v1.pdf"
    assert "version 1" in "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "v1.pdf").pages).lower()


def test_documents_are_imported_only_when_the_page_is_shown(tmp_path: Path) -> None:
    """Heavy libraries stay out of start-up: building the page imports none of them."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from charte_app.ui.editor import DossierEditor\n"
        "from charte_app.ui.steps.base import StepContext\n"
        "from charte_app.ui.steps.preview import PreviewPage\n"
        "page = PreviewPage(StepContext(editor=DossierEditor()))\n"
        "heavy = [m for m in ('charte_app.documents.service', 'reportlab', 'docx', 'jinja2') if m in sys.modules]\n"
        "print(','.join(heavy) or 'none')\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "CHARTE_APP_DATA_DIR": str(tmp_path), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "none"


def test_a_new_dossier_previews_its_charter_with_visible_blanks_once_it_says_something(
    qtbot: QtBot, service: DossierService, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = DossierEditor(service.create_dossier("Nouveau dossier"))
    page = PreviewPage(StepContext(editor=editor, service=service, data_dir=data_dir))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    combo = page.form.documentCombo
    # A charter with a title alone is not a document (domain.held): nothing to print yet.
    assert combo.count() == 0 and "Rien à afficher" in page.form.messageLabel.text()
    assert not page.form.exportDocxButton.isEnabled()
    editor.append_item(editor.dossier.charter.values, Value(id="v1", title="Respect des familles"), "Ajouter")
    qtbot.waitUntil(lambda: combo.count() == 1)
    page.rebuild()
    assert [combo.itemData(i) for i in range(combo.count())] == ["charter"]
    assert page.form.versionCombo.count() == 1
    text = page.form.previewBrowser.toPlainText()
    assert "Projet – document de travail" in text and "…" in text and "None" not in text
    monkeypatch.setattr(preview_module, "ask_save_path", lambda *_a: str(tmp_path / "charte.docx"))
    assert page.export("docx") == tmp_path / "charte.docx"
    assert docx.Document(str(tmp_path / "charte.docx")).paragraphs
