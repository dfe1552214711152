"""The actor map, computed once: nodes, links, labels, styles and legend, ready to draw.

This module owns the *drawing* of the actor map as data (no Qt, no reportlab). Every renderer
draws the :class:`MapLayout` it returns and nothing else: the reportlab ``Drawing`` of the PDF
annex, the SVG and PNG of ``charte-app map`` and the DOCX image
(:mod:`charte_app.documents.actor_map_drawing`), and the ``QGraphicsView`` of the partners step
(:mod:`charte_app.ui.actor_map_view`). Positions, radii, colours, line styles, label boxes and
legend texts are decided here; renderers only translate them, so screen and paper never disagree.

Coordinates are those of the format's canvas (``MAP_SIZE`` × ``MAP_SIZE``, y downwards); label
widths are measured with the metrics of the bundled font (Liberation Sans, see ``_WIDTHS``), the
face every renderer uses.

Layout: concentric rings by closeness to the project (signatories of the charter or of a
convention, then the other partners, then the actors not yet involved), each zone split into as
many rings as its nodes need; the governance bodies and the conventions of three parties or more
are small hubs at the centre, linked to their members and parties. A position the user chose
(``map`` key) wins over the computed one; « Réorganiser » forgets the stored positions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from .labels import PARTNER_KINDS
from .model import MAP_SIZE, Dossier, MapPosition

NodeRole = Literal["partner", "actor", "body", "convention"]
EdgeKind = Literal["funding", "staff", "premises", "information", "joint_action", "other", "member", "party"]

FONT_SIZE = 13.0  # canvas units: 13 px when the 1000-unit canvas is drawn 1000 px wide
LINE_HEIGHT = 15.0
MAX_LINE = 130.0  # a label wider than this is broken onto two lines
CENTRE = MAP_SIZE / 2
MIN_SPAN = 820.0  # the least width (and height) of canvas a drawing shows: see _bounds

# Advance widths of Liberation Sans Regular (per 1000 em) for Latin-1 and French punctuation;
# any other character counts as a digit's width.
_CHARS = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
    "\xa0¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
    "’‘“”–—…œŒ\u202f\u2011"
)
_ADVANCES = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 "
    "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584 278 333 556 556 556 556 260 556 333 "
    "737 370 556 584 333 737 552 400 549 333 333 333 576 537 333 333 333 365 556 834 834 834 611 667 667 667 "
    "667 667 667 1000 722 667 667 667 667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 722 "
    "667 667 611 556 556 556 556 556 556 889 500 556 556 556 556 278 278 278 278 556 556 556 556 556 556 556 "
    "549 611 556 556 556 556 500 556 500 222 222 333 333 556 1000 1000 944 1000 200 750"
)
_WIDTHS: dict[str, int] = dict(zip(_CHARS, map(int, _ADVANCES.split()), strict=True))


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """The advance width of ``text`` in Liberation Sans at ``size``."""
    get = _WIDTHS.get
    return sum(get(ch, 556) for ch in text) * size / 1000


# --- Styles: one table for every renderer --------------------------------------------------------

#: Fill colour of a node by partner kind (an actor's is the same, paler, with a dashed outline).
KIND_COLOURS: dict[str, str] = {
    "local_authority": "#1f77b4",
    "department": "#17becf",
    "region": "#9edae5",
    "state_service": "#7f7f7f",
    "national_education": "#ff7f0e",
    "family_allowance_fund": "#2ca02c",
    "health": "#d62728",
    "association": "#9467bd",
    "public_body": "#8c564b",
    "company": "#e377c2",
    "other": "#bcbd22",
}
HUB_COLOURS: dict[str, str] = {"body": "#455a64", "convention": "#607d8b"}


@dataclass(frozen=True)
class EdgeStyle:
    """How a kind of link is drawn: colour, width, dash pattern (empty: solid), arrow at the end."""

    colour: str
    width: float
    dash: tuple[float, ...]
    arrow: bool
    label: str  # the legend's words


EDGE_STYLES: dict[str, EdgeStyle] = {
    "funding": EdgeStyle("#2e7d32", 3.0, (), True, "Financement"),
    "staff": EdgeStyle("#1565c0", 2.4, (9.0, 4.0), True, "Personnel mis à disposition"),
    "premises": EdgeStyle("#6d4c41", 2.4, (2.5, 3.5), True, "Locaux et matériel"),
    "information": EdgeStyle("#7b1fa2", 2.0, (10.0, 4.0, 2.5, 4.0), False, "Échange d'informations"),
    "joint_action": EdgeStyle("#ef6c00", 2.4, (), False, "Action commune"),
    "other": EdgeStyle("#757575", 1.6, (4.0, 4.0), False, "Autre lien"),
    "member": EdgeStyle("#b0bec5", 1.0, (), False, "Membre d'une instance"),
    "party": EdgeStyle("#90a4ae", 1.0, (1.5, 2.5), False, "Partie à une convention"),
}

ZONE_LABELS = ("Signataires", "Autres partenaires", "Acteurs à mobiliser")
ACTOR_STATUSES = {"to_invite": "à inviter", "informed": "informé", "declined": "a décliné"}


# --- The layout --------------------------------------------------------------------------------


@dataclass
class LabelLine:
    text: str
    x: float  # centre of the line
    baseline: float


@dataclass
class MapNode:
    """One node: a partner, an actor, or a hub (governance body, convention of 3 parties or more)."""

    id: str
    role: NodeRole
    kind: str  # partner kind, or "body" / "convention"
    name: str
    zone: int  # 0 signatories (and hubs), 1 other partners, 2 actors
    x: float
    y: float
    radius: float
    fill: str
    stroke: str
    dashed: bool
    stored: bool  # the position comes from the file's ``map`` key
    lines: list[LabelLine] = field(default_factory=list)
    label_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x, y (top), width, height

    @property
    def square(self) -> bool:
        return self.role in ("body", "convention")


@dataclass
class MapEdge:
    source: str
    to: str
    kind: EdgeKind
    style: EdgeStyle
    label: str = ""
    link_id: str | None = None  # a stored link (``dossier.links``); None: implied by the dossier
    count: int = 1
    width: float = 0.0  # the line's width as drawn: set by layout() (see _edge_widths)


@dataclass
class LegendEntry:
    what: Literal["node", "actor", "hub", "edge", "zone"]
    label: str
    colour: str = "#000000"
    style: EdgeStyle | None = None


@dataclass
class MapLayout:
    nodes: list[MapNode]
    edges: list[MapEdge]
    legend: list[LegendEntry]
    zones: list[tuple[str, float]]  # the zone's name and the radius of its outer limit (guide circles)
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 of everything drawn but the legend
    content: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # nodes and labels only, tight
    font_size: float = FONT_SIZE
    line_height: float = LINE_HEIGHT

    def node(self, node_id: str) -> MapNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)


def signatory_ids(dossier: Dossier) -> set[str]:
    """Partners closest to the project: signatories of the charter or parties to a convention."""
    found = set(dossier.charter.signature.signatories)
    for convention in dossier.conventions:
        found.update(convention.parties)
    return found


def engagement(dossier: Dossier) -> dict[str, int]:
    """How much each partner does: commitments, contributions, seats in bodies, conventions."""
    score = {p.id: 0 for p in dossier.partners}

    def add(pid: str) -> None:
        if pid in score:
            score[pid] += 1

    for commitment in dossier.charter.commitments:
        add(commitment.partner)
    for body in dossier.charter.governance.bodies:
        for member in body.members:
            add(member)
    for convention in dossier.conventions:
        for party in convention.parties:
            add(party)
        for cc in convention.commitments:
            add(cc.partner)
        for contribution in convention.contributions:
            add(contribution.partner)
    return score


_CONTRIBUTION_EDGES: dict[str, EdgeKind] = {
    "financial": "funding",
    "staff": "staff",
    "premises": "premises",
    "equipment": "premises",
    "other": "other",
}


def _edges(dossier: Dossier, node_ids: set[str], hubs: list[tuple[str, NodeRole, str, list[str]]]) -> list[MapEdge]:
    edges: dict[tuple[str, str, str], MapEdge] = {}

    def add(source: str, to: str, kind: EdgeKind, label: str = "", link_id: str | None = None) -> None:
        if source not in node_ids or to not in node_ids or source == to:
            return
        key = (source, to, kind) if link_id is None else (source, to, "link:" + link_id)
        found = edges.get(key)
        if found is not None:
            found.count += 1
            return
        edges[key] = MapEdge(source, to, kind, EDGE_STYLES[kind], label, link_id)

    for convention in dossier.conventions:
        for contribution in convention.contributions:
            if contribution.recipient:
                kind = _CONTRIBUTION_EDGES.get(contribution.kind, "other")
                add(contribution.partner, contribution.recipient, kind)
        if len(convention.parties) == 2:
            add(convention.parties[0], convention.parties[1], "party", convention.title)
    for hub_id, role, _, members in hubs:
        for member in members:
            add(hub_id, member, "member" if role == "body" else "party")
    for link in dossier.links:
        add(link.source, link.to, link.kind, link.label or "", link.id)
    return list(edges.values())


def _edge_widths(edges: list[MapEdge]) -> None:
    """A link repeated (several contributions) is thicker; on a crowded map every line is thinner,
    so that the forty partners' funding lines do not hide the names they cross."""
    crowd = 0.55 if len(edges) > 60 else 1.0
    for edge in edges:
        edge.width = edge.style.width * (1 + 0.25 * min(edge.count - 1, 4)) * crowd


