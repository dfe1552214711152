# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_parties.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ConventionPartiesForm(object):
    def setupUi(self, ConventionPartiesForm):
        if not ConventionPartiesForm.objectName():
            ConventionPartiesForm.setObjectName(u"ConventionPartiesForm")
        self.partiesLayout = QVBoxLayout(ConventionPartiesForm)
        self.partiesLayout.setObjectName(u"partiesLayout")
        self.partyLists = QHBoxLayout()
        self.partyLists.setObjectName(u"partyLists")
        self.availableBox = QVBoxLayout()
        self.availableBox.setObjectName(u"availableBox")
        self.availableLabel = QLabel(ConventionPartiesForm)
        self.availableLabel.setObjectName(u"availableLabel")

        self.availableBox.addWidget(self.availableLabel)

        self.availableList = QListWidget(ConventionPartiesForm)
        self.availableList.setObjectName(u"availableList")
        self.availableList.setMaximumSize(QSize(16777215, 170))

        self.availableBox.addWidget(self.availableList)


        self.partyLists.addLayout(self.availableBox)

        self.partyButtons = QVBoxLayout()
        self.partyButtons.setObjectName(u"partyButtons")
        self.partyTopSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partyButtons.addItem(self.partyTopSpacer)

        self.addPartyButton = QPushButton(ConventionPartiesForm)
        self.addPartyButton.setObjectName(u"addPartyButton")

        self.partyButtons.addWidget(self.addPartyButton)

        self.removePartyButton = QPushButton(ConventionPartiesForm)
        self.removePartyButton.setObjectName(u"removePartyButton")

        self.partyButtons.addWidget(self.removePartyButton)

        self.partyUpButton = QPushButton(ConventionPartiesForm)
        self.partyUpButton.setObjectName(u"partyUpButton")

        self.partyButtons.addWidget(self.partyUpButton)

        self.partyDownButton = QPushButton(ConventionPartiesForm)
        self.partyDownButton.setObjectName(u"partyDownButton")

        self.partyButtons.addWidget(self.partyDownButton)

        self.partyBottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partyButtons.addItem(self.partyBottomSpacer)


        self.partyLists.addLayout(self.partyButtons)

        self.partiesBox = QVBoxLayout()
        self.partiesBox.setObjectName(u"partiesBox")
        self.partiesLabel = QLabel(ConventionPartiesForm)
        self.partiesLabel.setObjectName(u"partiesLabel")

        self.partiesBox.addWidget(self.partiesLabel)

        self.partiesList = QListWidget(ConventionPartiesForm)
        self.partiesList.setObjectName(u"partiesList")
        self.partiesList.setMaximumSize(QSize(16777215, 170))

        self.partiesBox.addWidget(self.partiesList)


        self.partyLists.addLayout(self.partiesBox)


        self.partiesLayout.addLayout(self.partyLists)

        self.partiesHint = QLabel(ConventionPartiesForm)
        self.partiesHint.setObjectName(u"partiesHint")
        self.partiesHint.setWordWrap(True)

        self.partiesLayout.addWidget(self.partiesHint)

        self.partiesMessage = QLabel(ConventionPartiesForm)
        self.partiesMessage.setObjectName(u"partiesMessage")
        self.partiesMessage.setText(u"")
        self.partiesMessage.setWordWrap(True)
        self.partiesMessage.setStyleSheet(u"color: #b00020;")

        self.partiesLayout.addWidget(self.partiesMessage)

        self.commitmentsLabel = QLabel(ConventionPartiesForm)
        self.commitmentsLabel.setObjectName(u"commitmentsLabel")

        self.partiesLayout.addWidget(self.commitmentsLabel)

        self.commitmentsTable = QTableView(ConventionPartiesForm)
        self.commitmentsTable.setObjectName(u"commitmentsTable")
        self.commitmentsTable.setMinimumSize(QSize(0, 160))
        self.commitmentsTable.setAlternatingRowColors(True)

        self.partiesLayout.addWidget(self.commitmentsTable)

        self.commitmentsMessage = QLabel(ConventionPartiesForm)
        self.commitmentsMessage.setObjectName(u"commitmentsMessage")
        self.commitmentsMessage.setText(u"")
        self.commitmentsMessage.setWordWrap(True)
        self.commitmentsMessage.setStyleSheet(u"color: #b00020;")

        self.partiesLayout.addWidget(self.commitmentsMessage)

        self.commitmentButtons = QHBoxLayout()
        self.commitmentButtons.setObjectName(u"commitmentButtons")
        self.addCommitmentButton = QPushButton(ConventionPartiesForm)
        self.addCommitmentButton.setObjectName(u"addCommitmentButton")

        self.commitmentButtons.addWidget(self.addCommitmentButton)

        self.removeCommitmentButton = QPushButton(ConventionPartiesForm)
        self.removeCommitmentButton.setObjectName(u"removeCommitmentButton")

        self.commitmentButtons.addWidget(self.removeCommitmentButton)

        self.commitmentUpButton = QPushButton(ConventionPartiesForm)
        self.commitmentUpButton.setObjectName(u"commitmentUpButton")

        self.commitmentButtons.addWidget(self.commitmentUpButton)

        self.commitmentDownButton = QPushButton(ConventionPartiesForm)
        self.commitmentDownButton.setObjectName(u"commitmentDownButton")

        self.commitmentButtons.addWidget(self.commitmentDownButton)

        self.commitmentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitmentButtons.addItem(self.commitmentSpacer)


        self.partiesLayout.addLayout(self.commitmentButtons)

