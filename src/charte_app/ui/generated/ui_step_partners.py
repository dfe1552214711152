# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_partners.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_PartnersStep(object):
    def setupUi(self, PartnersStep):
        if not PartnersStep.objectName():
            PartnersStep.setObjectName(u"PartnersStep")
        self.partnersLayout = QVBoxLayout(PartnersStep)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partnersLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(PartnersStep)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.partnersLayout.addWidget(self.introLabel)

        self.partnersSplitter = QSplitter(PartnersStep)
        self.partnersSplitter.setObjectName(u"partnersSplitter")
        self.partnersSplitter.setOrientation(Qt.Orientation.Vertical)
        self.partnersSplitter.setChildrenCollapsible(False)
        self.tablePanel = QWidget(self.partnersSplitter)
        self.tablePanel.setObjectName(u"tablePanel")
        self.tablePanelLayout = QVBoxLayout(self.tablePanel)
        self.tablePanelLayout.setObjectName(u"tablePanelLayout")
        self.tablePanelLayout.setContentsMargins(0, 0, 0, 0)
        self.partnerTable = QTableView(self.tablePanel)
        self.partnerTable.setObjectName(u"partnerTable")
        self.partnerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnerTable.setTabKeyNavigation(False)
        self.partnerTable.setAlternatingRowColors(True)

        self.tablePanelLayout.addWidget(self.partnerTable)

        self.partnerButtons = QHBoxLayout()
        self.partnerButtons.setObjectName(u"partnerButtons")
        self.newNameLabel = QLabel(self.tablePanel)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.partnerButtons.addWidget(self.newNameLabel)

        self.newNameEdit = QLineEdit(self.tablePanel)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.partnerButtons.addWidget(self.newNameEdit)

        self.addButton = QPushButton(self.tablePanel)
        self.addButton.setObjectName(u"addButton")

        self.partnerButtons.addWidget(self.addButton)

        self.upButton = QPushButton(self.tablePanel)
        self.upButton.setObjectName(u"upButton")

        self.partnerButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.tablePanel)
        self.downButton.setObjectName(u"downButton")

        self.partnerButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(self.tablePanel)
        self.removeButton.setObjectName(u"removeButton")

        self.partnerButtons.addWidget(self.removeButton)


        self.tablePanelLayout.addLayout(self.partnerButtons)

        self.partnersSplitter.addWidget(self.tablePanel)
        self.detailScroll = QScrollArea(self.partnersSplitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailLayout = QVBoxLayout(self.detailContents)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.formsLayout = QHBoxLayout()
        self.formsLayout.setObjectName(u"formsLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.nameLabel = QLabel(self.detailContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailContents)
        self.nameEdit.setObjectName(u"nameEdit")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.detailContents)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.detailContents)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.kindLabel = QLabel(self.detailContents)
        self.kindLabel.setObjectName(u"kindLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.detailContents)
        self.kindCombo.setObjectName(u"kindCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.addressLabel = QLabel(self.detailContents)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.detailContents)
        self.addressEdit.setObjectName(u"addressEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.siretLabel = QLabel(self.detailContents)
        self.siretLabel.setObjectName(u"siretLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretField = QWidget(self.detailContents)
        self.siretField.setObjectName(u"siretField")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.siretField.sizePolicy().hasHeightForWidth())
        self.siretField.setSizePolicy(sizePolicy)
        self.siretFieldLayout = QVBoxLayout(self.siretField)
        self.siretFieldLayout.setSpacing(2)
        self.siretFieldLayout.setObjectName(u"siretFieldLayout")
        self.siretFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.siretEdit = QLineEdit(self.siretField)
        self.siretEdit.setObjectName(u"siretEdit")

        self.siretFieldLayout.addWidget(self.siretEdit)

        self.siretMessage = QLabel(self.siretField)
        self.siretMessage.setObjectName(u"siretMessage")
        self.siretMessage.setWordWrap(True)

        self.siretFieldLayout.addWidget(self.siretMessage)


        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.siretField)

        self.authorityLabel = QLabel(self.detailContents)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(self.detailContents)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.ibanLabel = QLabel(self.detailContents)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.ibanEdit = QLineEdit(self.detailContents)
        self.ibanEdit.setObjectName(u"ibanEdit")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ibanEdit)

        self.bicLabel = QLabel(self.detailContents)
        self.bicLabel.setObjectName(u"bicLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bicLabel)

        self.bicEdit = QLineEdit(self.detailContents)
        self.bicEdit.setObjectName(u"bicEdit")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bicEdit)


        self.formsLayout.addLayout(self.identityForm)

        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.civilityLabel = QLabel(self.detailContents)
        self.civilityLabel.setObjectName(u"civilityLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.civilityLabel)

        self.civilityCombo = QComboBox(self.detailContents)
        self.civilityCombo.setObjectName(u"civilityCombo")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.civilityCombo)

        self.representativeLabel = QLabel(self.detailContents)
        self.representativeLabel.setObjectName(u"representativeLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.representativeLabel)

        self.representativeEdit = QLineEdit(self.detailContents)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.representativeEdit)

        self.functionLabel = QLabel(self.detailContents)
        self.functionLabel.setObjectName(u"functionLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.functionEdit = QLineEdit(self.detailContents)
        self.functionEdit.setObjectName(u"functionEdit")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.functionEdit)

        self.delegationLabel = QLabel(self.detailContents)
        self.delegationLabel.setObjectName(u"delegationLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.delegationLabel)

        self.delegationEdit = QLineEdit(self.detailContents)
        self.delegationEdit.setObjectName(u"delegationEdit")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.delegationEdit)

        self.legalPersonLabel = QLabel(self.detailContents)
        self.legalPersonLabel.setObjectName(u"legalPersonLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.legalPersonLabel)

        self.legalPersonEdit = QLineEdit(self.detailContents)
        self.legalPersonEdit.setObjectName(u"legalPersonEdit")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.legalPersonEdit)

        self.contactLabel = QLabel(self.detailContents)
        self.contactLabel.setObjectName(u"contactLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.detailContents)
        self.contactEdit.setObjectName(u"contactEdit")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.emailLabel = QLabel(self.detailContents)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailField = QWidget(self.detailContents)
        self.emailField.setObjectName(u"emailField")
        sizePolicy.setHeightForWidth(self.emailField.sizePolicy().hasHeightForWidth())
        self.emailField.setSizePolicy(sizePolicy)
        self.emailFieldLayout = QVBoxLayout(self.emailField)
        self.emailFieldLayout.setSpacing(2)
        self.emailFieldLayout.setObjectName(u"emailFieldLayout")
        self.emailFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.emailEdit = QLineEdit(self.emailField)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailFieldLayout.addWidget(self.emailEdit)

        self.emailMessage = QLabel(self.emailField)
        self.emailMessage.setObjectName(u"emailMessage")
        self.emailMessage.setWordWrap(True)

        self.emailFieldLayout.addWidget(self.emailMessage)


        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailField)

        self.phoneLabel = QLabel(self.detailContents)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.detailContents)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.formsLayout.addLayout(self.contactForm)


        self.detailLayout.addLayout(self.formsLayout)

        self.textsLayout = QHBoxLayout()
        self.textsLayout.setObjectName(u"textsLayout")
        self.fieldsPanel = QWidget(self.detailContents)
        self.fieldsPanel.setObjectName(u"fieldsPanel")
        self.fieldsLayout = QVBoxLayout(self.fieldsPanel)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsLabel = QLabel(self.fieldsPanel)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.fieldsLayout.addWidget(self.fieldsLabel)

        self.fieldsEdit = QPlainTextEdit(self.fieldsPanel)
        self.fieldsEdit.setObjectName(u"fieldsEdit")
        self.fieldsEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.fieldsEdit)


        self.textsLayout.addWidget(self.fieldsPanel)

        self.interestPanel = QWidget(self.detailContents)
        self.interestPanel.setObjectName(u"interestPanel")
        self.interestLayout = QVBoxLayout(self.interestPanel)
        self.interestLayout.setObjectName(u"interestLayout")
        self.interestLayout.setContentsMargins(0, 0, 0, 0)
        self.interestLabel = QLabel(self.interestPanel)
        self.interestLabel.setObjectName(u"interestLabel")

        self.interestLayout.addWidget(self.interestLabel)

        self.interestEdit = QPlainTextEdit(self.interestPanel)
        self.interestEdit.setObjectName(u"interestEdit")
        self.interestEdit.setTabChangesFocus(True)

        self.interestLayout.addWidget(self.interestEdit)


        self.textsLayout.addWidget(self.interestPanel)


        self.detailLayout.addLayout(self.textsLayout)

        self.detailScroll.setWidget(self.detailContents)
        self.partnersSplitter.addWidget(self.detailScroll)

        self.partnersLayout.addWidget(self.partnersSplitter)

