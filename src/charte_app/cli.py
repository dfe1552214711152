"""The ``charte-app`` command: argument parsing, exit codes and French messages only.

Exit codes: 0 success; 1 a failure explained in French on stderr (a refused
file lists every faulty path; an unexpected error points to the log file, its
traceback shown only with ``--debug``); 2 a usage error. The work itself is
done by the service, the documents and the diff packages, imported lazily so
that quick commands such as ``list`` start fast.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

if TYPE_CHECKING:
    from .domain.model import Dossier, DossierFile, Version
    from .services.dossiers import DossierService

log = logging.getLogger("charte_app")

LOG_FILE = "charte-app.log"
STATUSES = ("shared", "approved", "signed")

# argparse's own messages, in French (argparse looks them up through its module-level ``_``).
_FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (au choix : %(choices)s)",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (%(matches)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
}


def _french(message: str) -> str:
    return _FRENCH.get(message, message)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are French and exit with code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur d'utilisation : {message}\n")


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    # The same options on the main parser (with defaults) and on every sub-command (without, so a
    # value given before the sub-command is not overwritten): accepted before or after it.
    default: Any = None if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir", type=Path, default=default, metavar="DOSSIER", help="dossier des données (base, journal)"
    )
    parser.add_argument(
        "--database-url", default=default, metavar="URL", help="base PostgreSQL (postgresql://…) au lieu de SQLite"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help="affiche le détail des erreurs inattendues",
    )


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked (importlib.metadata is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        from . import __version__

        print(f"charte-app {__version__}")
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _french  # type: ignore[attr-defined]  # cheap French for argparse's own messages
    parser = _Parser(prog="charte-app", description="Chartes de coopération et conventions de partenariat (PRE).")
    _global_options(parser, defaults=True)
    parser.add_argument("-V", "--version", action=_VersionAction, help="affiche la version et quitte")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _global_options(p, defaults=False)
        return p

    p = command("open", "lance l'application avec ce dossier importé et ouvert")
    p.add_argument("file", type=Path, metavar="FICHIER.charte")
    p = command("import", "importe un dossier ; affiche son identifiant sur la dernière ligne")
    p.add_argument("file", type=Path, metavar="FICHIER.charte")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--replace-draft",
        dest="on_draft_conflict",
        action="store_const",
        const="replace",
        help="si le dossier existe avec un autre brouillon : le brouillon du fichier le remplace "
        "(l'actuel reste récupérable avec « drafts »)",
    )
    choice.add_argument(
        "--as-copy",
        dest="on_draft_conflict",
        action="store_const",
        const="copy",
        help="si le dossier existe avec un autre brouillon : importe le fichier comme un nouveau dossier (copie)",
    )
    p = command("drafts", "brouillons de travail remplacés d'un dossier (par un import), et leur restauration")
    p.add_argument("dossier_id", metavar="ID")
    p.add_argument(
        "--restore", type=int, default=None, metavar="N", help="rend au brouillon n° N sa place de brouillon de travail"
    )
    command("list", "un dossier par ligne : identifiant, titre, nombre de versions")
    p = command("save", "enregistre un dossier et toutes ses versions dans un fichier .charte")
    p.add_argument("dossier_id", metavar="ID")
    p.add_argument("--output", type=Path, required=True, metavar="FICHIER.charte")
    p = command("version", "fige le brouillon en une nouvelle version")
    p.add_argument("dossier_id", metavar="ID")
    p.add_argument("--label", required=True, metavar="TEXTE", help="libellé de la version")
    p.add_argument("--status", choices=STATUSES, default="draft", help="statut de départ (projet par défaut)")
    p.add_argument("--author", default=None, metavar="NOM", help="auteur de la version")
    p = command("export", "imprime la charte ou une convention en PDF ou DOCX")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--document", required=True, metavar="DOC", help="« charter » ou l'identifiant d'une convention")
    p.add_argument("--format", required=True, choices=("pdf", "docx"))
    p.add_argument("--output", type=Path, required=True, metavar="CHEMIN")
    p.add_argument("--version", type=int, default=None, metavar="N", help="numéro de version (brouillon sinon)")
    p.add_argument(
        "--signature-fields",
        action="store_true",
        help="PDF : un champ de signature électronique vide par signataire (plateformes de signature)",
    )
    p = command("report", "imprime le bilan d'une période du suivi (comité de pilotage) en PDF, DOCX ou XLSX")
    p.add_argument("source", metavar="SOURCE", help="un fichier .charte ou l'identifiant d'un dossier enregistré")
    p.add_argument("--period", required=True, metavar="P", help="« 2026 », « 2026-2027 », « 2026-S1 », « 2026-T1 »…")
    p.add_argument("--format", required=True, choices=("pdf", "docx", "xlsx"))
    p.add_argument("--output", type=Path, required=True, metavar="CHEMIN")
    p = command("check", "liste ce qui empêche d'approuver ou de signer les documents d'un dossier")
    p.add_argument("source", metavar="SOURCE", help="un fichier .charte ou l'identifiant d'un dossier enregistré")
    p.add_argument("--document", default=None, metavar="DOC", help="« charter » ou l'identifiant d'une convention")
    p.add_argument(
        "--for", dest="for_", choices=("approved", "signed"), default="approved", help="le statut visé (approved)"
    )
    p.add_argument("--version", type=int, default=None, metavar="N", help="numéro de version (brouillon sinon)")
    p = command("compare", "compare deux versions d'un dossier")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--from", dest="from_", required=True, metavar="N", help="numéro de version, ou « draft »")
    p.add_argument("--to", required=True, metavar="M", help="numéro de version, ou « draft » (le brouillon)")
    p.add_argument("--document", default=None, metavar="DOC")
    p.add_argument("--format", required=True, choices=("text", "pdf", "docx"))
    p.add_argument("--output", required=True, metavar="CHEMIN|-", help="« - » : texte sur la sortie standard")
    p = command("form", "écrit le formulaire XLSX d'un partenaire (ou de tous) à lui faire remplir")
    p.add_argument("source", metavar="SOURCE", help="l'identifiant d'un dossier enregistré ou un fichier .charte")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--partner", default=None, metavar="ID", help="identifiant du partenaire")
    who.add_argument("--all", action="store_true", help="un formulaire par partenaire, dans le dossier --output")
    p.add_argument("--period", default=None, metavar="P", help="période des indicateurs à renseigner (« 2026 »…)")
    p.add_argument("--output", type=Path, required=True, metavar="FICHIER.xlsx|DOSSIER")
    p = command("collect", "lit un formulaire rempli par un partenaire et liste (ou intègre) ses réponses")
    p.add_argument("file", type=Path, metavar="FICHIER.xlsx|.ods")
    p.add_argument("--apply", action="store_true", help="intègre les réponses au brouillon (une seule modification)")
    p = command("remarks", "liste par article les commentaires et modifications suivies d'un document Word")
    p.add_argument("file", type=Path, metavar="FICHIER.docx")
    p = command(
        "verify",
        "prouve qu'un PDF est la version qu'il cite : identique à l'octet près (ou seulement signé "
        "dans ses champs de signature), sinon dit ce qui diffère page par page (code 0 : prouvé)",
    )
    p.add_argument("file", type=Path, metavar="FICHIER.pdf")
    p = command(
        "restore",
        "sans argument : liste les sauvegardes ; avec FICHIER ou « latest » : restaure cette sauvegarde "
        "(la base actuelle est mise de côté)",
    )
    p.add_argument("backup", nargs="?", default=None, metavar="FICHIER|latest")
    p.add_argument(
        "--take-over",
        action="store_true",
        help="prend la main sur le verrou du dossier de données laissé par un autre ordinateur ou tenu par un "
        "programme qui n'est pas charte-app",
    )
    return parser


# -- helpers -------------------------------------------------------------------------------------


class _BrokenInstall(Exception):
    """A module of charte-app or one of its libraries cannot be imported: the installation is incomplete."""


def _lazy(module: str, name: str, what: str) -> Callable[..., Any]:
    """``module.name``; a missing module means a broken installation (:class:`_BrokenInstall`), said so in French.

    Every package is part of the installed program (wheel or bundle): nothing is "not yet available".
    """
    import importlib

    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        log.exception("cannot import %s", module)
        missing = exc.name or module
        raise _BrokenInstall(
            f"{what} ne peut pas démarrer : le module « {missing} » est introuvable. L'installation de "
            "charte-app est incomplète ou endommagée : réinstallez-la."
        ) from None
    return cast(Callable[..., Any], getattr(loaded, name))


def _service(args: argparse.Namespace) -> DossierService:
    from .services.dossiers import DossierService

    return DossierService.open(args.data_dir, args.database_url)


def _parse_file(path: Path, versions: Collection[int] | None = None, *, draft: bool = True) -> DossierFile:
    """The file, checked; with ``versions``, only those versions decoded and checked (each one
    still against its fingerprint): the others are not read by the command, nor the draft
    unless ``draft``."""
    from .domain import dossier_file
    from .fsutil import read_user_file

    data = read_user_file(path, dossier_file.MAX_FILE_BYTES, "le dossier .charte")
    doc, _warnings = dossier_file.parse(data, versions=versions, draft=draft)
    return doc


def _is_file_source(source: str) -> bool:
    return source.endswith(".charte") or Path(source).is_file()


class _Source:
    """A dossier to print or compare: a `.charte` file (parsed, not imported) or a stored dossier."""

    def __init__(self, args: argparse.Namespace, source: str, versions: Collection[int], *, draft: bool) -> None:
        """``versions``: the numbers the command reads (a file's other versions are not decoded);
        ``draft``: whether it reads the working draft (a file's draft is decoded only then)."""
        self.args = args
        self.reads_draft = draft
        self.doc: DossierFile | None = (
            _parse_file(Path(source), versions, draft=draft) if _is_file_source(source) else None
        )
        self.dossier_id = source
        self._service: DossierService | None = None

    @property
    def service(self) -> DossierService:
        if self._service is None:
            self._service = _service(self.args)
        return self._service

    def close(self) -> None:
        if self._service is not None:
            self._service.close()

    def draft(self) -> Dossier:
        if not self.reads_draft:  # a file's draft was not even decoded
            raise RuntimeError("the command said it reads no draft")
        if self.doc is not None:
            return self.doc.dossier
        return self.service.load_draft(self.dossier_id)

    def version(self, number: int) -> Version:
        from .errors import NotFound

        if self.doc is None:
            return self.service.get_version(self.dossier_id, number)
        for version in self.doc.versions:
            if version.number == number:
                return version
        raise NotFound(f"Le fichier n'a pas de version n° {number}.")

    def pick(self, spec: str) -> tuple[Dossier, Version | None, str]:
        """Content, version and label for ``N`` or ``draft``."""
        number = _version_number(spec)
        if number is None:
            return self.draft(), None, "brouillon de travail"
        version = self.version(number)
        return version.snapshot, version, f"version n° {version.number} – {version.label}"


def _version_number(spec: str) -> int | None:
    """``N`` → N, ``draft`` → None; anything else is refused in French."""
    from .errors import UserError

    if spec.strip().lower() in ("draft", "brouillon"):
        return None
    try:
        return int(spec)
    except ValueError:
        raise UserError(f"« {spec} » n'est ni un numéro de version ni « draft ».") from None


# -- commands ------------------------------------------------------------------------------------


def _run_app(args: argparse.Namespace, open_path: Path | None) -> int:
    run_app = _lazy("charte_app.ui.app", "run_app", "L'application graphique")
    return int(run_app(args.data_dir, args.database_url, open_path) or 0)


def cmd_import(args: argparse.Namespace) -> int:
    from .errors import DecisionConflict, ImportDraftConflict
    from .services.dossiers import HistoryConflict

    service = _service(args)
    try:
        result = service.import_file(args.file, on_draft_conflict=args.on_draft_conflict or "refuse")
    except ImportDraftConflict as exc:
        print(
            f"{exc.message}\n"
            "  --replace-draft : le brouillon du fichier devient le brouillon de travail ; l'actuel reste "
            f"récupérable (charte-app drafts {exc.dossier_id}) ;\n"
            "  --as-copy : le fichier devient un nouveau dossier (nouvel identifiant, titre marqué « copie »), "
            "avec ses versions.",
            file=sys.stderr,
        )
        return 1
    except (DecisionConflict, HistoryConflict) as exc:
        message = exc.french() if isinstance(exc, HistoryConflict) else exc.message
        print(
            f"{message}\nPour garder les deux historiques, importez le fichier comme un nouveau dossier (--as-copy).",
            file=sys.stderr,
        )
        return 1
    finally:
        service.close()
    for warning in result.warnings:
        print(f"Avertissement : {warning}", file=sys.stderr)
    if result.outcome == "copied":
        print(
            f"Dossier importé comme une copie (nouvel identifiant), avec {result.added_versions} version(s).",
            file=sys.stderr,
        )
    elif not result.created:
        print(
            f"Dossier déjà présent : {result.added_versions} nouvelle(s) version(s) et "
            f"{result.added_decisions} nouvelle(s) décision(s) de partenaires ajoutée(s).",
            file=sys.stderr,
        )
        if result.outcome == "replaced":
            print(
                f"Le brouillon de travail a été remplacé par celui du fichier ; l'ancien est gardé (brouillon "
                f"remplacé n° {result.replaced_draft_id}, voir « charte-app drafts {result.dossier_id} »).",
                file=sys.stderr,
            )
    print(result.dossier_id)
    return 0


def _one_line(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")


def cmd_drafts(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        if args.restore is not None:
            dossier = service.restore_replaced_draft(args.dossier_id, args.restore)
            print(
                f"Le brouillon n° {args.restore} (« {dossier.title} ») est de nouveau le brouillon de travail ; "
                "celui qu'il remplace est gardé à son tour.",
                file=sys.stderr,
            )
            return 0
        drafts = service.list_replaced_drafts(args.dossier_id)
    finally:
        service.close()
    if not drafts:
        print("Aucun brouillon remplacé pour ce dossier.", file=sys.stderr)
        return 0
    print("\n".join(f"{d.id}\t{d.replaced_at}\t{_one_line(d.title)}\t{_one_line(d.reason)}" for d in drafts))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        summaries = service.list_dossiers()
    finally:
        service.close()
    out = [f"{s.id}\t{s.title.replace(chr(9), ' ').replace(chr(10), ' ')}\t{s.version_count}" for s in summaries]
    if out:
        print("\n".join(out))
    return 0


def cmd_save(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        service.export_file(args.dossier_id, args.output)
    finally:
        service.close()
    from .fsutil import is_stdout

    where = "sur la sortie standard" if is_stdout(args.output) else f"dans « {args.output} »"
    print(f"Dossier enregistré {where}.", file=sys.stderr)
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        version = service.freeze_version(args.dossier_id, args.label, status=args.status, author=args.author)
    finally:
        service.close()
    print(f"Version n° {version.number} enregistrée (empreinte {version.fingerprint}).", file=sys.stderr)
    print(version.number)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    export_document = _lazy("charte_app.documents.service", "export_document", "L'export de documents")
    # Printing the draft decodes no version; printing version N decodes (and checks) that one only.
    source = _Source(args, args.source, () if args.version is None else (args.version,), draft=args.version is None)
    try:
        if args.version is None:
            dossier, version = source.draft(), None
        else:
            version = source.version(args.version)
            dossier = version.snapshot
        from .paths import data_dir

        if args.signature_fields and args.format != "pdf":
            print("Les champs de signature n'existent qu'en PDF : choisissez --format pdf.", file=sys.stderr)
            return 2
        written = export_document(
            dossier,
            args.document,
            args.format,
            args.output,
            version=version,
            data_dir=data_dir(args.data_dir),
            signature_fields=args.signature_fields,
        )
    finally:
        source.close()
    from .fsutil import is_stdout

    where = " sur la sortie standard" if is_stdout(args.output) else f" : « {written or args.output} »"
    print(f"Document écrit{where}.", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The evaluation report of one period, from the working draft (follow-up data lives there)."""
    export_report = _lazy("charte_app.documents.report", "export_report", "Le bilan")
    source = _Source(args, args.source, (), draft=True)
    try:
        dossier = source.draft()
    finally:
        source.close()
    from .paths import data_dir

    written = export_report(dossier, args.period, args.format, args.output, data_dir=data_dir(args.data_dir))
    print(f"Bilan écrit : « {written} ».", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """One line per gap (blocking ones first) on stdout, a summary on stderr; exit 1 while one blocks."""
    from .documents.service import refuse_not_held
    from .domain.completeness import check

    source = _Source(args, args.source, () if args.version is None else (args.version,), draft=args.version is None)
    try:
        dossier = source.draft() if args.version is None else source.version(args.version).snapshot
    finally:
        source.close()
    if args.document is not None:
        refuse_not_held(args.document, dossier)  # the same refusal as export's, with what the dossier holds
    gaps = check(dossier, document=args.document, status=args.for_)
    for gap in gaps:
        print(gap.line())
    blocking = sum(1 for g in gaps if g.level == "blocking")
    warnings = len(gaps) - blocking
    word = "d'approuver" if args.for_ == "approved" else "de signer"
    if blocking:
        print(f"{blocking} point(s) à compléter avant {word} ; {warnings} avertissement(s).", file=sys.stderr)
        return 1
    print(f"Rien n'empêche {word} ces documents ; {warnings} avertissement(s).", file=sys.stderr)
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    compare = _lazy("charte_app.diff", "compare_dossiers", "La comparaison de versions")
    write = _lazy("charte_app.diff", "write_comparison", "La comparaison de versions")
    specs = [_version_number(args.from_), _version_number(args.to)]
    wanted = [n for n in specs if n is not None]
    source = _Source(args, args.source, wanted, draft=len(wanted) < len(specs))
    try:
        old, _old_version, old_label = source.pick(args.from_)
        new, _new_version, new_label = source.pick(args.to)
    finally:
        source.close()
    if args.document is not None:  # a document neither side holds: refused with the list of those they hold
        _lazy("charte_app.documents.service", "refuse_not_held", "La comparaison de versions")(args.document, old, new)
    comparison = compare(old, new, document=args.document)
    # « - »: the text printed as it is; a PDF or DOCX streamed to the standard output (fsutil).
    output = None if args.output == "-" and args.format == "text" else Path(args.output)
    write(comparison, args.format, output, old_label=old_label, new_label=new_label)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    verify_pdf = _lazy("charte_app.diff", "verify_pdf", "La vérification de PDF")
    service = _service(args)
    try:
        result = verify_pdf(args.file, service)
    finally:
        service.close()
    if result.proven:  # a cited fingerprint alone proves nothing: only a page-by-page match does
        print(result.message)
        return 0
    print(result.message, file=sys.stderr)
    return 1


def cmd_form(args: argparse.Namespace) -> int:
    from .exchange.forms import build_form, form_file_name
    from .fsutil import atomic_write

    source = _Source(args, args.source, (), draft=True)
    try:
        dossier = source.draft()
        revision = None if source.doc is not None else source.service.open_draft(dossier.id).revision
    finally:
        source.close()
    if not args.all:
        atomic_write(args.output, build_form(dossier, args.partner, period=args.period, revision=revision))
        print(f"Formulaire écrit : « {args.output} ».", file=sys.stderr)
        return 0
    args.output.mkdir(parents=True, exist_ok=True)
    for partner in dossier.partners:
        path = args.output / form_file_name(dossier, partner)
        atomic_write(path, build_form(dossier, partner.id, period=args.period, revision=revision))
        print(path)
    print(f"{len(dossier.partners)} formulaire(s) écrit(s) dans « {args.output} ».", file=sys.stderr)
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    from .exchange.collect import collect_file

    service = _service(args)
    try:
        collected, applied = collect_file(service, args.file, apply=args.apply)
    finally:
        service.close()
    lines = collected.lines()
    if lines:
        print("\n".join(line.replace("\r", " ").replace("\n", " ↵ ") for line in lines))
    who = f"{collected.partner_name} ({collected.form.partner_id})"
    counts = (
        f"{len(collected.proposals)} modification(s), {len(collected.conflicts)} conflit(s), "
        f"{len(collected.unreadable)} réponse(s) illisible(s)"
    )
    if applied:
        print(f"Réponses de {who} intégrées au brouillon : {counts}.", file=sys.stderr)
    elif args.apply:
        print(f"Rien à intégrer pour {who} : {counts}.", file=sys.stderr)
    else:
        print(f"Réponses de {who} : {counts}. Pour les intégrer : --apply.", file=sys.stderr)
    if collected.conflicts:
        print("Les conflits ne sont jamais intégrés d'office : tranchez-les dans l'application.", file=sys.stderr)
    return 0


def cmd_remarks(args: argparse.Namespace) -> int:
    from .exchange.remarks import read_remarks

    found = read_remarks(args.file)
    for group in found:
        print(group.heading)
        for remark in group.remarks:
            print(f"  {remark.line()}")
    total = sum(len(g.remarks) for g in found)
    print(f"{total} remarque(s) dans « {args.file.name} ».", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # Never through the service: the database may be too damaged to open.
    from .services import backups
    from .storage.backups import human_size

    if args.backup is None:
        found = backups.list_backups(args.data_dir, args.database_url)
        if not found:
            folder = backups.backups_folder(args.data_dir, args.database_url)
            print(f"Aucune sauvegarde dans « {folder} ».", file=sys.stderr)
            return 0
        for backup in found:
            kind = "quotidienne" if backup.kind == "quotidienne" else f"avant mise à jour (schéma {backup.revision})"
            size = human_size(backup.size)
            print(f"{backup.created:%d/%m/%Y %H:%M}\t{size}\t{kind}\t{backup.path}")
        print(
            "Pour en restaurer une : charte-app restore FICHIER (ou « latest » pour la plus récente).", file=sys.stderr
        )
        return 0
    restored = backups.restore_backup(args.backup, args.data_dir, args.database_url, take_over=args.take_over)
    print(restored.message(), file=sys.stderr)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "drafts": cmd_drafts,
    "list": cmd_list,
    "save": cmd_save,
    "version": cmd_version,
    "export": cmd_export,
    "check": cmd_check,
    "report": cmd_report,
    "compare": cmd_compare,
    "verify": cmd_verify,
    "form": cmd_form,
    "collect": cmd_collect,
    "remarks": cmd_remarks,
    "restore": cmd_restore,
}


def _log_file(args: argparse.Namespace) -> Path | None:
    """Log to ``<data dir>/charte-app.log``; the file is only created when something is logged."""
    try:
        from .logfile import rotating_log_handler
        from .paths import data_dir

        path = data_dir(args.data_dir) / LOG_FILE
        handler = rotating_log_handler(path, delay=True)
    except OSError:
        return None
    for previous in [h for h in log.handlers if getattr(h, "charte_cli", False)]:  # main() called again in-process
        log.removeHandler(previous)
        previous.close()
    handler.charte_cli = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if args.debug else logging.INFO)
    return path


def _protect_database(args: argparse.Namespace) -> None:
    """No output of this command may overwrite the database or a backup, even one the command never opens
    (``export FILE.charte --output <data dir>/charte-app.sqlite3``)."""
    from .fsutil import protect
    from .paths import data_dir
    from .storage.location import resolve_url, sqlite_path

    try:
        folder = data_dir(args.data_dir)
    except OSError:
        return  # the command that needs the data dir says why in French
    protect(database=sqlite_path(resolve_url(folder, args.database_url)), folder=folder)


#: Commands that only read and print: once they return, their output is written and closed, and
#: what is left is tearing the interpreter down (see :func:`_exit_at_once`).
_PRINTING = frozenset({"export", "compare"})


def main(argv: Sequence[str] | None = None, *, exit_at_once: bool = False) -> int:
    """Run one command; returns its exit code.

    ``exit_at_once`` (the installed commands, not a caller in the same process): after a command of
    ``_PRINTING``, the process ends here, without the interpreter's teardown.
    """
    args = build_parser().parse_args(argv)
    code = _run(args)
    try:  # what is still buffered: the reader may be gone by now (`charte-app list | head -1`)
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
    # Not under a profiler or a debugger: they report once the program returns (``python -m cProfile -o``).
    if exit_at_once and args.command in _PRINTING and sys.getprofile() is None and sys.gettrace() is None:
        _exit_at_once(code)
    return code


def _drop_stdout() -> None:
    """The reader of the standard output went away (`charte-app list | head -1`): it took what it
    wanted, so the command ends quietly (the usual Unix behaviour, exit status unchanged). The rest
    goes to the null device, so that no later flush (at exit) fails again with a message."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _exit_at_once(code: int) -> NoReturn:
    """End the process now, as a normal exit would but for the teardown.

    Freeing every module and the document's objects one by one, then a last collection of the PDF
    writer's cycles, takes about a tenth of a whole ``export`` process; the system takes the memory
    back at once. What an exit must still do is done first: the standard streams are flushed (a
    failure gives Python's own exit status, 120), and the exit handlers run (``logging`` closes the
    log file there).
    """
    import atexit
    import os

    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # the windowed launcher on Windows has no console
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            if stream is sys.stdout:
                _drop_stdout()
        except (OSError, ValueError):
            code = code or 120
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is not None:
        run_handlers()
    else:  # not CPython: at least the log file
        logging.shutdown()
    os._exit(code)


def _run(args: argparse.Namespace) -> int:
    log_path = _log_file(args)
    _protect_database(args)
    from .domain.problems import DossierRefused
    from .errors import UserError

    # A one-shot command allocates a lot (a 10 MB file decoded) and frees it all at exit: the
    # collector would only walk those objects again and again (a tenth of an export's time). The
    # application is long-lived and keeps it.
    collecting = gc.isenabled() and args.command not in (None, "open")
    if collecting:
        gc.disable()
    try:
        if args.command is None:
            return _run_app(args, None)
        if args.command == "open":
            return _run_app(args, args.file)
        return COMMANDS[args.command](args)
    except DossierRefused as exc:
        print(exc.french(), file=sys.stderr)
        return 1
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except _BrokenInstall as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of the output went away: it had what it wanted
        _drop_stdout()
        return 0
    except Exception:
        log.exception("unexpected error in command %r", args.command)
        where = f" Détails dans le journal : {log_path}" if log_path else ""
        print(f"charte-app : erreur inattendue.{where}", file=sys.stderr)
        if args.debug:
            import traceback

            traceback.print_exc()
        return 1
    finally:
        if collecting:  # main() may run inside a longer process (tests)
            gc.enable()


def main_gui(argv: Sequence[str] | None = None, *, exit_at_once: bool = False) -> int:
    """Entry point of the graphical launcher (no console): the same commands, the app by default.

    A bare file is opened, as ``open FILE`` would: what the desktop launcher (``charte-app-gui %f``), a
    double-click on a ``.charte`` file and Windows' file association (``"%1"``) pass.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-") and args[0] not in (*COMMANDS, "open"):
        args = ["open", *args]
    return main(args, exit_at_once=exit_at_once)


def console() -> int:
    """The installed ``charte-app`` command (and ``python -m charte_app``)."""
    return main(exit_at_once=True)


def console_gui() -> int:
    """The installed ``charte-app-gui`` launcher."""
    return main_gui(exit_at_once=True)


if __name__ == "__main__":
    sys.exit(console())
