# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'body_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_BodyDetail(object):
    def setupUi(self, BodyDetail):
        if not BodyDetail.objectName():
            BodyDetail.setObjectName(u"BodyDetail")
        self.bodyLayout = QVBoxLayout(BodyDetail)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.bodyForm = QFormLayout()
        self.bodyForm.setObjectName(u"bodyForm")
        self.nameLabel = QLabel(BodyDetail)
        self.nameLabel.setObjectName(u"nameLabel")

        self.bodyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BodyDetail)
        self.nameEdit.setObjectName(u"nameEdit")

        self.bodyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.meetsLabel = QLabel(BodyDetail)
        self.meetsLabel.setObjectName(u"meetsLabel")

        self.bodyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetsLabel)

        self.meetsEdit = QLineEdit(BodyDetail)
        self.meetsEdit.setObjectName(u"meetsEdit")

        self.bodyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetsEdit)


        self.bodyLayout.addLayout(self.bodyForm)

        self.roleLabel = QLabel(BodyDetail)
        self.roleLabel.setObjectName(u"roleLabel")

        self.bodyLayout.addWidget(self.roleLabel)

        self.roleEdit = QPlainTextEdit(BodyDetail)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setTabChangesFocus(True)
        self.roleEdit.setMaximumSize(QSize(16777215, 90))

        self.bodyLayout.addWidget(self.roleEdit)

        self.membersLabel = QLabel(BodyDetail)
        self.membersLabel.setObjectName(u"membersLabel")

        self.bodyLayout.addWidget(self.membersLabel)

        self.membersList = QListWidget(BodyDetail)
        self.membersList.setObjectName(u"membersList")

        self.bodyLayout.addWidget(self.membersList)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.meetsLabel.setBuddy(self.meetsEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.membersLabel.setBuddy(self.membersList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.meetsEdit)
        QWidget.setTabOrder(self.meetsEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.membersList)

        self.retranslateUi(BodyDetail)

        QMetaObject.connectSlotsByName(BodyDetail)
    # setupUi

    def retranslateUi(self, BodyDetail):
        self.nameLabel.setText(QCoreApplication.translate("BodyDetail", u"&Nom :", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("BodyDetail", u"Nom de l'instance", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BodyDetail", u"Comit\u00e9 de pilotage", None))
        self.meetsLabel.setText(QCoreApplication.translate("BodyDetail", u"R&ythme :", None))
#if QT_CONFIG(accessibility)
        self.meetsEdit.setAccessibleName(QCoreApplication.translate("BodyDetail", u"Rythme des r\u00e9unions", None))
#endif // QT_CONFIG(accessibility)
        self.meetsEdit.setPlaceholderText(QCoreApplication.translate("BodyDetail", u"deux fois par an", None))
        self.roleLabel.setText(QCoreApplication.translate("BodyDetail", u"&R\u00f4le :", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("BodyDetail", u"R\u00f4le de l'instance", None))
#endif // QT_CONFIG(accessibility)
        self.membersLabel.setText(QCoreApplication.translate("BodyDetail", u"&Membres (cochez les partenaires) :", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("BodyDetail", u"Membres de l'instance", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

