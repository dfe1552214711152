# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_HomeView(object):
    def setupUi(self, HomeView):
        if not HomeView.objectName():
            HomeView.setObjectName(u"HomeView")
        self.homeLayout = QVBoxLayout(HomeView)
        self.homeLayout.setObjectName(u"homeLayout")
        self.headingLabel = QLabel(HomeView)
        self.headingLabel.setObjectName(u"headingLabel")

        self.homeLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(HomeView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.homeLayout.addWidget(self.introLabel)

        self.newLayout = QHBoxLayout()
        self.newLayout.setObjectName(u"newLayout")
        self.newTitleLabel = QLabel(HomeView)
        self.newTitleLabel.setObjectName(u"newTitleLabel")

        self.newLayout.addWidget(self.newTitleLabel)

        self.newTitleEdit = QLineEdit(HomeView)
        self.newTitleEdit.setObjectName(u"newTitleEdit")

        self.newLayout.addWidget(self.newTitleEdit)

        self.createButton = QPushButton(HomeView)
        self.createButton.setObjectName(u"createButton")

        self.newLayout.addWidget(self.createButton)


        self.homeLayout.addLayout(self.newLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(HomeView)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(HomeView)
        self.searchEdit.setObjectName(u"searchEdit")

        self.searchLayout.addWidget(self.searchEdit)

        self.archivedCheck = QCheckBox(HomeView)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.searchLayout.addWidget(self.archivedCheck)


        self.homeLayout.addLayout(self.searchLayout)

        self.dossierTable = QTableView(HomeView)
        self.dossierTable.setObjectName(u"dossierTable")
        self.dossierTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dossierTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dossierTable.setAlternatingRowColors(True)
        self.dossierTable.setSortingEnabled(True)
        self.dossierTable.setTabKeyNavigation(False)
        self.dossierTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.homeLayout.addWidget(self.dossierTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openButton = QPushButton(HomeView)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.importButton = QPushButton(HomeView)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(HomeView)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.deleteButton = QPushButton(HomeView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)


        self.homeLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.newTitleLabel.setBuddy(self.newTitleEdit)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newTitleEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.dossierTable)
        QWidget.setTabOrder(self.dossierTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.deleteButton)

        self.retranslateUi(HomeView)

        QMetaObject.connectSlotsByName(HomeView)
    # setupUi

    def retranslateUi(self, HomeView):
        HomeView.setWindowTitle(QCoreApplication.translate("HomeView", u"Accueil", None))
        self.headingLabel.setText(QCoreApplication.translate("HomeView", u"Dossiers de coop\u00e9ration", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("HomeView", u"Dossiers de coop\u00e9ration", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("HomeView", u"Chaque dossier r\u00e9unit les partenaires, la charte de coop\u00e9ration, les conventions et l'historique des versions. Ouvrez un dossier (double-clic ou Entr\u00e9e) ou cr\u00e9ez-en un.", None))
        self.newTitleLabel.setText(QCoreApplication.translate("HomeView", u"Titre du &nouveau dossier :", None))
#if QT_CONFIG(accessibility)
        self.newTitleEdit.setAccessibleName(QCoreApplication.translate("HomeView", u"Titre du nouveau dossier", None))
#endif // QT_CONFIG(accessibility)
        self.newTitleEdit.setPlaceholderText(QCoreApplication.translate("HomeView", u"Ex. : Coop\u00e9ration \u00e9ducative \u2013 quartier Croix-Rouge", None))
        self.createButton.setText(QCoreApplication.translate("HomeView", u"&Cr\u00e9er", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("HomeView", u"Cr\u00e9er le dossier", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("HomeView", u"&Rechercher :", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("HomeView", u"Rechercher un dossier", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HomeView", u"Titre ou territoire", None))
        self.archivedCheck.setText(QCoreApplication.translate("HomeView", u"Afficher les dossiers arc&hiv\u00e9s", None))
#if QT_CONFIG(accessibility)
        self.archivedCheck.setAccessibleName(QCoreApplication.translate("HomeView", u"Afficher les dossiers archiv\u00e9s", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dossierTable.setAccessibleName(QCoreApplication.translate("HomeView", u"Liste des dossiers", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("HomeView", u"&Ouvrir", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("HomeView", u"Ouvrir le dossier choisi", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("HomeView", u"&Importer un fichier .charte\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("HomeView", u"Importer un fichier .charte", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("HomeView", u"Enregistrer &sous (.charte)\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("HomeView", u"Enregistrer le dossier choisi en fichier .charte", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("HomeView", u"Su&pprimer\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("HomeView", u"Supprimer le dossier choisi", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

