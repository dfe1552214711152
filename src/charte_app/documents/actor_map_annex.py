"""The charter's annex « Carte des acteurs »: the map (with its legend) and the fields of action.

The map is a :class:`~.structure.Drawing` block whose factory is
:func:`.actor_map_drawing.map_drawing` on the domain's layout: vector in the PDF, a PNG image in
the DOCX, SVG in the preview, the same drawing as ``charte-app map`` and the window's map. The
fields of action are a plain :class:`~.structure.Table` (field, partners, actors to mobilise,
remark): both writers already print tables.

The annex prints only for a dossier that holds actor-map data (an actor, a link, or a position
chosen on the map): a charter printed before the map existed is printed again byte for byte
(``verify`` proves a PDF by regenerating it).
"""

from __future__ import annotations

from typing import Any

from ..domain.actor_map import fields_grid, layout
from ..domain.model import Dossier
from .structure import Cell, Drawing, Paragraph, Row, Run, Section, Table

TITLE = "Carte des acteurs"


def has_map(dossier: Dossier) -> bool:
    """Whether the dossier holds actor-map data (what makes the annex print)."""
    return bool(dossier.actors or dossier.links or any(p.map is not None for p in dossier.partners))


def _drawing(dossier: Dossier) -> Any:
    result = layout(dossier)

    def draw(width: float, height: float) -> Any:
        from .actor_map_drawing import map_drawing

        drawing = map_drawing(result, width)
        if drawing.height > height:  # a tall legend: narrower, so that the whole fits on the page
            drawing = map_drawing(result, width * height / drawing.height)
        return drawing

    return draw


def annex_section(dossier: Dossier, number: int) -> Section | None:
    """The annex, numbered ``number``; None when the dossier holds no actor-map data."""
    if not has_map(dossier):
        return None
    names = [p.label for p in dossier.partners] + [a.name for a in dossier.actors]
    blocks: list[Any] = [
        Paragraph(
            [
                Run(
                    "Les partenaires, par type et par proximité avec le projet (signataires au centre), les liens "
                    "que les conventions et les instances établissent entre eux, et les acteurs du territoire "
                    "à mobiliser (en pointillés)."
                )
            ]
        ),
        Drawing(_drawing(dossier), f"{TITLE} : " + ", ".join(names)),
    ]
    grid = fields_grid(dossier)
    if grid.fields:
        blocks.append(Paragraph([Run("Champs d'action")], "subheading", keep_with_next=True))
        rows = []
        for column, field_name in enumerate(grid.fields):
            partners = grid.covered_by(column)
            others = [n for n in grid.covered_by(column, partners_only=False) if n not in partners]
            remarks = []
            if column in grid.overlaps:
                remarks.append("à coordonner")
            if column in grid.missing:
                remarks.append("compétence absente du partenariat")
            if column in grid.in_diagnosis:
                remarks.append("cité dans le diagnostic")
            rows.append(
                Row(
                    [
                        Cell([Run(field_name)]),
                        Cell([Run(", ".join(partners) or "—")]),
                        Cell([Run(", ".join(others) or "—")]),
                        Cell([Run(" ; ".join(remarks))]),
                    ]
                )
            )
        header = Row(
            [
                Cell([Run("Champ d'action", bold=True)]),
                Cell([Run("Partenaires", bold=True)]),
                Cell([Run("Acteurs à mobiliser", bold=True)]),
                Cell([Run("Observation", bold=True)]),
            ]
        )
        blocks.append(Table([3, 4, 3, 2.5], header, rows))
    heading = Paragraph([Run(f"Annexe\u00a0{number} – {TITLE}")], "heading", keep_with_next=True)
    return Section("annex", "carte-des-acteurs", heading, blocks, str(number), page_break_before=True)
