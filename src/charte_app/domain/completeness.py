"""What each document of a dossier needs before its partners approve or sign it.

One check for every caller: the service refuses an ``approved`` or ``signed`` version while a document
it prints has a blocking gap (from the CLI, the GUI or an import), ``charte-app check`` prints the list,
and the wizard's « Ce qui manque encore » and the version dialog show it.

A *gap* is what a reader of the printed document would see as a blank (« … ») or a legal service would
send back: a missing value the document needs, a choice only the parties can make (whose initiative a
subsidy funds, how the money is paid, what a party's withdrawal means), a date that contradicts
another. Each names its document, its article as printed and the JSON path of the value to fill in.
Warnings (``level="warning"``) are shown and never block. Drafts and shared versions may hold gaps:
they print them as visible blanks.

The rules follow the templates: an article every document of a kind prints is *needed*, an article
that may be left out when it has nothing to say (communication, joining, a preamble) is *optional*,
and a final document leaves it out rather than print « … » (``documents.build.is_final``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .amendment import changed_articles
from .dates import not_a_date, typed_dates
from .funding import convention_years, funded_years, is_subsidy, recipient_id, subsidised_associations
from .held import CHARTER, held_documents
from .model import Contribution, Convention, Dossier
from .problems import DossierRefused, Problem, Severity, join
from .signatories import is_association_director, is_legal_representative, lacks_legal_personality
from .siret import iban_ok, siret_key_wrong

Level = Literal["blocking", "warning"]
#: Statuses a version cannot take while a document it prints has a blocking gap.
FINAL_STATUSES = ("approved", "signed")


@dataclass(frozen=True)
class Gap:
    """One thing a document needs: where it shows, what to do, and where the value lives."""

    document: str  # "charter" or a convention id
    document_title: str
    article: str  # the article as printed ("Gouvernance et suivi"), or the part of the page ("Parties")
    path: str  # JSON path of the value to fill in: dossier.conventions[0].governance
    message: str  # French: what is missing and why it matters
    level: Level = "blocking"

    def line(self) -> str:
        """One line for a terminal or a list: document – article : message (path)."""
        mark = "" if self.level == "blocking" else "avertissement – "
        return f"{mark}{self.document_title} – {self.article}\u00a0: {self.message} [{self.path}]"

    def problem(self) -> Problem:
        """The gap as a problem of the dossier, for the views that list problems by path."""
        severity: Severity = "error" if self.level == "blocking" else "warning"
        return Problem(self.path, f"{self.document_title} – {self.article}\u00a0: {self.message}", severity)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check(dossier: Dossier, *, document: str | None = None, status: str = "approved") -> list[Gap]:
    """Every gap of the documents the dossier prints (or of ``document`` alone), blocking ones first.

    ``status`` is the status asked for: a SIRET or IBAN whose check digit is wrong blocks ``signed``
    and is a warning otherwise (a typo is still possible to fix before the signature)."""
    gaps: list[Gap] = []
    wanted = held_documents(dossier) if document is None else [document]
    for doc in wanted:
        if doc == CHARTER:
            gaps += _Charter(dossier).gaps()
            gaps += _signatories(dossier, CHARTER, _charter_title(dossier), _charter_signatories(dossier), status)
        else:
            index = next((i for i, c in enumerate(dossier.conventions) if c.id == doc), None)
            if index is None:
                continue
            conv = dossier.conventions[index]
            gaps += _Convention(dossier, conv, index).gaps()
            title = _convention_title(conv)
            gaps += _signatories(dossier, conv.id, title, conv.parties, status)
    gaps += _typed_dates(dossier, wanted)
    return sorted(gaps, key=lambda g: g.level != "blocking")


def _typed_dates(dossier: Dossier, wanted: list[str]) -> list[Gap]:
    """A date field holding typed text that is not a date: the document would print no date there."""
    gaps = []
    for path, text in typed_dates(dossier):
        if path.startswith("dossier.charter."):
            if CHARTER in wanted:
                gaps.append(Gap(CHARTER, _charter_title(dossier), "Date", path, not_a_date(text)))
            continue
        index = int(path.removeprefix("dossier.conventions[").split("]", 1)[0])
        conv = dossier.conventions[index]
        if conv.id in wanted:
            gaps.append(Gap(conv.id, _convention_title(conv), "Date", path, not_a_date(text)))
    return gaps


def blocking(gaps: list[Gap]) -> list[Gap]:
    return [g for g in gaps if g.level == "blocking"]


class NotReady(DossierRefused):
    """A version that cannot become approved or signed: the gaps say what is left, by document and article."""

    def __init__(self, gaps: list[Gap], status: str) -> None:
        self.gaps = gaps
        word = "approuvée" if status == "approved" else "signée"
        super().__init__(
            [g.problem() for g in gaps],
            f"La version ne peut pas être {word} : ses documents ont encore {len(gaps)} point(s) à compléter.",
        )

    def french(self) -> str:
        return "\n".join([self.summary, *(f"- {g.line()}" for g in self.gaps)])


def refuse_incomplete(dossier: Dossier, status: str) -> None:
    """Raise :class:`NotReady` when ``status`` is approved or signed and a document has a blocking gap."""
    if status not in FINAL_STATUSES:
        return
    gaps = blocking(check(dossier, status=status))
    if gaps:
        raise NotReady(gaps, status)


# -- the charter ---------------------------------------------------------------------------------


def _charter_title(dossier: Dossier) -> str:
    return f"Charte « {dossier.charter.title.strip() or 'sans titre'} »"


def _charter_signatories(dossier: Dossier) -> list[str]:
    return dossier.charter.signature.signatories or [p.id for p in dossier.partners]


class _Charter:
    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.charter = dossier.charter
        self.title = _charter_title(dossier)
        self.out: list[Gap] = []

    def need(self, value: object, article: str, path: str, message: str) -> None:
        if _blank(value) or value == []:
            self.out.append(Gap(CHARTER, self.title, article, f"dossier.charter.{path}", message))

    def gaps(self) -> list[Gap]:
        ch, need = self.charter, self.need
        need(ch.title, "Titre", "title", "la charte n'a pas de titre.")
        need(ch.preamble, "Préambule", "preamble", "le préambule (contexte, diagnostic, cadre) est vide.")
        article = "Diagnostic partagé et but commun"
        for key, what in (("diagnosis", "le diagnostic partagé"), ("common_goal", "le but commun")):
            if _blank(getattr(self.dossier, key)):
                self.out.append(Gap(CHARTER, self.title, article, f"dossier.{key}", f"{what} n'est pas rédigé."))
        need(ch.values, "Valeurs et principes partagés", "values", "aucune valeur partagée n'est énoncée.")
        need(ch.rules, "Règles communes", "rules", "aucune règle commune n'est énoncée.")
        for i, rule in enumerate(ch.rules):
            need(rule.text, "Règles communes", f"rules[{i}].text", f"la règle « {rule.title} » n'a pas de texte.")
        need(ch.objectives, "Objectifs et indicateurs de suivi", "objectives", "aucun objectif n'est fixé.")
        for i, objective in enumerate(ch.objectives):
            for j, indicator in enumerate(objective.indicators):
                for key, what in (
                    ("baseline", "sa situation de départ"),
                    ("target", "sa cible"),
                    ("source", "sa source"),
                    ("frequency", "sa fréquence de mesure"),
                ):
                    need(
                        getattr(indicator, key),
                        "Objectifs et indicateurs de suivi",
                        f"objectives[{i}].indicators[{j}].{key}",
                        f"il manque à l'indicateur « {indicator.name} » {what}.",
                    )
        article = "Intérêt et engagements des partenaires"
        need(ch.commitments, article, "commitments", "aucun partenaire ne prend d'engagement.")
        committed = {k.partner for k in ch.commitments}
        for pid in _charter_signatories(self.dossier):
            partner = self.dossier.partner(pid)
            if partner is not None and _blank(partner.interest):
                self.out.append(
                    Gap(
                        CHARTER,
                        self.title,
                        article,
                        f"{_partner_path(self.dossier, pid)}.interest",
                        f"{partner.label} ne dit pas ce qu'il gagne à participer (la charte le laisse de côté).",
                        "warning",
                    )
                )
            if partner is not None and ch.commitments and pid not in committed:
                self.out.append(
                    Gap(
                        CHARTER,
                        self.title,
                        article,
                        "dossier.charter.commitments",
                        f"{partner.label} signe la charte sans y prendre d'engagement.",
                        "warning",
                    )
                )
        self._governance()
        need(ch.evaluation, "Évaluation", "evaluation", "les modalités d'évaluation ne sont pas décrites.")
        article = "Durée et révision"
        need(ch.duration.start, article, "duration.start", "la date de prise d'effet manque.")
        need(ch.duration.months, article, "duration.months", "la durée (en mois) manque.")
        need(ch.signature.place, "Signatures", "signature.place", "le lieu de signature (« Fait à … ») manque.")
        return self.out

    def _governance(self) -> None:
        gov = self.charter.governance
        article = "Gouvernance et suivi"
        if not gov.bodies and _blank(gov.coordinator_role):
            self.need(None, article, "governance", "aucune instance de pilotage ni coordination n'est décrite.")
        for i, body in enumerate(gov.bodies):
            self.need(body.members, article, f"governance.bodies[{i}].members", f"« {body.name} » n'a pas de membres.")
            self.need(body.meets, article, f"governance.bodies[{i}].meets", f"le rythme de « {body.name} » manque.")


# -- conventions and avenants -----------------------------------------------------------------------


def _convention_title(conv: Convention) -> str:
    if conv.kind == "amendment":
        number = conv.amends.number if conv.amends and conv.amends.number else "…"
        return f"Avenant n°\u00a0{number} ({conv.id})"
    return f"« {conv.title.strip() or conv.id} »"


class _Convention:
    def __init__(self, dossier: Dossier, conv: Convention, index: int) -> None:
        self.dossier = dossier
        self.conv = conv
        self.path = f"dossier.conventions[{index}]"
        self.title = _convention_title(conv)
        self.out: list[Gap] = []
        self._banked: set[str] = set()

    def add(self, article: str, key: str, message: str, level: Level = "blocking") -> None:
        self.out.append(
            Gap(self.conv.id, self.title, article, join(self.path, key) if key else self.path, message, level)
        )

    def need(self, value: object, article: str, key: str, message: str) -> None:
        if _blank(value) or value == []:
            self.add(article, key, message)

    def gaps(self) -> list[Gap]:
        conv, need = self.conv, self.need
        amendment = conv.kind == "amendment"
        need(conv.title, "Titre", "title", "la convention n'a pas de titre.")
        if len(conv.parties) < 2:
            self.add("Parties", "parties", "une convention engage au moins deux parties.")
        self._parties()
        need(conv.object, "Objet", "object", "l'objet n'est pas rédigé.")
        if amendment:
            self._amendment()
        else:
            need(conv.start, "Durée et entrée en vigueur", "start", "la date de prise d'effet manque.")
            need(conv.end, "Durée et entrée en vigueur", "end", "la date de fin manque.")
            need(conv.commitments, "Engagements des parties", "commitments", "aucune partie ne prend d'engagement.")
            need(conv.governance, "Gouvernance et suivi", "governance", "le suivi (comité, bilans) n'est pas décrit.")
            need(conv.evaluation, "Évaluation", "evaluation", "les modalités d'évaluation ne sont pas décrites.")
            need(conv.termination.notice_months, "Résiliation", "termination.notice_months", "le préavis manque.")
            need(conv.disputes.court, "Règlement des litiges", "disputes.court", "la juridiction compétente manque.")
            if len(conv.parties) >= 3 and conv.withdrawal is None:
                self.add(
                    "Résiliation",
                    "withdrawal",
                    "convention à plusieurs parties : dites si, quand une partie se retire, la convention continue "
                    "entre les autres ou prend fin pour toutes.",
                )
        self._indicators()
        self._contributions()
        if is_subsidy(self.dossier, conv) and not amendment:
            self._subsidy()
        need(conv.signature.place, "Signatures", "signature.place", "le lieu de signature (« Fait à … ») manque.")
        return self.out

    def _parties(self) -> None:
        named: dict[str, str] = {}
        for pid in self.conv.parties:
            partner = self.dossier.partner(pid)
            if partner is None:
                continue
            designation = " ".join(partner.label.lower().split())
            if designation in named and named[designation] != pid:
                self.add(
                    f"Parties ({partner.label})",
                    "parties",
                    f"deux parties seraient « ci-après dénommées » « {partner.label} » : donnez à chacune un nom court "
                    "qui la désigne seule.",
                )
            named.setdefault(designation, pid)
        for pid in self.conv.parties:
            partner = self.dossier.partner(pid)
            if partner is None:
                continue
            ppath = _partner_path(self.dossier, pid)
            where = f"Parties ({partner.label})"
            for key, what in (
                ("address", "l'adresse du siège"),
                ("representative.name", "le nom du signataire"),
                ("representative.function", "la fonction du signataire"),
                ("authority", "l'acte qui habilite le signataire (délibération, délégation)"),
            ):
                value: object = partner
                for part in key.split("."):
                    value = getattr(value, part)
                if _blank(value):
                    self.out.append(Gap(self.conv.id, self.title, where, f"{ppath}.{key}", f"{what} manque."))

    def _indicators(self) -> None:
        known = {
            ind.id: (i, j, ind)
            for i, o in enumerate(self.dossier.charter.objectives)
            for j, ind in enumerate(o.indicators)
        }
        for ind_id in self.conv.indicators:
            if ind_id not in known:
                continue
            i, j, ind = known[ind_id]
            for key, what in (
                ("baseline", "sa situation de départ"),
                ("target", "sa cible"),
                ("source", "sa source"),
                ("frequency", "sa fréquence"),
            ):
                if _blank(getattr(ind, key)):
                    path = f"dossier.charter.objectives[{i}].indicators[{j}].{key}"
                    self.out.append(
                        Gap(
                            self.conv.id,
                            self.title,
                            "Évaluation",
                            path,
                            f"il manque à l'indicateur « {ind.name} » {what}.",
                        )
                    )

    def _contributions(self) -> None:
        conv = self.conv
        for i, c in enumerate(conv.contributions):
            cpath = f"contributions[{i}]"
            label = f"« {c.description.strip() or c.id} »"
            if c.kind == "financial":
                self._financial(c, cpath, label)
            elif c.kind == "staff":
                self.need(c.fte, "Moyens", f"{cpath}.fte", f"le temps de travail (ETP) de {label} manque.")
            elif c.kind == "premises":
                self.need(c.recipient, "Moyens", f"{cpath}.recipient", f"les locaux {label} n'ont pas de bénéficiaire.")
                self.need(
                    c.conditions,
                    "Moyens",
                    f"{cpath}.conditions",
                    f"les conditions et la durée d'occupation de {label} manquent.",
                )
        years = convention_years(conv)
        if len(years) > 1 and any(c.kind == "financial" for c in conv.contributions):
            missing = [y for y in years if y not in funded_years(conv)]
            if missing:
                self.add(
                    "Moyens",
                    "contributions",
                    "la convention court sur "
                    + ", ".join(str(y) for y in years)
                    + " ; aucune contribution financière ne couvre "
                    + ", ".join(str(y) for y in missing)
                    + " (montant de chaque année, ou « chaque année de la convention »).",
                    "warning",
                )

    def _financial(self, c: Contribution, cpath: str, label: str) -> None:
        article = "Moyens financiers et modalités de versement"
        self.need(c.amount, article, f"{cpath}.amount", f"le montant de {label} manque.")
        if not c.every_year:
            self.need(
                c.year,
                article,
                f"{cpath}.year",
                f"l'exercice de {label} manque (ou « chaque année de la convention »).",
            )
        elif not convention_years(self.conv):
            self.add(article, "start", f"{label} est due chaque année : il faut les dates de début et de fin.")
        self.need(c.budget_line, article, f"{cpath}.budget_line", f"l'imputation budgétaire de {label} manque.")
        receiver = recipient_id(self.conv, c, self.dossier.partner)
        if receiver is None:
            self.add(article, f"{cpath}.recipient", f"on ne sait pas à qui {label} est versée (« Versée à »).")
        elif (partner := self.dossier.partner(receiver)) is not None and receiver not in self._banked:
            self._banked.add(receiver)  # one line per account, however many contributions it receives
            bank = partner.bank_details
            for key, what in (("iban", "l'IBAN"), ("bic", "le BIC")):
                if bank is None or _blank(getattr(bank, key)):
                    path = f"{_partner_path(self.dossier, receiver)}.bank_details.{key}"
                    self.out.append(
                        Gap(self.conv.id, self.title, article, path, f"{what} du compte de {partner.label} manque.")
                    )
        if not c.schedule:
            if c.payment_terms is None:
                self.add(
                    article,
                    f"{cpath}.payment_terms",
                    f"les modalités de versement de {label} ne sont pas choisies (à la signature, avance et solde "
                    "sur compte rendu financier, échéancier…) : aucune n'est imprimée à votre place.",
                )
            elif c.payment_terms == "advance_and_balance" and c.advance_percent is None:
                self.add(article, f"{cpath}.advance_percent", f"le pourcentage de l'avance de {label} manque.")
            if c.every_year and c.payment_terms in ("on_signature", "advance_and_balance"):
                if len(convention_years(self.conv)) > 1:
                    self.add(
                        article,
                        f"{cpath}.schedule",
                        f"{label} est due chaque année : « à la signature » ne date que la première ; donnez un "
                        "échéancier (une échéance par année) ou un versement sur compte rendu financier.",
                    )
        else:
            for k, payment in enumerate(c.schedule):
                self.need(
                    payment.due, article, f"{cpath}.schedule[{k}].due", f"une échéance de {label} n'a pas de date."
                )

    def _subsidy(self) -> None:
        conv = self.conv
        associations = subsidised_associations(self.dossier, conv)
        if associations:
            if conv.initiative is None:
                self.add(
                    "Préambule",
                    "initiative",
                    "dites de qui vient le projet subventionné : de l'association (le considérant « à sa propre "
                    "initiative » est alors imprimé) ou de la personne publique. Ce choix est une position "
                    "juridique : c'est lui qui distingue une subvention d'un marché public.",
                )
            elif conv.initiative == "public_partner":
                self.add(
                    "Préambule",
                    "initiative",
                    "le projet est à l'initiative de la personne publique : si elle définit le besoin et commande "
                    "le service en contrepartie d'un paiement, c'est un marché public, et une convention de "
                    "subvention n'est pas le bon instrument (risque de requalification).",
                    "warning",
                )
        auth = conv.authorisation
        if auth is None:
            self.add(
                "Visas",
                "authorisation",
                "la décision qui accorde la subvention (instance, date, référence) n'est pas citée.",
            )
        else:
            for key, what in (("body", "l'instance"), ("date", "la date"), ("reference", "la référence")):
                if _blank(getattr(auth, key)):
                    self.add("Visas", f"authorisation.{key}", f"la décision qui accorde la subvention : {what} manque.")
        titles = " ".join(a.title.lower() for a in conv.annexes)
        if associations and not ("projet" in titles and "budget" in titles):
            self.add(
                "Pièces annexes",
                "annexes",
                "le projet subventionné et son budget prévisionnel sont d'ordinaire annexés à la convention.",
                "warning",
            )

    def _amendment(self) -> None:
        conv = self.conv
        amends = conv.amends
        original = self.dossier.convention(amends.convention) if amends and amends.convention else None
        self.need(amends.number if amends else None, "Titre", "amends.number", "le numéro de l'avenant manque.")
        signed_on = amends.signed_on if amends else None
        self.need(signed_on, "Titre", "amends.signed_on", "la date de signature de la convention modifiée manque.")
        auth = conv.authorisation
        if auth is None:
            self.add("Visas", "authorisation", "la décision qui autorise la signature de l'avenant n'est pas citée.")
        else:
            for key, what in (("body", "l'instance"), ("date", "la date"), ("reference", "la référence")):
                if _blank(getattr(auth, key)):
                    self.add("Visas", f"authorisation.{key}", f"la décision qui autorise l'avenant : {what} manque.")
        if conv.start is not None and signed_on is not None and conv.start < signed_on and _blank(conv.retroactivity):
            self.add(
                "Prise d'effet",
                "retroactivity",
                f"l'avenant prendrait effet le {conv.start.isoformat()}, avant la signature de la convention qu'il "
                f"modifie ({signed_on.isoformat()}) : un effet rétroactif doit être justifié, sinon changez la date.",
            )
        if original is not None and not changed_articles(original, conv) and not conv.extra_articles:
            self.add("Objet", "", "l'avenant ne modifie aucun article de la convention : rien à signer.")


# -- signatories (every document) ----------------------------------------------------------------------


def _partner_path(dossier: Dossier, pid: str) -> str:
    index = next((i for i, p in enumerate(dossier.partners) if p.id == pid), 0)
    return f"dossier.partners[{index}]"


def _signatories(dossier: Dossier, document: str, title: str, ids: list[str], status: str) -> Iterator[Gap]:
    for pid in ids:
        partner = dossier.partner(pid)
        if partner is None:
            continue
        ppath = _partner_path(dossier, pid)
        where = f"Signatures ({partner.label})"
        rep = partner.representative
        if document == CHARTER:
            for key, what in (("name", "le nom du signataire"), ("function", "la fonction du signataire")):
                if _blank(getattr(rep, key)):
                    yield Gap(document, title, where, f"{ppath}.representative.{key}", f"{what} manque.")
        if not _blank(rep.function) and not is_legal_representative(partner) and _blank(rep.delegation):
            yield Gap(
                document,
                title,
                where,
                f"{ppath}.representative.delegation",
                f"« {rep.function} » ne représente pas {partner.name} de plein droit : citez la délégation de "
                "signature (arrêté, décision, statuts).",
                "warning",
            )
        if is_association_director(partner) and "délibération" in (partner.authority or "").lower():
            yield Gap(
                document,
                title,
                where,
                f"{ppath}.authority",
                "le directeur d'une association signe par délégation de son président (statuts ou décision du "
                "conseil d'administration), non « par délibération ».",
                "warning",
            )
        if lacks_legal_personality(partner) and _blank(partner.legal_person):
            yield Gap(
                document,
                title,
                where,
                f"{ppath}.legal_person",
                f"{partner.name} n'a pas la personnalité morale : c'est la personne morale dont il relève "
                "(hôpital, DASEN, Département, commune) qui signe pour lui ; indiquez-la.",
                "warning",
            )
        level: Level = "blocking" if status == "signed" else "warning"
        if partner.siret:
            if siret_key_wrong(partner.siret):
                yield Gap(
                    document,
                    title,
                    where,
                    f"{ppath}.siret",
                    "la clé de contrôle du SIRET est fausse : vérifiez le numéro.",
                    level,
                )
        bank = partner.bank_details
        if bank is not None and bank.iban and not iban_ok(bank.iban):
            yield Gap(
                document,
                title,
                where,
                f"{ppath}.bank_details.iban",
                "l'IBAN n'est pas valide : vérifiez le numéro.",
                level,
            )
