"""Which stored version a PDF comes from, *proven*: ``verify_pdf(path, service)``.

Owns reading a PDF's pages (pypdf), finding the fingerprint the documents
package prints on every page of an exported version ("Empreinte :" followed by
the first 16 hex digits of the version's ``sha256`` fingerprint), and proving
the claim: a fingerprint is only a citation, which anyone can type. For each
version the PDF cites, the version's documents are generated again from the
stored snapshot and compared with the PDF page by page (extracted text,
whitespace normalised). The answer says exactly what was found:

- identical, page by page, to a document of version N: the only *proven*
  match (``VerifyResult.proven``; the CLI's exit code 0);
- the same document with some pages different: which pages, and how;
- the fingerprint cited, but the text is not this version's (a forgery, another
  dossier's draft, an unrelated file);
- the same text under a different layout (a PDF exported by Word or
  LibreOffice from our DOCX): recognised as *probable*, said so, never proven.

A PDF whose pages carry several fingerprints (pages of different versions
stapled together) is reported page by page and never proven as a whole.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.labels import VERSION_STATUSES
from ..errors import UserError
from ..fsutil import read_user_file

if TYPE_CHECKING:
    from ..services.dossiers import DossierService, VersionRef

log = logging.getLogger(__name__)

PRINTED_DIGITS = 16
#: Pages read from a PDF: our longest documents have a few dozen.
MAX_PAGES = 2000
#: Size of a PDF to verify: ours weigh well under 5 MB (fonts embedded), a scan a few dozen.
MAX_PDF_BYTES = 200 * 1024 * 1024
# "Empreinte : 0123456789abcdef" as printed in the page header. Text extraction
# may split the digits with spaces or a line break, or run the label into the
# digits, so spaces between digits are tolerated and the colon is optional.
_LABELLED = re.compile(rf"empreinte\s*:?\s*((?:[0-9a-f]\s?){{{PRINTED_DIGITS},64}})", re.IGNORECASE)
# A fingerprint written out in full elsewhere ("sha256:…").
_PREFIXED = re.compile(rf"sha256\s*:\s*([0-9a-f]{{{PRINTED_DIGITS},64}})", re.IGNORECASE)


@dataclass
class VerifyResult:
    matches: list[VersionRef]  # versions some pages of this PDF were proven identical to
    message: str
    fingerprints: list[str] = field(default_factory=list)  # printed prefixes found, in page order
    pages: dict[str, list[int]] = field(default_factory=dict)  # prefix → pages (1-based) carrying it
    proven: bool = False  # the whole PDF is, page by page, one document of one version
    probable: list[VersionRef] = field(default_factory=list)  # same text, another layout (Word, LibreOffice)


def _read_pages(path: Path) -> list[str]:
    path = Path(path)
    # A regular file of bounded size, never a FIFO (which would block) nor a device (read for ever).
    data = read_user_file(path, MAX_PDF_BYTES, "le PDF")
    if b"%PDF-" not in data[:1024]:
        raise UserError(f"« {path.name} » n'est pas un fichier PDF.")
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(f"« {path.name} » est protégé par un mot de passe : il ne peut pas être vérifié.")
        if len(reader.pages) > MAX_PAGES:
            raise UserError(
                f"« {path.name} » compte plus de {MAX_PAGES} pages : ce n'est pas un document de charte-app."
            )
        return [page.extract_text() or "" for page in reader.pages]
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf fails on a damaged file in many ways; each is this answer
        log.info("unreadable PDF %s: %r", path, exc)
        raise UserError(f"« {path.name} » est un PDF illisible ou endommagé : il ne peut pas être vérifié.") from None


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


def _describe(ref: VersionRef) -> str:
    status = VERSION_STATUSES.get(ref.status, ref.status)
    return f"la version {ref.number} « {ref.label} » du dossier « {ref.title} » (statut : {status})"


def _pages_text(pages: list[int]) -> str:
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(str(p) for p in pages)


# -- comparison ----------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_SQUASH = re.compile(r"[\s\-\u00ad\u2010\u2011]+")


def normalise(text: str) -> str:
    """A page's text as compared: compatibility forms, every kind of space one space, no soft hyphen."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return _SPACES.sub(" ", text).strip()


def _lines(page: str) -> list[str]:
    return [line for line in (normalise(raw) for raw in page.splitlines()) if line]


