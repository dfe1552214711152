"""Templates: the sandbox refuses broken and hostile templates; a territory's override wins; data stays data."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from charte_app.documents import service
from charte_app.documents.engine import TemplateRefused
from charte_app.domain.model import DossierFile
from charte_app.errors import UserError
from charte_app.paths import bundled

DATA = Path(__file__).parent / "data" / "documents"


def override(data_dir: Path, name: str, text: str) -> Path:
    folder = data_dir / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


HOSTILE = [
    ("syntax error", "@title Charte\n{% if %}\n", 2, "syntaxe"),
    ("unclosed block", "@title Charte\n\n{% for p in signatories %}\n@p x", 3, "syntaxe"),
    ("undefined value", "@title Charte\n@p {{ charter.inexistant }}\n", 2, "valeur inconnue"),
    ("undefined variable", "@title Charte\n\n\n@p {{ nulle_part }}\n", 4, "valeur inconnue"),
    ("class escape", "@title Charte\n@p {{ ''.__class__.__mro__ }}\n", 2, "interdite"),
    ("subclasses", "@title x\n@p {{ ''.__class__.__mro__[1].__subclasses__() }}\n", 2, "interdite"),
    ("attr filter", "@title Charte\n@p {{ dossier|attr('__class__') }}\n", 2, "syntaxe"),
    ("format filter", "@title Charte\n@p {{ '%s'|format(dossier) }}\n", 2, "syntaxe"),
    ("format method", "@title Charte\n@p {{ '{0.__class__}'.format(dossier) }}\n", 2, "interdite"),
    ("format_map method", "@title Charte\n@p {{ '{x}'.format_map({'x': 1}) }}\n", 2, "interdite"),
    ("safe filter", "@title Charte\n@p {{ charter.title|safe }}\n", 2, "syntaxe"),
    ("mutation", "@title Charte\n{% set l = [] %}{{ l.append(1) }}\n", 2, "interdite"),
    ("globals", "@title Charte\n@p {{ self._TemplateReference__context }}\n", 2, "interdite"),
    ("missing include", "@title Charte\n{% include 'absent.j2' %}\n", 2, "introuvable"),
    ("bad markup", "@title Charte\n@inconnue texte\n", None, "directive inconnue"),
    ("type error", "@title Charte\n@p {{ charter.title + 3 }}\n", 2, "mise en forme"),
]


@pytest.mark.parametrize(("case", "text", "line", "reason"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_broken_or_hostile_template_is_refused_in_french(
    chalons: DossierFile, data_dir: Path, case: str, text: str, line: int | None, reason: str
) -> None:
    override(data_dir, "charte.j2", text)
    with pytest.raises(TemplateRefused) as caught:
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    error = caught.value
    assert isinstance(error, UserError)
    assert "« charte.j2 »" in error.message or (case == "missing include" and "absent.j2" in error.message)
    assert reason in error.message
    if line is not None:
        assert f"ligne {line}" in error.message
    assert "Traceback" not in error.message


def test_error_in_an_imported_template_names_that_template(chalons: DossierFile, data_dir: Path) -> None:
    original = (bundled("templates") / "communs.j2").read_text(encoding="utf-8")
    lines = original.splitlines()
    lines.insert(5, "{{ inconnu.attribut }}")
    lines.insert(5, "{% macro casse() %}{{ pas_defini }}{% endmacro %}")
    broken = original.replace("@section parties\n", "@section parties\n{{ pas_defini_du_tout }}\n", 1)
    override(data_dir, "communs.j2", broken)
    with pytest.raises(TemplateRefused) as caught:
        service.build_document(chalons.dossier, "conv-prevention", data_dir=data_dir)
    message = caught.value.message
    expected_line = broken.splitlines().index("{{ pas_defini_du_tout }}") + 1
    assert "« communs.j2 »" in message and f"ligne {expected_line}" in message


def test_refused_template_writes_nothing(chalons: DossierFile, data_dir: Path, tmp_path: Path) -> None:
    override(data_dir, "convention.j2", "@title x\n{{ ''.__class__ }}\n")
    out = tmp_path / "sortie"
    out.mkdir()
    with pytest.raises(TemplateRefused):
        service.export_document(chalons.dossier, "conv-prevention", "pdf", out / "c.pdf", data_dir=data_dir)
    assert list(out.iterdir()) == []


def test_user_template_overrides_the_bundled_one(chalons: DossierFile, data_dir: Path, tmp_path: Path) -> None:
    bundled_text = (bundled("templates") / "convention.j2").read_text(encoding="utf-8")
    custom = bundled_text.replace(
        "@section preamble\n", "@section preamble\n@note Modèle du Département de la Marne, révision 2026.\n", 1
    )
    assert custom != bundled_text
    override(data_dir, "convention.j2", custom)
    document = service.build_document(chalons.dossier, "conv-prevention", data_dir=data_dir)
    assert "Modèle du Département de la Marne, révision 2026." in document.texts()
    # The other documents still use the bundled templates.
    charter = service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    assert "Modèle du Département de la Marne, révision 2026." not in charter.texts()
    path = service.export_document(chalons.dossier, "conv-prevention", "docx", tmp_path / "c.docx", data_dir=data_dir)
    import docx

    assert any("révision 2026" in p.text for p in docx.Document(str(path)).paragraphs)


def test_override_of_a_shared_piece_and_its_later_removal(chalons: DossierFile, data_dir: Path) -> None:
    text = (bundled("templates") / "clauses.j2").read_text(encoding="utf-8")
    path = override(
        data_dir,
        "clauses.j2",
        text.replace("polices d'assurance", "x").replace(
            "Chaque partie déclare être titulaire", "Chaque partie atteste être titulaire"
        ),
    )
    document = service.build_document(chalons.dossier, "conv-prevention", data_dir=data_dir)
    assert any(t.startswith("Chaque partie atteste être titulaire") for t in document.texts())
    path.unlink()
    os.utime(path.parent)
    document = service.build_document(chalons.dossier, "conv-prevention", data_dir=data_dir)
    assert any(t.startswith("Chaque partie déclare être titulaire") for t in document.texts())


def test_data_cannot_inject_markup(chalons: DossierFile, data_dir: Path) -> None:
    dossier = chalons.dossier
    conv = dossier.convention("conv-prevention")
    assert conv is not None
    conv.object = "Texte | avec barre\n@pagebreak\n@signature Fait à Nulle-part <b>gras</b> & {{ x }} None"
    conv.contributions[0].description = "Subvention | cellule en trop"
    document = service.build_document(dossier, "conv-prevention", data_dir=data_dir)
    texts = document.texts()
    assert "Texte | avec barre" in " ".join(texts)
    assert any("@signature Fait à Nulle-part <b>gras</b> & {{ x }} None" in t for t in texts)
    assert "Subvention | cellule en trop" in texts
    pages = [b for s in document.sections for b in s.blocks if type(b).__name__ == "SignaturePage"]
    assert len(pages) == 1


def test_missing_values_print_as_visible_blanks(chalons: DossierFile, data_dir: Path) -> None:
    dossier = chalons.dossier
    conv = dossier.convention("conv-subvention")
    assert conv is not None
    conv.start = None
    conv.end = None
    conv.termination.notice_months = None
    conv.disputes.court = None
    conv.contributions[0].amount = None
    partner = dossier.partner("mjc")
    assert partner is not None
    partner.representative.name = None
    partner.address = None
    text = "\n".join(service.build_document(dossier, "conv-subvention", data_dir=data_dir).texts())
    assert "prend effet le …" in text and "jusqu’au …" in text
    assert "préavis de … mois" in text
    assert "devant …" in text
    assert "représentée par …" in text and "dont le siège est situé …" in text
    for bad in ("None", "null", "nan", "{{"):
        assert not re.search(rf"(?<!\w){re.escape(bad)}(?!\w)", text)


def test_a_second_call_reuses_the_compiled_templates(chalons: DossierFile, data_dir: Path) -> None:
    from charte_app.documents import engine

    first = engine.environment(data_dir)
    assert engine.environment(data_dir) is first
    override(data_dir, "charte.j2", "@title Charte\n")
    assert engine.environment(data_dir) is not first


UNBOUNDED = [
    ("huge power", "@title Charte\n@p {{ 7 ** 100000000 }}\n", 2, "puissance"),
    ("huge repetition", "@title Charte\n\n@p {{ 'a' * 10**10 }}\n", 3, "répétition"),
    ("huge list", "@title Charte\n@p {{ ([1] * 100000000)|length }}\n", 2, "répétition"),
    ("huge filter width", "@title Charte\n@p {{ 'a'|center(10**10) }}\n", 2, "limites"),
    ("huge method width", "@title Charte\n@p {{ 'a'.ljust(10**9) }}\n", 2, "limites"),
    ("huge format width", "@title Charte\n@p {{ '%999999999d' % 1 }}\n", 2, "format"),
    ("huge replace", "@title Charte\n@p {{ ('a' * 100000).replace('', 'b' * 1000) }}\n", 2, "remplacement"),
    (
        "doubling concatenation",
        "@title Charte\n{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}\n",
        2,
        "concaténation",
    ),
    (
        "output flood",
        "@title Charte\n{% for i in range(100000) %}{% for j in range(100) %}@p {{ 'x' * 10000 }}\n{% endfor %}"
        "{% endfor %}",
        2,
        "dépasserait",
    ),
    ("range too long", "@title Charte\n@p {{ range(10**12)|length }}\n", 2, "limites"),
]


@pytest.mark.parametrize(("case", "text", "line", "reason"), UNBOUNDED, ids=[h[0] for h in UNBOUNDED])
def test_templates_beyond_their_bounds_are_refused_quickly(
    chalons: DossierFile, data_dir: Path, case: str, text: str, line: int, reason: str
) -> None:
    import time

    override(data_dir, "charte.j2", text)
    started = time.monotonic()
    with pytest.raises(TemplateRefused) as caught:
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    assert time.monotonic() - started < 5  # a bound against a hang: the slowest measured 0.4 s (12× margin)
    message = caught.value.message
    assert "« charte.j2 »" in message and f"ligne {line}" in message and reason in message, message


def test_a_template_that_loops_for_ever_is_stopped_at_its_time_bound(
    chalons: DossierFile, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from charte_app.documents import engine

    monkeypatch.setattr(engine, "MAX_SECONDS", 0.5)
    override(
        data_dir,
        "charte.j2",
        "@title Charte\n{% for i in range(100000) %}\n{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
    )
    started = time.monotonic()
    with pytest.raises(TemplateRefused, match=r"ligne 3.*0\.5 secondes"):
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    assert time.monotonic() - started < 6  # stopped at its 0.5 s bound: measured 0.55 s (11× margin)
    override(data_dir, "charte.j2", "@title Charte\n@p {{ range(3)|list|length }} {{ 2 ** 10 }} {{ 'ab' * 2 }}\n")
    assert "@p 3 1024 abab" in engine.render("charte.j2", {}, data_dir)


def test_a_template_that_is_a_fifo_or_huge_is_refused_without_blocking(chalons: DossierFile, data_dir: Path) -> None:
    (data_dir / "templates").mkdir(exist_ok=True)
    os.mkfifo(data_dir / "templates" / "charte.j2")
    with pytest.raises(TemplateRefused, match="« charte.j2 ».*pas un fichier ordinaire"):
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)
    (data_dir / "templates" / "charte.j2").unlink()
    override(data_dir, "charte.j2", "@title Charte\n" + "@p x\n" * 300_000)
    with pytest.raises(TemplateRefused, match="trop volumineux"):
        service.build_document(chalons.dossier, "charter", data_dir=data_dir)


# The five templates of issue 20 that escaped their bounds (100 s, 575 MB and growing, 3 GB, 4 GB,
# 3.7 GB): each is run in its own process, whose time and peak memory are measured.
ESCAPES = [
    ("tower of powers", "@p {{ ((((10**30)**64)**64)**64)**64 }}", "puissance trop grande"),
    ("lipsum", "@p {{ lipsum(10000000) }}", "lipsum"),
    ("string of a repeated list", "@p {{ ([[0]*10000000]*100)|string }}", "répétition"),
    ("string of repeated strings", "@p {{ ([['x'*10000000]]*10000000)|string }}", "répétition"),
    ("join with a long separator", "@p {{ ([0]*10000000)|join(' '*300) }}", "répétition"),
]

_MEASURED_RENDER = """
import json, resource, sys, time
from pathlib import Path
from charte_app.documents import engine, service  # the application's imports, before measuring

