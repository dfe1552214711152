# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_articles.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ConventionArticlesForm(object):
    def setupUi(self, ConventionArticlesForm):
        if not ConventionArticlesForm.objectName():
            ConventionArticlesForm.setObjectName(u"ConventionArticlesForm")
        self.articlesLayout = QVBoxLayout(ConventionArticlesForm)
        self.articlesLayout.setObjectName(u"articlesLayout")
        self.articlesLabel = QLabel(ConventionArticlesForm)
        self.articlesLabel.setObjectName(u"articlesLabel")

        self.articlesLayout.addWidget(self.articlesLabel)

        self.articlesTable = QTableView(ConventionArticlesForm)
        self.articlesTable.setObjectName(u"articlesTable")
        self.articlesTable.setMinimumSize(QSize(0, 100))
        self.articlesTable.setAlternatingRowColors(True)

        self.articlesLayout.addWidget(self.articlesTable)

        self.articlesMessage = QLabel(ConventionArticlesForm)
        self.articlesMessage.setObjectName(u"articlesMessage")
        self.articlesMessage.setText(u"")
        self.articlesMessage.setWordWrap(True)
        self.articlesMessage.setStyleSheet(u"color: #b00020;")

        self.articlesLayout.addWidget(self.articlesMessage)

        self.articleButtons = QHBoxLayout()
        self.articleButtons.setObjectName(u"articleButtons")
        self.addArticleButton = QPushButton(ConventionArticlesForm)
        self.addArticleButton.setObjectName(u"addArticleButton")

        self.articleButtons.addWidget(self.addArticleButton)

        self.removeArticleButton = QPushButton(ConventionArticlesForm)
        self.removeArticleButton.setObjectName(u"removeArticleButton")

        self.articleButtons.addWidget(self.removeArticleButton)

        self.articleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.articleButtons.addItem(self.articleSpacer)


        self.articlesLayout.addLayout(self.articleButtons)

        self.articleTextLabel = QLabel(ConventionArticlesForm)
        self.articleTextLabel.setObjectName(u"articleTextLabel")

        self.articlesLayout.addWidget(self.articleTextLabel)

        self.articleTextEdit = QPlainTextEdit(ConventionArticlesForm)
        self.articleTextEdit.setObjectName(u"articleTextEdit")
        self.articleTextEdit.setMinimumSize(QSize(0, 80))
        self.articleTextEdit.setTabChangesFocus(True)

        self.articlesLayout.addWidget(self.articleTextEdit)

        self.annexesLabel = QLabel(ConventionArticlesForm)
        self.annexesLabel.setObjectName(u"annexesLabel")

        self.articlesLayout.addWidget(self.annexesLabel)

        self.annexesTable = QTableView(ConventionArticlesForm)
        self.annexesTable.setObjectName(u"annexesTable")
        self.annexesTable.setMinimumSize(QSize(0, 100))
        self.annexesTable.setAlternatingRowColors(True)

        self.articlesLayout.addWidget(self.annexesTable)

        self.annexesMessage = QLabel(ConventionArticlesForm)
        self.annexesMessage.setObjectName(u"annexesMessage")
        self.annexesMessage.setText(u"")
        self.annexesMessage.setWordWrap(True)
        self.annexesMessage.setStyleSheet(u"color: #b00020;")

        self.articlesLayout.addWidget(self.annexesMessage)

        self.annexButtons = QHBoxLayout()
        self.annexButtons.setObjectName(u"annexButtons")
        self.addAnnexButton = QPushButton(ConventionArticlesForm)
        self.addAnnexButton.setObjectName(u"addAnnexButton")

        self.annexButtons.addWidget(self.addAnnexButton)

        self.removeAnnexButton = QPushButton(ConventionArticlesForm)
        self.removeAnnexButton.setObjectName(u"removeAnnexButton")

        self.annexButtons.addWidget(self.removeAnnexButton)

        self.annexSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.annexButtons.addItem(self.annexSpacer)


        self.articlesLayout.addLayout(self.annexButtons)

        self.annexTextLabel = QLabel(ConventionArticlesForm)
        self.annexTextLabel.setObjectName(u"annexTextLabel")

        self.articlesLayout.addWidget(self.annexTextLabel)

        self.annexTextEdit = QPlainTextEdit(ConventionArticlesForm)
        self.annexTextEdit.setObjectName(u"annexTextEdit")
        self.annexTextEdit.setMinimumSize(QSize(0, 70))
        self.annexTextEdit.setTabChangesFocus(True)

        self.articlesLayout.addWidget(self.annexTextEdit)

#if QT_CONFIG(shortcut)
        self.articlesLabel.setBuddy(self.articlesTable)
        self.articleTextLabel.setBuddy(self.articleTextEdit)
        self.annexesLabel.setBuddy(self.annexesTable)
        self.annexTextLabel.setBuddy(self.annexTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionArticlesForm)

        QMetaObject.connectSlotsByName(ConventionArticlesForm)
    # setupUi

    def retranslateUi(self, ConventionArticlesForm):
        self.articlesLabel.setText(QCoreApplication.translate("ConventionArticlesForm", u"Articles &suppl\u00e9mentaires", None))
#if QT_CONFIG(accessibility)
        self.articlesTable.setAccessibleName(QCoreApplication.translate("ConventionArticlesForm", u"Articles suppl\u00e9mentaires", None))
#endif // QT_CONFIG(accessibility)
        self.addArticleButton.setText(QCoreApplication.translate("ConventionArticlesForm", u"Ajouter un a&rticle", None))
        self.removeArticleButton.setText(QCoreApplication.translate("ConventionArticlesForm", u"Supprimer l'article", None))
        self.articleTextLabel.setText(QCoreApplication.translate("ConventionArticlesForm", u"&Texte de l'article s\u00e9lectionn\u00e9", None))
#if QT_CONFIG(accessibility)
        self.articleTextEdit.setAccessibleName(QCoreApplication.translate("ConventionArticlesForm", u"Texte de l'article s\u00e9lectionn\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.annexesLabel.setText(QCoreApplication.translate("ConventionArticlesForm", u"A&nnexes", None))
#if QT_CONFIG(accessibility)
        self.annexesTable.setAccessibleName(QCoreApplication.translate("ConventionArticlesForm", u"Annexes", None))
#endif // QT_CONFIG(accessibility)
        self.addAnnexButton.setText(QCoreApplication.translate("ConventionArticlesForm", u"Ajouter une ann&exe", None))
        self.removeAnnexButton.setText(QCoreApplication.translate("ConventionArticlesForm", u"Supprimer l'annexe", None))
        self.annexTextLabel.setText(QCoreApplication.translate("ConventionArticlesForm", u"Conten&u de l'annexe s\u00e9lectionn\u00e9e", None))
#if QT_CONFIG(accessibility)
        self.annexTextEdit.setAccessibleName(QCoreApplication.translate("ConventionArticlesForm", u"Texte de l'annexe s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

