# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_commitments.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

class Ui_CommitmentsStep(object):
    def setupUi(self, CommitmentsStep):
        if not CommitmentsStep.objectName():
            CommitmentsStep.setObjectName(u"CommitmentsStep")
        self.commitmentsLayout = QVBoxLayout(CommitmentsStep)
        self.commitmentsLayout.setObjectName(u"commitmentsLayout")
        self.commitmentsLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(CommitmentsStep)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.commitmentsLayout.addWidget(self.introLabel)

        self.uncommittedLabel = QLabel(CommitmentsStep)
        self.uncommittedLabel.setObjectName(u"uncommittedLabel")
        self.uncommittedLabel.setWordWrap(True)

        self.commitmentsLayout.addWidget(self.uncommittedLabel)

        self.commitmentsBody = QHBoxLayout()
        self.commitmentsBody.setObjectName(u"commitmentsBody")
        self.partnerPanel = QWidget(CommitmentsStep)
        self.partnerPanel.setObjectName(u"partnerPanel")
        self.partnerPanel.setMaximumSize(QSize(300, 16777215))
        self.partnerPanelLayout = QVBoxLayout(self.partnerPanel)
        self.partnerPanelLayout.setObjectName(u"partnerPanelLayout")
        self.partnerPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.partnerListLabel = QLabel(self.partnerPanel)
        self.partnerListLabel.setObjectName(u"partnerListLabel")

        self.partnerPanelLayout.addWidget(self.partnerListLabel)

        self.partnerList = QListWidget(self.partnerPanel)
        self.partnerList.setObjectName(u"partnerList")

        self.partnerPanelLayout.addWidget(self.partnerList)


        self.commitmentsBody.addWidget(self.partnerPanel)

        self.partnerDetail = QWidget(CommitmentsStep)
        self.partnerDetail.setObjectName(u"partnerDetail")
        self.partnerDetailLayout = QVBoxLayout(self.partnerDetail)
        self.partnerDetailLayout.setObjectName(u"partnerDetailLayout")
        self.partnerDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.interestLabel = QLabel(self.partnerDetail)
        self.interestLabel.setObjectName(u"interestLabel")

        self.partnerDetailLayout.addWidget(self.interestLabel)

        self.interestEdit = QPlainTextEdit(self.partnerDetail)
        self.interestEdit.setObjectName(u"interestEdit")
        self.interestEdit.setTabChangesFocus(True)
        self.interestEdit.setMaximumSize(QSize(16777215, 70))

        self.partnerDetailLayout.addWidget(self.interestEdit)

        self.commitmentListLabel = QLabel(self.partnerDetail)
        self.commitmentListLabel.setObjectName(u"commitmentListLabel")

        self.partnerDetailLayout.addWidget(self.commitmentListLabel)

        self.commitmentList = QListWidget(self.partnerDetail)
        self.commitmentList.setObjectName(u"commitmentList")
        self.commitmentList.setMaximumSize(QSize(16777215, 130))

        self.partnerDetailLayout.addWidget(self.commitmentList)

        self.commitmentButtons = QHBoxLayout()
        self.commitmentButtons.setObjectName(u"commitmentButtons")
        self.newCommitmentEdit = QLineEdit(self.partnerDetail)
        self.newCommitmentEdit.setObjectName(u"newCommitmentEdit")

        self.commitmentButtons.addWidget(self.newCommitmentEdit)

        self.addButton = QPushButton(self.partnerDetail)
        self.addButton.setObjectName(u"addButton")

        self.commitmentButtons.addWidget(self.addButton)

        self.upButton = QPushButton(self.partnerDetail)
        self.upButton.setObjectName(u"upButton")

        self.commitmentButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.partnerDetail)
        self.downButton.setObjectName(u"downButton")

        self.commitmentButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(self.partnerDetail)
        self.removeButton.setObjectName(u"removeButton")

        self.commitmentButtons.addWidget(self.removeButton)


        self.partnerDetailLayout.addLayout(self.commitmentButtons)

        self.commitmentDetail = QHBoxLayout()
        self.commitmentDetail.setObjectName(u"commitmentDetail")
        self.textPanel = QWidget(self.partnerDetail)
        self.textPanel.setObjectName(u"textPanel")
        self.textPanelLayout = QVBoxLayout(self.textPanel)
        self.textPanelLayout.setObjectName(u"textPanelLayout")
        self.textPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.textLabel = QLabel(self.textPanel)
        self.textLabel.setObjectName(u"textLabel")

        self.textPanelLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(self.textPanel)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.textPanelLayout.addWidget(self.textEdit)


        self.commitmentDetail.addWidget(self.textPanel)

        self.objectivesPanel = QWidget(self.partnerDetail)
        self.objectivesPanel.setObjectName(u"objectivesPanel")
        self.objectivesPanelLayout = QVBoxLayout(self.objectivesPanel)
        self.objectivesPanelLayout.setObjectName(u"objectivesPanelLayout")
        self.objectivesPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.objectivesLabel = QLabel(self.objectivesPanel)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.objectivesPanelLayout.addWidget(self.objectivesLabel)

        self.objectivesList = QListWidget(self.objectivesPanel)
        self.objectivesList.setObjectName(u"objectivesList")

        self.objectivesPanelLayout.addWidget(self.objectivesList)


        self.commitmentDetail.addWidget(self.objectivesPanel)


        self.partnerDetailLayout.addLayout(self.commitmentDetail)


        self.commitmentsBody.addWidget(self.partnerDetail)


        self.commitmentsLayout.addLayout(self.commitmentsBody)

