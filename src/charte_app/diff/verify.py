"""Which stored version a PDF comes from, *proven*: ``verify_pdf(path, service)``.

Owns the verdict of ``charte-app verify`` and of the verify dialog. A fingerprint printed on a page
(« Empreinte : » and the first 16 hex digits of the version's ``sha256``) or carried in the file's
metadata is only a citation, which anyone can type; and a page's extracted text proves nothing about
what the page shows (white or squashed text, a FreeText annotation over an amount, a font whose
ToUnicode map reads other digits than it draws). So the cited version's document is produced again
(its output is reproducible, byte for byte) and:

- « Identique » (``VerifyResult.proven``, exit code 0): the file *is* that document, byte for byte
  (with or without its empty signature fields);
- « Identique et signé » (proven too): its first revisions are that document, byte for byte, and every
  update appended since only creates or fills signature fields (pyHanko's difference analysis); the
  signatures are listed with their signer, time, integrity and coverage (trust in a certificate is
  not checked: that needs its authority, never fetched);
- « Probable » (never proven): a PDF exported by LibreOffice or Word from our DOCX, whose every page
  renders as LibreOffice renders the version's DOCX here (when LibreOffice is installed);
- « Non prouvé »: anything else, with what differs: pages whose rendering differs (pdfium, pixel by
  pixel against the regenerated document, and where on the page), and what the file holds that ours
  does not (:mod:`.pdf_structure`): annotations, form fields, JavaScript, attachments, optional
  content, page boxes, fonts.

Everything is bounded before it runs (:mod:`.pdf_budget`, :mod:`.pdf_raster`): a file beyond the
bounds is refused in French (``UserError``) within seconds.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.labels import VERSION_STATUSES
from ..errors import UserError
from ..fsutil import read_user_file
from . import pdf_budget, pdf_raster
from .pdf_structure import Signature, differences, quiet_libraries, review_updates, signatures_only, signed_boxes

if TYPE_CHECKING:
    from ..services.dossiers import DossierService, VersionRef

log = logging.getLogger(__name__)

PRINTED_DIGITS = 16
MAX_PAGES = pdf_budget.MAX_PAGES
#: Size of a PDF to verify: ours weigh well under 5 MB (fonts embedded), a scan a few dozen.
MAX_PDF_BYTES = 200 * 1024 * 1024
# "Empreinte : 0123456789abcdef" as printed in the page header. Text extraction
# may split the digits with spaces or a line break, or run the label into the
# digits, so spaces between digits are tolerated and the colon is optional.
_LABELLED = re.compile(rf"empreinte\s*:?\s*((?:[0-9a-f]\s?){{{PRINTED_DIGITS},64}})", re.IGNORECASE)
# A fingerprint written out in full elsewhere ("sha256:…").
_PREFIXED = re.compile(rf"sha256\s*:\s*([0-9a-f]{{{PRINTED_DIGITS},64}})", re.IGNORECASE)
# Who made a PDF that is not ours but may be an export of our DOCX.
_OFFICE = re.compile(r"libreoffice|openoffice|microsoft|word|writer", re.IGNORECASE)


@dataclass
class VerifyResult:
    matches: list[VersionRef]  # versions the PDF is, or some of its pages render identical to
    message: str  # French; its first line is the verdict
    fingerprints: list[str] = field(default_factory=list)  # printed prefixes found, in page order
    pages: dict[str, list[int]] = field(default_factory=dict)  # prefix → pages (1-based) carrying it
    proven: bool = False  # byte for byte one document of one version (signature fields filled at most)
    probable: list[VersionRef] = field(default_factory=list)  # a word processor's PDF of our DOCX, same rendering
    verdict: str = "aucune"  # "identique", "signé", "probable", "non prouvé", "aucune"
    signatures: list[Signature] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)  # what differs, one French line each


def printed_fingerprints(pages: list[str]) -> dict[str, list[int]]:
    """Fingerprint prefixes (16 hex digits, lower case) found on each page, page numbers from 1."""
    found: dict[str, list[int]] = {}
    for number, text in enumerate(pages, start=1):
        hits = [re.sub(r"\s", "", m) for m in _LABELLED.findall(text)] + _PREFIXED.findall(text)
        for hit in hits:
            prefix = hit.lower()[:PRINTED_DIGITS]
            pages_of = found.setdefault(prefix, [])
            if number not in pages_of:
                pages_of.append(number)
    return found


def _n(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def _describe(ref: VersionRef) -> str:
    status = VERSION_STATUSES.get(ref.status, ref.status)
    return f"la version {ref.number} « {ref.label} » du dossier « {ref.title} » (statut : {status})"


def _pages_text(pages: list[int]) -> str:
    """« page 3 », « pages 1 à 4, 7 »."""
    if not pages:
        return "aucune page"
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    parts = [str(r[0]) if len(r) == 1 else (f"{r[0]}, {r[1]}" if len(r) == 2 else f"{r[0]} à {r[-1]}") for r in runs]
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(parts)


def _prefix(ref: VersionRef) -> str:
    return ref.fingerprint.removeprefix("sha256:")[:PRINTED_DIGITS]


# -- the file ------------------------------------------------------------------------------------


def _open(path: Path) -> tuple[bytes, Any]:
    """The file's bytes and a pypdf reader (its page tree read, nothing decoded)."""
    data = read_user_file(path, MAX_PDF_BYTES, "le PDF")
    if b"%PDF-" not in data[:1024]:
        raise UserError(f"« {path.name} » n'est pas un fichier PDF.")
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(f"« {path.name} » est protégé par un mot de passe : il ne peut pas être vérifié.")
        if len(reader.pages) > MAX_PAGES:
            raise UserError(
                f"« {path.name} » compte plus de {MAX_PAGES} pages : ce n'est pas un document de charte-app."
            )
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf fails on a damaged file in many ways; each is this answer
        log.info("unreadable PDF %s: %r", path, exc)
        raise UserError(f"« {path.name} » est un PDF illisible ou endommagé : il ne peut pas être vérifié.") from None
    return data, reader


