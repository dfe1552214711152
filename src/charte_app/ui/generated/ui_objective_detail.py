# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'objective_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget

class Ui_ObjectiveDetail(object):
    def setupUi(self, ObjectiveDetail):
        if not ObjectiveDetail.objectName():
            ObjectiveDetail.setObjectName(u"ObjectiveDetail")
        self.objectiveLayout = QVBoxLayout(ObjectiveDetail)
        self.objectiveLayout.setObjectName(u"objectiveLayout")
        self.objectiveLayout.setContentsMargins(0, 0, 0, 0)
        self.objectiveForm = QFormLayout()
        self.objectiveForm.setObjectName(u"objectiveForm")
        self.titleLabel = QLabel(ObjectiveDetail)
        self.titleLabel.setObjectName(u"titleLabel")

        self.objectiveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ObjectiveDetail)
        self.titleEdit.setObjectName(u"titleEdit")

        self.objectiveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.objectiveLayout.addLayout(self.objectiveForm)

        self.descriptionLabel = QLabel(ObjectiveDetail)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.objectiveLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ObjectiveDetail)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.objectiveLayout.addWidget(self.descriptionEdit)

        self.indicatorsLabel = QLabel(ObjectiveDetail)
        self.indicatorsLabel.setObjectName(u"indicatorsLabel")
        self.indicatorsLabel.setWordWrap(True)

        self.objectiveLayout.addWidget(self.indicatorsLabel)

        self.indicatorTable = QTableView(ObjectiveDetail)
        self.indicatorTable.setObjectName(u"indicatorTable")
        self.indicatorTable.setTabKeyNavigation(True)
        self.indicatorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicatorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.objectiveLayout.addWidget(self.indicatorTable)

        self.indicatorButtons = QHBoxLayout()
        self.indicatorButtons.setObjectName(u"indicatorButtons")
        self.newIndicatorEdit = QLineEdit(ObjectiveDetail)
        self.newIndicatorEdit.setObjectName(u"newIndicatorEdit")

        self.indicatorButtons.addWidget(self.newIndicatorEdit)

        self.addIndicatorButton = QPushButton(ObjectiveDetail)
        self.addIndicatorButton.setObjectName(u"addIndicatorButton")

        self.indicatorButtons.addWidget(self.addIndicatorButton)

        self.removeIndicatorButton = QPushButton(ObjectiveDetail)
        self.removeIndicatorButton.setObjectName(u"removeIndicatorButton")

        self.indicatorButtons.addWidget(self.removeIndicatorButton)


        self.objectiveLayout.addLayout(self.indicatorButtons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.indicatorsLabel.setBuddy(self.indicatorTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.indicatorTable)
        QWidget.setTabOrder(self.indicatorTable, self.newIndicatorEdit)
        QWidget.setTabOrder(self.newIndicatorEdit, self.addIndicatorButton)
        QWidget.setTabOrder(self.addIndicatorButton, self.removeIndicatorButton)

        self.retranslateUi(ObjectiveDetail)

        QMetaObject.connectSlotsByName(ObjectiveDetail)
    # setupUi

    def retranslateUi(self, ObjectiveDetail):
        self.titleLabel.setText(QCoreApplication.translate("ObjectiveDetail", u"&Titre :", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ObjectiveDetail", u"Titre de l'objectif", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("ObjectiveDetail", u"Descri&ption :", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ObjectiveDetail", u"Description de l'objectif", None))
#endif // QT_CONFIG(accessibility)
        self.indicatorsLabel.setText(QCoreApplication.translate("ObjectiveDetail", u"&Indicateurs de suivi (cliquez une cellule pour la modifier) :", None))
#if QT_CONFIG(accessibility)
        self.indicatorTable.setAccessibleName(QCoreApplication.translate("ObjectiveDetail", u"Indicateurs de suivi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newIndicatorEdit.setAccessibleName(QCoreApplication.translate("ObjectiveDetail", u"Nom du nouvel indicateur", None))
#endif // QT_CONFIG(accessibility)
        self.newIndicatorEdit.setPlaceholderText(QCoreApplication.translate("ObjectiveDetail", u"Nom du nouvel indicateur", None))
        self.addIndicatorButton.setText(QCoreApplication.translate("ObjectiveDetail", u"Ajouter l'i&ndicateur", None))
#if QT_CONFIG(accessibility)
        self.addIndicatorButton.setAccessibleName(QCoreApplication.translate("ObjectiveDetail", u"Ajouter l'indicateur", None))
#endif // QT_CONFIG(accessibility)
        self.removeIndicatorButton.setText(QCoreApplication.translate("ObjectiveDetail", u"Retirer l'indi&cateur", None))
#if QT_CONFIG(accessibility)
        self.removeIndicatorButton.setAccessibleName(QCoreApplication.translate("ObjectiveDetail", u"Retirer l'indicateur choisi", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

