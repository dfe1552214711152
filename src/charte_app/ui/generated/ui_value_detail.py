# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'value_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_ValueDetail(object):
    def setupUi(self, ValueDetail):
        if not ValueDetail.objectName():
            ValueDetail.setObjectName(u"ValueDetail")
        self.valueLayout = QVBoxLayout(ValueDetail)
        self.valueLayout.setObjectName(u"valueLayout")
        self.valueLayout.setContentsMargins(0, 0, 0, 0)
        self.valueForm = QFormLayout()
        self.valueForm.setObjectName(u"valueForm")
        self.titleLabel = QLabel(ValueDetail)
        self.titleLabel.setObjectName(u"titleLabel")

        self.valueForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ValueDetail)
        self.titleEdit.setObjectName(u"titleEdit")

        self.valueForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.valueLayout.addLayout(self.valueForm)

        self.descriptionLabel = QLabel(ValueDetail)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.valueLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ValueDetail)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.valueLayout.addWidget(self.descriptionEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)

        self.retranslateUi(ValueDetail)

        QMetaObject.connectSlotsByName(ValueDetail)
    # setupUi

    def retranslateUi(self, ValueDetail):
        self.titleLabel.setText(QCoreApplication.translate("ValueDetail", u"&Titre :", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ValueDetail", u"Titre de la valeur", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ValueDetail", u"Respect des familles", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ValueDetail", u"&Ce que cette valeur veut dire en pratique :", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ValueDetail", u"Description de la valeur", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

