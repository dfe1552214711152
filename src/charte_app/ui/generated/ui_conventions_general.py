# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conventions_general.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from charte_app.ui.widgets.date_field import DateField

class Ui_ConventionGeneralForm(object):
    def setupUi(self, ConventionGeneralForm):
        if not ConventionGeneralForm.objectName():
            ConventionGeneralForm.setObjectName(u"ConventionGeneralForm")
        self.generalLayout = QFormLayout(ConventionGeneralForm)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(ConventionGeneralForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ConventionGeneralForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(ConventionGeneralForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ConventionGeneralForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.amendsGroup = QGroupBox(ConventionGeneralForm)
        self.amendsGroup.setObjectName(u"amendsGroup")
        self.amendsLayout = QFormLayout(self.amendsGroup)
        self.amendsLayout.setObjectName(u"amendsLayout")
        self.amendsConventionLabel = QLabel(self.amendsGroup)
        self.amendsConventionLabel.setObjectName(u"amendsConventionLabel")

        self.amendsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amendsConventionLabel)

        self.amendsCombo = QComboBox(self.amendsGroup)
        self.amendsCombo.setObjectName(u"amendsCombo")

        self.amendsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amendsCombo)

        self.amendsNumberLabel = QLabel(self.amendsGroup)
        self.amendsNumberLabel.setObjectName(u"amendsNumberLabel")

        self.amendsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amendsNumberLabel)

        self.amendsNumberSpin = QSpinBox(self.amendsGroup)
        self.amendsNumberSpin.setObjectName(u"amendsNumberSpin")
        self.amendsNumberSpin.setMinimum(0)
        self.amendsNumberSpin.setMaximum(99)

        self.amendsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amendsNumberSpin)

        self.amendsSignedLabel = QLabel(self.amendsGroup)
        self.amendsSignedLabel.setObjectName(u"amendsSignedLabel")

        self.amendsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amendsSignedLabel)

        self.amendsSignedField = DateField(self.amendsGroup)
        self.amendsSignedField.setObjectName(u"amendsSignedField")

        self.amendsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amendsSignedField)


        self.generalLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.amendsGroup)

        self.legalBasisLabel = QLabel(ConventionGeneralForm)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.legalBasisLabel)

        self.legalBasisEdit = QPlainTextEdit(ConventionGeneralForm)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setMinimumSize(QSize(0, 80))
        self.legalBasisEdit.setTabChangesFocus(True)

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legalBasisEdit)

        self.preambleLabel = QLabel(ConventionGeneralForm)
        self.preambleLabel.setObjectName(u"preambleLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.preambleLabel)

        self.preambleEdit = QPlainTextEdit(ConventionGeneralForm)
        self.preambleEdit.setObjectName(u"preambleEdit")
        self.preambleEdit.setMinimumSize(QSize(0, 70))
        self.preambleEdit.setTabChangesFocus(True)

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.preambleEdit)

        self.objectLabel = QLabel(ConventionGeneralForm)
        self.objectLabel.setObjectName(u"objectLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.objectLabel)

        self.objectEdit = QPlainTextEdit(ConventionGeneralForm)
        self.objectEdit.setObjectName(u"objectEdit")
        self.objectEdit.setMinimumSize(QSize(0, 70))
        self.objectEdit.setTabChangesFocus(True)

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.objectEdit)

        self.objectMessage = QLabel(ConventionGeneralForm)
        self.objectMessage.setObjectName(u"objectMessage")
        self.objectMessage.setText(u"")
        self.objectMessage.setWordWrap(True)
        self.objectMessage.setStyleSheet(u"color: #b00020;")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.objectMessage)

        self.durationGroup = QGroupBox(ConventionGeneralForm)
        self.durationGroup.setObjectName(u"durationGroup")
        self.durationLayout = QFormLayout(self.durationGroup)
        self.durationLayout.setObjectName(u"durationLayout")
        self.startLabel = QLabel(self.durationGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.durationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startField = DateField(self.durationGroup)
        self.startField.setObjectName(u"startField")

        self.durationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startField)

        self.endLabel = QLabel(self.durationGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.durationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endField = DateField(self.durationGroup)
        self.endField.setObjectName(u"endField")

        self.durationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endField)

        self.tacitCheck = QCheckBox(self.durationGroup)
        self.tacitCheck.setObjectName(u"tacitCheck")

        self.durationLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tacitCheck)

        self.maxRenewalsLabel = QLabel(self.durationGroup)
        self.maxRenewalsLabel.setObjectName(u"maxRenewalsLabel")

        self.durationLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.maxRenewalsLabel)

        self.maxRenewalsSpin = QSpinBox(self.durationGroup)
        self.maxRenewalsSpin.setObjectName(u"maxRenewalsSpin")
        self.maxRenewalsSpin.setMinimum(-1)
        self.maxRenewalsSpin.setMaximum(20)

        self.durationLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.maxRenewalsSpin)


        self.generalLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.durationGroup)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.amendsConventionLabel.setBuddy(self.amendsCombo)
        self.amendsNumberLabel.setBuddy(self.amendsNumberSpin)
        self.amendsSignedLabel.setBuddy(self.amendsSignedField)
        self.legalBasisLabel.setBuddy(self.legalBasisEdit)
        self.preambleLabel.setBuddy(self.preambleEdit)
        self.objectLabel.setBuddy(self.objectEdit)
        self.startLabel.setBuddy(self.startField)
        self.endLabel.setBuddy(self.endField)
        self.maxRenewalsLabel.setBuddy(self.maxRenewalsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConventionGeneralForm)

        QMetaObject.connectSlotsByName(ConventionGeneralForm)
    # setupUi

    def retranslateUi(self, ConventionGeneralForm):
        self.kindLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"&Type", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Type de convention", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"&Intitul\u00e9", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Intitul\u00e9 de la convention", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ConventionGeneralForm", u"ex. Convention de partenariat relative \u00e0 \u2026", None))
        self.amendsGroup.setTitle(QCoreApplication.translate("ConventionGeneralForm", u"Convention modifi\u00e9e par cet avenant", None))
        self.amendsConventionLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"Convention &modifi\u00e9e", None))
