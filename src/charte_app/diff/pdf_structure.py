"""What a PDF holds besides its pages' drawing, compared with the document regenerated from a version;
its incremental updates; its signatures.

Owns, for ``verify``:

- :func:`differences`: what a viewer shows or does that our document does not, in French: annotations
  (a FreeText over an amount), form fields and their values, JavaScript and other automatic actions,
  attached files, optional content (layers hidden by default), page boxes (a CropBox cutting a page),
  fonts that are not ours (a copy whose ToUnicode map reads other digits than it shows).
- :func:`review_updates`: the incremental updates appended after our document (each ``%%EOF``
  revision), checked with pyHanko's difference analysis under a policy that allows nothing but
  signature fields being created and filled; and the signatures found, validated offline (integrity
  and coverage of the original revision; trust in a certificate needs its authority, never fetched).
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .pdf_budget import decoded

log = logging.getLogger(__name__)

_ANNOTATION_NAMES = {
    "/FreeText": "une zone de texte (annotation FreeText)",
    "/Text": "une note (annotation Text)",
    "/Stamp": "un tampon (annotation Stamp)",
    "/Square": "un rectangle (annotation Square)",
    "/Circle": "un cercle (annotation Circle)",
    "/Ink": "un tracé à main levée (annotation Ink)",
    "/Line": "une ligne (annotation Line)",
    "/Polygon": "un polygone (annotation Polygon)",
    "/Highlight": "un surlignage (annotation Highlight)",
    "/StrikeOut": "un texte barré (annotation StrikeOut)",
    "/Underline": "un soulignement (annotation Underline)",
    "/Redact": "un caviardage (annotation Redact)",
    "/Link": "un lien (annotation Link)",
    "/FileAttachment": "un fichier joint (annotation FileAttachment)",
    "/Popup": "une fenêtre de note (annotation Popup)",
}
_FIELD_TYPES = {"/Tx": "texte", "/Btn": "case ou bouton", "/Ch": "liste de choix", "/Sig": "signature"}
_BOXES = {
    "/MediaBox": "MediaBox (format de la page)",
    "/CropBox": "CropBox (partie visible de la page)",
    "/BleedBox": "BleedBox",
    "/TrimBox": "TrimBox",
    "/ArtBox": "ArtBox",
}
_FONT_CAP = 8 * 1024 * 1024
_WALK_CAP = 20_000


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """pypdf and pyHanko log a damaged or unusual file's details, in English, to stderr: the verdict
    says what matters, in French."""
    loggers = [logging.getLogger(n) for n in ("pypdf", "pyhanko", "pyhanko_certvalidator", "pypdfium2")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: Any) -> str:
    try:
        value = value.get_object()
    except AttributeError:
        pass
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def _get(obj: Any, key: str) -> Any:
    try:
        value = obj.get(key)
    except AttributeError:
        return None
    return value.get_object() if value is not None and hasattr(value, "get_object") else value


def _numbers(value: Any) -> tuple[float, ...] | None:
    if value is None:
        return None
    try:
        return tuple(round(float(v), 2) for v in value)
    except (TypeError, ValueError):
        return None


def _box_text(box: tuple[float, ...] | None) -> str:
    if box is None:
        return "(absente)"
    return "[" + " ".join(f"{v:g}" for v in box) + "]"


# -- what a file holds ---------------------------------------------------------------------------


@dataclass
class _Holdings:
    annotations: list[tuple[int, str, str]] = field(default_factory=list)  # page, description, key
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (type, value)
    field_pages: dict[str, int] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    layers: list[str] = field(default_factory=list)
    hidden_layers: list[str] = field(default_factory=list)
    boxes: list[dict[str, tuple[float, ...] | None]] = field(default_factory=list)
    rotations: list[int] = field(default_factory=list)
    fonts: dict[tuple[str, str, str, str], set[int]] = field(default_factory=dict)  # signature → pages


def _action(action: Any) -> str | None:
    action = action.get_object() if action is not None and hasattr(action, "get_object") else action
    if not hasattr(action, "get"):
        return None
    kind = _text(action.get("/S", ""))
    if kind == "/JavaScript":
        script = _get(action, "/JS")
        if hasattr(script, "get_data"):
            script = decoded(script, 4096) or b""
        return f"du JavaScript (« {_excerpt(_text(script), 50)} »)"
    if kind in ("/GoTo", "/GoToR", "/GoToE", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/ResetForm"):
        return f"une action {kind[1:]}"
    return f"une action {kind[1:] or 'inconnue'}" if kind else None


def _name_tree(node: Any, out: list[tuple[str, Any]], budget: list[int]) -> None:
    node = node.get_object() if node is not None and hasattr(node, "get_object") else node
    if not hasattr(node, "get") or budget[0] <= 0:
        return
    budget[0] -= 1
    names = _get(node, "/Names")
    if names is not None:
        for index in range(0, len(names) - 1, 2):
            out.append((_text(names[index]), names[index + 1]))
    for kid in _get(node, "/Kids") or []:
        _name_tree(kid, out, budget)


def _font_signature(font: Any) -> tuple[str, str, str, str]:
    """A font as drawn and read: its name, the digest of its glyphs' program, of its ToUnicode map, and
    of its encoding and widths."""
    name = _text(_get(font, "/BaseFont") or _get(font, "/Subtype") or "")
    program = b""
    descriptor = _get(font, "/FontDescriptor")
    descendants = _get(font, "/DescendantFonts")
    if descriptor is None and descendants:
        descriptor = _get(descendants[0].get_object(), "/FontDescriptor")
    if descriptor is not None:
        for key in ("/FontFile", "/FontFile2", "/FontFile3"):
            stream = _get(descriptor, key)
            if stream is not None:
                program = decoded(stream, _FONT_CAP) or b"\x00too-large"
    unicode_map = _get(font, "/ToUnicode")
    mapping = (decoded(unicode_map, _FONT_CAP) or b"\x00too-large") if unicode_map is not None else b""
    rest = repr((_get(font, "/Encoding"), _get(font, "/Widths"), _get(font, "/FirstChar"))).encode()
    return (
        name,
        hashlib.sha256(program).hexdigest(),
        hashlib.sha256(mapping).hexdigest(),
        hashlib.sha256(rest).hexdigest(),
    )


def _fonts_of(resources: Any, page: int, held: _Holdings, depth: int, budget: list[int]) -> None:
    resources = resources.get_object() if resources is not None and hasattr(resources, "get_object") else resources
    if not hasattr(resources, "get") or depth > 12 or budget[0] <= 0:
        return
    budget[0] -= 1
    fonts = _get(resources, "/Font")
    for font in fonts.values() if hasattr(fonts, "values") else []:
        held.fonts.setdefault(_font_signature(font.get_object()), set()).add(page)
    xobjects = _get(resources, "/XObject")
    for xobject in xobjects.values() if hasattr(xobjects, "values") else []:
        xobject = xobject.get_object()
        if _get(xobject, "/Subtype") == "/Form":
            _fonts_of(_get(xobject, "/Resources"), page, held, depth + 1, budget)


def _fields(node: Any, prefix: str, held: _Holdings, budget: list[int], inherited_type: str = "") -> None:
    node = node.get_object()
    if budget[0] <= 0:
        return
    budget[0] -= 1
    part = _get(node, "/T")
    name = f"{prefix}.{_text(part)}" if prefix and part is not None else (_text(part) if part is not None else prefix)
    kind = _text(_get(node, "/FT") or inherited_type)
    kids = [k for k in (_get(node, "/Kids") or []) if _get(k.get_object(), "/T") is not None]
    if kids:
        for kid in kids:
            _fields(kid, name, held, budget, kind)
        return
    value = _get(node, "/V")
    shown = "" if value is None or kind == "/Sig" else _excerpt(_text(value))
    held.fields[name] = (kind, shown)


def _holdings(reader: Any) -> _Holdings:
    held = _Holdings()
    budget = [_WALK_CAP]
    root = reader.trailer["/Root"].get_object()
    opening = _action(_get(root, "/OpenAction"))
    if opening is not None and "/GoTo" not in opening:
        held.actions.append(f"{opening} à l'ouverture du document")
    for trigger, action in (_get(root, "/AA") or {}).items():
        what = _action(action)
        if what:
            held.actions.append(f"{what} sur un événement du document ({trigger})")
    names = _get(root, "/Names")
    if names is not None:
        scripts: list[tuple[str, Any]] = []
        _name_tree(_get(names, "/JavaScript"), scripts, budget)
        for script_name, action in scripts:
            held.actions.append(f"{_action(action) or 'du JavaScript'} nommé « {_excerpt(script_name, 40)} »")
        files: list[tuple[str, Any]] = []
        _name_tree(_get(names, "/EmbeddedFiles"), files, budget)
        for file_name, spec in files:
            shown = _text(_get(spec.get_object(), "/UF") or _get(spec.get_object(), "/F") or file_name)
            held.attachments.append(shown)
    properties = _get(root, "/OCProperties")
    if properties is not None:
        for group in _get(properties, "/OCGs") or []:
            held.layers.append(_text(_get(group.get_object(), "/Name") or "?"))
        default = _get(properties, "/D")
        for group in (_get(default, "/OFF") if default is not None else None) or []:
            held.hidden_layers.append(_text(_get(group.get_object(), "/Name") or "?"))
    form = _get(root, "/AcroForm")
    if form is not None:
        for top in _get(form, "/Fields") or []:
            _fields(top, "", held, budget)
        if _get(form, "/XFA") is not None:
            held.actions.append("un formulaire XFA (affiché à la place des pages par certains lecteurs)")
    for number, page in enumerate(reader.pages, start=1):
        held.boxes.append({key: _numbers(_get(page, key)) for key in _BOXES})
        held.rotations.append(int(_get(page, "/Rotate") or 0))
        _fonts_of(_get(page, "/Resources"), number, held, 0, budget)
        for trigger, action in (_get(page, "/AA") or {}).items():
            what = _action(action)
            if what:
                held.actions.append(f"{what} à l'affichage de la page {number} ({trigger})")
        for annot in _get(page, "/Annots") or []:
            annot = annot.get_object()
            budget[0] -= 1
            if budget[0] <= 0:
                break
            subtype = _text(_get(annot, "/Subtype") or "")
            if subtype == "/Widget":
                field_name = _text(_get(annot, "/T") or _get(_get(annot, "/Parent") or {}, "/T") or "")
                held.field_pages.setdefault(field_name, number)
                what = _action(_get(annot, "/A"))
                if what:
                    held.actions.append(f"{what} dans un champ de la page {number}")
                continue
            description = _ANNOTATION_NAMES.get(subtype, f"une annotation {subtype[1:] or 'sans type'}")
            content = _get(annot, "/Contents")
            if subtype == "/FileAttachment":
                spec = _get(annot, "/FS")
                name = _get(spec, "/UF") or _get(spec, "/F") if spec is not None else None
                if name is not None:
                    content = name
            if content:
                description += f" : « {_excerpt(_text(content))} »"
            what = _action(_get(annot, "/A"))
            if what and subtype != "/Link":
                description += f", qui déclenche {what}"
            key = f"{subtype}|{_numbers(_get(annot, '/Rect'))}|{_text(_get(annot, '/Contents') or '')}"
            held.annotations.append((number, description, key))
    return held


def signed_boxes(reader: Any, index: int) -> list[tuple[float, float, float, float]]:
    """The rectangles (points) of the signature fields of a page that hold a signature."""
    boxes = []
    try:
        for annot in _get(reader.pages[index], "/Annots") or []:
            annot = annot.get_object()
            parent = _get(annot, "/Parent")
            kind = _get(annot, "/FT") or (_get(parent, "/FT") if parent is not None else None)
            value = _get(annot, "/V") or (_get(parent, "/V") if parent is not None else None)
            rect = _numbers(_get(annot, "/Rect"))
            if kind == "/Sig" and value is not None and rect is not None and len(rect) == 4:
                boxes.append(
                    (min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3]))
                )
    except Exception:  # noqa: BLE001 - no box to explain with
        return []
    return boxes


def differences(reader: Any, ours: Any, *, layout: bool = True) -> list[str]:
    """What ``reader``'s file holds and our regenerated document (``ours``) does not, in French: one line
    each (empty when the structures agree). ``layout`` False: page boxes and fonts left out (a word
    processor's PDF has its own)."""
    mine, theirs = _holdings(reader), _holdings(ours)
    lines: list[str] = []
    their_annotations = {(page, key) for page, _d, key in theirs.annotations}
    for page, description, key in mine.annotations:
        if (page, key) not in their_annotations:
            lines.append(f"page {page} : {description}")
    for name, (kind, value) in mine.fields.items():
        if name in theirs.fields and theirs.fields[name][0] == kind and not (kind != "/Sig" and value):
            continue
        where = f" (page {mine.field_pages[name]})" if name in mine.field_pages else ""
        shown = f", qui affiche « {value} »" if value else ""
        lines.append(
            f"un champ de formulaire « {_excerpt(name, 40)} » ({_FIELD_TYPES.get(kind, kind or 'sans type')}){where}{shown}"
        )
    for action in mine.actions:
        if action not in theirs.actions:
            lines.append(action)
    for attachment in mine.attachments:
        lines.append(f"un fichier joint « {_excerpt(attachment, 60)} »")
    if mine.layers and not theirs.layers:
        hidden = ", ".join(f"« {_excerpt(n, 30)} »" for n in mine.hidden_layers)
        lines.append(
            f"du contenu optionnel (calques : {len(mine.layers)})"
            + (f", dont {hidden} masqué par défaut : un lecteur ne montre pas ce qu'il contient" if hidden else "")
        )
    if not layout:
        return lines
    for number, boxes in enumerate(mine.boxes, start=1):
        if number > len(theirs.boxes):
            break
        for key, label in _BOXES.items():
            if boxes[key] != theirs.boxes[number - 1][key] and not (
                key != "/MediaBox"
                and boxes[key] in (None, boxes["/MediaBox"])
                and theirs.boxes[number - 1][key] is None
            ):
                lines.append(
                    f"page {number} : {label} {_box_text(boxes[key])} au lieu de "
                    f"{_box_text(theirs.boxes[number - 1][key])}"
                )
        if mine.rotations[number - 1] != theirs.rotations[number - 1]:
            lines.append(f"page {number} : tournée de {mine.rotations[number - 1]}°")
    our_fonts = set(theirs.fonts)
    our_names = {signature[0]: signature for signature in our_fonts}
    for signature, pages in mine.fonts.items():
        if signature in our_fonts:
            continue
        name = _excerpt(signature[0].lstrip("/"), 50)
        listed = ", ".join(str(p) for p in sorted(pages)[:8]) + ("…" if len(pages) > 8 else "")
        where = f"page {listed}" if len(pages) == 1 else f"pages {listed}"
        same_name = our_names.get(signature[0])
        if same_name is None:
            lines.append(f"{where} : une police qui n'est pas celle du document (« {name} »)")
        elif same_name[1] != signature[1]:
            lines.append(f"{where} : une police « {name} » qui n'est pas la nôtre (autres caractères dessinés)")
        elif same_name[2] != signature[2]:
            lines.append(
                f"{where} : une copie de la police « {name} » dont la table ToUnicode (le texte que l'on copie ou "
                "recherche) diffère de la nôtre : le texte lu peut ne pas être celui qui s'affiche"
            )
        else:
            lines.append(f"{where} : une copie de la police « {name} » dont le codage ou les chasses diffèrent")
    return lines


# -- incremental updates and signatures ----------------------------------------------------------


@dataclass
class Signature:
    field: str
    signer: str
    when: datetime | None
    intact: bool  # the signed bytes are those the signature was computed on, and it is mathematically valid
    covers_original: bool  # its byte range starts at 0 and covers the whole original revision
    trusted: bool
    problem: str = ""

    def describe(self, *, coverage: bool = True) -> str:
        """One line: field, signer, time, integrity, coverage of the original (``coverage``), trust."""
        when = (
            f", le {self.when.astimezone():%d/%m/%Y à %H:%M} (heure locale, déclarée par le signataire)"
            if self.when
            else ""
        )
        if self.problem:
            return f"« {self.field} » : {self.problem}"
        state = "intègre" if self.intact else "NON intègre (les octets signés ont changé)"
        covered = (
            " ; couvre tout le document d'origine"
            if self.covers_original
            else " ; ne couvre PAS tout le document d'origine"
        )
        trust = (
            "certificat reconnu"
            if self.trusted
            else "certificat non vérifié (aucune autorité de confiance consultée : vérification hors ligne)"
        )
        return f"« {self.field} » : signée par {self.signer}{when} ; {state}{covered if coverage else ''} ; {trust}"


@dataclass
class UpdateReview:
    revisions: int  # updates appended after the original revision
    only_signatures: bool
    signatures: list[Signature] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _policy(with_form: bool = True) -> Any:
    """pyHanko's default difference policy, with the field rules restricted to signature fields, and the
    ``/SigFlags`` of the form allowed to change (signing the first signature sets it)."""
    from pyhanko.sign import diff_analysis as da
    from pyhanko.sign.diff_analysis.constants import ACROFORM_EXEMPT_STRICT_COMPARISON

    lta = da.ModificationLevel.LTA_UPDATES
    return da.StandardDiffPolicy(
        global_rules=[
            da.CatalogModificationRule(),
            da.DocInfoRule().as_qualified(lta),
            da.XrefStreamRule().as_qualified(lta),
            da.ObjectStreamRule().as_qualified(lta),
            da.DSSCompareRule().as_qualified(lta),
            da.MetadataUpdateRule().as_qualified(lta),
        ],
        form_rule=da.FormUpdatingRule(
            field_rules=[da.SigFieldCreationRule(), da.SigFieldModificationRule()],
            ignored_acroform_keys=ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"},
        )
        if with_form
        else None,
    )


def _startxref(data: bytes) -> int | None:
    found = re.findall(rb"startxref\s+(\d+)", data[-1024:])
    return int(found[-1]) if found else None


def _signer(certificate: Any) -> str:
    try:
        subject = certificate.subject.native
    except Exception:  # noqa: BLE001 - an odd certificate: its name as pyHanko prints it
        return str(getattr(certificate.subject, "human_friendly", "?"))
    name = subject.get("common_name") or "?"
    organisation = subject.get("organization_name")
    return f"{name} ({organisation})" if organisation else str(name)


def _rect(field_obj: Any) -> tuple[float, ...] | None:
    return _numbers(_get(field_obj, "/Rect"))


def _pages_touched(data: bytes, changed: set[int]) -> str:
    """Which pages an update rewrote (their dictionary or their content streams), in French."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            own: Any = page.indirect_reference
            refs = {own.idnum} if own is not None else set()
            contents: Any = page.get("/Contents")
            parts: list[Any] = contents if isinstance(contents, list) else [contents]
            refs |= {part.idnum for part in parts if hasattr(part, "idnum")}
            if refs & changed:
                pages.append(number)
    except Exception:  # noqa: BLE001 - which pages cannot be told: the change is reported all the same
        return ""
    if not pages:
        return "d'autres objets du document"
    listed = ", ".join(str(p) for p in pages[:10]) + ("…" if len(pages) > 10 else "")
    return ("la page " if len(pages) == 1 else "les pages ") + listed + " (leur dictionnaire ou leur contenu)"


def _stray_widgets(data: bytes, ours: set[Any]) -> list[str]:
    """Signature widgets drawn anywhere but in our fields' boxes (a widget added under an existing field,
    or a new visible one): a signature's appearance there could cover the text."""
    from pypdf import PdfReader

    problems = []
    reader = PdfReader(io.BytesIO(data), strict=False)
    for number, page in enumerate(reader.pages, start=1):
        for annot in _get(page, "/Annots") or []:
            annot = annot.get_object()
            if _get(annot, "/Subtype") != "/Widget":
                continue
            rect = _numbers(_get(annot, "/Rect"))
            if rect is None or len(rect) != 4 or (rect[2] - rect[0]) * (rect[3] - rect[1]) == 0 or rect in ours:
                continue
            parent = _get(annot, "/Parent")
            name = _get(annot, "/T") or (_get(parent, "/T") if parent is not None else None) or "?"
            problems.append(
                f"page {number} : un champ de signature « {_excerpt(_text(name), 40)} » visible hors des cases de "
                f"signature du document {_box_text(rect)} : son apparence peut recouvrir le texte"
            )
    return problems


