# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_means.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

from charte_app.ui.widgets.amount import AmountField

class Ui_ConventionMeansForm(object):
    def setupUi(self, ConventionMeansForm):
        if not ConventionMeansForm.objectName():
            ConventionMeansForm.setObjectName(u"ConventionMeansForm")
        self.meansLayout = QVBoxLayout(ConventionMeansForm)
        self.meansLayout.setObjectName(u"meansLayout")
        self.staffLabel = QLabel(ConventionMeansForm)
        self.staffLabel.setObjectName(u"staffLabel")

        self.meansLayout.addWidget(self.staffLabel)

        self.staffTable = QTableView(ConventionMeansForm)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setMinimumSize(QSize(0, 120))
        self.staffTable.setAlternatingRowColors(True)

        self.meansLayout.addWidget(self.staffTable)

        self.staffMessage = QLabel(ConventionMeansForm)
        self.staffMessage.setObjectName(u"staffMessage")
        self.staffMessage.setText(u"")
        self.staffMessage.setWordWrap(True)
        self.staffMessage.setStyleSheet(u"color: #b00020;")

        self.meansLayout.addWidget(self.staffMessage)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addStaffButton = QPushButton(ConventionMeansForm)
        self.addStaffButton.setObjectName(u"addStaffButton")

        self.staffButtons.addWidget(self.addStaffButton)

        self.removeStaffButton = QPushButton(ConventionMeansForm)
        self.removeStaffButton.setObjectName(u"removeStaffButton")

        self.staffButtons.addWidget(self.removeStaffButton)

        self.staffSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffSpacer)


        self.meansLayout.addLayout(self.staffButtons)

        self.otherLabel = QLabel(ConventionMeansForm)
        self.otherLabel.setObjectName(u"otherLabel")

        self.meansLayout.addWidget(self.otherLabel)

        self.otherTable = QTableView(ConventionMeansForm)
        self.otherTable.setObjectName(u"otherTable")
        self.otherTable.setMinimumSize(QSize(0, 120))
        self.otherTable.setAlternatingRowColors(True)

        self.meansLayout.addWidget(self.otherTable)

        self.otherMessage = QLabel(ConventionMeansForm)
        self.otherMessage.setObjectName(u"otherMessage")
        self.otherMessage.setText(u"")
        self.otherMessage.setWordWrap(True)
        self.otherMessage.setStyleSheet(u"color: #b00020;")

        self.meansLayout.addWidget(self.otherMessage)

        self.otherButtons = QHBoxLayout()
        self.otherButtons.setObjectName(u"otherButtons")
        self.addPremisesButton = QPushButton(ConventionMeansForm)
        self.addPremisesButton.setObjectName(u"addPremisesButton")

        self.otherButtons.addWidget(self.addPremisesButton)

        self.addEquipmentButton = QPushButton(ConventionMeansForm)
        self.addEquipmentButton.setObjectName(u"addEquipmentButton")

        self.otherButtons.addWidget(self.addEquipmentButton)

        self.removeOtherButton = QPushButton(ConventionMeansForm)
        self.removeOtherButton.setObjectName(u"removeOtherButton")

        self.otherButtons.addWidget(self.removeOtherButton)

        self.otherSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherButtons.addItem(self.otherSpacer)


        self.meansLayout.addLayout(self.otherButtons)

        self.meanDetailGroup = QGroupBox(ConventionMeansForm)
        self.meanDetailGroup.setObjectName(u"meanDetailGroup")
        self.meanDetailLayout = QFormLayout(self.meanDetailGroup)
        self.meanDetailLayout.setObjectName(u"meanDetailLayout")
        self.recipientLabel = QLabel(self.meanDetailGroup)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.meanDetailLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(self.meanDetailGroup)
        self.recipientCombo.setObjectName(u"recipientCombo")
        self.recipientCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipientCombo.setMinimumContentsLength(24)

        self.meanDetailLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.conditionsLabel = QLabel(self.meanDetailGroup)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.meanDetailLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(self.meanDetailGroup)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setMaximumSize(QSize(16777215, 60))
        self.conditionsEdit.setTabChangesFocus(True)

        self.meanDetailLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.valueLabel = QLabel(self.meanDetailGroup)
        self.valueLabel.setObjectName(u"valueLabel")

        self.meanDetailLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueField = AmountField(self.meanDetailGroup)
        self.valueField.setObjectName(u"valueField")

        self.meanDetailLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valueField)


        self.meansLayout.addWidget(self.meanDetailGroup)

