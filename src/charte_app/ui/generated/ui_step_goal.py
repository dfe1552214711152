# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_goal.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_GoalStep(object):
    def setupUi(self, GoalStep):
        if not GoalStep.objectName():
            GoalStep.setObjectName(u"GoalStep")
        self.goalLayout = QVBoxLayout(GoalStep)
        self.goalLayout.setObjectName(u"goalLayout")
        self.goalLayout.setContentsMargins(0, 0, 0, 0)
        self.charterForm = QFormLayout()
        self.charterForm.setObjectName(u"charterForm")
        self.charterTitleLabel = QLabel(GoalStep)
        self.charterTitleLabel.setObjectName(u"charterTitleLabel")

        self.charterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.charterTitleLabel)

        self.charterTitleEdit = QLineEdit(GoalStep)
        self.charterTitleEdit.setObjectName(u"charterTitleEdit")

        self.charterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.charterTitleEdit)

        self.charterShortTitleLabel = QLabel(GoalStep)
        self.charterShortTitleLabel.setObjectName(u"charterShortTitleLabel")

        self.charterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.charterShortTitleLabel)

        self.charterShortTitleEdit = QLineEdit(GoalStep)
        self.charterShortTitleEdit.setObjectName(u"charterShortTitleEdit")

        self.charterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.charterShortTitleEdit)


        self.goalLayout.addLayout(self.charterForm)

        self.goalLabel = QLabel(GoalStep)
        self.goalLabel.setObjectName(u"goalLabel")
        self.goalLabel.setWordWrap(True)

        self.goalLayout.addWidget(self.goalLabel)

        self.goalEdit = QPlainTextEdit(GoalStep)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)

        self.goalLayout.addWidget(self.goalEdit)

        self.preambleLabel = QLabel(GoalStep)
        self.preambleLabel.setObjectName(u"preambleLabel")
        self.preambleLabel.setWordWrap(True)

        self.goalLayout.addWidget(self.preambleLabel)

        self.preambleEdit = QPlainTextEdit(GoalStep)
        self.preambleEdit.setObjectName(u"preambleEdit")
        self.preambleEdit.setTabChangesFocus(True)

        self.goalLayout.addWidget(self.preambleEdit)

        self.legalLabel = QLabel(GoalStep)
        self.legalLabel.setObjectName(u"legalLabel")
        self.legalLabel.setWordWrap(True)

        self.goalLayout.addWidget(self.legalLabel)

        self.legalEdit = QPlainTextEdit(GoalStep)
        self.legalEdit.setObjectName(u"legalEdit")
        self.legalEdit.setTabChangesFocus(True)

        self.goalLayout.addWidget(self.legalEdit)

#if QT_CONFIG(shortcut)
        self.charterTitleLabel.setBuddy(self.charterTitleEdit)
        self.charterShortTitleLabel.setBuddy(self.charterShortTitleEdit)
        self.goalLabel.setBuddy(self.goalEdit)
        self.preambleLabel.setBuddy(self.preambleEdit)
        self.legalLabel.setBuddy(self.legalEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.charterTitleEdit, self.charterShortTitleEdit)
        QWidget.setTabOrder(self.charterShortTitleEdit, self.goalEdit)
        QWidget.setTabOrder(self.goalEdit, self.preambleEdit)
        QWidget.setTabOrder(self.preambleEdit, self.legalEdit)

        self.retranslateUi(GoalStep)

        QMetaObject.connectSlotsByName(GoalStep)
    # setupUi

    def retranslateUi(self, GoalStep):
        self.charterTitleLabel.setText(QCoreApplication.translate("GoalStep", u"&Titre de la charte :", None))
#if QT_CONFIG(accessibility)
        self.charterTitleEdit.setAccessibleName(QCoreApplication.translate("GoalStep", u"Titre de la charte", None))
#endif // QT_CONFIG(accessibility)
        self.charterTitleEdit.setPlaceholderText(QCoreApplication.translate("GoalStep", u"Charte de coop\u00e9ration du Programme de R\u00e9ussite \u00c9ducative de \u2026", None))
        self.charterShortTitleLabel.setText(QCoreApplication.translate("GoalStep", u"Titre &court (en-t\u00eate des pages) :", None))
#if QT_CONFIG(accessibility)
        self.charterShortTitleEdit.setAccessibleName(QCoreApplication.translate("GoalStep", u"Titre court de la charte", None))
#endif // QT_CONFIG(accessibility)
        self.charterShortTitleEdit.setPlaceholderText(QCoreApplication.translate("GoalStep", u"ex. Charte du PRE de \u2026", None))
        self.goalLabel.setText(QCoreApplication.translate("GoalStep", u"&But commun (la transformation voulue, \u00e9crite ensemble) :", None))
#if QT_CONFIG(accessibility)
        self.goalEdit.setAccessibleName(QCoreApplication.translate("GoalStep", u"But commun", None))
#endif // QT_CONFIG(accessibility)
        self.goalEdit.setPlaceholderText(QCoreApplication.translate("GoalStep", u"Qu'aucun enfant ne connaisse de rupture dans son parcours \u00e9ducatif\u2026", None))
        self.preambleLabel.setText(QCoreApplication.translate("GoalStep", u"&Pr\u00e9ambule (contexte, raisons de la coop\u00e9ration) :", None))
#if QT_CONFIG(accessibility)
        self.preambleEdit.setAccessibleName(QCoreApplication.translate("GoalStep", u"Pr\u00e9ambule", None))
#endif // QT_CONFIG(accessibility)
        self.legalLabel.setText(QCoreApplication.translate("GoalStep", u"&R\u00e9f\u00e9rences juridiques (une par ligne) :", None))
#if QT_CONFIG(accessibility)
        self.legalEdit.setAccessibleName(QCoreApplication.translate("GoalStep", u"R\u00e9f\u00e9rences juridiques", None))
#endif // QT_CONFIG(accessibility)
        self.legalEdit.setPlaceholderText(QCoreApplication.translate("GoalStep", u"Vu la loi n\u00b0 2005-32 du 18 janvier 2005, art. 128", None))
        pass
    # retranslateUi

