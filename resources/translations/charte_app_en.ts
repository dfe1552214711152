<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../src/charte_app/ui/widgets/amount.py" line="115"/>
        <source>ex. 15 000,50</source>
        <translation>e.g. 15,000.50</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="368"/>
        <source>Base de données introuvable</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="396"/>
        <source>Dossier de données verrouillé</source>
        <translation>Data folder locked</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="397"/>
        <source>&amp;Prendre la main</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="108"/>
        <location filename="../../src/charte_app/ui/app.py" line="358"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="142"/>
        <source>Action impossible</source>
        <translation>Action not possible</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="159"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="160"/>
        <source>Une erreur inattendue s&apos;est produite. {saved}

Vous pouvez continuer à travailler. Si le problème revient, envoyez le fichier journal à votre support :
{log}</source>
        <translation>An unexpected error occurred. {saved}

You can keep working. If the problem comes back, send the log file to your support:
{log}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="165"/>
        <source>Votre travail est enregistré.</source>
        <translation>Your work is saved.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="167"/>
        <source>Vos dernières modifications valides sont enregistrées.</source>
        <translation>Your latest valid changes are saved.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="223"/>
        <source>La dernière session s&apos;est interrompue sans que l&apos;application soit fermée normalement.</source>
        <extracomment>Whether the system hands files over as events. Elsewhere than on macOS no filter is installed: a filter on the application, in Python, is called for every event of every object, and PySide builds the Python class (with all its enums) of each kind of object it passes along: a hundred enums, 10 % of the time to the first paint, then the cost of every event, all for nothing.</extracomment>
        <translation>The last session was interrupted without the application being closed normally.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="228"/>
        <source>Le dossier « {title} » est rouvert tel qu&apos;il était enregistré {moment}.</source>
        <translation>The dossier “{title}” is reopened as it was saved {moment}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="232"/>
        <source>Vos dossiers sont tels qu&apos;ils étaient enregistrés.</source>
        <translation>Your dossiers are as they were last saved.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="243"/>
        <source>à&#xa0;{time}</source>
        <translation>at&#xa0;{time}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="244"/>
        <source>le&#xa0;{date} à&#xa0;{time}</source>
        <translation>on&#xa0;{date} at&#xa0;{time}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/app.py" line="117"/>
        <location filename="../../src/charte_app/ui/app.py" line="384"/>
        <location filename="../../src/charte_app/ui/app.py" line="395"/>
        <source>Démarrage impossible</source>
        <translation>Cannot start</translation>
    </message>
</context>
<context>
    <name>ArticlesSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="418"/>
        <source>Titre de l&apos;article</source>
        <translation>Title of the article</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="418"/>
        <source>Modifier le titre d&apos;un article</source>
        <translation>Edit an article&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="420"/>
        <source>Placé après</source>
        <translation>Placed after</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="420"/>
        <source>Déplacer un article</source>
        <translation>Move an article</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="427"/>
        <source>Tableau des contributions</source>
        <translation>Table of contributions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="428"/>
        <source>Fiche des indicateurs</source>
        <translation>Indicator sheet</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="433"/>
        <source>Titre de l&apos;annexe</source>
        <translation>Title of the annex</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="433"/>
        <source>Modifier le titre d&apos;une annexe</source>
        <translation>Edit an annex&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="435"/>
        <source>Tableau joint</source>
        <translation>Attached table</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="435"/>
        <source>Changer le tableau joint</source>
        <translation>Change the attached table</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="446"/>
        <source>Modifier le texte d&apos;un article</source>
        <translation>Edit an article&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="448"/>
        <source>Modifier le texte d&apos;une annexe</source>
        <translation>Edit an annex&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="453"/>
        <source>Supprimer un article</source>
        <translation>Delete an article</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="457"/>
        <source>Supprimer une annexe</source>
        <translation>Delete an annex</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="463"/>
        <source>à la fin, avant les annexes</source>
        <translation>at the end, before the annexes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="464"/>
        <source>au début, avant l&apos;objet</source>
        <translation>at the start, before the object</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="465"/>
        <source>l&apos;article « Objet »</source>
        <translation>the “Object” article</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="466"/>
        <source>les engagements des parties</source>
        <translation>the parties&apos; commitments</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="467"/>
        <source>les moyens mis en commun</source>
        <translation>the pooled means</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="468"/>
        <source>la gouvernance</source>
        <translation>governance</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="469"/>
        <source>l&apos;évaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="470"/>
        <source>la protection des données</source>
        <translation>data protection</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="471"/>
        <source>les assurances</source>
        <translation>insurance</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="472"/>
        <source>la communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="473"/>
        <source>la durée</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="474"/>
        <source>la modification</source>
        <translation>amendment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="475"/>
        <source>la résiliation</source>
        <translation>termination</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="476"/>
        <source>les litiges</source>
        <translation>disputes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="499"/>
        <source>Nouvel article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="500"/>
        <source>Ajouter un article</source>
        <translation>Add an article</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="507"/>
        <source>Nouvelle annexe</source>
        <translation>New annex</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="508"/>
        <source>Ajouter une annexe</source>
        <translation>Add an annex</translation>
    </message>
</context>
<context>
    <name>BodyDetail</name>
    <message>
        <location filename="../../forms/body_detail.ui" line="23"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="33"/>
        <source>Nom de l&apos;instance</source>
        <translation>Name of the body</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="36"/>
        <source>Comité de pilotage</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="43"/>
        <source>R&amp;ythme :</source>
        <translation>R&amp;hythm:</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="53"/>
        <source>Rythme des réunions</source>
        <translation>How often it meets</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="56"/>
        <source>deux fois par an</source>
        <translation>twice a year</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="65"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="75"/>
        <source>Rôle de l&apos;instance</source>
        <translation>Role of the body</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="88"/>
        <source>&amp;Membres (cochez les partenaires) :</source>
        <translation>&amp;Members (tick the partners):</translation>
    </message>
    <message>
        <location filename="../../forms/body_detail.ui" line="98"/>
        <source>Membres de l&apos;instance</source>
        <translation>Members of the body</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../src/charte_app/ui/checks.py" line="22"/>
        <source>Un SIRET ne contient que des chiffres (14).</source>
        <translation>A SIRET contains digits only (14).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/checks.py" line="24"/>
        <source>Un SIRET compte 14 chiffres ; vous en avez tapé {count}.</source>
        <translation>A SIRET has 14 digits; you typed {count}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/checks.py" line="28"/>
        <source>La clé de contrôle de ce SIRET est fausse : vérifiez le numéro (avis de situation INSEE).</source>
        <translation>The check digit of this SIRET is wrong: check the number (INSEE registration notice).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/checks.py" line="39"/>
        <source>Adresse électronique invalide : elle s&apos;écrit nom@domaine.fr.</source>
        <translation>Invalid e-mail address: it reads name@domain.org.</translation>
    </message>
</context>
<context>
    <name>ClausesSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="323"/>
        <source>Modifier : {}</source>
        <translation>Edit: {}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="325"/>
        <source>Modifier le préavis</source>
        <translation>Edit the notice period</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="326"/>
        <source>Modifier la juridiction compétente</source>
        <translation>Edit the competent court</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="327"/>
        <source>Modifier le règlement amiable</source>
        <translation>Edit the amicable settlement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="346"/>
        <source>Reprendre le texte type : {}</source>
        <translation>Use the standard text: {}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="347"/>
        <source>Reprendre le texte type</source>
        <translation>Use the standard text</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="355"/>
        <source>Reprendre le texte type : litiges</source>
        <translation>Use the standard text: disputes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="384"/>
        <source>La charte n&apos;a pas encore d&apos;indicateur (étape « Objectifs »).</source>
        <translation>The charter has no indicator yet (“Objectives” step).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="403"/>
        <source>Choisir les indicateurs suivis</source>
        <translation>Choose the indicators followed</translation>
    </message>
</context>
<context>
    <name>CommitmentsStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="30"/>
        <source>Modifier l&apos;intérêt à participer</source>
        <translation>Edit the interest in taking part</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="31"/>
        <source>Modifier le texte de l&apos;engagement</source>
        <translation>Edit the commitment&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="19"/>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="87"/>
        <source>Ajoutez d&apos;abord les partenaires (étape 1).</source>
        <translation>Add the partners first (step 1).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="89"/>
        <source>Sans engagement pour l&apos;instant : {names}.</source>
        <translation>No commitment yet: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="91"/>
        <source>Chaque partenaire a au moins un engagement.</source>
        <translation>Every partner has at least one commitment.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="97"/>
        <source>{name} – aucun engagement</source>
        <translation>{name} – no commitment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="98"/>
        <source>%n engagements</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="221"/>
        <source>des partenaires (étape 1)</source>
        <translation>partners (step 1)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="226"/>
        <source>« {name} » : ses engagements</source>
        <translation>“{name}”: its commitments</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="228"/>
        <source>« {name} » : son intérêt à participer</source>
        <translation>“{name}”: its interest in taking part</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="174"/>
        <source>Relier l&apos;engagement aux objectifs</source>
        <translation>Link the commitment to objectives</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="188"/>
        <source>Ajouter un engagement de {name}</source>
        <translation>Add a commitment of {name}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="205"/>
        <source>Déplacer un engagement</source>
        <translation>Move a commitment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/commitments.py" line="215"/>
        <source>Supprimer un engagement</source>
        <translation>Delete a commitment</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="21"/>
        <source>Pour chaque partenaire : ce qu&apos;il gagne à participer et ce à quoi il s&apos;engage, relié aux objectifs.</source>
        <translation>For each partner: what it gains from taking part and what it commits to, linked to the objectives.</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="40"/>
        <source>Partenaires sans engagement</source>
        <translation>Partners without commitment</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="67"/>
        <source>&amp;Partenaires :</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="77"/>
        <source>Partenaires et nombre d&apos;engagements</source>
        <translation>Partners and number of commitments</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="102"/>
        <source>&amp;Intérêt à participer :</source>
        <translation>&amp;Interest in taking part:</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="112"/>
        <source>Intérêt du partenaire à participer</source>
        <translation>Partner&apos;s interest in taking part</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="125"/>
        <source>En&amp;gagements de ce partenaire :</source>
        <translation>Co&amp;mmitments of this partner:</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="135"/>
        <source>Engagements du partenaire</source>
        <translation>Commitments of the partner</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="147"/>
        <source>Texte du nouvel engagement</source>
        <translation>Text of the new commitment</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="150"/>
        <source>S&apos;engage à…</source>
        <translation>Commits to…</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="157"/>
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="160"/>
        <source>Ajouter l&apos;engagement</source>
        <translation>Add the commitment</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="167"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="170"/>
        <source>Monter l&apos;engagement choisi (Alt+Haut)</source>
        <translation>Move the selected commitment up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="177"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="180"/>
        <source>Descendre l&apos;engagement choisi (Alt+Bas)</source>
        <translation>Move the selected commitment down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="187"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="190"/>
        <source>Supprimer l&apos;engagement choisi (Suppr)</source>
        <translation>Delete the selected commitment (Del)</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="216"/>
        <source>Te&amp;xte de l&apos;engagement :</source>
        <translation>Te&amp;xt of the commitment:</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="226"/>
        <source>Texte de l&apos;engagement</source>
        <translation>Text of the commitment</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="254"/>
        <source>&amp;Objectifs servis :</source>
        <translation>&amp;Objectives served:</translation>
    </message>
    <message>
        <location filename="../../forms/step_commitments.ui" line="264"/>
        <source>Objectifs servis par l&apos;engagement</source>
        <translation>Objectives served by the commitment</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../forms/compare_dialog.ui" line="6"/>
        <source>Comparer des versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="97"/>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="146"/>
        <source>Brouillon actuel</source>
        <translation>Current draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="99"/>
        <source>Tout le dossier</source>
        <translation>The whole dossier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="100"/>
        <source>Charte de coopération</source>
        <translation>Cooperation charter</translation>
    </message>
    <message>
        <location filename="../../forms/compare_dialog.ui" line="14"/>
        <source>De :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../forms/compare_dialog.ui" line="24"/>
        <source>à :</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../forms/compare_dialog.ui" line="34"/>
        <source>Document :</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="42"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="43"/>
        <source>Document Word avec suivi des modifications (*.docx)</source>
        <translation>Word document with tracked changes (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="44"/>
        <source>Texte (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="53"/>
        <source>Exporter la comparaison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="115"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="119"/>
        <source>PDF avec les modifications marquées</source>
        <translation>PDF with the changes marked</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="120"/>
        <source>Word / LibreOffice avec suivi des modifications</source>
        <translation>Word / LibreOffice with tracked changes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="121"/>
        <source>Texte (courriel, scripts)</source>
        <translation>Text (e-mail, scripts)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="161"/>
        <source>Comparaison impossible</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_dialog.py" line="188"/>
        <source>Export impossible</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>Comparaison – {what} – {old} et {new}</source>
        <translation>Comparison – {what} – {old} and {new}</translation>
    </message>
    <message>
        <source>Comparaison enregistrée : {path}</source>
        <translation>Comparison saved: {path}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../forms/compare_view.ui" line="34"/>
        <source>◀ Précédente</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../forms/compare_view.ui" line="31"/>
        <source>Modification précédente (Maj+F8 ou Alt+Haut)</source>
        <translation>Previous change (Shift+F8 or Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../forms/compare_view.ui" line="44"/>
        <source>Suivante ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../forms/compare_view.ui" line="41"/>
        <source>Modification suivante (F8 ou Alt+Bas)</source>
        <translation>Next change (F8 or Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../forms/compare_view.ui" line="58"/>
        <source>Afficher les sections inchangées</source>
        <translation>Show unchanged sections</translation>
    </message>
    <message>
        <location filename="../../forms/compare_view.ui" line="65"/>
        <source>Mode réunion (grand texte)</source>
        <translation>Meeting mode (large text)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_view.py" line="110"/>
        <source>&lt;b&gt;Résumé :&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Summary:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_view.py" line="111"/>
        <source>Avant : {label}</source>
        <translation>Before: {label}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_view.py" line="112"/>
        <source>Après : {label}</source>
        <translation>After: {label}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_view.py" line="324"/>
        <source>Aucune modification</source>
        <translation>No change</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/versions/compare_view.py" line="327"/>
        <source>%n modifications — F8 pour aller à la première</source>
        <translation>
            <numerusform>%n change — F8 to go to it</numerusform>
            <numerusform>%n changes — F8 to go to the first one</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/compare_view.py" line="332"/>
        <source>Modification {n} sur {total}</source>
        <translation>Change {n} of {total}</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="32"/>
        <source>une autre session</source>
        <translation>another session</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="33"/>
        <source>{who} a enregistré ce dossier le {when}, après que vous l&apos;avez ouvert.</source>
        <translation>{who} saved this dossier on {when}, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="38"/>
        <source>Vous avez modifié des champs différents : les deux séries de modifications peuvent être réunies.</source>
        <translation>You changed different fields: both sets of changes can be combined.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="42"/>
        <source>Réunir les deux (recommandé)</source>
        <translation>Combine both (recommended)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="47"/>
        <source>… et {count} autres</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="48"/>
        <source>Vous avez tous deux modifié les mêmes champs :
{places}</source>
        <translation>You both changed the same fields:
{places}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="52"/>
        <source>Garder ma version comme copie</source>
        <translation>Keep my version as a copy</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="53"/>
        <source>Prendre la leur (abandonner mes modifications)</source>
        <translation>Take theirs (discard my changes)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/conflict.py" line="57"/>
        <source>Dossier modifié par quelqu&apos;un d&apos;autre</source>
        <translation>Dossier changed by someone else</translation>
    </message>
</context>
<context>
    <name>ConventionArticlesForm</name>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Articles &amp;supplémentaires</source>
        <translation>Additional &amp;articles</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Articles supplémentaires</source>
        <translation>Additional articles</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Ajouter un a&amp;rticle</source>
        <translation>Add an a&amp;rticle</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Supprimer l&apos;article</source>
        <translation>Delete the article</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>&amp;Texte de l&apos;article sélectionné</source>
        <translation>&amp;Text of the selected article</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Texte de l&apos;article sélectionné</source>
        <translation>Text of the selected article</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>A&amp;nnexes</source>
        <translation>A&amp;nnexes</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Ajouter une ann&amp;exe</source>
        <translation>Add an ann&amp;ex</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Conten&amp;u de l&apos;annexe sélectionnée</source>
        <translation>Conten&amp;t of the selected annex</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Supprimer l&apos;annexe</source>
        <translation>Delete the annex</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_articles.ui" line="2"/>
        <source>Texte de l&apos;annexe sélectionnée</source>
        <translation>Text of the selected annex</translation>
    </message>
</context>
<context>
    <name>ConventionClausesForm</name>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Les clauses sont préremplies avec des textes types (secret partagé, résiliation par lettre recommandée, avenant, tribunal administratif). Adaptez-les à votre partenariat.</source>
        <translation>The clauses are prefilled with standard texts (shared secrecy, termination by registered letter, amendment, administrative court). Adapt them to your partnership.</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Suivi et gouvernance</source>
        <translation>Follow-up and governance</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Reprendre le texte type</source>
        <translation>Use the standard text</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Suivi et gouvernance)</source>
        <translation>Replace with the standard text of the clause library (Follow-up and governance)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Indicateurs de la charte suivis par cette convention</source>
        <translation>Charter indicators followed by this agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Indicateurs de la charte suivis</source>
        <translation>Charter indicators followed</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Évaluation)</source>
        <translation>Replace with the standard text of the clause library (Evaluation)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Protection des données et secret partagé</source>
        <translation>Data protection and shared secrecy</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Protection des données et secret partagé)</source>
        <translation>Replace with the standard text of the clause library (Data protection and shared secrecy)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Assurances et responsabilité</source>
        <translation>Insurance and liability</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Assurances et responsabilité)</source>
        <translation>Replace with the standard text of the clause library (Insurance and liability)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Communication)</source>
        <translation>Replace with the standard text of the clause library (Communication)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Modification par avenant</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Modification par avenant)</source>
        <translation>Replace with the standard text of the clause library (Amendment)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Résiliation</source>
        <translation>Termination</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Pré&amp;avis</source>
        <translation>&amp;Notice</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>non précisé</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Préavis de résiliation en mois</source>
        <translation>Termination notice in months</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Remplacer par le texte type de la bibliothèque de clauses (Résiliation)</source>
        <translation>Replace with the standard text of the clause library (Termination)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Litiges</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Rechercher d&apos;abord un règlement a&amp;miable</source>
        <translation>Seek an a&amp;micable settlement first</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>&amp;Juridiction compétente</source>
        <translation>&amp;Competent court</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Juridiction compétente</source>
        <translation>Competent court</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_clauses.ui" line="2"/>
        <source>Tribunal administratif de …</source>
        <translation>Tribunal administratif de …</translation>
    </message>
</context>
<context>
    <name>ConventionDecisionsForm</name>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="9"/>
        <source>Ces choix appartiennent aux parties : le document n&apos;imprime rien à leur place. Tant qu&apos;un choix nécessaire manque, la version ne peut être ni validée ni signée.</source>
        <translation>These choices belong to the parties: the document prints nothing in their place. While a needed choice is missing, the version can be neither approved nor signed.</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="19"/>
        <source>Projet subventionné</source>
        <translation>Subsidised project</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="25"/>
        <source>À l&apos;&amp;initiative de qui est le projet financé ?</source>
        <translation>On whose &amp;initiative is the funded project?</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="38"/>
        <source>Initiative du projet financé</source>
        <translation>Initiative of the funded project</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="41"/>
        <location filename="../../forms/conventions_decisions.ui" line="166"/>
        <source>— à choisir —</source>
        <translation>— to choose —</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="54"/>
        <source>Ce choix est une position juridique : le considérant « à sa propre initiative » n&apos;est imprimé que si le projet vient de l&apos;association ; si la personne publique définit le besoin et commande le service, c&apos;est un marché public.</source>
        <translation>This choice is a legal position: the recital “on its own initiative” is printed only if the project comes from the association; if the public body defines the need and orders the service, it is a public procurement contract.</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="67"/>
        <source>Décision qui autorise</source>
        <translation>Authorising decision</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="85"/>
        <source>Instanc&amp;e :</source>
        <translation>Bod&amp;y:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="95"/>
        <source>Instance qui a décidé</source>
        <translation>Body that decided</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="98"/>
        <source>ex. le conseil municipal</source>
        <translation>e.g. the municipal council</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="105"/>
        <source>Da&amp;te :</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="115"/>
        <source>Date de la décision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="122"/>
        <source>Ré&amp;férence :</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="132"/>
        <source>Référence de la décision</source>
        <translation>Reference of the decision</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="135"/>
        <source>ex. délibération n° 2026-45</source>
        <translation>e.g. deliberation no. 2026-45</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="147"/>
        <source>Retrait d&apos;une partie</source>
        <translation>Withdrawal of a party</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="153"/>
        <source>Si une partie se reti&amp;re :</source>
        <translation>If a party withd&amp;raws:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="163"/>
        <source>Effet du retrait d&apos;une partie</source>
        <translation>Effect of a party&apos;s withdrawal</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="182"/>
        <source>Effet rétroactif de l&apos;avenant</source>
        <translation>Retroactive effect of the amendment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="188"/>
        <source>M&amp;otif, quand l&apos;avenant prend effet avant la signature de la convention qu&apos;il modifie :</source>
        <translation>Reas&amp;on, when the amendment takes effect before the agreement it amends was signed:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="201"/>
        <source>Motif de l&apos;effet rétroactif</source>
        <translation>Reason for the retroactive effect</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="222"/>
        <source>Titre &amp;court (en-tête des pages) :</source>
        <translation>&amp;Short title (page header):</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="232"/>
        <source>Titre court de la convention</source>
        <translation>Short title of the agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_decisions.ui" line="235"/>
        <source>ex. Convention psychomotricité 2026-2029</source>
        <translation>e.g. Psychomotricity agreement 2026-2029</translation>
    </message>