def _furniture(pages: list[str]) -> set[str]:
    """Lines found on (nearly) every page, digits aside: headers and footers (page numbers, fingerprint)."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        for line in {re.sub(r"\d", "#", line) for line in _lines(page)}:
            counts[line] = counts.get(line, 0) + 1
    need = max(2, -(-len(pages) * 4 // 5))
    return {line for line, count in counts.items() if count >= need}


def _body(pages: list[str], furniture: set[str]) -> str:
    """The running text, headers and footers removed, spaces and hyphens squashed (line breaks differ)."""
    kept = [line for page in pages for line in _lines(page) if re.sub(r"\d", "#", line) not in furniture]
    return _SQUASH.sub("", " ".join(kept))


def _words(pages: list[str], furniture: set[str]) -> Counter[str]:
    """The running text's words, counted, in no order: Word and LibreOffice read a table row (two
    signature blocks side by side) in another order than our PDF, with the same words."""
    kept = [line for page in pages for line in _lines(page) if re.sub(r"\d", "#", line) not in furniture]
    return Counter(word for word in _SQUASH.split(" ".join(kept)) if word)


def _excerpt(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_difference(mine: str, theirs: str) -> str:
    """How one page's text departs from the version's: its largest difference, in a few words of each."""
    import difflib

    a, b = mine.split(" "), theirs.split(" ")
    changes = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not changes:
        return "le texte est le même mais découpé autrement"
    # What this PDF says that the version does not is the telling part; then what it leaves out.
    _tag, i1, i2, j1, j2 = max(changes, key=lambda op: (op[2] - op[1], op[4] - op[3]))
    here = " ".join(a[max(0, i1 - 2) : i2 + 2]) or "(rien)"
    there = " ".join(b[max(0, j1 - 2) : j2 + 2]) or "(rien)"
    return f"ce PDF porte « {_excerpt(here)} » là où la version porte « {_excerpt(there)} »"


@dataclass
class _Candidate:
    ref: VersionRef
    title: str  # the document's title
    pages: list[str]  # normalised text of each page of the regenerated PDF
    raw_pages: list[str]


def _regenerate(ref: VersionRef, service: Any, first_page: str) -> list[_Candidate]:
    """The version's documents printed again, as text pages. Only those whose title is on the PDF's
    first page when there are some (printing every convention of a big dossier costs seconds)."""
    from ..documents.service import build_document, document_choices, render_bytes

    version = service.get_version(ref.dossier_id, ref.number)
    data_dir = getattr(service, "data_dir", None)
    built = [
        build_document(version.snapshot, doc_id, version=version, data_dir=data_dir)
        for doc_id, _title in document_choices(version.snapshot)
    ]
    squashed_first = _SQUASH.sub("", first_page)
    titled = [d for d in built if d.metadata.title and _SQUASH.sub("", normalise(d.metadata.title)) in squashed_first]
    candidates = []
    for document in titled or built:
        raw = _pdf_pages(render_bytes(document, "pdf", data_dir=data_dir))
        candidates.append(_Candidate(ref, document.metadata.title, [normalise(p) for p in raw], raw))
    return candidates


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@dataclass
class _Finding:
    ref: VersionRef
    identical: list[int]  # pages of this PDF identical to a page of the version's document
    candidate: _Candidate | None
    whole: bool = False  # every page, in order, and nothing more
    probable: bool = False


def _compare(ref: VersionRef, pages: list[str], raw_pages: list[str], service: Any, on_pages: list[int]) -> _Finding:
    best: _Finding = _Finding(ref, [], None)
    for candidate in _regenerate(ref, service, pages[on_pages[0] - 1] if on_pages else ""):
        theirs = set(candidate.pages)
        identical = [n for n in on_pages if pages[n - 1] in theirs]
        finding = _Finding(ref, identical, candidate, whole=pages == candidate.pages)
        if not finding.whole and not identical:
            mine_body = _body(raw_pages, _furniture(raw_pages))
            their_body = _body(candidate.raw_pages, _furniture(candidate.raw_pages))
            # Another layout of the same text: what remains once headers and footers are set aside is
            # the version's text, whole, with at most a short header or footer of a one-page export.
            mine_words = _words(raw_pages, _furniture(raw_pages))
            their_words = _words(candidate.raw_pages, _furniture(candidate.raw_pages))
            finding.probable = bool(their_body) and (
                mine_body == their_body
                or (their_body in mine_body and len(mine_body) - len(their_body) <= 400)
                # the same words in another reading order, every word of the version there, few more
                or (not their_words - mine_words and sum((mine_words - their_words).values()) <= 60)
            )
        key = (finding.whole, len(finding.identical), finding.probable)
        if best.candidate is None or key > (best.whole, len(best.identical), best.probable):
            best = finding
    return best


def _explain(finding: _Finding, pages: list[str], on_pages: list[int], where: str) -> str:
    ref, candidate = finding.ref, finding.candidate
    prefix = ref.fingerprint.removeprefix("sha256:")[:PRINTED_DIGITS]
    if candidate is None:
        return f"L'empreinte {prefix}{where} est celle de {_describe(ref)}, qui n'a aucun document à comparer."
    document = f"« {candidate.title} »"
    total = len(candidate.pages)
    if finding.whole:
        return (
            f"Ce PDF provient de {_describe(ref)}. Empreinte : {prefix}. Vérifié page par page : ses {total} "
            f"page(s) sont identiques au document {document} produit de nouveau depuis la version."
        )
    if finding.identical:
        differing = [n for n in on_pages if n not in finding.identical]
        lines = [
            f"L'empreinte {prefix}{where} est celle de {_describe(ref)}, mais ce PDF n'est pas identique à son "
            f"document {document} ({total} page(s)) :"
        ]
        lines.append(f"- identique{'s' if len(finding.identical) > 1 else ''} : {_pages_text(finding.identical)} ;")
        for n in differing[:10]:
            closest = candidate.pages[n - 1] if n - 1 < total else ""
            how = _first_difference(pages[n - 1], closest) if closest else "la version n'a pas cette page"
            lines.append(f"- page {n} différente : {how} ;")
        if len(differing) > 10:
            lines.append(f"- et {len(differing) - 10} autres pages différentes ;")
        if len(pages) != total and not differing:
            lines.append(f"- ce PDF compte {len(pages)} page(s), le document de la version {total} ;")
        return "\n".join(lines).removesuffix(" ;") + "."
    if finding.probable:
        return (
            f"Ce PDF a probablement été produit depuis le document Word {document} de {_describe(ref)} "
            f"(empreinte {prefix}) : son texte est celui de la version, mais sa mise en page diffère (PDF exporté "
            "par Word ou LibreOffice ?). Certitude moindre : seule une comparaison page par page prouve l'origine."
        )
    return (
        f"L'empreinte {prefix}{where} de {_describe(ref)} est citée, mais le texte de ce PDF n'est pas celui de "
        f"cette version : aucune page n'est identique à son document {document} "
        f"(page {on_pages[0]} : {_first_difference(pages[on_pages[0] - 1], candidate.pages[0] if total else '')}). "
        "Ce n'est pas un exemplaire de cette version (si les modèles de documents ont changé depuis l'export, "
        "le texte produit de nouveau peut aussi différer)."
    )


def verify_pdf(path: Path, service: DossierService | Any) -> VerifyResult:
    """Tell which stored version a PDF comes from, and prove it by printing that version again."""
    raw_pages = _read_pages(path)
    found = printed_fingerprints(raw_pages)
    if not found:
        return VerifyResult(
            [],
            "Aucune empreinte de version n'a été trouvée dans ce PDF : il ne correspond à aucune version "
            "enregistrée (un projet de travail ou un document extérieur n'en porte pas).",
        )
    pages = [normalise(p) for p in raw_pages]
    matches: list[VersionRef] = []
    probable: list[VersionRef] = []
    lines: list[str] = []
    several = len(found) > 1
    proven = False
    if several:
        lines.append(
            f"Attention : les pages de ce PDF portent {len(found)} empreintes différentes ; "
            "elles ne viennent pas toutes de la même version."
        )
    for prefix, on_pages in found.items():
        refs = service.find_by_fingerprint(prefix)
        where = f" ({_pages_text(on_pages)})" if several else ""
        if not refs:
            lines.append(
                f"L'empreinte {prefix}{where} ne correspond à aucune version enregistrée : ce document ne "
                "provient pas d'une version de cette base."
            )
            continue
        findings = [_compare(ref, pages, raw_pages, service, on_pages) for ref in refs]
        findings.sort(key=lambda f: (f.whole, len(f.identical), f.probable), reverse=True)
        best = findings[0]
        lines.append(_explain(best, pages, on_pages, where))
        if best.identical:
            matches.append(best.ref)
        elif best.probable:
            probable.append(best.ref)
        proven = proven or (best.whole and not several)
    return VerifyResult(matches, "\n".join(lines), list(found), found, proven and len(matches) == 1, probable)