def _wrap(text: str) -> list[str]:
    """One line, or two broken at the space nearest the middle when the label is wide."""
    if text_width(text) <= MAX_LINE or " " not in text:
        return [text]
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    middle = len(text) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return [text[:cut], text[cut + 1 :]]


def _ring_plan(counts: list[int], first_radius: float) -> list[list[float]]:
    """The radii of the rings of each zone: a zone gets as many rings as its nodes need, each ring
    holding nodes at least ``SPACING`` apart along its arc; a gap separates the zones."""
    spacing, gap, zone_gap = 100.0, 95.0, 30.0
    plans: list[list[float]] = []
    radius = first_radius
    for count in counts:
        radii: list[float] = []
        left = count
        while left > 0:
            capacity = max(1, int(2 * math.pi * radius / spacing)) if radius > 0 else 1
            radii.append(radius)
            left -= capacity
            radius += gap
        plans.append(radii)
        if radii:
            radius += zone_gap
    # Everything must fit on the canvas: squeeze the radii when the rings would leave it.
    outer = max((r for radii in plans for r in radii), default=0.0)
    limit = CENTRE - 60
    if outer > limit:
        factor = limit / outer
        plans = [[r * factor for r in radii] for radii in plans]
    return plans


def _spread(ids: list[str], radii: list[float], offset: float) -> dict[str, tuple[float, float]]:
    """Place ``ids`` on the rings ``radii``, in proportion to each ring's circumference, with the
    rings' starting angles staggered so neighbours of adjacent rings do not line up."""
    placed: dict[str, tuple[float, float]] = {}
    if not ids:
        return placed
    if len(radii) == 1 and radii[0] == 0:
        placed[ids[0]] = (CENTRE, CENTRE)
        return placed
    total = sum(radii)
    shares = [round(len(ids) * r / total) for r in radii]
    shares[-1] = len(ids) - sum(shares[:-1])
    while shares[-1] < 0:  # rounding gave the inner rings too many: give them back
        i = max(range(len(shares) - 1), key=lambda k: shares[k])
        shares[i] -= 1
        shares[-1] += 1
    start = 0
    for ring, (radius, share) in enumerate(zip(radii, shares, strict=True)):
        chunk = ids[start : start + share]
        start += share
        for k, node_id in enumerate(chunk):
            angle = -math.pi / 2 + offset + 2 * math.pi * (k + 0.5 * (ring % 2)) / max(len(chunk), 1)
            placed[node_id] = (CENTRE + radius * math.cos(angle), CENTRE + radius * math.sin(angle))
    return placed


