# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_finance.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout

class Ui_ConventionFinanceForm(object):
    def setupUi(self, ConventionFinanceForm):
        if not ConventionFinanceForm.objectName():
            ConventionFinanceForm.setObjectName(u"ConventionFinanceForm")
        self.financeLayout = QVBoxLayout(ConventionFinanceForm)
        self.financeLayout.setObjectName(u"financeLayout")
        self.financialLabel = QLabel(ConventionFinanceForm)
        self.financialLabel.setObjectName(u"financialLabel")

        self.financeLayout.addWidget(self.financialLabel)

        self.financialTable = QTableView(ConventionFinanceForm)
        self.financialTable.setObjectName(u"financialTable")
        self.financialTable.setMinimumSize(QSize(0, 140))
        self.financialTable.setAlternatingRowColors(True)

        self.financeLayout.addWidget(self.financialTable)

        self.financialMessage = QLabel(ConventionFinanceForm)
        self.financialMessage.setObjectName(u"financialMessage")
        self.financialMessage.setText(u"")
        self.financialMessage.setWordWrap(True)
        self.financialMessage.setStyleSheet(u"color: #b00020;")

        self.financeLayout.addWidget(self.financialMessage)

        self.financialButtons = QHBoxLayout()
        self.financialButtons.setObjectName(u"financialButtons")
        self.addFinancialButton = QPushButton(ConventionFinanceForm)
        self.addFinancialButton.setObjectName(u"addFinancialButton")

        self.financialButtons.addWidget(self.addFinancialButton)

        self.removeFinancialButton = QPushButton(ConventionFinanceForm)
        self.removeFinancialButton.setObjectName(u"removeFinancialButton")

        self.financialButtons.addWidget(self.removeFinancialButton)

        self.financialSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.financialButtons.addItem(self.financialSpacer)


        self.financeLayout.addLayout(self.financialButtons)

        self.paymentLayout = QHBoxLayout()
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.paymentTermsLabel = QLabel(ConventionFinanceForm)
        self.paymentTermsLabel.setObjectName(u"paymentTermsLabel")

        self.paymentLayout.addWidget(self.paymentTermsLabel)

        self.paymentTermsCombo = QComboBox(ConventionFinanceForm)
        self.paymentTermsCombo.setObjectName(u"paymentTermsCombo")
        self.paymentTermsCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.paymentTermsCombo.setMinimumContentsLength(24)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.paymentTermsCombo.sizePolicy().hasHeightForWidth())
        self.paymentTermsCombo.setSizePolicy(sizePolicy)

        self.paymentLayout.addWidget(self.paymentTermsCombo)

        self.advanceLabel = QLabel(ConventionFinanceForm)
        self.advanceLabel.setObjectName(u"advanceLabel")

        self.paymentLayout.addWidget(self.advanceLabel)

        self.advanceSpin = QSpinBox(ConventionFinanceForm)
        self.advanceSpin.setObjectName(u"advanceSpin")
        self.advanceSpin.setMinimum(0)
        self.advanceSpin.setMaximum(99)
        self.advanceSpin.setSpecialValueText(u"\u2014")
        self.advanceSpin.setSuffix(u" %")

        self.paymentLayout.addWidget(self.advanceSpin)

        self.everyYearCheck = QCheckBox(ConventionFinanceForm)
        self.everyYearCheck.setObjectName(u"everyYearCheck")

        self.paymentLayout.addWidget(self.everyYearCheck)


        self.financeLayout.addLayout(self.paymentLayout)

        self.paymentTermsHint = QLabel(ConventionFinanceForm)
        self.paymentTermsHint.setObjectName(u"paymentTermsHint")
        self.paymentTermsHint.setText(u"")
        self.paymentTermsHint.setWordWrap(True)

        self.financeLayout.addWidget(self.paymentTermsHint)

        self.scheduleLabel = QLabel(ConventionFinanceForm)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.financeLayout.addWidget(self.scheduleLabel)

        self.scheduleTable = QTableView(ConventionFinanceForm)
        self.scheduleTable.setObjectName(u"scheduleTable")
        self.scheduleTable.setMinimumSize(QSize(0, 110))
        self.scheduleTable.setAlternatingRowColors(True)

        self.financeLayout.addWidget(self.scheduleTable)

        self.scheduleMessage = QLabel(ConventionFinanceForm)
        self.scheduleMessage.setObjectName(u"scheduleMessage")
        self.scheduleMessage.setText(u"")
        self.scheduleMessage.setWordWrap(True)
        self.scheduleMessage.setStyleSheet(u"color: #b00020;")

        self.financeLayout.addWidget(self.scheduleMessage)

        self.scheduleButtons = QHBoxLayout()
        self.scheduleButtons.setObjectName(u"scheduleButtons")
        self.addPaymentButton = QPushButton(ConventionFinanceForm)
        self.addPaymentButton.setObjectName(u"addPaymentButton")

        self.scheduleButtons.addWidget(self.addPaymentButton)

        self.removePaymentButton = QPushButton(ConventionFinanceForm)
        self.removePaymentButton.setObjectName(u"removePaymentButton")

        self.scheduleButtons.addWidget(self.removePaymentButton)

        self.scheduleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scheduleButtons.addItem(self.scheduleSpacer)


        self.financeLayout.addLayout(self.scheduleButtons)

        self.totalsLabel = QLabel(ConventionFinanceForm)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.financeLayout.addWidget(self.totalsLabel)

