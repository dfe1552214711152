"""Word versus PDF: do the DOCX and the PDF of a document break their pages at the same places?

Prints, does not assert (house rule). For every document of every example dossier, of the Châlons
test dossier (charter, partnership, subsidy, avenant), of subsidies above and below 23 000 €, and
of generated dossiers (a 40-party convention and its charter, a 5-party one), it writes the PDF and
the DOCX, converts the DOCX with ``soffice --headless --convert-to pdf`` (a private profile), then
compares, page by page, the number of pages and the first words of each page's body (running
title, initials, page numbers and the draft mark left out). A line per document, then the totals.

Needs LibreOffice, poppler (``pdftotext``) and Liberation Sans 2 as fontconfig's Arial
(``python3 scripts/dev.py test`` installs them); says so and stops when ``Arial`` is another font.

Run: ``.venv/bin/python benchmarks/bench_word_pdf.py [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import copy
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

from charte_app.documents import service
from charte_app.domain.dossier_file import parse
from charte_app.domain.model import Contribution, Dossier
from charte_app.samples import large_dossier_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = [ROOT.parent / "shared" / "examples", ROOT / "tests" / "data" / "examples"]
CHALONS = ROOT / "tests" / "data" / "documents" / "chalons.charte"
WORDS = 6  # first words compared on each page


def cases() -> list[tuple[str, Dossier, str]]:
    out: list[tuple[str, Dossier, str]] = []
    folder = next((f for f in EXAMPLES if f.is_dir()), EXAMPLES[-1])
    for source in [CHALONS, *sorted(folder.glob("*.charte"))]:
        file, _ = parse(source.read_bytes())
        out += [(f"{source.stem}/{key}", file.dossier, key) for key, _ in service.document_choices(file.dossier)]
    file, _ = parse(CHALONS.read_bytes())
    for amount in ("45000.00", "12000.00"):
        dossier = copy.deepcopy(file.dossier)
        conv = dossier.convention("conv-subvention")
        assert conv is not None
        conv.contributions = [
            Contribution(
                id="c", partner="ville", kind="financial", description="Subvention", amount=Decimal(amount), year=2026
            )
        ]
        out.append((f"subvention-{amount[:5]}/conv-subvention", dossier, "conv-subvention"))
    for parties, commitments in ((40, 60), (5, 12)):
        big = large_dossier_file(
            partners=parties, charter_commitments=commitments, convention_parties=parties, versions=1
        )
        out += [
            (f"genere-{parties}-parties/{key}", big.dossier, key) for key, _ in service.document_choices(big.dossier)
        ]
    return out


def pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = text.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def first_words(pages: list[str], furniture: set[str]) -> list[str]:
    """Each page's first words, furniture lines left out (lines found on most pages of the app's PDF)."""
    out = []
    for page in pages:
        body = [
            _norm(line)
            for line in page.splitlines()
            if _norm(line) and _norm(line) not in furniture and not re.fullmatch(r"Page \d+ sur \d+", _norm(line))
        ]
        # A word cut at a line end is joined by pdftotext without its hyphen: compare without hyphens.
        words = re.sub(r"[\-\u00ad\u2011]", "", " ".join(body)).split()
        out.append(" ".join(words[:WORDS]))
    return out


def furniture_of(pages: list[str]) -> set[str]:
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_norm(line) for line in page.splitlines() if _norm(line)})
    if len(pages) < 2:
        return {"Projet – document de travail"}
    return {line for line, n in seen.items() if n >= max(2, (len(pages) + 1) // 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="dossier où garder les PDF et DOCX")
    args = parser.parse_args()
    found = subprocess.run(["fc-match", "-f", "%{family[0]} %{fontversion}", "Arial"], capture_output=True, text=True)
    family = found.stdout.rsplit(" ", 1)
    if family[0] != "Liberation Sans" or int(family[1]) < 0x20000:
        print(
            f"Arial est ici « {found.stdout} », pas Liberation Sans 2 : mesure sans objet (installez fonts-liberation2)."
        )
        sys.exit(1)
    soffice = shutil.which("soffice") or shutil.which("libreoffice") or "soffice"
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-word-pdf-"))
    work.mkdir(parents=True, exist_ok=True)
    data_dir = work / "data"
    data_dir.mkdir(exist_ok=True)
    todo = cases()
    names = []
    for stem, dossier, key in todo:
        name = stem.replace("/", "__")
        names.append(name)
        service.export_document(dossier, key, "pdf", work / f"{name}.pdf", data_dir=data_dir)
        service.export_document(dossier, key, "docx", work / f"{name}.docx", data_dir=data_dir)
    converted = work / "libreoffice"
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(converted)]
        + [str(work / f"{n}.docx") for n in names],
        check=True,
        capture_output=True,
        timeout=1200,
    )
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{version} ; Arial = {family[0]} {int(family[1]) / 65536:.2f}")
    print(f"{'document':58} {'PDF':>4} {'Word':>4}  pages dont le début diffère")
    same_count = same_breaks = 0
    for (stem, _dossier, _key), name in zip(todo, names, strict=True):
        app = pages_text(work / f"{name}.pdf")
        office = pages_text(converted / f"{name}.pdf")
        furniture = furniture_of(app)
        mine, theirs = first_words(app, furniture), first_words(office, furniture)
        differ = [i + 1 for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b]
        same_count += len(app) == len(office)
        same_breaks += len(app) == len(office) and not differ
        where = ", ".join(map(str, differ)) or "aucune"
        print(f"{stem[:58]:58} {len(app):4} {len(office):4}  {where}")
        if differ:
            page = differ[0] - 1
            print(f"{'':10}p. {differ[0]} PDF : « {mine[page]} »")
            print(f"{'':10}p. {differ[0]} Word : « {theirs[page] if page < len(theirs) else '(pas de page)'} »")
    total = len(todo)
    print(f"Même nombre de pages : {same_count} documents sur {total}")
    print(f"Mêmes sauts de page (début de chaque page identique) : {same_breaks} sur {total}")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
