# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_signature.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

from charte_app.ui.widgets.date_field import DateField

class Ui_ConventionSignatureForm(object):
    def setupUi(self, ConventionSignatureForm):
        if not ConventionSignatureForm.objectName():
            ConventionSignatureForm.setObjectName(u"ConventionSignatureForm")
        self.signatureOuter = QVBoxLayout(ConventionSignatureForm)
        self.signatureOuter.setObjectName(u"signatureOuter")
        self.signatureLayout = QFormLayout()
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.placeLabel = QLabel(ConventionSignatureForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.signatureLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(ConventionSignatureForm)
        self.placeEdit.setObjectName(u"placeEdit")

        self.signatureLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.dateLabel = QLabel(ConventionSignatureForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.signatureLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateField = DateField(ConventionSignatureForm)
        self.dateField.setObjectName(u"dateField")

        self.signatureLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateField)

        self.originalsLabel = QLabel(ConventionSignatureForm)
        self.originalsLabel.setObjectName(u"originalsLabel")

        self.signatureLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.originalsLabel)

        self.originalsSpin = QSpinBox(ConventionSignatureForm)
        self.originalsSpin.setObjectName(u"originalsSpin")
        self.originalsSpin.setMinimum(0)
        self.originalsSpin.setMaximum(30)

        self.signatureLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.originalsSpin)


        self.signatureOuter.addLayout(self.signatureLayout)

        self.signatureHint = QLabel(ConventionSignatureForm)
        self.signatureHint.setObjectName(u"signatureHint")
        self.signatureHint.setWordWrap(True)
        self.signatureHint.setText(u"")

        self.signatureOuter.addWidget(self.signatureHint)

        self.signatureSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signatureOuter.addItem(self.signatureSpacer)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.placeEdit)
        self.dateLabel.setBuddy(self.dateField)
        self.originalsLabel.setBuddy(self.originalsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionSignatureForm)

        QMetaObject.connectSlotsByName(ConventionSignatureForm)
    # setupUi

    def retranslateUi(self, ConventionSignatureForm):
        self.placeLabel.setText(QCoreApplication.translate("ConventionSignatureForm", u"Fait \u00e0 (&lieu)", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("ConventionSignatureForm", u"Lieu de signature", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ConventionSignatureForm", u"ex. \u00c9pernay", None))
        self.dateLabel.setText(QCoreApplication.translate("ConventionSignatureForm", u"&Le (date)", None))
#if QT_CONFIG(accessibility)
        self.dateField.setAccessibleName(QCoreApplication.translate("ConventionSignatureForm", u"Date de signature", None))
#endif // QT_CONFIG(accessibility)
        self.originalsLabel.setText(QCoreApplication.translate("ConventionSignatureForm", u"E&xemplaires originaux", None))
        self.originalsSpin.setSpecialValueText(QCoreApplication.translate("ConventionSignatureForm", u"un par partie", None))
#if QT_CONFIG(accessibility)
        self.originalsSpin.setAccessibleName(QCoreApplication.translate("ConventionSignatureForm", u"Nombre d'exemplaires originaux", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

