# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_WizardView(object):
    def setupUi(self, WizardView):
        if not WizardView.objectName():
            WizardView.setObjectName(u"WizardView")
        self.wizardLayout = QVBoxLayout(WizardView)
        self.wizardLayout.setObjectName(u"wizardLayout")
        self.wizardLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(WizardView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.dossierLabel = QLabel(self.sidePanel)
        self.dossierLabel.setObjectName(u"dossierLabel")
        self.dossierLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.dossierLabel)

        self.stepsLabel = QLabel(self.sidePanel)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.sideLayout.addWidget(self.stepsLabel)

        self.stepList = QListWidget(self.sidePanel)
        self.stepList.setObjectName(u"stepList")

        self.sideLayout.addWidget(self.stepList)

        self.missingTitle = QLabel(self.sidePanel)
        self.missingTitle.setObjectName(u"missingTitle")
        self.missingTitle.setStyleSheet(u"font-weight: bold;")

        self.sideLayout.addWidget(self.missingTitle)

        self.missingLabel = QLabel(self.sidePanel)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setText(u"")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setTextFormat(Qt.TextFormat.RichText)
        self.missingLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.missingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

        self.sideLayout.addWidget(self.missingLabel)

        self.splitter.addWidget(self.sidePanel)
        self.centerPanel = QWidget(self.splitter)
        self.centerPanel.setObjectName(u"centerPanel")
        self.centerLayout = QVBoxLayout(self.centerPanel)
        self.centerLayout.setObjectName(u"centerLayout")
        self.centerLayout.setContentsMargins(0, 0, 0, 0)
        self.stepTitleLabel = QLabel(self.centerPanel)
        self.stepTitleLabel.setObjectName(u"stepTitleLabel")

        self.centerLayout.addWidget(self.stepTitleLabel)

        self.pages = QStackedWidget(self.centerPanel)
        self.pages.setObjectName(u"pages")

        self.centerLayout.addWidget(self.pages)

        self.problemsLabel = QLabel(self.centerPanel)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.centerLayout.addWidget(self.problemsLabel)

        self.navLayout = QHBoxLayout()
        self.navLayout.setObjectName(u"navLayout")
        self.previousButton = QPushButton(self.centerPanel)
        self.previousButton.setObjectName(u"previousButton")

        self.navLayout.addWidget(self.previousButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navLayout.addItem(self.navSpacer)

        self.nextButton = QPushButton(self.centerPanel)
        self.nextButton.setObjectName(u"nextButton")

        self.navLayout.addWidget(self.nextButton)


        self.centerLayout.addLayout(self.navLayout)

        self.splitter.addWidget(self.centerPanel)
        self.guidanceBox = QGroupBox(self.splitter)
        self.guidanceBox.setObjectName(u"guidanceBox")
        self.guidanceLayout = QVBoxLayout(self.guidanceBox)
        self.guidanceLayout.setObjectName(u"guidanceLayout")
        self.guidanceBrowser = QTextBrowser(self.guidanceBox)
        self.guidanceBrowser.setObjectName(u"guidanceBrowser")
        self.guidanceBrowser.setOpenExternalLinks(False)
        self.guidanceBrowser.setMinimumSize(QSize(180, 0))

        self.guidanceLayout.addWidget(self.guidanceBrowser)

        self.splitter.addWidget(self.guidanceBox)

        self.wizardLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.stepsLabel.setBuddy(self.stepList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stepList, self.missingLabel)
        QWidget.setTabOrder(self.missingLabel, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.guidanceBrowser)

        self.retranslateUi(WizardView)

        QMetaObject.connectSlotsByName(WizardView)
    # setupUi

    def retranslateUi(self, WizardView):
        WizardView.setWindowTitle(QCoreApplication.translate("WizardView", u"Dossier", None))
        self.dossierLabel.setText("")
#if QT_CONFIG(accessibility)
        self.dossierLabel.setAccessibleName(QCoreApplication.translate("WizardView", u"Dossier ouvert", None))
#endif // QT_CONFIG(accessibility)
        self.stepsLabel.setText(QCoreApplication.translate("WizardView", u"\u00c9tapes :", None))
#if QT_CONFIG(accessibility)
        self.stepList.setAccessibleName(QCoreApplication.translate("WizardView", u"\u00c9tapes du dossier", None))
#endif // QT_CONFIG(accessibility)
        self.missingTitle.setText(QCoreApplication.translate("WizardView", u"Ce qui manque encore :", None))
#if QT_CONFIG(accessibility)
        self.missingLabel.setAccessibleName(QCoreApplication.translate("WizardView", u"Ce qui manque encore dans le dossier", None))
#endif // QT_CONFIG(accessibility)
        self.stepTitleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.stepTitleLabel.setAccessibleName(QCoreApplication.translate("WizardView", u"\u00c9tape en cours", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(QCoreApplication.translate("WizardView", u"Probl\u00e8mes \u00e0 corriger dans cette \u00e9tape", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("WizardView", u"< &Pr\u00e9c\u00e9dent", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("WizardView", u"\u00c9tape pr\u00e9c\u00e9dente (Ctrl+Page pr\u00e9c.)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("WizardView", u"&Suivant >", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("WizardView", u"\u00c9tape suivante (Ctrl+Page suiv.)", None))
#endif // QT_CONFIG(tooltip)
        self.guidanceBox.setTitle(QCoreApplication.translate("WizardView", u"Comment faire ?", None))
#if QT_CONFIG(accessibility)
        self.guidanceBrowser.setAccessibleName(QCoreApplication.translate("WizardView", u"Comment faire ?", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

