# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_governance.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

class Ui_GovernanceStep(object):
    def setupUi(self, GovernanceStep):
        if not GovernanceStep.objectName():
            GovernanceStep.setObjectName(u"GovernanceStep")
        self.governanceLayout = QVBoxLayout(GovernanceStep)
        self.governanceLayout.setObjectName(u"governanceLayout")
        self.governanceLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(GovernanceStep)
        self.tabs.setObjectName(u"tabs")
        self.bodiesTab = QWidget()
        self.bodiesTab.setObjectName(u"bodiesTab")
        self.bodiesTabLayout = QVBoxLayout(self.bodiesTab)
        self.bodiesTabLayout.setObjectName(u"bodiesTabLayout")
        self.bodiesIntro = QLabel(self.bodiesTab)
        self.bodiesIntro.setObjectName(u"bodiesIntro")
        self.bodiesIntro.setWordWrap(True)
        self.bodiesIntro.setTextFormat(Qt.TextFormat.PlainText)

        self.bodiesTabLayout.addWidget(self.bodiesIntro)

        self.bodiesHost = QWidget(self.bodiesTab)
        self.bodiesHost.setObjectName(u"bodiesHost")
        self.bodiesHostLayout = QVBoxLayout(self.bodiesHost)
        self.bodiesHostLayout.setObjectName(u"bodiesHostLayout")
        self.bodiesHostLayout.setContentsMargins(0, 0, 0, 0)

        self.bodiesTabLayout.addWidget(self.bodiesHost)

        self.tabs.addTab(self.bodiesTab, "")
        self.coordinationTab = QWidget()
        self.coordinationTab.setObjectName(u"coordinationTab")
        self.coordinationTabLayout = QVBoxLayout(self.coordinationTab)
        self.coordinationTabLayout.setObjectName(u"coordinationTabLayout")
        self.coordinatorRoleLabel = QLabel(self.coordinationTab)
        self.coordinatorRoleLabel.setObjectName(u"coordinatorRoleLabel")
        self.coordinatorRoleLabel.setWordWrap(True)

        self.coordinationTabLayout.addWidget(self.coordinatorRoleLabel)

        self.coordinatorRoleEdit = QPlainTextEdit(self.coordinationTab)
        self.coordinatorRoleEdit.setObjectName(u"coordinatorRoleEdit")
        self.coordinatorRoleEdit.setTabChangesFocus(True)

        self.coordinationTabLayout.addWidget(self.coordinatorRoleEdit)

        self.communicationLabel = QLabel(self.coordinationTab)
        self.communicationLabel.setObjectName(u"communicationLabel")
        self.communicationLabel.setWordWrap(True)

        self.coordinationTabLayout.addWidget(self.communicationLabel)

        self.communicationEdit = QPlainTextEdit(self.coordinationTab)
        self.communicationEdit.setObjectName(u"communicationEdit")
        self.communicationEdit.setTabChangesFocus(True)

        self.coordinationTabLayout.addWidget(self.communicationEdit)

        self.tabs.addTab(self.coordinationTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationTabLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationTabLayout.setObjectName(u"evaluationTabLayout")
        self.evaluationLabel = QLabel(self.evaluationTab)
        self.evaluationLabel.setObjectName(u"evaluationLabel")
        self.evaluationLabel.setWordWrap(True)

        self.evaluationTabLayout.addWidget(self.evaluationLabel)

        self.evaluationEdit = QPlainTextEdit(self.evaluationTab)
        self.evaluationEdit.setObjectName(u"evaluationEdit")
        self.evaluationEdit.setTabChangesFocus(True)

        self.evaluationTabLayout.addWidget(self.evaluationEdit)

        self.joiningLabel = QLabel(self.evaluationTab)
        self.joiningLabel.setObjectName(u"joiningLabel")
        self.joiningLabel.setWordWrap(True)

        self.evaluationTabLayout.addWidget(self.joiningLabel)

        self.joiningEdit = QPlainTextEdit(self.evaluationTab)
        self.joiningEdit.setObjectName(u"joiningEdit")
        self.joiningEdit.setTabChangesFocus(True)

        self.evaluationTabLayout.addWidget(self.joiningEdit)

        self.tabs.addTab(self.evaluationTab, "")

        self.governanceLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.coordinatorRoleLabel.setBuddy(self.coordinatorRoleEdit)
        self.communicationLabel.setBuddy(self.communicationEdit)
        self.evaluationLabel.setBuddy(self.evaluationEdit)
        self.joiningLabel.setBuddy(self.joiningEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.coordinatorRoleEdit)
        QWidget.setTabOrder(self.coordinatorRoleEdit, self.communicationEdit)
        QWidget.setTabOrder(self.communicationEdit, self.evaluationEdit)
        QWidget.setTabOrder(self.evaluationEdit, self.joiningEdit)

        self.retranslateUi(GovernanceStep)

        QMetaObject.connectSlotsByName(GovernanceStep)
    # setupUi

    def retranslateUi(self, GovernanceStep):
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("GovernanceStep", u"Gouvernance, communication, \u00e9valuation, adh\u00e9sion", None))
#endif // QT_CONFIG(accessibility)
        self.bodiesIntro.setText(QCoreApplication.translate("GovernanceStep", u"Comit\u00e9 de pilotage, comit\u00e9 technique\u2026 : qui y si\u00e8ge, \u00e0 quel rythme, pour d\u00e9cider quoi.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bodiesTab), QCoreApplication.translate("GovernanceStep", u"Instances", None))
        self.coordinatorRoleLabel.setText(QCoreApplication.translate("GovernanceStep", u"&R\u00f4le de la coordination (r\u00e9f\u00e9rent l\u00e9gitime, qui peut solliciter les partenaires) :", None))
#if QT_CONFIG(accessibility)
        self.coordinatorRoleEdit.setAccessibleName(QCoreApplication.translate("GovernanceStep", u"R\u00f4le de la coordination", None))
#endif // QT_CONFIG(accessibility)
        self.communicationLabel.setText(QCoreApplication.translate("GovernanceStep", u"C&ommunication permanente (lettre d'information, espace partag\u00e9, groupes de travail) :", None))
#if QT_CONFIG(accessibility)
        self.communicationEdit.setAccessibleName(QCoreApplication.translate("GovernanceStep", u"Communication", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.coordinationTab), QCoreApplication.translate("GovernanceStep", u"Coordination et communication", None))
        self.evaluationLabel.setText(QCoreApplication.translate("GovernanceStep", u"\u00c9valua&tion (qui mesure quoi, quand, et comment les r\u00e9sultats font \u00e9voluer les engagements) :", None))
#if QT_CONFIG(accessibility)
        self.evaluationEdit.setAccessibleName(QCoreApplication.translate("GovernanceStep", u"\u00c9valuation", None))
#endif // QT_CONFIG(accessibility)
        self.joiningLabel.setText(QCoreApplication.translate("GovernanceStep", u"Adh\u00e9sion de nouveaux &partenaires :", None))
#if QT_CONFIG(accessibility)
        self.joiningEdit.setAccessibleName(QCoreApplication.translate("GovernanceStep", u"Adh\u00e9sion de nouveaux partenaires", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("GovernanceStep", u"\u00c9valuation et adh\u00e9sion", None))
        pass
    # retranslateUi