def _clamped(position: MapPosition) -> tuple[float, float]:
    return (float(min(max(position.x, 0), MAP_SIZE)), float(min(max(position.y, 0), MAP_SIZE)))


def layout(dossier: Dossier, *, use_stored: bool = True) -> MapLayout:
    """The whole map of ``dossier``. ``use_stored=False``: every node where the rings put it."""
    signatories = signatory_ids(dossier)
    scores = engagement(dossier)
    top = max(scores.values(), default=0) or 1
    hubs: list[tuple[str, NodeRole, str, list[str]]] = []
    partner_ids = {p.id for p in dossier.partners}
    for body in dossier.charter.governance.bodies:
        members = [m for m in body.members if m in partner_ids]
        if members:
            hubs.append(("body:" + body.id, "body", body.name, members))
    for convention in dossier.conventions:
        if len(convention.parties) >= 3:
            title = convention.short_title or convention.title
            hubs.append(("convention:" + convention.id, "convention", title, list(convention.parties)))

    nodes: list[MapNode] = []
    # Zones, each sorted by kind so the colours gather.
    order = list(PARTNER_KINDS)

    def by_kind(kind: str, name: str) -> tuple[int, str]:
        return (order.index(kind) if kind in order else len(order), name.casefold())

    zone0 = sorted((p for p in dossier.partners if p.id in signatories), key=lambda p: by_kind(p.kind, p.label))
    zone1 = sorted((p for p in dossier.partners if p.id not in signatories), key=lambda p: by_kind(p.kind, p.label))
    zone2 = sorted(dossier.actors, key=lambda a: by_kind(a.kind, a.name))
    first = 0.0 if not hubs and len(zone0) == 1 else (190.0 if hubs else 150.0)
    plans = _ring_plan([len(zone0), len(zone1), len(zone2)], first)
    auto: dict[str, tuple[float, float]] = {}
    auto.update(_spread([p.id for p in zone0], plans[0], 0.0))
    auto.update(_spread([p.id for p in zone1], plans[1], math.pi / 7))
    auto.update(_spread([a.id for a in zone2], plans[2], math.pi / 5))
    hub_radius = 0.0 if len(hubs) == 1 else 55.0
    for k, (hub_id, *_) in enumerate(hubs):
        angle = -math.pi / 2 + 2 * math.pi * k / max(len(hubs), 1)
        auto[hub_id] = (CENTRE + hub_radius * math.cos(angle), CENTRE + hub_radius * math.sin(angle))

    grow = 10.0 if len(dossier.partners) <= 20 else 6.0  # a crowded map: the names matter more than the discs
    for zone, partners in ((0, zone0), (1, zone1)):
        for p in partners:
            stored = use_stored and p.map is not None
            x, y = _clamped(p.map) if stored and p.map is not None else auto[p.id]
            colour = KIND_COLOURS.get(p.kind, KIND_COLOURS["other"])
            radius = 9.0 + grow * math.sqrt(scores.get(p.id, 0) / top)
            nodes.append(
                MapNode(p.id, "partner", p.kind, p.label, zone, x, y, radius, colour, "#263238", False, stored)
            )
    for a in zone2:
        stored = use_stored and a.map is not None
        x, y = _clamped(a.map) if stored and a.map is not None else auto[a.id]
        colour = _paler(KIND_COLOURS.get(a.kind, KIND_COLOURS["other"]))
        name = f"{a.name} ({ACTOR_STATUSES[a.status]})" if a.status else a.name
        nodes.append(MapNode(a.id, "actor", a.kind, name, 2, x, y, 11.0, colour, "#37474f", True, stored))
    for hub_id, role, name, _ in hubs:
        x, y = auto[hub_id]
        nodes.append(MapNode(hub_id, role, role, name, 0, x, y, 8.0, HUB_COLOURS[role], "#263238", False, False))

    edges = _edges(dossier, {n.id for n in nodes}, hubs)
    _edge_widths(edges)
    _place_labels(nodes)
    zones = [(ZONE_LABELS[i], max(radii) + 45.0) for i, radii in enumerate(plans) if radii]
    return MapLayout(nodes, edges, _legend(nodes, edges), zones, _bounds(nodes, zones), _content(nodes))