def peak_mb():
    # This process's own peak: Linux's VmHWM starts again at exec, whereas ru_maxrss keeps the peak of
    # the parent it was forked from (a test run's pytest, hundreds of megabytes).
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

started = time.monotonic()
try:
    engine.render("charte.j2", {}, Path(sys.argv[1]))
    message = None
except engine.TemplateRefused as exc:
    message = exc.message
print(json.dumps({
    "message": message,
    "seconds": time.monotonic() - started,
    "peak_mb": peak_mb(),
}))
"""


def _measured_render(data_dir: Path, tmp_path: Path) -> dict[str, object]:
    import json
    import subprocess
    import sys

    import charte_app

    env = dict(os.environ, PYTHONPATH=str(Path(charte_app.__file__).parents[1]))
    script = tmp_path / "measured.py"
    script.write_text(_MEASURED_RENDER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(data_dir)], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(("case", "line", "reason"), ESCAPES, ids=[e[0] for e in ESCAPES])
def test_templates_that_escaped_their_bounds_are_refused_within_10_s_and_300_mb(
    data_dir: Path, tmp_path: Path, case: str, line: str, reason: str
) -> None:
    override(data_dir, "charte.j2", f"@title Charte\n{line}\n")
    result = _measured_render(data_dir, tmp_path)
    message = str(result["message"])
    assert "« charte.j2 » (ligne 2)" in message and reason in message, message
    assert float(str(result["seconds"])) < 10, result  # a bound against a hang: measured ≤ 0.8 s (12× margin)
    assert float(str(result["peak_mb"])) < 300, result


# Within the size of each value, what a value turns into: its text (string, join, tojson, pprint,
# printing, ~, %), the integers of a product, the lists of a slice, a loop over a big list, and
# what a render builds in all.
WITHIN_EACH_VALUE = [
    ("string of a repeated list", "@p {{ ([[0]*1000000]*100)|string }}", "filtre « string »"),
    ("string of repeated strings", "@p {{ ([['x'*10000000]]*1000000)|string }}", "filtre « string »"),
    ("join with a long separator", "@p {{ ([0]*1000000)|join(' '*300) }}", "filtre « join »"),
    ("join by attribute", "@p {{ ([['x'*10000000]]*1000)|join(' ', attribute=0) }}", "filtre « join »"),
    ("join method", "@p {{ (' '*300).join(['x']*1000000) }}", "méthode « join »"),
    ("join of big integers", "@p {{ ([(10**50)**60]*1000000)|join }}", "filtre « join »"),
    ("printed structure", "@p {{ [[0]*1000000]*100 }}", "valeur écrite"),
    ("percent format", "@p {{ '%s' % ([[0]*1000000]*100,) }}", "format « % »"),
    ("tilde", "@p {{ 'a' ~ [[0]*1000000]*100 }}", "concaténation"),
    ("pprint", "@p {{ ([[0]*1000000]*100)|pprint }}", "filtre « pprint »"),
    ("tojson", "@p {{ ([[0]*1000000]*100)|tojson }}", "filtre « tojson »"),
    ("tojson indent", "@p {{ ([0]*1000)|tojson(indent=1000000) }}", "filtre « tojson »"),
    ("nested structure", "{% set ns = namespace(l=0) %}{% for i in range(200) %}{% set ns.l = [ns.l] %}{% endfor %}"
     "@p {{ ns.l|string }}", "imbriquée"),
    ("product of integers", "@p {{ (10**50)**60 * (10**50)**60 }}", "produit"),
    ("sum of integers", "{% set x = ((2**50)**4)**49 * (2**50)**3 * 2**49 %}@p {{ x + x }}", "chiffres binaires"),
    ("many slices", "@p {{ [1]|slice(9999999)|list|length }}", "000 éléments"),
    ("list concatenation", "@p {{ ([0]*1000000 + [1])|length }}", "concaténation"),
    (
        "values built",
        "{% set ns = namespace(l=[]) %}{% for i in range(1000) %}{% set ns.l = ns.l + ['x'*5000000 ~ i] %}"
        "{% endfor %}",
        "100 Mo",
    ),
    (
        "lists of lists",
        "{% set a = ([0]*1000000)|batch(1)|list %}{% set b = a|batch(1)|list %}{% set c = b|batch(1)|list %}"
        "@p {{ c|length }}",
        "100 Mo",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "line", "reason"), WITHIN_EACH_VALUE, ids=[w[0] for w in WITHIN_EACH_VALUE])
def test_what_a_template_makes_of_its_values_is_bounded(data_dir: Path, case: str, line: str, reason: str) -> None:
    from charte_app.documents import engine

    # How long the refusal takes is measured by benchmarks/bench_template_refusals.py (up to 4.5 s on a
    # loaded machine: no bound here that a slow CI would break).
    override(data_dir, "charte.j2", f"@title Charte\n{line}\n")
    with pytest.raises(TemplateRefused) as caught:
        engine.render("charte.j2", {}, data_dir)
    message = caught.value.message
    assert "« charte.j2 » (ligne 2)" in message and reason in message, message


def test_a_loop_over_a_list_counts_against_the_time_bound(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from charte_app.documents import engine

    monkeypatch.setattr(engine, "MAX_SECONDS", 0.5)
    override(
        data_dir,
        "charte.j2",
        "@title Charte\n{% set big = [0] * 1000000 %}\n{% for i in big %}{% for j in big %}{% endfor %}{% endfor %}\n",
    )
    started = time.monotonic()
    with pytest.raises(TemplateRefused, match=r"ligne 3.*0\.5 secondes"):
        engine.render("charte.j2", {}, data_dir)
    assert time.monotonic() - started < 6  # stopped at its 0.5 s bound: measured 0.51 s (11× margin)


def test_ordinary_uses_of_the_bounded_operations_still_work(data_dir: Path) -> None:
    from charte_app.documents import engine

    override(
        data_dir,
        "charte.j2",
        "@title Charte\n@p {{ [1, 2, 3]|join(', ') }} / {{ ((10**30)**64) > 0 }} / {{ ([0] * 3)|string }} / "
        "{{ lipsum(1, html=False)|length > 0 }} / {% for x in 'ab' %}{{ loop.index }}{{ loop.length }}{% endfor %}"
        " / {{ '%s-%s' % (1, 2) }} / {{ 7 - 2 }} / {{ 7 / 2 }} / {{ [[1, 2], 'x']|tojson }} / "
        "{{ [{'a': 'b'}]|join(',', attribute='a') }} / {{ '-'.join(['a', 'b']) }} / {{ [1] + [2] }}\n",
    )
    out = engine.render("charte.j2", {}, data_dir)
    assert "@p 1, 2, 3 / oui / [0, 0, 0] / oui / 1222 / 1-2 / 5 / 3.5 / " in out, out
    assert "b / a-b / [1, 2]" in out, out
