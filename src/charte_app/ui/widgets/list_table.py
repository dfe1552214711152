"""A table over a list of domain records, edited in place through the :class:`DossierEditor`.

:class:`ListTableModel` shows chosen attributes of the records of one model
list (optionally filtered, e.g. only the financial contributions) and turns a
cell edit into an undoable ``set_field``. Each :class:`Column` says how its
text is parsed; text that does not parse (a negative amount, an impossible
date) is refused — the model is left untouched and ``message`` carries the
French reason, to show next to the table. :class:`ColumnDelegate` gives each
column the right editor and checks amounts and dates while they are typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from charte_app.domain.dates import typed_text

from ..editor import DossierEditor
from .amount import AmountError, format_decimal, parse_amount, parse_fte
from .date_field import DateError, format_date, parse_date
from .fit import fit_columns, fit_table_columns

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the record attribute it shows and how typed text becomes a value.

    ``kind``: ``text`` | ``amount`` (euros, 2 decimals) | ``fte`` | ``int`` | ``year`` | ``date`` | ``choice``.
    ``choices`` (for ``choice``) gives ``(code, French label)`` pairs, recomputed each time.
    """

    header: str
    attr: str
    undo_text: str
    kind: str = "text"
    choices: Callable[[], list[tuple[str, str]]] | None = None
    required: bool = False
    placeholder: str = ""


def parse_cell(column: Column, text: Any) -> Any:
    """Typed text → model value for ``column``; raises ValueError with a French message."""
    if column.kind == "choice":
        return text or None  # "" is the "none" entry of optional choices
    raw = "" if text is None else str(text)
    if column.kind == "amount":
        return parse_amount(raw)
    if column.kind == "fte":
        return parse_fte(raw)
    if column.kind == "date":
        return parse_date(raw)
    if column.kind in ("int", "year"):
        cleaned = raw.strip()
        if not cleaned:
            return None
        if not cleaned.isdigit():
            raise ValueError(f"« {cleaned} » n'est pas un nombre entier positif.")
        if column.kind == "year" and not 1900 <= int(cleaned) <= 2200:
            raise ValueError(
                f"année {cleaned} invraisemblable : tapez une année sur quatre chiffres, par exemple 2026."
            )
        return int(cleaned)
    value = raw.strip() if column.required else raw
    return value if value or column.required else None


def display_cell(column: Column, value: Any, *, edit: bool = False) -> str:
    if value is None:
        return ""
    if column.kind == "amount":
        return format_decimal(value, sep=" " if edit else "\u202f")
    if column.kind == "fte":
        return format_decimal(value, places=None, sep=" ")
    if column.kind == "date":
        return format_date(value)
    if column.kind == "choice" and not edit and column.choices:
        return dict(column.choices()).get(value, str(value))
    return str(value)


