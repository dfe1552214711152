"""Generated dossiers for tests and benchmarks.

:func:`large_dossier_file` builds a big, realistic and *valid* French dossier
(partners, a long charter, a multi-party convention with financial, staff and
premises contributions, and a history of versions that each differ a little
from the previous one). :func:`small_dossier` builds a minimal valid dossier.
Everything is deterministic for a given seed, so figures and fixtures are
reproducible.
"""

from __future__ import annotations

import copy
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from .domain import fingerprint
from .domain.model import (
    Annex,
    Approval,
    AuthorisingDecision,
    BankDetails,
    Body,
    Charter,
    CharterCommitment,
    CharterDuration,
    CharterSignature,
    Contribution,
    Convention,
    ConventionCommitment,
    ConventionSignature,
    Coordinator,
    Disputes,
    Dossier,
    DossierFile,
    GlossaryEntry,
    Governance,
    Indicator,
    Objective,
    Partner,
    Payment,
    Person,
    Renewal,
    Representative,
    Rule,
    Termination,
    Value,
    Version,
)

_PARIS = timezone(timedelta(hours=2))

_TOWNS = ["Reims", "Épernay", "Châlons-en-Champagne", "Vitry-le-François", "Sézanne", "Troyes", "Charleville-Mézières"]
_FIRST = ["Amélie", "Paul", "Sophie", "Nadia", "Jean", "Claire", "Karim", "Lucie", "Thomas", "Inès", "Marc", "Fatou"]
_LAST = ["Martin", "Girard", "Lambert", "Benali", "Moreau", "Roux", "Petit", "Diallo", "Fournier", "Nguyen", "Robert"]
_KINDS: list[tuple[str, str, str]] = [
    ("local_authority", "Ville de {town}", "la Ville"),
    ("department", "Département de la Marne", "le Département"),
    ("national_education", "Direction des services départementaux de l'Éducation nationale", "l'Éducation nationale"),
    ("family_allowance_fund", "Caisse d'allocations familiales", "la CAF"),
    ("health", "Centre médico-psychologique de {town}", "le CMP"),
    ("association", "Association {assoc}", "l'Association"),
    ("public_body", "Centre communal d'action sociale de {town}", "le CCAS"),
    ("state_service", "Préfecture – délégation à la politique de la ville", "l'État"),
]
_ASSOCS = ["Familles en mouvement", "Sport pour tous", "Lire et grandir", "Prévention Marne", "Culture du Cœur"]
_FIELDS = [
    "soutien à la parentalité",
    "accompagnement à la scolarité",
    "prévention spécialisée",
    "protection maternelle et infantile",
    "santé scolaire",
    "accueils périscolaires",
    "médiation école-familles",
    "activités sportives et culturelles",
    "aide sociale à l'enfance",
    "insertion des jeunes",
]
_VERBS = [
    "désigner un référent chargé de",
    "participer chaque trimestre aux réunions consacrées à",
    "mobiliser ses professionnels pour",
    "informer sans délai la coordination de tout élément utile à",
    "contribuer, dans la limite de ses compétences, à",
    "proposer aux familles suivies des actions favorisant",
    "rendre compte chaque année au comité de pilotage de",
]
_OBJECTS = [
    "la continuité des parcours éducatifs des enfants accompagnés",
    "le repérage précoce des fragilités dès l'école maternelle",
    "l'association des parents aux décisions qui concernent leurs enfants",
    "l'accès effectif aux dispositifs de droit commun",
    "la prévention du décrochage scolaire au passage en sixième",
    "le partage d'informations strictement nécessaire, avec l'accord des familles",
    "l'évaluation partagée des actions au regard des indicateurs de la charte",
]
_SENTENCES = [
    "Les partenaires constatent des ruptures de parcours au passage de l'école au collège.",
    "Les informations circulent mal entre institutions et les familles connaissent peu les dispositifs.",
    "Les délais de prise en charge restent longs, en particulier pour les bilans de santé.",
    "Chaque signataire reconnaît la compétence des autres et les limites de la sienne.",
    "Les actions bénéficient en priorité aux enfants les plus éloignés du droit commun.",
    "La coordination du Programme de Réussite Éducative anime la coopération et peut solliciter chaque partenaire.",
    "Les décisions sont prises par consensus ; à défaut, la coordination propose un arbitrage.",
    "Toute information partagée l'est dans le respect de l'article L. 121-6-2 du code de l'action sociale et des familles.",
]