</context>
<context>
    <name>ConventionFinanceForm</name>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>&amp;Contributions financières (partenaire, objet, année, ligne budgétaire, montant)</source>
        <translation>&amp;Financial contributions (partner, object, year, budget line, amount)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Contributions financières</source>
        <translation>Financial contributions</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Ajouter une contri&amp;bution</source>
        <translation>Add a contri&amp;bution</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Supprimer la contribution</source>
        <translation>Delete the contribution</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Éc&amp;héancier de la contribution sélectionnée</source>
        <translation>Payment sc&amp;hedule of the selected contribution</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Échéancier de la contribution sélectionnée</source>
        <translation>Payment schedule of the selected contribution</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Ajouter une échéa&amp;nce</source>
        <translation>Add a payme&amp;nt</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Supprimer l&apos;échéance</source>
        <translation>Delete the payment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Totaux par partenaire et total général</source>
        <translation>Totals per partner and grand total</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Modali&amp;tés de versement :</source>
        <translation>Paymen&amp;t terms:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Modalités de versement de la contribution sélectionnée</source>
        <translation>Payment terms of the selected contribution</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>— à choisir —</source>
        <translation>— to choose —</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Avanc&amp;e (%) :</source>
        <translation>Advanc&amp;e (%):</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Part de l&apos;avance versée à la signature, en pourcentage</source>
        <translation>Share of the advance paid at signature, in percent</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Chaque année de la con&amp;vention</source>
        <translation>Each year of the agree&amp;ment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_finance.ui" line="2"/>
        <source>Le montant est dû pour chaque année budgétaire de la convention (l&apos;année de la ligne est alors sans objet)</source>
        <translation>The amount is due for each budget year of the agreement (the line&apos;s year then does not apply)</translation>
    </message>
</context>
<context>
    <name>ConventionGeneralForm</name>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Type de convention</source>
        <translation>Kind of agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Intitulé de la convention</source>
        <translation>Title of the agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>ex. Convention de partenariat relative à …</source>
        <translation>e.g. Partnership agreement on …</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Convention modifiée par cet avenant</source>
        <translation>Agreement amended by this amendment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Convention modifiée</source>
        <translation>Amended agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Numéro de l&apos;avenant</source>
        <translation>Number of the amendment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Convention initiale si&amp;gnée le</source>
        <translation>Original agreement si&amp;gned on</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Date de signature de la convention initiale</source>
        <translation>Signature date of the original agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>&amp;Visas
(un « Vu … »
par ligne)</source>
        <translation>&amp;Legal references
(one « Vu … »
per line)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>Convention &amp;modifiée</source>
        <translation>A&amp;mended agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="2"/>
        <source>N&amp;uméro de l&apos;avenant</source>
        <translation>N&amp;umber of the amendment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="4"/>
        <source>Visas, un par ligne</source>
        <translation>Legal references, one per line</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="4"/>
        <source>Vu le code général des collectivités territoriales</source>
        <translation>Vu le code général des collectivités territoriales</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="4"/>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="4"/>
        <source>Contexte, diagnostic, raisons du partenariat</source>
        <translation>Context, diagnosis, reasons for the partnership</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="4"/>
        <source>&amp;Objet
(article 1)</source>
        <translation>&amp;Object
(article 1)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="4"/>
        <source>P&amp;réambule</source>
        <translation>P&amp;reamble</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Objet de la convention</source>
        <translation>Object of the agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>La présente convention a pour objet de …</source>
        <translation>The purpose of this agreement is to …</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Durée et reconduction</source>
        <translation>Duration and renewal</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>&amp;Début</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>&amp;Fin</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Reconduction tacit&amp;e</source>
        <translation>Tacit r&amp;enewal</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Reconductions au plus</source>
        <translation>Renewals at most</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>non précisé</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_general.ui" line="5"/>
        <source>Nombre maximal de reconductions</source>
        <translation>Maximum number of renewals</translation>
    </message>
</context>
<context>
    <name>ConventionMeansForm</name>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>&amp;Personnel mis à disposition (en équivalents temps plein)</source>
        <translation>&amp;Staff made available (in full-time equivalents)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Personnel mis à disposition</source>
        <translation>Staff made available</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Ajouter du &amp;personnel</source>
        <translation>Add &amp;staff</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>&amp;Locaux, matériel et autres moyens</source>
        <translation>&amp;Premises, equipment and other means</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Locaux, matériel et autres moyens</source>
        <translation>Premises, equipment and other means</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Ajouter des &amp;locaux</source>
        <translation>Add &amp;premises</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Ajouter du &amp;matériel</source>
        <translation>Add &amp;equipment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Moyen sélectionné</source>
        <translation>Selected resource</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Au &amp;bénéfice de :</source>
        <translation>For the &amp;benefit of:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Partie qui accueille le personnel ou bénéficie du moyen</source>
        <translation>Party hosting the staff or benefiting from the resource</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>— à choisir —</source>
        <translation>— to choose —</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Con&amp;ditions et durée :</source>
        <translation>Con&amp;ditions and duration:</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Conditions et durée de la mise à disposition</source>
        <translation>Conditions and duration of the provision</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>ex. le mercredi matin, pendant la durée de la convention ; entretien à la charge de la Ville</source>
        <translation>e.g. on Wednesday mornings, for the term of the agreement; upkeep paid by the Town</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>&amp;Valorisation (€) :</source>
        <translation>&amp;Valuation (€):</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_means.ui" line="2"/>
        <source>Valorisation du moyen mis à disposition, en euros</source>
        <translation>Valuation of the resource provided, in euros</translation>
    </message>
</context>
<context>
    <name>ConventionPartiesForm</name>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Partenaires du &amp;dossier</source>
        <translation>&amp;Partners of the dossier</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Partenaires du dossier qui ne sont pas parties</source>
        <translation>Partners of the dossier who are not parties</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>&amp;Ajouter →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Ajouter le partenaire choisi aux parties</source>
        <translation>Add the selected partner to the parties</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>← &amp;Retirer</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Retirer la partie choisie</source>
        <translation>Remove the selected party</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>&amp;Monter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Avancer la partie dans l&apos;ordre du document</source>
        <translation>Move the party earlier in the document</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>&amp;Descendre</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Reculer la partie dans l&apos;ordre du document</source>
        <translation>Move the party later in the document</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>&amp;Parties, dans l&apos;ordre du document</source>
        <translation>&amp;Parties, in the document&apos;s order</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Parties à la convention, dans l&apos;ordre</source>
        <translation>Parties to the agreement, in order</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>La première partie est « d&apos;une part », les suivantes « d&apos;autre part ». Un partenaire qui s&apos;engage ou contribue doit être partie.</source>
        <translation>The first party is « d&apos;une part », the next ones « d&apos;autre part ». A partner that commits or contributes must be a party.</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>&amp;Engagements de chaque partie (« X s&apos;engage à … »)</source>
        <translation>&amp;Commitments of each party (« X s&apos;engage à … »)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Engagements des parties</source>
        <translation>Commitments of the parties</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Ajouter un en&amp;gagement</source>
        <translation>Add a comm&amp;itment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Supprimer l&apos;engagement</source>
        <translation>Delete the commitment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_parties.ui" line="2"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ConventionSignatureForm</name>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>Fait à (&amp;lieu)</source>
        <translation>Done at (&amp;place)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>Lieu de signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>ex. Épernay</source>
        <translation>e.g. Épernay</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>&amp;Le (date)</source>
        <translation>&amp;On (date)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>Date de signature</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>E&amp;xemplaires originaux</source>
        <translation>Original &amp;copies</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>un par partie</source>
        <translation>one per party</translation>
    </message>
    <message>
        <location filename="../../forms/conventions_signature.ui" line="2"/>
        <source>Nombre d&apos;exemplaires originaux</source>
        <translation>Number of original copies</translation>
    </message>