#if QT_CONFIG(shortcut)
        self.availableLabel.setBuddy(self.availableList)
        self.partiesLabel.setBuddy(self.partiesList)
        self.commitmentsLabel.setBuddy(self.commitmentsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionPartiesForm)

        QMetaObject.connectSlotsByName(ConventionPartiesForm)
    # setupUi

    def retranslateUi(self, ConventionPartiesForm):
        self.availableLabel.setText(QCoreApplication.translate("ConventionPartiesForm", u"Partenaires du &dossier", None))
#if QT_CONFIG(accessibility)
        self.availableList.setAccessibleName(QCoreApplication.translate("ConventionPartiesForm", u"Partenaires du dossier qui ne sont pas parties", None))
#endif // QT_CONFIG(accessibility)
        self.addPartyButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"&Ajouter \u2192", None))
#if QT_CONFIG(tooltip)
        self.addPartyButton.setToolTip(QCoreApplication.translate("ConventionPartiesForm", u"Ajouter le partenaire choisi aux parties", None))
#endif // QT_CONFIG(tooltip)
        self.removePartyButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"\u2190 &Retirer", None))
#if QT_CONFIG(tooltip)
        self.removePartyButton.setToolTip(QCoreApplication.translate("ConventionPartiesForm", u"Retirer la partie choisie", None))
#endif // QT_CONFIG(tooltip)
        self.partyUpButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"&Monter", None))
#if QT_CONFIG(tooltip)
        self.partyUpButton.setToolTip(QCoreApplication.translate("ConventionPartiesForm", u"Avancer la partie dans l'ordre du document", None))
#endif // QT_CONFIG(tooltip)
        self.partyDownButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"&Descendre", None))
#if QT_CONFIG(tooltip)
        self.partyDownButton.setToolTip(QCoreApplication.translate("ConventionPartiesForm", u"Reculer la partie dans l'ordre du document", None))
#endif // QT_CONFIG(tooltip)
        self.partiesLabel.setText(QCoreApplication.translate("ConventionPartiesForm", u"&Parties, dans l'ordre du document", None))
#if QT_CONFIG(accessibility)
        self.partiesList.setAccessibleName(QCoreApplication.translate("ConventionPartiesForm", u"Parties \u00e0 la convention, dans l'ordre", None))
#endif // QT_CONFIG(accessibility)
        self.partiesHint.setText(QCoreApplication.translate("ConventionPartiesForm", u"La premi\u00e8re partie est \u00ab d'une part \u00bb, les suivantes \u00ab d'autre part \u00bb. Un partenaire qui s'engage ou contribue doit \u00eatre partie.", None))
        self.commitmentsLabel.setText(QCoreApplication.translate("ConventionPartiesForm", u"&Engagements de chaque partie (\u00ab X s'engage \u00e0 \u2026 \u00bb)", None))
#if QT_CONFIG(accessibility)
        self.commitmentsTable.setAccessibleName(QCoreApplication.translate("ConventionPartiesForm", u"Engagements des parties", None))
#endif // QT_CONFIG(accessibility)
        self.addCommitmentButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"Ajouter un en&gagement", None))
        self.removeCommitmentButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"Supprimer l'engagement", None))
        self.commitmentUpButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"Monter", None))
        self.commitmentDownButton.setText(QCoreApplication.translate("ConventionPartiesForm", u"Descendre", None))
        pass
    # retranslateUi

