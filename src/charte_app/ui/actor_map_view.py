"""The actor map on screen (partners step): a ``QGraphicsView`` of the domain's one layout.

The scene is built from :func:`charte_app.domain.actor_map.layout`, the very data the PDF, DOCX,
SVG and PNG renderings draw (:mod:`charte_app.documents.actor_map_drawing`): the same positions,
radii, colours, dash patterns, label boxes and legend, in the same canvas units (the view only
scales them). Nothing is laid out here, so screen and paper never disagree.

Editing goes through the :class:`DossierEditor` like every step: dragging a node stores its
``map`` position (one undo step, autosaved), « Réorganiser » forgets the stored positions (one
undo step), adding an actor or a link appends to ``dossier.actors`` / ``dossier.links`` with the
operations the partners table uses too (:func:`add_actor`, :func:`add_link`).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charte_app.domain.actor_map import CENTRE, MapLayout, MapNode, fields_grid, homonyms, layout
from charte_app.domain.labels import PARTNER_KINDS, guess_partner_kind
from charte_app.domain.model import MAP_SIZE, Actor, Dossier, Link, MapPosition, Partner

from .editor import DossierEditor
from .ids import unique_id

LINK_KINDS = ("information", "joint_action", "funding", "staff", "premises", "other")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActorMapView", text)


def add_actor(editor: DossierEditor, name: str, kind: str | None = None) -> Actor | None:
    """Append a non-partner actor (status « à inviter »): one undo step. The map and the table call it."""
    name = name.strip()
    if not name:
        return None
    dossier = editor.dossier
    taken = [p.id for p in dossier.partners] + [a.id for a in dossier.actors]
    actor = Actor(id=unique_id(name, taken, "acteur"), name=name, kind=kind or guess_partner_kind(name))  # type: ignore[arg-type]
    actor.status = "to_invite"
    editor.append_item(dossier.actors, actor, _tr("Ajouter l'acteur « {name} »").format(name=name))
    return actor


def add_link(editor: DossierEditor, source: str, to: str, kind: str, label: str = "") -> Link | None:
    """Append a link between two partners or actors: one undo step. Refused (None) from a node to itself."""
    if not source or not to or source == to:
        return None
    dossier = editor.dossier
    link = Link(id=unique_id(f"lien-{source}-{to}", [k.id for k in dossier.links], "lien"), source=source, to=to)
    link.kind = kind  # type: ignore[assignment]
    if label.strip():
        link.label = label.strip()
    editor.append_item(dossier.links, link, _tr("Ajouter un lien sur la carte"))
    return link


def reorganise(editor: DossierEditor) -> None:
    """Forget every stored position: the rings place every node again (one undo step)."""
    dossier = editor.dossier
    records: list[Partner | Actor] = [*dossier.partners, *dossier.actors]
    placed = [r for r in records if r.map is not None]
    if not placed:
        return
    with editor.macro(_tr("Réorganiser la carte")):
        for record in placed:
            editor.set_field(record, "map", None, _tr("Réorganiser la carte"))


def merge_homonyms(editor: DossierEditor) -> int:
    """Merge each actor named as a partner into that partner (one undo step): its links move to the
    partner (a link that would join the partner to itself goes), its fields of action join the
    partner's, the actor goes. Returns how many actors were merged."""
    dossier = editor.dossier
    pairs = homonyms(dossier)
    if not pairs:
        return 0
    text = _tr("Fusionner les acteurs homonymes des partenaires")
    with editor.macro(text):
        for actor_id, partner_id in pairs:
            actor = next(a for a in dossier.actors if a.id == actor_id)
            partner = dossier.partner(partner_id)
            assert partner is not None
            for link in list(dossier.links):
                source = partner_id if link.source == actor_id else link.source
                to = partner_id if link.to == actor_id else link.to
                if source == to:
                    editor.remove_item(dossier.links, dossier.links.index(link), text)
                    continue
                if source != link.source:
                    editor.set_field(link, "source", source, text)
                if to != link.to:
                    editor.set_field(link, "to", to, text)
            known = {f.casefold() for f in partner.fields_of_action}
            added = [f for f in actor.fields_of_action if f.casefold() not in known]
            if added:
                editor.set_field(partner, "fields_of_action", [*partner.fields_of_action, *added], text)
            editor.remove_item(dossier.actors, dossier.actors.index(actor), text)
    return len(pairs)


class _NodeItem(QGraphicsEllipseItem):
    """A partner or an actor: dragged, it tells the view where it was dropped."""

    def __init__(self, node: MapNode, view: ActorMapView) -> None:
        r = node.radius
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.node = node
        self.view = view
        self.setPos(node.x, node.y)
        movable = node.role in ("partner", "actor")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, movable)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(node.name)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (self.pos() - QPointF(self.node.x, self.node.y)).manhattanLength() > 0.5:
            self.view.node_moved(self.node, self.pos().x(), self.pos().y())