def _info(reader: Any) -> dict[str, str]:
    try:
        info = reader.metadata or {}
        return {str(k): str(v) for k, v in info.items() if isinstance(v, str)}
    except Exception:  # noqa: BLE001 - a damaged Info dictionary: no metadata
        return {}


def _info_fingerprint(info: dict[str, str]) -> str | None:
    for key in ("/Fingerprint", "/Keywords"):
        found = _PREFIXED.search(info.get(key, ""))
        if found:
            return found.group(1).lower()[:PRINTED_DIGITS]
    return None


# -- the version's documents, produced again ---------------------------------------------------------


@dataclass
class _Candidate:
    ref: VersionRef
    title: str
    plain: bytes  # the PDF as exported without signature fields
    with_fields: Any  # () -> bytes: the PDF with its empty signature fields
    _fields_pdf: bytes | None = None
    _rendered: pdf_raster.Rendered | None = None

    def fields_pdf(self) -> bytes:
        if self._fields_pdf is None:
            self._fields_pdf = self.with_fields()
        return self._fields_pdf

    def rendered(self) -> pdf_raster.Rendered:
        if self._rendered is None:
            self._rendered = pdf_raster.render(self.plain, self.title, text=False)
        return self._rendered


def _candidates(ref: VersionRef, service: Any, title: str | None) -> list[_Candidate]:
    """The version's documents printed again: only the one whose title the file carries when there is one
    (printing every convention of a big dossier costs seconds)."""
    from ..documents.service import build_document, document_choices, render_pdf_revisions

    version = service.get_version(ref.dossier_id, ref.number)
    data_dir = getattr(service, "data_dir", None)
    choices = document_choices(version.snapshot)
    wanted = [c for c in choices if title and c[1] == title] or choices
    out = []
    for doc_id, _title in wanted:
        document = build_document(version.snapshot, doc_id, version=version, data_dir=data_dir)
        plain, with_fields = render_pdf_revisions(document, data_dir=data_dir)
        out.append(_Candidate(ref, document.metadata.title, plain, with_fields))
    return out