#if QT_CONFIG(shortcut)
        self.newNameLabel.setBuddy(self.newNameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.siretLabel.setBuddy(self.siretEdit)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.ibanLabel.setBuddy(self.ibanEdit)
        self.bicLabel.setBuddy(self.bicEdit)
        self.civilityLabel.setBuddy(self.civilityCombo)
        self.representativeLabel.setBuddy(self.representativeEdit)
        self.functionLabel.setBuddy(self.functionEdit)
        self.delegationLabel.setBuddy(self.delegationEdit)
        self.legalPersonLabel.setBuddy(self.legalPersonEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.fieldsLabel.setBuddy(self.fieldsEdit)
        self.interestLabel.setBuddy(self.interestEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partnerTable, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.siretEdit)
        QWidget.setTabOrder(self.siretEdit, self.authorityEdit)
        QWidget.setTabOrder(self.authorityEdit, self.ibanEdit)
        QWidget.setTabOrder(self.ibanEdit, self.bicEdit)
        QWidget.setTabOrder(self.bicEdit, self.civilityCombo)
        QWidget.setTabOrder(self.civilityCombo, self.representativeEdit)
        QWidget.setTabOrder(self.representativeEdit, self.functionEdit)
        QWidget.setTabOrder(self.functionEdit, self.delegationEdit)
        QWidget.setTabOrder(self.delegationEdit, self.legalPersonEdit)
        QWidget.setTabOrder(self.legalPersonEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.fieldsEdit)
        QWidget.setTabOrder(self.fieldsEdit, self.interestEdit)

        self.retranslateUi(PartnersStep)

        QMetaObject.connectSlotsByName(PartnersStep)
    # setupUi

    def retranslateUi(self, PartnersStep):
        self.introLabel.setText(QCoreApplication.translate("PartnersStep", u"La carte des acteurs : qui est concern\u00e9, ce que chacun fait sur le territoire et ce qu'il gagne \u00e0 coop\u00e9rer.", None))
#if QT_CONFIG(accessibility)
        self.partnerTable.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Carte des acteurs", None))
#endif // QT_CONFIG(accessibility)
        self.newNameLabel.setText(QCoreApplication.translate("PartnersStep", u"&Nouveau partenaire :", None))
#if QT_CONFIG(accessibility)
        self.newNameEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Nom du nouveau partenaire", None))
#endif // QT_CONFIG(accessibility)
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"Nom, puis Entr\u00e9e", None))
        self.addButton.setText(QCoreApplication.translate("PartnersStep", u"A&jouter", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Ajouter le partenaire", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("PartnersStep", u"Monter", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Monter le partenaire choisi (Alt+Haut)", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("PartnersStep", u"Descendre", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Descendre le partenaire choisi (Alt+Bas)", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("PartnersStep", u"Supprimer\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Supprimer le partenaire choisi (Suppr)", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PartnersStep", u"No&m :", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Nom du partenaire", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"Ville de Reims", None))
        self.shortNameLabel.setText(QCoreApplication.translate("PartnersStep", u"Nom co&urt :", None))
#if QT_CONFIG(accessibility)
        self.shortNameEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Nom court", None))
#endif // QT_CONFIG(accessibility)
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"la Ville", None))
        self.kindLabel.setText(QCoreApplication.translate("PartnersStep", u"&Type :", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Type de partenaire", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("PartnersStep", u"A&dresse :", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Adresse", None))
#endif // QT_CONFIG(accessibility)
        self.siretLabel.setText(QCoreApplication.translate("PartnersStep", u"&SIRET :", None))
#if QT_CONFIG(accessibility)
        self.siretEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"SIRET", None))
