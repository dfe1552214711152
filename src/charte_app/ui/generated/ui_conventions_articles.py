# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_articles.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
)


class Ui_ConventionArticlesForm(object):
    def setupUi(self, ConventionArticlesForm):
        if not ConventionArticlesForm.objectName():
            ConventionArticlesForm.setObjectName("ConventionArticlesForm")
        self.articlesLayout = QVBoxLayout(ConventionArticlesForm)
        self.articlesLayout.setObjectName("articlesLayout")
        self.articlesLabel = QLabel(ConventionArticlesForm)
        self.articlesLabel.setObjectName("articlesLabel")

        self.articlesLayout.addWidget(self.articlesLabel)

        self.articlesTable = QTableView(ConventionArticlesForm)
        self.articlesTable.setObjectName("articlesTable")
        self.articlesTable.setMinimumSize(QSize(0, 100))
        self.articlesTable.setAlternatingRowColors(True)

        self.articlesLayout.addWidget(self.articlesTable)

        self.articlesMessage = QLabel(ConventionArticlesForm)
        self.articlesMessage.setObjectName("articlesMessage")
        self.articlesMessage.setText("")
        self.articlesMessage.setWordWrap(True)
        self.articlesMessage.setStyleSheet("color: #b00020;")

        self.articlesLayout.addWidget(self.articlesMessage)

        self.articleButtons = QHBoxLayout()
        self.articleButtons.setObjectName("articleButtons")
        self.addArticleButton = QPushButton(ConventionArticlesForm)
        self.addArticleButton.setObjectName("addArticleButton")

        self.articleButtons.addWidget(self.addArticleButton)

        self.removeArticleButton = QPushButton(ConventionArticlesForm)
        self.removeArticleButton.setObjectName("removeArticleButton")

        self.articleButtons.addWidget(self.removeArticleButton)

        self.articleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.articleButtons.addItem(self.articleSpacer)

        self.articlesLayout.addLayout(self.articleButtons)

        self.articleTextLabel = QLabel(ConventionArticlesForm)
        self.articleTextLabel.setObjectName("articleTextLabel")

        self.articlesLayout.addWidget(self.articleTextLabel)

        self.articleTextEdit = QPlainTextEdit(ConventionArticlesForm)
        self.articleTextEdit.setObjectName("articleTextEdit")
        self.articleTextEdit.setMinimumSize(QSize(0, 80))
        self.articleTextEdit.setTabChangesFocus(True)

        self.articlesLayout.addWidget(self.articleTextEdit)

        self.annexesLabel = QLabel(ConventionArticlesForm)
        self.annexesLabel.setObjectName("annexesLabel")

        self.articlesLayout.addWidget(self.annexesLabel)

        self.annexesTable = QTableView(ConventionArticlesForm)
        self.annexesTable.setObjectName("annexesTable")
        self.annexesTable.setMinimumSize(QSize(0, 100))
        self.annexesTable.setAlternatingRowColors(True)

        self.articlesLayout.addWidget(self.annexesTable)

        self.annexesMessage = QLabel(ConventionArticlesForm)
        self.annexesMessage.setObjectName("annexesMessage")
        self.annexesMessage.setText("")
        self.annexesMessage.setWordWrap(True)
        self.annexesMessage.setStyleSheet("color: #b00020;")

        self.articlesLayout.addWidget(self.annexesMessage)

        self.annexButtons = QHBoxLayout()
        self.annexButtons.setObjectName("annexButtons")
        self.addAnnexButton = QPushButton(ConventionArticlesForm)
        self.addAnnexButton.setObjectName("addAnnexButton")

        self.annexButtons.addWidget(self.addAnnexButton)

        self.removeAnnexButton = QPushButton(ConventionArticlesForm)
        self.removeAnnexButton.setObjectName("removeAnnexButton")

        self.annexButtons.addWidget(self.removeAnnexButton)

        self.annexSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.annexButtons.addItem(self.annexSpacer)

        self.articlesLayout.addLayout(self.annexButtons)

        self.annexTextLabel = QLabel(ConventionArticlesForm)
        self.annexTextLabel.setObjectName("annexTextLabel")

        self.articlesLayout.addWidget(self.annexTextLabel)

        self.annexTextEdit = QPlainTextEdit(ConventionArticlesForm)
        self.annexTextEdit.setObjectName("annexTextEdit")
        self.annexTextEdit.setMinimumSize(QSize(0, 70))
        self.annexTextEdit.setTabChangesFocus(True)

        self.articlesLayout.addWidget(self.annexTextEdit)

        # if QT_CONFIG(shortcut)
        self.articlesLabel.setBuddy(self.articlesTable)
        self.articleTextLabel.setBuddy(self.articleTextEdit)
        self.annexesLabel.setBuddy(self.annexesTable)
        self.annexTextLabel.setBuddy(self.annexTextEdit)
        # endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionArticlesForm)

        QMetaObject.connectSlotsByName(ConventionArticlesForm)

    # setupUi

    def retranslateUi(self, ConventionArticlesForm):
        self.articlesLabel.setText(
            QCoreApplication.translate("ConventionArticlesForm", "Articles &suppl\u00e9mentaires", None)
        )
        # if QT_CONFIG(accessibility)
        self.articlesTable.setAccessibleName(
            QCoreApplication.translate("ConventionArticlesForm", "Articles suppl\u00e9mentaires", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.addArticleButton.setText(QCoreApplication.translate("ConventionArticlesForm", "Ajouter un a&rticle", None))
        self.removeArticleButton.setText(
            QCoreApplication.translate("ConventionArticlesForm", "Supprimer l'article", None)
        )
        self.articleTextLabel.setText(
            QCoreApplication.translate("ConventionArticlesForm", "&Texte de l'article s\u00e9lectionn\u00e9", None)
        )
        # if QT_CONFIG(accessibility)
        self.articleTextEdit.setAccessibleName(
            QCoreApplication.translate("ConventionArticlesForm", "Texte de l'article s\u00e9lectionn\u00e9", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.annexesLabel.setText(QCoreApplication.translate("ConventionArticlesForm", "A&nnexes", None))
        # if QT_CONFIG(accessibility)
        self.annexesTable.setAccessibleName(QCoreApplication.translate("ConventionArticlesForm", "Annexes", None))
        # endif // QT_CONFIG(accessibility)
        self.addAnnexButton.setText(QCoreApplication.translate("ConventionArticlesForm", "Ajouter une ann&exe", None))
        self.removeAnnexButton.setText(QCoreApplication.translate("ConventionArticlesForm", "Supprimer l'annexe", None))
        self.annexTextLabel.setText(
            QCoreApplication.translate("ConventionArticlesForm", "Conten&u de l'annexe s\u00e9lectionn\u00e9e", None)
        )
        # if QT_CONFIG(accessibility)
        self.annexTextEdit.setAccessibleName(
            QCoreApplication.translate("ConventionArticlesForm", "Texte de l'annexe s\u00e9lectionn\u00e9e", None)
        )
        # endif // QT_CONFIG(accessibility)
        pass

    # retranslateUi
