# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_finance.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout


class Ui_ConventionFinanceForm(object):
    def setupUi(self, ConventionFinanceForm):
        if not ConventionFinanceForm.objectName():
            ConventionFinanceForm.setObjectName("ConventionFinanceForm")
        self.financeLayout = QVBoxLayout(ConventionFinanceForm)
        self.financeLayout.setObjectName("financeLayout")
        self.financialLabel = QLabel(ConventionFinanceForm)
        self.financialLabel.setObjectName("financialLabel")

        self.financeLayout.addWidget(self.financialLabel)

        self.financialTable = QTableView(ConventionFinanceForm)
        self.financialTable.setObjectName("financialTable")
        self.financialTable.setMinimumSize(QSize(0, 140))
        self.financialTable.setAlternatingRowColors(True)

        self.financeLayout.addWidget(self.financialTable)

        self.financialMessage = QLabel(ConventionFinanceForm)
        self.financialMessage.setObjectName("financialMessage")
        self.financialMessage.setText("")
        self.financialMessage.setWordWrap(True)
        self.financialMessage.setStyleSheet("color: #b00020;")

        self.financeLayout.addWidget(self.financialMessage)

        self.financialButtons = QHBoxLayout()
        self.financialButtons.setObjectName("financialButtons")
        self.addFinancialButton = QPushButton(ConventionFinanceForm)
        self.addFinancialButton.setObjectName("addFinancialButton")

        self.financialButtons.addWidget(self.addFinancialButton)

        self.removeFinancialButton = QPushButton(ConventionFinanceForm)
        self.removeFinancialButton.setObjectName("removeFinancialButton")

        self.financialButtons.addWidget(self.removeFinancialButton)

        self.financialSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.financialButtons.addItem(self.financialSpacer)

        self.financeLayout.addLayout(self.financialButtons)

        self.scheduleLabel = QLabel(ConventionFinanceForm)
        self.scheduleLabel.setObjectName("scheduleLabel")

        self.financeLayout.addWidget(self.scheduleLabel)

        self.scheduleTable = QTableView(ConventionFinanceForm)
        self.scheduleTable.setObjectName("scheduleTable")
        self.scheduleTable.setMinimumSize(QSize(0, 110))
        self.scheduleTable.setAlternatingRowColors(True)

        self.financeLayout.addWidget(self.scheduleTable)

        self.scheduleMessage = QLabel(ConventionFinanceForm)
        self.scheduleMessage.setObjectName("scheduleMessage")
        self.scheduleMessage.setText("")
        self.scheduleMessage.setWordWrap(True)
        self.scheduleMessage.setStyleSheet("color: #b00020;")

        self.financeLayout.addWidget(self.scheduleMessage)

        self.scheduleButtons = QHBoxLayout()
        self.scheduleButtons.setObjectName("scheduleButtons")
        self.addPaymentButton = QPushButton(ConventionFinanceForm)
        self.addPaymentButton.setObjectName("addPaymentButton")

        self.scheduleButtons.addWidget(self.addPaymentButton)

        self.removePaymentButton = QPushButton(ConventionFinanceForm)
        self.removePaymentButton.setObjectName("removePaymentButton")

        self.scheduleButtons.addWidget(self.removePaymentButton)

        self.scheduleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scheduleButtons.addItem(self.scheduleSpacer)

        self.financeLayout.addLayout(self.scheduleButtons)

        self.totalsLabel = QLabel(ConventionFinanceForm)
        self.totalsLabel.setObjectName("totalsLabel")
        self.totalsLabel.setText("")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.financeLayout.addWidget(self.totalsLabel)

        # if QT_CONFIG(shortcut)
        self.financialLabel.setBuddy(self.financialTable)
        self.scheduleLabel.setBuddy(self.scheduleTable)
        # endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionFinanceForm)

        QMetaObject.connectSlotsByName(ConventionFinanceForm)

    # setupUi

    def retranslateUi(self, ConventionFinanceForm):
        self.financialLabel.setText(
            QCoreApplication.translate(
                "ConventionFinanceForm",
                "&Contributions financi\u00e8res (partenaire, objet, ann\u00e9e, ligne budg\u00e9taire, montant)",
                None,
            )
        )
        # if QT_CONFIG(accessibility)
        self.financialTable.setAccessibleName(
            QCoreApplication.translate("ConventionFinanceForm", "Contributions financi\u00e8res", None)
        )
        # endif // QT_CONFIG(accessibility)
        self.addFinancialButton.setText(
            QCoreApplication.translate("ConventionFinanceForm", "Ajouter une contri&bution", None)
        )
        self.removeFinancialButton.setText(
            QCoreApplication.translate("ConventionFinanceForm", "Supprimer la contribution", None)
        )
        self.scheduleLabel.setText(
            QCoreApplication.translate(
                "ConventionFinanceForm", "\u00c9c&h\u00e9ancier de la contribution s\u00e9lectionn\u00e9e", None
            )
        )
        # if QT_CONFIG(accessibility)
        self.scheduleTable.setAccessibleName(
            QCoreApplication.translate(
                "ConventionFinanceForm", "\u00c9ch\u00e9ancier de la contribution s\u00e9lectionn\u00e9e", None
            )
        )
        # endif // QT_CONFIG(accessibility)
        self.addPaymentButton.setText(
            QCoreApplication.translate("ConventionFinanceForm", "Ajouter une \u00e9ch\u00e9a&nce", None)
        )
        self.removePaymentButton.setText(
            QCoreApplication.translate("ConventionFinanceForm", "Supprimer l'\u00e9ch\u00e9ance", None)
        )
        # if QT_CONFIG(accessibility)
        self.totalsLabel.setAccessibleName(
            QCoreApplication.translate(
                "ConventionFinanceForm", "Totaux par partenaire et total g\u00e9n\u00e9ral", None
            )
        )
        # endif // QT_CONFIG(accessibility)
        pass

    # retranslateUi
