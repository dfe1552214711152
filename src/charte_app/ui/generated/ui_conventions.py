# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

class Ui_ConventionsForm(object):
    def setupUi(self, ConventionsForm):
        if not ConventionsForm.objectName():
            ConventionsForm.setObjectName(u"ConventionsForm")
        self.rootLayout = QVBoxLayout(ConventionsForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.splitter = QSplitter(ConventionsForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.conventionListLabel = QLabel(self.listPane)
        self.conventionListLabel.setObjectName(u"conventionListLabel")

        self.listLayout.addWidget(self.conventionListLabel)

        self.conventionList = QListWidget(self.listPane)
        self.conventionList.setObjectName(u"conventionList")
        self.conventionList.setMinimumSize(QSize(150, 0))
        self.conventionList.setWordWrap(True)
        self.conventionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.listLayout.addWidget(self.conventionList)

        self.addConventionButton = QPushButton(self.listPane)
        self.addConventionButton.setObjectName(u"addConventionButton")

        self.listLayout.addWidget(self.addConventionButton)

        self.addAmendmentButton = QPushButton(self.listPane)
        self.addAmendmentButton.setObjectName(u"addAmendmentButton")

        self.listLayout.addWidget(self.addAmendmentButton)

        self.removeConventionButton = QPushButton(self.listPane)
        self.removeConventionButton.setObjectName(u"removeConventionButton")

        self.listLayout.addWidget(self.removeConventionButton)

        self.sectionListLabel = QLabel(self.listPane)
        self.sectionListLabel.setObjectName(u"sectionListLabel")

        self.listLayout.addWidget(self.sectionListLabel)

        self.sectionList = QListWidget(self.listPane)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sectionList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.listLayout.addWidget(self.sectionList)

        self.splitter.addWidget(self.listPane)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.detailStack.addWidget(self.emptyPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.headingLabel = QLabel(self.detailPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setWordWrap(False)
        self.headingLabel.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.headingLabel)

        self.sections = QStackedWidget(self.detailPage)
        self.sections.setObjectName(u"sections")

        self.detailLayout.addWidget(self.sections)

        self.detailStack.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailStack)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.conventionListLabel.setBuddy(self.conventionList)
        self.sectionListLabel.setBuddy(self.sectionList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionsForm)

        QMetaObject.connectSlotsByName(ConventionsForm)
    # setupUi

    def retranslateUi(self, ConventionsForm):
        self.conventionListLabel.setText(QCoreApplication.translate("ConventionsForm", u"&Conventions et avenants", None))
#if QT_CONFIG(accessibility)
        self.conventionList.setAccessibleName(QCoreApplication.translate("ConventionsForm", u"Conventions et avenants du dossier", None))
#endif // QT_CONFIG(accessibility)
        self.addConventionButton.setText(QCoreApplication.translate("ConventionsForm", u"&Nouvelle convention", None))
#if QT_CONFIG(tooltip)
        self.addConventionButton.setToolTip(QCoreApplication.translate("ConventionsForm", u"Cr\u00e9er une convention, en choisissant son type", None))
#endif // QT_CONFIG(tooltip)
        self.addAmendmentButton.setText(QCoreApplication.translate("ConventionsForm", u"Nouvel &avenant", None))
#if QT_CONFIG(tooltip)
        self.addAmendmentButton.setToolTip(QCoreApplication.translate("ConventionsForm", u"Cr\u00e9er un avenant \u00e0 la convention s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        self.removeConventionButton.setText(QCoreApplication.translate("ConventionsForm", u"Supprimer", None))
#if QT_CONFIG(tooltip)
        self.removeConventionButton.setToolTip(QCoreApplication.translate("ConventionsForm", u"Supprimer la convention ou l'avenant s\u00e9lectionn\u00e9 (annulable par Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.sectionListLabel.setText(QCoreApplication.translate("ConventionsForm", u"&Rubriques", None))
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("ConventionsForm", u"Rubriques de la convention", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("ConventionsForm", u"Ce dossier n'a pas encore de convention.\n"
"\n"
"Une convention formalise la mise en commun de moyens (financements, personnel, locaux, mat\u00e9riel) entre partenaires. Cr\u00e9ez-en une avec \u00ab Nouvelle convention \u00bb.", None))
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("ConventionsForm", u"Rubrique de la convention", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

