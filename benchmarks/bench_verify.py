"""``charte-app verify`` figures: a genuine convention of the full generated sample dossier proven, whole process.

Prints, does not assert (house rule). Measures, with the large sample dossier
(``charte_app.samples.large_dossier_file``, 30 versions) stored in a throwaway data folder:

* whole process ``python -m charte_app verify`` (this tree's sources) of the genuine PDF of the last
  version's convention and charter (« Identique », exit 0), of its copy with empty signature fields, and
  of a copy signed twice (pyHanko, self-signed test keys: « Identique et signé »);
* the same for a forgery (one sentence made invisible with ``3 Tr``: rendered and compared, « Non prouvé »);
* the stream bomb of issue 20 (20 pages sharing one 5 MB content stream, 13 KB on disk), refused; and the
  worst case the bounds let through (12 pages sharing a stream at the page cap: rendered, then answered);
* in process: the bounds check (``pdf_budget.check``) and the regeneration of the document.

Run: ``.venv/bin/python benchmarks/bench_verify.py`` (the sources are byte-compiled first, as an
installed application is).
"""

from __future__ import annotations

import compileall
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from charte_app.diff import pdf_budget  # noqa: E402
from charte_app.documents.service import build_document, export_document, render_pdf_revisions  # noqa: E402
from charte_app.domain import dossier_file  # noqa: E402
from charte_app.samples import large_dossier_file  # noqa: E402
from charte_app.services.dossiers import DossierService  # noqa: E402

RUNS = 5


def whole_process(args: list[str], runs: int = RUNS) -> tuple[float, float, int, str]:
    """Median wall-clock and least seconds, the exit code and the first line printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    walls = []
    code, first = 0, ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
        walls.append(time.perf_counter() - start)
        code = done.returncode
        first = (done.stdout or done.stderr).splitlines()[0] if (done.stdout or done.stderr) else ""
    return statistics.median(walls), min(walls), code, first


def bomb(path: Path, pages: int = 20, size: int = 5 * 1024 * 1024) -> Path:
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


def signed_copy(data: bytes) -> bytes:
    import datetime

    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.fields import enumerate_sig_fields

    names = [n for n, _v, _r in enumerate_sig_fields(PdfFileReader(io.BytesIO(data)))]
    for index, name in enumerate(names[:2]):
        key = ec.generate_private_key(ec.SECP256R1())
        subject = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, f"Signataire {index + 1}")])
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            cx509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(cx509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .sign(key, hashes.SHA256())
        )
        signer = signers.SimpleSigner(
            signing_cert=x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            signing_key=keys.PrivateKeyInfo.load(
                key.private_bytes(
                    serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            ),
            cert_registry=None,
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        data = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=name), signer=signer).getvalue()
    return data


def main() -> None:
    compileall.compile_dir(str(ROOT / "src" / "charte_app"), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="bench-verify-"))
    data_dir = work / "data"
    data_dir.mkdir()
    source = work / "grand-dossier.charte"
    source.write_bytes(dossier_file.dump(large_dossier_file()))
    with DossierService.open(data_dir) as service:
        dossier_id = service.import_file(source).dossier_id
        number = service.list_versions(dossier_id)[-1].number
        version = service.get_version(dossier_id, number)
        files = {}
        for document in ("conv-cadre", "charter"):
            files[document] = export_document(
                version.snapshot, document, "pdf", work / f"{document}.pdf", version=version, data_dir=data_dir
            )
        fields = export_document(
            version.snapshot,
            "conv-cadre",
            "pdf",
            work / "champs.pdf",
            version=version,
            data_dir=data_dir,
            signature_fields=True,
        )
        (work / "signe.pdf").write_bytes(signed_copy(fields.read_bytes()))
        genuine = files["conv-cadre"].read_bytes()
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import DecodedStreamObject, NameObject

        writer = PdfWriter(clone_from=str(files["conv-cadre"]))
        content = writer.pages[0].get_contents()
        assert content is not None
        stream = DecodedStreamObject()
        stream.set_data(content.get_data().replace(b" Tj", b" Tj 3 Tr", 1))
        writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
        buffer = io.BytesIO()
        writer.write(buffer)
        forged = buffer.getvalue()
        (work / "falsifie.pdf").write_bytes(forged)
        bomb(work / "bombe.pdf")
        bomb(work / "pire-cas.pdf", pages=12, size=pdf_budget.MAX_PAGE_BYTES)  # at the caps: rendered

        reader = PdfReader(io.BytesIO(genuine))
        start = time.perf_counter()
        budget = pdf_budget.check(reader, "conv-cadre.pdf")
        check_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        render_pdf_revisions(
            build_document(version.snapshot, "conv-cadre", version=version, data_dir=data_dir), data_dir=data_dir
        )
        regenerate_ms = (time.perf_counter() - start) * 1000

    print(f"Charge de la machine (1 min) : {os.getloadavg()[0]:.2f} sur {os.cpu_count()} processeurs")
    print(
        f"Convention (version {number}) : {budget.pages} pages, {len(genuine) / 1000:.0f} Ko ; instructions de "
        f"dessin : {budget.total_bytes / 1e6:.2f} Mo en tout, {budget.largest_page_bytes / 1000:.0f} Ko pour la "
        f"plus lourde page (plafonds : {pdf_budget.MAX_PAGE_BYTES // 1024 // 1024} Mo par page, "
        f"{pdf_budget.MAX_FILE_BYTES // 1024 // 1024} Mo par fichier)"
    )
    print(
        f"En processus : contrôle des bornes {check_ms:6.1f} ms ; document produit de nouveau {regenerate_ms:6.1f} ms"
    )
    command = [sys.executable, "-m", "charte_app", "--data-dir", str(data_dir), "verify"]
    for label, path in (
        ("convention authentique", files["conv-cadre"]),
        ("charte authentique", files["charter"]),
        ("convention avec champs de signature", fields),
        ("convention signée deux fois", work / "signe.pdf"),
        ("convention falsifiée (3 Tr, page 1)", work / "falsifie.pdf"),
        ("bombe : 20 pages, un flux de 5 Mo", work / "bombe.pdf"),
        ("pire cas sous les plafonds : 12 pages d'un flux de 1 Mo", work / "pire-cas.pdf"),
    ):
        pages = 20 if "bombe" in label else (12 if "pire" in label else len(PdfReader(path).pages))
        wall, best, code, first = whole_process([*command, str(path)])
        print(
            f"Processus complet « verify » — {label} ({pages} pages, {path.stat().st_size / 1000:.0f} Ko) : "
            f"{wall:5.2f} s (au mieux {best:5.2f} s), code {code}"
        )
        print(f"    {first[:150]}")


if __name__ == "__main__":
    main()
