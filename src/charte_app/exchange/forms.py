"""A partner's form: the XLSX workbook written for one partner, and its reading back.

The workbook has three sheets: « Mode d'emploi » (first, the instructions), « Formulaire » (the
answers: column A the key, hidden; B the question; C what is expected; D « Votre réponse », the only
unlocked cells) and « charte-app » (very hidden and protected: the dossier, the partner, the period,
the draft's revision, the layout of the form sheet and the values sent). Reading a returned form gives
a :class:`ReturnedForm`; a workbook that is not a form, or whose locked cells were changed, is refused
with a French :class:`FormRefused`. Spreadsheets saved by LibreOffice as ``.ods`` are read by
``exchange.ods``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.model import Dossier, Partner
from ..errors import NotFound, UserError
from .fields import Field, field_for_key, measure_fields, partner_fields

FORM_FORMAT = "charte-app-formulaire"
FORM_VERSION = 1
FORM_SHEET = "Formulaire"
META_SHEET = "charte-app"
HELP_SHEET = "Mode d'emploi"
HEADERS = ("Clé", "Rubrique", "Précisions", "Votre réponse")
ANSWER_COLUMN = 4  # D
FIRST_ROW = 3  # row 1: title, row 2: headers
MAX_FORM_BYTES = 20 * 1024 * 1024


class FormRefused(UserError):
    """A file that is not a form, or a form altered outside its answer cells: nothing is applied."""


@dataclass
class LayoutRow:
    """One row of the form sheet as sent: its key (None for a heading), its locked texts, the value sent."""

    row: int
    key: str | None
    label: str
    hint: str
    sent: str


@dataclass
class ReturnedForm:
    """What a returned form says: who it is for, what was sent, what the partner answered."""

    dossier_id: str
    dossier_title: str
    partner_id: str
    partner_name: str
    period: str | None
    revision: int | None
    created: str
    layout: list[LayoutRow]
    answers: dict[int, Any]  # form row -> raw content of the answer cell

    def fields(self) -> list[tuple[Field, Any]]:
        """Each answer field with the raw content of its cell, in the form's order."""
        return [
            (field_for_key(r.key, r.label, r.sent), self.answers.get(r.row))
            for r in self.layout
            if r.key is not None and r.row >= FIRST_ROW
        ]


def form_file_name(dossier: Dossier, partner: Partner) -> str:
    from ..documents.file_names import file_stem

    return f"{file_stem('Formulaire ' + partner.label)}.xlsx"


