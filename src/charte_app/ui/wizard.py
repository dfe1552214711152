"""The wizard for one dossier: a side list of steps, the current page, its problems and its guidance.

Non-linear: any step at any time. Each step in the list shows whether it is
complete (icon, and the same in words for screen readers). Problems found by
the domain's validation are mapped to steps by their path and shown above the
page, in French, with the faulty item named.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QScrollArea, QStyle, QWidget

from charte_app.domain import Dossier, Problem

from .generated.ui_wizard import Ui_WizardView
from .steps.base import StepContext, StepPage
from .steps.registry import CHARTER_STEPS, Step, step_classes
from .widgets.fit import fit_line_edits

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
    return f"{prefix} : {problem.message}" if prefix else problem.message


def tidy_lists(root: QWidget) -> None:
    """Long titles wrap in lists instead of hiding behind a horizontal scroll bar."""
    for widget in root.findChildren(QListWidget):
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setWordWrap(True)
        widget.setResizeMode(QListWidget.ResizeMode.Adjust)


class WizardView(QWidget):
    """Steps of one dossier; pages write through the editor held by ``ctx``."""

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
        f.wizardLayout.setContentsMargins(6, 4, 6, 0)
        f.splitter.setStretchFactor(0, 0)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setStretchFactor(2, 0)
        f.splitter.setSizes([210, 820, 300])
        self._style_heading()
        f.problemsLabel.setStyleSheet("color: #8a1c1c;")
        ctx.editor.changed.connect(lambda *_: self._timer.start())
        ctx.editor.reloaded.connect(self._reloaded)
        f.stepList.currentRowChanged.connect(self.show_step)
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
            if type(page) in CHARTER_STEPS:
                tidy_lists(page)
            fit_line_edits(page)
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
        self._show_problems(page)

    def next_step(self) -> None:
        self.form.stepList.setCurrentRow(min(self.form.stepList.currentRow() + 1, len(self._classes) - 1))

    def previous_step(self) -> None:
        self.form.stepList.setCurrentRow(max(self.form.stepList.currentRow() - 1, 0))

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
        wrong = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
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
            complete = page.is_complete()
            if errors:
                icon, state = (
                    wrong,
                    QCoreApplication.translate("Wizard", "{count} problème(s) à corriger").format(count=len(errors)),
                )
            elif complete:
                icon, state = done, QCoreApplication.translate("Wizard", "complète")
            else:
                icon, state = todo, QCoreApplication.translate("Wizard", "à compléter")
            text = f"{row + 1}. {page.title()}"
            if item.text() != text:
                item.setText(text)
            item.setIcon(icon)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} – {state}")
            item.setToolTip(state)
            item.setData(Qt.ItemDataRole.UserRole, "complete" if complete and not errors else "incomplete")
        self.form.dossierLabel.setText(self.ctx.editor.dossier.title)
        self._show_problems(self.current_page())

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
        if not problems:
            label.clear()
            label.hide()
            return
        dossier = self.ctx.editor.dossier
        lines = []
        for p in problems[:8]:
            mark = (
                QCoreApplication.translate("Wizard", "À corriger")
                if p.severity == "error"
                else QCoreApplication.translate("Wizard", "À vérifier")
            )
            lines.append(f"<li><b>{html.escape(mark)}</b> – {html.escape(describe(dossier, p))}</li>")
        if len(problems) > 8:
            lines.append(
                f"<li>{html.escape(QCoreApplication.translate('Wizard', '… et {count} autre(s)').format(count=len(problems) - 8))}</li>"
            )
        blocking = any(p.severity == "error" for p in problems)
        head = (
            QCoreApplication.translate(
                "Wizard", "Le dossier est enregistré ; à corriger avant de créer une version ou d'imprimer :"
            )
            if blocking
            else QCoreApplication.translate("Wizard", "Points à vérifier (le dossier est enregistré) :")
        )
        label.setText(f"{html.escape(head)}<ul style='margin:0'>{''.join(lines)}</ul>")
        label.setAccessibleDescription(label.text())
        label.show()

    def problem_texts(self) -> list[str]:
        """The problems shown for the current step, as plain text (for tests and screen readers)."""
        dossier = self.ctx.editor.dossier
        return [describe(dossier, p) for p in self.current_page().problems()]