def _our_fields(pdf: bytes) -> dict[str, Any]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    from .pdf_structure import _rect

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return {name: _rect(ref.get_object()) for name, _value, ref in enumerate_sig_fields(reader)}


@dataclass
class _Proof:
    candidate: _Candidate
    kind: str  # "identique", "champs", "signé", "mis à jour"
    problems: list[str] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    updates: int = 0


def _prove(data: bytes, candidate: _Candidate) -> _Proof | None:
    """The file compared byte for byte with the regenerated document; None when it does not even begin
    with it."""
    if data == candidate.plain:
        return _Proof(candidate, "identique")
    if not data.startswith(candidate.plain):
        return None
    fields_pdf = candidate.fields_pdf()
    if data == fields_pdf:
        return _Proof(candidate, "champs")
    original, base = (fields_pdf, 1) if data.startswith(fields_pdf) else (candidate.plain, 0)
    review = review_updates(data, original, base, _our_fields(fields_pdf))
    kind = "signé" if review.only_signatures else "mis à jour"
    return _Proof(candidate, kind, review.problems, review.signatures, review.revisions)


def _proven_result(proof: _Proof, pages: int) -> VerifyResult:
    ref, candidate = proof.candidate.ref, proof.candidate
    prefix = _prefix(ref)
    document = f"le document « {candidate.title} » de {_describe(ref)}"
    if proof.kind == "signé":
        lines = [
            f"Identique et signé : ce PDF est {document}, produit de nouveau depuis la version, octet pour "
            f"octet, suivi de {_n(proof.updates, 'mise à jour qui ne fait', 'mises à jour qui ne font')} que "
            f"remplir ses champs de signature. Empreinte : {prefix}.",
            f"Signatures ({len(proof.signatures)}) :",
            *(f"- {s.describe()} ;" for s in proof.signatures),
        ]
        lines[-1] = lines[-1].removesuffix(" ;") + "."
    else:
        fields = " avec ses champs de signature vides" if proof.kind == "champs" else ""
        lines = [
            f"Identique : ce PDF est {document}, produit de nouveau depuis la version{fields}, octet pour octet. "
            f"Empreinte : {prefix}.",
            f"Vérifié : ses {_n(pages, 'page est celle', 'pages sont celles')} de la version ; rien n'y a été "
            "ajouté, retiré ni changé.",
        ]
    verdict = "signé" if proof.kind == "signé" else "identique"
    return VerifyResult(
        [ref],
        "\n".join(lines),
        [prefix],
        {prefix: list(range(1, pages + 1))},
        proven=True,
        verdict=verdict,
        signatures=proof.signatures,
    )


# -- what differs ----------------------------------------------------------------------------------


def _hash(image: Any) -> tuple[tuple[int, int], bytes]:
    import hashlib

    return image.size, hashlib.sha256(image.tobytes()).digest()


@dataclass
class _Finding:
    candidate: _Candidate
    identical: list[int]  # pages (of those citing the fingerprint) rendering exactly as a page of the document
    lines: list[str]  # what differs


def _compare(
    candidate: _Candidate, reader: Any, rendered: pdf_raster.Rendered, on_pages: list[int], whole: bool
) -> _Finding:
    """Pages compared by their rendering, then (``whole``: the file cites one version only) the structure."""
    from pypdf import PdfReader

    theirs = candidate.rendered()
    their_hashes = {_hash(image): n for n, image in enumerate(theirs.images, start=1)}
    identical = [n for n in on_pages if _hash(rendered.images[n - 1]) in their_hashes]
    lines: list[str] = []
    if whole:
        count, total = len(rendered.images), len(theirs.images)
        if count != total:
            lines.append(f"ce PDF compte {_n(count, 'page', 'pages')}, le document de la version en compte {total}")
        for n in range(1, count + 1):
            if n in identical and their_hashes.get(_hash(rendered.images[n - 1])) == n:
                continue
            if n > total:
                lines.append(f"page {n} : la version n'a pas cette page")
            elif n in identical:
                lines.append(f"page {n} : c'est la page {their_hashes[_hash(rendered.images[n - 1])]} de la version")
            else:
                how = pdf_raster.where(rendered.images[n - 1], theirs.images[n - 1])
                lines.append(f"page {n} : {how}{_in_signature(reader, rendered, theirs, n)}")
        try:
            lines.extend(differences(reader, PdfReader(io.BytesIO(candidate.fields_pdf()))))
        except Exception as exc:  # noqa: BLE001 - a structure too damaged to walk is said so
            log.info("structure unreadable: %r", exc)
            lines.append("sa structure est endommagée : ce qu'elle contient n'a pas pu être lu en entier")
    else:
        for n in on_pages:
            if n not in identical:
                closest = theirs.images[n - 1] if n <= len(theirs.images) else None
                how = pdf_raster.where(rendered.images[n - 1], closest) if closest else "la version n'a pas cette page"
                lines.append(f"page {n} : {how}")
    return _Finding(candidate, identical, lines)


