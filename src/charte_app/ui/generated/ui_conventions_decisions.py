# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_decisions.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

from charte_app.ui.widgets.date_field import DateField

class Ui_ConventionDecisionsForm(object):
    def setupUi(self, ConventionDecisionsForm):
        if not ConventionDecisionsForm.objectName():
            ConventionDecisionsForm.setObjectName(u"ConventionDecisionsForm")
        self.decisionsLayout = QVBoxLayout(ConventionDecisionsForm)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsIntro = QLabel(ConventionDecisionsForm)
        self.decisionsIntro.setObjectName(u"decisionsIntro")
        self.decisionsIntro.setWordWrap(True)

        self.decisionsLayout.addWidget(self.decisionsIntro)

        self.initiativeGroup = QGroupBox(ConventionDecisionsForm)
        self.initiativeGroup.setObjectName(u"initiativeGroup")
        self.initiativeLayout = QVBoxLayout(self.initiativeGroup)
        self.initiativeLayout.setObjectName(u"initiativeLayout")
        self.initiativeLabel = QLabel(self.initiativeGroup)
        self.initiativeLabel.setObjectName(u"initiativeLabel")
        self.initiativeLabel.setWordWrap(True)

        self.initiativeLayout.addWidget(self.initiativeLabel)

        self.initiativeCombo = QComboBox(self.initiativeGroup)
        self.initiativeCombo.setObjectName(u"initiativeCombo")
        self.initiativeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.initiativeCombo.setMinimumContentsLength(30)

        self.initiativeLayout.addWidget(self.initiativeCombo)

        self.initiativeHint = QLabel(self.initiativeGroup)
        self.initiativeHint.setObjectName(u"initiativeHint")
        self.initiativeHint.setWordWrap(True)

        self.initiativeLayout.addWidget(self.initiativeHint)


        self.decisionsLayout.addWidget(self.initiativeGroup)

        self.authorisationGroup = QGroupBox(ConventionDecisionsForm)
        self.authorisationGroup.setObjectName(u"authorisationGroup")
        self.authorisationOuter = QVBoxLayout(self.authorisationGroup)
        self.authorisationOuter.setObjectName(u"authorisationOuter")
        self.authorisationHint = QLabel(self.authorisationGroup)
        self.authorisationHint.setObjectName(u"authorisationHint")
        self.authorisationHint.setText(u"")
        self.authorisationHint.setWordWrap(True)

        self.authorisationOuter.addWidget(self.authorisationHint)

        self.authorisationLayout = QFormLayout()
        self.authorisationLayout.setObjectName(u"authorisationLayout")
        self.authorisationBodyLabel = QLabel(self.authorisationGroup)
        self.authorisationBodyLabel.setObjectName(u"authorisationBodyLabel")

        self.authorisationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorisationBodyLabel)

        self.authorisationBodyEdit = QLineEdit(self.authorisationGroup)
        self.authorisationBodyEdit.setObjectName(u"authorisationBodyEdit")

        self.authorisationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorisationBodyEdit)

        self.authorisationDateLabel = QLabel(self.authorisationGroup)
        self.authorisationDateLabel.setObjectName(u"authorisationDateLabel")

        self.authorisationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorisationDateLabel)

        self.authorisationDateField = DateField(self.authorisationGroup)
        self.authorisationDateField.setObjectName(u"authorisationDateField")

        self.authorisationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorisationDateField)

        self.authorisationReferenceLabel = QLabel(self.authorisationGroup)
        self.authorisationReferenceLabel.setObjectName(u"authorisationReferenceLabel")

        self.authorisationLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorisationReferenceLabel)

        self.authorisationReferenceEdit = QLineEdit(self.authorisationGroup)
        self.authorisationReferenceEdit.setObjectName(u"authorisationReferenceEdit")

        self.authorisationLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorisationReferenceEdit)


        self.authorisationOuter.addLayout(self.authorisationLayout)


        self.decisionsLayout.addWidget(self.authorisationGroup)

        self.withdrawalGroup = QGroupBox(ConventionDecisionsForm)
        self.withdrawalGroup.setObjectName(u"withdrawalGroup")
        self.withdrawalLayout = QFormLayout(self.withdrawalGroup)
        self.withdrawalLayout.setObjectName(u"withdrawalLayout")
        self.withdrawalLabel = QLabel(self.withdrawalGroup)
        self.withdrawalLabel.setObjectName(u"withdrawalLabel")

        self.withdrawalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withdrawalLabel)

        self.withdrawalCombo = QComboBox(self.withdrawalGroup)
        self.withdrawalCombo.setObjectName(u"withdrawalCombo")
        self.withdrawalCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.withdrawalCombo.setMinimumContentsLength(30)

        self.withdrawalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withdrawalCombo)


        self.decisionsLayout.addWidget(self.withdrawalGroup)

        self.retroactivityGroup = QGroupBox(ConventionDecisionsForm)
        self.retroactivityGroup.setObjectName(u"retroactivityGroup")
        self.retroactivityLayout = QVBoxLayout(self.retroactivityGroup)
        self.retroactivityLayout.setObjectName(u"retroactivityLayout")
        self.retroactivityLabel = QLabel(self.retroactivityGroup)
        self.retroactivityLabel.setObjectName(u"retroactivityLabel")
        self.retroactivityLabel.setWordWrap(True)

        self.retroactivityLayout.addWidget(self.retroactivityLabel)

        self.retroactivityEdit = QPlainTextEdit(self.retroactivityGroup)
        self.retroactivityEdit.setObjectName(u"retroactivityEdit")
        self.retroactivityEdit.setMaximumSize(QSize(16777215, 70))
        self.retroactivityEdit.setTabChangesFocus(True)

        self.retroactivityLayout.addWidget(self.retroactivityEdit)


        self.decisionsLayout.addWidget(self.retroactivityGroup)

        self.shortTitleLayout = QFormLayout()
        self.shortTitleLayout.setObjectName(u"shortTitleLayout")
        self.shortTitleLabel = QLabel(ConventionDecisionsForm)
        self.shortTitleLabel.setObjectName(u"shortTitleLabel")

        self.shortTitleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.shortTitleLabel)

        self.shortTitleEdit = QLineEdit(ConventionDecisionsForm)
        self.shortTitleEdit.setObjectName(u"shortTitleEdit")

        self.shortTitleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.shortTitleEdit)


        self.decisionsLayout.addLayout(self.shortTitleLayout)

        self.decisionsMessage = QLabel(ConventionDecisionsForm)
        self.decisionsMessage.setObjectName(u"decisionsMessage")
        self.decisionsMessage.setText(u"")
        self.decisionsMessage.setWordWrap(True)
        self.decisionsMessage.setStyleSheet(u"color: #b00020;")

        self.decisionsLayout.addWidget(self.decisionsMessage)

        self.decisionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionsLayout.addItem(self.decisionsSpacer)

