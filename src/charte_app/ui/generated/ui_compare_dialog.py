# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compare_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from charte_app.ui.versions.compare_view import ComparisonView

class Ui_CompareDialog(object):
    def setupUi(self, CompareDialog):
        if not CompareDialog.objectName():
            CompareDialog.setObjectName(u"CompareDialog")
        self.dialogLayout = QVBoxLayout(CompareDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.fromLabel = QLabel(CompareDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.chooseLayout.addWidget(self.fromLabel)

        self.compareFrom = QComboBox(CompareDialog)
        self.compareFrom.setObjectName(u"compareFrom")

        self.chooseLayout.addWidget(self.compareFrom)

        self.toLabel = QLabel(CompareDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.chooseLayout.addWidget(self.toLabel)

        self.compareTo = QComboBox(CompareDialog)
        self.compareTo.setObjectName(u"compareTo")

        self.chooseLayout.addWidget(self.compareTo)

        self.documentLabel = QLabel(CompareDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.chooseLayout.addWidget(self.documentLabel)

        self.compareDocument = QComboBox(CompareDialog)
        self.compareDocument.setObjectName(u"compareDocument")

        self.chooseLayout.addWidget(self.compareDocument)

        self.chooseLayout.setStretch(1, 2)
        self.chooseLayout.setStretch(3, 2)
        self.chooseLayout.setStretch(5, 1)

        self.dialogLayout.addLayout(self.chooseLayout)

        self.comparisonView = ComparisonView(CompareDialog)
        self.comparisonView.setObjectName(u"comparisonView")

        self.dialogLayout.addWidget(self.comparisonView)

        self.buttons = QDialogButtonBox(CompareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(1, 1)

        self.retranslateUi(CompareDialog)

        QMetaObject.connectSlotsByName(CompareDialog)
    # setupUi

    def retranslateUi(self, CompareDialog):
        CompareDialog.setWindowTitle(QCoreApplication.translate("CompareDialog", u"Comparer des versions", None))
        self.fromLabel.setText(QCoreApplication.translate("CompareDialog", u"De :", None))
        self.toLabel.setText(QCoreApplication.translate("CompareDialog", u"\u00e0 :", None))
        self.documentLabel.setText(QCoreApplication.translate("CompareDialog", u"Document :", None))
    # retranslateUi