def _in_signature(reader: Any, rendered: pdf_raster.Rendered, theirs: pdf_raster.Rendered, n: int) -> str:
    """« (dans la case d'une signature posée) » when a page differs only where a signature was put."""
    box = pdf_raster.box_in_points(rendered.images[n - 1], theirs.images[n - 1], rendered.sizes[n - 1][1])
    if box is None:
        return ""
    margin = 72 / pdf_raster.DPI * 2  # two pixels: anti-aliasing at the field's edge
    for x1, y1, x2, y2 in signed_boxes(reader, n - 1):
        if box[0] >= x1 - margin and box[1] >= y1 - margin and box[2] <= x2 + margin and box[3] <= y2 + margin:
            return ", dans la case d'une signature posée (son apparence)"
    return ""


def _bulleted(lines: list[str], limit: int = 40) -> list[str]:
    shown = [f"- {line} ;" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"- et {len(lines) - limit} autres différences ;")
    if shown:
        shown[-1] = shown[-1].removesuffix(" ;") + "."
    return shown


def _office_check(
    candidate: _Candidate, service: Any, rendered: pdf_raster.Rendered, producer: str
) -> tuple[bool | None, list[str]]:
    """A word processor's PDF compared with LibreOffice's rendering of the version's DOCX, here: whether they
    match (None: LibreOffice is not installed), and where they differ."""
    from ..documents.service import build_document, render_bytes

    command = pdf_raster.soffice()
    if command is None:
        return None, []
    ref = candidate.ref
    version = service.get_version(ref.dossier_id, ref.number)
    data_dir = getattr(service, "data_dir", None)
    doc_id = next(
        (d for d, title in _choices(version) if title == candidate.title),
        None,
    )
    if doc_id is None:
        return False, ["le document Word de la version n'a pas pu être produit de nouveau"]
    docx = render_bytes(
        build_document(version.snapshot, doc_id, version=version, data_dir=data_dir), "docx", data_dir=data_dir
    )
    theirs = pdf_raster.render(
        pdf_raster.office_pdf(docx, command), candidate.title, dpi=pdf_raster.OFFICE_DPI, text=False
    )
    lines: list[str] = []
    if len(theirs.images) != len(rendered.images):
        lines.append(
            f"ce PDF compte {_n(len(rendered.images), 'page', 'pages')}, l'export par LibreOffice du document Word "
            f"de la version en compte {len(theirs.images)}"
        )
    for n, (mine, other) in enumerate(zip(rendered.images, theirs.images, strict=False), start=1):
        if pdf_raster.office_difference(mine, other) > pdf_raster.OFFICE_TOLERANCE:
            lines.append(f"page {n} : {pdf_raster.where(mine, other, pdf_raster.OFFICE_DPI)}")
    return not lines, lines


def _office_structure(reader: Any, candidate: _Candidate) -> list[str]:
    """What a word processor's PDF holds that ours does not, its own page boxes and fonts aside."""
    from pypdf import PdfReader

    try:
        return differences(reader, PdfReader(io.BytesIO(candidate.fields_pdf())), layout=False)
    except Exception as exc:  # noqa: BLE001 - a structure too damaged to walk is said so
        log.info("structure unreadable: %r", exc)
        return ["sa structure est endommagée : ce qu'elle contient n'a pas pu être lu en entier"]