#if QT_CONFIG(shortcut)
        self.initiativeLabel.setBuddy(self.initiativeCombo)
        self.authorisationBodyLabel.setBuddy(self.authorisationBodyEdit)
        self.authorisationDateLabel.setBuddy(self.authorisationDateField)
        self.authorisationReferenceLabel.setBuddy(self.authorisationReferenceEdit)
        self.withdrawalLabel.setBuddy(self.withdrawalCombo)
        self.retroactivityLabel.setBuddy(self.retroactivityEdit)
        self.shortTitleLabel.setBuddy(self.shortTitleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionDecisionsForm)

        QMetaObject.connectSlotsByName(ConventionDecisionsForm)
    # setupUi

    def retranslateUi(self, ConventionDecisionsForm):
        self.decisionsIntro.setText(QCoreApplication.translate("ConventionDecisionsForm", u"Ces choix appartiennent aux parties : le document n'imprime rien \u00e0 leur place. Tant qu'un choix n\u00e9cessaire manque, la version ne peut \u00eatre ni valid\u00e9e ni sign\u00e9e.", None))
        self.initiativeGroup.setTitle(QCoreApplication.translate("ConventionDecisionsForm", u"Projet subventionn\u00e9", None))
        self.initiativeLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"\u00c0 l'&initiative de qui est le projet financ\u00e9 ?", None))
