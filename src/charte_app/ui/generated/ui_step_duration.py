# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_duration.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

from charte_app.ui.widgets.date_field import DateField

class Ui_DurationStep(object):
    def setupUi(self, DurationStep):
        if not DurationStep.objectName():
            DurationStep.setObjectName(u"DurationStep")
        self.durationLayout = QVBoxLayout(DurationStep)
        self.durationLayout.setObjectName(u"durationLayout")
        self.durationLayout.setContentsMargins(0, 0, 0, 0)
        self.durationTop = QHBoxLayout()
        self.durationTop.setObjectName(u"durationTop")
        self.durationBox = QGroupBox(DurationStep)
        self.durationBox.setObjectName(u"durationBox")
        self.durationBoxLayout = QVBoxLayout(self.durationBox)
        self.durationBoxLayout.setObjectName(u"durationBoxLayout")
        self.durationForm = QFormLayout()
        self.durationForm.setObjectName(u"durationForm")
        self.startLabel = QLabel(self.durationBox)
        self.startLabel.setObjectName(u"startLabel")

        self.durationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateField(self.durationBox)
        self.startEdit.setObjectName(u"startEdit")

        self.durationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.monthsLabel = QLabel(self.durationBox)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.durationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(self.durationBox)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMaximum(600)

        self.durationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthsSpin)


        self.durationBoxLayout.addLayout(self.durationForm)

        self.reviewLabel = QLabel(self.durationBox)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)

        self.durationBoxLayout.addWidget(self.reviewLabel)

        self.reviewEdit = QPlainTextEdit(self.durationBox)
        self.reviewEdit.setObjectName(u"reviewEdit")
        self.reviewEdit.setTabChangesFocus(True)

        self.durationBoxLayout.addWidget(self.reviewEdit)


        self.durationTop.addWidget(self.durationBox)

        self.signatureBox = QGroupBox(DurationStep)
        self.signatureBox.setObjectName(u"signatureBox")
        self.signatureBoxLayout = QVBoxLayout(self.signatureBox)
        self.signatureBoxLayout.setObjectName(u"signatureBoxLayout")
        self.signatureForm = QFormLayout()
        self.signatureForm.setObjectName(u"signatureForm")
        self.placeLabel = QLabel(self.signatureBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.signatureBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.dateLabel = QLabel(self.signatureBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(self.signatureBox)
        self.dateEdit.setObjectName(u"dateEdit")

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.signatureBoxLayout.addLayout(self.signatureForm)

        self.signatoriesLabel = QLabel(self.signatureBox)
        self.signatoriesLabel.setObjectName(u"signatoriesLabel")
        self.signatoriesLabel.setWordWrap(True)

        self.signatureBoxLayout.addWidget(self.signatoriesLabel)

        self.signatoriesList = QListWidget(self.signatureBox)
        self.signatoriesList.setObjectName(u"signatoriesList")

        self.signatureBoxLayout.addWidget(self.signatoriesList)

        self.signatoriesButtons = QHBoxLayout()
        self.signatoriesButtons.setObjectName(u"signatoriesButtons")
        self.allButton = QPushButton(self.signatureBox)
        self.allButton.setObjectName(u"allButton")

        self.signatoriesButtons.addWidget(self.allButton)

        self.sigSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatoriesButtons.addItem(self.sigSpacer)


        self.signatureBoxLayout.addLayout(self.signatoriesButtons)


        self.durationTop.addWidget(self.signatureBox)


        self.durationLayout.addLayout(self.durationTop)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.reviewLabel.setBuddy(self.reviewEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.signatoriesLabel.setBuddy(self.signatoriesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEdit, self.monthsSpin)
        QWidget.setTabOrder(self.monthsSpin, self.reviewEdit)
        QWidget.setTabOrder(self.reviewEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.signatoriesList)
        QWidget.setTabOrder(self.signatoriesList, self.allButton)

        self.retranslateUi(DurationStep)

        QMetaObject.connectSlotsByName(DurationStep)
    # setupUi

    def retranslateUi(self, DurationStep):
        self.durationBox.setTitle(QCoreApplication.translate("DurationStep", u"Dur\u00e9e et r\u00e9vision", None))
        self.startLabel.setText(QCoreApplication.translate("DurationStep", u"D\u00e9&but :", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("DurationStep", u"Date de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
        self.monthsLabel.setText(QCoreApplication.translate("DurationStep", u"Dur\u00e9e en &mois :", None))
#if QT_CONFIG(accessibility)
        self.monthsSpin.setAccessibleName(QCoreApplication.translate("DurationStep", u"Dur\u00e9e en mois", None))
#endif // QT_CONFIG(accessibility)
        self.monthsSpin.setSpecialValueText(QCoreApplication.translate("DurationStep", u"non pr\u00e9cis\u00e9e", None))
        self.reviewLabel.setText(QCoreApplication.translate("DurationStep", u"&R\u00e9vision (quand et comment la charte est revue) :", None))
#if QT_CONFIG(accessibility)
        self.reviewEdit.setAccessibleName(QCoreApplication.translate("DurationStep", u"R\u00e9vision de la charte", None))
#endif // QT_CONFIG(accessibility)
        self.signatureBox.setTitle(QCoreApplication.translate("DurationStep", u"Signature", None))
        self.placeLabel.setText(QCoreApplication.translate("DurationStep", u"&Lieu :", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("DurationStep", u"Lieu de signature", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("DurationStep", u"Reims", None))
        self.dateLabel.setText(QCoreApplication.translate("DurationStep", u"&Date :", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DurationStep", u"Date de signature", None))
#endif // QT_CONFIG(accessibility)
        self.signatoriesLabel.setText(QCoreApplication.translate("DurationStep", u"&Signataires (cochez ; l'ordre suit la liste des partenaires) :", None))
#if QT_CONFIG(accessibility)
        self.signatoriesList.setAccessibleName(QCoreApplication.translate("DurationStep", u"Signataires", None))
#endif // QT_CONFIG(accessibility)
        self.allButton.setText(QCoreApplication.translate("DurationStep", u"&Tous les partenaires", None))
#if QT_CONFIG(accessibility)
        self.allButton.setAccessibleName(QCoreApplication.translate("DurationStep", u"Cocher tous les partenaires", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

