# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

class Ui_ListStep(object):
    def setupUi(self, ListStep):
        if not ListStep.objectName():
            ListStep.setObjectName(u"ListStep")
        self.listStepLayout = QVBoxLayout(ListStep)
        self.listStepLayout.setObjectName(u"listStepLayout")
        self.listStepLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(ListStep)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.listStepLayout.addWidget(self.introLabel)

        self.editorHost = QWidget(ListStep)
        self.editorHost.setObjectName(u"editorHost")
        self.editorHostLayout = QVBoxLayout(self.editorHost)
        self.editorHostLayout.setObjectName(u"editorHostLayout")
        self.editorHostLayout.setContentsMargins(0, 0, 0, 0)

        self.listStepLayout.addWidget(self.editorHost)


        self.retranslateUi(ListStep)

        QMetaObject.connectSlotsByName(ListStep)
    # setupUi

    def retranslateUi(self, ListStep):
        self.introLabel.setText("")
        pass
    # retranslateUi