def _sentences(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(_SENTENCES) for _ in range(count))


def _paragraphs(rng: random.Random, count: int, per: int = 3) -> str:
    return "\n\n".join(_sentences(rng, per) for _ in range(count))


def _commitment_text(rng: random.Random) -> str:
    head = f"S'engage à {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    tail = _sentences(rng, rng.randint(1, 3))
    return f"{head}. {tail}"


def _siret(rng: random.Random) -> str:
    """A 14-digit SIRET as INSEE makes them: a SIREN with its Luhn key, then an establishment number (NIC)
    whose last digit makes the whole 14 digits pass Luhn too (what python-stdnum checks)."""
    from stdnum import luhn

    siren = "".join(str(rng.randint(0, 9)) for _ in range(8))
    siren += luhn.calc_check_digit(siren)
    nic = "".join(str(rng.randint(0, 9)) for _ in range(4))
    return siren + nic + luhn.calc_check_digit(siren + nic)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _iban(index: int) -> str:
    """A French IBAN whose check digits are right (ISO 13616 mod 97), the same for the same index."""
    bban = f"30004{index:05d}{index:011d}{(97 - (index * 7) % 97):02d}"
    digits = "".join(str(int(c, 36)) for c in bban + "FR00")
    check = 98 - int(digits) % 97
    compact = f"FR{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _partners(rng: random.Random, count: int) -> list[Partner]:
    partners = []
    for i in range(count):
        kind, name, short = _KINDS[i % len(_KINDS)]
        town = _TOWNS[i % len(_TOWNS)]
        full = name.format(town=town, assoc=rng.choice(_ASSOCS)) + (f" – antenne {i}" if i >= len(_KINDS) else "")
        partners.append(
            Partner(
                id=f"p{i:03d}",
                name=full,
                kind=kind,  # type: ignore[arg-type]
                # Each party has its own « ci-après dénommé(e) »: the antennas are told apart.
                short_name=short if i < len(_KINDS) else f"{short} {i}",
                address=f"{rng.randint(1, 120)} rue {rng.choice(_LAST)}, 51100 {town}",
                siret=_siret(rng),
                representative=Representative(
                    civility=rng.choice(["M.", "Mme"]),
                    name=_person(rng),
                    function=rng.choice(["Maire", "Président", "Directrice", "Inspecteur d'académie", "Présidente"]),
                ),
                authority=f"par délibération en date du {rng.randint(1, 28)} mars 2026",
                contact=Person(name=_person(rng), email=f"contact{i}@example.org", phone="03 26 00 00 00"),
                fields_of_action=rng.sample(_FIELDS, 3),
                interest=_sentences(rng, 2),
                bank_details=BankDetails(iban=_iban(i), bic="BNPAFRPPXXX", bank="BNP Paribas"),
            )
        )
    return partners


