# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_clauses.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_ConventionClausesForm(object):
    def setupUi(self, ConventionClausesForm):
        if not ConventionClausesForm.objectName():
            ConventionClausesForm.setObjectName(u"ConventionClausesForm")
        self.clausesLayout = QVBoxLayout(ConventionClausesForm)
        self.clausesLayout.setObjectName(u"clausesLayout")
        self.clausesHint = QLabel(ConventionClausesForm)
        self.clausesHint.setObjectName(u"clausesHint")
        self.clausesHint.setWordWrap(True)

        self.clausesLayout.addWidget(self.clausesHint)

        self.governanceGroup = QGroupBox(ConventionClausesForm)
        self.governanceGroup.setObjectName(u"governanceGroup")
        self.governanceLayout = QVBoxLayout(self.governanceGroup)
        self.governanceLayout.setObjectName(u"governanceLayout")
        self.governanceEdit = QPlainTextEdit(self.governanceGroup)
        self.governanceEdit.setObjectName(u"governanceEdit")
        self.governanceEdit.setMinimumSize(QSize(0, 70))
        self.governanceEdit.setTabChangesFocus(True)
        self.governanceEdit.setMaximumSize(QSize(16777215, 130))

        self.governanceLayout.addWidget(self.governanceEdit)

        self.governanceButtons = QHBoxLayout()
        self.governanceButtons.setObjectName(u"governanceButtons")
        self.governanceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.governanceButtons.addItem(self.governanceSpacer)

        self.governanceResetButton = QPushButton(self.governanceGroup)
        self.governanceResetButton.setObjectName(u"governanceResetButton")

        self.governanceButtons.addWidget(self.governanceResetButton)


        self.governanceLayout.addLayout(self.governanceButtons)


        self.clausesLayout.addWidget(self.governanceGroup)

        self.evaluationGroup = QGroupBox(ConventionClausesForm)
        self.evaluationGroup.setObjectName(u"evaluationGroup")
        self.evaluationLayout = QVBoxLayout(self.evaluationGroup)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationEdit = QPlainTextEdit(self.evaluationGroup)
        self.evaluationEdit.setObjectName(u"evaluationEdit")
        self.evaluationEdit.setMinimumSize(QSize(0, 70))
        self.evaluationEdit.setTabChangesFocus(True)
        self.evaluationEdit.setMaximumSize(QSize(16777215, 130))

        self.evaluationLayout.addWidget(self.evaluationEdit)

        self.indicatorsLabel = QLabel(self.evaluationGroup)
        self.indicatorsLabel.setObjectName(u"indicatorsLabel")

        self.evaluationLayout.addWidget(self.indicatorsLabel)

        self.indicatorsList = QListWidget(self.evaluationGroup)
        self.indicatorsList.setObjectName(u"indicatorsList")
        self.indicatorsList.setMaximumSize(QSize(16777215, 110))

        self.evaluationLayout.addWidget(self.indicatorsList)

        self.evaluationButtons = QHBoxLayout()
        self.evaluationButtons.setObjectName(u"evaluationButtons")
        self.evaluationSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluationButtons.addItem(self.evaluationSpacer)

        self.evaluationResetButton = QPushButton(self.evaluationGroup)
        self.evaluationResetButton.setObjectName(u"evaluationResetButton")

        self.evaluationButtons.addWidget(self.evaluationResetButton)


        self.evaluationLayout.addLayout(self.evaluationButtons)


        self.clausesLayout.addWidget(self.evaluationGroup)

        self.data_protectionGroup = QGroupBox(ConventionClausesForm)
        self.data_protectionGroup.setObjectName(u"data_protectionGroup")
        self.data_protectionLayout = QVBoxLayout(self.data_protectionGroup)
        self.data_protectionLayout.setObjectName(u"data_protectionLayout")
        self.data_protectionEdit = QPlainTextEdit(self.data_protectionGroup)
        self.data_protectionEdit.setObjectName(u"data_protectionEdit")
        self.data_protectionEdit.setMinimumSize(QSize(0, 100))
        self.data_protectionEdit.setTabChangesFocus(True)
        self.data_protectionEdit.setMaximumSize(QSize(16777215, 160))

        self.data_protectionLayout.addWidget(self.data_protectionEdit)

        self.data_protectionButtons = QHBoxLayout()
        self.data_protectionButtons.setObjectName(u"data_protectionButtons")
        self.data_protectionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.data_protectionButtons.addItem(self.data_protectionSpacer)

        self.data_protectionResetButton = QPushButton(self.data_protectionGroup)
        self.data_protectionResetButton.setObjectName(u"data_protectionResetButton")

        self.data_protectionButtons.addWidget(self.data_protectionResetButton)


        self.data_protectionLayout.addLayout(self.data_protectionButtons)


        self.clausesLayout.addWidget(self.data_protectionGroup)

        self.insuranceGroup = QGroupBox(ConventionClausesForm)
        self.insuranceGroup.setObjectName(u"insuranceGroup")
        self.insuranceLayout = QVBoxLayout(self.insuranceGroup)
        self.insuranceLayout.setObjectName(u"insuranceLayout")
        self.insuranceEdit = QPlainTextEdit(self.insuranceGroup)
        self.insuranceEdit.setObjectName(u"insuranceEdit")
        self.insuranceEdit.setMinimumSize(QSize(0, 70))
        self.insuranceEdit.setTabChangesFocus(True)
        self.insuranceEdit.setMaximumSize(QSize(16777215, 130))

        self.insuranceLayout.addWidget(self.insuranceEdit)

        self.insuranceButtons = QHBoxLayout()
        self.insuranceButtons.setObjectName(u"insuranceButtons")
        self.insuranceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.insuranceButtons.addItem(self.insuranceSpacer)

        self.insuranceResetButton = QPushButton(self.insuranceGroup)
        self.insuranceResetButton.setObjectName(u"insuranceResetButton")

        self.insuranceButtons.addWidget(self.insuranceResetButton)


        self.insuranceLayout.addLayout(self.insuranceButtons)


        self.clausesLayout.addWidget(self.insuranceGroup)

        self.communicationGroup = QGroupBox(ConventionClausesForm)
        self.communicationGroup.setObjectName(u"communicationGroup")
        self.communicationLayout = QVBoxLayout(self.communicationGroup)
        self.communicationLayout.setObjectName(u"communicationLayout")
        self.communicationEdit = QPlainTextEdit(self.communicationGroup)
        self.communicationEdit.setObjectName(u"communicationEdit")
        self.communicationEdit.setMinimumSize(QSize(0, 70))
        self.communicationEdit.setTabChangesFocus(True)
        self.communicationEdit.setMaximumSize(QSize(16777215, 130))

        self.communicationLayout.addWidget(self.communicationEdit)

        self.communicationButtons = QHBoxLayout()
        self.communicationButtons.setObjectName(u"communicationButtons")
        self.communicationSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.communicationButtons.addItem(self.communicationSpacer)

        self.communicationResetButton = QPushButton(self.communicationGroup)
        self.communicationResetButton.setObjectName(u"communicationResetButton")

        self.communicationButtons.addWidget(self.communicationResetButton)


        self.communicationLayout.addLayout(self.communicationButtons)


        self.clausesLayout.addWidget(self.communicationGroup)

        self.amendment_clauseGroup = QGroupBox(ConventionClausesForm)
        self.amendment_clauseGroup.setObjectName(u"amendment_clauseGroup")
        self.amendment_clauseLayout = QVBoxLayout(self.amendment_clauseGroup)
        self.amendment_clauseLayout.setObjectName(u"amendment_clauseLayout")
        self.amendment_clauseEdit = QPlainTextEdit(self.amendment_clauseGroup)
        self.amendment_clauseEdit.setObjectName(u"amendment_clauseEdit")
        self.amendment_clauseEdit.setMinimumSize(QSize(0, 70))
        self.amendment_clauseEdit.setTabChangesFocus(True)
        self.amendment_clauseEdit.setMaximumSize(QSize(16777215, 130))

        self.amendment_clauseLayout.addWidget(self.amendment_clauseEdit)

        self.amendment_clauseButtons = QHBoxLayout()
        self.amendment_clauseButtons.setObjectName(u"amendment_clauseButtons")
        self.amendment_clauseSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amendment_clauseButtons.addItem(self.amendment_clauseSpacer)

        self.amendment_clauseResetButton = QPushButton(self.amendment_clauseGroup)
        self.amendment_clauseResetButton.setObjectName(u"amendment_clauseResetButton")

        self.amendment_clauseButtons.addWidget(self.amendment_clauseResetButton)


        self.amendment_clauseLayout.addLayout(self.amendment_clauseButtons)


        self.clausesLayout.addWidget(self.amendment_clauseGroup)

        self.terminationGroup = QGroupBox(ConventionClausesForm)
        self.terminationGroup.setObjectName(u"terminationGroup")
        self.terminationLayout = QVBoxLayout(self.terminationGroup)
        self.terminationLayout.setObjectName(u"terminationLayout")
        self.terminationEdit = QPlainTextEdit(self.terminationGroup)
        self.terminationEdit.setObjectName(u"terminationEdit")
        self.terminationEdit.setMinimumSize(QSize(0, 90))
        self.terminationEdit.setTabChangesFocus(True)
        self.terminationEdit.setMaximumSize(QSize(16777215, 150))

        self.terminationLayout.addWidget(self.terminationEdit)

        self.noticeBox = QHBoxLayout()
        self.noticeBox.setObjectName(u"noticeBox")
        self.noticeLabel = QLabel(self.terminationGroup)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.noticeBox.addWidget(self.noticeLabel)

        self.noticeSpin = QSpinBox(self.terminationGroup)
        self.noticeSpin.setObjectName(u"noticeSpin")
        self.noticeSpin.setMinimum(-1)
        self.noticeSpin.setMaximum(36)

        self.noticeBox.addWidget(self.noticeSpin)

        self.noticeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticeBox.addItem(self.noticeSpacer)


        self.terminationLayout.addLayout(self.noticeBox)

        self.terminationButtons = QHBoxLayout()
        self.terminationButtons.setObjectName(u"terminationButtons")
        self.terminationSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.terminationButtons.addItem(self.terminationSpacer)

        self.terminationResetButton = QPushButton(self.terminationGroup)
        self.terminationResetButton.setObjectName(u"terminationResetButton")

        self.terminationButtons.addWidget(self.terminationResetButton)


        self.terminationLayout.addLayout(self.terminationButtons)


        self.clausesLayout.addWidget(self.terminationGroup)

        self.disputesGroup = QGroupBox(ConventionClausesForm)
        self.disputesGroup.setObjectName(u"disputesGroup")
        self.disputesLayout = QFormLayout(self.disputesGroup)
        self.disputesLayout.setObjectName(u"disputesLayout")
        self.amicableCheck = QCheckBox(self.disputesGroup)
        self.amicableCheck.setObjectName(u"amicableCheck")

        self.disputesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amicableCheck)

        self.courtLabel = QLabel(self.disputesGroup)
        self.courtLabel.setObjectName(u"courtLabel")

        self.disputesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.courtLabel)

        self.courtEdit = QLineEdit(self.disputesGroup)
        self.courtEdit.setObjectName(u"courtEdit")

        self.disputesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.courtEdit)

        self.disputesButtons = QHBoxLayout()
        self.disputesButtons.setObjectName(u"disputesButtons")
        self.disputesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disputesButtons.addItem(self.disputesSpacer)

        self.disputesResetButton = QPushButton(self.disputesGroup)
        self.disputesResetButton.setObjectName(u"disputesResetButton")

        self.disputesButtons.addWidget(self.disputesResetButton)


        self.disputesLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.disputesButtons)


        self.clausesLayout.addWidget(self.disputesGroup)