def _paler(colour: str) -> str:
    """The colour mixed half with white: an actor not yet involved."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*((c + 255) // 2 for c in (r, g, b)))


Box = tuple[float, float, float, float]


def _overlap(a: Box, b: Box) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _place_labels(nodes: list[MapNode]) -> None:
    """Each label beside its node, where it overlaps neither another label nor a node: the direction
    away from the centre first, then below, above, right, left and the diagonals; failing all, the
    place that overlaps least. Biggest nodes first: their labels matter most."""
    discs: list[tuple[str, Box]] = [(n.id, (n.x - n.radius, n.y - n.radius, 2 * n.radius, 2 * n.radius)) for n in nodes]
    placed: list[Box] = []
    for node in sorted(nodes, key=lambda n: (n.role != "partner", -n.radius)):
        texts = _wrap(node.name)
        width = max(text_width(t) for t in texts) + 4
        height = LINE_HEIGHT * len(texts) + 2
        gap = node.radius + 3
        dx, dy = node.x - CENTRE, node.y - CENTRE
        norm = math.hypot(dx, dy)
        directions = [(dx / norm, dy / norm)] if norm > 1 else []
        directions += [(0, 1), (0, -1), (1, 0), (-1, 0), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7)]
        best: tuple[float, Box] | None = None
        for ux, uy in directions:
            # Anchored ``gap`` away from the node in the direction (ux, uy): right of it, the box
            # starts there; above, it ends there; in between, in proportion.
            ax, ay = node.x + ux * gap, node.y + uy * gap
            box = (ax - width * (1 - ux) / 2, ay - height * (1 - uy) / 2, width, height)
            cost = sum(_overlap(box, other) for other in placed)
            cost += sum(_overlap(box, disc) for _, disc in discs)
            if best is None or cost < best[0]:
                best = (cost, box)
            if cost == 0:
                break
        assert best is not None
        box = best[1]
        placed.append(box)
        node.label_box = box
        top = box[1] + 1
        node.lines = [LabelLine(t, box[0] + box[2] / 2, top + LINE_HEIGHT * (i + 1) - 3.5) for i, t in enumerate(texts)]


def _content(nodes: list[MapNode]) -> tuple[float, float, float, float]:
    """The nodes and their labels, nothing around them (the meeting mode's zoom)."""
    if not nodes:
        return (0.0, 0.0, float(MAP_SIZE), float(MAP_SIZE))
    xs = [v for n in nodes for v in (n.x - n.radius, n.x + n.radius, n.label_box[0], n.label_box[0] + n.label_box[2])]
    ys = [v for n in nodes for v in (n.y - n.radius, n.y + n.radius, n.label_box[1], n.label_box[1] + n.label_box[3])]
    return (min(xs) - 6, min(ys) - 6, max(xs) + 6, max(ys) + 6)


def _bounds(nodes: list[MapNode], zones: list[tuple[str, float]]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for n in nodes:
        xs += [n.x - n.radius, n.x + n.radius, n.label_box[0], n.label_box[0] + n.label_box[2]]
        ys += [n.y - n.radius, n.y + n.radius, n.label_box[1], n.label_box[1] + n.label_box[3]]
    for _, radius in zones:
        xs += [CENTRE - radius, CENTRE + radius]
        ys += [CENTRE - radius, CENTRE + radius]
    if not xs:
        return (0.0, 0.0, float(MAP_SIZE), float(MAP_SIZE))
    margin = 12.0
    x0, y0, x1, y1 = min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin
    # A map of three partners is drawn at the scale of a map of forty: never wider than it needs,
    # but its names never bigger on the page than theirs.
    for low, high in ((0, 2), (1, 3)):
        span = (x0, y0, x1, y1)
        extra = MIN_SPAN - (span[high] - span[low])
        if extra > 0:
            if low == 0:
                x0, x1 = x0 - extra / 2, x1 + extra / 2
            else:
                y0, y1 = y0 - extra / 2, y1 + extra / 2
    return (x0, y0, x1, y1)


def _legend(nodes: list[MapNode], edges: list[MapEdge]) -> list[LegendEntry]:
    entries: list[LegendEntry] = []
    kinds = {n.kind for n in nodes if n.role == "partner"}
    for kind, label in PARTNER_KINDS.items():
        if kind in kinds:
            entries.append(LegendEntry("node", label, KIND_COLOURS[kind]))
    if any(n.role == "actor" for n in nodes):
        entries.append(LegendEntry("actor", "Acteur pas encore associé (pointillés)", "#cfd8dc"))
    if any(n.role == "body" for n in nodes):
        entries.append(LegendEntry("hub", "Instance de gouvernance", HUB_COLOURS["body"]))
    if any(n.role == "convention" for n in nodes):
        entries.append(LegendEntry("hub", "Convention (trois parties ou plus)", HUB_COLOURS["convention"]))
    zones = sorted({n.zone for n in nodes if n.role in ("partner", "actor")})
    if len(zones) > 1:
        names = ", puis ".join(ZONE_LABELS[z].lower() for z in zones)
        entries.append(LegendEntry("zone", f"Cercles, du centre vers l'extérieur : {names}", "#cfd8dc"))
    used = {e.kind for e in edges}
    for kind, style in EDGE_STYLES.items():
        if kind in used:
            entries.append(LegendEntry("edge", style.label, style.colour, style))
    return entries


def label_overlaps(result: MapLayout) -> list[tuple[str, str]]:
    """Pairs of nodes whose labels overlap each other, or a label that covers another node."""
    found: list[tuple[str, str]] = []
    for i, a in enumerate(result.nodes):
        for b in result.nodes[i + 1 :]:
            if _overlap(a.label_box, b.label_box) > 0:
                found.append((a.id, b.id))
        for b in result.nodes:
            if b is not a and _overlap(a.label_box, (b.x - b.radius, b.y - b.radius, 2 * b.radius, 2 * b.radius)) > 0:
                found.append((a.id, b.id))
    return found


# --- Fields of action: who does what, where they overlap, what nobody at the table covers ------


@dataclass
class FieldsGrid:
    """Actors × fields of action. ``rows``: (id, name, is a partner, the columns it covers)."""

    fields: list[str]
    rows: list[tuple[str, str, bool, set[int]]]
    overlaps: set[int]  # columns two partners or more cover: coordination needed
    missing: set[int]  # columns no partner covers (an actor to mobilise may): competence missing
    in_diagnosis: set[int]  # columns the diagnosis names

    def covered_by(self, column: int, partners_only: bool = True) -> list[str]:
        return [name for _, name, partner, cols in self.rows if column in cols and (partner or not partners_only)]


def _fold(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.replace("'", " ").replace("’", " ").split())


def fields_grid(dossier: Dossier) -> FieldsGrid:
    """The grid of fields of action, spelled as first written (case and accents aside)."""
    fields: list[str] = []
    index: dict[str, int] = {}
    rows: list[tuple[str, str, bool, set[int]]] = []
    records = [(p.id, p.label, True, p.fields_of_action) for p in dossier.partners]
    records += [(a.id, a.name, False, a.fields_of_action) for a in dossier.actors]
    for ident, name, partner, own in records:
        cols: set[int] = set()
        for text in own:
            key = _fold(text)
            if not key:
                continue
            if key not in index:
                index[key] = len(fields)
                fields.append(text.strip())
            cols.add(index[key])
        rows.append((ident, name, partner, cols))
    counts = [sum(1 for _, _, partner, cols in rows if partner and c in cols) for c in range(len(fields))]
    diagnosis = _fold(dossier.diagnosis or "")
    named = {c for c, text in enumerate(fields) if diagnosis and _fold(text) in diagnosis}
    return FieldsGrid(
        fields,
        rows,
        {c for c, n in enumerate(counts) if n >= 2},
        {c for c, n in enumerate(counts) if n == 0},
        named,
    )


def homonyms(dossier: Dossier) -> list[tuple[str, str]]:
    """(actor id, partner id) of each actor named as a partner (the validation's warning): the same
    organisation twice, which the map offers to merge into the partner."""
    partners = {p.name.strip().casefold(): p.id for p in dossier.partners if p.name.strip()}
    found = []
    for actor in dossier.actors:
        partner = partners.get(actor.name.strip().casefold())
        if partner is not None:
            found.append((actor.id, partner))
    return found