#if QT_CONFIG(shortcut)
        self.financialLabel.setBuddy(self.financialTable)
        self.paymentTermsLabel.setBuddy(self.paymentTermsCombo)
        self.advanceLabel.setBuddy(self.advanceSpin)
        self.scheduleLabel.setBuddy(self.scheduleTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionFinanceForm)

        QMetaObject.connectSlotsByName(ConventionFinanceForm)
    # setupUi

    def retranslateUi(self, ConventionFinanceForm):
        self.financialLabel.setText(QCoreApplication.translate("ConventionFinanceForm", u"&Contributions financi\u00e8res (partenaire, objet, ann\u00e9e, ligne budg\u00e9taire, montant)", None))
#if QT_CONFIG(accessibility)
        self.financialTable.setAccessibleName(QCoreApplication.translate("ConventionFinanceForm", u"Contributions financi\u00e8res", None))
#endif // QT_CONFIG(accessibility)
        self.addFinancialButton.setText(QCoreApplication.translate("ConventionFinanceForm", u"Ajouter une contri&bution", None))
        self.removeFinancialButton.setText(QCoreApplication.translate("ConventionFinanceForm", u"Supprimer la contribution", None))
        self.paymentTermsLabel.setText(QCoreApplication.translate("ConventionFinanceForm", u"Modali&t\u00e9s de versement :", None))
#if QT_CONFIG(accessibility)
        self.paymentTermsCombo.setAccessibleName(QCoreApplication.translate("ConventionFinanceForm", u"Modalit\u00e9s de versement de la contribution s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.paymentTermsCombo.setPlaceholderText(QCoreApplication.translate("ConventionFinanceForm", u"\u2014 \u00e0 choisir \u2014", None))
        self.advanceLabel.setText(QCoreApplication.translate("ConventionFinanceForm", u"Avanc&e (%) :", None))
#if QT_CONFIG(accessibility)
        self.advanceSpin.setAccessibleName(QCoreApplication.translate("ConventionFinanceForm", u"Part de l'avance vers\u00e9e \u00e0 la signature, en pourcentage", None))
#endif // QT_CONFIG(accessibility)
        self.everyYearCheck.setText(QCoreApplication.translate("ConventionFinanceForm", u"Chaque ann\u00e9e de la con&vention", None))
#if QT_CONFIG(tooltip)
        self.everyYearCheck.setToolTip(QCoreApplication.translate("ConventionFinanceForm", u"Le montant est d\u00fb pour chaque ann\u00e9e budg\u00e9taire de la convention (l'ann\u00e9e de la ligne est alors sans objet)", None))
#endif // QT_CONFIG(tooltip)
        self.scheduleLabel.setText(QCoreApplication.translate("ConventionFinanceForm", u"\u00c9c&h\u00e9ancier de la contribution s\u00e9lectionn\u00e9e", None))
#if QT_CONFIG(accessibility)
        self.scheduleTable.setAccessibleName(QCoreApplication.translate("ConventionFinanceForm", u"\u00c9ch\u00e9ancier de la contribution s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.addPaymentButton.setText(QCoreApplication.translate("ConventionFinanceForm", u"Ajouter une \u00e9ch\u00e9a&nce", None))
        self.removePaymentButton.setText(QCoreApplication.translate("ConventionFinanceForm", u"Supprimer l'\u00e9ch\u00e9ance", None))
#if QT_CONFIG(accessibility)
        self.totalsLabel.setAccessibleName(QCoreApplication.translate("ConventionFinanceForm", u"Totaux par partenaire et total g\u00e9n\u00e9ral", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

