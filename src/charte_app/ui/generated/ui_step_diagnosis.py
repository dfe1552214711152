# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_diagnosis.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_DiagnosisStep(object):
    def setupUi(self, DiagnosisStep):
        if not DiagnosisStep.objectName():
            DiagnosisStep.setObjectName(u"DiagnosisStep")
        self.diagnosisLayout = QVBoxLayout(DiagnosisStep)
        self.diagnosisLayout.setObjectName(u"diagnosisLayout")
        self.diagnosisLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.dossierBox = QGroupBox(DiagnosisStep)
        self.dossierBox.setObjectName(u"dossierBox")
        self.dossierForm = QFormLayout(self.dossierBox)
        self.dossierForm.setObjectName(u"dossierForm")
        self.titleLabel = QLabel(self.dossierBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dossierForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.dossierBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.dossierForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.territoryLabel = QLabel(self.dossierBox)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.dossierForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.territoryLabel)

        self.territoryEdit = QLineEdit(self.dossierBox)
        self.territoryEdit.setObjectName(u"territoryEdit")

        self.dossierForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.territoryEdit)

        self.programmeLabel = QLabel(self.dossierBox)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.dossierForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeEdit = QLineEdit(self.dossierBox)
        self.programmeEdit.setObjectName(u"programmeEdit")

        self.dossierForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.programmeEdit)


        self.headerLayout.addWidget(self.dossierBox)

        self.coordinatorBox = QGroupBox(DiagnosisStep)
        self.coordinatorBox.setObjectName(u"coordinatorBox")
        self.coordinatorForm = QFormLayout(self.coordinatorBox)
        self.coordinatorForm.setObjectName(u"coordinatorForm")
        self.coordNameLabel = QLabel(self.coordinatorBox)
        self.coordNameLabel.setObjectName(u"coordNameLabel")

        self.coordinatorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.coordNameLabel)

        self.coordNameEdit = QLineEdit(self.coordinatorBox)
        self.coordNameEdit.setObjectName(u"coordNameEdit")

        self.coordinatorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.coordNameEdit)

        self.coordOrgLabel = QLabel(self.coordinatorBox)
        self.coordOrgLabel.setObjectName(u"coordOrgLabel")

        self.coordinatorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coordOrgLabel)

        self.coordOrgEdit = QLineEdit(self.coordinatorBox)
        self.coordOrgEdit.setObjectName(u"coordOrgEdit")

        self.coordinatorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coordOrgEdit)

        self.coordEmailLabel = QLabel(self.coordinatorBox)
        self.coordEmailLabel.setObjectName(u"coordEmailLabel")

        self.coordinatorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.coordEmailLabel)

        self.coordEmailField = QWidget(self.coordinatorBox)
        self.coordEmailField.setObjectName(u"coordEmailField")
        self.coordEmailFieldLayout = QVBoxLayout(self.coordEmailField)
        self.coordEmailFieldLayout.setSpacing(2)
        self.coordEmailFieldLayout.setObjectName(u"coordEmailFieldLayout")
        self.coordEmailFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.coordEmailEdit = QLineEdit(self.coordEmailField)
        self.coordEmailEdit.setObjectName(u"coordEmailEdit")

        self.coordEmailFieldLayout.addWidget(self.coordEmailEdit)

        self.coordEmailMessage = QLabel(self.coordEmailField)
        self.coordEmailMessage.setObjectName(u"coordEmailMessage")
        self.coordEmailMessage.setWordWrap(True)

        self.coordEmailFieldLayout.addWidget(self.coordEmailMessage)


        self.coordinatorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.coordEmailField)

        self.coordPhoneLabel = QLabel(self.coordinatorBox)
        self.coordPhoneLabel.setObjectName(u"coordPhoneLabel")

        self.coordinatorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordPhoneLabel)

        self.coordPhoneEdit = QLineEdit(self.coordinatorBox)
        self.coordPhoneEdit.setObjectName(u"coordPhoneEdit")

        self.coordinatorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordPhoneEdit)


        self.headerLayout.addWidget(self.coordinatorBox)


        self.diagnosisLayout.addLayout(self.headerLayout)

        self.diagnosisLabel = QLabel(DiagnosisStep)
        self.diagnosisLabel.setObjectName(u"diagnosisLabel")
        self.diagnosisLabel.setWordWrap(True)

        self.diagnosisLayout.addWidget(self.diagnosisLabel)

        self.diagnosisEdit = QPlainTextEdit(DiagnosisStep)
        self.diagnosisEdit.setObjectName(u"diagnosisEdit")
        self.diagnosisEdit.setTabChangesFocus(True)

        self.diagnosisLayout.addWidget(self.diagnosisEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.territoryLabel.setBuddy(self.territoryEdit)
        self.programmeLabel.setBuddy(self.programmeEdit)
        self.coordNameLabel.setBuddy(self.coordNameEdit)
        self.coordOrgLabel.setBuddy(self.coordOrgEdit)
        self.coordEmailLabel.setBuddy(self.coordEmailEdit)
        self.coordPhoneLabel.setBuddy(self.coordPhoneEdit)
        self.diagnosisLabel.setBuddy(self.diagnosisEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.territoryEdit)
        QWidget.setTabOrder(self.territoryEdit, self.programmeEdit)
        QWidget.setTabOrder(self.programmeEdit, self.coordNameEdit)
        QWidget.setTabOrder(self.coordNameEdit, self.coordOrgEdit)
        QWidget.setTabOrder(self.coordOrgEdit, self.coordEmailEdit)
        QWidget.setTabOrder(self.coordEmailEdit, self.coordPhoneEdit)
        QWidget.setTabOrder(self.coordPhoneEdit, self.diagnosisEdit)

        self.retranslateUi(DiagnosisStep)

        QMetaObject.connectSlotsByName(DiagnosisStep)
    # setupUi

    def retranslateUi(self, DiagnosisStep):
        self.dossierBox.setTitle(QCoreApplication.translate("DiagnosisStep", u"Le dossier", None))
        self.titleLabel.setText(QCoreApplication.translate("DiagnosisStep", u"&Titre :", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Titre du dossier", None))
#endif // QT_CONFIG(accessibility)
        self.territoryLabel.setText(QCoreApplication.translate("DiagnosisStep", u"Te&rritoire :", None))
#if QT_CONFIG(accessibility)
        self.territoryEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Territoire", None))
#endif // QT_CONFIG(accessibility)
        self.territoryEdit.setPlaceholderText(QCoreApplication.translate("DiagnosisStep", u"Reims \u2013 quartiers prioritaires", None))
        self.programmeLabel.setText(QCoreApplication.translate("DiagnosisStep", u"Pro&gramme :", None))
#if QT_CONFIG(accessibility)
        self.programmeEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.programmeEdit.setPlaceholderText(QCoreApplication.translate("DiagnosisStep", u"Programme de R\u00e9ussite \u00c9ducative de \u2026", None))
        self.coordinatorBox.setTitle(QCoreApplication.translate("DiagnosisStep", u"Coordination", None))
        self.coordNameLabel.setText(QCoreApplication.translate("DiagnosisStep", u"&Nom :", None))
#if QT_CONFIG(accessibility)
        self.coordNameEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Nom du coordinateur", None))
#endif // QT_CONFIG(accessibility)
        self.coordOrgLabel.setText(QCoreApplication.translate("DiagnosisStep", u"&Structure :", None))
#if QT_CONFIG(accessibility)
        self.coordOrgEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Structure du coordinateur", None))
#endif // QT_CONFIG(accessibility)
        self.coordEmailLabel.setText(QCoreApplication.translate("DiagnosisStep", u"Courr&iel :", None))
#if QT_CONFIG(accessibility)
        self.coordEmailEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"E-mail du coordinateur", None))
#endif // QT_CONFIG(accessibility)
        self.coordEmailEdit.setPlaceholderText(QCoreApplication.translate("DiagnosisStep", u"nom@exemple.fr", None))
        self.coordEmailMessage.setText("")
#if QT_CONFIG(accessibility)
        self.coordEmailMessage.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Message de v\u00e9rification", None))
#endif // QT_CONFIG(accessibility)
        self.coordPhoneLabel.setText(QCoreApplication.translate("DiagnosisStep", u"T\u00e9l\u00e9&phone :", None))
#if QT_CONFIG(accessibility)
        self.coordPhoneEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"T\u00e9l\u00e9phone du coordinateur", None))
#endif // QT_CONFIG(accessibility)
        self.diagnosisLabel.setText(QCoreApplication.translate("DiagnosisStep", u"&Diagnostic partag\u00e9 (une ligne vide s\u00e9pare les paragraphes, \u00ab - \u00bb en d\u00e9but de ligne fait une puce) :", None))
#if QT_CONFIG(accessibility)
        self.diagnosisEdit.setAccessibleName(QCoreApplication.translate("DiagnosisStep", u"Diagnostic partag\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.diagnosisEdit.setPlaceholderText(QCoreApplication.translate("DiagnosisStep", u"Les enjeux du territoire, tels que les partenaires les lisent ensemble\u2026", None))
        pass
    # retranslateUi