#if QT_CONFIG(shortcut)
        self.partnerListLabel.setBuddy(self.partnerList)
        self.interestLabel.setBuddy(self.interestEdit)
        self.commitmentListLabel.setBuddy(self.commitmentList)
        self.textLabel.setBuddy(self.textEdit)
        self.objectivesLabel.setBuddy(self.objectivesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partnerList, self.interestEdit)
        QWidget.setTabOrder(self.interestEdit, self.commitmentList)
        QWidget.setTabOrder(self.commitmentList, self.newCommitmentEdit)
        QWidget.setTabOrder(self.newCommitmentEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.objectivesList)

        self.retranslateUi(CommitmentsStep)

        QMetaObject.connectSlotsByName(CommitmentsStep)
    # setupUi

    def retranslateUi(self, CommitmentsStep):
        self.introLabel.setText(QCoreApplication.translate("CommitmentsStep", u"Pour chaque partenaire : ce qu'il gagne \u00e0 participer et ce \u00e0 quoi il s'engage, reli\u00e9 aux objectifs.", None))
        self.uncommittedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.uncommittedLabel.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Partenaires sans engagement", None))
#endif // QT_CONFIG(accessibility)
        self.partnerListLabel.setText(QCoreApplication.translate("CommitmentsStep", u"&Partenaires :", None))
#if QT_CONFIG(accessibility)
        self.partnerList.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Partenaires et nombre d'engagements", None))
#endif // QT_CONFIG(accessibility)
        self.interestLabel.setText(QCoreApplication.translate("CommitmentsStep", u"&Int\u00e9r\u00eat \u00e0 participer :", None))
#if QT_CONFIG(accessibility)
        self.interestEdit.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Int\u00e9r\u00eat du partenaire \u00e0 participer", None))
#endif // QT_CONFIG(accessibility)
        self.commitmentListLabel.setText(QCoreApplication.translate("CommitmentsStep", u"En&gagements de ce partenaire :", None))
#if QT_CONFIG(accessibility)
        self.commitmentList.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Engagements du partenaire", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCommitmentEdit.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Texte du nouvel engagement", None))
#endif // QT_CONFIG(accessibility)
        self.newCommitmentEdit.setPlaceholderText(QCoreApplication.translate("CommitmentsStep", u"S'engage \u00e0\u2026", None))
        self.addButton.setText(QCoreApplication.translate("CommitmentsStep", u"A&jouter", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Ajouter l'engagement", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("CommitmentsStep", u"Monter", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Monter l'engagement choisi (Alt+Haut)", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("CommitmentsStep", u"Descendre", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Descendre l'engagement choisi (Alt+Bas)", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("CommitmentsStep", u"Supprimer", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Supprimer l'engagement choisi (Suppr)", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("CommitmentsStep", u"Te&xte de l'engagement :", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Texte de l'engagement", None))
#endif // QT_CONFIG(accessibility)
        self.objectivesLabel.setText(QCoreApplication.translate("CommitmentsStep", u"&Objectifs servis :", None))
#if QT_CONFIG(accessibility)
        self.objectivesList.setAccessibleName(QCoreApplication.translate("CommitmentsStep", u"Objectifs servis par l'engagement", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

