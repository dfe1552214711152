"""The "Comment faire ?" texts of steps 1–9: the field's good practice, written for coordinators.

Drawn from the PRE practice summarised in ``shared/domain.md``. Each text is
one translatable HTML string (context "Guidance").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def guidance(step_id: str) -> str:
    """The guidance HTML of a step ("" when the step has none)."""
    texts = {
        "partners": QCoreApplication.translate(
            "Guidance",
            "<p><b>Commencez par la carte des acteurs.</b> Une coopération ne se décrète pas : elle se construit "
            "avec ceux qui agissent déjà auprès des enfants et des familles.</p>"
            "<ul><li>Listez <b>tous</b> les acteurs concernés : Ville, CCAS ou Caisse des écoles, Éducation "
            "nationale, Département (ASE, PMI), CAF, santé (CMP, CMPP), associations (prévention spécialisée, "
            "parentalité, sport, culture), Cité éducative…</li>"
            "<li>Pour chacun, notez ses <b>champs d'action</b> et ce qu'il fait déjà sur le territoire : "
            "c'est ce qui évite les doublons et les angles morts.</li>"
            "<li>Écrivez ce que chaque partenaire <b>gagne à participer</b> : une charte tient quand chacun y "
            "trouve son intérêt.</li>"
            "<li>Le <b>représentant</b> est la personne qui signe (civilité, nom, fonction) ; l'"
            "<b>habilitation</b> dit d'où vient son pouvoir : « par délibération du conseil municipal du … ».</li>"
            "<li>Un SIRET compte 14 chiffres ; l'application vérifie sa clé de contrôle.</li></ul>"
            "<p>Astuce : tapez le nom d'un nouveau partenaire puis Entrée. Un partenaire encore cité ailleurs "
            "(engagement, instance, signataire, convention) ne peut pas être supprimé sans le savoir.</p>",
        ),
        "diagnosis": QCoreApplication.translate(
            "Guidance",
            "<p><b>Le diagnostic partagé</b> est une lecture commune des enjeux du territoire, pas le rapport "
            "d'une seule institution.</p>"
            "<ul><li>Réunissez les partenaires et faites parler chacun : ce qu'il observe, ses chiffres, ses "
            "difficultés.</li>"
            "<li>Nommez ouvertement les problèmes : ruptures de parcours, informations qui circulent mal, "
            "délais de prise en charge, méconnaissance des compétences des autres.</li>"
            "<li>Écrivez des constats que tous peuvent signer ; gardez les désaccords pour la discussion.</li>"
            "<li>Le diagnostic nourrit le préambule de la charte et le choix des objectifs.</li></ul>"
            "<p>Mise en forme : une ligne vide sépare deux paragraphes ; une ligne qui commence par « - » "
            "devient une puce.</p>",
        ),
        "goal": QCoreApplication.translate(
            "Guidance",
            "<p><b>Le but commun</b> dit la transformation que les partenaires veulent obtenir ensemble, "
            "formulée comme un « scénario idéal » : « Qu'aucun enfant ne connaisse de rupture dans son parcours "
            "éducatif faute de coordination ».</p>"
            "<ul><li>Écrivez-le <b>ensemble</b>, en réunion : c'est la phrase à laquelle chacun se rattache.</li>"
            "<li>Coopérer n'est pas seulement se coordonner : c'est faire une œuvre commune, avec la volonté "
            "des acteurs, un territoire partagé, de la confiance et du temps.</li>"
            "<li>Le préambule rappelle le contexte et le cadre : loi n° 2005-32 du 18 janvier 2005 (art. 128) "
            "pour les Programmes de Réussite Éducative, partage d'informations selon l'article L. 121-6-2 du code "
            "de l'action sociale et des familles.</li></ul>",
        ),
        "objectives": QCoreApplication.translate(
            "Guidance",
            "<p><b>Construisez l'évaluation dès le départ</b>, pas après coup.</p>"
            "<ul><li>Chaque objectif décline le but commun en un résultat observable.</li>"
            "<li>Donnez-lui au moins un <b>indicateur</b> : sa valeur de départ (situation actuelle), sa "
            "cible, sa <b>source</b> (qui fournit le chiffre) et sa <b>fréquence</b> de mesure.</li>"
            "<li>Choisissez des indicateurs que les partenaires produisent déjà : un indicateur que personne "
            "ne renseigne ne sert à rien.</li>"
            "<li>Les résultats de l'évaluation feront évoluer les engagements : c'est pour cela que les "
            "versions existent.</li></ul>"
            "<p>Astuce : dans le tableau des indicateurs, tapez directement dans une cellule.</p>",
        ),
        "values": QCoreApplication.translate(
            "Guidance",
            "<p><b>Les valeurs</b> sont ce sur quoi les partenaires ne transigent pas. Elles rendent la "
            "charte durable et transmissible aux nouveaux professionnels.</p>"
            "<ul><li>Exemples : respect des familles et de leur accord, recherche des forces et pas seulement "
            "des difficultés, reconnaissance des compétences de chacun, continuité des parcours.</li>"
            "<li>Les partenaires n'ont pas les mêmes postures professionnelles ni le même vocabulaire : "
            "dites ce que chaque valeur veut dire <b>en pratique</b>.</li>"
            "<li>Trois à six valeurs suffisent ; une valeur que personne ne sait illustrer est à retirer.</li></ul>",
        ),
        "rules": QCoreApplication.translate(
            "Guidance",
            "<p><b>Les règles</b> disent comment on travaille ensemble. Rangez-les par thème.</p>"
            "<ul><li><b>Partage d'informations</b> : les familles sont informées et d'accord d'abord ; on ne "
            "partage que ce qui est strictement nécessaire (CASF L. 121-6-2).</li>"
            "<li><b>Confidentialité</b> : elle engage chaque membre, quelle que soit son institution "
            "(secret professionnel, Code pénal 226-13).</li>"
            "<li><b>Éthique</b> : regard porté sur les familles, respect des cadres d'intervention de chacun.</li>"
            "<li><b>Prise de décision</b> : consensus, arbitrage de la coordination à défaut.</li>"
            "<li><b>Fonctionnement</b> : réunions, comptes rendus, outils communs.</li></ul>"
            "<p>Une charte ne contient pas de clause financière, de résiliation ou de litige : elles relèvent "
            "des conventions.</p>",
        ),
        "commitments": QCoreApplication.translate(
            "Guidance",
            "<p><b>Chaque partenaire dit ce qu'il gagne et ce qu'il apporte.</b></p>"
            "<ul><li>Rédigez un engagement par action concrète : « S'engage à désigner un référent chargé de… ».</li>"
            "<li>Reliez chaque engagement aux <b>objectifs</b> qu'il sert : l'évaluation pourra ainsi le suivre.</li>"
            "<li>Le bandeau en haut signale les partenaires qui ne se sont encore engagés à rien : allez les "
            "voir, c'est souvent le signe d'un intérêt à participer mal identifié.</li>"
            "<li>Les engagements changent avec les retours de l'évaluation : créez une version à chaque "
            "étape validée.</li></ul>",
        ),
        "governance": QCoreApplication.translate(
            "Guidance",
            "<p><b>Un mécanisme de coordination fait durer la coopération.</b></p>"
            "<ul><li><b>Instances</b> : un comité de pilotage (décideurs, une à deux fois par an) et un comité "
            "technique (professionnels, plus souvent). Cochez les partenaires qui y siègent.</li>"
            "<li><b>Coordination</b> : un référent légitime, reconnu par tous, qui peut solliciter chaque "
            "partenaire.</li>"
            "<li><b>Communication permanente</b> : lettre d'information, espace partagé, groupes de travail, "
            "temps d'interconnaissance.</li>"
            "<li><b>Évaluation</b> : qui mesure les indicateurs, quand, et comment les résultats ajustent les "
            "rôles.</li>"
            "<li><b>Adhésion</b> : comment un nouveau partenaire rejoint la charte (demande, avis du comité, "
            "signature).</li></ul>",
        ),
        "duration": QCoreApplication.translate(
            "Guidance",
            "<p><b>Durée, révision et signatures.</b></p>"
            "<ul><li>Fixez une date de début et une durée (souvent 3 ans, soit 36 mois).</li>"
            "<li>Prévoyez la révision : un bilan annuel en comité de pilotage, une révision complète à "
            "l'échéance.</li>"
            "<li>Les signataires sont en principe tous les partenaires ; leur représentant et son habilitation "
            "se règlent à l'étape 1.</li>"
            "<li>Le lieu de signature est demandé avant de valider la charte (« Fait à … »). La date de "
            "signature peut rester vide jusqu'à la signature : elle s'imprime « … » pour être complétée à "
            "la main.</li></ul>"
            "<p>Dates : tapez 01/09/2026 ou 1er septembre 2026, ou choisissez-les dans le calendrier (▾).</p>",
        ),
    }
    return texts.get(step_id, "")