def _charter(rng: random.Random, partners: list[Partner], commitments: int) -> Charter:
    objectives = [
        Objective(
            id=f"o{i}",
            title=f"Objectif {i + 1} : {_OBJECTS[i % len(_OBJECTS)]}",
            description=_sentences(rng, 2),
            indicators=[
                Indicator(
                    id=f"i{i}-{j}",
                    name=f"Indicateur {j + 1} de l'objectif {i + 1}",
                    baseline=f"{rng.randint(10, 60)} %",
                    target=f"{rng.randint(61, 95)} %",
                    source="Tableau de bord PRE",
                    frequency=rng.choice(["trimestrielle", "annuelle"]),
                )
                for j in range(3)
            ],
        )
        for i in range(12)
    ]
    pids = [p.id for p in partners]
    return Charter(
        title="Charte de coopération des acteurs de la réussite éducative",
        preamble=_paragraphs(rng, 4),
        legal_basis=[
            "Loi n° 2005-32 du 18 janvier 2005 de programmation pour la cohésion sociale, article 128",
            "Article L. 121-6-2 du code de l'action sociale et des familles",
        ],
        values=[
            Value(id=f"v{i}", title=t, description=_sentences(rng, 2))
            for i, t in enumerate(
                ["Confiance", "Respect des familles", "Équité territoriale", "Bienveillance", "Coopération"]
            )
        ],
        rules=[
            Rule(id=f"r{i}", title=title, text=_sentences(rng, 3), topic=topic)  # type: ignore[arg-type]
            for i, (title, topic) in enumerate(
                [
                    ("Partage d'informations", "information_sharing"),
                    ("Confidentialité", "confidentiality"),
                    ("Éthique professionnelle", "ethics"),
                    ("Prise de décision", "decision_making"),
                    ("Fonctionnement", "operation"),
                ]
            )
        ],
        objectives=objectives,
        commitments=[
            CharterCommitment(
                id=f"c{i}",
                partner=pids[i % len(pids)],
                text=_commitment_text(rng),
                objectives=[f"o{rng.randrange(len(objectives))}"],
            )
            for i in range(commitments)
        ],
        glossary=[
            GlossaryEntry(term="Parcours", definition="Ensemble coordonné des actions proposées à un enfant."),
            GlossaryEntry(term="Référent de parcours", definition="Professionnel garant de la cohérence du parcours."),
        ],
        governance=Governance(
            bodies=[
                Body(
                    id="copil",
                    name="Comité de pilotage",
                    role=_sentences(rng, 1),
                    members=pids,
                    meets="trois fois par an",
                ),
                Body(
                    id="cotech",
                    name="Comité technique",
                    role=_sentences(rng, 1),
                    members=pids[:10],
                    meets="chaque mois",
                ),
            ],
            coordinator_role=_sentences(rng, 2),
        ),
        communication=_sentences(rng, 2),
        evaluation=_sentences(rng, 2),
        joining="Tout nouvel acteur peut adhérer à la charte après avis du comité de pilotage.",
        duration=CharterDuration(start=date(2026, 9, 1), months=36, review="Revue annuelle au vu de l'évaluation."),
        signature=CharterSignature(place="Reims", date=None, signatories=pids),
    )


def _schedule(rng: random.Random, amount: Decimal, year: int) -> list[Payment]:
    """Two or three payments summing exactly to ``amount``."""
    parts = rng.randint(2, 3)
    advance = (amount * Decimal("0.6")).quantize(Decimal("0.01"))
    if parts == 2:
        amounts = [advance, amount - advance]
    else:
        middle = (amount * Decimal("0.2")).quantize(Decimal("0.01"))
        amounts = [advance, middle, amount - advance - middle]
    conditions = ["à la signature de la convention", "au vu du bilan intermédiaire", "sur production du bilan annuel"]
    return [
        Payment(due=date(year, 10, 15) + timedelta(days=120 * k), amount=a, condition=conditions[k])
        for k, a in enumerate(amounts)
    ]