#if QT_CONFIG(shortcut)
        self.indicatorsLabel.setBuddy(self.indicatorsList)
        self.noticeLabel.setBuddy(self.noticeSpin)
        self.courtLabel.setBuddy(self.courtEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionClausesForm)

        QMetaObject.connectSlotsByName(ConventionClausesForm)
    # setupUi

    def retranslateUi(self, ConventionClausesForm):
        self.clausesHint.setText(QCoreApplication.translate("ConventionClausesForm", u"Les clauses sont pr\u00e9remplies avec des textes types (secret partag\u00e9, r\u00e9siliation par lettre recommand\u00e9e, avenant, tribunal administratif). Adaptez-les \u00e0 votre partenariat.", None))
        self.governanceGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"Suivi et gouvernance", None))
#if QT_CONFIG(accessibility)
        self.governanceEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Suivi et gouvernance", None))
#endif // QT_CONFIG(accessibility)
        self.governanceResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.governanceResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (Suivi et gouvernance)", None))
#endif // QT_CONFIG(tooltip)
        self.evaluationGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"\u00c9valuation", None))
#if QT_CONFIG(accessibility)
        self.evaluationEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"\u00c9valuation", None))
#endif // QT_CONFIG(accessibility)
        self.indicatorsLabel.setText(QCoreApplication.translate("ConventionClausesForm", u"Indicateurs de la charte suivis par cette convention", None))
