# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

class Ui_PreviewForm(object):
    def setupUi(self, PreviewForm):
        if not PreviewForm.objectName():
            PreviewForm.setObjectName(u"PreviewForm")
        self.previewLayout = QVBoxLayout(PreviewForm)
        self.previewLayout.setObjectName(u"previewLayout")
        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.documentLabel = QLabel(PreviewForm)
        self.documentLabel.setObjectName(u"documentLabel")

        self.choiceRow.addWidget(self.documentLabel)

        self.documentCombo = QComboBox(PreviewForm)
        self.documentCombo.setObjectName(u"documentCombo")
        self.documentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.documentCombo.setMinimumContentsLength(20)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.documentCombo.sizePolicy().hasHeightForWidth())
        self.documentCombo.setSizePolicy(sizePolicy)

        self.choiceRow.addWidget(self.documentCombo)

        self.versionLabel = QLabel(PreviewForm)
        self.versionLabel.setObjectName(u"versionLabel")

        self.choiceRow.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(PreviewForm)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.versionCombo.setMinimumContentsLength(14)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.versionCombo.sizePolicy().hasHeightForWidth())
        self.versionCombo.setSizePolicy(sizePolicy1)

        self.choiceRow.addWidget(self.versionCombo)


        self.previewLayout.addLayout(self.choiceRow)

        self.previewBrowser = QTextBrowser(PreviewForm)
        self.previewBrowser.setObjectName(u"previewBrowser")
        self.previewBrowser.setOpenLinks(False)

        self.previewLayout.addWidget(self.previewBrowser)

        self.messageLabel = QLabel(PreviewForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.messageLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.exportPdfButton = QPushButton(PreviewForm)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.actionRow.addWidget(self.exportPdfButton)

        self.exportDocxButton = QPushButton(PreviewForm)
        self.exportDocxButton.setObjectName(u"exportDocxButton")

        self.actionRow.addWidget(self.exportDocxButton)

        self.printButton = QPushButton(PreviewForm)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.signatureFieldsCheck = QCheckBox(PreviewForm)
        self.signatureFieldsCheck.setObjectName(u"signatureFieldsCheck")

        self.actionRow.addWidget(self.signatureFieldsCheck)

        self.actionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.copiesLabel = QLabel(PreviewForm)
        self.copiesLabel.setObjectName(u"copiesLabel")
        self.copiesLabel.setText(u"")

        self.actionRow.addWidget(self.copiesLabel)


        self.previewLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreviewForm)

        QMetaObject.connectSlotsByName(PreviewForm)
    # setupUi

    def retranslateUi(self, PreviewForm):
        self.documentLabel.setText(QCoreApplication.translate("PreviewForm", u"&Document", None))
#if QT_CONFIG(accessibility)
        self.documentCombo.setAccessibleName(QCoreApplication.translate("PreviewForm", u"Document \u00e0 afficher", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("PreviewForm", u"&Version", None))
#if QT_CONFIG(accessibility)
        self.versionCombo.setAccessibleName(QCoreApplication.translate("PreviewForm", u"Version \u00e0 afficher", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewBrowser.setAccessibleName(QCoreApplication.translate("PreviewForm", u"Aper\u00e7u du document", None))
#endif // QT_CONFIG(accessibility)
        self.exportPdfButton.setText(QCoreApplication.translate("PreviewForm", u"Exporter en &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("PreviewForm", u"Enregistrer le document au format PDF, pr\u00eat \u00e0 imprimer ou \u00e0 envoyer", None))
#endif // QT_CONFIG(tooltip)
        self.exportDocxButton.setText(QCoreApplication.translate("PreviewForm", u"Exporter en &Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportDocxButton.setToolTip(QCoreApplication.translate("PreviewForm", u"Enregistrer le document au format Word (.docx), pour le retoucher", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PreviewForm", u"&Imprimer\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PreviewForm", u"Imprimer le document : autant d'exemplaires que d'originaux \u00e0 signer", None))
#endif // QT_CONFIG(tooltip)
        self.signatureFieldsCheck.setText(QCoreApplication.translate("PreviewForm", u"Champs de &signature \u00e9lectronique", None))
#if QT_CONFIG(tooltip)
        self.signatureFieldsCheck.setToolTip(QCoreApplication.translate("PreviewForm", u"Dans le PDF, ajouter un champ de signature vide par signataire, pour une plateforme de signature \u00e9lectronique", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

