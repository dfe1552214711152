<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Written by hand, not by lupdate: Qt's own strings that the French qtbase catalogue PySide6 ships
     misses (Qt 6 added a mnemonic to them; the catalogue knows them without it). Loaded after qtbase_fr
     by charte_app.ui.i18n; tests/test_ui_qt_dialogs_fr.py lists what the dialogs show. -->
<TS version="2.1" language="fr_FR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Pa&amp;ges à imprimer :</translation>
    </message>
</context>
</TS>
