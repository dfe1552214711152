"""Fitting widgets into a 1366×768 laptop screen: tab bars, table columns, long line edits, dialog sizes.

Each helper is applied once to a widget and keeps working when the window or
the font (meeting mode) changes: nothing is hidden behind scroll arrows,
nothing is cut at its end without the full text being reachable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

#: Columns never shrink below this many average characters (enough to recognise "Délai de paiement").
MIN_COLUMN_CHARS = 12


def fit_tabs(tabs: QTabWidget) -> None:
    """Every tab stays visible: no scroll arrows; when the bar is too narrow the titles elide in the middle.

    Each tab should carry a tooltip with its full title (``setTabToolTip``): an elided title stays readable.
    """
    tabs.setUsesScrollButtons(False)
    bar = tabs.tabBar()
    bar.setExpanding(False)
    keeper = _ElideWhenNarrow(bar)
    bar.installEventFilter(keeper)
    for index in range(tabs.count()):
        if not tabs.tabToolTip(index):
            tabs.setTabToolTip(index, tabs.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&"))


class _ElideWhenNarrow(QObject):
    """Elides tab titles only when the bar is too narrow for them.

    Qt counts the mnemonic "&" when it elides, so a title shown at exactly its own width would
    lose letters ("An…es"): eliding stays off while every title fits.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTabBar) and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            fits = watched.sizeHint().width() <= watched.width()
            mode = Qt.TextElideMode.ElideNone if fits else Qt.TextElideMode.ElideMiddle
            if watched.elideMode() != mode:
                watched.setElideMode(mode)
        return False


def tabs_fit(tabs: QTabWidget) -> bool:
    """True when every tab of ``tabs`` shows its whole title (used by the tests at 1366×768)."""
    bar = tabs.tabBar()
    return not bar.usesScrollButtons() and bar.sizeHint().width() <= bar.width() + 1


def fit_columns(view: QAbstractItemView, header: QHeaderView | None = None) -> None:
    """Cut cell texts in the middle ("Circonscription…nationale") and give each column a useful minimum width."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    if isinstance(view, QTableView):
        view.setWordWrap(False)  # one line per row: a wrapped cell would be elided line by line ("auth…y (town, …")
    if header is None:
        header = getattr(view, "horizontalHeader", lambda: None)()
    if header is None:
        return
    header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * MIN_COLUMN_CHARS)


class _StartShown(QObject):
    """Shows the start of a long line edit's text when it loses focus, and the whole text as its tooltip."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() in (QEvent.Type.FocusOut, QEvent.Type.Show):
            _show_start(watched)
        return False


def _show_start(edit: QLineEdit) -> None:
    if not edit.hasFocus():
        edit.setCursorPosition(0)
    text = edit.text()
    wide = edit.fontMetrics().horizontalAdvance(text) > edit.width() - 12
    edit.setToolTip(text if wide else "")


def fit_line_edits(root: QWidget) -> None:
    """Long single-line fields show the beginning of their text (not "…bération du conseil") and a full tooltip."""
    keeper = root.findChild(_StartShown, "fitStartShown")
    if keeper is None:
        keeper = _StartShown(root)
        keeper.setObjectName("fitStartShown")
    for edit in root.findChildren(QLineEdit):
        if edit.echoMode() != QLineEdit.EchoMode.Normal or edit.property("fitStartShown"):
            continue
        edit.setProperty("fitStartShown", True)
        edit.installEventFilter(keeper)
        edit.editingFinished.connect(lambda e=edit: _show_start(e))
        # A value set by the program (not typed: not "modified") shows its beginning too.
        edit.textChanged.connect(lambda _t, e=edit: None if e.isModified() else _show_start(e))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a top-level window to ``width``×``height`` at most, never beyond the available screen area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width())
        height = min(height, area.height())
    widget.resize(width, height)


