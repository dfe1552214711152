"""Side-by-side comparison widget: summary, legend, two locked columns, change navigation.

Owns the view of one :class:`~charte_app.diff.model.Comparison`. Each column
is a read-only text browser; row *k* of the comparison is text block *k* in
both (see :mod:`.compare_html`), so scrolling either column brings the same
row to the top of the other: the scrolls are locked together row by row even
where one side's text is longer. F8 / Shift+F8 (or Alt+Down / Alt+Up) go
from change to change and highlight it on both sides; unchanged sections are
collapsed to one line, a link opens them; "Mode réunion" enlarges the text for
a projector. No service, no SQL: whoever shows the view computes the
comparison. The static chrome (summary, legend, navigation bar, column headers
and columns) is ``forms/compare_view.ui``; the rows' HTML, their alignment and
the highlight are done here.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QShowEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from charte_app.diff.model import Comparison
from charte_app.ui.generated.ui_compare_view import Ui_ComparisonView

from ..i18n import plural
from .compare_column import ComparisonColumn
from .compare_html import STYLE_SHEET, Rendered, legend_html, render

MEETING_SCALE = 1.6
HIGHLIGHT = QColor("#fff0a0")
ORIGINAL_BACKGROUND = QTextFormat.Property.UserProperty + 1  # an item row's own tint, restored after
BASE_MARGIN = QTextFormat.Property.UserProperty + 2  # a row's own bottom margin, before padding
TOP_LINES = 2.2  # lines of context left above a change brought into view


class ComparisonView(QWidget):
    """Shows a comparison; ``current_changed(index, total)`` follows the navigation."""

    current_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.old_label = ""
        self.new_label = ""
        self._expanded: set[str] = set()
        self._changes: list[int] = []
        self._current = -1
        self._meeting = False
        self._syncing = False
        self._equalise_timer = QTimer(self)
        self._equalise_timer.setSingleShot(True)
        self._equalise_timer.setInterval(0)
        self._equalise_timer.timeout.connect(self._equalise)
        self._tinted: dict[str, int | None] = {}  # column → row currently tinted
        self._pending: Rendered | None = None  # rows rendered but not yet in the columns (hidden view)
        self._scroll_on_push = False
        self._equalised_width = -1

        self.form = Ui_ComparisonView()
        self.form.setupUi(self)
        f = self.form
        # Long labels ("Avant : Version 1 – Version présentée au comité…") wrap instead of widening the window.
        for label in (f.comparisonSummary, f.comparisonLegend, f.oldHeader, f.newHeader, f.changePosition):
            label.setWordWrap(True)
        self.summary = f.comparisonSummary
        self.legend = f.comparisonLegend
        self.legend.setText(legend_html())
        self.previous_button = f.previousChange
        self.next_button = f.nextChange
        self.position = f.changePosition
        self.show_all = f.showUnchanged
        self.meeting = f.meetingMode
        self.old_header = f.oldHeader
        self.new_header = f.newHeader
        self.old_view = self._column(f.comparisonOld)
        self.new_view = self._column(f.comparisonNew)

        self.previous_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        self.show_all.toggled.connect(self._show_all_toggled)
        self.meeting.toggled.connect(self.set_meeting_mode)
        # Bound methods, not lambdas: Qt drops these connections when the view dies, while
        # the scroll bars still emit during their own destruction.
        self.old_view.verticalScrollBar().valueChanged.connect(self._old_scrolled)
        self.new_view.verticalScrollBar().valueChanged.connect(self._new_scrolled)
        for keys, slot in (
            ("F8", self.next_change),
            ("Alt+Down", self.next_change),
            ("Shift+F8", self.previous_change),
            ("Alt+Up", self.previous_change),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self._base_font = QFont(self.font())
        self._style_headers()
        self._update_position()

    def _column(self, view: ComparisonColumn) -> ComparisonColumn:
        view.resized.connect(self._schedule_equalise)
        view.document().setDefaultStyleSheet(STYLE_SHEET)
        view.anchorClicked.connect(self._link)
        return view

    # -- content ------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, *, old_label: str, new_label: str) -> None:
        self.comparison = comparison
        self.old_label, self.new_label = old_label, new_label
        self._expanded.clear()
        self._current = -1
        self.summary.setText(self.tr("<b>Résumé :</b> {summary}").format(summary=comparison.summary))
        self.old_header.setText(self.tr("Avant : {label}").format(label=old_label))
        self.new_header.setText(self.tr("Après : {label}").format(label=new_label))
        self._refresh()

    def _refresh(self) -> None:
        if self.comparison is None:
            return
        rendered = render(self.comparison, expanded=self._expanded, show_all=self.show_all.isChecked())
        current_row = self._changes[self._current] if 0 <= self._current < len(self._changes) else None
        self._changes = rendered.changes
        # Keep the highlighted change when the rows move (a section opened above it).
        self._current = self._changes.index(current_row) if current_row in self._changes else -1
        self._pending = rendered
        if self.isVisible():
            self._push()
        self._update_position()

    def _push(self) -> None:
        """Put the rendered rows into the columns; done only once the view is shown.

        Laying out a thousand rows at a hidden widget's provisional width is
        wasted work: they are laid out again at the real width on show.
        """
        rendered, self._pending = self._pending, None
        if rendered is None:
            return
        scroll = self.old_view.verticalScrollBar().value()
        self._syncing = True
        try:
            self.old_view.setHtml(rendered.old_html)
            self.new_view.setHtml(rendered.new_html)
            self._tinted.clear()  # new documents: nothing tinted any more
        finally:
            self._syncing = False
        self._equalise()
        self.old_view.verticalScrollBar().setValue(scroll)
        self._highlight()
        if self._current >= 0 and self._scroll_on_push:
            self._scroll_to_current()
        self._scroll_on_push = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._push()

    def _schedule_equalise(self) -> None:
        if self.old_view.viewport().width() == self._equalised_width:
            return  # the show that laid the rows out already had this width
        # A timer owned by the view dies with it: a queued re-levelling never runs on a deleted view.
        self._equalise_timer.start()

    def _equalise(self) -> None:
        """Give row *k* the same height in both columns, so every row starts level.

        The shorter side of row *k* gets the difference as extra top margin on
        row *k+1* (Qt collapses a bottom margin with the next top margin, so a
        bottom margin would vanish under a heading's). Both documents then have
        the same height and locked scrolling keeps every row level, not only
        the top one.
        """
        self._equalised_width = self.old_view.viewport().width()
        docs = (self.old_view.document(), self.new_view.document())
        layouts = [d.documentLayout() for d in docs]
        cursors = [QTextCursor(d) for d in docs]
        for cursor in cursors:
            cursor.beginEditBlock()
        try:
            pending = [0.0, 0.0]
            blocks = [docs[0].begin(), docs[1].begin()]
            while blocks[0].isValid() and blocks[1].isValid():
                for side in (0, 1):
                    block = blocks[side]
                    fmt = block.blockFormat()
                    # hasProperty first: QTextFormat.property() of an unset key hands back a None
                    # PySide does not reference-count (a crash at exit).
                    base = fmt.doubleProperty(BASE_MARGIN) if fmt.hasProperty(BASE_MARGIN) else fmt.topMargin()
                    wanted = base + pending[side]
                    if abs(fmt.topMargin() - wanted) > 0.5:
                        fmt.setProperty(BASE_MARGIN, base)
                        fmt.setTopMargin(wanted)
                        cursors[side].setPosition(block.position())
                        cursors[side].setBlockFormat(fmt)
                # The bounding rect is the text's own height, margins excluded.
                heights = [layouts[side].blockBoundingRect(blocks[side]).height() for side in (0, 1)]
                pending = [max(heights) - h for h in heights]
                blocks = [blocks[0].next(), blocks[1].next()]
        finally:
            for cursor in cursors:
                cursor.endEditBlock()

    def _show_all_toggled(self, _on: bool) -> None:
        self._refresh()

    def _link(self, url: QUrl) -> None:
        verb, _, key = url.toString().partition(":")
        if verb == "expand":
            self._expanded.add(key)
        elif verb == "collapse":
            self._expanded.discard(key)
        else:
            return
        self._refresh()

    # -- locked scrolling ---------------------------------------------------------------------
    def row_at_top(self, view: QTextBrowser) -> int:
        """The row (block number) at the top of a column's viewport."""
        return view.cursorForPosition(QPoint(0, 0)).blockNumber()

    def _row_top(self, view: QTextBrowser, row: int) -> float:
        block = view.document().findBlockByNumber(row)
        return view.document().documentLayout().blockBoundingRect(block).top()

    def _old_scrolled(self, _value: int) -> None:
        self._sync(self.old_view, self.new_view)

    def _new_scrolled(self, _value: int) -> None:
        self._sync(self.new_view, self.old_view)

    def _sync(self, source: QTextBrowser, target: QTextBrowser) -> None:
        """Bring the row at the top of ``source`` to the top of ``target``, at the same fraction."""
        if self._syncing or not source.isVisible():
            return
        self._syncing = True
        try:
            bar = source.verticalScrollBar()
            if bar.value() >= bar.maximum() > 0:
                target.verticalScrollBar().setValue(target.verticalScrollBar().maximum())
                return
            row = self.row_at_top(source)
            doc = source.document()
            rect = doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(row))
            fraction = (bar.value() - rect.top()) / rect.height() if rect.height() > 0 else 0.0
            other = target.document()
            other_rect = other.documentLayout().blockBoundingRect(other.findBlockByNumber(row))
            target.verticalScrollBar().setValue(round(other_rect.top() + fraction * other_rect.height()))
        finally:
            self._syncing = False

    # -- navigation ---------------------------------------------------------------------------
    @property
    def change_count(self) -> int:
        return len(self._changes)

    def current_index(self) -> int:
        """Index of the highlighted change, -1 before the first move."""
        return self._current

    def current_row(self) -> int | None:
        return self._changes[self._current] if self._current >= 0 else None

    def next_change(self) -> None:
        if self._changes:
            self.go_to(min(self._current + 1, len(self._changes) - 1))

    def previous_change(self) -> None:
        if self._changes:
            self.go_to(max(self._current - 1, 0))

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self._changes):
            return
        self._current = index
        if self._pending is not None:  # not shown yet: scroll once the rows are in
            self._scroll_on_push = True
        else:
            self._scroll_to_current()
            self._highlight()
        self._update_position()

    def _scroll_to_current(self) -> None:
        row = self._changes[self._current]
        # Leave about two lines above the change, so the heading it belongs to shows too.
        margin = round(self.old_view.fontMetrics().height() * TOP_LINES)
        self.old_view.verticalScrollBar().setValue(round(self._row_top(self.old_view, row)) - margin)

    def _highlight(self) -> None:
        """Tint the current change's row on both sides (and only it).

        The tint is a block format change rather than an extra selection: extra
        selections keep text cursors into the document that PySide may destroy
        out of order when the view goes away.
        """
        row = self.current_row()
        for view in (self.old_view, self.new_view):
            previous = self._tinted.get(view.objectName())
            if previous is not None and previous != row:
                self._tint(view, previous, None)
            if row is not None:
                self._tint(view, row, HIGHLIGHT)
            self._tinted[view.objectName()] = row

    @staticmethod
    def _tint(view: QTextBrowser, row: int, colour: QColor | None) -> None:
        block = view.document().findBlockByNumber(row)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        fmt = cursor.blockFormat()
        if colour is None:
            if fmt.hasProperty(ORIGINAL_BACKGROUND):
                fmt.setBackground(fmt.brushProperty(ORIGINAL_BACKGROUND))
                fmt.clearProperty(ORIGINAL_BACKGROUND)
            else:
                fmt.clearBackground()
        else:
            if fmt.hasProperty(QTextFormat.Property.BackgroundBrush) and not fmt.hasProperty(ORIGINAL_BACKGROUND):
                fmt.setProperty(ORIGINAL_BACKGROUND, fmt.background())
            fmt.setBackground(colour)
        cursor.setBlockFormat(fmt)

    def _update_position(self) -> None:
        total = len(self._changes)
        if not total:
            text = self.tr("Aucune modification")
        elif self._current < 0:
            text = plural(
                self.tr("%n modifications — F8 pour aller à la première", "", total),
                "%n modification — F8 pour y aller",
                total,
            )
        else:
            text = self.tr("Modification {n} sur {total}").format(n=self._current + 1, total=total)
        self.position.setText(text)
        self.previous_button.setEnabled(total > 0 and self._current > 0)
        self.next_button.setEnabled(total > 0 and self._current < total - 1)
        self.current_changed.emit(self._current, total)

    # -- meeting mode -------------------------------------------------------------------------
    def _style_headers(self) -> None:
        for header in (self.old_header, self.new_header):
            header.setWordWrap(True)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)

    def set_meeting_mode(self, on: bool) -> None:
        """Large text for a projector: columns, summary and column headers."""
        if self.meeting.isChecked() != on:
            self.meeting.setChecked(on)  # comes back here through the toggled signal
            return
        self._meeting = on
        font = QFont(self._base_font)
        if on:
            size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
            font.setPointSizeF(size * MEETING_SCALE)
        for widget in (self.old_view, self.new_view, self.summary, self.old_header, self.new_header):
            widget.setFont(font)
        for view in (self.old_view, self.new_view):
            view.document().setDefaultFont(font)
        self._style_headers()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # labels grew: give them their height now, not at the next event loop turn
        self._refresh()

    def meeting_mode(self) -> bool:
        return self._meeting
