# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(VerifyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(VerifyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.verifyPath = QLineEdit(VerifyDialog)
        self.verifyPath.setObjectName(u"verifyPath")

        self.pathLayout.addWidget(self.verifyPath)

        self.verifyBrowse = QPushButton(VerifyDialog)
        self.verifyBrowse.setObjectName(u"verifyBrowse")

        self.pathLayout.addWidget(self.verifyBrowse)

        self.verifyRun = QPushButton(VerifyDialog)
        self.verifyRun.setObjectName(u"verifyRun")

        self.pathLayout.addWidget(self.verifyRun)

        self.pathLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.pathLayout)

        self.verifyOutcome = QLabel(VerifyDialog)
        self.verifyOutcome.setObjectName(u"verifyOutcome")
        self.verifyOutcome.setText(u"")
        self.verifyOutcome.setWordWrap(True)

        self.dialogLayout.addWidget(self.verifyOutcome)

        self.verifyMessage = QLabel(VerifyDialog)
        self.verifyMessage.setObjectName(u"verifyMessage")
        self.verifyMessage.setText(u"")
        self.verifyMessage.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.verifyMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.verifyMessage)

        self.buttons = QDialogButtonBox(VerifyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(3, 1)

        self.retranslateUi(VerifyDialog)

        self.verifyRun.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"V\u00e9rifier un PDF", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyDialog", u"Choisissez un PDF export\u00e9 par l'application : son empreinte, imprim\u00e9e sur chaque page, dit de quelle version enregistr\u00e9e il provient.", None))
        self.verifyPath.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"Chemin du fichier PDF", None))
        self.verifyBrowse.setText(QCoreApplication.translate("VerifyDialog", u"Choisir un PDF\u2026", None))
        self.verifyRun.setText(QCoreApplication.translate("VerifyDialog", u"V\u00e9rifier", None))
    # retranslateUi

