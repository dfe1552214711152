# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_HistoryPanel(object):
    def setupUi(self, HistoryPanel):
        if not HistoryPanel.objectName():
            HistoryPanel.setObjectName(u"HistoryPanel")
        self.panelLayout = QVBoxLayout(HistoryPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.historyTitle = QLabel(HistoryPanel)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setText(u"")
        self.historyTitle.setWordWrap(True)

        self.panelLayout.addWidget(self.historyTitle)

        self.splitter = QSplitter(HistoryPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.versionsPane = QWidget(self.splitter)
        self.versionsPane.setObjectName(u"versionsPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.versionsPane.sizePolicy().hasHeightForWidth())
        self.versionsPane.setSizePolicy(sizePolicy)
        self.versionsLayout = QVBoxLayout(self.versionsPane)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionsLayout.setContentsMargins(0, 0, 0, 0)
        self.versionsTable = QTableWidget(self.versionsPane)
        if (self.versionsTable.columnCount() < 6):
            self.versionsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.versionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.versionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.versionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.versionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.versionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.versionsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.versionsTable.setObjectName(u"versionsTable")
        self.versionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versionsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionsTable.verticalHeader().setVisible(False)

        self.versionsLayout.addWidget(self.versionsTable)

        self.versionButtonsLayout = QHBoxLayout()
        self.versionButtonsLayout.setObjectName(u"versionButtonsLayout")
        self.advanceStatus = QPushButton(self.versionsPane)
        self.advanceStatus.setObjectName(u"advanceStatus")

        self.versionButtonsLayout.addWidget(self.advanceStatus)

        self.relabelVersion = QPushButton(self.versionsPane)
        self.relabelVersion.setObjectName(u"relabelVersion")

        self.versionButtonsLayout.addWidget(self.relabelVersion)

        self.restoreVersion = QPushButton(self.versionsPane)
        self.restoreVersion.setObjectName(u"restoreVersion")

        self.versionButtonsLayout.addWidget(self.restoreVersion)

        self.compareVersions = QPushButton(self.versionsPane)
        self.compareVersions.setObjectName(u"compareVersions")

        self.versionButtonsLayout.addWidget(self.compareVersions)

        self.versionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionButtonsLayout.addItem(self.versionButtonsSpacer)


        self.versionsLayout.addLayout(self.versionButtonsLayout)

        self.frozenNote = QLabel(self.versionsPane)
        self.frozenNote.setObjectName(u"frozenNote")
        self.frozenNote.setVisible(False)
        self.frozenNote.setWordWrap(True)

        self.versionsLayout.addWidget(self.frozenNote)

        self.versionsLayout.setStretch(0, 1)
        self.splitter.addWidget(self.versionsPane)
        self.approvalsBox = QGroupBox(self.splitter)
        self.approvalsBox.setObjectName(u"approvalsBox")
        sizePolicy.setHeightForWidth(self.approvalsBox.sizePolicy().hasHeightForWidth())
        self.approvalsBox.setSizePolicy(sizePolicy)
        self.approvalsLayout = QVBoxLayout(self.approvalsBox)
        self.approvalsLayout.setObjectName(u"approvalsLayout")
        self.approvalsTable = QTableWidget(self.approvalsBox)
        if (self.approvalsTable.columnCount() < 4):
            self.approvalsTable.setColumnCount(4)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.approvalsTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.approvalsTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.approvalsTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.approvalsTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        self.approvalsTable.setObjectName(u"approvalsTable")
        self.approvalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approvalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.approvalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approvalsTable.verticalHeader().setVisible(False)

        self.approvalsLayout.addWidget(self.approvalsTable)

        self.decisionLayout = QFormLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.partnerLabel = QLabel(self.approvalsBox)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.decisionPartner = QComboBox(self.approvalsBox)
        self.decisionPartner.setObjectName(u"decisionPartner")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionPartner)

        self.dateLabel = QLabel(self.approvalsBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.decisionDate = QDateEdit(self.approvalsBox)
        self.decisionDate.setObjectName(u"decisionDate")
        self.decisionDate.setDisplayFormat(u"dd/MM/yyyy")
        self.decisionDate.setCalendarPopup(True)

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionDate)

        self.commentLabel = QLabel(self.approvalsBox)
        self.commentLabel.setObjectName(u"commentLabel")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.decisionComment = QLineEdit(self.approvalsBox)
        self.decisionComment.setObjectName(u"decisionComment")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionComment)

        self.decisionLabel = QLabel(self.approvalsBox)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decideLayout = QHBoxLayout()
        self.decideLayout.setObjectName(u"decideLayout")
        self.decide_approved = QPushButton(self.approvalsBox)
        self.decide_approved.setObjectName(u"decide_approved")
        self.decide_approved.setProperty(u"decision", u"approved")

        self.decideLayout.addWidget(self.decide_approved)

        self.decide_reserved = QPushButton(self.approvalsBox)
        self.decide_reserved.setObjectName(u"decide_reserved")
        self.decide_reserved.setProperty(u"decision", u"reserved")

        self.decideLayout.addWidget(self.decide_reserved)

        self.decide_refused = QPushButton(self.approvalsBox)
        self.decide_refused.setObjectName(u"decide_refused")
        self.decide_refused.setProperty(u"decision", u"refused")

        self.decideLayout.addWidget(self.decide_refused)

        self.decideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decideLayout.addItem(self.decideSpacer)


        self.decisionLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.decideLayout)


        self.approvalsLayout.addLayout(self.decisionLayout)

        self.approvalsLayout.setStretch(0, 1)
        self.splitter.addWidget(self.approvalsBox)

        self.panelLayout.addWidget(self.splitter)

        self.panelLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.decisionPartner)
        self.dateLabel.setBuddy(self.decisionDate)
        self.commentLabel.setBuddy(self.decisionComment)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HistoryPanel)

        QMetaObject.connectSlotsByName(HistoryPanel)
    # setupUi

    def retranslateUi(self, HistoryPanel):
        ___qtablewidgetitem = self.versionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HistoryPanel", u"N\u00b0", None))
        ___qtablewidgetitem1 = self.versionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HistoryPanel", u"Libell\u00e9", None))
        ___qtablewidgetitem2 = self.versionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HistoryPanel", u"Date", None))
        ___qtablewidgetitem3 = self.versionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HistoryPanel", u"Auteur", None))
        ___qtablewidgetitem4 = self.versionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HistoryPanel", u"Statut", None))
        ___qtablewidgetitem5 = self.versionsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("HistoryPanel", u"D\u00e9cisions", None))
        self.advanceStatus.setText(QCoreApplication.translate("HistoryPanel", u"Faire avancer le statut", None))
        self.relabelVersion.setText(QCoreApplication.translate("HistoryPanel", u"Renommer\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreVersion.setToolTip(QCoreApplication.translate("HistoryPanel", u"Le contenu de la version devient le brouillon de travail ; l'historique est conserv\u00e9.", None))
#endif // QT_CONFIG(tooltip)
        self.restoreVersion.setText(QCoreApplication.translate("HistoryPanel", u"Restaurer comme brouillon\u2026", None))
#if QT_CONFIG(tooltip)
        self.compareVersions.setToolTip(QCoreApplication.translate("HistoryPanel", u"S\u00e9lectionnez deux versions (Ctrl+clic), ou une version pour la comparer au brouillon.", None))
#endif // QT_CONFIG(tooltip)
        self.compareVersions.setText(QCoreApplication.translate("HistoryPanel", u"Comparer", None))
        self.frozenNote.setText(QCoreApplication.translate("HistoryPanel", u"Version sign\u00e9e : son contenu, son libell\u00e9, son statut et les d\u00e9cisions des partenaires ne peuvent plus changer. Poursuivez dans le brouillon ou par un avenant.", None))
        self.approvalsBox.setTitle(QCoreApplication.translate("HistoryPanel", u"D\u00e9cisions des partenaires", None))
        ___qtablewidgetitem6 = self.approvalsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("HistoryPanel", u"Partenaire", None))
        ___qtablewidgetitem7 = self.approvalsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("HistoryPanel", u"D\u00e9cision", None))
        ___qtablewidgetitem8 = self.approvalsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("HistoryPanel", u"Date", None))
        ___qtablewidgetitem9 = self.approvalsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("HistoryPanel", u"Commentaire", None))
        self.partnerLabel.setText(QCoreApplication.translate("HistoryPanel", u"Partenaire :", None))
        self.dateLabel.setText(QCoreApplication.translate("HistoryPanel", u"Date :", None))
        self.commentLabel.setText(QCoreApplication.translate("HistoryPanel", u"Commentaire :", None))
        self.decisionComment.setPlaceholderText(QCoreApplication.translate("HistoryPanel", u"R\u00e9serve ou remarque (facultatif)", None))
        self.decisionLabel.setText(QCoreApplication.translate("HistoryPanel", u"D\u00e9cision :", None))
        self.decide_approved.setText(QCoreApplication.translate("HistoryPanel", u"Approuve", None))
        self.decide_reserved.setText(QCoreApplication.translate("HistoryPanel", u"Avec r\u00e9serves", None))
        self.decide_refused.setText(QCoreApplication.translate("HistoryPanel", u"Refuse", None))
        pass
    # retranslateUi

