"""verify as a proof (issue 20): every forgery of the adversarial run, made here from a genuine export,
is « Non prouvé » with what differs; the genuine file, its copy with empty signature fields and a
genuinely signed copy are proven; a stream bomb is refused within seconds; a word processor's PDF of
our DOCX is « probable » only when its rendering is LibreOffice's rendering of the version's DOCX."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from charte_app.diff import verify_pdf
from charte_app.diff.verify import VerifyResult
from charte_app.documents.service import export_document
from charte_app.errors import UserError
from charte_app.samples import small_dossier
from charte_app.services.dossiers import DossierService

DOCUMENT = "conv-cadre"
AMOUNTS_PAGE = 1  # index of the page with the table of contributions (page 2)
# One amount cell of the contributions table, as our PDF writer draws it.
_AMOUNT = re.compile(rb"BT 1 0 0 1 ([\d.]+) ([\d.]+) Tm /F2\+0 8\.3 Tf \((\d[\d ]*,\d\d) \\\d+\) Tj ET")


@pytest.fixture
def service(data_dir: Path) -> Iterator[DossierService]:
    with DossierService.open(data_dir) as svc:
        yield svc


@pytest.fixture
def version(service: DossierService) -> tuple[str, int]:
    dossier = small_dossier()
    service.save_draft(dossier)
    frozen = service.freeze_version(dossier.id, "Validée en comité", "approved")
    return dossier.id, frozen.number


def _export(service: DossierService, version: tuple[str, int], out: Path, *, fields: bool = False) -> Path:
    stored = service.get_version(*version)
    return export_document(
        stored.snapshot, DOCUMENT, "pdf", out, version=stored, data_dir=service.data_dir, signature_fields=fields
    )


@pytest.fixture
def genuine(service: DossierService, version: tuple[str, int], tmp_path: Path) -> Path:
    return _export(service, version, tmp_path / "convention.pdf")


def _forge(genuine: Path, out: Path, edit: Callable[[PdfWriter], None]) -> Path:
    writer = PdfWriter(clone_from=str(genuine))
    edit(writer)
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def _content(writer: PdfWriter, index: int) -> bytes:
    contents = writer.pages[index].get_contents()
    assert contents is not None
    return contents.get_data()


def _set_content(writer: PdfWriter, index: int, data: bytes) -> None:
    stream = DecodedStreamObject()
    stream.set_data(data)
    writer.pages[index][NameObject("/Contents")] = writer._add_object(stream)


def _not_proven(result: VerifyResult) -> str:
    assert not result.proven and result.verdict == "non prouvé", result.message
    assert result.message.startswith("Non prouvé : ce PDF cite l'empreinte "), result.message
    assert "son texte est celui de la version" not in result.message
    return result.message


# -- proven ----------------------------------------------------------------------------------------


def test_the_genuine_export_is_identical_byte_for_byte(service: DossierService, genuine: Path) -> None:
    result = verify_pdf(genuine, service)
    assert result.proven and result.verdict == "identique"
    first = result.message.splitlines()[0]
    assert first.startswith("Identique : ce PDF est le document « Convention cadre de partenariat")
    assert "octet pour octet" in first and "(statut : Validée)" in first
    assert result.pages[result.fingerprints[0]] == list(range(1, len(PdfReader(genuine).pages) + 1))


def test_the_export_with_signature_fields_is_reproducible_and_identical(
    service: DossierService, version: tuple[str, int], tmp_path: Path
) -> None:
    one = _export(service, version, tmp_path / "un.pdf", fields=True)
    two = _export(service, version, tmp_path / "deux.pdf", fields=True)
    assert one.read_bytes() == two.read_bytes()  # no export time, no random file identifier
    result = verify_pdf(one, service)
    assert result.proven and "avec ses champs de signature vides" in result.message


def _signer(name: str) -> object:
    import datetime

    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = ec.generate_private_key(ec.SECP256R1())
    subject = cx509.Name(
        [
            cx509.NameAttribute(NameOID.COMMON_NAME, name),
            cx509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ville de Reims"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        cx509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return signers.SimpleSigner(
        signing_cert=x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        signing_key=keys.PrivateKeyInfo.load(der_key),
        cert_registry=None,
    )


def _sign(data: bytes, field: str, name: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name=field)
    return signers.sign_pdf(writer, meta, signer=_signer(name)).getvalue()  # type: ignore[arg-type]


def _field_names(data: bytes) -> list[str]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    return [name for name, _v, _r in enumerate_sig_fields(PdfFileReader(io.BytesIO(data)))]


def test_a_genuinely_signed_copy_is_proven_with_its_signatures(
    service: DossierService, version: tuple[str, int], tmp_path: Path
) -> None:
    fields = _export(service, version, tmp_path / "a-signer.pdf", fields=True).read_bytes()
    names = _field_names(fields)
    signed = _sign(_sign(fields, names[0], "Marie Martin"), names[1], "Jean Durand")
    path = tmp_path / "signe.pdf"
    path.write_bytes(signed)
    result = verify_pdf(path, service)
    assert result.proven and result.verdict == "signé", result.message
    assert result.message.startswith("Identique et signé : ce PDF est le document « Convention cadre")
    assert "suivi de 2 mises à jour qui ne font que remplir ses champs de signature" in result.message
    assert [s.field for s in result.signatures] == names[:2]
    assert all(s.intact and s.covers_original and not s.trusted for s in result.signatures)
    assert "signée par Marie Martin (Ville de Reims), le " in result.message
    assert "intègre ; couvre tout le document d'origine ; certificat non vérifié" in result.message


def test_a_signature_whose_bytes_were_changed_is_not_proven(
    service: DossierService, version: tuple[str, int], tmp_path: Path
) -> None:
    fields = _export(service, version, tmp_path / "a-signer.pdf", fields=True).read_bytes()
    signed = bytearray(_sign(fields, _field_names(fields)[0], "Marie Martin"))
    # One byte of the signed update changed (a digit of the signing date /M, inside the signed range).
    at = signed.rfind(b"/M (D\\072") + 12
    assert at > len(fields)
    signed[at] = ord("9") if signed[at] != ord("9") else ord("8")
    path = tmp_path / "altere.pdf"
    path.write_bytes(bytes(signed))
    message = _not_proven(verify_pdf(path, service))
    assert "n'est pas intègre" in message


def test_an_invisible_signature_in_a_new_field_is_proven(
    service: DossierService, version: tuple[str, int], tmp_path: Path
) -> None:
    fields = _export(service, version, tmp_path / "a-signer.pdf", fields=True).read_bytes()
    path = tmp_path / "invisible.pdf"
    path.write_bytes(_sign(fields, "Cachet", "Plateforme de signature"))  # pyHanko: a field of no size
    result = verify_pdf(path, service)
    assert result.proven and result.verdict == "signé", result.message
    assert [s.field for s in result.signatures] == ["Cachet"]


def test_a_signature_in_a_new_visible_field_over_the_amounts_is_not_proven(
    service: DossierService, version: tuple[str, int], tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigFieldSpec

    fields = _export(service, version, tmp_path / "a-signer.pdf", fields=True).read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(fields))
    spec = SigFieldSpec(sig_field_name="Visa", on_page=AMOUNTS_PAGE, box=(400, 480, 560, 620))
    meta = signers.PdfSignatureMetadata(field_name="Visa")
    signer = _signer("Marie Martin")
    signed = signers.sign_pdf(writer, meta, signer=signer, new_field_spec=spec).getvalue()  # type: ignore[arg-type]
    path = tmp_path / "visa.pdf"
    path.write_bytes(signed)
    message = _not_proven(verify_pdf(path, service))
    assert "page 2 : un champ de signature « Visa » visible hors des cases de signature du document" in message


# -- forgeries ------------------------------------------------------------------------------------


def test_a_freetext_annotation_over_an_amount(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    from pypdf.annotations import FreeText

    def edit(writer: PdfWriter) -> None:
        note = FreeText(text="81 000,00 €", rect=(480, 480, 560, 495), font_size="8pt", background_color="ffffff")
        writer.add_annotation(page_number=AMOUNTS_PAGE, annotation=note)

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "page 2 : une zone de texte (annotation FreeText) : « 81 000,00 € »" in message


def test_a_form_field_showing_another_amount(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("montant"),
                NameObject("/V"): TextStringObject("81 000,00 €"),
                NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (480, 480, 560, 495)]),
                NameObject("/F"): NumberObject(4),
            }
        )
        ref = writer._add_object(widget)
        page = writer.pages[AMOUNTS_PAGE]
        page[NameObject("/Annots")] = ArrayObject([ref])
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject([ref]), NameObject("/NeedAppearances"): BooleanObject(True)}
        )

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "un champ de formulaire « montant » (texte) (page 2), qui affiche « 81 000,00 € »" in message


def test_a_white_box_and_an_image_of_another_amount(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        image = StreamObject()
        image._data = bytes((x * 7) % 256 for x in range(60 * 10))
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(60),
                NameObject("/Height"): NumberObject(10),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
            }
        )
        page = writer.pages[AMOUNTS_PAGE]
        resources = page["/Resources"]
        resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Forged"): writer._add_object(image)})
        # over the first amount of the table (62.4 + 423.2, 433.7 + 132.2 in page coordinates)
        box = b"q 1 1 1 rg 480 560 60 14 re f Q q 60 0 0 10 480 562 cm /Forged Do Q\n"
        _set_content(writer, AMOUNTS_PAGE, _content(writer, AMOUNTS_PAGE) + b"\n" + box)

    result = verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service)
    assert re.search(
        r"page 2 : le rendu diffère (en haut|au milieu|en bas) de la page : une zone de", _not_proven(result)
    )
    assert "page 1 :" not in result.message and "page 3 :" not in result.message  # only the page changed


SENTENCE = rb"(Les contributions financi\005res sont les suivantes :) Tj"


@pytest.mark.parametrize("operator", [b"3 Tr ", b"1 Tz "], ids=["white-3Tr", "squashed-1Tz"])
def test_a_sentence_made_invisible_or_squashed(
    service: DossierService, genuine: Path, tmp_path: Path, operator: bytes
) -> None:
    def edit(writer: PdfWriter) -> None:
        content = _content(writer, AMOUNTS_PAGE)
        assert SENTENCE in content
        _set_content(writer, AMOUNTS_PAGE, content.replace(SENTENCE, operator + SENTENCE))

    forged = _forge(genuine, tmp_path / "f.pdf", edit)
    # The text extracted is unchanged: what the old verify compared.
    assert [p.extract_text() for p in PdfReader(forged).pages] == [p.extract_text() for p in PdfReader(genuine).pages]
    message = _not_proven(verify_pdf(forged, service))
    assert "page 2 : le rendu diffère" in message


def test_a_line_hidden_in_an_optional_content_group_set_off(
    service: DossierService, genuine: Path, tmp_path: Path
) -> None:
    def edit(writer: PdfWriter) -> None:
        group = writer._add_object(
            DictionaryObject(
                {NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject("Montants")}
            )
        )
        writer._root_object[NameObject("/OCProperties")] = DictionaryObject(
            {
                NameObject("/OCGs"): ArrayObject([group]),
                NameObject("/D"): DictionaryObject(
                    {NameObject("/OFF"): ArrayObject([group]), NameObject("/Order"): ArrayObject([group])}
                ),
            }
        )
        page = writer.pages[AMOUNTS_PAGE]
        page["/Resources"][NameObject("/Properties")] = DictionaryObject({NameObject("/oc1"): group})
        content = _content(writer, AMOUNTS_PAGE)
        _set_content(writer, AMOUNTS_PAGE, content.replace(SENTENCE, b"/OC /oc1 BDC " + SENTENCE + b" EMC"))

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "du contenu optionnel (calques : 1), dont « Montants » masqué par défaut" in message
    assert "page 2 : le rendu diffère" in message


def test_a_page_cut_by_a_cropbox(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        writer.pages[AMOUNTS_PAGE][NameObject("/CropBox")] = ArrayObject(
            [FloatObject(v) for v in (0, 300, 595.2756, 841.8898)]
        )

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "page 2 : la page n'a pas le même format" in message
    assert "page 2 : CropBox (partie visible de la page) [0 300 595.28 841.89] au lieu de (absente)" in message


def test_two_amounts_swapped_by_their_coordinates_only(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        content = _content(writer, AMOUNTS_PAGE)
        cells = [m for m in _AMOUNT.finditer(content)]
        first = cells[0]
        second = next(m for m in cells if m.group(3) != first.group(3))
        swapped = (
            content[: first.start()]
            + second.group(0).replace(second.group(2), first.group(2), 1).replace(second.group(1), first.group(1), 1)
            + content[first.end() : second.start()]
            + first.group(0).replace(first.group(2), second.group(2), 1).replace(first.group(1), second.group(1), 1)
            + content[second.end() :]
        )
        _set_content(writer, AMOUNTS_PAGE, swapped)

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "page 2 : le rendu diffère" in message


def test_a_font_copy_whose_tounicode_swaps_1_and_8(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        page = writer.pages[AMOUNTS_PAGE]
        fonts = page["/Resources"]["/Font"]
        original = fonts["/F2+0"].get_object()
        unicode_map = original["/ToUnicode"].get_object().get_data()
        swapped_map = unicode_map.replace(b"<31> <0031>", b"<31> <TMP>").replace(b"<38> <0038>", b"<38> <0031>")
        swapped_map = swapped_map.replace(b"<31> <TMP>", b"<31> <0038>")
        stream = DecodedStreamObject()
        stream.set_data(swapped_map)
        copy = DictionaryObject({key: value for key, value in original.items()})
        copy[NameObject("/ToUnicode")] = writer._add_object(stream)
        fonts[NameObject("/F9")] = writer._add_object(copy)
        content = _content(writer, AMOUNTS_PAGE)
        cell = _AMOUNT.search(content)
        assert cell is not None
        shown = cell.group(3).translate(bytes.maketrans(b"18", b"81"))  # drawn 8 where it reads 1
        forged_cell = cell.group(0).replace(b"/F2+0", b"/F9").replace(cell.group(3), shown)
        _set_content(writer, AMOUNTS_PAGE, content.replace(cell.group(0), forged_cell, 1))

    forged = _forge(genuine, tmp_path / "f.pdf", edit)
    message = _not_proven(verify_pdf(forged, service))
    assert "dont la table ToUnicode (le texte que l'on copie ou recherche) diffère de la nôtre" in message
    assert "page 2 : le rendu diffère" in message


def test_a_printed_fingerprint_changed_on_the_pages_is_compared_with_the_version_the_file_cites(
    service: DossierService, genuine: Path, tmp_path: Path
) -> None:
    from charte_app.domain.canonical import short_fingerprint

    def edit(writer: PdfWriter) -> None:
        for index in range(len(writer.pages)):
            content = _content(writer, index)
            _set_content(writer, index, re.sub(rb"Empreinte : [0-9a-f]{16}", b"Empreinte : 0123456789abcdef", content))

    forged = _forge(genuine, tmp_path / "f.pdf", edit)
    assert "0123456789abcdef" in PdfReader(forged).pages[0].extract_text()
    result = verify_pdf(forged, service)
    prefix = short_fingerprint(service.get_version(*_version_of(service)).fingerprint)
    message = _not_proven(result)
    assert message.startswith(f"Non prouvé : ce PDF cite l'empreinte {prefix}")
    assert "- page 1 : le rendu diffère" in message


def _version_of(service: DossierService) -> tuple[str, int]:
    dossier = service.list_dossiers()[0]
    return dossier.id, service.list_versions(dossier.id)[-1].number


def test_a_javascript_open_action(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
            {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('81 000');")}
        )

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "du JavaScript (« app.alert('81 000'); ») à l'ouverture du document" in message
    assert "Rendu identique à l'écran : pages 1 à 5." in message  # what shows is the same: the rest is said


def test_an_attached_file(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        writer.add_attachment("annexe-financiere-modifiee.txt", b"Ville de Reims : 81 000,00 EUR\n")

    message = _not_proven(verify_pdf(_forge(genuine, tmp_path / "f.pdf", edit), service))
    assert "un fichier joint « annexe-financiere-modifiee.txt »" in message


def test_an_incremental_update_that_changes_a_page(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    writer = PdfWriter(str(genuine), incremental=True)
    content = _content(writer, AMOUNTS_PAGE)
    cell = _AMOUNT.search(content)
    assert cell is not None
    _set_content(writer, AMOUNTS_PAGE, content.replace(cell.group(3), b"81 000,00", 1))
    forged = tmp_path / "maj.pdf"
    with forged.open("wb") as handle:
        writer.write(handle)
    assert forged.read_bytes().startswith(genuine.read_bytes())  # the genuine bytes, then an update
    message = _not_proven(verify_pdf(forged, service))
    assert "il reprend octet pour octet le document de la version, puis 1 mise à jour ajoutée le modifie" in message
    assert "change autre chose que ses champs de signature : la page 2 (leur dictionnaire ou leur contenu)" in message
    assert "page 2 : le rendu diffère" in message


def test_an_update_after_the_signature_fields_that_changes_a_page(
    service: DossierService, version: tuple[str, int], tmp_path: Path
) -> None:
    fields = _export(service, version, tmp_path / "champs.pdf", fields=True)
    signed = tmp_path / "signe.pdf"
    signed.write_bytes(_sign(fields.read_bytes(), _field_names(fields.read_bytes())[0], "Marie Martin"))
    writer = PdfWriter(str(signed), incremental=True)
    content = _content(writer, AMOUNTS_PAGE)
    _set_content(writer, AMOUNTS_PAGE, content.replace(SENTENCE, b"3 Tr " + SENTENCE))
    forged = tmp_path / "signe-puis-modifie.pdf"
    with forged.open("wb") as handle:
        writer.write(handle)
    message = _not_proven(verify_pdf(forged, service))
    assert "puis 2 mises à jour ajoutées le modifient" in message
    assert re.search(
        r"- page 4 : le rendu diffère [^;]*, dans la case d'une signature posée \(son apparence\)", message
    )
    assert re.search(r"- page 2 : le rendu diffère [^;]*cm du bord gauche ;", message)  # not a signature's
    assert "Signatures trouvées (1), qui ne valent pas pour le document de la version" in message


def _bomb(path: Path, pages: int = 20, size: int = 5 * 1024 * 1024) -> Path:
    """``pages`` pages sharing one content stream of ``size`` bytes once inflated (a few KB compressed)."""
    content = (b"0 0 m 1 1 l S\n" * (size // 14 + 1))[:size]
    packed = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages)) + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * pages
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    path.write_bytes(bytes(out))
    return path


def test_a_stream_bomb_is_refused_within_seconds(service: DossierService, tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bombe.pdf")
    assert bomb.stat().st_size < 64 * 1024
    started = time.monotonic()
    with pytest.raises(UserError, match=r"« bombe\.pdf » est trop lourd pour être vérifié : la page 1 demande plus de"):
        verify_pdf(bomb, service)
    assert time.monotonic() - started < 30  # measured in benchmarks/bench_verify.py: a few milliseconds


def test_a_bomb_spread_under_the_page_cap_is_refused_for_the_file(service: DossierService, tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bombe.pdf", pages=20, size=900_000)  # 0.9 MB a page, 18 MB in all
    started = time.monotonic()
    with pytest.raises(UserError, match="ses pages demandent plus de 12,0 Mo d'instructions de dessin"):
        verify_pdf(bomb, service)
    assert time.monotonic() - started < 30


def test_a_bomb_without_its_zlib_header_is_measured_all_the_same(service: DossierService, tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bombe.pdf")
    data = bomb.read_bytes()
    packed_start = data.index(b"stream\n") + len(b"stream\n")
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    content = zlib.decompress(data[packed_start : data.index(b"\nendstream")])
    deflated = raw.compress(content) + raw.flush()
    forged = data[:packed_start] + deflated + data[data.index(b"\nendstream") :]
    forged = re.sub(rb"/Length \d+", b"/Length %d" % len(deflated), forged, count=1)
    headerless = tmp_path / "sans-entete.pdf"
    headerless.write_bytes(forged)  # the xref offsets are off: readers rebuild them, as pypdf does
    # pdfium happens to draw nothing of such a stream; lenient readers inflate it: it is counted.
    with pytest.raises(UserError, match="« sans-entete.pdf » est trop lourd pour être vérifié : la page 1"):
        verify_pdf(headerless, service)


def test_images_beyond_the_pixel_bound_are_refused(service: DossierService, genuine: Path, tmp_path: Path) -> None:
    def edit(writer: PdfWriter) -> None:
        image = StreamObject()
        image._data = zlib.compress(b"\0" * 1000)
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(20_000),
                NameObject("/Height"): NumberObject(20_000),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
                NameObject("/Filter"): NameObject("/FlateDecode"),
            }
        )
        writer.pages[0]["/Resources"][NameObject("/XObject")] = DictionaryObject(
            {NameObject("/Huge"): writer._add_object(image)}
        )
        _set_content(writer, 0, _content(writer, 0) + b"\nq 10 0 0 10 0 0 cm /Huge Do Q\n")

    with pytest.raises(UserError, match="la page 1 dessine des images de plus de 40 millions de pixels"):
        verify_pdf(_forge(genuine, tmp_path / "image.pdf", edit), service)


def test_rendering_beyond_its_time_is_refused_in_french(
    service: DossierService, genuine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from charte_app.diff import pdf_raster

    forged = _forge(genuine, tmp_path / "f.pdf", lambda writer: writer.add_attachment("a.txt", b"a"))
    monkeypatch.setattr(pdf_raster, "MAX_SECONDS", 0.0)
    with pytest.raises(UserError, match="« f.pdf » est trop long à vérifier : le rendu de ses pages dépasse 0 s"):
        verify_pdf(forged, service)


# -- a word processor's PDF of our DOCX ------------------------------------------------------------


def test_a_word_processor_pdf_without_libreoffice_here_cannot_be_compared(
    service: DossierService, version: tuple[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from charte_app.diff import pdf_raster
    from charte_app.domain.canonical import short_fingerprint

    prefix = short_fingerprint(service.get_version(*version).fingerprint)
    path = tmp_path / "word.pdf"
    canvas = Canvas(str(path))
    canvas.setProducer("LibreOffice 7.4")
    canvas.drawString(72, 800, "Convention cadre de partenariat pour la réussite éducative 2026-2029")
    canvas.drawString(72, 780, f"Empreinte : {prefix}")
    canvas.showPage()
    canvas.save()
    monkeypatch.setattr(pdf_raster, "soffice", lambda: None)
    result = verify_pdf(path, service)
    assert result.verdict == "non prouvé" and result.probable == [] and not result.proven
    assert result.message.startswith(
        f"Non prouvé : ce PDF, exporté par un traitement de texte (LibreOffice 7.4), cite l'empreinte {prefix}"
    )
    assert (
        "LibreOffice n'est pas installé ici" in result.message
        and "son origine ne peut pas être établie" in result.message
    )


def _office_pdf(docx: Path, out: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(out / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / (docx.stem + ".pdf")


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed: verify then says a word processor's PDF cannot be compared",
)
def test_libreoffice_pdf_of_our_docx_is_probable_and_of_an_edited_docx_is_not(
    service: DossierService, version: tuple[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHARTE_APP_CACHE_DIR", str(tmp_path / "cache"))
    stored = service.get_version(*version)
    docx = export_document(
        stored.snapshot, DOCUMENT, "docx", tmp_path / "convention.docx", version=stored, data_dir=service.data_dir
    )
    unedited = _office_pdf(docx, tmp_path / "tel-quel")
    result = verify_pdf(unedited, service)
    assert result.verdict == "probable" and not result.proven and result.matches == [], result.message
    assert [r.number for r in result.probable] == [version[1]]
    assert result.message.startswith("Probable : ce PDF a été exporté par un traitement de texte")
    assert "Certitude moindre" in result.message

    # The same export with a FreeText over an amount: its rendering and its structure are not the version's.
    from pypdf.annotations import FreeText

    def annotate(writer: PdfWriter) -> None:
        writer.add_metadata({"/Producer": PdfReader(unedited).metadata["/Producer"]})
        note = FreeText(text="81 000,00 €", rect=(480, 480, 560, 495), font_size="8pt", background_color="ffffff")
        writer.add_annotation(page_number=AMOUNTS_PAGE, annotation=note)

    result = verify_pdf(_forge(unedited, tmp_path / "annote.pdf", annotate), service)
    assert result.verdict == "non prouvé" and result.probable == [], result.message
    assert "page 2 : une zone de texte (annotation FreeText) : « 81 000,00 € »" in result.message

    # The same DOCX with two amounts swapped and a few words inserted, then exported by LibreOffice.
    with zipfile.ZipFile(docx) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    amounts = re.findall(r"\d{1,3}(?: \d{3})*,\d\d", xml)
    first, second = amounts[0], next(a for a in amounts if a != amounts[0])
    xml = xml.replace(first, "\0").replace(second, first).replace("\0", second)
    xml = xml.replace("Les contributions financières", "Les contributions financières (ne pas orienter)", 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    edited = tmp_path / "modifie" / "convention.docx"
    edited.parent.mkdir()
    with zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    result = verify_pdf(_office_pdf(edited, edited.parent), service)
    assert result.verdict == "non prouvé" and result.probable == [] and not result.proven, result.message
    assert "mais son rendu n'est pas celui que LibreOffice donne du document Word" in result.message
    assert "son texte est celui de la version" not in result.message
    assert re.search(r"- page \d+ : le rendu diffère", result.message)