#endif // QT_CONFIG(accessibility)
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"14 chiffres", None))
        self.siretMessage.setText("")
#if QT_CONFIG(accessibility)
        self.siretMessage.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Message de v\u00e9rification", None))
#endif // QT_CONFIG(accessibility)
        self.authorityLabel.setText(QCoreApplication.translate("PartnersStep", u"&Habilitation :", None))
#if QT_CONFIG(accessibility)
        self.authorityEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Habilitation du repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"par d\u00e9lib\u00e9ration du \u2026 en date du \u2026", None))
        self.ibanLabel.setText(QCoreApplication.translate("PartnersStep", u"I&BAN :", None))
#if QT_CONFIG(accessibility)
        self.ibanEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"IBAN du compte du partenaire", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ibanEdit.setToolTip(QCoreApplication.translate("PartnersStep", u"Le compte sur lequel ce partenaire re\u00e7oit les contributions : il figure dans l'article sur les versements", None))
#endif // QT_CONFIG(tooltip)
        self.ibanEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"FR76 \u2026", None))
        self.bicLabel.setText(QCoreApplication.translate("PartnersStep", u"&BIC :", None))
#if QT_CONFIG(accessibility)
        self.bicEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"BIC de la banque du partenaire", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.bicEdit.setToolTip(QCoreApplication.translate("PartnersStep", u"Code BIC de la banque du partenaire", None))
