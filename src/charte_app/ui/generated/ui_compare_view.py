# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compare_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from charte_app.ui.versions.compare_column import ComparisonColumn

class Ui_ComparisonView(object):
    def setupUi(self, ComparisonView):
        if not ComparisonView.objectName():
            ComparisonView.setObjectName(u"ComparisonView")
        self.viewLayout = QVBoxLayout(ComparisonView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.comparisonSummary = QLabel(ComparisonView)
        self.comparisonSummary.setObjectName(u"comparisonSummary")
        self.comparisonSummary.setText(u"")
        self.comparisonSummary.setWordWrap(True)

        self.viewLayout.addWidget(self.comparisonSummary)

        self.comparisonLegend = QLabel(ComparisonView)
        self.comparisonLegend.setObjectName(u"comparisonLegend")
        self.comparisonLegend.setText(u"")
        self.comparisonLegend.setWordWrap(True)

        self.viewLayout.addWidget(self.comparisonLegend)

        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousChange = QPushButton(ComparisonView)
        self.previousChange.setObjectName(u"previousChange")

        self.navigationLayout.addWidget(self.previousChange)

        self.nextChange = QPushButton(ComparisonView)
        self.nextChange.setObjectName(u"nextChange")

        self.navigationLayout.addWidget(self.nextChange)

        self.changePosition = QLabel(ComparisonView)
        self.changePosition.setObjectName(u"changePosition")
        self.changePosition.setText(u"")

        self.navigationLayout.addWidget(self.changePosition)

        self.showUnchanged = QCheckBox(ComparisonView)
        self.showUnchanged.setObjectName(u"showUnchanged")

        self.navigationLayout.addWidget(self.showUnchanged)

        self.meetingMode = QCheckBox(ComparisonView)
        self.meetingMode.setObjectName(u"meetingMode")

        self.navigationLayout.addWidget(self.meetingMode)

        self.navigationLayout.setStretch(2, 1)

        self.viewLayout.addLayout(self.navigationLayout)

        self.columnsLayout = QGridLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.oldHeader = QLabel(ComparisonView)
        self.oldHeader.setObjectName(u"oldHeader")
        self.oldHeader.setText(u"")
        self.oldHeader.setWordWrap(True)

        self.columnsLayout.addWidget(self.oldHeader, 0, 0, 1, 1)

        self.newHeader = QLabel(ComparisonView)
        self.newHeader.setObjectName(u"newHeader")
        self.newHeader.setText(u"")
        self.newHeader.setWordWrap(True)

        self.columnsLayout.addWidget(self.newHeader, 0, 1, 1, 1)

        self.comparisonOld = ComparisonColumn(ComparisonView)
        self.comparisonOld.setObjectName(u"comparisonOld")
        self.comparisonOld.setOpenLinks(False)

        self.columnsLayout.addWidget(self.comparisonOld, 1, 0, 1, 1)

        self.comparisonNew = ComparisonColumn(ComparisonView)
        self.comparisonNew.setObjectName(u"comparisonNew")
        self.comparisonNew.setOpenLinks(False)

        self.columnsLayout.addWidget(self.comparisonNew, 1, 1, 1, 1)

        self.columnsLayout.setRowStretch(1, 1)
        self.columnsLayout.setColumnStretch(0, 1)
        self.columnsLayout.setColumnStretch(1, 1)

        self.viewLayout.addLayout(self.columnsLayout)

        self.viewLayout.setStretch(3, 1)

        self.retranslateUi(ComparisonView)

        QMetaObject.connectSlotsByName(ComparisonView)
    # setupUi

    def retranslateUi(self, ComparisonView):
#if QT_CONFIG(tooltip)
        self.previousChange.setToolTip(QCoreApplication.translate("ComparisonView", u"Modification pr\u00e9c\u00e9dente (Maj+F8 ou Alt+Haut)", None))
#endif // QT_CONFIG(tooltip)
        self.previousChange.setText(QCoreApplication.translate("ComparisonView", u"\u25c0 Pr\u00e9c\u00e9dente", None))
#if QT_CONFIG(tooltip)
        self.nextChange.setToolTip(QCoreApplication.translate("ComparisonView", u"Modification suivante (F8 ou Alt+Bas)", None))
#endif // QT_CONFIG(tooltip)
        self.nextChange.setText(QCoreApplication.translate("ComparisonView", u"Suivante \u25b6", None))
        self.showUnchanged.setText(QCoreApplication.translate("ComparisonView", u"Afficher les sections inchang\u00e9es", None))
        self.meetingMode.setText(QCoreApplication.translate("ComparisonView", u"Mode r\u00e9union (grand texte)", None))
        pass
    # retranslateUi

