"""Steps 4–6 – Objectifs et indicateurs, Valeurs, Règles: a master list with a detail form each.

Each step offers a "Bibliothèque" of typical records (:mod:`charte_app.ui.library`) to pick
from and edit; step 6 also edits the common glossary (term, definition) printed with the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from charte_app.domain import Indicator, Objective, Rule, Value
from charte_app.domain.model import GlossaryEntry, RuleTopic

from .. import dialogs, labels_i18n, library
from ..generated.ui_objective_detail import Ui_ObjectiveDetail
from ..generated.ui_rule_detail import Ui_RuleDetail
from ..generated.ui_step_list import Ui_ListStep
from ..generated.ui_value_detail import Ui_ValueDetail
from ..ids import unique_id
from ..list_editor import ListEditor
from ..references import indicator_uses, objective_uses
from ..widgets.list_table import Column, ListTableModel, select_item, setup_table
from .base import StepContext
from .common import FormStep
from .glossary import GlossaryBox


def _call(add: Callable[[], None], _checked: bool = False) -> None:
    add()


def record_title(record: Any) -> str:
    return str(getattr(record, "title", "") or getattr(record, "name", "") or "element")


class ListStep(FormStep):
    """A step made of an introduction and a :class:`ListEditor` whose detail is a Designer form."""

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_ListStep()
        self.form.setupUi(self)
        self.form.introLabel.setText(self.intro())

    def intro(self) -> str:
        raise NotImplementedError  # each list step says what its list is for

    def _library_menu(self, entries: list[tuple[str, Callable[[], None]]], tooltip: str) -> QToolButton:
        """A "Bibliothèque" button under the introduction: each entry adds a typical record, then editable."""
        button = QToolButton(self)
        button.setObjectName("libraryButton")
        button.setText(self.tr("Ajouter depuis la &bibliothèque"))
        button.setToolTip(tooltip)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for title, add in entries:
            menu.addAction(title).triggered.connect(partial(_call, add))
        button.setMenu(menu)
        self.form.listStepLayout.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignLeft)
        # Reading order: the button at the top is the page's first Tab stop, before the list (a widget
        # made later would otherwise come last in the focus chain).
        # (QWidget.setTabOrder leaves this chain as it is: the list editor is moved behind the button by
        # taking it out of the page and putting it back.)
        host, editor = self.form.editorHostLayout, self.list_editor
        host.removeWidget(editor)
        editor.setParent(None)
        host.addWidget(editor)
        return button

    def _add_record(self, record: Any, text: str) -> None:
        items = self.list_editor._items()
        record.id = unique_id(record_title(record), (getattr(x, "id", "") for x in items))
        self.ctx.editor.append_item(items, record, text)
        self.list_editor.refresh()
        self.list_editor.select(record)
        self._focus_detail()

    def _install(self, list_editor: ListEditor, detail: QWidget) -> None:
        self.list_editor = list_editor
        list_editor.set_detail(detail)
        self.form.editorHostLayout.addWidget(list_editor)
        list_editor.current_changed.connect(self._show_current)
        list_editor.added.connect(lambda _record: self._focus_detail())

    def current(self) -> Any | None:
        return self.list_editor.current()

    def refresh(self) -> None:
        self.list_editor.refresh()
        self._show_current()

    def _show_current(self) -> None:
        self.binder.refresh()

    def _focus_detail(self) -> None:
        """After an add, the cursor goes where the user continues typing."""

    def _on_changed(self, target: object, attr: object) -> None:
        if attr is not None and self.list_editor.shows(target):
            self.list_editor.relabel(target)
            self.binder.refresh()
        else:
            self.refresh()
        self.completeness_changed.emit()


class ValuesStep(ListStep):
    step_title = str(QT_TRANSLATE_NOOP("ValuesStep", "Valeurs"))
    step_id = "values"
    problem_paths = ("dossier.charter.values",)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        values: Callable[[], list[Any]] = lambda: ctx.editor.dossier.charter.values  # noqa: E731
        editor = ListEditor(
            ctx.editor,
            values,
            list_label=self.tr("&Liste des valeurs :"),
            placeholder=self.tr("Nouvelle valeur, puis Entrée"),
            label_of=lambda v: v.title or "…",
            create=lambda ident, title: Value(id=ident, title=title),
            texts={
                "add": self.tr("Ajouter une valeur"),
                "remove": self.tr("Supprimer une valeur"),
                "move": self.tr("Déplacer une valeur"),
            },
        )
        self.detail = Ui_ValueDetail()
        detail_widget = QWidget()
        self.detail.setupUi(detail_widget)
        self._install(editor, detail_widget)
        self._add_library()
        cur = self.current
        self.binder.line(self.detail.titleEdit, cur, "title", self.tr("Modifier le titre de la valeur"), required=True)
        self.binder.plain(
            self.detail.descriptionEdit, cur, "description", self.tr("Modifier la description de la valeur")
        )
        self.refresh()

    def intro(self) -> str:
        return self.tr("Les valeurs et principes partagés : ce sur quoi les partenaires ne transigent pas.")

    def _add_library(self) -> None:
        self.library_button = self._library_menu(
            [(v.title, partial(self._add_value, v)) for v in library.typical_values()],
            self.tr("Des valeurs souvent retenues par les programmes de réussite éducative, à adapter"),
        )

    def _add_value(self, typical: library.TypicalValue) -> None:
        value = Value(id="", title=typical.title, description=typical.description)
        self._add_record(value, self.tr("Ajouter une valeur"))

    def _focus_detail(self) -> None:
        self.detail.descriptionEdit.setFocus()

    def missing(self) -> list[str]:
        values = self.ctx.editor.dossier.charter.values
        if not values:
            return [self.tr("au moins une valeur partagée")]
        return [self.tr("le titre de chaque valeur")] if not all(v.title.strip() for v in values) else []

    def is_complete(self) -> bool:
        values = self.ctx.editor.dossier.charter.values
        return bool(values) and all(v.title.strip() for v in values) and not self.has_errors()


class RulesStep(ListStep):
    step_title = str(QT_TRANSLATE_NOOP("RulesStep", "Règles"))
    step_id = "rules"
    problem_paths = ("dossier.charter.rules", "dossier.charter.glossary")

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        rules: Callable[[], list[Any]] = lambda: ctx.editor.dossier.charter.rules  # noqa: E731
        editor = ListEditor(
            ctx.editor,
            rules,
            list_label=self.tr("&Liste des règles (par thème) :"),
            placeholder=self.tr("Nouvelle règle, puis Entrée"),
            label_of=self._label_of,
            create=lambda ident, title: Rule(id=ident, title=title, topic=self._topic_for_new()),
            texts={
                "add": self.tr("Ajouter une règle"),
                "remove": self.tr("Supprimer une règle"),
                "move": self.tr("Déplacer une règle"),
            },
        )
        self.detail = Ui_RuleDetail()
        detail_widget = QWidget()
        self.detail.setupUi(detail_widget)
        self.detail.topicCombo.addItem(self.tr("(sans thème)"), None)
        for code, label in labels_i18n.rule_topics():
            self.detail.topicCombo.addItem(label, code)
        self._install(editor, detail_widget)
        self._add_library()
        self.glossary = GlossaryBox(ctx.editor)
        self.form.listStepLayout.addWidget(self.glossary, 1)
        cur, b = self.current, self.binder
        b.line(self.detail.titleEdit, cur, "title", self.tr("Modifier le titre de la règle"), required=True)
        b.combo(self.detail.topicCombo, cur, "topic", self.tr("Modifier le thème de la règle"))
        b.plain(self.detail.textEdit, cur, "text", self.tr("Modifier le texte de la règle"))
        self.refresh()

    def _add_library(self) -> None:
        self.library_button = self._library_menu(
            [(r.title, partial(self._add_rule, r)) for r in library.typical_rules()],
            self.tr("Des règles types (partage d'informations, confidentialité, décision), à adapter"),
        )

    def _add_rule(self, typical: library.TypicalRule) -> None:
        rule = Rule(id="", title=typical.title, text=typical.text, topic=typical.topic)
        self._add_record(rule, self.tr("Ajouter une règle"))

    def intro(self) -> str:
        return self.tr(
            "Les règles de fonctionnement, rangées par thème : partage d'informations, confidentialité, éthique, "
            "prise de décision…"
        )

    @staticmethod
    def _label_of(rule: Rule) -> str:
        topic = labels_i18n.rule_topic(rule.topic)
        return f"[{topic}] {rule.title}" if topic else rule.title or "…"

    @staticmethod
    def _topic_for_new() -> RuleTopic | None:
        # No theme until the user picks one: a new rule never inherits the previous rule's theme
        # (a second rule silently filed under "Partage d'informations" was a trap).
        return None

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "glossary"):  # built after the list: the first refresh comes from the base class
            self.glossary.sync()

    def _on_changed(self, target: object, attr: object) -> None:
        glossary = self.ctx.editor.dossier.charter.glossary
        if target is glossary or any(target is e for e in glossary):
            self.glossary.sync()
            self.completeness_changed.emit()
            return
        super()._on_changed(target, attr)

    def select_record(self, obj: object) -> bool:
        return isinstance(obj, GlossaryEntry) and self.glossary.select(obj)

    def _focus_detail(self) -> None:
        self.detail.textEdit.setFocus()

    def missing(self) -> list[str]:
        rules = self.ctx.editor.dossier.charter.rules
        if not rules:
            return [self.tr("au moins une règle de fonctionnement")]
        return [self.tr("le titre de chaque règle")] if not all(r.title.strip() for r in rules) else []

    def is_complete(self) -> bool:
        rules = self.ctx.editor.dossier.charter.rules
        return bool(rules) and all(r.title.strip() for r in rules) and not self.has_errors()


class ObjectivesStep(ListStep):
    step_title = str(QT_TRANSLATE_NOOP("ObjectivesStep", "Objectifs et indicateurs"))
    step_id = "objectives"
    problem_paths = ("dossier.charter.objectives",)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        objectives: Callable[[], list[Any]] = lambda: ctx.editor.dossier.charter.objectives  # noqa: E731
        editor = ListEditor(
            ctx.editor,
            objectives,
            list_label=self.tr("&Liste des objectifs :"),
            placeholder=self.tr("Nouvel objectif, puis Entrée"),
            label_of=lambda o: f"{o.title or '…'} ({len(o.indicators)})",
            create=lambda ident, title: Objective(id=ident, title=title),
            texts={
                "add": self.tr("Ajouter un objectif"),
                "remove": self.tr("Supprimer un objectif"),
                "move": self.tr("Déplacer un objectif"),
            },
            uses_of=lambda o: objective_uses(ctx.editor.dossier, o.id),
        )
        # Titles wrap in the list: the indicator table beside it gets the width (issue 21).
        buttons = editor.form.moveLayout.sizeHint().width()  # « Monter », « Descendre », « Supprimer » whole
        editor.form.masterPanel.setMaximumWidth(max(editor.fontMetrics().averageCharWidth() * 34, buttons))
        self.detail = Ui_ObjectiveDetail()
        detail_widget = QWidget()
        self.detail.setupUi(detail_widget)
        self._install(editor, detail_widget)
        self._add_library()
        cur, b, d = self.current, self.binder, self.detail
        b.line(d.titleEdit, cur, "title", self.tr("Modifier le titre de l'objectif"), required=True)
        b.plain(d.descriptionEdit, cur, "description", self.tr("Modifier la description de l'objectif"))
        columns = [
            Column(self.tr("Indicateur"), "name", self.tr("Modifier le nom de l'indicateur"), required=True),
            Column(self.tr("Valeur de départ"), "baseline", self.tr("Modifier la valeur de départ")),
            Column(self.tr("Cible"), "target", self.tr("Modifier la cible de l'indicateur")),
            Column(self.tr("Source"), "source", self.tr("Modifier la source de l'indicateur")),
            Column(self.tr("Fréquence"), "frequency", self.tr("Modifier la fréquence de mesure")),
        ]
        self.indicators = ListTableModel(ctx.editor, columns, lambda: o.indicators if (o := cur()) else None)
        setup_table(d.indicatorTable, self.indicators, 0)
        d.addIndicatorButton.clicked.connect(self.add_indicator)
        d.newIndicatorEdit.returnPressed.connect(self.add_indicator)
        d.removeIndicatorButton.clicked.connect(self.remove_indicator)
        self.refresh()

    def _add_library(self) -> None:
        self.library_button = self._library_menu(
            [(i.name, partial(self.add_typical_indicator, i)) for i in library.typical_indicators()],
            self.tr("Des indicateurs types pour l'objectif choisi (valeur de départ, cible, source, fréquence)"),
        )

    def add_typical_indicator(self, typical: library.TypicalIndicator) -> None:
        objective = self.current()
        if objective is None:
            dialogs.show_error(
                self, self.tr("Aucun objectif"), self.tr("Choisissez d'abord l'objectif que cet indicateur suit.")
            )
            return
        taken = (ind.id for ind in self.ctx.editor.dossier.charter.indicators())
        indicator = Indicator(
            id=unique_id(typical.name, taken, "indicateur"),
            name=typical.name,
            baseline=typical.baseline,
            target=typical.target,
            source=typical.source,
            frequency=typical.frequency,
        )
        self.ctx.editor.append_item(objective.indicators, indicator, self.tr("Ajouter un indicateur"))
        self.indicators.sync()
        select_item(self.detail.indicatorTable, self.indicators, indicator)

    def intro(self) -> str:
        return self.tr(
            "Les objectifs déclinent le but commun ; chaque objectif a ses indicateurs de suivi, décidés dès le départ."
        )

    def _show_current(self) -> None:
        super()._show_current()
        self.indicators.sync()
        has = self.current() is not None
        for w in (
            self.detail.indicatorTable,
            self.detail.newIndicatorEdit,
            self.detail.addIndicatorButton,
            self.detail.removeIndicatorButton,
        ):
            w.setEnabled(has)
        button = getattr(self, "library_button", None)
        if button is not None:
            # Typical indicators belong to an objective: no dead end (an error) when there is none yet.
            chosen = self.current() is not None
            button.setEnabled(chosen)
            button.setToolTip(
                self.tr("Des indicateurs types pour l'objectif choisi (valeur de départ, cible, source, fréquence)")
                if chosen
                else self.tr(
                    "Ajoutez d'abord un objectif (champ « Nouvel objectif ») : les indicateurs types se "
                    "rattachent à un objectif."
                )
            )

    def _on_changed(self, target: object, attr: object) -> None:
        objective = self.current()
        if objective is not None and (target is objective.indicators or any(target is i for i in objective.indicators)):
            self.indicators.sync()
            self.list_editor.relabel(objective)
            self.completeness_changed.emit()
            return
        super()._on_changed(target, attr)

    def _focus_detail(self) -> None:
        self.detail.newIndicatorEdit.setFocus()

    def add_indicator(self) -> None:
        objective = self.current()
        name = self.detail.newIndicatorEdit.text().strip()
        if objective is None or not name:
            self.detail.newIndicatorEdit.setFocus()
            return
        taken = (ind.id for ind in self.ctx.editor.dossier.charter.indicators())  # ids unique across objectives
        indicator = Indicator(id=unique_id(name, taken, "indicateur"), name=name)
        self.ctx.editor.append_item(objective.indicators, indicator, self.tr("Ajouter un indicateur"))
        self.detail.newIndicatorEdit.clear()
        self.indicators.sync()
        select_item(self.detail.indicatorTable, self.indicators, indicator)

    def remove_indicator(self) -> None:
        objective = self.current()
        row = self.detail.indicatorTable.currentIndex().row()
        if objective is None or not 0 <= row < len(objective.indicators):
            return
        indicator = objective.indicators[row]
        uses = indicator_uses(self.ctx.editor.dossier, indicator.id)
        if uses:
            dialogs.show_error(
                self,
                self.tr("Indicateur encore cité"),
                self.tr("« {name} » est encore cité ici :\n{uses}\n\nRetirez-le d'abord de ces conventions.").format(
                    name=indicator.name, uses="\n".join(f"• {u}" for u in uses)
                ),
            )
            return
        self.ctx.editor.remove_item(objective.indicators, row, self.tr("Retirer un indicateur"))
        self.indicators.sync()

    def missing(self) -> list[str]:
        objectives = self.ctx.editor.dossier.charter.objectives
        if not objectives:
            return [self.tr("au moins un objectif, avec ses indicateurs")]
        return [
            self.tr("« {name} » : au moins un indicateur").format(name=o.title or "…")
            for o in objectives
            if not o.indicators
        ]

    def is_complete(self) -> bool:
        objectives = self.ctx.editor.dossier.charter.objectives
        return bool(objectives) and all(o.indicators for o in objectives) and not self.has_errors()