#endif // QT_CONFIG(tooltip)
        self.bicEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"AGRIFRPP", None))
        self.civilityLabel.setText(QCoreApplication.translate("PartnersStep", u"&Civilit\u00e9 :", None))
#if QT_CONFIG(accessibility)
        self.civilityCombo.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Civilit\u00e9 du repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
        self.representativeLabel.setText(QCoreApplication.translate("PartnersStep", u"&Repr\u00e9sentant :", None))
#if QT_CONFIG(accessibility)
        self.representativeEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Nom du repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
        self.representativeEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"Qui signe", None))
        self.functionLabel.setText(QCoreApplication.translate("PartnersStep", u"F&onction :", None))
#if QT_CONFIG(accessibility)
        self.functionEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Fonction du repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
        self.functionEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"Maire, directeur\u2026", None))
        self.delegationLabel.setText(QCoreApplication.translate("PartnersStep", u"&D\u00e9l\u00e9gation :", None))
#if QT_CONFIG(accessibility)
        self.delegationEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"D\u00e9l\u00e9gation de signature du repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.delegationEdit.setToolTip(QCoreApplication.translate("PartnersStep", u"\u00c0 remplir quand le signataire n'est pas le repr\u00e9sentant l\u00e9gal : elle figure sous sa signature", None))
#endif // QT_CONFIG(tooltip)
        self.delegationEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"par d\u00e9l\u00e9gation du Maire, arr\u00eat\u00e9 n\u00b0 \u2026 du \u2026", None))
        self.legalPersonLabel.setText(QCoreApplication.translate("PartnersStep", u"Personne mor&ale :", None))
#if QT_CONFIG(accessibility)
        self.legalPersonEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Personne morale qui signe pour lui", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.legalPersonEdit.setToolTip(QCoreApplication.translate("PartnersStep", u"Personne morale qui signe pour lui, quand le partenaire n'a pas la personnalit\u00e9 morale : un CMP \u2192 son h\u00f4pital, une circonscription \u2192 le DASEN, une UTAS \u2192 le D\u00e9partement", None))
#endif // QT_CONFIG(tooltip)
        self.legalPersonEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"s'il n'a pas la personnalit\u00e9 morale : CMP \u2192 son h\u00f4pital, circonscription \u2192 DASEN, UTAS \u2192 D\u00e9partement", None))
        self.contactLabel.setText(QCoreApplication.translate("PartnersStep", u"Inter&locuteur :", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Interlocuteur au quotidien", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PartnersStep", u"Courr&iel :", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"E-mail du contact", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"nom@exemple.fr", None))
        self.emailMessage.setText("")
#if QT_CONFIG(accessibility)
        self.emailMessage.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Message de v\u00e9rification", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PartnersStep", u"T\u00e9l\u00e9&phone :", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"T\u00e9l\u00e9phone du contact", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsLabel.setText(QCoreApplication.translate("PartnersStep", u"Champs d'action (un par ligne) :", None))
#if QT_CONFIG(accessibility)
        self.fieldsEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Champs d'action", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"soutien \u00e0 la parentalit\u00e9", None))
        self.interestLabel.setText(QCoreApplication.translate("PartnersStep", u"Int\u00e9r\u00eat \u00e0 participer (ce qu'il y ga&gne) :", None))
#if QT_CONFIG(accessibility)
        self.interestEdit.setAccessibleName(QCoreApplication.translate("PartnersStep", u"Int\u00e9r\u00eat \u00e0 participer", None))
#endif // QT_CONFIG(accessibility)
        self.interestEdit.setPlaceholderText(QCoreApplication.translate("PartnersStep", u"Ce que ce partenaire gagne \u00e0 coop\u00e9rer", None))
        pass
    # retranslateUi