class ListTableModel(QAbstractTableModel):
    """Rows are records of ``items()`` (a model list, or None for "nothing to show")."""

    #: A French message about the last edit ("" once an edit succeeds).
    message = Signal(str)

    def __init__(
        self,
        editor: DossierEditor,
        columns: list[Column],
        items: Callable[[], list[Any] | None],
        *,
        row_filter: Callable[[Any], bool] | None = None,
        row_problem: Callable[[Any], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self.columns, self._items = editor, columns, items
        self._filter = row_filter or (lambda _item: True)
        self._problem = row_problem or (lambda _item: "")
        self._labels: dict[str, dict[str, str]] = {}
        self._rows: list[Any] = self._compute()
        self._shown: list[tuple[Any, ...]] = [self._row_text(item) for item in self._rows]

    # --- rows ----------------------------------------------------------------
    def _compute(self) -> list[Any]:
        return [item for item in (self._items() or []) if self._filter(item)]

    def source(self) -> list[Any] | None:
        """The model list the rows come from."""
        return self._items()

    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item: Any) -> int:
        return next((i for i, x in enumerate(self._rows) if x is item), -1)

    def sync(self) -> bool:
        """Follow the model after an edit: reset when rows changed (returns True), else repaint.

        Only rows whose shown text changed are repainted: a keystroke elsewhere must not make
        the views re-measure every cell (columns sized to their contents do that on dataChanged).
        """
        self._labels.clear()
        rows = self._compute()
        if [id(x) for x in rows] != [id(x) for x in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self._shown = [self._row_text(item) for item in rows]
            self.endResetModel()
            return True
        for row, item in enumerate(rows):
            text = self._row_text(item)
            if text != self._shown[row]:
                self._shown[row] = text
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return False

    def _row_text(self, item: Any) -> tuple[Any, ...]:
        return tuple(self._cell_text(item, c) for c in self.columns) + (self._problem(item),)

    def _cell_text(self, item: Any, column: Column) -> str:
        """A cell as shown: a date cell holding text that is not a date shows that text (issue 21)."""
        if column.kind == "date" and (typed := typed_text(item, column.attr)):
            return typed
        return self._display(column, getattr(item, column.attr))

    def _display(self, column: Column, value: Any) -> str:
        """Shown text; choice labels are computed once per sync, not once per cell."""
        if column.kind == "choice" and column.choices and value is not None:
            labels = self._labels.get(column.attr)
            if labels is None:
                labels = self._labels[column.attr] = dict(column.choices())
            return labels.get(value, str(value))
        return display_cell(column, value)

    # --- Qt model ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a narrow column elides its title: the tooltip gives it whole
        ):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], self.columns[index.column()]
        value = getattr(item, column.attr)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date" and (typed := typed_text(item, column.attr)):
                return typed
            return value if column.kind == "choice" else display_cell(column, value, edit=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("amount", "fte", "int", "year"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            problem = self._problem(item)
            if problem:
                return problem if role == Qt.ItemDataRole.ToolTipRole else QBrush(QColor("#fde7e9"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._display(column, value) or None  # the whole text of a cell elided in the middle
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item, column = self._rows[index.row()], self.columns[index.column()]
        try:
            parsed = parse_cell(column, value)
        except DateError as exc:
            # Not a date: kept as typed all the same (never lost), and the page says why.
            self.message.emit(f"{column.header} : {exc}")
            self.editor.set_date(item, column.attr, None, str(value).strip(), column.undo_text)
            return True
        except (AmountError, ValueError) as exc:
            # Refused: the model keeps its value; the page shows why next to the table.
            self.message.emit(f"{column.header} : {exc}")
            return False
        self.message.emit("")
        if column.kind == "date":
            self.editor.set_date(item, column.attr, parsed, None, column.undo_text)
        else:
            self.editor.set_field(item, column.attr, parsed, column.undo_text)
        return True


class ColumnDelegate(QStyledItemDelegate):
    """Editors per column kind: a combo for choices, a checked line edit otherwise."""

    def __init__(self, model: ListTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        column = self._model.columns[index.column()]
        if column.kind == "choice" and column.choices:
            combo = QComboBox(parent)
            for code, label in column.choices():
                combo.addItem(label, code)
            return combo
        edit = QLineEdit(parent)
        edit.setPlaceholderText(column.placeholder)
        if column.kind in ("amount", "fte", "date", "int", "year"):
            edit.textEdited.connect(lambda text, c=column, e=edit: self._check(c, e, text))
        return edit

    def _check(self, column: Column, edit: QLineEdit, text: str) -> None:
        """Say what is wrong while typing (a date only once it looks complete)."""
        from .date_field import looks_complete

        try:
            parse_cell(column, text)
        except ValueError as exc:
            if column.kind != "date" or looks_complete(text):
                edit.setStyleSheet("border: 1px solid #b00020;")
                self._model.message.emit(f"{column.header} : {exc}")
                return
        edit.setStyleSheet("")
        self._model.message.emit("")

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class _RowsFollowFont(QObject):
    """Rows grow with the font (meeting mode), so the larger text is never cut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTableView) and event.type() == QEvent.Type.FontChange:
            watched.verticalHeader().setDefaultSectionSize(max(26, watched.fontMetrics().height() + 10))
        return False


def setup_table(view: QTableView, model: ListTableModel, stretch: int) -> None:
    """Attach ``model`` with its delegate; column ``stretch`` takes the spare width."""
    from PySide6.QtWidgets import QAbstractItemView

    view.setModel(model)
    view.setItemDelegate(ColumnDelegate(model, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table, so the page stays keyboard-navigable
    header = view.horizontalHeader()
    fit_columns(view, header)
    # Not ResizeToContents: one long cell would push the other columns out of sight (issue 21).
    fit_table_columns(view, stretch)
    view.verticalHeader().setDefaultSectionSize(max(26, view.fontMetrics().height() + 10))
    view.installEventFilter(_RowsFollowFont(view))


def select_item(view: QTableView, model: ListTableModel, item: Any) -> None:
    """Select the row showing ``item`` (after a reset, or to show a newly added record)."""
    row = model.row_of(item)
    if row >= 0:
        view.selectRow(row)
        view.setCurrentIndex(model.index(row, 0))
    else:
        view.clearSelection()
