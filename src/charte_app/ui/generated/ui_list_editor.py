# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

class Ui_ListEditor(object):
    def setupUi(self, ListEditor):
        if not ListEditor.objectName():
            ListEditor.setObjectName(u"ListEditor")
        self.listEditorLayout = QHBoxLayout(ListEditor)
        self.listEditorLayout.setObjectName(u"listEditorLayout")
        self.listEditorLayout.setContentsMargins(0, 0, 0, 0)
        self.masterPanel = QWidget(ListEditor)
        self.masterPanel.setObjectName(u"masterPanel")
        self.masterPanel.setMaximumSize(QSize(360, 16777215))
        self.masterLayout = QVBoxLayout(self.masterPanel)
        self.masterLayout.setObjectName(u"masterLayout")
        self.masterLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.masterPanel)
        self.listLabel.setObjectName(u"listLabel")

        self.masterLayout.addWidget(self.listLabel)

        self.itemList = QListWidget(self.masterPanel)
        self.itemList.setObjectName(u"itemList")

        self.masterLayout.addWidget(self.itemList)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.newTitleEdit = QLineEdit(self.masterPanel)
        self.newTitleEdit.setObjectName(u"newTitleEdit")

        self.addLayout.addWidget(self.newTitleEdit)

        self.addButton = QPushButton(self.masterPanel)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)


        self.masterLayout.addLayout(self.addLayout)

        self.moveLayout = QHBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.upButton = QPushButton(self.masterPanel)
        self.upButton.setObjectName(u"upButton")

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.masterPanel)
        self.downButton.setObjectName(u"downButton")

        self.moveLayout.addWidget(self.downButton)

        self.removeButton = QPushButton(self.masterPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.moveLayout.addWidget(self.removeButton)


        self.masterLayout.addLayout(self.moveLayout)


        self.listEditorLayout.addWidget(self.masterPanel)

        self.detailBox = QGroupBox(ListEditor)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")

        self.listEditorLayout.addWidget(self.detailBox)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.itemList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemList, self.newTitleEdit)
        QWidget.setTabOrder(self.newTitleEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.removeButton)

        self.retranslateUi(ListEditor)

        QMetaObject.connectSlotsByName(ListEditor)
    # setupUi

    def retranslateUi(self, ListEditor):
        self.listLabel.setText(QCoreApplication.translate("ListEditor", u"&Liste :", None))
#if QT_CONFIG(accessibility)
        self.itemList.setAccessibleName(QCoreApplication.translate("ListEditor", u"Liste", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newTitleEdit.setAccessibleName(QCoreApplication.translate("ListEditor", u"Titre du nouvel \u00e9l\u00e9ment", None))
#endif // QT_CONFIG(accessibility)
        self.newTitleEdit.setPlaceholderText(QCoreApplication.translate("ListEditor", u"Titre du nouvel \u00e9l\u00e9ment", None))
        self.addButton.setText(QCoreApplication.translate("ListEditor", u"A&jouter", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ListEditor", u"Ajouter", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("ListEditor", u"Monter", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("ListEditor", u"Monter l'\u00e9l\u00e9ment choisi (Alt+Haut)", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("ListEditor", u"Descendre", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("ListEditor", u"Descendre l'\u00e9l\u00e9ment choisi (Alt+Bas)", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ListEditor", u"Supprimer", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ListEditor", u"Supprimer l'\u00e9l\u00e9ment choisi (Suppr)", None))
#endif // QT_CONFIG(accessibility)
        self.detailBox.setTitle(QCoreApplication.translate("ListEditor", u"D\u00e9tail", None))
        pass
    # retranslateUi