#if QT_CONFIG(accessibility)
        self.indicatorsList.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Indicateurs de la charte suivis", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.evaluationResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (\u00c9valuation)", None))
#endif // QT_CONFIG(tooltip)
        self.data_protectionGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"Protection des donn\u00e9es et secret partag\u00e9", None))
#if QT_CONFIG(accessibility)
        self.data_protectionEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Protection des donn\u00e9es et secret partag\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.data_protectionResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.data_protectionResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (Protection des donn\u00e9es et secret partag\u00e9)", None))
#endif // QT_CONFIG(tooltip)
        self.insuranceGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"Assurances et responsabilit\u00e9", None))
#if QT_CONFIG(accessibility)
        self.insuranceEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Assurances et responsabilit\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.insuranceResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.insuranceResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (Assurances et responsabilit\u00e9)", None))
#endif // QT_CONFIG(tooltip)
        self.communicationGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"Communication", None))
#if QT_CONFIG(accessibility)
        self.communicationEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Communication", None))
#endif // QT_CONFIG(accessibility)
        self.communicationResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.communicationResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (Communication)", None))
#endif // QT_CONFIG(tooltip)
        self.amendment_clauseGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"Modification par avenant", None))
#if QT_CONFIG(accessibility)
        self.amendment_clauseEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Modification par avenant", None))