#if QT_CONFIG(accessibility)
        self.initiativeCombo.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"Initiative du projet financ\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.initiativeCombo.setPlaceholderText(QCoreApplication.translate("ConventionDecisionsForm", u"\u2014 \u00e0 choisir \u2014", None))
        self.initiativeHint.setText(QCoreApplication.translate("ConventionDecisionsForm", u"Ce choix est une position juridique : le consid\u00e9rant \u00ab \u00e0 sa propre initiative \u00bb n'est imprim\u00e9 que si le projet vient de l'association ; si la personne publique d\u00e9finit le besoin et commande le service, c'est un march\u00e9 public.", None))
        self.authorisationGroup.setTitle(QCoreApplication.translate("ConventionDecisionsForm", u"D\u00e9cision qui autorise", None))
        self.authorisationBodyLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"Instanc&e :", None))
#if QT_CONFIG(accessibility)
        self.authorisationBodyEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"Instance qui a d\u00e9cid\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.authorisationBodyEdit.setPlaceholderText(QCoreApplication.translate("ConventionDecisionsForm", u"ex. le conseil municipal", None))
        self.authorisationDateLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"Da&te :", None))
#if QT_CONFIG(accessibility)
        self.authorisationDateField.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"Date de la d\u00e9cision", None))
#endif // QT_CONFIG(accessibility)
        self.authorisationReferenceLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"R\u00e9&f\u00e9rence :", None))
#if QT_CONFIG(accessibility)
        self.authorisationReferenceEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"R\u00e9f\u00e9rence de la d\u00e9cision", None))
#endif // QT_CONFIG(accessibility)
        self.authorisationReferenceEdit.setPlaceholderText(QCoreApplication.translate("ConventionDecisionsForm", u"ex. d\u00e9lib\u00e9ration n\u00b0 2026-45", None))
        self.withdrawalGroup.setTitle(QCoreApplication.translate("ConventionDecisionsForm", u"Retrait d'une partie", None))
        self.withdrawalLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"Si une partie se reti&re :", None))
#if QT_CONFIG(accessibility)
        self.withdrawalCombo.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"Effet du retrait d'une partie", None))
#endif // QT_CONFIG(accessibility)
        self.withdrawalCombo.setPlaceholderText(QCoreApplication.translate("ConventionDecisionsForm", u"\u2014 \u00e0 choisir \u2014", None))
        self.retroactivityGroup.setTitle(QCoreApplication.translate("ConventionDecisionsForm", u"Effet r\u00e9troactif de l'avenant", None))
        self.retroactivityLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"M&otif, quand l'avenant prend effet avant la signature de la convention qu'il modifie :", None))
#if QT_CONFIG(accessibility)
        self.retroactivityEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"Motif de l'effet r\u00e9troactif", None))
#endif // QT_CONFIG(accessibility)
        self.shortTitleLabel.setText(QCoreApplication.translate("ConventionDecisionsForm", u"Titre &court (en-t\u00eate des pages) :", None))
#if QT_CONFIG(accessibility)
        self.shortTitleEdit.setAccessibleName(QCoreApplication.translate("ConventionDecisionsForm", u"Titre court de la convention", None))
#endif // QT_CONFIG(accessibility)
        self.shortTitleEdit.setPlaceholderText(QCoreApplication.translate("ConventionDecisionsForm", u"ex. Convention psychomotricit\u00e9 2026-2029", None))
        pass
    # retranslateUi