</context>
<context>
    <name>ConventionsForm</name>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>&amp;Conventions et avenants</source>
        <translation>&amp;Agreements and amendments</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Conventions et avenants du dossier</source>
        <translation>Agreements and amendments of the dossier</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>&amp;Nouvelle convention</source>
        <translation>&amp;New agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Créer une convention, en choisissant son type</source>
        <translation>Create an agreement, choosing its kind</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Créer un avenant à la convention sélectionnée</source>
        <translation>Create an amendment to the selected agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Supprimer la convention ou l&apos;avenant sélectionné (annulable par Ctrl+Z)</source>
        <translation>Delete the selected agreement or amendment (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Ce dossier n&apos;a pas encore de convention.

Une convention formalise la mise en commun de moyens (financements, personnel, locaux, matériel) entre partenaires. Créez-en une avec « Nouvelle convention ».</source>
        <translation>This dossier has no agreement yet.

An agreement formalises the pooling of means (funding, staff, premises, equipment) between partners. Create one with “New agreement”.</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="2"/>
        <source>Nouvel &amp;avenant</source>
        <translation>New &amp;amendment</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="4"/>
        <source>Rubriques de la convention</source>
        <translation>Sections of the agreement</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="4"/>
        <source>&amp;Rubriques</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <location filename="../../forms/conventions.ui" line="4"/>
        <source>Rubrique de la convention</source>
        <translation>Section of the agreement</translation>
    </message>
</context>
<context>
    <name>ConventionsPage</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="72"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="76"/>
        <source>C&amp;lauses</source>
        <translation>C&amp;lauses</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="78"/>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="43"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="73"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="74"/>
        <source>Fi&amp;nances</source>
        <translation>Fi&amp;nances</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="75"/>
        <source>&amp;Moyens</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="77"/>
        <source>Anne&amp;xes</source>
        <translation>Anne&amp;xes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="79"/>
        <source>&amp;Décisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="82"/>
        <source>Général : type, intitulé, visas, préambule, objet, durée</source>
        <translation>General: type, title, legal references, preamble, purpose, duration</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="83"/>
        <source>Parties et engagements de chacune</source>
        <translation>Parties and the commitments of each</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="84"/>
        <source>Moyens financiers : montants et échéanciers</source>
        <translation>Financial means: amounts and payment schedules</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="85"/>
        <source>Autres moyens : personnel, locaux, matériel</source>
        <translation>Other means: staff, premises, equipment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="86"/>
        <source>Clauses : suivi, évaluation, données, résiliation, litiges</source>
        <translation>Clauses: monitoring, evaluation, data, termination, disputes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="87"/>
        <source>Articles supplémentaires et annexes</source>
        <translation>Additional articles and annexes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="88"/>
        <source>Signature : lieu, date, exemplaires originaux</source>
        <translation>Signature: place, date, original copies</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="89"/>
        <source>Décisions des parties : initiative du projet, délibération, retrait d&apos;une partie, titre court</source>
        <translation>Decisions of the parties: initiative of the project, deliberation, withdrawal of a party, short title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="122"/>
        <source>&lt;p&gt;Une &lt;b&gt;convention de partenariat&lt;/b&gt; formalise ce que les partenaires mettent en commun (financements, personnel, locaux, matériel) autour des objectifs de la charte.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Parties&lt;/b&gt; : choisissez-les dans l&apos;ordre où elles apparaîtront ; la première est « d&apos;une part », les autres « d&apos;autre part ».&lt;/li&gt;&lt;li&gt;&lt;b&gt;Objet&lt;/b&gt; : une phrase claire pour l&apos;article 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Moyens&lt;/b&gt; : pour chaque contribution financière, le montant, l&apos;année, la ligne budgétaire et l&apos;échéancier (avance à la signature, solde sur bilan). L&apos;échéancier doit totaliser le montant. Une convention est obligatoire pour une subvention de plus de 23 000 € à une association.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clauses&lt;/b&gt; : les textes types (secret partagé, art. L. 121-6-2 du CASF ; résiliation par lettre recommandée avec accusé de réception ; tribunal administratif) se modifient librement.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Avenant&lt;/b&gt; : pour modifier une convention signée, créez un avenant signé par les mêmes parties ; il ne reprend que les articles modifiés.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Originaux&lt;/b&gt; : un exemplaire original par partie, sauf usage contraire.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;A &lt;b&gt;partnership agreement&lt;/b&gt; formalises what the partners pool (funding, staff, premises, equipment) around the charter&apos;s objectives.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Parties&lt;/b&gt;: choose them in the order they will appear; the first is « d&apos;une part », the others « d&apos;autre part ».&lt;/li&gt;&lt;li&gt;&lt;b&gt;Object&lt;/b&gt;: one clear sentence for article 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Means&lt;/b&gt;: for each financial contribution, the amount, the year, the budget line and the payment schedule (advance at signature, balance on report). The schedule must add up to the amount. An agreement is mandatory for a subsidy of more than €23,000 to an association.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clauses&lt;/b&gt;: the standard texts (shared secrecy, art. L. 121-6-2 CASF; termination by registered letter with acknowledgement of receipt; administrative court) can be edited freely.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Amendment&lt;/b&gt;: to change a signed agreement, create an amendment signed by the same parties; it restates only the articles it changes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Originals&lt;/b&gt;: one original copy per party, unless customary otherwise.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="166"/>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="202"/>
        <source>(sans intitulé)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="168"/>
        <source>« {name} » : ses parties</source>
        <translation>“{name}”: its parties</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="170"/>
        <source>« {name} » : son objet (article 1)</source>
        <translation>“{name}”: its purpose (article 1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="226"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="252"/>
        <source>Ajouter une convention</source>
        <translation>Add an agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="268"/>
        <source>Ajouter un avenant</source>
        <translation>Add an amendment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="281"/>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="282"/>
        <source>Cette convention est modifiée par : {names}.
Supprimez d&apos;abord ses avenants.</source>
        <translation>This agreement is amended by: {names}.
Delete its amendments first.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/conventions.py" line="288"/>
        <source>Supprimer la convention</source>
        <translation>Delete the agreement</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/charte_app/ui/widgets/date_field.py" line="1"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/widgets/date_field.py" line="1"/>
        <source>Choisir la date dans un calendrier</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/widgets/date_field.py" line="62"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="563"/>
        <source>À l&apos;initiative de l&apos;association : elle a conçu le projet et le porte</source>
        <translation>On the association&apos;s initiative: it designed the project and carries it</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="566"/>
        <source>À l&apos;initiative de la personne publique : elle définit le besoin</source>
        <translation>On the public body&apos;s initiative: it defines the need</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="568"/>
        <source>la convention continue entre les autres parties</source>
        <translation>the agreement continues between the other parties</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="569"/>
        <source>la convention prend fin pour toutes les parties</source>
        <translation>the agreement ends for all parties</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="570"/>
        <source>Choisir l&apos;initiative du projet financé</source>
        <translation>Choose the initiative of the funded project</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="571"/>
        <source>Choisir l&apos;effet du retrait d&apos;une partie</source>
        <translation>Choose the effect of a party&apos;s withdrawal</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="573"/>
        <source>Modifier l&apos;instance qui autorise</source>
        <translation>Edit the authorising body</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="574"/>
        <source>Modifier la date de la décision</source>
        <translation>Edit the date of the decision</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="575"/>
        <source>Modifier la référence de la décision</source>
        <translation>Edit the reference of the decision</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="576"/>
        <source>Modifier le motif de l&apos;effet rétroactif</source>
        <translation>Edit the reason for the retroactive effect</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="577"/>
        <source>Modifier le titre court</source>
        <translation>Edit the short title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="591"/>
        <source>Subvention à : {names}</source>
        <translation>Subsidy to: {names}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="595"/>
        <source>Imprimée dans les visas : « Vu la délibération … qui autorise sa signature ». Un avenant doit la citer.</source>
        <translation>Printed among the citations: “Having regard to deliberation … authorising its signature”. An amendment must cite it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="602"/>
        <source>Imprimée dans les visas : « Vu la délibération … qui accorde la subvention ». Une subvention doit la citer.</source>
        <translation>Printed among the citations: “Having regard to deliberation … granting the subsidy”. A subsidy must cite it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="608"/>
        <source>Imprimée dans les visas quand elle est renseignée : « Vu la délibération … ».</source>
        <translation>Printed among the citations when filled in: “Having regard to deliberation …”.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="619"/>
        <source>l&apos;initiative du projet</source>
        <translation>the initiative of the project</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="623"/>
        <source>la décision qui autorise (instance, date, référence)</source>
        <translation>the authorising decision (body, date, reference)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="625"/>
        <source>l&apos;effet du retrait d&apos;une partie</source>
        <translation>the effect of a party&apos;s withdrawal</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="628"/>
        <source>À compléter avant validation : {items}.</source>
        <translation>To complete before approval: {items}.</translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="33"/>
        <source>Modifier le titre du dossier</source>
        <translation>Edit the dossier&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="34"/>
        <source>Modifier le territoire</source>
        <translation>Edit the territory</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="35"/>
        <source>Modifier le programme</source>
        <translation>Edit the programme</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="36"/>
        <source>Modifier le nom du coordinateur</source>
        <translation>Edit the coordinator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="37"/>
        <source>Modifier la structure du coordinateur</source>
        <translation>Edit the coordinator&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="38"/>
        <source>Modifier le courriel du coordinateur</source>
        <translation>Edit the coordinator&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="39"/>
        <source>Modifier le téléphone du coordinateur</source>
        <translation>Edit the coordinator&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="40"/>
        <source>Modifier le diagnostic partagé</source>
        <translation>Edit the shared diagnosis</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="55"/>
        <source>le titre du dossier</source>
        <translation>the dossier&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="56"/>
        <source>le territoire</source>
        <translation>the territory</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="57"/>
        <source>le diagnostic partagé</source>
        <translation>the shared diagnosis</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/diagnosis.py" line="15"/>
        <location filename="../../forms/step_diagnosis.ui" line="218"/>
        <source>Diagnostic partagé</source>
        <translation>Shared diagnosis</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="23"/>
        <source>Le dossier</source>
        <translation>The dossier</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="29"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="39"/>
        <source>Titre du dossier</source>
        <translation>Title of the dossier</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="46"/>
        <source>Te&amp;rritoire :</source>
        <translation>Te&amp;rritory:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="56"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="59"/>
        <source>Reims – quartiers prioritaires</source>
        <translation>Reims – priority neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="66"/>
        <source>Pro&amp;gramme :</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="76"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="79"/>
        <source>Programme de Réussite Éducative de …</source>
        <translation>Programme de Réussite Éducative de …</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="89"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="95"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="105"/>
        <source>Nom du coordinateur</source>
        <translation>Coordinator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="112"/>
        <source>&amp;Structure :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="122"/>
        <source>Structure du coordinateur</source>
        <translation>Coordinator&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="129"/>
        <source>Courr&amp;iel :</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="157"/>
        <source>E-mail du coordinateur</source>
        <translation>Coordinator&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="160"/>
        <source>nom@exemple.fr</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="173"/>
        <source>Message de vérification</source>
        <translation>Check message</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="183"/>
        <source>Télé&amp;phone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="193"/>
        <source>Téléphone du coordinateur</source>
        <translation>Coordinator&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="205"/>
        <source>&amp;Diagnostic partagé (une ligne vide sépare les paragraphes, « - » en début de ligne fait une puce) :</source>
        <translation>Shared &amp;diagnosis (a blank line separates paragraphs, “-” at the start of a line makes a bullet):</translation>
    </message>
    <message>
        <location filename="../../forms/step_diagnosis.ui" line="224"/>
        <source>Les enjeux du territoire, tels que les partenaires les lisent ensemble…</source>
        <translation>The territory&apos;s stakes, as the partners read them together…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="34"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="40"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="42"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="72"/>
        <source>Ce dossier existe déjà</source>
        <translation>This dossier already exists</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="73"/>
        <source>Le dossier « {title} » est déjà enregistré, et son brouillon de travail diffère de celui du fichier.

• Remplacer : le brouillon du fichier devient le brouillon de travail ; l&apos;actuel est gardé et peut être restauré.
• Importer une copie : le fichier devient un nouveau dossier, « {title} (copie) », avec ses versions.</source>
        <translation>The dossier “{title}” is already stored, and its working draft differs from the file&apos;s.

• Replace: the file&apos;s draft becomes the working draft; the current one is kept and can be restored.
• Import a copy: the file becomes a new dossier, “{title} (copie)”, with its versions.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="84"/>
        <source>Remplacer le brouillon</source>
        <translation>Replace the draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="86"/>
        <location filename="../../src/charte_app/ui/home.py" line="308"/>
        <source>Importer une copie</source>
        <translation>Import a copy</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="112"/>
        <source>Importer un dossier</source>
        <translation>Import a dossier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="114"/>
        <location filename="../../src/charte_app/ui/dialogs.py" line="124"/>
        <source>Dossier de coopération (*.charte)</source>
        <translation>Cooperation dossier (*.charte)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/dialogs.py" line="122"/>
        <source>Enregistrer le dossier sous</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="304"/>
        <source>Import refusé</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="305"/>
        <source>{message}

Importer plutôt le fichier comme un nouveau dossier (copie) ?</source>
        <translation>{message}

Import the file as a new dossier (a copy) instead?</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="316"/>
        <source>Fichier refusé</source>
        <translation>File refused</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="318"/>
        <source>Rien n&apos;a été importé. Corrigez ces valeurs dans le fichier (ou demandez à son auteur un fichier exporté par l&apos;application), puis importez-le de nouveau.</source>
        <translation>Nothing was imported. Correct these values in the file (or ask its author for a file exported by the application), then import it again.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="328"/>
        <source>Import impossible</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="329"/>
        <source>{message}

Vérifiez le chemin du fichier et vos droits de lecture.</source>
        <translation>{message}

Check the file&apos;s path and your permission to read it.</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="64"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="65"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="66"/>
        <source>Dernière modification</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="67"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="68"/>
        <source>Dernière version</source>
        <translation>Latest version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="93"/>
        <source> – 1 point à corriger</source>
        <translation> – 1 point to fix</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="95"/>
        <source> – {count} points à corriger</source>
        <translation> – {count} points to fix</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="96"/>
        <source> (archivé)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="103"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Ce qui manque aux documents avant de les faire valider</source>
        <translation>What the documents still lack before they can be approved</translation>
    </message>
    <message>
        <source>Erreurs du brouillon (une valeur à corriger)</source>
        <translation>Errors in the draft (a value to correct)</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>À corriger</source>
        <translation>To correct</translation>
    </message>
    <message>
        <source>Aucun document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>Prêt à valider</source>
        <translation>Ready for approval</translation>
    </message>
    <message numerus="yes">
        <source>%n points à compléter</source>
        <translation>
            <numerusform>%n point to complete</numerusform>
            <numerusform>%n points to complete</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} – documents prêts : {ready} sur {total}</source>
        <translation>{text} – documents ready: {ready} of {total}</translation>
    </message>
    <message>
        <source>n° {n} « {label} » – {status}</source>
        <translation>no. {n} “{label}” – {status}</translation>
    </message>
    <message>
        <source>n° {n} – {status}</source>
        <translation>no. {n} – {status}</translation>
    </message>
    <message numerus="yes">
        <source>%n points à corriger</source>
        <translation>
            <numerusform>%n point to correct</numerusform>
            <numerusform>%n points to correct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="26"/>
        <location filename="../../forms/step_duration.ui" line="41"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="27"/>
        <location filename="../../forms/step_duration.ui" line="137"/>
        <source>Date de signature</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="30"/>
        <source>Modifier la date de début</source>
        <translation>Edit the start date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="31"/>
        <source>Modifier la durée</source>
        <translation>Edit the duration</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="32"/>
        <source>Modifier la révision</source>
        <translation>Edit the review</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="33"/>
        <source>Modifier le lieu de signature</source>
        <translation>Edit the place of signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="34"/>
        <source>Modifier la date de signature</source>
        <translation>Edit the date of signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="36"/>
        <source>Modifier les signataires</source>
        <translation>Edit the signatories</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="48"/>
        <source>la date de début</source>
        <translation>the start date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="49"/>
        <source>la durée en mois</source>
        <translation>the duration in months</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="50"/>
        <source>le lieu de signature</source>
        <translation>the place of signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="51"/>
        <source>les signataires</source>
        <translation>the signatories</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/duration.py" line="15"/>
        <source>Durée, révision et signatures</source>
        <translation>Duration, review and signatures</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="23"/>
        <source>Durée et révision</source>
        <translation>Duration and review</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="31"/>
        <source>Dé&amp;but :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="48"/>
        <source>Durée en &amp;mois :</source>
        <translation>Duration in &amp;months:</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="58"/>
        <source>Durée en mois</source>
        <translation>Duration in months</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="64"/>
        <source>non précisée</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="73"/>
        <source>&amp;Révision (quand et comment la charte est revue) :</source>
        <translation>&amp;Review (when and how the charter is reviewed):</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="86"/>
        <source>Révision de la charte</source>
        <translation>Review of the charter</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="99"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="107"/>
        <source>&amp;Lieu :</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="117"/>
        <source>Lieu de signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="120"/>
        <source>Reims</source>
        <translation>Reims</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="127"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="146"/>
        <source>&amp;Signataires (cochez ; l&apos;ordre suit la liste des partenaires) :</source>
        <translation>&amp;Signatories (tick; the order follows the list of partners):</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="159"/>
        <source>Signataires</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="168"/>
        <source>&amp;Tous les partenaires</source>
        <translation>&amp;All partners</translation>
    </message>
    <message>
        <location filename="../../forms/step_duration.ui" line="171"/>
        <source>Cocher tous les partenaires</source>
        <translation>Tick every partner</translation>
    </message>
</context>
<context>
    <name>FinanceSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="1"/>
        <source>Totaux par partenaire</source>
        <translation>Totals per partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="1"/>
        <source>Total général</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="1"/>
        <source>&amp;Ligne budgétaire :</source>
        <translation>&amp;Budget line:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="1"/>
        <source>Versée à :</source>
        <translation>Paid to:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="69"/>
        <source>Partenaire</source>
        <extracomment>The payment-terms choice meaning &quot;the schedule below&quot; (``payment_terms`` stays None).</extracomment>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="71"/>
        <source>Changer le partenaire d&apos;une contribution</source>
        <translation>Change a contribution&apos;s partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="79"/>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="79"/>
        <source>Modifier l&apos;objet d&apos;une contribution</source>
        <translation>Edit a contribution&apos;s object</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="80"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="80"/>
        <source>Modifier l&apos;année d&apos;une contribution</source>
        <translation>Edit a contribution&apos;s year</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="81"/>
        <source>Ligne budgétaire</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="81"/>
        <source>Modifier la ligne budgétaire</source>
        <translation>Edit the budget line</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="83"/>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="109"/>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="83"/>
        <source>Modifier un montant</source>
        <translation>Edit an amount</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="87"/>
        <source>Versée à</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="89"/>
        <source>Changer le bénéficiaire d&apos;une contribution</source>
        <translation>Change who receives a contribution</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="91"/>
        <source>(déduit des parties)</source>
        <translation>(inferred from the parties)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="103"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="105"/>
        <source>Modifier la date d&apos;une échéance</source>
        <translation>Edit a payment&apos;s due date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="109"/>
        <source>Modifier le montant d&apos;une échéance</source>
        <translation>Edit a payment&apos;s amount</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="110"/>
        <source>Condition de versement</source>
        <translation>Payment condition</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="110"/>
        <source>Modifier la condition d&apos;une échéance</source>
        <translation>Edit a payment&apos;s condition</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="129"/>
        <source>échéancier ci-dessous</source>
        <translation>schedule below</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="130"/>
        <source>en une fois à la signature</source>
        <translation>in one payment at signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="132"/>
        <source>avance à la signature et solde sur compte rendu financier</source>
        <translation>advance at signature, balance on the financial report</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="134"/>
        <source>en une fois après le compte rendu financier</source>
        <translation>in one payment after the financial report</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="137"/>
        <source>Modifier le pourcentage de l&apos;avance</source>
        <translation>Edit the percentage of the advance</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="139"/>
        <source>Modifier « chaque année de la convention »</source>
        <translation>Edit “each year of the agreement”</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="161"/>
        <source>Choisir les modalités de versement</source>
        <translation>Choose the payment terms</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="200"/>
        <source>Éc&amp;héancier de « {} »</source>
        <translation>Payment sc&amp;hedule of “{}”</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="200"/>
        <source>contribution sans objet</source>
        <translation>contribution without object</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="202"/>
        <source>Éc&amp;héancier (choisissez une contribution)</source>
        <translation>Payment sc&amp;hedule (choose a contribution)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="224"/>
        <source>Les échéances ci-dessous fixent le versement (supprimez-les pour choisir un autre mode).</source>
        <translation>The payments below set the terms (remove them to choose other terms).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="227"/>
        <source>Choisissez comment cette contribution est versée, ou ajoutez ses échéances ci-dessous : aucune modalité n&apos;est imprimée à votre place.</source>
        <translation>Choose how this contribution is paid, or add its payments below: no terms are printed in your place.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="231"/>
        <source>Indiquez la part de l&apos;avance versée à la signature (en %).</source>
        <translation>Give the share of the advance paid at signature (in %).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="240"/>
        <source>Aucune contribution financière chiffrée pour l&apos;instant.</source>
        <translation>No costed financial contribution yet.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="261"/>
        <source>Ajoutez d&apos;abord les parties à la convention (onglet « Parties »).</source>
        <translation>Add the parties to the agreement first (“Parties” tab).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="270"/>
        <source>Ajouter une contribution financière</source>
        <translation>Add a financial contribution</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="278"/>
        <source>Supprimer une contribution financière</source>
        <translation>Delete a financial contribution</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="286"/>
        <source>Indiquez d&apos;abord le montant de la contribution, puis ses échéances.</source>
        <translation>Enter the contribution&apos;s amount first, then its payments.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="292"/>
        <source>Ajouter une échéance</source>
        <translation>Add a payment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="299"/>
        <source>Supprimer une échéance</source>
        <translation>Delete a payment</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="86"/>
        <source>Modifier l&apos;intitulé de la convention</source>
        <translation>Edit the agreement&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="87"/>
        <source>Modifier le numéro de l&apos;avenant</source>
        <translation>Edit the amendment&apos;s number</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="88"/>
        <source>Modifier la date de la convention</source>
        <translation>Edit the agreement&apos;s date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="89"/>
        <source>Modifier les visas</source>
        <translation>Edit the legal references</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="90"/>
        <source>Modifier le préambule</source>
        <translation>Edit the preamble</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="91"/>
        <source>Modifier l&apos;objet de la convention</source>
        <translation>Edit the agreement&apos;s object</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="92"/>
        <source>Modifier la date de début</source>
        <translation>Edit the start date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="93"/>
        <source>Modifier la date de fin</source>
        <translation>Edit the end date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="94"/>
        <source>Modifier la reconduction tacite</source>
        <translation>Edit the tacit renewal</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="95"/>
        <source>Modifier les reconductions</source>
        <translation>Edit the renewals</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="107"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="109"/>
        <source>L&apos;objet (article 1) est obligatoire.</source>
        <translation>The object (article 1) is required.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="129"/>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="130"/>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="137"/>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="139"/>
        <source>Changer le type de convention</source>
        <translation>Change the kind of agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="148"/>
        <source>Changer la convention modifiée</source>
        <translation>Change the amended agreement</translation>
    </message>
</context>
<context>
    <name>GlossaryBox</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="45"/>
        <source>Glossaire commun (imprimé avec la charte)</source>
        <translation>Common glossary (printed with the charter)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="49"/>
        <source>Terme</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="49"/>
        <source>Modifier un terme du glossaire</source>
        <translation>Edit a glossary term</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="50"/>
        <source>Définition partagée</source>
        <translation>Shared definition</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="50"/>
        <source>Modifier une définition du glossaire</source>
        <translation>Edit a glossary definition</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="57"/>
        <source>Glossaire commun</source>
        <translation>Common glossary</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="64"/>
        <source>Nouveau terme, puis Entrée</source>
        <translation>New term, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="65"/>
        <source>Nouveau terme du glossaire</source>
        <translation>New glossary term</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="66"/>
        <source>Ajouter le terme</source>
        <translation>Add the term</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="67"/>
        <source>Supprimer le terme</source>
        <translation>Delete the term</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="82"/>
        <source>Les mots que les partenaires n&apos;emploient pas de la même façon : une définition commune évite les malentendus.</source>
        <translation>Words the partners do not use the same way: a common definition avoids misunderstandings.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="102"/>
        <source>Ajouter un terme au glossaire</source>
        <translation>Add a glossary term</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/glossary.py" line="122"/>
        <source>Supprimer un terme du glossaire</source>
        <translation>Delete a glossary term</translation>
    </message>
</context>
<context>
    <name>GoalStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="31"/>
        <source>Modifier le titre de la charte</source>
        <translation>Edit the charter&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="32"/>
        <source>Modifier le titre court de la charte</source>
        <translation>Edit the short title of the charter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="33"/>
        <source>Modifier le but commun</source>
        <translation>Edit the common goal</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="34"/>
        <source>Modifier le préambule</source>
        <translation>Edit the preamble</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="35"/>
        <source>Modifier les références juridiques</source>
        <translation>Edit the legal references</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="40"/>
        <source>le but commun</source>
        <translation>the common goal</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="40"/>
        <source>le titre de la charte</source>
        <translation>the charter&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/goal.py" line="14"/>
        <location filename="../../forms/step_goal.ui" line="78"/>
        <source>But commun</source>
        <translation>Common goal</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="23"/>
        <source>&amp;Titre de la charte :</source>
        <translation>&amp;Title of the charter:</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="33"/>
        <source>Titre de la charte</source>
        <translation>Title of the charter</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="36"/>
        <source>Charte de coopération du Programme de Réussite Éducative de …</source>
        <translation>Cooperation charter of the Programme de Réussite Éducative de …</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="43"/>
        <source>Titre &amp;court (en-tête des pages) :</source>
        <translation>&amp;Short title (page header):</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="53"/>
        <source>Titre court de la charte</source>
        <translation>Short title of the charter</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="56"/>
        <source>ex. Charte du PRE de …</source>
        <translation>e.g. Charter of the PRE of …</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="65"/>
        <source>&amp;But commun (la transformation voulue, écrite ensemble) :</source>
        <translation>Common &amp;goal (the change wanted, written together):</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="84"/>
        <source>Qu&apos;aucun enfant ne connaisse de rupture dans son parcours éducatif…</source>
        <translation>That no child suffers a break in their educational pathway…</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="91"/>
        <source>&amp;Préambule (contexte, raisons de la coopération) :</source>
        <translation>&amp;Preamble (context, reasons for cooperating):</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="104"/>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="114"/>
        <source>&amp;Références juridiques (une par ligne) :</source>
        <translation>&amp;Legal references (one per line):</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="127"/>
        <source>Références juridiques</source>
        <translation>Legal references</translation>
    </message>
    <message>
        <location filename="../../forms/step_goal.ui" line="133"/>
        <source>Vu la loi n° 2005-32 du 18 janvier 2005, art. 128</source>
        <translation>Vu la loi n° 2005-32 du 18 janvier 2005, art. 128</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>dans la cible</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>en retard</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>non mesuré</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>sans cible</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>constat qualitatif</source>
        <translation>qualitative finding</translation>
    </message>
    <message>
        <source>non examiné</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <source>réalisé</source>
        <translation>done</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>non commencé</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>abandonné</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Suivi et bilan</source>
        <translation>Follow-up and review</translation>
    </message>
    <message>
        <source>Objectif :</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <source>&amp;Tolérance :</source>
        <translation>&amp;Tolerance:</translation>
    </message>
    <message>
        <source>Une valeur à moins de ce pourcentage de sa cible est dans la cible.</source>
        <translation>A value within this percentage of its target is on track.</translation>
    </message>
    <message>
        <source>Nouvelle période : 2027, 2027-S1, 2027-T1…</source>
        <translation>New period: 2027, 2027-S1, 2027-T1…</translation>
    </message>
    <message>
        <source>Ajouter la &amp;période</source>
        <translation>Add the &amp;period</translation>
    </message>
    <message>
        <source>Bilan du comité</source>
        <translation>Committee review</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Créer le bilan</source>
        <translation>&amp;Create the review</translation>
    </message>
    <message>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Instance :</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Synthèse du comité :</source>
        <translation>Committee summary:</translation>
    </message>
    <message>
        <source>Ajustements proposés (un par ligne) :</source>
        <translation>Proposed adjustments (one per line):</translation>
    </message>
    <message>
        <source>&amp;Aperçu du bilan</source>
        <translation>Report &amp;preview</translation>
    </message>
    <message>
        <source>E&amp;xporter le bilan…</source>
        <translation>E&amp;xport the report…</translation>
    </message>
    <message>
        <source>Préparer la prochaine &amp;version…</source>
        <translation>Prepare the next &amp;version…</translation>
    </message>
    <message>
        <source>Modifier la synthèse du bilan</source>
        <translation>Edit the review summary</translation>
    </message>
    <message>
        <source>Modifier les ajustements</source>
        <translation>Edit the adjustments</translation>
    </message>
    <message>
        <source>(objectif sans titre)</source>
        <translation>(untitled objective)</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>cible : {target}</source>
        <translation>target: {target}</translation>
    </message>
    <message>
        <source>« {text} » n&apos;est pas un nombre : la valeur est gardée telle quelle.</source>
        <translation>“{text}” is not a number: the value is kept as typed.</translation>
    </message>
    <message>
        <source>Ajoutez des indicateurs à cet objectif (étape 4) pour en suivre les valeurs.</source>
        <translation>Add indicators to this objective (step 4) to follow their values.</translation>
    </message>
    <message>
        <source>Ajoutez une période pour saisir les valeurs mesurées.</source>
        <translation>Add a period to enter the measured values.</translation>
    </message>
    <message>
        <source>Modifier la tolérance</source>
        <translation>Edit the tolerance</translation>
    </message>
    <message>
        <source>Période « {text} » invalide : {forms} est attendue.</source>
        <translation>Invalid period “{text}”: {forms} is expected.</translation>
    </message>
    <message>
        <source>Saisir une valeur de « {name} »</source>
        <translation>Enter a value of “{name}”</translation>
    </message>
    <message>
        <source>Créer le bilan</source>
        <translation>Create the review</translation>
    </message>
    <message>
        <source>Modifier la date du bilan</source>
        <translation>Edit the review date</translation>
    </message>
    <message>
        <source>Modifier l&apos;instance du bilan</source>
        <translation>Edit the review body</translation>
    </message>
    <message>
        <source>Modifier l&apos;état d&apos;un engagement</source>
        <translation>Edit a commitment&apos;s status</translation>
    </message>
    <message>
        <source>Modifier le commentaire d&apos;un engagement</source>
        <translation>Edit a commitment&apos;s comment</translation>
    </message>
    <message>
        <source>Aperçu du bilan</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Exporter le bilan</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Bilan écrit : « {path} ».</source>
        <translation>Report written: “{path}”.</translation>
    </message>
    <message>
        <source>Préparer la prochaine version</source>
        <translation>Prepare the next version</translation>
    </message>
    <message>
        <source>Le bilan de cette période ne propose aucun changement : aucun indicateur en retard, aucun engagement à revoir, aucun ajustement.</source>
        <translation>The review of this period proposes no change: no indicator behind, no commitment to revise, no adjustment.</translation>
    </message>
    <message>
        <source>Ajouter une cible</source>
        <translation>Add a target</translation>
    </message>
    <message>
        <source>Modifier l&apos;évaluation</source>
        <translation>Edit the evaluation</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Cochez les changements à reporter dans le brouillon. Les cibles s&apos;ajoutent aux indicateurs ; les engagements à revoir et les ajustements s&apos;ajoutent à la clause d&apos;évaluation. Une seule annulation défait le tout.</source>
        <translation>Tick the changes to carry into the draft. Targets are added to the indicators; commitments to revise and adjustments are added to the evaluation clause. One undo reverts them all.</translation>
    </message>
    <message>
        <source>Appliquer au brouillon</source>
        <translation>Apply to the draft</translation>
    </message>
    <message>
        <source>&lt;p&gt;Le suivi fait vivre la charte après la signature.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Saisissez chaque &lt;b&gt;valeur mesurée&lt;/b&gt; dans le tableau, comme dans un tableur (« 80,4 ») ; une case vide n&apos;est pas mesurée. La couleur dit l&apos;état par rapport à la cible de la période, avec la tolérance indiquée.&lt;/li&gt;&lt;li&gt;Le &lt;b&gt;bilan du comité&lt;/b&gt; d&apos;une période note l&apos;état de chaque engagement, la synthèse et les ajustements.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Préparer la prochaine version&lt;/b&gt; reporte les ajustements dans le brouillon : la version suivante porte ce que l&apos;évaluation a appris.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Follow-up keeps the charter alive after the signature.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Type each &lt;b&gt;measured value&lt;/b&gt; in the table, as in a spreadsheet (“80.4”); an empty cell is not measured. The colour gives the status against the period&apos;s target, with the stated tolerance.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;committee review&lt;/b&gt; of a period records each commitment&apos;s status, the summary and the adjustments.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prepare the next version&lt;/b&gt; carries the adjustments into the draft: the next version holds what the evaluation taught.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>GovernanceStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="42"/>
        <source>&amp;Liste des instances :</source>
        <translation>&amp;List of bodies:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="43"/>
        <source>Nouvelle instance, puis Entrée</source>
        <translation>New body, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="47"/>
        <source>Ajouter une instance</source>
        <translation>Add a body</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="48"/>
        <source>Supprimer une instance</source>
        <translation>Delete a body</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="49"/>
        <source>Déplacer une instance</source>
        <translation>Move a body</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="60"/>
        <source>Modifier le nom de l&apos;instance</source>
        <translation>Edit the body&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="61"/>
        <source>Modifier le rythme des réunions</source>
        <translation>Edit how often it meets</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="62"/>
        <source>Modifier le rôle de l&apos;instance</source>
        <translation>Edit the body&apos;s role</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="63"/>
        <source>Modifier les membres</source>
        <translation>Edit the members</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="67"/>
        <source>Modifier le rôle de la coordination</source>
        <translation>Edit the coordinator&apos;s role</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="68"/>
        <source>Modifier la communication</source>
        <translation>Edit the communication</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="69"/>
        <source>Modifier l&apos;évaluation</source>
        <translation>Edit the evaluation</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="70"/>
        <source>Modifier l&apos;adhésion de nouveaux partenaires</source>
        <translation>Edit how new partners join</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="93"/>
        <source>au moins une instance (onglet Instances), par exemple un comité de pilotage</source>
        <translation>at least one body (Bodies tab), for example a steering committee</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="96"/>
        <source>« {name} » : ses membres</source>
        <translation>“{name}”: its members</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="98"/>
        <source>le rôle de la coordination (onglet Coordination et communication)</source>
        <translation>the coordination&apos;s role (Coordination and communication tab)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/governance.py" line="23"/>
        <source>Gouvernance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="21"/>
        <source>Gouvernance, communication, évaluation, adhésion</source>
        <translation>Governance, communication, evaluation, joining</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="25"/>
        <source>Instances</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="31"/>
        <source>Comité de pilotage, comité technique… : qui y siège, à quel rythme, pour décider quoi.</source>
        <translation>Steering committee, technical committee…: who sits there, how often, to decide what.</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="63"/>
        <source>Coordination et communication</source>
        <translation>Coordination and communication</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="69"/>
        <source>&amp;Rôle de la coordination (référent légitime, qui peut solliciter les partenaires) :</source>
        <translation>&amp;Role of the coordination (a legitimate referent who can call on the partners):</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="82"/>
        <source>Rôle de la coordination</source>
        <translation>Role of the coordination</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="92"/>
        <source>C&amp;ommunication permanente (lettre d&apos;information, espace partagé, groupes de travail) :</source>
        <translation>C&amp;ontinuous communication (newsletter, shared space, working groups):</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="105"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="116"/>
        <source>Évaluation et adhésion</source>
        <translation>Evaluation and joining</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="122"/>
        <source>Évalua&amp;tion (qui mesure quoi, quand, et comment les résultats font évoluer les engagements) :</source>
        <translation>Evalua&amp;tion (who measures what, when, and how results change the commitments):</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="135"/>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="145"/>
        <source>Adhésion de nouveaux &amp;partenaires :</source>
        <translation>Joining of new &amp;partners:</translation>
    </message>
    <message>
        <location filename="../../forms/step_governance.ui" line="158"/>
        <source>Adhésion de nouveaux partenaires</source>
        <translation>Joining of new partners</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="15"/>
        <source>&lt;p&gt;&lt;b&gt;Commencez par la carte des acteurs.&lt;/b&gt; Une coopération ne se décrète pas : elle se construit avec ceux qui agissent déjà auprès des enfants et des familles.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Listez &lt;b&gt;tous&lt;/b&gt; les acteurs concernés : Ville, CCAS ou Caisse des écoles, Éducation nationale, Département (ASE, PMI), CAF, santé (CMP, CMPP), associations (prévention spécialisée, parentalité, sport, culture), Cité éducative…&lt;/li&gt;&lt;li&gt;Pour chacun, notez ses &lt;b&gt;champs d&apos;action&lt;/b&gt; et ce qu&apos;il fait déjà sur le territoire : c&apos;est ce qui évite les doublons et les angles morts.&lt;/li&gt;&lt;li&gt;Écrivez ce que chaque partenaire &lt;b&gt;gagne à participer&lt;/b&gt; : une charte tient quand chacun y trouve son intérêt.&lt;/li&gt;&lt;li&gt;Le &lt;b&gt;représentant&lt;/b&gt; est la personne qui signe (civilité, nom, fonction) ; l&apos;&lt;b&gt;habilitation&lt;/b&gt; dit d&apos;où vient son pouvoir : « par délibération du conseil municipal du … ».&lt;/li&gt;&lt;li&gt;Un SIRET compte 14 chiffres ; l&apos;application vérifie sa clé de contrôle.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Astuce : tapez le nom d&apos;un nouveau partenaire puis Entrée. Un partenaire encore cité ailleurs (engagement, instance, signataire, convention) ne peut pas être supprimé sans le savoir.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Start with the actor map.&lt;/b&gt; Cooperation cannot be decreed: it is built with those already working with the children and their families.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;List &lt;b&gt;every&lt;/b&gt; actor concerned: town, CCAS or Caisse des écoles, Éducation nationale, Département (ASE, PMI), CAF, health (CMP, CMPP), associations (prévention spécialisée, parenting, sport, culture), Cité éducative…&lt;/li&gt;&lt;li&gt;For each, note its &lt;b&gt;fields of action&lt;/b&gt; and what it already does on the territory: this avoids duplicates and blind spots.&lt;/li&gt;&lt;li&gt;Write down what each partner &lt;b&gt;gains from taking part&lt;/b&gt;: a charter holds when everyone finds an interest in it.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;representative&lt;/b&gt; is the person who signs (civility, name, function); the &lt;b&gt;authority&lt;/b&gt; says where their power comes from: « par délibération du conseil municipal du … ».&lt;/li&gt;&lt;li&gt;A SIRET has 14 digits; the application checks its check digit.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Tip: type a new partner&apos;s name then Enter. A partner still cited elsewhere (commitment, body, signatory, agreement) cannot be removed without you knowing.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="32"/>
        <source>&lt;p&gt;&lt;b&gt;Le diagnostic partagé&lt;/b&gt; est une lecture commune des enjeux du territoire, pas le rapport d&apos;une seule institution.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Réunissez les partenaires et faites parler chacun : ce qu&apos;il observe, ses chiffres, ses difficultés.&lt;/li&gt;&lt;li&gt;Nommez ouvertement les problèmes : ruptures de parcours, informations qui circulent mal, délais de prise en charge, méconnaissance des compétences des autres.&lt;/li&gt;&lt;li&gt;Écrivez des constats que tous peuvent signer ; gardez les désaccords pour la discussion.&lt;/li&gt;&lt;li&gt;Le diagnostic nourrit le préambule de la charte et le choix des objectifs.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mise en forme : une ligne vide sépare deux paragraphes ; une ligne qui commence par « - » devient une puce.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The shared diagnosis&lt;/b&gt; is a common reading of the territory&apos;s stakes, not the report of a single institution.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Bring the partners together and let each speak: what they observe, their figures, their difficulties.&lt;/li&gt;&lt;li&gt;Name problems openly: breaks in pathways, information that circulates badly, waiting times, not knowing the others&apos; competences.&lt;/li&gt;&lt;li&gt;Write findings everyone can sign; keep disagreements for the discussion.&lt;/li&gt;&lt;li&gt;The diagnosis feeds the charter&apos;s preamble and the choice of objectives.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Layout: a blank line separates two paragraphs; a line starting with “-” becomes a bullet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="45"/>
        <source>&lt;p&gt;&lt;b&gt;Le but commun&lt;/b&gt; dit la transformation que les partenaires veulent obtenir ensemble, formulée comme un « scénario idéal » : « Qu&apos;aucun enfant ne connaisse de rupture dans son parcours éducatif faute de coordination ».&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Écrivez-le &lt;b&gt;ensemble&lt;/b&gt;, en réunion : c&apos;est la phrase à laquelle chacun se rattache.&lt;/li&gt;&lt;li&gt;Coopérer n&apos;est pas seulement se coordonner : c&apos;est faire une œuvre commune, avec la volonté des acteurs, un territoire partagé, de la confiance et du temps.&lt;/li&gt;&lt;li&gt;Le préambule rappelle le contexte et le cadre : loi n° 2005-32 du 18 janvier 2005 (art. 128) pour les Programmes de Réussite Éducative, partage d&apos;informations selon l&apos;article L. 121-6-2 du code de l&apos;action sociale et des familles.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The common goal&lt;/b&gt; states the change the partners want to achieve together, written as an &quot;ideal scenario&quot;: « Qu&apos;aucun enfant ne connaisse de rupture dans son parcours éducatif faute de coordination ».&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Write it &lt;b&gt;together&lt;/b&gt;, in a meeting: it is the sentence everyone relates to.&lt;/li&gt;&lt;li&gt;Cooperating is more than coordinating: it is doing a work together, with the actors&apos; will, a shared territory, trust and time.&lt;/li&gt;&lt;li&gt;The preamble recalls the context and the framework: law n° 2005-32 of 18 January 2005 (art. 128) for the Programmes de Réussite Éducative, information sharing under article L. 121-6-2 of the code de l&apos;action sociale et des familles.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="57"/>
        <source>&lt;p&gt;&lt;b&gt;Construisez l&apos;évaluation dès le départ&lt;/b&gt;, pas après coup.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Chaque objectif décline le but commun en un résultat observable.&lt;/li&gt;&lt;li&gt;Donnez-lui au moins un &lt;b&gt;indicateur&lt;/b&gt; : sa valeur de départ (situation actuelle), sa cible, sa &lt;b&gt;source&lt;/b&gt; (qui fournit le chiffre) et sa &lt;b&gt;fréquence&lt;/b&gt; de mesure.&lt;/li&gt;&lt;li&gt;Choisissez des indicateurs que les partenaires produisent déjà : un indicateur que personne ne renseigne ne sert à rien.&lt;/li&gt;&lt;li&gt;Les résultats de l&apos;évaluation feront évoluer les engagements : c&apos;est pour cela que les versions existent.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Astuce : dans le tableau des indicateurs, tapez directement dans une cellule.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Build the evaluation from the start&lt;/b&gt;, not afterwards.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Each objective turns the common goal into an observable result.&lt;/li&gt;&lt;li&gt;Give it at least one &lt;b&gt;indicator&lt;/b&gt;: its baseline (current situation), its target, its &lt;b&gt;source&lt;/b&gt; (who provides the figure) and its measurement &lt;b&gt;frequency&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose indicators the partners already produce: an indicator nobody fills in is useless.&lt;/li&gt;&lt;li&gt;Evaluation results will change the commitments: that is why versions exist.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Tip: in the indicators table, type directly into a cell.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="69"/>
        <source>&lt;p&gt;&lt;b&gt;Les valeurs&lt;/b&gt; sont ce sur quoi les partenaires ne transigent pas. Elles rendent la charte durable et transmissible aux nouveaux professionnels.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Exemples : respect des familles et de leur accord, recherche des forces et pas seulement des difficultés, reconnaissance des compétences de chacun, continuité des parcours.&lt;/li&gt;&lt;li&gt;Les partenaires n&apos;ont pas les mêmes postures professionnelles ni le même vocabulaire : dites ce que chaque valeur veut dire &lt;b&gt;en pratique&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Trois à six valeurs suffisent ; une valeur que personne ne sait illustrer est à retirer.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Values&lt;/b&gt; are what the partners do not compromise on. They make the charter durable and transmissible to new professionals.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Examples: respect for families and their consent, looking for strengths and not only difficulties, recognising everyone&apos;s competences, continuity of pathways.&lt;/li&gt;&lt;li&gt;Partners do not share the same professional postures or vocabulary: say what each value means &lt;b&gt;in practice&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Three to six values are enough; a value nobody can illustrate should go.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="79"/>
        <source>&lt;p&gt;&lt;b&gt;Les règles&lt;/b&gt; disent comment on travaille ensemble. Rangez-les par thème.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Partage d&apos;informations&lt;/b&gt; : les familles sont informées et d&apos;accord d&apos;abord ; on ne partage que ce qui est strictement nécessaire (CASF L. 121-6-2).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confidentialité&lt;/b&gt; : elle engage chaque membre, quelle que soit son institution (secret professionnel, Code pénal 226-13).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Éthique&lt;/b&gt; : regard porté sur les familles, respect des cadres d&apos;intervention de chacun.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prise de décision&lt;/b&gt; : consensus, arbitrage de la coordination à défaut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fonctionnement&lt;/b&gt; : réunions, comptes rendus, outils communs.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Une charte ne contient pas de clause financière, de résiliation ou de litige : elles relèvent des conventions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rules&lt;/b&gt; say how we work together. Group them by topic.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Information sharing&lt;/b&gt;: families are informed and agree first; only what is strictly necessary is shared (CASF L. 121-6-2).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confidentiality&lt;/b&gt;: it binds every member, whatever their institution (professional secrecy, Code pénal 226-13).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ethics&lt;/b&gt;: how families are seen, respect for each other&apos;s intervention frameworks.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decision making&lt;/b&gt;: consensus, otherwise the coordination arbitrates.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Operation&lt;/b&gt;: meetings, minutes, common tools.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A charter has no financial, termination or litigation clause: those belong in agreements.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Chaque partenaire dit ce qu&apos;il gagne et ce qu&apos;il apporte.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Rédigez un engagement par action concrète : « S&apos;engage à désigner un référent chargé de… ».&lt;/li&gt;&lt;li&gt;Reliez chaque engagement aux &lt;b&gt;objectifs&lt;/b&gt; qu&apos;il sert : l&apos;évaluation pourra ainsi le suivre.&lt;/li&gt;&lt;li&gt;Le bandeau en haut signale les partenaires qui ne se sont encore engagés à rien : allez les voir, c&apos;est souvent le signe d&apos;un intérêt à participer mal identifié.&lt;/li&gt;&lt;li&gt;Les engagements changent avec les retours de l&apos;évaluation : créez une version à chaque étape validée.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Each partner says what it gains and what it brings.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Write one commitment per concrete action: « S&apos;engage à désigner un référent chargé de… ».&lt;/li&gt;&lt;li&gt;Link each commitment to the &lt;b&gt;objectives&lt;/b&gt; it serves: the evaluation can then follow it.&lt;/li&gt;&lt;li&gt;The banner at the top shows partners who have not committed to anything yet: go and see them, it often means their interest in taking part is unclear.&lt;/li&gt;&lt;li&gt;Commitments change with evaluation feedback: create a version at each agreed stage.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Un mécanisme de coordination fait durer la coopération.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Instances&lt;/b&gt; : un comité de pilotage (décideurs, une à deux fois par an) et un comité technique (professionnels, plus souvent). Cochez les partenaires qui y siègent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Coordination&lt;/b&gt; : un référent légitime, reconnu par tous, qui peut solliciter chaque partenaire.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Communication permanente&lt;/b&gt; : lettre d&apos;information, espace partagé, groupes de travail, temps d&apos;interconnaissance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Évaluation&lt;/b&gt; : qui mesure les indicateurs, quand, et comment les résultats ajustent les rôles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adhésion&lt;/b&gt; : comment un nouveau partenaire rejoint la charte (demande, avis du comité, signature).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A coordination mechanism makes cooperation last.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Bodies&lt;/b&gt;: a steering committee (decision makers, once or twice a year) and a technical committee (professionals, more often). Tick the partners who sit on them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Coordination&lt;/b&gt;: a legitimate referent, recognised by all, who can call on every partner.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Continuous communication&lt;/b&gt;: newsletter, shared space, working groups, time to get to know each other.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Evaluation&lt;/b&gt;: who measures the indicators, when, and how results adjust the roles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Joining&lt;/b&gt;: how a new partner joins the charter (request, committee&apos;s opinion, signature).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/guidance.py" line="116"/>
        <source>&lt;p&gt;&lt;b&gt;Durée, révision et signatures.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Fixez une date de début et une durée (souvent 3 ans, soit 36 mois).&lt;/li&gt;&lt;li&gt;Prévoyez la révision : un bilan annuel en comité de pilotage, une révision complète à l&apos;échéance.&lt;/li&gt;&lt;li&gt;Les signataires sont en principe tous les partenaires ; leur représentant et son habilitation se règlent à l&apos;étape 1.&lt;/li&gt;&lt;li&gt;Le lieu de signature est demandé avant de valider la charte (« Fait à … »). La date de signature peut rester vide jusqu&apos;à la signature : elle s&apos;imprime « … » pour être complétée à la main.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Dates : tapez 01/09/2026 ou 1er septembre 2026, ou choisissez-les dans le calendrier (▾).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Duration, review and signatures.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Set a start date and a duration (often 3 years, i.e. 36 months).&lt;/li&gt;&lt;li&gt;Plan the review: a yearly assessment in the steering committee, a full review at the end.&lt;/li&gt;&lt;li&gt;Signatories are usually all the partners; their representative and authority are set in step 1.&lt;/li&gt;&lt;li&gt;The place of signature is needed before the charter is approved (“Done at …”). The date of signature may stay empty until the signature: it prints as « … » to be completed by hand.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Dates: type 01/09/2026 or 1 September 2026, or pick them in the calendar (▾).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>13. Suivi et bilan</source>
        <translation>13. Follow-up and review</translation>
    </message>
    <message>
        <source>Saisissez les valeurs des indicateurs par période, notez l&apos;état des engagements au bilan du comité, exportez le bilan et préparez la prochaine version à partir des ajustements.</source>
        <translation>Enter the indicators&apos; values per period, record the commitments&apos; status at the committee review, export the report and prepare the next version from the adjustments.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="25"/>
        <source>Guide – co-construire une charte et ses conventions</source>
        <translation>Guide – co-constructing a charter and its agreements</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="29"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="47"/>
        <source>Avant de commencer</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="49"/>
        <source>Une coopération ne se décrète pas : elle se construit avec ceux qui agissent déjà auprès des enfants et des familles. Prévoyez plusieurs réunions ; l&apos;application garde chaque brouillon et chaque version, et le « mode réunion » (menu Affichage) agrandit tout pour le projecteur.</source>
        <translation>Cooperation cannot be decreed: it is built with those already working with the children and their families. Plan several meetings; the application keeps every draft and every version, and “meeting mode” (View menu) enlarges everything for the projector.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="56"/>
        <source>1. Cartographier les acteurs</source>
        <translation>1. Map the actors</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="58"/>
        <source>Listez tous les acteurs concernés (Ville, Éducation nationale, Département, CAF, associations, santé…), leurs champs d&apos;intervention et ce qu&apos;ils font déjà. Le type de partenaire est deviné d&apos;après son nom ; vérifiez-le.</source>
        <translation>List every actor concerned (town, Education nationale, Département, CAF, associations, health…), their fields of action and what they already do. A partner&apos;s kind is guessed from its name; check it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="65"/>
        <source>2. Partager le diagnostic</source>
        <translation>2. Share the diagnosis</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="66"/>
        <source>Écrivez ensemble une lecture commune des enjeux du territoire.</source>
        <translation>Write together a common reading of the territory&apos;s stakes.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="70"/>
        <source>3. Écrire le but commun</source>
        <translation>3. Write the common goal</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="71"/>
        <source>La transformation que les partenaires veulent, formulée ensemble (un « scénario idéal »).</source>
        <translation>The change the partners want, written together (an “ideal scenario”).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="75"/>
        <source>4. Décider l&apos;évaluation dès le départ</source>
        <translation>4. Decide the evaluation from the start</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="77"/>
        <source>Chaque objectif a ses indicateurs : valeur de départ, cible, source, fréquence. La bibliothèque propose des indicateurs types à adapter.</source>
        <translation>Each objective has its indicators: baseline, target, source, frequency. The library offers typical indicators to adapt.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="83"/>
        <source>5 et 6. Valeurs, règles et glossaire</source>
        <translation>5 and 6. Values, rules and glossary</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="85"/>
        <source>Les valeurs sur lesquelles on ne transige pas, les règles (partage d&apos;informations, confidentialité, décision) et un glossaire commun pour les mots qui ne veulent pas dire la même chose pour tous.</source>
        <translation>The values nobody compromises on, the rules (information sharing, confidentiality, decisions) and a common glossary for the words that do not mean the same to everyone.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="92"/>
        <source>7. Intérêts et engagements</source>
        <translation>7. Interests and commitments</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="93"/>
        <source>Ce que chaque partenaire gagne à participer et ce à quoi il s&apos;engage.</source>
        <translation>What each partner gains from taking part and what it commits to.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="97"/>
        <source>8. Gouvernance</source>
        <translation>8. Governance</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="99"/>
        <source>Un comité de pilotage, un comité technique, une coordination légitime qui peut solliciter les partenaires ; la communication permanente et l&apos;évaluation.</source>
        <translation>A steering committee, a technical committee, a legitimate coordination that can call on the partners; ongoing communication and evaluation.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="105"/>
        <source>9. Durée, révision et signatures</source>
        <translation>9. Duration, review and signatures</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="106"/>
        <source>La date de début, la durée, le lieu et les signataires.</source>
        <translation>The start date, the duration, the place and the signatories.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="110"/>
        <source>10. Conventions (si besoin)</source>
        <translation>10. Agreements (if needed)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="112"/>
        <source>Quand des moyens sont mis en commun (financements, personnel, locaux), une convention les formalise ; un avenant la modifie.</source>
        <translation>When means are pooled (funding, staff, premises), an agreement formalises them; an amendment changes it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="118"/>
        <source>11. Versions, avis et signature</source>
        <translation>11. Versions, opinions and signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="120"/>
        <source>« Ce qui manque encore », sous la liste des étapes, dit ce qu&apos;il reste à faire. Créez une version (menu Versions) pour la faire relire : son empreinte figure sur chaque page. Notez l&apos;avis de chaque partenaire dans l&apos;historique ; la version est validée quand tous ont répondu, puis signée. Les résultats de l&apos;évaluation font évoluer la charte : une nouvelle version.</source>
        <translation>“Still missing”, under the list of steps, says what remains to do. Create a version (Versions menu) to have it reviewed: its fingerprint is printed on every page. Record each partner&apos;s decision in the history; the version is approved once everyone has answered, then signed. Evaluation results make the charter evolve: a new version.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="128"/>
        <source>Le parcours de co-construction</source>
        <translation>The co-construction path</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/guide.py" line="129"/>
        <source>Ouvrir cette étape</source>
        <translation>Open this step</translation>
    </message>
    <message>
        <source>11. Aperçu et export</source>
        <translation>11. Preview and export</translation>
    </message>
    <message>
        <source>Relisez chaque document tel qu&apos;il sera imprimé ; exportez-le en PDF ou en Word. « Ce qui manque encore », sous la liste des étapes, dit ce qu&apos;il reste à faire.</source>
        <translation>Proofread each document as it will be printed; export it as PDF or Word. “Still missing”, under the list of steps, says what is left to do.</translation>
    </message>
    <message>
        <source>12. Versions, avis et signature</source>
        <translation>12. Versions, decisions and signature</translation>
    </message>
    <message>
        <source>Créez une version pour la faire relire : son empreinte figure sur chaque page. Notez l&apos;avis de chaque partenaire dans l&apos;historique ; la version est validée quand tous ont répondu. Imprimez alors les originaux et faites-les signer. Les résultats de l&apos;évaluation font évoluer la charte : une nouvelle version.</source>
        <translation>Create a version to have it reviewed: its fingerprint is on every page. Record each partner&apos;s decision in the history; the version is approved when all have answered. Then print the originals and have them signed. The evaluation&apos;s results make the charter evolve: a new version.</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;étape {number} – {title}</source>
        <translation>Open step {number} – {title}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/versions/windows.py" line="37"/>
        <source>Historique des versions</source>
        <translation>History of versions</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>Remplacer la décision</source>
        <translation>Replace the decision</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source> le {day}</source>
        <translation> on {day}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>« {partner} » a déjà rendu sa décision sur la version {n} « {label} » : {old}{when}.

La remplacer par « {new} » ? L&apos;ancienne décision reste visible, barrée, dans l&apos;historique.</source>
        <translation>“{partner}” has already given its decision on version {n} “{label}”: {old}{when}.

Replace it with “{new}”? The earlier decision stays visible, struck through, in the history.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>Changer une décision</source>
        <translation>Change a decision</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>La version {n} est {status} : les décisions des partenaires ne changent plus.</source>
        <translation>Version {n} is {status}: the partners&apos; decisions no longer change.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>Décision remplacée : {text}</source>
        <translation>Replaced decision: {text}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>remplacée le {when} par {who}</source>
        <translation>replaced on {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="1"/>
        <source>remplacée le {when}</source>
        <translation>replaced on {when}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="37"/>
        <source>Marquer comme partagée</source>
        <translation>Mark as shared</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="38"/>
        <source>Marquer comme validée</source>
        <translation>Mark as approved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="39"/>
        <source>Marquer comme signée…</source>
        <translation>Mark as signed…</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="267"/>
        <source>Approuve</source>
        <translation>Approves</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="277"/>
        <source>Avec réserves</source>
        <translation>With reservations</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="287"/>
        <source>Refuse</source>
        <translation>Refuses</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="60"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="65"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="70"/>
        <location filename="../../forms/history.ui" line="193"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="75"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="80"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="85"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="217"/>
        <location filename="../../forms/history.ui" line="95"/>
        <source>Faire avancer le statut</source>
        <translation>Advance the status</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="102"/>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="112"/>
        <source>Restaurer comme brouillon…</source>
        <translation>Restore as draft…</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="109"/>
        <source>Le contenu de la version devient le brouillon de travail ; l&apos;historique est conservé.</source>
        <translation>The version&apos;s content becomes the working draft; the history is kept.</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="122"/>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="119"/>
        <source>Sélectionnez deux versions (Ctrl+clic), ou une version pour la comparer au brouillon.</source>
        <translation>Select two versions (Ctrl+click), or one version to compare it with the draft.</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="147"/>
        <source>Version signée : son contenu, son libellé, son statut et les décisions des partenaires ne peuvent plus changer. Poursuivez dans le brouillon ou par un avenant.</source>
        <translation>Signed version: its content, label, status and the partners&apos; decisions can no longer change. Carry on in the draft or with an amendment.</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="164"/>
        <source>Décisions des partenaires</source>
        <translation>Partners&apos; decisions</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="183"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="188"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="198"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="251"/>
        <source>Réserve ou remarque (facultatif)</source>
        <translation>Reservation or remark (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="208"/>
        <source>Partenaire :</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="221"/>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="241"/>
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="258"/>
        <source>Décision :</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="137"/>
        <source>Historique indisponible</source>
        <translation>History unavailable</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="141"/>
        <source>Versions du dossier « {title} »</source>
        <translation>Versions of the dossier “{title}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/versions/history.py" line="157"/>
        <source>%n approuvées</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/versions/history.py" line="160"/>
        <source>%n décisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="222"/>
        <source>Comparer les deux versions</source>
        <translation>Compare the two versions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="222"/>
        <source>Comparer avec le brouillon</source>
        <translation>Compare with the draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="238"/>
        <source>Décisions des partenaires sur la version {n}</source>
        <translation>Partners&apos; decisions on version {n}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="240"/>
        <source>Décisions des partenaires (sélectionnez une version)</source>
        <translation>Partners&apos; decisions (select a version)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="248"/>
        <source>Version modifiée dans la base</source>
        <translation>Version altered in the database</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="256"/>
        <source>— en attente</source>
        <translation>— pending</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="299"/>
        <source>Décision non enregistrée</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="332"/>
        <source>Signer la version</source>
        <translation>Sign the version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="334"/>
        <source>Marquer la version {n} comme signée ? C&apos;est définitif : elle ne pourra plus être modifiée, renommée ni supprimée.</source>
        <translation>Mark version {n} as signed? This is final: it can no longer be changed, renamed or deleted.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="337"/>
        <source>Marquer comme signée</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="343"/>
        <location filename="../../src/charte_app/ui/versions/history.py" line="346"/>
        <source>Statut inchangé</source>
        <translation>Status unchanged</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="369"/>
        <source>Un signataire n&apos;a pas encore donné sa décision sur la version {n} :</source>
        <translation>One signatory has not yet given a decision on version {n}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/versions/history.py" line="371"/>
        <source>%n signataires n&apos;ont pas encore donné leur décision sur la version {n} :</source>
        <translation>
            <numerusform>%n signatory has not yet given a decision on version {n}:</numerusform>
            <numerusform>%n signatories have not yet given their decision on version {n}:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="375"/>
        <source>Décisions manquantes</source>
        <translation>Missing decisions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="376"/>
        <source>Marquer quand même la version comme validée ?</source>
        <translation>Mark the version as approved anyway?</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="377"/>
        <source>Valider quand même</source>
        <translation>Approve anyway</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="390"/>
        <source>Libellé inchangé</source>
        <translation>Label unchanged</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="402"/>
        <source>Restaurer la version</source>
        <translation>Restore the version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="404"/>
        <source>Le brouillon de travail sera remplacé par le contenu de la version {n} « {label} ». Les versions enregistrées ne changent pas.</source>
        <translation>The working draft will be replaced by the content of version {n} “{label}”. Stored versions do not change.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="407"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/history.py" line="413"/>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="197"/>
        <location filename="../../src/charte_app/ui/home.py" line="203"/>
        <source>Nouveau dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="197"/>
        <source>Tapez d&apos;abord le titre du dossier, puis « Créer ».</source>
        <translation>Type the dossier&apos;s title first, then “Create”.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="203"/>
        <source>Corrigez le titre puis réessayez.</source>
        <translation>Correct the title and try again.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="234"/>
        <location filename="../../src/charte_app/ui/home.py" line="240"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="234"/>
        <source>Corrigez-les, puis enregistrez à nouveau.</source>
        <translation>Correct them, then save again.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="242"/>
        <source>{message}

Choisissez un autre dossier de destination ou fermez le fichier s&apos;il est ouvert ailleurs, puis réessayez.</source>
        <translation>{message}

Choose another destination folder or close the file if it is open elsewhere, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="248"/>
        <source>Dossier enregistré</source>
        <translation>Dossier saved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="248"/>
        <source>Le dossier a été enregistré dans
{path}</source>
        <translation>The dossier was saved in
{path}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="258"/>
        <source>Supprimer un dossier</source>
        <translation>Delete a dossier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="260"/>
        <source>Supprimer le dossier « {title} » ?

Si l&apos;une de ses versions a été signée, le dossier n&apos;est pas supprimé mais archivé : il reste consultable (case « Afficher les dossiers archivés »).</source>
        <translation>Delete the dossier “{title}”?

If one of its versions was signed, the dossier is not deleted but archived: it can still be viewed (“Show archived dossiers” box).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="263"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="269"/>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="274"/>
        <source>Dossier archivé</source>
        <translation>Dossier archived</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/home.py" line="276"/>
        <source>« {title} » a une version signée : il a été archivé, pas supprimé. Cochez « Afficher les dossiers archivés » pour le retrouver.</source>
        <translation>“{title}” has a signed version: it was archived, not deleted. Tick “Show archived dossiers” to find it.</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="6"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="12"/>
        <location filename="../../forms/home.ui" line="15"/>
        <source>Dossiers de coopération</source>
        <translation>Cooperation dossiers</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="22"/>
        <source>Chaque dossier réunit les partenaires, la charte de coopération, les conventions et l&apos;historique des versions. Ouvrez un dossier (double-clic ou Entrée) ou créez-en un.</source>
        <translation>Each dossier holds the partners, the cooperation charter, the agreements and the history of versions. Open a dossier (double-click or Enter) or create one.</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="37"/>
        <source>Titre du &amp;nouveau dossier :</source>
        <translation>Title of the &amp;new dossier:</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="47"/>
        <source>Titre du nouveau dossier</source>
        <translation>Title of the new dossier</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="50"/>
        <source>Ex. : Coopération éducative – quartier Croix-Rouge</source>
        <translation>E.g.: Educational cooperation – Croix-Rouge district</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="57"/>
        <source>&amp;Créer</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="60"/>
        <source>Créer le dossier</source>
        <translation>Create the dossier</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="71"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="81"/>
        <source>Rechercher un dossier</source>
        <translation>Search a dossier</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="84"/>
        <source>Titre ou territoire</source>
        <translation>Title or territory</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="91"/>
        <source>Afficher les dossiers arc&amp;hivés</source>
        <translation>Show arc&amp;hived dossiers</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="94"/>
        <source>Afficher les dossiers archivés</source>
        <translation>Show archived dossiers</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="103"/>
        <source>Liste des dossiers</source>
        <translation>List of dossiers</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="130"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="133"/>
        <source>Ouvrir le dossier choisi</source>
        <translation>Open the selected dossier</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="140"/>
        <source>&amp;Importer un fichier .charte…</source>
        <translation>&amp;Import a .charte file…</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="143"/>
        <source>Importer un fichier .charte</source>
        <translation>Import a .charte file</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="150"/>
        <source>Enregistrer &amp;sous (.charte)…</source>
        <translation>Save &amp;as (.charte)…</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="153"/>
        <source>Enregistrer le dossier choisi en fichier .charte</source>
        <translation>Save the selected dossier as a .charte file</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="166"/>
        <source>Su&amp;pprimer…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location filename="../../forms/home.ui" line="169"/>
        <source>Supprimer le dossier choisi</source>
        <translation>Delete the selected dossier</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="17"/>
        <source>Collectivité (commune, EPCI)</source>
        <translation>Local authority (town, EPCI)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="18"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="19"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="20"/>
        <source>Service de l&apos;État</source>
        <translation>State service</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="21"/>
        <source>Éducation nationale</source>
        <translation>National education</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="22"/>
        <source>Caisse d&apos;allocations familiales</source>
        <translation>Family allowance fund (CAF)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="23"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="24"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="25"/>
        <source>Établissement public</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="26"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="27"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="28"/>
        <source>Partage d&apos;informations</source>
        <translation>Information sharing</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="29"/>
        <source>Confidentialité</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="30"/>
        <source>Éthique et déontologie</source>
        <translation>Ethics</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="31"/>
        <source>Prise de décision</source>
        <translation>Decision making</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="32"/>
        <source>Fonctionnement</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="33"/>
        <source>Autres règles</source>
        <translation>Other rules</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="34"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="35"/>
        <source>Partagée</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="36"/>
        <source>Validée</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="37"/>
        <source>Signée</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="38"/>
        <source>Approuvée</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="39"/>
        <source>Avec réserves</source>
        <translation>With reservations</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="40"/>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="41"/>
        <source>Convention de partenariat</source>
        <translation>Partnership agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="42"/>
        <source>Convention cadre</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="43"/>
        <source>Convention financière</source>
        <translation>Funding agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="44"/>
        <source>Convention de mise à disposition</source>
        <translation>Provision-of-means agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/labels_i18n.py" line="45"/>
        <source>Avenant</source>
        <translation>Amendment</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="69"/>
        <source>Papier à en-tête</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="71"/>
        <source>Charte de coopération</source>
        <translation>Cooperation charter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="76"/>
        <source>Aperçu de la première page</source>
        <translation>Preview of the first page</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="78"/>
        <source>&amp;Choisir un fichier Word…</source>
        <translation>&amp;Choose a Word file…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="79"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="87"/>
        <source>Les exports Word partent de ce document (styles, en-tête, logo) ; les PDF reprennent son logo. Choisissez le papier à en-tête de votre collectivité, au format Word (.docx).</source>
        <translation>Word exports start from this document (styles, header, logo); PDFs use its logo. Choose your authority&apos;s letterhead, as a Word file (.docx).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="114"/>
        <source>En service : le papier à en-tête choisi (copié dans le dossier des modèles).</source>
        <translation>In use: the chosen letterhead (copied into the templates folder).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="116"/>
        <source>Aucun papier à en-tête : les documents sont imprimés sur des pages blanches.</source>
        <translation>No letterhead: documents are printed on blank pages.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="155"/>
        <source>Projet – document de travail</source>
        <translation>Draft – working document</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="172"/>
        <source>Papier à en-tête refusé</source>
        <translation>Letterhead refused</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="173"/>
        <source>« {name} » n&apos;est pas un document Word (.docx) lisible.</source>
        <translation>“{name}” is not a readable Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="182"/>
        <source>Papier à en-tête non enregistré</source>
        <translation>Letterhead not saved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="191"/>
        <source>Retirer le papier à en-tête</source>
        <translation>Remove the letterhead</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="192"/>
        <source>Les prochains documents seront imprimés sur des pages blanches.</source>
        <translation>The next documents will be printed on blank pages.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="193"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="199"/>
        <source>Papier à en-tête non retiré</source>
        <translation>Letterhead not removed</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="56"/>
        <source>Les familles d&apos;abord</source>
        <translation>Families first</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="57"/>
        <source>Les familles sont informées et donnent leur accord avant toute démarche qui les concerne ; elles sont associées aux décisions.</source>
        <translation>Families are informed and give their consent before any step that concerns them; they take part in decisions.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="64"/>
        <source>Partir des ressources</source>
        <translation>Start from strengths</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="65"/>
        <source>Chaque partenaire cherche les forces de l&apos;enfant et de sa famille, pas seulement les difficultés.</source>
        <translation>Each partner looks for the strengths of the child and the family, not only the difficulties.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="71"/>
        <source>Confiance et écoute</source>
        <translation>Trust and listening</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="72"/>
        <source>Les partenaires prennent le temps de se connaître, s&apos;écoutent et nomment ouvertement les problèmes.</source>
        <translation>The partners take time to get to know each other, listen to each other and name problems openly.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="78"/>
        <source>Respect des missions de chacun</source>
        <translation>Respect for each other&apos;s missions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="79"/>
        <source>Chaque partenaire agit dans son cadre d&apos;intervention ; les postures professionnelles différentes sont une richesse.</source>
        <translation>Each partner acts within its own framework; different professional postures are an asset.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="89"/>
        <source>Partager le strict nécessaire</source>
        <translation>Share only what is strictly necessary</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="90"/>
        <source>Seules les informations strictement nécessaires à l&apos;accompagnement sont partagées, après information et accord de la famille (art. L. 121-6-2 du code de l&apos;action sociale et des familles).</source>
        <translation>Only the information strictly necessary to the support is shared, after the family has been informed and has agreed (art. L. 121-6-2 of the French social action and families code).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="98"/>
        <source>Confidentialité</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="99"/>
        <source>Chaque membre des instances est tenu à la confidentialité sur les situations évoquées ; aucune information nominative ne figure dans les comptes rendus.</source>
        <translation>Every member of the bodies is bound to confidentiality on the situations discussed; no personal information appears in the minutes.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="107"/>
        <source>Éthique des échanges</source>
        <translation>Ethics of exchanges</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="108"/>
        <source>Les situations sont présentées avec respect, en distinguant les faits des interprétations.</source>
        <translation>Situations are presented respectfully, distinguishing facts from interpretations.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="115"/>
        <source>Décider ensemble</source>
        <translation>Deciding together</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="116"/>
        <source>Les décisions du comité de pilotage sont prises par consensus ; à défaut, à la majorité des partenaires présents.</source>
        <translation>Steering committee decisions are taken by consensus; failing that, by a majority of the partners present.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="124"/>
        <source>Un référent par partenaire</source>
        <translation>One referent per partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="125"/>
        <source>Chaque partenaire désigne un référent et son suppléant, joignables par la coordination.</source>
        <translation>Each partner names a referent and a deputy whom the coordination can reach.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="135"/>
        <source>Enfants accompagnés dans l&apos;année</source>
        <translation>Children supported during the year</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="136"/>
        <source>nombre de l&apos;année précédente</source>
        <translation>previous year&apos;s number</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="137"/>
        <location filename="../../src/charte_app/ui/library.py" line="144"/>
        <source>à fixer ensemble</source>
        <translation>to be set together</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="138"/>
        <source>bilan d&apos;activité du programme</source>
        <translation>programme activity report</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="139"/>
        <location filename="../../src/charte_app/ui/library.py" line="146"/>
        <source>annuelle</source>
        <translation>yearly</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="142"/>
        <source>Parcours sans rupture à l&apos;entrée au collège</source>
        <translation>Unbroken paths when entering lower secondary school</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="143"/>
        <source>part constatée à la rentrée</source>
        <translation>share observed at the start of the school year</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="145"/>
        <source>suivi des parcours, Éducation nationale</source>
        <translation>path follow-up, Education nationale</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="149"/>
        <source>Familles ayant donné leur accord au partage</source>
        <translation>Families who agreed to information sharing</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="150"/>
        <source>part en début de charte</source>
        <translation>share when the charter starts</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="151"/>
        <source>toutes les familles accompagnées</source>
        <translation>every family supported</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="152"/>
        <source>dossiers de la coordination</source>
        <translation>coordination records</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="153"/>
        <source>semestrielle</source>
        <translation>twice a year</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="156"/>
        <source>Présence des partenaires au comité technique</source>
        <translation>Partners&apos; attendance at the technical committee</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="157"/>
        <source>présence moyenne de l&apos;année précédente</source>
        <translation>previous year&apos;s average attendance</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="158"/>
        <source>chaque partenaire à chaque réunion</source>
        <translation>every partner at every meeting</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="159"/>
        <source>feuilles d&apos;émargement</source>
        <translation>attendance sheets</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/library.py" line="160"/>
        <source>à chaque réunion</source>
        <translation>at every meeting</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../src/charte_app/ui/list_editor.py" line="129"/>
        <source>Tapez d&apos;abord un titre, puis Entrée</source>
        <extracomment>A record was just added (the page may move the focus to its detail).</extracomment>
        <translation>Type a title first, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/list_editor.py" line="159"/>
        <source>Élément encore cité</source>
        <translation>Item still cited</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/list_editor.py" line="160"/>
        <source>« {name} » ne peut pas être supprimé : il est encore cité ici :
{uses}

Retirez-le d&apos;abord de ces endroits, puis supprimez-le.</source>
        <translation>“{name}” cannot be deleted: it is still cited here:
{uses}

Remove it from these places first, then delete it.</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="39"/>
        <source>&amp;Liste :</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="49"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="58"/>
        <location filename="../../forms/list_editor.ui" line="61"/>
        <source>Titre du nouvel élément</source>
        <translation>Title of the new item</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="68"/>
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="71"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="82"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="85"/>
        <source>Monter l&apos;élément choisi (Alt+Haut)</source>
        <translation>Move the selected item up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="92"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="95"/>
        <source>Descendre l&apos;élément choisi (Alt+Bas)</source>
        <translation>Move the selected item down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="102"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="105"/>
        <source>Supprimer l&apos;élément choisi (Suppr)</source>
        <translation>Delete the selected item (Del)</translation>
    </message>
    <message>
        <location filename="../../forms/list_editor.ui" line="117"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="57"/>
        <source>Ajouter depuis la &amp;bibliothèque</source>
        <translation>Add from the &amp;library</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>&amp;Formulaires partenaires…</source>
        <translation>Partner &amp;forms…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Intégrer les ré&amp;ponses…</source>
        <translation>Bring in &amp;answers…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Importer les remarques d&apos;un document &amp;Word…</source>
        <translation>Import remarks from a &amp;Word document…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Aucun dossier ouvert</source>
        <translation>No dossier open</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Ouvrez d&apos;abord un dossier.</source>
        <translation>Open a dossier first.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Formulaires écrits dans « {folder} ».</source>
        <translation>Forms written in “{folder}”.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Formulaire écrit : « {path} ».</source>
        <translation>Form written: “{path}”.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Formulaires partenaires</source>
        <translation>Partner forms</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Ce formulaire est celui du dossier « {title} » : ouvrez ce dossier d&apos;abord.</source>
        <translation>This form belongs to the dossier “{title}”: open that dossier first.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Intégrer les réponses</source>
        <translation>Bring in answers</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Réponses de {partner}</source>
        <translation>Answers from {partner}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>%n réponses intégrées.</source>
        <translation>
            <numerusform>%n answer brought in.</numerusform>
            <numerusform>%n answers brought in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Remarques d&apos;un document Word</source>
        <translation>Remarks from a Word document</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Enregistrer le formulaire</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Dossier des formulaires</source>
        <translation>Folder for the forms</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Formulaire rempli par un partenaire</source>
        <translation>Form filled in by a partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Classeur (*.xlsx *.ods)</source>
        <translation>Workbook (*.xlsx *.ods)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Document Word annoté</source>
        <translation>Annotated Word document</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="1"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="96"/>
        <source>État de l&apos;enregistrement</source>
        <extracomment>How long after the window&apos;s first paint the database layer starts loading (idle time). Where the last dossier was kept before it became a per-user preference (read once as a fallback). Font scale of the &quot;mode réunion&quot; (projector).</extracomment>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="163"/>
        <location filename="../../src/charte_app/ui/main_window.py" line="200"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="165"/>
        <location filename="../../src/charte_app/ui/main_window.py" line="203"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="184"/>
        <source>Annulé : {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="191"/>
        <source>Rétabli : {action}</source>
        <translation>Redone: {action}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="196"/>
        <source>{done} (étape {step})</source>
        <translation>{done} (step {step})</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="200"/>
        <source>&amp;Annuler : {action}</source>
        <translation>&amp;Undo: {action}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="203"/>
        <source>&amp;Rétablir : {action}</source>
        <translation>&amp;Redo: {action}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="213"/>
        <source>Papier à &amp;en-tête…</source>
        <translation>&amp;Letterhead…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="225"/>
        <source>Aller à la liste des é&amp;tapes</source>
        <translation>Go to the list of s&amp;teps</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="234"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="261"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="263"/>
        <source>Enregistré – 1 point à corriger</source>
        <translation>Saved – 1 point to fix</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="265"/>
        <source>Enregistré – {count} points à corriger</source>
        <translation>Saved – {count} points to fix</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="268"/>
        <source>Modifications en cours d&apos;enregistrement…</source>
        <translation>Saving changes…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="311"/>
        <source>Les dernières modifications n&apos;ont pas pu être enregistrées dans la base : {reason}

{where}</source>
        <translation>The latest changes could not be saved to the database: {reason}

{where}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="313"/>
        <source>Quitter quand même</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="363"/>
        <source> (copie de {who})</source>
        <translation> (copy by {who})</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="369"/>
        <source>Copie enregistrée</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="370"/>
        <source>Vos modifications sont dans un nouveau dossier : « {title} ».</source>
        <translation>Your changes are in a new dossier: “{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="475"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="493"/>
        <location filename="../../src/charte_app/ui/main_window.py" line="508"/>
        <source>Le brouillon n&apos;est pas enregistré : {reason}</source>
        <translation>The draft is not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="269"/>
        <location filename="../../src/charte_app/ui/main_window.py" line="272"/>
        <source>Non enregistré : {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="275"/>
        <source>Non enregistré : quelqu&apos;un d&apos;autre a modifié ce dossier</source>
        <translation>Not saved: someone else changed this dossier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="301"/>
        <source>Une copie de secours a été écrite : {path}
Importez-la plus tard (Fichier › Importer).</source>
        <translation>A rescue copy was written: {path}
Import it later (File › Import).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="305"/>
        <source>La copie de secours n&apos;a pas pu être écrite non plus.</source>
        <translation>The rescue copy could not be written either.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="309"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="381"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="351"/>
        <location filename="../../src/charte_app/ui/main_window.py" line="492"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="507"/>
        <source>Version impossible</source>
        <translation>Cannot create a version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="519"/>
        <source>Version créée</source>
        <translation>Version created</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="521"/>
        <source>La version {n} « {label} » est enregistrée.

Empreinte : {fingerprint}
Elle est imprimée sur chaque page de ses documents.</source>
        <translation>Version {n} “{label}” is saved.

Fingerprint: {fingerprint}
It is printed on every page of its documents.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="561"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="563"/>
        <source>Remettre en place la sauvegarde du {date} ?

La base actuelle sera mise de côté dans le dossier des données (rien n&apos;est effacé). Les modifications faites depuis cette sauvegarde ne figureront pas dans la base restaurée.</source>
        <translation>Put back the backup of {date}?

The current database will be set aside in the data folder (nothing is deleted). Changes made since this backup will not be in the restored database.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="567"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="654"/>
        <source>À propos de Charte</source>
        <translation>About Charte</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/main_window.py" line="656"/>
        <source>Charte – co-construire les chartes de coopération et les conventions de partenariat des Programmes de Réussite Éducative.

Données : {path}</source>
        <translation>Charte – co-construct the cooperation charters and partnership agreements of the Programmes de Réussite Éducative.

Data: {path}</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6"/>
        <source>Charte</source>
        <translation>Charte</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="34"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="48"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="53"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="82"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="99"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="104"/>
        <source>&amp;Importer un fichier .charte…</source>
        <translation>&amp;Import a .charte file…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>Enregistrer &amp;sous (.charte)…</source>
        <translation>Save &amp;as (.charte)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="120"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125"/>
        <source>&amp;Accueil (liste des dossiers)</source>
        <translation>&amp;Home (list of dossiers)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="133"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="136"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141"/>
        <source>Mode &amp;réunion (grands caractères)</source>
        <translation>&amp;Meeting mode (large text)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="144"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="152"/>
        <source>Panneau « &amp;Comment faire ? »</source>
        <translation>“&amp;How to?” panel</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="155"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="166"/>
        <source>Étape &amp;suivante</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="169"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="174"/>
        <source>Étape &amp;précédente</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="177"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="182"/>
        <source>&amp;Français</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="190"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="198"/>
        <source>&amp;Créer une version…</source>
        <translation>&amp;Create a version…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="201"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="206"/>
        <source>&amp;Historique des versions…</source>
        <translation>&amp;History of versions…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="209"/>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="214"/>
        <source>C&amp;omparer deux versions…</source>
        <translation>C&amp;ompare two versions…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="219"/>
        <source>&amp;Vérifier un document imprimé (PDF)…</source>
        <translation>&amp;Verify a printed document (PDF)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="224"/>
        <source>À &amp;propos de Charte</source>
        <translation>&amp;About Charte</translation>
    </message>
    <message>
        <source>Imprimer les &amp;originaux…</source>
        <translation>Print the &amp;originals…</translation>
    </message>
</context>
<context>
    <name>MeansSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="313"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="315"/>
        <source>Changer le partenaire d&apos;un moyen</source>
        <translation>Change a means&apos; partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="328"/>
        <source>Poste, qualification</source>
        <translation>Post, qualification</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="328"/>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="341"/>
        <source>Modifier un moyen</source>
        <translation>Edit a means</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="329"/>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="329"/>
        <source>Modifier les ETP</source>
        <translation>Edit the FTE</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="340"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="340"/>
        <source>Changer la nature d&apos;un moyen</source>
        <translation>Change a means&apos; nature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="341"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="367"/>
        <source>Modifier les conditions d&apos;un moyen</source>
        <translation>Edit the conditions of a resource</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="368"/>
        <source>Modifier la valorisation d&apos;un moyen</source>
        <translation>Edit the valuation of a resource</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="387"/>
        <source>Choisir l&apos;hôte ou le bénéficiaire d&apos;un moyen</source>
        <translation>Choose the host or beneficiary of a resource</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="396"/>
        <source>Moyen sélectionné (choisissez une ligne dans un tableau)</source>
        <translation>Selected resource (choose a line in a table)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="399"/>
        <source>sans description</source>
        <translation>without description</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="400"/>
        <source>Moyen sélectionné : « {name} »</source>
        <translation>Selected resource: “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="401"/>
        <source>Acc&amp;ueilli par :</source>
        <translation>Hosted b&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="401"/>
        <source>Au &amp;bénéfice de :</source>
        <translation>For the &amp;benefit of:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="402"/>
        <source>(non précisé)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="434"/>
        <source>Ajoutez d&apos;abord les parties à la convention (onglet « Parties »).</source>
        <translation>Add the parties to the agreement first (“Parties” tab).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="438"/>
        <source>Ajouter : {}</source>
        <translation>Add: {}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_means.py" line="446"/>
        <source>Supprimer un moyen</source>
        <translation>Delete a means</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../src/charte_app/ui/notice.py" line="30"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/notice.py" line="31"/>
        <source>Fermer ce message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/notice.py" line="36"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ObjectiveDetail</name>
    <message>
        <location filename="../../forms/objective_detail.ui" line="23"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="33"/>
        <source>Titre de l&apos;objectif</source>
        <translation>Title of the objective</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="42"/>
        <source>Descri&amp;ption :</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="52"/>
        <source>Description de l&apos;objectif</source>
        <translation>Description of the objective</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="65"/>
        <source>&amp;Indicateurs de suivi (cliquez une cellule pour la modifier) :</source>
        <translation>&amp;Follow-up indicators (click a cell to edit it):</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="78"/>
        <source>Indicateurs de suivi</source>
        <translation>Follow-up indicators</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="96"/>
        <location filename="../../forms/objective_detail.ui" line="99"/>
        <source>Nom du nouvel indicateur</source>
        <translation>Name of the new indicator</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="106"/>
        <source>Ajouter l&apos;i&amp;ndicateur</source>
        <translation>Add the i&amp;ndicator</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="109"/>
        <source>Ajouter l&apos;indicateur</source>
        <translation>Add the indicator</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="116"/>
        <source>Retirer l&apos;indi&amp;cateur</source>
        <translation>Remove the indi&amp;cator</translation>
    </message>
    <message>
        <location filename="../../forms/objective_detail.ui" line="119"/>
        <source>Retirer l&apos;indicateur choisi</source>
        <translation>Remove the selected indicator</translation>
    </message>
</context>
<context>
    <name>ObjectivesStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="1"/>
        <source>Ajoutez d&apos;abord un objectif (champ « Nouvel objectif ») : les indicateurs types se rattachent à un objectif.</source>
        <translation>First add an objective (the “New objective” field): typical indicators belong to an objective.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="269"/>
        <source>&amp;Liste des objectifs :</source>
        <translation>&amp;List of objectives:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="270"/>
        <source>Nouvel objectif, puis Entrée</source>
        <translation>New objective, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="274"/>
        <source>Ajouter un objectif</source>
        <translation>Add an objective</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="275"/>
        <source>Supprimer un objectif</source>
        <translation>Delete an objective</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="276"/>
        <source>Déplacer un objectif</source>
        <translation>Move an objective</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="286"/>
        <source>Modifier le titre de l&apos;objectif</source>
        <translation>Edit the objective&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="287"/>
        <source>Modifier la description de l&apos;objectif</source>
        <translation>Edit the objective&apos;s description</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="289"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="289"/>
        <source>Modifier le nom de l&apos;indicateur</source>
        <translation>Edit the indicator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="290"/>
        <source>Valeur de départ</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="290"/>
        <source>Modifier la valeur de départ</source>
        <translation>Edit the baseline</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="291"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="291"/>
        <source>Modifier la cible de l&apos;indicateur</source>
        <translation>Edit the indicator&apos;s target</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="292"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="292"/>
        <source>Modifier la source de l&apos;indicateur</source>
        <translation>Edit the indicator&apos;s source</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="293"/>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="293"/>
        <source>Modifier la fréquence de mesure</source>
        <translation>Edit the measurement frequency</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="392"/>
        <source>au moins un objectif, avec ses indicateurs</source>
        <translation>at least one objective, with its indicators</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="394"/>
        <source>« {name} » : au moins un indicateur</source>
        <translation>“{name}”: at least one indicator</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="259"/>
        <source>Objectifs et indicateurs</source>
        <translation>Objectives and indicators</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="330"/>
        <source>Les objectifs déclinent le but commun ; chaque objectif a ses indicateurs de suivi, décidés dès le départ.</source>
        <translation>Objectives break the common goal down; each objective has its follow-up indicators, decided at the start.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="324"/>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="365"/>
        <source>Ajouter un indicateur</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="305"/>
        <source>Des indicateurs types pour l&apos;objectif choisi (valeur de départ, cible, source, fréquence)</source>
        <translation>Typical indicators for the chosen objective (baseline, target, source, frequency)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="312"/>
        <source>Aucun objectif</source>
        <translation>No objective</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="312"/>
        <source>Choisissez d&apos;abord l&apos;objectif que cet indicateur suit.</source>
        <translation>First choose the objective this indicator follows.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="380"/>
        <source>Indicateur encore cité</source>
        <translation>Indicator still cited</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="381"/>
        <source>« {name} » est encore cité ici :
{uses}

Retirez-le d&apos;abord de ces conventions.</source>
        <translation>“{name}” is still cited here:
{uses}

Remove it from these agreements first.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="386"/>
        <source>Retirer un indicateur</source>
        <translation>Remove an indicator</translation>
    </message>
</context>
<context>
    <name>PartiesSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="168"/>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="170"/>
        <source>Changer la partie qui s&apos;engage</source>
        <translation>Change the committing party</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="174"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="174"/>
        <source>Modifier un engagement</source>
        <translation>Edit a commitment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="213"/>
        <source>d&apos;une part</source>
        <translation>d&apos;une part</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="213"/>
        <source>d&apos;autre part</source>
        <translation>d&apos;autre part</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="221"/>
        <source>Une convention a au moins une partie : choisissez-la dans la liste de gauche.</source>
        <translation>An agreement has at least one party: choose it in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="227"/>
        <source>Ne sont pas parties mais s&apos;engagent ou contribuent : {names}. Ajoutez-les aux parties.</source>
        <translation>Not parties but committing or contributing: {names}. Add them to the parties.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="248"/>
        <source>Ajouter une partie</source>
        <translation>Add a party</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="255"/>
        <source>Retirer une partie</source>
        <translation>Remove a party</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="262"/>
        <source>Changer l&apos;ordre des parties</source>
        <translation>Change the order of the parties</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="276"/>
        <source>Ajoutez d&apos;abord les parties à la convention.</source>
        <translation>Add the parties to the agreement first.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="280"/>
        <source>Ajouter un engagement</source>
        <translation>Add a commitment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="288"/>
        <source>Supprimer un engagement</source>
        <translation>Delete a commitment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="296"/>
        <source>Changer l&apos;ordre des engagements</source>
        <translation>Change the order of the commitments</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="37"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="38"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="39"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="40"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="41"/>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="42"/>
        <source>Habilitation</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="43"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="44"/>
        <source>Champs d&apos;action</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="45"/>
        <source>Intérêt à participer</source>
        <translation>Interest in taking part</translation>
    </message>
</context>
<context>
    <name>PartnersStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="1"/>
        <source>Ajouter un acteur…</source>
        <translation>Add an actor…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="1"/>
        <source>Ajouter un lien…</source>
        <translation>Add a link…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="1"/>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="136"/>
        <source>Modifier le nom du partenaire</source>
        <translation>Edit the partner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="137"/>
        <source>Modifier le nom court du partenaire</source>
        <translation>Edit the partner&apos;s short name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="138"/>
        <source>Modifier le type du partenaire</source>
        <translation>Edit the partner&apos;s kind</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="139"/>
        <source>Modifier l&apos;adresse du partenaire</source>
        <translation>Edit the partner&apos;s address</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="140"/>
        <source>Modifier le SIRET</source>
        <translation>Edit the SIRET</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="141"/>
        <source>Modifier l&apos;habilitation du représentant</source>
        <translation>Edit the representative&apos;s authority</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="142"/>
        <source>Modifier la civilité du représentant</source>
        <translation>Edit the representative&apos;s civility</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="143"/>
        <source>Modifier le représentant</source>
        <translation>Edit the representative</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="144"/>
        <source>Modifier la fonction du représentant</source>
        <translation>Edit the representative&apos;s function</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="145"/>
        <source>Modifier la délégation de signature</source>
        <translation>Edit the delegation of signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="147"/>
        <source>Modifier la personne morale qui signe</source>
        <translation>Edit the legal person who signs</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="150"/>
        <source>Modifier l&apos;IBAN du partenaire</source>
        <translation>Edit the partner&apos;s IBAN</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="151"/>
        <source>Modifier le BIC du partenaire</source>
        <translation>Edit the partner&apos;s BIC</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="155"/>
        <source>Modifier l&apos;interlocuteur</source>
        <translation>Edit the contact person</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="156"/>
        <source>Modifier le courriel de l&apos;interlocuteur</source>
        <translation>Edit the contact&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="157"/>
        <source>Modifier le téléphone de l&apos;interlocuteur</source>
        <translation>Edit the contact&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="158"/>
        <source>Modifier les champs d&apos;action</source>
        <translation>Edit the fields of action</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="159"/>
        <source>Modifier l&apos;intérêt à participer</source>
        <translation>Edit the interest in taking part</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="355"/>
        <source>au moins deux partenaires</source>
        <translation>at least two partners</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="358"/>
        <source>le nom de chaque partenaire</source>
        <translation>each partner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="360"/>
        <source>« {name} » : le représentant qui signe</source>
        <translation>“{name}”: the representative who signs</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="101"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="303"/>
        <source>Ajouter le partenaire « {name} »</source>
        <translation>Add the partner “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="316"/>
        <source>Déplacer un partenaire</source>
        <translation>Move a partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="328"/>
        <source>Partenaire encore cité</source>
        <translation>Partner still cited</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="330"/>
        <source>« {name} » ne peut pas être supprimé : il est encore cité ici :
{uses}

Retirez-le d&apos;abord de ces endroits, puis supprimez-le.</source>
        <translation>“{name}” cannot be deleted: it is still cited here:
{uses}

Remove it from these places first, then delete it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="337"/>
        <source>Supprimer un partenaire</source>
        <translation>Delete a partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="338"/>
        <source>Supprimer « {name} » de la carte des acteurs ? (Édition › Annuler le rétablit.)</source>
        <translation>Delete “{name}” from the actor map? (Edit › Undo brings it back.)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="341"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/partners.py" line="346"/>
        <source>Supprimer le partenaire « {name} »</source>
        <translation>Delete the partner “{name}”</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="21"/>
        <source>La carte des acteurs : qui est concerné, ce que chacun fait sur le territoire et ce qu&apos;il gagne à coopérer.</source>
        <translation>The actor map: who is concerned, what each does on the territory and what it gains from cooperating.</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="56"/>
        <source>Carte des acteurs</source>
        <translation>Actor map</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="80"/>
        <source>&amp;Nouveau partenaire :</source>
        <translation>&amp;New partner:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="90"/>
        <source>Nom du nouveau partenaire</source>
        <translation>Name of the new partner</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="93"/>
        <source>Nom, puis Entrée</source>
        <translation>Name, then Enter</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="100"/>
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="103"/>
        <source>Ajouter le partenaire</source>
        <translation>Add the partner</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="110"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="113"/>
        <source>Monter le partenaire choisi (Alt+Haut)</source>
        <translation>Move the selected partner up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="120"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="123"/>
        <source>Descendre le partenaire choisi (Alt+Bas)</source>
        <translation>Move the selected partner down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="130"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="133"/>
        <source>Supprimer le partenaire choisi (Suppr)</source>
        <translation>Delete the selected partner (Del)</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="169"/>
        <source>No&amp;m :</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="179"/>
        <source>Nom du partenaire</source>
        <translation>Partner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="182"/>
        <source>Ville de Reims</source>
        <translation>Ville de Reims</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="189"/>
        <source>Nom co&amp;urt :</source>
        <translation>Short na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="199"/>
        <source>Nom court</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="202"/>
        <source>la Ville</source>
        <translation>la Ville</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="209"/>
        <source>&amp;Type :</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="219"/>
        <source>Type de partenaire</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="226"/>
        <source>A&amp;dresse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="236"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="243"/>
        <source>&amp;SIRET :</source>
        <translation>&amp;SIRET:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="271"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="274"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="287"/>
        <location filename="../../forms/step_partners.ui" line="531"/>
        <source>Message de vérification</source>
        <translation>Check message</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="297"/>
        <source>&amp;Habilitation :</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="307"/>
        <source>Habilitation du représentant</source>
        <translation>Representative&apos;s authority</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="310"/>
        <source>par délibération du … en date du …</source>
        <translation>par délibération du … en date du …</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="317"/>
        <source>I&amp;BAN :</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="327"/>
        <source>IBAN du compte du partenaire</source>
        <translation>IBAN of the partner&apos;s account</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="330"/>
        <source>Le compte sur lequel ce partenaire reçoit les contributions : il figure dans l&apos;article sur les versements</source>
        <translation>The account this partner receives contributions into: printed in the payment article</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="333"/>
        <source>FR76 …</source>
        <translation>FR76 …</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="340"/>
        <source>&amp;BIC :</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="350"/>
        <source>BIC de la banque du partenaire</source>
        <translation>BIC of the partner&apos;s bank</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="353"/>
        <source>Code BIC de la banque du partenaire</source>
        <translation>BIC code of the partner&apos;s bank</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="356"/>
        <source>AGRIFRPP</source>
        <translation>AGRIFRPP</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="367"/>
        <source>&amp;Civilité :</source>
        <translation>&amp;Civility:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="377"/>
        <source>Civilité du représentant</source>
        <translation>Representative&apos;s civility</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="384"/>
        <source>&amp;Représentant :</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="394"/>
        <source>Nom du représentant</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="397"/>
        <source>Qui signe</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="404"/>
        <source>F&amp;onction :</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="414"/>
        <source>Fonction du représentant</source>
        <translation>Representative&apos;s function</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="417"/>
        <source>Maire, directeur…</source>
        <translation>Mayor, director…</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="424"/>
        <source>&amp;Délégation :</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="434"/>
        <source>Délégation de signature du représentant</source>
        <translation>Representative&apos;s delegation of signature</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="437"/>
        <source>À remplir quand le signataire n&apos;est pas le représentant légal : elle figure sous sa signature</source>
        <translation>Fill in when the signatory is not the legal representative: it is printed under the signature</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="440"/>
        <source>par délégation du Maire, arrêté n° … du …</source>
        <translation>by delegation of the Mayor, order no. … of …</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="447"/>
        <source>Personne mor&amp;ale :</source>
        <translation>Leg&amp;al person:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="457"/>
        <source>Personne morale qui signe pour lui</source>
        <translation>Legal person signing on its behalf</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="460"/>
        <source>Personne morale qui signe pour lui, quand le partenaire n&apos;a pas la personnalité morale : un CMP → son hôpital, une circonscription → le DASEN, une UTAS → le Département</source>
        <translation>Legal person signing on its behalf, when the partner has no legal personality: a CMP → its hospital, a school district → the DASEN, a UTAS → the Département</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="463"/>
        <source>s&apos;il n&apos;a pas la personnalité morale : CMP → son hôpital, circonscription → DASEN, UTAS → Département</source>
        <translation>without legal personality: CMP → its hospital, school district → DASEN, UTAS → Département</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="470"/>
        <source>Inter&amp;locuteur :</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="480"/>
        <source>Interlocuteur au quotidien</source>
        <translation>Day-to-day contact</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="487"/>
        <source>Courr&amp;iel :</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="515"/>
        <source>E-mail du contact</source>
        <translation>Contact&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="518"/>
        <source>nom@exemple.fr</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="541"/>
        <source>Télé&amp;phone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="551"/>
        <source>Téléphone du contact</source>
        <translation>Contact&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="579"/>
        <source>Champs d&apos;action (un par ligne) :</source>
        <translation>Fields of action (one per line):</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="589"/>
        <source>Champs d&apos;action</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="595"/>
        <source>soutien à la parentalité</source>
        <translation>parenting support</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="620"/>
        <source>Intérêt à participer (ce qu&apos;il y ga&amp;gne) :</source>
        <translation>Interest in taking part (what it &amp;gains):</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="630"/>
        <source>Intérêt à participer</source>
        <translation>Interest in taking part</translation>
    </message>
    <message>
        <location filename="../../forms/step_partners.ui" line="636"/>
        <source>Ce que ce partenaire gagne à coopérer</source>
        <translation>What this partner gains from cooperating</translation>
    </message>
</context>
<context>
    <name>PreviewForm</name>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Document à afficher</source>
        <translation>Document to show</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Version à afficher</source>
        <translation>Version to show</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Aperçu du document</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Exporter en &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Enregistrer le document au format PDF, prêt à imprimer ou à envoyer</source>
        <translation>Save the document as PDF, ready to print or send</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Exporter en &amp;Word…</source>
        <translation>Export as &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Enregistrer le document au format Word (.docx), pour le retoucher</source>
        <translation>Save the document as Word (.docx), to retouch it</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Imprimer le document : autant d&apos;exemplaires que d&apos;originaux à signer</source>
        <translation>Print the document: as many copies as originals to sign</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Champs de &amp;signature électronique</source>
        <translation>E-&amp;signature fields</translation>
    </message>
    <message>
        <location filename="../../forms/preview.ui" line="2"/>
        <source>Dans le PDF, ajouter un champ de signature vide par signataire, pour une plateforme de signature électronique</source>
        <translation>In the PDF, add one empty signature field per signatory, for an e-signature platform</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="69"/>
        <source>Aperçu et export</source>
        <translation>Preview and export</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="92"/>
        <source>Ouvrir le d&amp;ossier</source>
        <translation>Open the f&amp;older</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="94"/>
        <source>Ouvrir le dossier où le document vient d&apos;être enregistré</source>
        <translation>Open the folder where the document was just saved</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="104"/>
        <source>&lt;p&gt;Relisez le document tel qu&apos;il sera imprimé. Tant qu&apos;aucune version n&apos;est choisie, il porte la mention « Projet – document de travail ».&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Pour faire signer, &lt;b&gt;créez d&apos;abord une version&lt;/b&gt; (menu Versions) : son empreinte figure sur chaque page et permet de vérifier qu&apos;un exemplaire papier correspond bien au texte validé.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Imprimer&lt;/b&gt; propose autant d&apos;exemplaires que d&apos;originaux prévus (un par partie).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Word&lt;/b&gt; sert à retoucher la mise en page ; le texte de référence reste celui du dossier.&lt;/li&gt;&lt;li&gt;Paraphez chaque page d&apos;une convention ; ne séparez jamais un bloc de signature de sa mention « Fait à … ».&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Read the document as it will be printed. As long as no version is chosen, it carries the mention « Projet – document de travail ».&lt;/p&gt;&lt;ul&gt;&lt;li&gt;To have it signed, &lt;b&gt;create a version first&lt;/b&gt; (Versions menu): its fingerprint is printed on every page and lets anyone check that a paper copy matches the approved text.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; offers as many copies as planned originals (one per party).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Word&lt;/b&gt; is for retouching the layout; the reference text remains the dossier&apos;s.&lt;/li&gt;&lt;li&gt;Initial every page of an agreement; never separate a signature block from its « Fait à … » line.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="180"/>
        <source>Document de travail (non figé)</source>
        <translation>Working document (not frozen)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="192"/>
        <source>Version {n} – {label} ({status})</source>
        <translation>Version {n} – {label} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="215"/>
        <source>Rien à afficher : le dossier n&apos;a ni charte ni convention.</source>
        <translation>Nothing to show: the dossier has neither charter nor agreement.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="222"/>
        <source>L&apos;aperçu n&apos;a pas pu être construit : {}</source>
        <translation>The preview could not be built: {}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="230"/>
        <source>L&apos;aperçu a rencontré une erreur inattendue (détails dans le journal).</source>
        <translation>The preview met an unexpected error (details in the log).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/steps/preview.py" line="243"/>
        <source>%n exemplaires originaux à imprimer</source>
        <translation>
            <numerusform>%n original copy to print</numerusform>
            <numerusform>%n original copies to print</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="279"/>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="279"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="281"/>
        <source>Exporter en Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="281"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="284"/>
        <source> - version {n}</source>
        <translation> - version {n}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="284"/>
        <source> - projet</source>
        <translation> - draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="292"/>
        <source>Export impossible</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="329"/>
        <source>Une erreur inattendue a empêché l&apos;export ; votre dossier n&apos;est pas touché. Les détails sont dans le journal de l&apos;application.</source>
        <translation>An unexpected error prevented the export; your dossier is untouched. Details are in the application&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="295"/>
        <source>Document enregistré : {}</source>
        <translation>Document saved: {}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="340"/>
        <source>Dossier introuvable</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="341"/>
        <source>Le dossier {folder} n&apos;a pas pu être ouvert.</source>
        <translation>The folder {folder} could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="365"/>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="371"/>
        <source>Impression impossible</source>
        <translation>Cannot print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/steps/preview.py" line="376"/>
        <source>Impression lancée : %n exemplaires.</source>
        <translation>
            <numerusform>Printing started: %n copy.</numerusform>
            <numerusform>Printing started: %n copies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>References</name>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/references.py" line="20"/>
        <location filename="../../src/charte_app/ui/references.py" line="56"/>
        <source>%n engagements de la charte (étape 7)</source>
        <translation>
            <numerusform>%n commitment of the charter (step 7)</numerusform>
            <numerusform>%n commitments of the charter (step 7)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/references.py" line="28"/>
        <source>membre de l&apos;instance « {name} » (étape 8)</source>
        <translation>member of the body “{name}” (step 8)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/references.py" line="33"/>
        <source>signataire de la charte (étape 9)</source>
        <translation>signatory of the charter (step 9)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/references.py" line="42"/>
        <source>partie, engagement ou contribution de la convention « {title} » (étape 10)</source>
        <translation>party, commitment or contribution of the agreement “{title}” (step 10)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/references.py" line="71"/>
        <source>indicateur suivi par la convention « {title} » (étape 10)</source>
        <translation>indicator followed by the agreement “{title}” (step 10)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/restore_dialog.py" line="58"/>
        <source>Dossier des sauvegardes : {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/restore_dialog.py" line="59"/>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="6"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="18"/>
        <source>Choisissez la sauvegarde à remettre en place. La base actuelle est mise de côté dans le dossier des données (rien n&apos;est effacé) ; les modifications faites depuis la sauvegarde choisie n&apos;y figureront pas.</source>
        <translation>Choose the backup to put back. The current database is set aside in the data folder (nothing is deleted); changes made since the chosen backup will not be in it.</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="25"/>
        <source>&amp;Sauvegardes (la plus récente en haut)</source>
        <translation>&amp;Backups (newest first)</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="35"/>
        <source>Sauvegardes disponibles</source>
        <translation>Available backups</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="62"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../forms/restore_dialog.ui" line="67"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>RuleDetail</name>
    <message>
        <location filename="../../forms/rule_detail.ui" line="23"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/rule_detail.ui" line="33"/>
        <source>Titre de la règle</source>
        <translation>Title of the rule</translation>
    </message>
    <message>
        <location filename="../../forms/rule_detail.ui" line="40"/>
        <source>T&amp;hème :</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <location filename="../../forms/rule_detail.ui" line="50"/>
        <source>Thème de la règle</source>
        <translation>Topic of the rule</translation>
    </message>
    <message>
        <location filename="../../forms/rule_detail.ui" line="59"/>
        <source>Te&amp;xte de la règle :</source>
        <translation>Te&amp;xt of the rule:</translation>
    </message>
    <message>
        <location filename="../../forms/rule_detail.ui" line="69"/>
        <source>Texte de la règle</source>
        <translation>Text of the rule</translation>
    </message>
</context>
<context>
    <name>RulesStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="175"/>
        <source>&amp;Liste des règles (par thème) :</source>
        <translation>&amp;List of rules (by topic):</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="176"/>
        <source>Nouvelle règle, puis Entrée</source>
        <translation>New rule, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="180"/>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="209"/>
        <source>Ajouter une règle</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="181"/>
        <source>Supprimer une règle</source>
        <translation>Delete a rule</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="182"/>
        <source>Déplacer une règle</source>
        <translation>Move a rule</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="188"/>
        <source>(sans thème)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="196"/>
        <source>Modifier le titre de la règle</source>
        <translation>Edit the rule&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="197"/>
        <source>Modifier le thème de la règle</source>
        <translation>Edit the rule&apos;s topic</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="198"/>
        <source>Modifier le texte de la règle</source>
        <translation>Edit the rule&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="250"/>
        <source>au moins une règle de fonctionnement</source>
        <translation>at least one working rule</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="251"/>
        <source>le titre de chaque règle</source>
        <translation>each rule&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="165"/>
        <source>Règles</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="204"/>
        <source>Des règles types (partage d&apos;informations, confidentialité, décision), à adapter</source>
        <translation>Typical rules (information sharing, confidentiality, decisions), to adapt</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="213"/>
        <source>Les règles de fonctionnement, rangées par thème : partage d&apos;informations, confidentialité, éthique, prise de décision…</source>
        <translation>The operating rules, grouped by topic: information sharing, confidentiality, ethics, decision making…</translation>
    </message>
</context>
<context>
    <name>SignatureSection</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="525"/>
        <source>Modifier le lieu de signature</source>
        <translation>Edit the place of signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="526"/>
        <source>Modifier la date de signature</source>
        <translation>Edit the date of signature</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="527"/>
        <source>Modifier le nombre d&apos;originaux</source>
        <translation>Edit the number of originals</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="538"/>
        <source>un par partie ({n})</source>
        <translation>one per party ({n})</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/convention_sections.py" line="541"/>
        <source>Le document se terminera par : « Fait à {place}, le {date}, en {n} exemplaires originaux », puis un bloc de signature par partie.</source>
        <translation>The document will end with: « Fait à {place}, le {date}, en {n} exemplaires originaux », then one signature block per party.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../src/charte_app/ui/single_instance.py" line="251"/>
        <source>Charte est déjà ouvert sur ce dossier de données (« {folder} ») mais ne répond pas. Attendez quelques instants ou fermez l&apos;autre fenêtre, puis recommencez.</source>
        <translation>Charte is already open on this data folder (“{folder}”) but does not respond. Wait a moment or close the other window, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/single_instance.py" line="376"/>
        <source>Verrou : « {path} », tenu par le processus {pid} de cet ordinateur.</source>
        <translation>Lock: “{path}”, held by process {pid} of this computer.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/single_instance.py" line="360"/>
        <source>choisissez « Prendre la main »</source>
        <translation>choose “Take over”</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/base.py" line="103"/>
        <source>des informations à compléter</source>
        <extracomment>Optional: the French title marked with ``QT_TRANSLATE_NOOP(&lt;class name&gt;, &quot;…&quot;)``. A step that sets it can be built lazily (the side list shows the title before the page exists); :meth:`title` then returns its translation. Path prefixes (``dossier.partners``…) of the problems shown inline on this step. Emitted when the step&apos;s completeness may have changed. Set by the wizard: a hidden page does not follow every keystroke elsewhere; it is marked stale and refreshed when shown (keeps typing cheap on large dossiers).</extracomment>
        <translation>information still to fill in</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>deux cibles pour la période « {v1} ».</source>
        <translation>two targets for the period “{v1}”.</translation>
    </message>
    <message>
        <source>deux mesures pour la période « {v1} ».</source>
        <translation>two measures for the period “{v1}”.</translation>
    </message>
    <message>
        <source>identifiant en double « {v1} » dans la liste des bilans.</source>
        <translation>duplicate identifier “{v1}” in the list of reviews.</translation>
    </message>
    <message>
        <source>la période « {v1} » ne correspond pas à la fréquence « {v2} » de l&apos;indicateur.</source>
        <translation>the period “{v1}” does not match the indicator&apos;s frequency “{v2}”.</translation>
    </message>
    <message>
        <source>période « {v1} » invalide : {v2} est attendue.</source>
        <translation>invalid period “{v1}”: {v2} is expected.</translation>
    </message>
    <message>
        <source>référence inconnue « {v1} » : aucun engagement ne porte cet identifiant.</source>
        <translation>unknown reference “{v1}”: no commitment has this identifier.</translation>
    </message>
    <message>
        <source>référence inconnue « {v1} » : aucun partenaire ne porte cet identifiant.</source>
        <translation>unknown reference “{v1}”: no partner has this identifier.</translation>
    </message>
    <message>
        <source>référence inconnue « {v1} » : aucune instance ne porte cet identifiant.</source>
        <translation>unknown reference “{v1}”: no body has this identifier.</translation>
    </message>
    <message>
        <source>tolérance « {v1} » invalide : un pourcentage entre 0 et 100 est attendu.</source>
        <translation>invalid tolerance “{v1}”: a percentage between 0 and 100 is expected.</translation>
    </message>
    <message>
        <source>« {v1} » n&apos;est pas un nombre : la valeur est gardée telle quelle.</source>
        <translation>“{v1}” is not a number: the value is kept as typed.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>identifiant « {v1} » déjà porté par un partenaire.</source>
        <translation>identifier “{v1}” already used by a partner.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>le nom de l&apos;acteur est vide.</source>
        <translation>the actor&apos;s name is empty.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>l&apos;acteur « {v1} » porte le nom d&apos;un partenaire : fusionnez-les.</source>
        <translation>the actor “{v1}” has the name of a partner: merge them.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>un lien ne peut relier un acteur à lui-même.</source>
        <translation>a link cannot connect an actor to itself.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>la position ({v1}, {v2}) sort du cadre de la carte (0 à 1000) : elle est ramenée au bord.</source>
        <translation>the position ({v1}, {v2}) is outside the map (0 to 1000): it is brought back to the edge.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>acteurs</source>
        <translation>actors</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>liens</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>partenaire ou acteur</source>
        <translation>partner or actor</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="1"/>
        <source>« {v1} » n&apos;est pas une date : tapez par exemple 15/09/2026 ou 15 septembre 2026.</source>
        <translation>« {v1} » is not a date: type for example 15/09/2026 or 15 September 2026.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="20"/>
        <source>identifiant « {v1} » invalide : lettres minuscules, chiffres et tirets seulement.</source>
        <translation>invalid identifier “{v1}”: lowercase letters, digits and hyphens only.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="23"/>
        <source>identifiant en double « {v1} » dans la liste des {v2}.</source>
        <translation>duplicate identifier “{v1}” in the list of {v2}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="24"/>
        <source>référence inconnue « {v1} » : aucun {v2} ne porte cet identifiant.</source>
        <translation>unknown reference “{v1}”: no {v2} has this identifier.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="25"/>
        <source>« {v1} » n&apos;est pas un horodatage ISO 8601 (ex. 2026-06-29T11:00:00+02:00).</source>
        <translation>“{v1}” is not an ISO 8601 timestamp (e.g. 2026-06-29T11:00:00+02:00).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="26"/>
        <source>horodatage trop long.</source>
        <translation>timestamp too long.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="27"/>
        <source>l&apos;identifiant du dossier « {v1} » n&apos;est pas un UUID (forme 8-4-4-4-12, chiffres hexadécimaux en minuscules).</source>
        <translation>the dossier identifier “{v1}” is not a UUID (8-4-4-4-12 form, lower-case hexadecimal digits).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="31"/>
        <source>cet IBAN n&apos;est pas valide : vérifiez le numéro.</source>
        <translation>this IBAN is not valid: check the number.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="32"/>
        <source>un partenaire ne se verse pas sa propre contribution.</source>
        <translation>a partner does not pay its own contribution to itself.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="33"/>
        <source>le titre du dossier est vide.</source>
        <translation>the dossier&apos;s title is empty.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="34"/>
        <source>adresse électronique invalide.</source>
        <translation>invalid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="35"/>
        <source>le nom du partenaire est vide.</source>
        <translation>the partner&apos;s name is empty.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="36"/>
        <source>un SIRET compte exactement 14 chiffres.</source>
        <translation>a SIRET has exactly 14 digits.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="37"/>
        <source>la clé de contrôle du SIRET est fausse : vérifiez le numéro.</source>
        <translation>the SIRET check digit is wrong: check the number.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="38"/>
        <source>identifiant d&apos;indicateur « {v1} » déjà utilisé par un autre objectif.</source>
        <translation>indicator identifier “{v1}” already used by another objective.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="39"/>
        <source>la durée doit être d&apos;au moins un mois.</source>
        <translation>the duration must be at least one month.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="40"/>
        <source>une convention a au moins une partie.</source>
        <translation>an agreement has at least one party.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="41"/>
        <source>la partie « {v1} » figure deux fois.</source>
        <translation>the party “{v1}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="42"/>
        <source>la date de fin ({v1}) précède la date de début ({v2}).</source>
        <translation>the end date ({v1}) is before the start date ({v2}).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="43"/>
        <source>un avenant doit indiquer la convention qu&apos;il modifie.</source>
        <translation>an amendment must name the agreement it changes.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="44"/>
        <source>un avenant ne peut se modifier lui-même.</source>
        <translation>an amendment cannot change itself.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="45"/>
        <source>le numéro d&apos;avenant commence à 1.</source>
        <translation>amendment numbers start at 1.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="46"/>
        <source>année {v1} invraisemblable.</source>
        <translation>implausible year {v1}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="47"/>
        <source>un échéancier suppose un montant total.</source>
        <translation>a payment schedule needs a total amount.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="48"/>
        <source>les échéances totalisent {v1} alors que le montant est de {v2}.</source>
        <translation>the instalments add up to {v1} while the amount is {v2}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="49"/>
        <source>montant de l&apos;échéance manquant.</source>
        <translation>instalment amount missing.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="50"/>
        <source>le préavis ne peut être négatif.</source>
        <translation>the notice period cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="51"/>
        <source>le nombre de renouvellements ne peut être négatif.</source>
        <translation>the number of renewals cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="52"/>
        <source>l&apos;avance est un pourcentage entre 1 et 99.</source>
        <translation>the advance is a percentage between 1 and 99.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="53"/>
        <source>il faut au moins un exemplaire original.</source>
        <translation>at least one original copy is needed.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>la date de début « {v1} » est hors limites : une date entre 1900 et 2199 est attendue.</source>
        <translation>the start date “{v1}” is out of bounds: a date between 1900 and 2199 is expected.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>la date de fin « {v1} » est hors limites : une date entre 1900 et 2199 est attendue.</source>
        <translation>the end date “{v1}” is out of bounds: a date between 1900 and 2199 is expected.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>la date d&apos;échéance « {v1} » est hors limites : une date entre 1900 et 2199 est attendue.</source>
        <translation>the due date “{v1}” is out of bounds: a date between 1900 and 2199 is expected.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>la date de signature « {v1} » est hors limites : une date entre 1900 et 2199 est attendue.</source>
        <translation>the signature date “{v1}” is out of bounds: a date between 1900 and 2199 is expected.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>la date « {v1} » est hors limites : une date entre 1900 et 2199 est attendue.</source>
        <translation>the date “{v1}” is out of bounds: a date between 1900 and 2199 is expected.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>le nombre d&apos;exemplaires originaux vaut {v1} : c&apos;est au plus 100.</source>
        <translation>the number of original copies is {v1}: it is at most 100.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>la durée en mois vaut {v1} : c&apos;est au plus 600.</source>
        <translation>the duration in months is {v1}: it is at most 600.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>le préavis en mois vaut {v1} : c&apos;est au plus 120.</source>
        <translation>the notice in months is {v1}: it is at most 120.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>le nombre de renouvellements vaut {v1} : c&apos;est au plus 99.</source>
        <translation>the number of renewals is {v1}: it is at most 99.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>le numéro de la convention modifiée vaut {v1} : c&apos;est au plus 999.</source>
        <translation>the number of the amended agreement is {v1}: it is at most 999.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="54"/>
        <source>« {v1} » n&apos;est pas partie à cette convention.</source>
        <translation>“{v1}” is not a party to this agreement.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="55"/>
        <source>le numéro de version commence à 1.</source>
        <translation>version numbers start at 1.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="56"/>
        <source>la version n° {v1} figure deux fois.</source>
        <translation>version no. {v1} appears twice.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="57"/>
        <source>les versions doivent être rangées de la plus ancienne à la plus récente.</source>
        <translation>versions must be ordered from oldest to newest.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="58"/>
        <source>empreinte mal formée (sha256:&lt;64 chiffres hexadécimaux&gt;).</source>
        <translation>malformed fingerprint (sha256:&lt;64 hexadecimal digits&gt;).</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="59"/>
        <source>l&apos;empreinte ne correspond pas au contenu de la version : le fichier a été modifié.</source>
        <translation>the fingerprint does not match the version&apos;s content: the file has been modified.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="62"/>
        <source>la version appartient à un autre dossier.</source>
        <translation>the version belongs to another dossier.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="68"/>
        <source>annexes</source>
        <extracomment>The French nouns the domain puts inside its messages (&quot;dans la liste des partenaires&quot;).</extracomment>
        <translation>annexes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="69"/>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="70"/>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="71"/>
        <source>conventions</source>
        <translation>agreements</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="72"/>
        <source>engagements</source>
        <translation>commitments</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="73"/>
        <source>indicateurs</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="74"/>
        <source>instances</source>
        <translation>bodies</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="75"/>
        <source>objectifs</source>
        <translation>objectives</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="76"/>
        <source>partenaires</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="77"/>
        <source>règles</source>
        <translation>rules</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="78"/>
        <source>valeurs</source>
        <translation>values</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="79"/>
        <source>convention</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="80"/>
        <source>indicateur de la charte</source>
        <translation>charter indicator</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="81"/>
        <source>objectif</source>
        <translation>objective</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/validation_i18n.py" line="82"/>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
</context>
<context>
    <name>ValueDetail</name>
    <message>
        <location filename="../../forms/value_detail.ui" line="23"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../forms/value_detail.ui" line="33"/>
        <source>Titre de la valeur</source>
        <translation>Title of the value</translation>
    </message>
    <message>
        <location filename="../../forms/value_detail.ui" line="36"/>
        <source>Respect des familles</source>
        <translation>Respect for families</translation>
    </message>
    <message>
        <location filename="../../forms/value_detail.ui" line="45"/>
        <source>&amp;Ce que cette valeur veut dire en pratique :</source>
        <translation>&amp;What this value means in practice:</translation>
    </message>
    <message>
        <location filename="../../forms/value_detail.ui" line="58"/>
        <source>Description de la valeur</source>
        <translation>Description of the value</translation>
    </message>
</context>
<context>
    <name>ValuesStep</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="115"/>
        <source>&amp;Liste des valeurs :</source>
        <translation>&amp;List of values:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="116"/>
        <source>Nouvelle valeur, puis Entrée</source>
        <translation>New value, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="120"/>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="148"/>
        <source>Ajouter une valeur</source>
        <translation>Add a value</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="121"/>
        <source>Supprimer une valeur</source>
        <translation>Delete a value</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="122"/>
        <source>Déplacer une valeur</source>
        <translation>Move a value</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="131"/>
        <source>Modifier le titre de la valeur</source>
        <translation>Edit the value&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="133"/>
        <source>Modifier la description de la valeur</source>
        <translation>Edit the value&apos;s description</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="143"/>
        <source>Des valeurs souvent retenues par les programmes de réussite éducative, à adapter</source>
        <translation>Values often chosen by educational success programmes, to adapt</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="156"/>
        <source>au moins une valeur partagée</source>
        <translation>at least one shared value</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="157"/>
        <source>le titre de chaque valeur</source>
        <translation>each value&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="105"/>
        <source>Valeurs</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/steps/lists.py" line="138"/>
        <source>Les valeurs et principes partagés : ce sur quoi les partenaires ne transigent pas.</source>
        <translation>The shared values and principles: what the partners do not compromise on.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/versions/verify_dialog.py" line="27"/>
        <location filename="../../forms/verify_dialog.ui" line="12"/>
        <source>Vérifier un PDF</source>
        <translation>Verify a PDF</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="18"/>
        <source>Choisissez un PDF exporté par l&apos;application : son empreinte, imprimée sur chaque page, dit de quelle version enregistrée il provient.</source>
        <translation>Choose a PDF exported by the application: its fingerprint, printed on every page, tells which stored version it comes from.</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="30"/>
        <source>Chemin du fichier PDF</source>
        <translation>Path of the PDF file</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="37"/>
        <source>Choisir un PDF…</source>
        <translation>Choose a PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="44"/>
        <source>Vérifier</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/verify_dialog.py" line="29"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/verify_dialog.py" line="75"/>
        <source>⚠ Vérification impossible</source>
        <translation>⚠ Verification not possible</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/verify_dialog.py" line="79"/>
        <source>✔ Ce PDF correspond à une version enregistrée</source>
        <translation>✔ This PDF matches a stored version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/verify_dialog.py" line="82"/>
        <source>≈ Ce PDF n&apos;est pas identique à la version qu&apos;il cite</source>
        <translation>≈ This PDF is not identical to the version it cites</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/versions/verify_dialog.py" line="84"/>
        <source>✘ Ce PDF ne correspond à aucune version enregistrée</source>
        <translation>✘ This PDF matches no stored version</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="84"/>
        <source>Créer la &amp;version</source>
        <translation>Create the &amp;version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="94"/>
        <source>Brouillon : un état de travail, pour garder une trace ou comparer plus tard.</source>
        <translation>Draft: a working state, to keep a trace or compare later.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="95"/>
        <source>Partagée : envoyée aux partenaires pour relecture ; chacun pourra l&apos;approuver.</source>
        <translation>Shared: sent to the partners for review; each can approve it.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="96"/>
        <source>Validée : approuvée par les partenaires, prête à être signée.</source>
        <translation>Approved: approved by the partners, ready to be signed.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="98"/>
        <source>Signée : la version signée par les parties. Elle sera définitive : ni modifiable ni supprimable.</source>
        <translation>Signed: the version signed by the parties. It will be final: neither editable nor deletable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/version_dialog.py" line="113"/>
        <source>%n points à compléter avant ce statut :</source>
        <translation>
            <numerusform>%n point to complete before this status:</numerusform>
            <numerusform>%n points to complete before this status:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="118"/>
        <source>Rien n&apos;empêche ce statut.</source>
        <translation>Nothing prevents this status.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="145"/>
        <source>Donnez un libellé à la version.</source>
        <translation>Give the version a label.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="160"/>
        <source>Le dossier contient des erreurs à corriger avant de créer une version :
{}</source>
        <translation>The dossier contains errors to correct before creating a version:
{}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="170"/>
        <source>Une erreur inattendue a empêché de créer la version ; votre dossier n&apos;est pas touché.</source>
        <translation>An unexpected error prevented creating the version; your dossier is untouched.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="176"/>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="189"/>
        <source>Version non créée</source>
        <translation>Version not created</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>Créer une version</source>
        <translation>Create a version</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>Une version fige l&apos;état actuel du dossier : elle ne pourra plus être modifiée. Donnez-lui un libellé qui dit à quoi elle sert (« Projet soumis au comité de pilotage du 12 mars »).</source>
        <translation>A version freezes the dossier&apos;s current state: it can no longer be changed. Give it a label saying what it is for (“Draft submitted to the steering committee of 12 March”).</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>&amp;Libellé</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>Libellé de la version</source>
        <translation>Label of the version</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>ex. Projet pour le comité de pilotage</source>
        <translation>e.g. Draft for the steering committee</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>Statut de la version</source>
        <translation>Status of the version</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>&amp;Auteur</source>
        <translation>&amp;Author</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>Auteur de la version</source>
        <translation>Author of the version</translation>
    </message>
    <message>
        <location filename="../../forms/version_dialog.ui" line="2"/>
        <source>Ce qui manque pour ce statut</source>
        <translation>What this status still needs</translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message>
        <location filename="../../src/charte_app/ui/widgets/problems_box.py" line="1"/>
        <source>Tout voir ({count})</source>
        <translation>See all ({count})</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/widgets/problems_box.py" line="1"/>
        <source>Afficher tous les points de l&apos;étape, en entier (Échap pour fermer)</source>
        <translation>Show every point of the step, in full (Esc to close)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/wizard.py" line="1"/>
        <source>rien à remplir ici ; avant d&apos;approuver les documents, %n points restent à compléter</source>
        <translation>
            <numerusform>nothing to fill in here; before the documents are approved, %n point is left to complete</numerusform>
            <numerusform>nothing to fill in here; before the documents are approved, %n points are left to complete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="1"/>
        <source>rien à remplir ici ; les documents sont prêts à être approuvés (créez une version)</source>
        <translation>nothing to fill in here; the documents are ready to be approved (create a version)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="1"/>
        <source>rien à remplir pour ce dossier : il n&apos;a pas de convention (elles sont facultatives)</source>
        <translation>nothing to fill in for this dossier: it has no agreement (agreements are optional)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="51"/>
        <source>identifiant</source>
        <extracomment>How long after the last edit the step statuses are recomputed (validation of the whole dossier).</extracomment>
        <translation>identifier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="52"/>
        <source>titre</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="53"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="54"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="55"/>
        <source>courriel</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="56"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="57"/>
        <source>signataires</source>
        <translation>signatories</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="58"/>
        <source>durée</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="59"/>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="60"/>
        <source>objectifs</source>
        <translation>objectives</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="61"/>
        <source>indicateurs</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="86"/>
        <source>{before} : {after}</source>
        <translation>{before}: {after}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="91"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="97"/>
        <source>1 problème à corriger</source>
        <translation>1 problem to fix</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/wizard.py" line="98"/>
        <source>%n problèmes à corriger</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="390"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="399"/>
        <source>rien à remplir pour ce dossier</source>
        <translation>nothing to fill in for this dossier</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="401"/>
        <source>complète</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="405"/>
        <source>à compléter : {what}</source>
        <translation>to complete: {what}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="407"/>
        <source>à compléter</source>
        <translation>to complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/wizard.py" line="438"/>
        <source>avant validation, %n points : {articles}</source>
        <translation>
            <numerusform>before approval, %n point: {articles}</numerusform>
            <numerusform>before approval, %n points: {articles}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="456"/>
        <source>Rien : toutes les étapes sont complètes.</source>
        <translation>Nothing: every step is complete.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="509"/>
        <source>Pour terminer cette étape, il manque : {what}.</source>
        <translation>To finish this step, still missing: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="524"/>
        <source>À corriger</source>
        <translation>To correct</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="526"/>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/charte_app/ui/wizard.py" line="531"/>
        <source>… et %n autres</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="535"/>
        <source>Le dossier est enregistré ; à corriger avant de créer une version ou d&apos;imprimer :</source>
        <translation>The dossier is saved; to fix before creating a version or printing:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/wizard.py" line="539"/>
        <source>Points à vérifier (le dossier est enregistré) :</source>
        <translation>Points to check (the dossier is saved):</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../forms/wizard.ui" line="6"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="52"/>
        <source>Dossier ouvert</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="59"/>
        <source>Étapes :</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="69"/>
        <source>Étapes du dossier</source>
        <translation>Steps of the dossier</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="76"/>
        <source>Ce qui manque encore :</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="98"/>
        <source>Ce qui manque encore dans le dossier</source>
        <translation>What the dossier still lacks</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="127"/>
        <source>Étape en cours</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="147"/>
        <source>Problèmes à corriger dans cette étape</source>
        <translation>Problems to correct in this step</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="159"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="162"/>
        <source>Étape précédente (Ctrl+Page préc.)</source>
        <translation>Previous step (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="176"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="179"/>
        <source>Étape suivante (Ctrl+Page suiv.)</source>
        <translation>Next step (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../forms/wizard.ui" line="189"/>
        <location filename="../../forms/wizard.ui" line="195"/>
        <source>Comment faire ?</source>
        <translation>How to?</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/charte_app/ui/steps/preview.py" line="57"/>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="47"/>
        <source>Version signée</source>
        <translation>Signed version</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="48"/>
        <source>La version « {label} » sera enregistrée comme signée.</source>
        <translation>The version “{label}” will be stored as signed.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="51"/>
        <source>Une version signée est définitive : elle ne pourra plus être modifiée, renommée ni supprimée. Continuer ?</source>
        <translation>A signed version is final: it can no longer be changed, renamed or deleted. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/version_dialog.py" line="54"/>
        <source>Enregistrer comme signée</source>
        <translation>Store as signed</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="44"/>
        <source>Choisir le papier à en-tête</source>
        <extracomment>The preview&apos;s page size in pixels (A4 proportions), small enough for a 1366×768 screen.</extracomment>
        <translation>Choose the letterhead</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/letterhead_dialog.py" line="46"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <source>Ouvrir le &amp;suivi</source>
        <translation>Open the &amp;follow-up</translation>
    </message>
    <message>
        <source>Versions, avis et signature</source>
        <translation>Versions, decisions and signature</translation>
    </message>
    <message>
        <source>1. Créer une version</source>
        <translation>1. Create a version</translation>
    </message>
    <message>
        <source>Figez le texte pour le faire relire : la version porte une empreinte, imprimée sur chaque page, qui prouve qu&apos;un exemplaire papier correspond au texte validé.</source>
        <translation>Freeze the text to have it reviewed: the version carries a fingerprint, printed on every page, which proves that a paper copy matches the approved text.</translation>
    </message>
    <message>
        <source>&amp;Créer une version…</source>
        <translation>&amp;Create a version…</translation>
    </message>
    <message>
        <source>2. Noter les avis des partenaires</source>
        <translation>2. Record the partners&apos; decisions</translation>
    </message>
    <message>
        <source>Dans l&apos;historique, notez l&apos;avis de chaque partenaire (approuvée, réserves, refusée). La version est validée quand tous l&apos;ont approuvée ; un avis noté reste dans l&apos;historique.</source>
        <translation>In the history, record each partner&apos;s decision (approved, reservations, refused). The version is approved when all have approved it; a recorded decision stays in the history.</translation>
    </message>
    <message>
        <source>&amp;Noter les avis…</source>
        <translation>&amp;Record decisions…</translation>
    </message>
    <message>
        <source>3. Imprimer les originaux</source>
        <translation>3. Print the originals</translation>
    </message>
    <message>
        <source>Imprimez la dernière version : un original par partie, chacun paraphé à chaque page et signé. Marquez ensuite la version comme signée dans l&apos;historique.</source>
        <translation>Print the latest version: one original per party, each initialled on every page and signed. Then mark the version as signed in the history.</translation>
    </message>
    <message>
        <source>&amp;Imprimer les originaux…</source>
        <translation>&amp;Print the originals…</translation>
    </message>
    <message>
        <source>4. Suivre et évaluer</source>
        <translation>4. Follow up and evaluate</translation>
    </message>
    <message>
        <source>Après la signature, le comité de pilotage suit les engagements et mesure les indicateurs (étape 4) à l&apos;étape « Suivi et bilan » ; les résultats de l&apos;évaluation font évoluer la charte : préparez la prochaine version, puis créez-la.</source>
        <translation>After the signature, the steering committee follows the commitments and measures the indicators (step 4) in the “Follow-up and review” step; the evaluation&apos;s results make the charter evolve: prepare the next version, then create it.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Quand « Ce qui manque encore » ne liste plus rien, le dossier peut être soumis aux partenaires.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Créez une version&lt;/b&gt; : le texte est figé, le brouillon reste modifiable.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Notez l&apos;avis&lt;/b&gt; de chaque partenaire dans l&apos;historique des versions.&lt;/li&gt;&lt;li&gt;Une fois la version validée, &lt;b&gt;imprimez les originaux&lt;/b&gt; et faites-les signer.&lt;/li&gt;&lt;li&gt;Le &lt;b&gt;suivi&lt;/b&gt; fait vivre la charte : l&apos;évaluation conduit à une nouvelle version.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;When “Still missing” lists nothing more, the dossier can be submitted to the partners.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Create a version&lt;/b&gt;: the text is frozen, the draft stays editable.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Record the decision&lt;/b&gt; of each partner in the version history.&lt;/li&gt;&lt;li&gt;Once the version is approved, &lt;b&gt;print the originals&lt;/b&gt; and have them signed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Follow-up&lt;/b&gt; keeps the charter alive: the evaluation leads to a new version.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Aucune version n&apos;est encore créée : commencez par l&apos;étape 1 ci-dessous.</source>
        <translation>No version has been created yet: start with step 1 below.</translation>
    </message>
    <message>
        <source>Dernière version : n° {n} « {label} », {status} – avis notés : {decided} sur {total}.</source>
        <translation>Latest version: no. {n} “{label}”, {status} – decisions recorded: {decided} of {total}.</translation>
    </message>
    <message>
        <source>Créez d&apos;abord une version (étape 1 ci-dessus).</source>
        <translation>Create a version first (step 1 above).</translation>
    </message>
</context>
<context>
    <name>PartnerFormsDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Formulaires partenaires</source>
        <translation>Partner forms</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Un classeur par partenaire, à joindre à un courriel : identité, intérêt, engagements, contributions, et les valeurs des indicateurs d&apos;une période.</source>
        <translation>One workbook per partner, to attach to an e-mail: identity, interest, commitments, contributions, and the indicator values of a period.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Tous les partenaires (un fichier chacun)</source>
        <translation>All partners (one file each)</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Partenaire :</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>facultatif : 2026, 2026-2027, 2026-S1…</source>
        <translation>optional: 2026, 2026-2027, 2026-S1…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Période des indicateurs :</source>
        <translation>Indicator period:</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Intégrer les réponses</source>
        <translation>Bring in answers</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Réponses de {partner}, reçues le {date}. Cochez celles à intégrer au brouillon.</source>
        <translation>Answers from {partner}, received on {date}. Tick those to bring into the draft.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Rubrique</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Brouillon actuel</source>
        <translation>Current draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Réponse du partenaire</source>
        <translation>Partner&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>supprimé du brouillon</source>
        <translation>removed from the draft</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Conflit : {label}</source>
        <translation>Conflict: {label}</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Modifié dans le brouillon depuis l&apos;envoi : cochez pour prendre la réponse.</source>
        <translation>Changed in the draft since the form was sent: tick to take the answer.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Ce formulaire ne propose aucune modification du brouillon.</source>
        <translation>This form proposes no change to the draft.</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Intégrer la sélection</source>
        <translation>Bring in the selection</translation>
    </message>
</context>
<context>
    <name>RemarksDialog</name>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Remarques de « {name} »</source>
        <translation>Remarks from “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Article et remarque</source>
        <translation>Article and remark</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Ajout</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/partner_exchange.py" line="1"/>
        <source>Ce document ne contient ni commentaire ni modification suivie.</source>
        <translation>This document holds no comment and no tracked change.</translation>
    </message>
</context>
<context>
    <name>ActorMapView</name>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Fusionner les acteurs homonymes des partenaires</source>
        <translation>Merge the actors named as partners</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Fusionner les homonymes</source>
        <translation>Merge the namesakes</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajouter l&apos;acteur « {name} »</source>
        <translation>Add the actor “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajouter un lien sur la carte</source>
        <translation>Add a link on the map</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Réorganiser la carte</source>
        <translation>Rearrange the map</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Zoom +</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Zoom −</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajuster à la fenêtre</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Réorganiser</source>
        <translation>Rearrange</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajouter un acteur…</source>
        <translation>Add an actor…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajouter un lien…</source>
        <translation>Add a link…</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Déplacer « {name} » sur la carte</source>
        <translation>Move “{name}” on the map</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajouter un acteur</source>
        <translation>Add an actor</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Ajouter un lien</source>
        <translation>Add a link</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Exporter la carte des acteurs</source>
        <translation>Export the actor map</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>Image SVG (*.svg);;Image PNG (*.png);;Document PDF (*.pdf)</source>
        <translation>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FieldsGridView</name>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>plusieurs partenaires : à coordonner</source>
        <translation>several partners: coordination needed</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>aucun partenaire : compétence manquante</source>
        <translation>no partner: missing competence</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>cité dans le diagnostic</source>
        <translation>named in the diagnosis</translation>
    </message>
    <message>
        <location filename="../../src/charte_app/ui/actor_map_view.py" line="1"/>
        <source>{name} (hors partenariat)</source>
        <translation>{name} (not a partner)</translation>
    </message>
</context>
</TS>