def _convention(rng: random.Random, partners: list[Partner], parties: int, indicators: list[str]) -> Convention:
    party_ids = [p.id for p in partners[:parties]]
    # Every party funds the association that carries the action (or the first other party): a convention
    # whose approved versions say who receives what (no random draw here: the samples stay the same).
    carrier = next((p.id for p in partners[:parties] if p.kind == "association"), party_ids[0])

    def receiver(pid: str) -> str:
        return carrier if pid != carrier else next(other for other in party_ids if other != pid)

    contributions: list[Contribution] = []
    for i, pid in enumerate(party_ids):
        amount = Decimal(rng.randint(1000, 60000)) + Decimal(rng.randint(0, 99)) / 100
        contributions.append(
            Contribution(
                id=f"f{i}",
                partner=pid,
                kind="financial",
                description="Subvention de fonctionnement au titre du Programme de Réussite Éducative",
                amount=amount.quantize(Decimal("0.01")),
                year=2026,
                budget_line=f"65-657{i % 10}",
                schedule=_schedule(rng, amount.quantize(Decimal("0.01")), 2026),
                recipient=receiver(pid),
            )
        )
        if i % 3 == 0:
            contributions.append(
                Contribution(
                    id=f"s{i}",
                    partner=pid,
                    kind="staff",
                    description="Mise à disposition d'un éducateur spécialisé",
                    fte=Decimal(rng.choice(["0.2", "0.5", "0.8", "1"])),
                )
            )
        if i % 4 == 1:
            contributions.append(
                Contribution(
                    id=f"l{i}",
                    partner=pid,
                    kind="premises",
                    description=f"Mise à disposition gracieuse d'une salle à {rng.choice(_TOWNS)}, le mercredi matin",
                    recipient=receiver(pid),
                    conditions="À titre gratuit, le mercredi matin, pour la durée de la convention.",
                )
            )
    return Convention(
        id="conv-cadre",
        title="Convention cadre de partenariat pour la réussite éducative 2026-2029",
        kind="framework",
        parties=party_ids,
        legal_basis=[
            "Vu le code général des collectivités territoriales",
            "Vu la loi n° 2000-321 du 12 avril 2000, notamment son article 10",
        ],
        preamble=_paragraphs(rng, 3),
        object="La présente convention a pour objet de définir les engagements et les moyens mis en commun par les parties.",
        start=date(2026, 9, 1),
        end=date(2029, 8, 31),
        renewal=Renewal(tacit=False, max_renewals=1),
        commitments=[
            ConventionCommitment(id=f"k{i}", partner=pid, text=_commitment_text(rng)) for i, pid in enumerate(party_ids)
        ],
        contributions=contributions,
        governance=_sentences(rng, 2),
        evaluation=_sentences(rng, 2),
        indicators=indicators[:5],
        data_protection=_sentences(rng, 2),
        insurance="Chaque partie déclare être assurée pour les activités prévues par la présente convention.",
        communication=_sentences(rng, 1),
        amendment_clause="Toute modification fait l'objet d'un avenant signé par l'ensemble des parties.",
        termination=Termination(notice_months=3, text="Résiliation par lettre recommandée avec accusé de réception."),
        disputes=Disputes(court="Tribunal administratif de Châlons-en-Champagne", amicable_first=True),
        annexes=[Annex(id="a1", title="Tableau des contributions", table="contributions")],
        originals=parties,
        signature=ConventionSignature(place="Reims", date=None),
        initiative="beneficiary",
        authorisation=AuthorisingDecision(
            body="le conseil municipal de Reims", date=date(2026, 3, 9), reference="délibération n° 2026-45"
        ),
        withdrawal="others_continue" if len(party_ids) >= 3 else None,
    )


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _evolve(rng: random.Random, dossier: Dossier, step: int) -> None:
    """Edit the dossier in place as a working session would: texts, items, order, amounts."""
    charter = dossier.charter
    pids = [p.id for p in dossier.partners]
    for _ in range(rng.randint(3, 8)):
        com = rng.choice(charter.commitments)
        com.text = _commitment_text(rng)
    if rng.random() < 0.6:
        charter.commitments.append(
            CharterCommitment(
                id=f"c-v{step}-{rng.randint(0, 999)}",
                partner=rng.choice(pids),
                text=_commitment_text(rng),
                objectives=[rng.choice(charter.objectives).id],
            )
        )
    if rng.random() < 0.4 and len(charter.commitments) > 10:
        del charter.commitments[rng.randrange(len(charter.commitments))]
    if rng.random() < 0.3:
        i, j = rng.randrange(len(charter.commitments)), rng.randrange(len(charter.commitments))
        charter.commitments[i], charter.commitments[j] = charter.commitments[j], charter.commitments[i]
    if rng.random() < 0.5:
        charter.preamble = _paragraphs(rng, 4)
    for conv in dossier.conventions:
        financial = [c for c in conv.contributions if c.kind == "financial"]
        for contrib in rng.sample(financial, min(3, len(financial))):
            amount = (Decimal(rng.randint(1000, 60000)) + Decimal(rng.randint(0, 99)) / 100).quantize(Decimal("0.01"))
            contrib.amount = amount
            contrib.schedule = _schedule(rng, amount, contrib.year or 2026)
        if rng.random() < 0.3:
            rng.choice(conv.commitments).text = _commitment_text(rng)