def review_updates(data: bytes, original: bytes, base_revision: int, our_fields: dict[str, Any]) -> UpdateReview:
    """Check the updates of ``data`` after ``original`` (its first ``base_revision + 1`` revisions,
    byte for byte): proven only when they create or fill signature fields and nothing else, and every
    signature is intact and covers the original."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import diff_analysis as da
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    review = UpdateReview(0, False)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        total = reader.xrefs.total_revisions
        review.revisions = max(0, total - base_revision - 1)
        if total <= base_revision or reader.xrefs.get_startxref_for_revision(base_revision) != _startxref(original):
            review.problems.append(
                "ce qui suit le document d'origine n'est pas une mise à jour de celui-ci : un autre document a "
                "été ajouté à la fin du fichier, qui remplace l'original à l'affichage"
            )
            return review
        with_form = "/AcroForm" in reader.get_historical_resolver(base_revision).root
        if not with_form and "/AcroForm" in reader.root:
            review.problems.append(
                "une mise à jour ajoute un formulaire au document, exporté sans champs de signature : seules les "
                "signatures posées dans les champs vides d'un export avec champs de signature se vérifient"
            )
        # pyHanko's form rule needs a form in the base revision: without one, any form change is suspicious.
        outcome = _policy(with_form).review_file(reader, base_revision)
        if (
            isinstance(outcome, da.SuspiciousModification)
            or outcome.modification_level > da.ModificationLevel.FORM_FILLING
        ):
            log.info("updates after revision %d: %s", base_revision, outcome)  # pyHanko's reason, in English
            changed: set[int] = set()
            for revision in range(base_revision + 1, total):
                changed |= {ref.idnum for ref in reader.xrefs.explicit_refs_in_revision(revision)}
            touched = _pages_touched(data, changed)
            what = f" : {touched}" if touched else ""
            review.problems.append(
                f"une mise à jour ajoutée après le document change autre chose que ses champs de signature{what}"
            )
        for name, _value, reference in enumerate_sig_fields(reader):
            field_obj = reference.get_object() if reference is not None else None
            if name in our_fields:
                if field_obj is not None and _rect(field_obj) not in (None, our_fields[name]):
                    review.problems.append(f"le champ de signature « {name} » a été déplacé")
                continue
        review.problems.extend(_stray_widgets(data, set(our_fields.values())))
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        for embedded in reader.embedded_signatures:
            review.signatures.append(_signature(embedded, context, len(original), validate_pdf_signature))
    except Exception as exc:  # noqa: BLE001 - a damaged update is one we cannot vouch for
        log.info("unreadable incremental update: %r", exc)
        review.problems.append("une mise à jour ajoutée après le document est illisible ou endommagée")
        return review
    for signature in review.signatures:
        if signature.problem or not signature.intact:
            review.problems.append(f"la signature « {signature.field} » n'est pas intègre")
        elif not signature.covers_original:
            review.problems.append(f"la signature « {signature.field} » ne couvre pas tout le document d'origine")
    review.only_signatures = not review.problems and bool(review.signatures)
    if not review.signatures and not review.problems:
        review.problems.append("une mise à jour a été ajoutée après le document, sans aucune signature")
    return review


def _signature(embedded: Any, context: Any, original_length: int, validate: Any) -> Signature:
    name = str(embedded.field_name)
    try:
        status = validate(embedded, signer_validation_context=context)
        byte_range = [int(v) for v in embedded.sig_object["/ByteRange"]]
        covers = len(byte_range) == 4 and byte_range[0] == 0 and byte_range[1] >= original_length
        return Signature(
            name,
            _signer(embedded.signer_cert),
            embedded.self_reported_timestamp,
            bool(status.intact and status.valid),
            covers,
            bool(status.trusted),
        )
    except Exception as exc:  # noqa: BLE001 - a malformed signature is reported as such
        log.info("unreadable signature %s: %r", name, exc)
        return Signature(name, "?", None, False, False, False, "signature illisible ou endommagée")


def signatures_only(data: bytes) -> list[Signature]:
    """The signatures of a file that is not proven (reported with the differences)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        return [_signature(e, context, 0, validate_pdf_signature) for e in reader.embedded_signatures]
    except Exception as exc:  # noqa: BLE001 - nothing readable to report
        log.info("signatures unreadable: %r", exc)
        return []
