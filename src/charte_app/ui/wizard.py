"""The wizard for one dossier: a side list of steps, the current page, its problems and its guidance.

Non-linear: any step at any time, or one after the other with "Précédent" and
"Suivant". Each step in the list shows whether it is complete (a tick means
complete, a circle "to complete", a dash "nothing to fill in for this dossier",
and the same in words for screen readers). Under the list, "Ce qui manque
encore" names what each step still lacks, each line a link to its step.
Problems found by the domain's validation are mapped to steps by their path and
shown under the page (never above it: a message appearing must not move the
fields under the user's pointer), in French, with the faulty item named.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from charte_app.domain import Dossier, Problem
from charte_app.domain.completeness import Gap, blocking, check

from .generated.ui_wizard import Ui_WizardView
from .i18n import plural
from .steps.base import StepContext, StepPage
from .steps.registry import CHARTER_STEP_IDS, Step, step_classes
from .validation_i18n import translate_message
from .widgets.checked_field import reserve_line
from .widgets.fit import fit_line_edits
from .widgets.focus import show_focus
from .widgets.problems_box import ProblemsBox
from .widgets.tab_text import keep_tab_titles_whole

#: How long after the last edit the step statuses are recomputed (validation of the whole dossier).
STATUS_DELAY_MS = 150

_SEGMENT = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _field_names() -> dict[str, str]:
    return {
        "id": QCoreApplication.translate("Wizard", "identifiant"),
        "title": QCoreApplication.translate("Wizard", "titre"),
        "name": QCoreApplication.translate("Wizard", "nom"),
        "siret": QCoreApplication.translate("Wizard", "SIRET"),
        "email": QCoreApplication.translate("Wizard", "courriel"),
        "members": QCoreApplication.translate("Wizard", "membres"),
        "signatories": QCoreApplication.translate("Wizard", "signataires"),
        "months": QCoreApplication.translate("Wizard", "durée"),
        "partner": QCoreApplication.translate("Wizard", "partenaire"),
        "objectives": QCoreApplication.translate("Wizard", "objectifs"),
        "indicators": QCoreApplication.translate("Wizard", "indicateurs"),
    }


def describe(dossier: Dossier, problem: Problem) -> str:
    """A problem in words: "Partenaire « Ville de Reims » – SIRET : un SIRET compte…"."""
    where: list[str] = []
    obj: object = dossier
    field = ""
    for key, index in _SEGMENT.findall(problem.path.removeprefix("dossier").lstrip(".")):
        obj = getattr(obj, key, None)
        field = key
        if index and isinstance(obj, list) and int(index) < len(obj):
            obj = obj[int(index)]
            label = getattr(obj, "label", None) or getattr(obj, "title", None) or getattr(obj, "name", None)
            if isinstance(label, str) and label:
                where.append(f"« {label} »")
    name = _field_names().get(field, "")
    prefix = " – ".join(where + ([name] if name else []))
    message = translate_message(problem.message)  # the domain speaks French; the UI may not
    return _colon(prefix, message) if prefix else message


def _colon(before: str, after: str) -> str:
    """ "Partenaire : …" in French (a space before the colon), "Partner: …" in English."""
    return QCoreApplication.translate("Wizard", "{before} : {after}").format(before=before, after=after)


def _joined(parts: list[str]) -> str:
    """Items of a list in a sentence: " ; " in French, "; " in English."""
    return QCoreApplication.translate("Wizard", " ; ").join(parts)


def _errors_text(count: int) -> str:
    """ "1 problème à corriger" / "3 problèmes à corriger": French plural without "(s)"."""
    if count == 1:
        return QCoreApplication.translate("Wizard", "1 problème à corriger")
    return QCoreApplication.translate("Wizard", "%n problèmes à corriger", "", count)


def tidy_lists(root: QWidget) -> None:
    """Long titles wrap in lists instead of hiding behind a horizontal scroll bar."""
    for widget in root.findChildren(QListWidget):
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setWordWrap(True)
        widget.setResizeMode(QListWidget.ResizeMode.Adjust)


class WizardView(QWidget):
    """Steps of one dossier; pages write through the editor held by ``ctx``."""

    # The step shown changed (its ``step_id``): the window remembers it for the next launch.
    step_changed = Signal(str)

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_WizardView()
        self.form.setupUi(self)
        f = self.form
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STATUS_DELAY_MS)
        self._timer.timeout.connect(self.update_status)
        self._classes: list[Step] = step_classes()
        self._built: list[StepPage | None] = [None] * len(self._classes)
        self._scrolls: list[QScrollArea] = []
        self._gaps: list[Gap] | None = None  # the documents' gaps at the latest status update
        for cls in self._classes:
            # Each page scrolls on its own: one wide page never widens the window for every step.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scrolls.append(scroll)
            f.pages.addWidget(scroll)
            f.stepList.addItem(QListWidgetItem())
            if not cls.step_title:
                self._page_at(len(self._scrolls) - 1)  # no title known before it exists: build it now
        self._fit_step_list()
        # A long summary scrolls rather than making the window taller than the screen.
        self._scroll_missing()
        f.wizardLayout.setContentsMargins(6, 4, 6, 0)
        f.splitter.setStretchFactor(0, 0)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setStretchFactor(2, 0)
        f.splitter.setSizes([210, 820, 300])
        self._style_heading()
        show_focus(self)  # the focused text box or list shows it (keyboard users)
        f.problemsLabel.setStyleSheet("color: #8a1c1c;")
        self._place_problems()
        ctx.editor.changed.connect(lambda *_: self._timer.start())
        ctx.editor.reloaded.connect(self._reloaded)
        f.stepList.currentRowChanged.connect(self.show_step)
        f.previousButton.clicked.connect(self.previous_step)
        f.nextButton.clicked.connect(self.next_step)
        f.missingLabel.linkActivated.connect(self._follow_link)
        f.stepList.setCurrentRow(0)
        self.update_status()
        # The other pages are built one per turn of the event loop once the wizard has been painted
        # (see paintEvent), so the first paint does not wait for them and the side list soon shows
        # every step's state.
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_next)
        self._idle_pending = True

    # --- pages, built when first needed --------------------------------------------
    @property
    def pages(self) -> list[StepPage]:
        """Every step's page, in order (builds those not built yet)."""
        return [self._page_at(row) for row in range(len(self._classes))]

    def _page_at(self, row: int) -> StepPage:
        page = self._built[row]
        if page is None:
            page = self._classes[row](self.ctx)
            page.defer_when_hidden = True
            if page.step_id in CHARTER_STEP_IDS:
                tidy_lists(page)
            fit_line_edits(page)
            keep_tab_titles_whole(page)  # « Évaluation » keeps its accent on an unselected tab
            for label in page.findChildren(QLabel):
                if label.objectName().endswith("Message"):
                    reserve_line(label)  # a message appearing never moves the fields below it
            page.completeness_changed.connect(self._timer.start)
            self._scrolls[row].setWidget(page)
            self._built[row] = page
            self._timer.start()  # its state joins the side list
        return page

    def _build_next(self) -> None:
        row = next((i for i, p in enumerate(self._built) if p is None), None)
        if row is None:
            self._idle.stop()
            return
        self._page_at(row)

    def _title_of(self, row: int) -> str:
        page = self._built[row]
        if page is not None:
            return page.title()
        return self._classes[row].translated_title()

    def _fit_step_list(self) -> None:
        """The side list fits "10. Conventions" on one line; longer titles wrap rather than hide."""
        steps = self.form.stepList
        steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        steps.setWordWrap(True)
        steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        icon = self._icon_size()
        steps.setIconSize(QSize(icon, icon))  # every mark the same size, so the titles line up
        sample = steps.fontMetrics().horizontalAdvance("4. Objectifs et indic")
        steps.setMinimumWidth(sample + icon + 2 * steps.frameWidth() + 20)

    def _fit_step_list_height(self) -> None:
        """The list is as tall as its steps, so "Ce qui manque encore" gets the room under it."""
        steps = self.form.stepList
        steps.doItemsLayout()  # wrapped titles measured at the list's current width
        rows = sum(steps.visualItemRect(steps.item(row)).height() for row in range(steps.count()))
        line = steps.fontMetrics().lineSpacing()
        # One line of slack: a title wrapping once the list is narrower must not bring a scroll bar.
        steps.setMinimumHeight(rows + 2 * steps.frameWidth() + 2)
        steps.setMaximumHeight(rows + line + 2 * steps.frameWidth())

    def _scroll_missing(self) -> None:
        f = self.form
        index = f.sideLayout.indexOf(f.missingLabel)
        f.sideLayout.removeWidget(f.missingLabel)
        box = QScrollArea()
        box.setObjectName("missingBox")
        box.setWidgetResizable(True)
        box.setFrameShape(QFrame.Shape.NoFrame)
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setWidget(f.missingLabel)
        f.sideLayout.insertWidget(index, box, 1)

    def _place_problems(self) -> None:
        """Problems go between "Précédent" and "Suivant", in a box of fixed height.

        Its room is reserved whether or not there is something to say: problems appearing as the
        user types never move the page (the next click lands where the user aimed). It shows the
        problems that fit whole and « Tout voir » opens the whole list (issue 21: nothing is cut).
        """
        f = self.form
        f.centerLayout.removeWidget(f.problemsLabel)
        box = ProblemsBox(f.problemsLabel)
        index = f.navLayout.indexOf(f.navSpacer)
        f.navLayout.removeItem(f.navSpacer)
        f.navLayout.insertWidget(index, box, 1)
        for button in (f.previousButton, f.nextButton):
            f.navLayout.setAlignment(button, Qt.AlignmentFlag.AlignVCenter)
        self.problems_box = box

    def _fit_problems_box(self) -> None:
        self.problems_box.fit_height()

    def _style_heading(self) -> None:
        heading = self.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        self.form.stepTitleLabel.setFont(heading)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._idle_pending:
            self._idle_pending = False
            self._idle.start()
        super().paintEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # "mode réunion"
            self._fit_step_list()
            self._fit_step_list_height()
            self._fit_problems_box()
            self._style_heading()
        super().changeEvent(event)

    # --- navigation ------------------------------------------------------------
    def current_page(self) -> StepPage:
        return self._page_at(self.form.stepList.currentRow())

    def _row_of(self, step_id: str) -> int:
        return next(i for i, cls in enumerate(self._classes) if cls.step_id == step_id)

    def page(self, step_id: str) -> StepPage:
        return self._page_at(self._row_of(step_id))

    def go_to(self, step_id: str) -> None:
        self.form.stepList.setCurrentRow(self._row_of(step_id))

    def show_step(self, row: int) -> None:
        if not 0 <= row < len(self._classes):
            return
        page = self._page_at(row)
        self.form.pages.setCurrentIndex(row)
        self.form.stepTitleLabel.setText(f"{row + 1}. {page.title()}")
        self.form.guidanceBrowser.setHtml(page.guidance())
        self.form.previousButton.setEnabled(row > 0)
        self.form.nextButton.setEnabled(row < len(self._classes) - 1)
        self._show_problems(page)
        self.step_changed.emit(self._classes[row].step_id)

    def current_step_id(self) -> str:
        return self._classes[max(self.form.stepList.currentRow(), 0)].step_id

    def has_step(self, step_id: str) -> bool:
        return any(cls.step_id == step_id for cls in self._classes)

    def next_step(self) -> None:
        self.form.stepList.setCurrentRow(min(self.form.stepList.currentRow() + 1, len(self._classes) - 1))

    def previous_step(self) -> None:
        self.form.stepList.setCurrentRow(max(self.form.stepList.currentRow() - 1, 0))

    def _follow_link(self, link: str) -> None:
        """A line of "Ce qui manque encore": ``step:<id>`` opens that step."""
        kind, _, step_id = link.partition(":")
        if kind == "step" and any(cls.step_id == step_id for cls in self._classes):
            self.go_to(step_id)
            self.current_page().setFocus()

    def reveal(self, target: object, attr: str | None) -> str | None:
        """Open the step (and select the record, focus the field) where ``target.attr`` is edited.

        Returns the step's "N. Titre" (None when the object is no longer in the dossier), so the
        user is told where an undo or a redo happened.
        """
        editor = self.ctx.editor
        path = editor.path_of(target, attr)
        if path is None:
            return None
        row = next((r for r in range(len(self._classes)) if self._page_at(r).owns(path)), None)
        if row is None:
            return None
        self.form.stepList.setCurrentRow(row)
        page = self._page_at(row)
        widget = page.reveal(editor.chain_of(target), attr)
        if widget is not None and widget.isEnabled():
            # The field's own tab first (governance, conventions): a hidden field cannot take the focus.
            parent = widget.parentWidget()
            while parent is not None and parent is not page:
                stack = parent.parentWidget()
                if isinstance(stack, QStackedWidget) and stack.parentWidget() is not None:
                    tabs = stack.parentWidget()
                    if isinstance(tabs, QTabWidget):
                        tabs.setCurrentWidget(parent)
                parent = stack
            widget.setFocus()
        return f"{row + 1}. {page.title()}"

    def set_guidance_visible(self, visible: bool) -> None:
        self.form.guidanceBox.setVisible(visible)

    # --- status ------------------------------------------------------------------
    def _reloaded(self) -> None:
        self.form.dossierLabel.setText(self.ctx.editor.dossier.title)
        self.update_status()

    def update_status(self) -> None:
        """Completeness icon and accessible text of every step; problems of the current one."""
        self._timer.stop()
        style = self.style()
        done = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        todo = self._todo_icon()
        not_needed = self._not_needed_icon()
        summary: list[str] = []
        wrong = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        gaps = self.approval_gaps()
        self._gaps = gaps
        for row, page in enumerate(self._built):
            item = self.form.stepList.item(row)
            if page is None:  # not built yet: its title only, its state comes once built
                text = f"{row + 1}. {self._title_of(row)}"
                if item.text() != text:
                    item.setText(text)
                item.setIcon(todo)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                continue
            errors = [p for p in page.problems() if p.severity == "error"]
            needed = page.needs_input()
            missing = self._missing_of(page, gaps) if needed else []
            complete = needed and page.is_complete() and not missing
            title = f"{row + 1}. {page.title()}"
            if errors or missing:
                lacks = [_errors_text(len(errors))] if errors else []
                # Every point, whole: the list scrolls and wraps, it never ends with « … » (issue 21).
                link = f"<a href='step:{page.step_id}'>{html.escape(title)}</a>"
                summary.append(f"<li>{_colon(link, html.escape(_joined(lacks + missing)))}</li>")
            if errors:
                icon, state = (
                    wrong,
                    _errors_text(len(errors)),
                )
            elif not needed:
                icon, state = not_needed, self._not_needed_text(page)
            elif complete:
                icon, state = done, QCoreApplication.translate("Wizard", "complète")
            else:
                icon = todo
                state = (
                    QCoreApplication.translate("Wizard", "à compléter : {what}").format(what=_joined(missing))
                    if missing
                    else QCoreApplication.translate("Wizard", "à compléter")
                )
            text = title
            if item.text() != text:
                item.setText(text)
            item.setIcon(icon)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} – {state}")
            item.setToolTip(state)
            item.setData(
                Qt.ItemDataRole.UserRole,
                "not_needed" if not needed and not errors else "complete" if complete and not errors else "incomplete",
            )
        summary += self._approval_summary()
        self._show_missing(summary)
        self._fit_step_list_height()
        self.form.dossierLabel.setText(self.ctx.editor.dossier.title)
        self._show_problems(self.current_page())

    def _missing_of(self, page: StepPage, gaps: list[Gap]) -> list[str]:
        """What the step lacks: its own list, else what the documents' check finds in its fields.

        A tick means complete by the same rules as the check that refuses an approved version
        (``domain.completeness``): an indicator with a name only, a rule without its text, a
        convention without dates or money, a date typed that is not a date keep the step unticked."""
        missing = page.missing()
        if missing:
            return missing
        seen: list[str] = []
        for gap in gaps:
            if page.owns(gap.path):
                line = f"{gap.article} – {translate_message(gap.message)}"
                if line not in seen:
                    seen.append(line)
        return seen

    def _not_needed_text(self, page: StepPage) -> str:
        """Why a step shows « – » (its tooltip and what screen readers say)."""
        if page.step_id == "conventions":
            return QCoreApplication.translate(
                "Wizard", "rien à remplir pour ce dossier : il n'a pas de convention (elles sont facultatives)"
            )
        if page.step_id == "preview":
            return self.readiness()
        return QCoreApplication.translate("Wizard", "rien à remplir pour ce dossier")

    def readiness(self) -> str:
        """Whether the documents can be approved now (step 11 says it, in the list and under its page)."""
        gaps = self._approval_gaps_now()
        if not gaps:
            return QCoreApplication.translate(
                "Wizard", "rien à remplir ici ; les documents sont prêts à être approuvés (créez une version)"
            )
        n = len(gaps)
        return plural(
            QCoreApplication.translate(
                "Wizard", "rien à remplir ici ; avant d'approuver les documents, %n points restent à compléter", "", n
            ),
            "rien à remplir ici ; avant d'approuver les documents, %n point reste à compléter",
            n,
        )

    def approval_gaps(self) -> list[Gap]:
        """What keeps the documents from an approved version (``domain.completeness``: the service's own list)."""
        return blocking(check(self.ctx.editor.dossier))

    def _approval_gaps_now(self) -> list[Gap]:
        """The gaps of the latest status update (computed once per update, not once per step)."""
        return self._gaps if self._gaps is not None else self.approval_gaps()

    def _approval_summary(self) -> list[str]:
        """One line per document with blocking gaps, linked to the step of its first gap."""
        by_document: dict[str, list[Gap]] = {}
        for gap in self._approval_gaps_now():
            by_document.setdefault(gap.document_title, []).append(gap)
        lines: list[str] = []
        for title, gaps in by_document.items():
            n = len(gaps)
            articles: list[str] = []
            for gap in gaps:
                if gap.article not in articles:
                    articles.append(gap.article)
            # Every article named, whole (the list wraps and scrolls; it never ends with « … »).
            what = plural(
                QCoreApplication.translate("Wizard", "avant validation, %n points : {articles}", "", n),
                "avant validation, %n point : {articles}",
                n,
            ).format(articles=_joined(articles))
            owner = next((page for page in self._built if page is not None and page.owns(gaps[0].path)), None)
            head = html.escape(title)
            if owner is not None:
                head = f"<a href='step:{owner.step_id}'>{head}</a>"
            lines.append(f"<li>{_colon(head, html.escape(what))}</li>")
        return lines

    def _show_missing(self, summary: list[str]) -> None:
        label = self.form.missingLabel
        if summary:
            text = f"<ul style='margin-left:0; -qt-list-indent:0'>{''.join(summary)}</ul>"
        elif any(page is None for page in self._built):
            text = ""  # still building pages: not known yet
        else:
            text = html.escape(QCoreApplication.translate("Wizard", "Rien : toutes les étapes sont complètes."))
        if label.text() != text:
            label.setText(text)
            label.setAccessibleDescription(label.text())

    def missing_texts(self) -> list[str]:
        """ "Ce qui manque encore", one line per step, as plain text (for tests and screen readers)."""
        lines = []
        gaps = self.approval_gaps()
        for row, page in enumerate(self._built):
            if page is None or not page.needs_input():
                continue
            errors = sum(1 for p in page.problems() if p.severity == "error")
            lacks = [_errors_text(errors)] if errors else []
            lacks += self._missing_of(page, gaps)
            if lacks:
                lines.append(_colon(f"{row + 1}. {page.title()}", _joined(lacks)))
        return lines + [gap.line() for gap in gaps]

    def _not_needed_icon(self) -> QIcon:
        """A short grey dash: nothing to fill in here, neither done nor to do."""
        size = self._icon_size()
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8a8a8a"), max(1.5, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(size * 0.3, size / 2), QPointF(size * 0.7, size / 2))
        painter.end()
        return QIcon(pixmap)

    def _icon_size(self) -> int:
        return max(16, self.form.stepList.fontMetrics().height())

    def _todo_icon(self) -> QIcon:
        """A hollow circle: "to complete", the same size as the other marks so titles stay aligned."""
        size = self._icon_size()
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8a8a8a"), max(1.5, size / 10)))
        margin = size * 0.2
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        painter.end()
        return QIcon(pixmap)

    def _show_problems(self, page: StepPage) -> None:
        problems = page.problems()
        label = self.form.problemsLabel
        missing = page.missing() if page.needs_input() else []
        lacking = (
            "<p style='color:palette(text)'>"
            + html.escape(
                QCoreApplication.translate("Wizard", "Pour terminer cette étape, il manque : {what}.")
            ).format(what=html.escape(_joined(missing)))
            + "</p>"
            if missing
            else ""
        )
        if not problems:
            self.problems_box.set_content("", [], lacking)
            label.setVisible(bool(lacking))
            return
        dossier = self.ctx.editor.dossier
        lines = []
        for p in problems:
            mark = (
                QCoreApplication.translate("Wizard", "À corriger")
                if p.severity == "error"
                else QCoreApplication.translate("Wizard", "À vérifier")
            )
            lines.append(f"<b>{html.escape(mark)}</b> – {html.escape(describe(dossier, p))}")
        blocking = any(p.severity == "error" for p in problems)
        head = (
            QCoreApplication.translate(
                "Wizard", "Le dossier est enregistré ; à corriger avant de créer une version ou d'imprimer :"
            )
            if blocking
            else QCoreApplication.translate("Wizard", "Points à vérifier (le dossier est enregistré) :")
        )
        self.problems_box.set_content(head, lines, lacking)
        label.show()

    def problem_texts(self) -> list[str]:
        """The problems shown for the current step, as plain text (for tests and screen readers)."""
        dossier = self.ctx.editor.dossier
        return [describe(dossier, p) for p in self.current_page().problems()]