class _ColumnFitter(QObject):
    """Keeps a table's columns inside its viewport: the name column gets the room (issue 21).

    Every column is at least as wide as its header text (a header is never elided); short columns
    (year, amount, date) take their contents' width; the name column (``stretch``) gets at least
    ``NAME_SHARE`` of the width or its whole contents, and the columns wider than their header give
    up room in proportion to what they ask beyond it. The widths always add up to the viewport's, so
    the table never scrolls sideways while the headers fit; long cells elide (whole in the tooltip).
    """

    NAME_SHARE = 0.5

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self._pending = False
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def watch(self) -> None:
        """Refit when the model's rows or texts change (called once the model is set)."""
        model = self.view.model()
        if model is None or model.property("fitColumnsWatched"):
            return
        model.setProperty("fitColumnsWatched", True)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged):
            signal.connect(self.later)

    def later(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # with a context: dropped if the table is deleted first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        self._pending = False
        view = self.view
        model = view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        stretch = self.stretch if self.stretch in columns else columns[0]
        available = view.viewport().width()
        # Each header whole: its text and the style's margins (sectionSizeHint is clamped to the
        # header's minimum section size, which would give "Année" twelve characters).
        metrics = header_metrics(header)
        margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 12
        floor = {
            c: metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + margin
            for c in columns
        }
        header.setMinimumSectionSize(min(header.minimumSectionSize(), *floor.values()))
        want = {c: max(floor[c], view.sizeHintForColumn(c) + 4) for c in columns}
        others = [c for c in columns if c != stretch]
        name = min(want[stretch], max(floor[stretch], round(available * self.NAME_SHARE)))
        budget = available - name
        widths = dict(want)
        asked = sum(want[c] for c in others)
        if asked > budget:
            spare = sum(want[c] - floor[c] for c in others)
            room = budget - sum(floor[c] for c in others)
            share = max(0.0, min(1.0, room / spare)) if spare else 0.0
            for c in others:
                widths[c] = floor[c] + int((want[c] - floor[c]) * share)
        widths[stretch] = max(floor[stretch], available - sum(widths[c] for c in others))
        for c in columns:
            if header.sectionSize(c) != widths[c]:
                header.resizeSection(c, widths[c])


def fit_table_columns(view: QTableView, stretch: int) -> None:
    """Columns that fit the table's width, ``stretch`` (the name) getting the room; see :class:`_ColumnFitter`."""
    fitter = view.findChild(_ColumnFitter)
    if fitter is None:
        fitter = _ColumnFitter(view, stretch)
    fitter.stretch = stretch
    fitter.watch()
    fitter.fit()


def header_metrics(header: QHeaderView) -> QFontMetrics:
    """The metrics a header's titles are drawn with: bold when the selected row highlights them.

    A table that selects whole rows highlights every column title, and the style draws it in bold:
    measured in the regular weight, « Représentant » and « Ligne budgétaire » were cut (issue 21).
    """
    font = QFont(header.font())
    if header.highlightSections():
        font.setBold(True)
    return QFontMetrics(font)


def header_elided(view: QTableView) -> list[str]:
    """The visible header titles narrower than their text (for the tests)."""
    header = view.horizontalHeader()
    model = view.model()
    metrics = header_metrics(header)
    cut = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        text = str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if header.sectionSize(c) < metrics.horizontalAdvance(text) + 8:
            cut.append(text)
    return cut


class _OneLineLabel(QObject):
    """Paints a label on one line, cut with "…" when too long (whole in its tooltip); never wraps or widens."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLabel):
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            _fit_one_line(watched)
        elif event.type() == QEvent.Type.Paint:
            painter = QPainter(watched)
            painter.setFont(watched.font())
            painter.setPen(watched.palette().color(QPalette.ColorRole.WindowText))
            rect = watched.contentsRect()
            text = watched.fontMetrics().elidedText(watched.text(), Qt.TextElideMode.ElideRight, rect.width())
            horizontal = watched.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
            painter.drawText(rect, int(horizontal | Qt.AlignmentFlag.AlignVCenter), text)
            painter.end()
            tip = watched.text() if text != watched.text() else ""  # the text may have changed since
            if watched.toolTip() != tip:
                watched.setToolTip(tip)
            return True
        return False


def _fit_one_line(label: QLabel) -> None:
    label.setFixedHeight(label.fontMetrics().height() + 2)
    cut = label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width()
    label.setToolTip(label.text() if cut else "")


def one_line(label: QLabel) -> None:
    """A plain-text label that stays one line high whatever its text: a long title never pushes what is below."""
    if label.property("fitOneLine"):
        return
    label.setProperty("fitOneLine", True)
    label.setWordWrap(False)
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.installEventFilter(_OneLineLabel(label))
    _fit_one_line(label)


def reserve_lines(label: QLabel, lines: int) -> None:
    """A message label exactly ``lines`` lines high, shown or hidden, short or long: nothing around it moves.

    A longer message is cut at the box's foot; its tooltip and accessible description give it whole.
    """
    label.setProperty("reserved_line", True)  # checked_field.reserve_line leaves it as it is
    label.setProperty("reservedLines", lines)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message never widens the page
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setFixedHeight(lines * label.fontMetrics().lineSpacing() + 4)
    label.installEventFilter(_ReservedLines(label))


class _ReservedLines(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() == QEvent.Type.FontChange:
            lines = int(watched.property("reservedLines") or 1)
            watched.setFixedHeight(lines * watched.fontMetrics().lineSpacing() + 4)
        return False


class _GrowWithText(QObject):
    def __init__(self, edit: QPlainTextEdit, min_lines: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.min_lines = min_lines
        edit.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit())
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        edit = self.edit
        lines = max(self.min_lines, round(edit.document().documentLayout().documentSize().height()))
        margins = edit.contentsMargins()
        document = 2 * edit.document().documentMargin()
        # The frame is inside the height too, and the box counts only whole lines in its viewport:
        # without both, the last line of the visas scrolled inside a box meant to show them all.
        frame = 2 * edit.frameWidth()
        height = lines * edit.fontMetrics().lineSpacing() + document + margins.top() + margins.bottom() + frame + 6
        if edit.height() != height or edit.minimumHeight() != height:
            edit.setFixedHeight(int(height))


def grow_with_text(edit: QPlainTextEdit, min_lines: int = 3) -> None:
    """A text box as tall as its text (at least ``min_lines``), for pages that scroll as a whole.

    A box that scrolls inside a scrolling page hides its end and traps the mouse wheel (issue 21).
    """
    edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    edit.setSizePolicy(edit.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
    _GrowWithText(edit, min_lines).fit()


def list_fits_rows(widget: QListWidget) -> None:
    """A short list as tall as its rows: no scroll bar inside a scrolling page."""
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.doItemsLayout()
    rows = sum(widget.sizeHintForRow(row) for row in range(widget.count())) or widget.fontMetrics().lineSpacing()
    widget.setFixedHeight(rows + 2 * widget.frameWidth() + 4)


def reserve_messages(label: QLabel, samples: Callable[[], list[str]], min_lines: int = 2) -> None:
    """A message label as high as the longest message it may show, wrapped at its width: read whole.

    ``samples`` gives the messages the label may show; the height depends on them and on the width,
    not on the message shown, so a message coming or going never moves what is below (issue 21).
    Only a message longer than every sample makes the box grow, so that it is still read whole.
    Call :func:`fit_messages` after each ``setText``.
    """
    label.setProperty("reserved_line", True)  # checked_field.reserve_line leaves it as it is
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long message never widens the page
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    keeper = _WholeMessages(label, samples, min_lines)
    label.installEventFilter(keeper)
    keeper.fit()


def fit_messages(label: QLabel) -> None:
    """Refit ``label`` (see :func:`reserve_messages`) to its current text."""
    keeper = label.findChild(_WholeMessages)
    if keeper is not None:
        keeper.fit()


def message_lines_needed(label: QLabel, text: str) -> int:
    """The height ``text`` takes wrapped at ``label``'s width (for the tests: ≤ the label's room)."""
    if not text:
        return 0
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    width = max(label.contentsRect().width(), 1)
    return label.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


class _WholeMessages(QObject):
    def __init__(self, label: QLabel, samples: Callable[[], list[str]], min_lines: int) -> None:
        super().__init__(label)
        self.label = label
        self.samples = samples
        self.min_lines = min_lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return False

    def fit(self) -> None:
        label = self.label
        texts = [*self.samples(), label.text()]
        needed = max(
            [self.min_lines * label.fontMetrics().lineSpacing()] + [message_lines_needed(label, t) for t in texts]
        )
        margins = label.contentsMargins()
        height = needed + margins.top() + margins.bottom() + 4
        if label.minimumHeight() != height or label.maximumHeight() != height:
            label.setFixedHeight(height)


def compact_height(view: QAbstractItemView) -> None:
    """The view asks for its minimum height only, and takes whatever height is left beyond it.

    A page whose labels wrap is sized by the scroll area from its layout's preferred heights, and a
    table prefers 192 px: two tables made the Finance section scroll by 157 px at 1280×720 (issue 21).
    Shiboken calls a method set on the instance in place of the C++ virtual.
    """
    default = view.sizeHint

    def hint() -> QSize:
        return QSize(default().width(), view.minimumHeight())

    view.sizeHint = hint  # type: ignore[method-assign]
    view.updateGeometry()