#if QT_CONFIG(accessibility)
        self.amendsCombo.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Convention modifi\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.amendsNumberLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"N&um\u00e9ro de l'avenant", None))
        self.amendsNumberSpin.setSpecialValueText(QCoreApplication.translate("ConventionGeneralForm", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.amendsNumberSpin.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Num\u00e9ro de l'avenant", None))
#endif // QT_CONFIG(accessibility)
        self.amendsSignedLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"Convention initiale si&gn\u00e9e le", None))
#if QT_CONFIG(accessibility)
        self.amendsSignedField.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Date de signature de la convention initiale", None))
#endif // QT_CONFIG(accessibility)
        self.legalBasisLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"&Visas\n"
"(un \u00ab Vu \u2026 \u00bb\n"
"par ligne)", None))
#if QT_CONFIG(accessibility)
        self.legalBasisEdit.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Visas, un par ligne", None))
#endif // QT_CONFIG(accessibility)
        self.legalBasisEdit.setPlaceholderText(QCoreApplication.translate("ConventionGeneralForm", u"Vu le code g\u00e9n\u00e9ral des collectivit\u00e9s territoriales", None))
        self.preambleLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"P&r\u00e9ambule", None))
#if QT_CONFIG(accessibility)
        self.preambleEdit.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Pr\u00e9ambule", None))
#endif // QT_CONFIG(accessibility)
        self.preambleEdit.setPlaceholderText(QCoreApplication.translate("ConventionGeneralForm", u"Contexte, diagnostic, raisons du partenariat", None))
        self.objectLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"&Objet\n"
"(article 1)", None))
#if QT_CONFIG(accessibility)
        self.objectEdit.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Objet de la convention", None))
#endif // QT_CONFIG(accessibility)
        self.objectEdit.setPlaceholderText(QCoreApplication.translate("ConventionGeneralForm", u"La pr\u00e9sente convention a pour objet de \u2026", None))
        self.durationGroup.setTitle(QCoreApplication.translate("ConventionGeneralForm", u"Dur\u00e9e et reconduction", None))
        self.startLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"&D\u00e9but", None))
#if QT_CONFIG(accessibility)
        self.startField.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Date de d\u00e9but", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"&Fin", None))
#if QT_CONFIG(accessibility)
        self.endField.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Date de fin", None))
#endif // QT_CONFIG(accessibility)
        self.tacitCheck.setText(QCoreApplication.translate("ConventionGeneralForm", u"Reconduction tacit&e", None))
        self.maxRenewalsLabel.setText(QCoreApplication.translate("ConventionGeneralForm", u"Reconductions au plus", None))
        self.maxRenewalsSpin.setSpecialValueText(QCoreApplication.translate("ConventionGeneralForm", u"non pr\u00e9cis\u00e9", None))
#if QT_CONFIG(accessibility)
        self.maxRenewalsSpin.setAccessibleName(QCoreApplication.translate("ConventionGeneralForm", u"Nombre maximal de reconductions", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