def _choices(version: Any) -> list[tuple[str, str]]:
    from ..documents.service import document_choices

    return document_choices(version.snapshot)


# -- the verdict -----------------------------------------------------------------------------------


def verify_pdf(path: Path, service: DossierService | Any) -> VerifyResult:
    """Tell which stored version a PDF comes from, and prove it by producing that version's document again."""
    path = Path(path)
    with quiet_libraries():
        return _verify(path, service)


def _verify(path: Path, service: Any) -> VerifyResult:
    data, reader = _open(path)
    info = _info(reader)
    cited = _info_fingerprint(info)
    title = info.get("/Title")
    candidates: dict[tuple[str, int], list[_Candidate]] = {}

    def candidates_of(ref: VersionRef) -> list[_Candidate]:
        key = (ref.dossier_id, ref.number)
        if key not in candidates:
            candidates[key] = _candidates(ref, service, title)
        return candidates[key]

    updated: _Proof | None = None
    if cited:  # the fast path: the file is, or begins with, the cited version's document
        for ref in service.find_by_fingerprint(cited):
            for candidate in candidates_of(ref):
                proof = _prove(data, candidate)
                if proof is not None and proof.kind != "mis à jour":
                    return _proven_result(proof, len(reader.pages))
                updated = updated or proof
    # Not our document byte for byte: bounded before anything is decoded or drawn (our own output, proven
    # above, never is: a genuine PDF with a large letterhead logo stays provable).
    try:
        pdf_budget.check(reader, path.name)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf fails on a damaged file in many ways; each is this answer
        log.info("unreadable PDF %s: %r", path, exc)
        raise UserError(f"« {path.name} » est un PDF illisible ou endommagé : il ne peut pas être vérifié.") from None
    rendered = pdf_raster.render(data, path.name)
    found = printed_fingerprints(rendered.texts)
    if cited and cited not in found and not any(service.find_by_fingerprint(prefix) for prefix in found):
        # No fingerprint printed, or only unknown ones, where the file's properties cite a stored version:
        # compared with that version (its pages show where the printed fingerprint was changed).
        if service.find_by_fingerprint(cited) or not found:
            found = {cited: list(range(1, len(rendered.images) + 1))}
    if not found:
        return VerifyResult(
            [],
            "Aucune version : aucune empreinte de version n'a été trouvée dans ce PDF ; il ne correspond à aucune "
            "version enregistrée (un projet de travail ou un document extérieur n'en porte pas).",
            verdict="aucune",
        )
    several = len(found) > 1
    lines: list[str] = []
    matches: list[VersionRef] = []
    probable: list[VersionRef] = []
    all_differences: list[str] = []
    producer = info.get("/Producer", "").strip() or info.get("/Creator", "").strip()
    office = bool(_OFFICE.search(producer)) and "charte-app" not in info.get("/Creator", "")
    verdict = "non prouvé"
    for prefix, on_pages in found.items():
        refs = service.find_by_fingerprint(prefix)
        where = f" ({_pages_text(on_pages)})" if several else ""
        if not refs:
            lines.append(
                ("Aucune version : l'empreinte" if not several else "L'empreinte")
                + f" {prefix}{where} ne correspond à aucune version enregistrée : ce document ne provient "
                "pas d'une version de cette base."
            )
            verdict = "aucune" if not several else verdict
            continue
        findings = [
            _compare(candidate, reader, rendered, on_pages, whole=not several)
            for ref in refs
            for candidate in candidates_of(ref)
        ]
        best = max(findings, key=lambda f: (len(f.identical), -len(f.lines)))
        ref, candidate = best.candidate.ref, best.candidate
        document = f"« {candidate.title} »"
        if best.identical:
            matches.append(ref)
        if not several and office and not best.identical:
            matched, office_lines = _office_check(
                candidate, service, pdf_raster.render(data, path.name, dpi=pdf_raster.OFFICE_DPI, text=False), producer
            )
            structure = _office_structure(reader, candidate)
            if matched and not structure:
                probable.append(ref)
                verdict = "probable"
                lines.append(
                    f"Probable : ce PDF a été exporté par un traitement de texte ({producer}) depuis le document Word "
                    f"{document} de {_describe(ref)} (empreinte {prefix}) : chacune de ses "
                    f"{_n(len(rendered.images), 'page', 'pages')} s'affiche comme celle que LibreOffice produit ici "
                    "du document Word de la version."
                )
                lines.append(
                    "Certitude moindre : seul le PDF de charte-app, identique octet pour octet, prouve l'origine ; "
                    "un PDF exporté par un traitement de texte ne peut qu'être comparé à l'écran."
                )
                continue
            if matched is None:
                lines.append(
                    f"Non prouvé : ce PDF, exporté par un traitement de texte ({producer}), cite l'empreinte {prefix} "
                    f"de {_describe(ref)} ; LibreOffice n'est pas installé ici pour exporter de nouveau le document "
                    f"Word {document} de la version : son rendu ne peut pas être comparé, son origine ne peut pas "
                    "être établie."
                )
            else:
                lines.append(
                    f"Non prouvé : ce PDF, exporté par un traitement de texte ({producer}), cite l'empreinte {prefix} "
                    f"de {_describe(ref)}, mais son rendu n'est pas celui que LibreOffice donne du document Word "
                    f"{document} de la version."
                )
            office_differing = office_lines + structure
            if office_differing:
                lines.append("Ce qui diffère :")
            lines.extend(_bulleted(office_differing))
            all_differences.extend(office_differing)
            continue
        if several:
            lines.append(
                f"L'empreinte {prefix}{where} est celle de {_describe(ref)} : "
                + (
                    f"identique{'s' if len(best.identical) > 1 else ''} à son document {document} : "
                    f"{_pages_text(best.identical)}"
                    if best.identical
                    else f"aucune page n'est identique à son document {document}"
                )
                + "."
            )
            lines.extend(_bulleted(best.lines))
            all_differences.extend(best.lines)
            continue
        differing: list[str] = []
        if updated is not None and updated.candidate is candidate:
            differing.append(
                "il reprend octet pour octet le document de la version, puis "
                + (
                    _n(updated.updates, "mise à jour ajoutée le modifie", "mises à jour ajoutées le modifient")
                    if updated.updates
                    else "des octets y ont été ajoutés"
                )
            )
            differing.extend(updated.problems)
        differing.extend(best.lines)
        if not differing:
            differing.append(
                "aucune différence n'a été trouvée à l'écran ni dans ce qu'il contient, mais ses octets ne sont pas "
                "ceux du document produit de nouveau (enregistré de nouveau par un autre logiciel ?) : rien ne "
                "garantit ce qu'un autre lecteur en montrerait"
            )
        lines.append(
            f"Non prouvé : ce PDF cite l'empreinte {prefix} de {_describe(ref)}, mais ce n'est pas son document "
            f"{document} produit de nouveau depuis la version."
        )
        if best.identical:
            lines.append(f"Rendu identique à l'écran : {_pages_text(best.identical)}.")
        lines.append("Ce qui diffère :")
        lines.extend(_bulleted(differing))
        all_differences.extend(differing)
        if not best.identical:
            lines.append(
                "Si les modèles de documents ou le papier à en-tête ont changé depuis l'export, le document produit "
                "de nouveau diffère aussi de l'original."
            )
    if several:
        lines.insert(
            0,
            f"Non prouvé : les pages de ce PDF portent {len(found)} empreintes différentes ; elles ne viennent pas "
            "toutes de la même version.",
        )
    signatures = signatures_only(data) if b"/ByteRange" in data else []
    if signatures:
        lines.append(f"Signatures trouvées ({len(signatures)}), qui ne valent pas pour le document de la version :")
        lines.extend(f"- {s.describe(coverage=False)}" for s in signatures)
    return VerifyResult(
        matches,
        "\n".join(lines),
        list(found),
        found,
        proven=False,
        probable=probable,
        verdict=verdict,
        signatures=signatures,
        differences=all_differences,
    )