class _MapGraphicsView(QGraphicsView):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            return
        super().wheelEvent(event)


class ActorMapView(QWidget):
    """Toolbar (zoom, fit, « Réorganiser », add actor, add link, export) and the map."""

    #: Emitted after the scene was rebuilt (tests and the benchmark wait on it).
    rebuilt = Signal()

    def __init__(self, editor: DossierEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.result: MapLayout | None = None
        self.items: dict[str, _NodeItem] = {}
        self.fit_rect = QRectF()
        self.scene = QGraphicsScene(self)
        self.view = _MapGraphicsView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Panned by dragging the background: scroll bars appearing after a fit would crop what it fitted.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setBackgroundBrush(QColor("#ffffff"))
        # Adding an actor or a link: the buttons in the corner of the partners step's tabs, seen from the
        # table and from the map alike (one operation wherever it starts).
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("zoom_in", self.tr("Zoom +"), lambda: self.zoom(1.25)),
            ("zoom_out", self.tr("Zoom −"), lambda: self.zoom(0.8)),
            ("fit", self.tr("Ajuster à la fenêtre"), self.fit),
            ("reorganise", self.tr("Réorganiser"), lambda: reorganise(self.editor)),
            ("export", self.tr("Exporter…"), self.export),
            ("merge", self.tr("Fusionner les homonymes"), lambda: merge_homonyms(self.editor)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(0, 0, 0, 0)
        layout_.addLayout(bar)
        layout_.addWidget(self.view, 1)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.rebuild)
        editor.changed.connect(lambda *_: self._changed())
        editor.reloaded.connect(self._reloaded)
        self._fitted = False
        self._dirty = True  # built when first shown: a hidden tab costs nothing

    def _changed(self) -> None:
        if self.isVisible():
            self._pending.start()
        else:
            self._dirty = True

    # --- building the scene from the layout ----------------------------------
    def rebuild(self) -> None:
        self._pending.stop()
        self._dirty = False
        self.result = result = layout(self.editor.dossier)
        # The validation warns of an actor named as a partner; the map offers the merge.
        self.buttons["merge"].setVisible(bool(homonyms(self.editor.dossier)))
        self.scene.clear()
        self.items = {}
        x0, y0, x1, y1 = result.bounds
        self.scene.setSceneRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        guide = QPen(QColor("#cfd8dc"), 1.0, Qt.PenStyle.CustomDashLine)
        guide.setDashPattern([3.0, 3.0])
        for _name, radius in result.zones:
            self.scene.addEllipse(CENTRE - radius, CENTRE - radius, 2 * radius, 2 * radius, guide)
        nodes = {n.id: n for n in result.nodes}
        for edge in result.edges:
            a, b = nodes.get(edge.source), nodes.get(edge.to)
            if a is None or b is None:
                continue
            self._edge(
                a,
                b,
                edge.style.colour,
                edge.width,
                edge.style.dash,
                edge.style.arrow,
            )
        font = QFont("Liberation Sans")
        font.setPixelSize(round(result.font_size))
        for node in result.nodes:
            pen = QPen(QColor(node.stroke), 2.2 if node.dashed else 1.4)
            if node.dashed:
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([4.0 / 2.2, 3.0 / 2.2])  # Qt's dashes are in pen widths
            item: QGraphicsItem
            if node.square:
                r = node.radius
                rect = QGraphicsRectItem(node.x - r, node.y - r, 2 * r, 2 * r)
                rect.setPen(pen)
                rect.setBrush(QBrush(QColor(node.fill)))
                rect.setToolTip(node.name)
                item = rect
                self.scene.addItem(rect)
            else:
                ellipse = _NodeItem(node, self)
                ellipse.setPen(pen)
                ellipse.setBrush(QBrush(QColor(node.fill)))
                self.scene.addItem(ellipse)
                self.items[node.id] = ellipse
                item = ellipse
            item.setZValue(2)
            bx, by, bw, bh = node.label_box
            ground = self.scene.addRect(
                QRectF(bx + 1, by + 1, bw - 2, bh - 2), QPen(Qt.PenStyle.NoPen), QBrush(QColor("#ffffff"))
            )
            ground.setZValue(3)
            for line in node.lines:
                text = self.scene.addSimpleText(line.text, font)
                text.setBrush(QColor("#212121"))
                width = text.boundingRect().width()
                text.setPos(line.x - width / 2, line.baseline - text.boundingRect().height() + 3.5)
                text.setZValue(4)
                if isinstance(item, _NodeItem):  # labels follow their node while it is dragged
                    ground.setParentItem(item)
                    text.setParentItem(item)
                    ground.setPos(-node.x, -node.y)
                    text.setPos(text.pos() - QPointF(node.x, node.y))
        legend = self._legend(result, font)
        self.scene.setSceneRect(QRectF(x0, y0, legend.right() - x0, max(y1, legend.bottom()) - y0))
        # What "fit" shows: the nodes, their names and the legend (the rings' empty margins aside,
        # which the paper keeps to print every map at one scale): larger names at 1366×768.
        c0, c1, c2, c3 = result.content
        self.fit_rect = QRectF(
            c0, min(c1, legend.top()), legend.right() - c0, max(c3, legend.bottom()) - min(c1, legend.top())
        )
        if not self._fitted and self.isVisible():
            self.fit()
        self.rebuilt.emit()

    def _legend(self, result: MapLayout, font: QFont) -> QRectF:
        """The layout's legend, right of the map, in the same canvas units as the paper's."""
        x = result.content[2] + 20
        y = result.content[1] + 10
        row = result.line_height * 1.6
        right = x
        for i, entry in enumerate(result.legend):
            cy = y + i * row + row / 2
            if entry.what == "edge" and entry.style is not None:
                style = entry.style
                pen = QPen(QColor(style.colour), style.width)
                if style.dash:
                    pen.setStyle(Qt.PenStyle.CustomDashLine)
                    pen.setDashPattern([d / style.width for d in style.dash])
                self.scene.addLine(x, cy, x + 34, cy, pen)
            elif entry.what == "hub":
                self.scene.addRect(x + 11, cy - 6, 12, 12, QPen(QColor("#263238")), QBrush(QColor(entry.colour)))
            elif entry.what == "zone":
                pen = QPen(QColor("#90a4ae"), 1.0, Qt.PenStyle.DotLine)
                for r in (4.0, 8.0):
                    self.scene.addEllipse(x + 17 - r, cy - r, 2 * r, 2 * r, pen)
            else:
                pen = QPen(QColor("#263238"), 1.4)
                if entry.what == "actor":
                    pen.setStyle(Qt.PenStyle.DashLine)
                self.scene.addEllipse(x + 10, cy - 7, 14, 14, pen, QBrush(QColor(entry.colour)))
            text = self.scene.addSimpleText(entry.label, font)
            text.setPos(x + 44, cy - text.boundingRect().height() / 2)
            right = max(right, x + 44 + text.boundingRect().width() + 10)
        return QRectF(x, y, right - x, len(result.legend) * row + 10)

    def _edge(self, a: MapNode, b: MapNode, colour: str, width: float, dash: tuple[float, ...], arrow: bool) -> None:
        dx, dy = b.x - a.x, b.y - a.y
        length = math.hypot(dx, dy)
        if length < 1:
            return
        ux, uy = dx / length, dy / length
        start = QPointF(a.x + ux * a.radius, a.y + uy * a.radius)
        end = QPointF(b.x - ux * (b.radius + 1), b.y - uy * (b.radius + 1))
        pen = QPen(QColor(colour), width)
        if dash:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([d / width for d in dash])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if arrow:
            head = 11.0
            tip = end
            end = QPointF(tip.x() - ux * head, tip.y() - uy * head)
            polygon = QPolygonF(
                [
                    tip,
                    QPointF(end.x() - uy * head * 0.45, end.y() + ux * head * 0.45),
                    QPointF(end.x() + uy * head * 0.45, end.y() - ux * head * 0.45),
                ]
            )
            shape = self.scene.addPolygon(polygon, QPen(Qt.PenStyle.NoPen), QBrush(QColor(colour)))
            shape.setZValue(1)
        path = QPainterPath(start)
        path.lineTo(end)
        self.scene.addPath(path, pen).setZValue(1)

    # --- view -------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self.view.scale(factor, factor)

    def fit(self) -> None:
        """The whole map and its legend in the window; in meeting mode the map alone, as large as the
        window allows (the legend is a scroll away): names read from the back of the room."""
        rect = self.fit_rect
        if _meeting_scale() > 1.0 and self.result is not None:
            x0, y0, x1, y1 = self.result.content
            rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._fitted:  # meeting mode on or off
            self.fit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.rebuild()
        if not self._fitted:
            QTimer.singleShot(0, self.fit)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def _reloaded(self) -> None:
        self._fitted = False
        self._changed()

    # --- edits --------------------------------------------------------------------
    def node_moved(self, node: MapNode, x: float, y: float) -> None:
        """Store where ``node`` was dropped (clamped to the canvas): one undo step."""
        record = _record(self.editor.dossier, node.id)
        if record is None:
            return
        position = MapPosition(x=int(round(min(max(x, 0), MAP_SIZE))), y=int(round(min(max(y, 0), MAP_SIZE))))
        self.editor.set_field(
            record, "map", position, self.tr("Déplacer « {name} » sur la carte").format(name=node.name)
        )

    def ask_actor(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ajouter un acteur"))
        form = QFormLayout(dialog)
        name = QLineEdit(dialog)
        kind = QComboBox(dialog)
        for code, label in PARTNER_KINDS.items():
            kind.addItem(label, code)
        form.addRow(self.tr("Nom"), name)
        form.addRow(self.tr("Type"), kind)
        name.textEdited.connect(lambda text: kind.setCurrentIndex(max(0, kind.findData(guess_partner_kind(text)))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            add_actor(self.editor, name.text(), kind.currentData())

    def ask_link(self) -> None:
        dossier = self.editor.dossier
        choices = [(p.id, p.label) for p in dossier.partners] + [(a.id, a.name) for a in dossier.actors]
        if len(choices) < 2:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ajouter un lien"))
        form = QFormLayout(dialog)
        source, to, kind = QComboBox(dialog), QComboBox(dialog), QComboBox(dialog)
        for ident, shown in choices:
            source.addItem(shown, ident)
            to.addItem(shown, ident)
        to.setCurrentIndex(1)
        from charte_app.domain.actor_map import EDGE_STYLES

        for code in LINK_KINDS:
            kind.addItem(EDGE_STYLES[code].label, code)
        label = QLineEdit(dialog)
        form.addRow(self.tr("De"), source)
        form.addRow(self.tr("Vers"), to)
        form.addRow(self.tr("Nature"), kind)
        form.addRow(self.tr("Libellé"), label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            add_link(self.editor, source.currentData(), to.currentData(), kind.currentData(), label.text())

    def export(self) -> None:
        from charte_app.documents.actor_map_drawing import render_map
        from charte_app.fsutil import atomic_write

        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter la carte des acteurs"),
            "carte-des-acteurs.svg",
            self.tr("Image SVG (*.svg);;Image PNG (*.png);;Document PDF (*.pdf)"),
        )
        if not path:
            return
        fmt = path.rsplit(".", 1)[-1].lower()
        if fmt not in ("svg", "png", "pdf"):
            fmt = "png" if "PNG" in chosen else "pdf" if "PDF" in chosen else "svg"
            path += "." + fmt
        from pathlib import Path

        atomic_write(Path(path), render_map(self.editor.dossier, fmt))


class FieldsGridView(QTableWidget):
    """Actors × fields of action (domain.actor_map.fields_grid): a field two partners cover is marked
    « à coordonner », a field no partner covers « manquant » (an actor to mobilise may cover it)."""

    OVERLAP = "#ffe0b2"
    MISSING = "#ffcdd2"

    def __init__(self, editor: DossierEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._dirty = True
        editor.changed.connect(lambda *_: self._changed())
        editor.reloaded.connect(self._changed)

    def _changed(self) -> None:
        if self.isVisible():
            self.rebuild()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.rebuild()

    def rebuild(self) -> None:
        self._dirty = False
        grid = fields_grid(self.editor.dossier)
        self.clear()
        self.setRowCount(len(grid.rows))
        self.setColumnCount(len(grid.fields))
        for column, name in enumerate(grid.fields):
            header = QTableWidgetItem(name)
            notes = []
            if column in grid.overlaps:
                header.setBackground(QColor(self.OVERLAP))
                notes.append(self.tr("plusieurs partenaires : à coordonner"))
            if column in grid.missing:
                header.setBackground(QColor(self.MISSING))
                notes.append(self.tr("aucun partenaire : compétence manquante"))
            if column in grid.in_diagnosis:
                notes.append(self.tr("cité dans le diagnostic"))
            header.setToolTip(" ; ".join(notes))
            self.setHorizontalHeaderItem(column, header)
        for row, (_, name, partner, columns) in enumerate(grid.rows):
            shown = name if partner else self.tr("{name} (hors partenariat)").format(name=name)
            self.setVerticalHeaderItem(row, QTableWidgetItem(shown))
            for column in columns:
                cell = QTableWidgetItem("●")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column in grid.overlaps:
                    cell.setBackground(QColor(self.OVERLAP))
                elif column in grid.missing:
                    cell.setBackground(QColor(self.MISSING))
                self.setItem(row, column, cell)


def _meeting_scale() -> float:
    """The meeting mode's scale (1.0 outside it): the style's, see :mod:`.meeting`."""
    from .meeting import ScaledStyle

    style = QApplication.style()
    return style.scale if isinstance(style, ScaledStyle) else 1.0


def _record(dossier: Dossier, node_id: str) -> Any:
    return dossier.partner(node_id) or next((a for a in dossier.actors if a.id == node_id), None)