#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staffTable)
        self.otherLabel.setBuddy(self.otherTable)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.valueLabel.setBuddy(self.valueField)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionMeansForm)

        QMetaObject.connectSlotsByName(ConventionMeansForm)
    # setupUi

    def retranslateUi(self, ConventionMeansForm):
        self.staffLabel.setText(QCoreApplication.translate("ConventionMeansForm", u"&Personnel mis \u00e0 disposition (en \u00e9quivalents temps plein)", None))
#if QT_CONFIG(accessibility)
        self.staffTable.setAccessibleName(QCoreApplication.translate("ConventionMeansForm", u"Personnel mis \u00e0 disposition", None))
#endif // QT_CONFIG(accessibility)
        self.addStaffButton.setText(QCoreApplication.translate("ConventionMeansForm", u"Ajouter du &personnel", None))
        self.removeStaffButton.setText(QCoreApplication.translate("ConventionMeansForm", u"Supprimer", None))
        self.otherLabel.setText(QCoreApplication.translate("ConventionMeansForm", u"&Locaux, mat\u00e9riel et autres moyens", None))
#if QT_CONFIG(accessibility)
        self.otherTable.setAccessibleName(QCoreApplication.translate("ConventionMeansForm", u"Locaux, mat\u00e9riel et autres moyens", None))
#endif // QT_CONFIG(accessibility)
        self.addPremisesButton.setText(QCoreApplication.translate("ConventionMeansForm", u"Ajouter des &locaux", None))
        self.addEquipmentButton.setText(QCoreApplication.translate("ConventionMeansForm", u"Ajouter du &mat\u00e9riel", None))
        self.removeOtherButton.setText(QCoreApplication.translate("ConventionMeansForm", u"Supprimer", None))
        self.meanDetailGroup.setTitle(QCoreApplication.translate("ConventionMeansForm", u"Moyen s\u00e9lectionn\u00e9", None))
        self.recipientLabel.setText(QCoreApplication.translate("ConventionMeansForm", u"Au &b\u00e9n\u00e9fice de :", None))
#if QT_CONFIG(accessibility)
        self.recipientCombo.setAccessibleName(QCoreApplication.translate("ConventionMeansForm", u"Partie qui accueille le personnel ou b\u00e9n\u00e9ficie du moyen", None))
#endif // QT_CONFIG(accessibility)
        self.recipientCombo.setPlaceholderText(QCoreApplication.translate("ConventionMeansForm", u"\u2014 \u00e0 choisir \u2014", None))
        self.conditionsLabel.setText(QCoreApplication.translate("ConventionMeansForm", u"Con&ditions et dur\u00e9e :", None))
#if QT_CONFIG(accessibility)
        self.conditionsEdit.setAccessibleName(QCoreApplication.translate("ConventionMeansForm", u"Conditions et dur\u00e9e de la mise \u00e0 disposition", None))
#endif // QT_CONFIG(accessibility)
        self.conditionsEdit.setPlaceholderText(QCoreApplication.translate("ConventionMeansForm", u"ex. le mercredi matin, pendant la dur\u00e9e de la convention ; entretien \u00e0 la charge de la Ville", None))
        self.valueLabel.setText(QCoreApplication.translate("ConventionMeansForm", u"&Valorisation (\u20ac) :", None))
#if QT_CONFIG(accessibility)
        self.valueField.setAccessibleName(QCoreApplication.translate("ConventionMeansForm", u"Valorisation du moyen mis \u00e0 disposition, en euros", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