#endif // QT_CONFIG(accessibility)
        self.amendment_clauseResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.amendment_clauseResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (Modification par avenant)", None))
#endif // QT_CONFIG(tooltip)
        self.terminationGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"R\u00e9siliation", None))
#if QT_CONFIG(accessibility)
        self.terminationEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"R\u00e9siliation", None))
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText(QCoreApplication.translate("ConventionClausesForm", u"Pr\u00e9&avis", None))
        self.noticeSpin.setSpecialValueText(QCoreApplication.translate("ConventionClausesForm", u"non pr\u00e9cis\u00e9", None))
#if QT_CONFIG(accessibility)
        self.noticeSpin.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Pr\u00e9avis de r\u00e9siliation en mois", None))
#endif // QT_CONFIG(accessibility)
        self.noticeSpin.setSuffix(QCoreApplication.translate("ConventionClausesForm", u" mois", None))
        self.terminationResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
#if QT_CONFIG(tooltip)
        self.terminationResetButton.setToolTip(QCoreApplication.translate("ConventionClausesForm", u"Remplacer par le texte type de la biblioth\u00e8que de clauses (R\u00e9siliation)", None))
#endif // QT_CONFIG(tooltip)
        self.disputesGroup.setTitle(QCoreApplication.translate("ConventionClausesForm", u"Litiges", None))
        self.amicableCheck.setText(QCoreApplication.translate("ConventionClausesForm", u"Rechercher d'abord un r\u00e8glement a&miable", None))
        self.courtLabel.setText(QCoreApplication.translate("ConventionClausesForm", u"&Juridiction comp\u00e9tente", None))
#if QT_CONFIG(accessibility)
        self.courtEdit.setAccessibleName(QCoreApplication.translate("ConventionClausesForm", u"Juridiction comp\u00e9tente", None))
#endif // QT_CONFIG(accessibility)
        self.courtEdit.setPlaceholderText(QCoreApplication.translate("ConventionClausesForm", u"Tribunal administratif de \u2026", None))
        self.disputesResetButton.setText(QCoreApplication.translate("ConventionClausesForm", u"Reprendre le texte type", None))
        pass
    # retranslateUi

