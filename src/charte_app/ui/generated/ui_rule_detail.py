# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_RuleDetail(object):
    def setupUi(self, RuleDetail):
        if not RuleDetail.objectName():
            RuleDetail.setObjectName(u"RuleDetail")
        self.ruleLayout = QVBoxLayout(RuleDetail)
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.ruleLayout.setContentsMargins(0, 0, 0, 0)
        self.ruleForm = QFormLayout()
        self.ruleForm.setObjectName(u"ruleForm")
        self.titleLabel = QLabel(RuleDetail)
        self.titleLabel.setObjectName(u"titleLabel")

        self.ruleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(RuleDetail)
        self.titleEdit.setObjectName(u"titleEdit")

        self.ruleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.topicLabel = QLabel(RuleDetail)
        self.topicLabel.setObjectName(u"topicLabel")

        self.ruleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(RuleDetail)
        self.topicCombo.setObjectName(u"topicCombo")

        self.ruleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicCombo)


        self.ruleLayout.addLayout(self.ruleForm)

        self.textLabel = QLabel(RuleDetail)
        self.textLabel.setObjectName(u"textLabel")

        self.ruleLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(RuleDetail)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.ruleLayout.addWidget(self.textEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.topicLabel.setBuddy(self.topicCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.textEdit)

        self.retranslateUi(RuleDetail)

        QMetaObject.connectSlotsByName(RuleDetail)
    # setupUi

    def retranslateUi(self, RuleDetail):
        self.titleLabel.setText(QCoreApplication.translate("RuleDetail", u"&Titre :", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("RuleDetail", u"Titre de la r\u00e8gle", None))
#endif // QT_CONFIG(accessibility)
        self.topicLabel.setText(QCoreApplication.translate("RuleDetail", u"T&h\u00e8me :", None))
#if QT_CONFIG(accessibility)
        self.topicCombo.setAccessibleName(QCoreApplication.translate("RuleDetail", u"Th\u00e8me de la r\u00e8gle", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("RuleDetail", u"Te&xte de la r\u00e8gle :", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("RuleDetail", u"Texte de la r\u00e8gle", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