def build_form(dossier: Dossier, partner_id: str, *, period: str | None = None, revision: int | None = None) -> bytes:
    """The XLSX bytes of ``partner_id``'s form; :class:`NotFound` (French) for a partner not in the dossier."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    partner = dossier.partner(partner_id)
    if partner is None:
        known = ", ".join(f"{p.id} ({p.label})" for p in dossier.partners)
        raise NotFound(f"Le partenaire « {partner_id} » n'est pas dans ce dossier. Partenaires : {known}.")
    fields = partner_fields(dossier, partner)
    if period is not None:
        from ..domain import periods

        if periods.parse(period) is None:
            raise UserError(
                f"« {period} » n'est pas une période : 2026, 2026-2027 (année scolaire), 2026-S1, 2026-T1 ou 2026-03."
            )
        fields += measure_fields(dossier, partner, period)

    wb = Workbook()
    help_ws = wb.active
    help_ws.title = HELP_SHEET
    ws = wb.create_sheet(FORM_SHEET)
    meta = wb.create_sheet(META_SHEET)

    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    unlocked = Protection(locked=False)
    answer_fill = PatternFill("solid", fgColor="FFF7D6")
    side = Side(style="thin", color="B7B7B7")
    answer_style = NamedStyle(
        name="Réponse",
        fill=answer_fill,
        border=Border(left=side, right=side, top=side, bottom=side),
        alignment=Alignment(wrap_text=True, vertical="top", horizontal="left"),
        protection=unlocked,
    )
    question_style = NamedStyle(name="Question", alignment=wrap)
    section_fill = PatternFill("solid", fgColor="DCE6F1")

    # -- instructions
    help_ws.column_dimensions["A"].width = 100
    lines = [
        (f"Formulaire de {partner.name}", Font(bold=True, size=14)),
        (f"Dossier : {dossier.title}", bold),
        (f"Période : {period}" if period else "", None),
        ("", None),
        ("Comment remplir ce formulaire", bold),
        ("1. Ouvrez la feuille « Formulaire » (onglet en bas de la fenêtre).", None),
        ("2. Vérifiez chaque ligne : seule la colonne « Votre réponse » (cases jaunes) peut être modifiée.", None),
        ("3. Corrigez ce qui est inexact, complétez ce qui manque, laissez tel quel ce qui est juste.", None),
        ("4. Pour une liste (nature, modalités, civilité), choisissez une valeur dans la liste proposée.", None),
        ("5. Montants en euros (12500,00) ; années sur quatre chiffres (2027).", None),
        ("6. Un nouvel engagement : écrivez-le sur une ligne « Nouvel engagement ».", None),
        ("7. Enregistrez le fichier (au format .xlsx ou .ods) et renvoyez-le au coordinateur par courriel.", None),
        ("", None),
        ("N'ajoutez ni ne supprimez de lignes ou de colonnes, et ne renommez pas les feuilles :", None),
        ("le coordinateur ne pourrait plus intégrer vos réponses automatiquement.", None),
    ]
    if dossier.coordinator.name or dossier.coordinator.email:
        who = " – ".join(x for x in (dossier.coordinator.name, dossier.coordinator.email) if x)
        lines.append(("", None))
        lines.append((f"Coordinateur : {who}", None))
    for i, (text, font) in enumerate(lines, start=1):
        cell = help_ws.cell(row=i, column=1, value=text or None)
        cell.alignment = wrap
        if font is not None:
            cell.font = font
    help_ws.protection.sheet = True

    # -- the answers
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60
    title = f"{partner.name} – {dossier.title}"
    ws.cell(row=1, column=2, value=title).font = Font(bold=True, size=13)
    for col, text in enumerate(HEADERS, start=1):
        c = ws.cell(row=2, column=col, value=text)
        c.font = bold
    ws.freeze_panes = "B3"
    layout: list[LayoutRow] = [LayoutRow(1, None, title, "", ""), LayoutRow(2, None, HEADERS[1], HEADERS[2], "")]
    validations: dict[tuple[str, ...], DataValidation] = {}
    decimal_rule: DataValidation | None = None
    year_rule: DataValidation | None = None
    row = FIRST_ROW
    section = None
    for f in fields:
        if f.section != section:
            section = f.section
            for col in (2, 3, 4):
                ws.cell(row=row, column=col).fill = section_fill
            ws.cell(row=row, column=2, value=section).font = bold
            layout.append(LayoutRow(row, None, section, "", ""))
            row += 1
        ws.cell(row=row, column=1, value=f.key)
        # Named styles: one style record per workbook, not six attributes hashed per cell (a third of the time).
        ws.cell(row=row, column=2, value=f.label).style = question_style
        ws.cell(row=row, column=3, value=f.hint or None).style = question_style
        answer = ws.cell(row=row, column=ANSWER_COLUMN, value=f.cell())
        answer.style = answer_style
        if f.kind == "decimal":
            answer.number_format = "#,##0.00"
            if decimal_rule is None:
                decimal_rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
                decimal_rule.error = "Un montant en euros, par exemple 12500,00."
                decimal_rule.errorTitle = "Montant"
                decimal_rule.showErrorMessage = True
            decimal_rule.add(answer)
        elif f.kind == "year":
            answer.number_format = "0"
            if year_rule is None:
                year_rule = DataValidation(type="whole", operator="between", formula1="1900", formula2="2200")
                year_rule.error = "Une année sur quatre chiffres, par exemple 2027."
                year_rule.errorTitle = "Année"
                year_rule.showErrorMessage = True
            year_rule.add(answer)
        elif f.kind == "choice":
            labels = tuple(f.choices.values())
            rule = validations.get(labels)
            if rule is None:
                listed = ",".join(label.replace('"', "'") for label in labels)
                rule = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
                rule.error = "Choisissez une valeur de la liste."
                rule.errorTitle = "Valeur de la liste"
                rule.showErrorMessage = True
                validations[labels] = rule
            rule.add(answer)
        # LibreOffice does not grow a row to its wrapped text when it opens the file: the height is set here.
        height = max(_lines(f.label, 34), _lines(f.hint, 30), _lines(str(f.cell() or ""), 60), 1)
        if height > 1:
            ws.row_dimensions[row].height = min(15 * height, 400)
        layout.append(LayoutRow(row, f.key, f.label, f.hint, f.value))
        row += 1
    for rule in (*validations.values(), decimal_rule, year_rule):
        if rule is not None:
            ws.add_data_validation(rule)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may be changed: only contents are locked
    ws.protection.formatRows = False
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    # -- what the collector needs
    meta_rows: list[list[Any]] = [
        ["format", FORM_FORMAT],
        ["format_version", FORM_VERSION],
        ["dossier", dossier.id],
        ["dossier_title", dossier.title],
        ["partner", partner.id],
        ["partner_name", partner.name],
        ["period", period or ""],
        ["revision", "" if revision is None else str(revision)],
        ["created", datetime.now().astimezone().isoformat(timespec="seconds")],
        ["row", "key", "label", "hint", "sent"],
    ]
    meta_rows.extend([str(r.row), r.key or "", r.label, r.hint, r.sent] for r in layout)
    for values in meta_rows:
        meta.append(values)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    wb.active = 1  # opens on the form
    help_ws.sheet_view.tabSelected = False
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes in a column of ``width`` characters (a little less: proportional font)."""
    per = max(int(width * 0.95), 1)
    return sum(max(1, -(-len(part) // per)) for part in text.split("\n")) if text else 0


# -- reading back ------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def read_grids(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet of a workbook (``.xlsx`` or ``.ods``) as rows of cell values; FormRefused otherwise."""
    from ..fsutil import read_user_file

    data = read_user_file(path, MAX_FORM_BYTES, "le formulaire")
    if data[:2] != b"PK":
        raise FormRefused(f"« {path.name} » n'est pas un formulaire de charte-app (ni classeur .xlsx ni .ods).")
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        raise FormRefused(f"« {path.name} » est endommagé : ce n'est pas un classeur lisible.") from None
    if "content.xml" in names:
        from .ods import read_ods

        return read_ods(data)
    if "xl/workbook.xml" not in names:
        raise FormRefused(f"« {path.name} » n'est pas un formulaire de charte-app (ni classeur .xlsx ni .ods).")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged archive
        raise FormRefused(f"« {path.name} » ne peut pas être lu comme un classeur ({exc}).") from None
    grids: dict[str, list[list[Any]]] = {}
    for ws in wb.worksheets:
        grids[ws.title] = [list(r) for r in ws.iter_rows(values_only=True)]
    return grids


def _cell(grid: list[list[Any]], row: int, col: int) -> Any:
    if row - 1 < len(grid):
        line = grid[row - 1]
        if col - 1 < len(line):
            return line[col - 1]
    return None


def _column_name(col: int) -> str:
    return chr(ord("A") + col - 1) if col <= 26 else f"colonne {col}"


def read_form(path: Path) -> ReturnedForm:
    """A returned form; :class:`FormRefused` (French) when it is not one or was altered outside the answers."""
    grids = read_grids(path)
    not_form = f"« {path.name} » n'est pas un formulaire de charte-app (feuille cachée « {META_SHEET} » absente)."
    meta = grids.get(META_SHEET)
    if meta is None:
        raise FormRefused(not_form)
    info = {_text(r[0]): _text(r[1]) if len(r) > 1 else "" for r in meta[:9] if r}
    if info.get("format") != FORM_FORMAT:
        raise FormRefused(not_form)
    if info.get("format_version") != str(FORM_VERSION):
        raise FormRefused(
            f"« {path.name} » vient d'une version plus récente de charte-app (format {info.get('format_version')}) : "
            "mettez l'application à jour."
        )
    layout: list[LayoutRow] = []
    for line in meta[10:]:
        cells = [_text(v) for v in (list(line) + [None] * 5)[:5]]
        if not cells[0]:
            continue
        layout.append(LayoutRow(int(cells[0]), cells[1] or None, cells[2], cells[3], cells[4]))
    grid = grids.get(FORM_SHEET)
    if grid is None:
        raise FormRefused(f"La feuille « {FORM_SHEET} » a été supprimée ou renommée : le formulaire est inutilisable.")
    if _text(_cell(grid, 2, 1)) != HEADERS[0]:
        if _text(_cell(grid, 2, 1)) == HEADERS[1]:
            raise FormRefused(
                "La colonne des clés (colonne A, masquée) a été supprimée : les réponses ne peuvent plus être "
                "rattachées au dossier. Demandez un nouveau formulaire au coordinateur."
            )
        raise FormRefused(f"L'en-tête de la feuille « {FORM_SHEET} » a été modifié : le formulaire est inutilisable.")
    answers: dict[int, Any] = {}
    known_rows = {r.row for r in layout}
    for r in layout:
        expected = [HEADERS[0] if r.row == 2 else r.key or "", r.label, r.hint]
        for col, want in enumerate(expected, start=1):
            if _text(_cell(grid, r.row, col)) != want:
                raise FormRefused(
                    f"Le formulaire a été modifié hors des réponses (case {_column_name(col)}{r.row}) : des lignes "
                    "ont pu être ajoutées, supprimées ou déplacées. Rien n'est intégré ; demandez au partenaire de "
                    "reprendre le formulaire envoyé."
                )
        if r.key and r.row > 2:
            answers[r.row] = _cell(grid, r.row, ANSWER_COLUMN)
        elif r.row > 2 and _text(_cell(grid, r.row, ANSWER_COLUMN)):
            raise FormRefused(f"Le formulaire a été modifié hors des réponses (case D{r.row}). Rien n'est intégré.")
    for index, line in enumerate(grid, start=1):
        for col, value in enumerate(line, start=1):
            outside = index not in known_rows or col > ANSWER_COLUMN
            if outside and _text(value):
                raise FormRefused(
                    f"Le formulaire a été modifié hors des réponses (case {_column_name(col)}{index}, "
                    f"« {_text(value)[:40]} ») : les lignes et colonnes ajoutées ne sont pas lues. Rien n'est "
                    "intégré ; les nouveaux engagements vont sur les lignes « Nouvel engagement »."
                )
    revision = info.get("revision") or ""
    return ReturnedForm(
        dossier_id=info.get("dossier", ""),
        dossier_title=info.get("dossier_title", ""),
        partner_id=info.get("partner", ""),
        partner_name=info.get("partner_name", ""),
        period=info.get("period") or None,
        revision=int(revision) if revision.isdigit() else None,
        created=info.get("created", ""),
        layout=layout,
        answers=answers,
    )


def received_today() -> date:
    return date.today()