def large_dossier_file(
    partners: int = 40,
    charter_commitments: int = 400,
    convention_parties: int = 40,
    versions: int = 30,
    seed: int = 0,
) -> DossierFile:
    """A big valid dossier with ``versions`` snapshots, each a little different from the last."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=_PARIS)
    partner_list = _partners(rng, partners)
    charter = _charter(rng, partner_list, charter_commitments)
    indicator_ids = [ind.id for ind in charter.indicators()]
    town = _TOWNS[seed % len(_TOWNS)]
    dossier = Dossier(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        title=f"Coopération éducative – {town} ({seed})",
        territory=f"{town} – quartiers prioritaires",
        programme=f"Programme de Réussite Éducative de {town}",
        created_at=_timestamp(start),
        updated_at=_timestamp(start),
        coordinator=Coordinator(name=_person(rng), organisation=f"Ville de {town} – PRE", email="pre@example.org"),
        partners=partner_list,
        diagnosis=_paragraphs(rng, 3),
        common_goal="Qu'aucun enfant ne connaisse de rupture dans son parcours éducatif faute de coordination.",
        charter=charter,
        conventions=[_convention(rng, partner_list, min(convention_parties, partners), indicator_ids)],
    )
    statuses = ["draft", "shared", "approved", "signed"]
    history: list[Version] = []
    for number in range(1, versions + 1):
        moment = start + timedelta(days=3 * number)
        _evolve(rng, dossier, number)
        dossier.updated_at = _timestamp(moment)
        snapshot = copy.deepcopy(dossier)
        # Older versions went further through the approval process than recent ones.
        status = statuses[min(3, max(0, (versions - number) // 8))] if number < versions else "shared"
        approvals = []
        if status in ("approved", "signed"):
            approvals = [
                Approval(partner=pid, decision="approved", date=moment.date() + timedelta(days=1))
                for pid in [p.id for p in partner_list[:5]]
            ]
        history.append(
            Version(
                number=number,
                label=f"Version {number} – étape de travail du {moment.date().isoformat()}",
                created_at=_timestamp(moment),
                author="Coordination PRE",
                status=status,  # type: ignore[arg-type]
                fingerprint=fingerprint(snapshot),
                approvals=approvals,
                snapshot=snapshot,
            )
        )
    _evolve(rng, dossier, versions + 1)  # the draft has moved on since the last version
    dossier.updated_at = _timestamp(start + timedelta(days=3 * versions + 1))
    return DossierFile(dossier=dossier, versions=history)


def small_dossier(title: str = "Coopération éducative – quartier des Châtillons", seed: int = 0) -> Dossier:
    """A minimal valid dossier: three partners, a short charter, a two-party convention."""
    rng = random.Random(seed)
    partners = _partners(rng, 3)
    charter = _charter(rng, partners, 4)
    conv = _convention(rng, partners, 2, [ind.id for ind in charter.indicators()])
    return Dossier(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        title=title,
        territory="Reims – quartier des Châtillons",
        programme="Programme de Réussite Éducative de Reims",
        created_at="2026-05-04T09:30:00+02:00",
        updated_at="2026-05-04T09:30:00+02:00",
        partners=partners,
        diagnosis=_paragraphs(rng, 1),
        common_goal="Qu'aucun enfant ne connaisse de rupture dans son parcours éducatif.",
        charter=charter,
        conventions=[conv],
    )
