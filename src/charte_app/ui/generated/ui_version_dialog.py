# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'version_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_VersionDialog(object):
    def setupUi(self, VersionDialog):
        if not VersionDialog.objectName():
            VersionDialog.setObjectName(u"VersionDialog")
        VersionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(VersionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(VersionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.labelLabel = QLabel(VersionDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(VersionDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.statusLabel = QLabel(VersionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(VersionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.authorLabel = QLabel(VersionDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(VersionDialog)
        self.authorEdit.setObjectName(u"authorEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.statusHint = QLabel(VersionDialog)
        self.statusHint.setObjectName(u"statusHint")
        self.statusHint.setText(u"")
        self.statusHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusHint)

        self.gapsView = QPlainTextEdit(VersionDialog)
        self.gapsView.setObjectName(u"gapsView")
        self.gapsView.setReadOnly(True)
        self.gapsView.setVisible(False)

        self.dialogLayout.addWidget(self.gapsView)

        self.errorLabel = QLabel(VersionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(VersionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.authorLabel.setBuddy(self.authorEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VersionDialog)

        QMetaObject.connectSlotsByName(VersionDialog)
    # setupUi

    def retranslateUi(self, VersionDialog):
        VersionDialog.setWindowTitle(QCoreApplication.translate("VersionDialog", u"Cr\u00e9er une version", None))
        self.introLabel.setText(QCoreApplication.translate("VersionDialog", u"Une version fige l'\u00e9tat actuel du dossier : elle ne pourra plus \u00eatre modifi\u00e9e. Donnez-lui un libell\u00e9 qui dit \u00e0 quoi elle sert (\u00ab Projet soumis au comit\u00e9 de pilotage du 12 mars \u00bb).", None))
        self.labelLabel.setText(QCoreApplication.translate("VersionDialog", u"&Libell\u00e9", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("VersionDialog", u"Libell\u00e9 de la version", None))
#endif // QT_CONFIG(accessibility)
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("VersionDialog", u"ex. Projet pour le comit\u00e9 de pilotage", None))
        self.statusLabel.setText(QCoreApplication.translate("VersionDialog", u"&Statut", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("VersionDialog", u"Statut de la version", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("VersionDialog", u"&Auteur", None))
#if QT_CONFIG(accessibility)
        self.authorEdit.setAccessibleName(QCoreApplication.translate("VersionDialog", u"Auteur de la version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gapsView.setAccessibleName(QCoreApplication.translate("VersionDialog", u"Ce qui manque pour ce statut", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

