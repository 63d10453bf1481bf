"""Layouts that keep pages readable from 50 % to 200 % zoom without clipping or a
horizontal scroll bar: zoom restyles a page without rebuilding it, so these adapt
to their width and font whenever either changes.

- FlowLayout: items side by side, wrapping onto new lines (navigation bars, rows of
  buttons).
- ResponsiveGrid: cards in as many columns as fit (a minimum width in "em").
- Columns: two columns side by side, one above the other when narrow.
- WrapLink: a link whose text wraps onto several lines (long titles), still a
  button for the keyboard, screen readers and tests; also a big wrapping button
  (role="biglink", text_name="TileTitle", padding=(T.S5, T.S4)).

Fitting the screen (the rule, in one place; every screen from 1280x720 up):
- available_geometry(widget): the free part of the widget's screen (no task bar).
- fit_window(widget, width, height): a top-level window (the main window, the PDF viewer,
  a dialog) opens at the size it wishes or at the available screen, whichever is smaller,
  inside the screen; clamp_to_screen(widget) brings back a restored or grown window.
- compact(size, scale): the fallback layout. When the window, measured in 100 % pixels
  (its size divided by the zoom and the Caratteri grandi step), is narrower than
  COMPACT_BELOW.width() or lower than COMPACT_BELOW.height() (200 % on 1366x768 leaves
  683x384), the main window keeps one side area (never two beside the page) whose panels
  are tabs - the tutor's Lezione, «Il mio mondo», the Orologio: one at a time, the one just
  opened in front - at most SIDE_SHARE of its width; the tab strip hides while there is one
  tab, the status bar hides, the SIMULAZIONE band says the same in fewer words, and the
  toolbar puts what does not fit behind its «Altri comandi» button.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from .. import tokens as T
from .common import TARGET_MIN, LinkButton, Text, at_least_target


class FlowLayout(QLayout):
    """Left-to-right items that wrap (Qt's flow layout example, with height-for-width)."""

    def __init__(self, parent: QWidget | None = None, h_spacing: int = T.S2, v_spacing: int = T.S2):
        super().__init__(parent)
        self._items: list = []
        self._h = h_spacing
        self._v = v_spacing
        # Until the layout changes (Qt calls invalidate() when an item's hint changes): the
        # height for a width, and each item's size hint (Qt asks for them many times a pass).
        self._heights: dict[int, int] = {}
        self._hints: list[QSize] | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        self._hints = None
        super().invalidate()

    def _item_hints(self) -> list[QSize]:
        if self._hints is None or len(self._hints) != len(self._items):
            self._hints = [item.sizeHint() for item in self._items]
        return self._hints

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)
        self.invalidate()

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # Qt asks this many times per layout pass with the same width.
        if width not in self._heights:
            self._heights[width] = self._do_layout(QRect(0, 0, width, 0), test_only=True)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        hints = self._item_hints()
        width = sum(h.width() for h in hints) + self._h * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        """Place the items line by line, each vertically centred in its line."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list = []  # (item, x, size) of the current line

        def flush() -> None:
            if not test_only:
                for item, left, size in line:
                    top = y + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), size))
            line.clear()

        for item, hint in zip(self._items, self._item_hints()):
            if item.widget() is not None and item.widget().isHidden():
                continue
            width = min(hint.width(), max(area.width(), 1))
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if x > area.x() and x + width > area.right() + 1:
                flush()
                x = area.x()
                y += line_height + self._v
                line_height = 0
            line.append((item, x, QSize(width, height)))
            x += width + self._h
            line_height = max(line_height, height)
        flush()
        return y + line_height - rect.y() + m.bottom()


class _Adaptive(QWidget):
    """Calls `_adapt()` when its width or its font (the zoom) changes. Its minimum width
    is kept small on purpose: the layout then gives it the width really available and
    `_adapt()` chooses the arrangement that fits (rather than forcing a scroll bar)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 8 * self.em()), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._adapt()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._adapt()

    def em(self) -> int:
        return max(1, self.fontMetrics().height())

    def _adapt(self) -> None:  # pragma: no cover - overridden
        pass


class ResponsiveGrid(_Adaptive):
    """Widgets in equal columns, as many as fit with at least `min_em` font heights each."""

    def __init__(self, min_em: float = 16, max_columns: int = 3, spacing: int = T.S4, parent: QWidget | None = None,
                 *, whole: bool = False):
        super().__init__(parent)
        self.min_em = min_em
        self.max_columns = max_columns
        self.whole = whole  # never narrower than the widest item wants (buttons keep their whole text)
        self._widgets: list[QWidget] = []
        self._columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)

    def add(self, widget: QWidget) -> QWidget:
        self._widgets.append(widget)
        index = len(self._widgets) - 1
        if self._columns and self._wanted_columns() == self._columns:
            # as many columns as before: the new widget goes after the others
            self.grid.addWidget(widget, index // self._columns, index % self._columns)
        else:
            self._columns = 0  # force a relayout
            self._adapt()
        return widget

    def columns(self) -> int:
        return self._columns

    def _wanted_columns(self) -> int:
        width = self.width() if self.width() > 0 else 1000
        column = self.min_em * self.em()
        if self.whole and self._widgets:
            column = max(column, max(w.sizeHint().width() for w in self._widgets) + self.grid.horizontalSpacing())
        fits = int((width + self.grid.horizontalSpacing()) // max(1, column))
        return max(1, min(self.max_columns, fits, max(1, len(self._widgets))))

    def _adapt(self) -> None:
        wanted = self._wanted_columns()
        if wanted == self._columns:
            return
        self._columns = wanted
        for w in self._widgets:
            self.grid.removeWidget(w)
        for col in range(self.grid.columnCount()):
            self.grid.setColumnStretch(col, 0)
        for index, w in enumerate(self._widgets):
            self.grid.addWidget(w, index // wanted, index % wanted)
        for col in range(wanted):
            self.grid.setColumnStretch(col, 1)
        self.updateGeometry()  # more rows or fewer: the parent asks the height again


class Columns(_Adaptive):
    """A main and a side column; one above the other when narrower than `min_em`."""

    def __init__(self, main: QWidget, side: QWidget, min_em: float = 44, main_stretch: int = 3,
                 side_stretch: int = 2, spacing: int = T.S6, parent: QWidget | None = None,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop):
        super().__init__(parent)
        self.min_em = min_em
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.box.addWidget(main, main_stretch, align)
        self.box.addWidget(side, side_stretch, align)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _adapt(self) -> None:
        narrow = self.width() > 0 and self.width() < self.min_em * self.em()
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != direction:
            self.box.setDirection(direction)


class WrapLink(LinkButton):
    """A link whose text wraps. `text_role` styles the text (e.g. "h3" for a title)."""

    def __init__(self, text: str, url: str = "", parent: QWidget | None = None, role: str = "link",
                 text_role: str = "", text_name: str = "LinkText", padding: tuple[int, int] = (T.S1, T.S1)):
        super().__init__("", url, parent, role=role)
        self.setAccessibleName(text)
        # As wide as the text on one line at most; narrower (and taller) when space is short.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(padding[0], padding[1], padding[0], padding[1])
        self.text_label = Text(text)
        self.text_label.setObjectName(text_name)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.text_label.setAccessibleName(text)
        if text_role:
            self.text_label.setProperty("role", text_role)
        lay.addWidget(self.text_label)
        # A target of 44 px even with one short line (the parent layout asks this layout for
        # its height: the label's, bounded by its minimum, plus the padding).
        self.text_label.setMinimumHeight(max(0, TARGET_MIN - padding[1] * 2))

    def text(self) -> str:  # the visible text, as for a plain button
        return self.text_label.text()

    def _extra(self) -> QSize:
        m = self.layout().contentsMargins()
        frame = self.style().pixelMetric(self.style().PixelMetric.PM_DefaultFrameWidth, None, self)
        return QSize(m.left() + m.right() + 2 * frame, m.top() + m.bottom() + 2 * frame)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.text_label.fontMetrics()
        one_line = QSize(fm.horizontalAdvance(self.text_label.text()) + 2, fm.height())
        return at_least_target(one_line + self._extra())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self.text_label.fontMetrics()
        longest = max((fm.horizontalAdvance(w) for w in self.text_label.text().split()), default=0)
        return at_least_target(QSize(longest + 2, fm.height()) + self._extra())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        extra = self._extra()
        return max(TARGET_MIN, self.text_label.heightForWidth(max(1, width - extra.width())) + extra.height())


# -- fitting the screen --------------------------------------------------------------------------
COMPACT_BELOW = QSize(1000, 560)  # in 100 % pixels: below this, the fallback layout
SIDE_SHARE = 0.45  # at most this share of the window's width for a side area (compact layout)
FALLBACK_SCREEN = QRect(0, 0, 1280, 720)  # no screen known (never on a real display)
# Title bar and borders the window manager adds around a window, until the window is shown
# and its real frame is known.
FRAME_GUESS = QSize(8, 40)


NO_SCREEN = QRect(0, 0, 1 << 14, 1 << 14)  # nothing to fit: see available_geometry


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) a window may use. Without a
    display (the offscreen platform of the tests and of --screenshot) there is no screen to
    fit unless one is described (QT_QPA_PLATFORM=offscreen:configfile=...): then nothing is
    made smaller (the tests of the fit give their own screen)."""
    if _offscreen() and "configfile" not in os.environ.get("QT_QPA_PLATFORM", ""):
        return QRect(NO_SCREEN)
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = widget.screen() if widget.isVisible() or parent is None else parent.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return QRect(screen.availableGeometry()) if screen is not None else QRect(FALLBACK_SCREEN)


def _frame(widget: QWidget) -> QSize:
    if widget.isVisible():
        extra = widget.frameGeometry().size() - widget.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return QSize(FRAME_GUESS) if widget.isWindow() and not _offscreen() else QSize(0, 0)


def _offscreen() -> bool:
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def fit_size(widget: QWidget, width: int, height: int) -> QSize:
    """`width` x `height`, made smaller where the available screen (less the window's frame)
    is smaller."""
    area = available_geometry(widget)
    frame = _frame(widget)
    return QSize(max(200, min(width, area.width() - frame.width())), max(150, min(height, area.height() - frame.height())))


def fit_window(widget: QWidget, width: int, height: int) -> QSize:
    """Size a top-level window to `width` x `height` or the available screen, whichever is
    smaller, and place it inside the screen (over its parent window if it has one)."""
    size = fit_size(widget, width, height)
    widget.resize(size)
    _place(widget, size)
    return size


def _place(widget: QWidget, size: QSize) -> None:
    area = available_geometry(widget)
    frame = _frame(widget)
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    x = centre.x() - (size.width() + frame.width()) // 2
    y = centre.y() - (size.height() + frame.height()) // 2
    x = min(max(x, area.left()), max(area.left(), area.right() + 1 - size.width() - frame.width()))
    y = min(max(y, area.top()), max(area.top(), area.bottom() + 1 - size.height() - frame.height()))
    widget.move(x, y)


def fits(widget: QWidget) -> bool:
    """The whole window (its frame included) is inside the available screen."""
    return available_geometry(widget).contains(widget.frameGeometry())


def clamp_to_screen(widget: QWidget) -> bool:
    """A window larger than the available screen or partly off it (a restored geometry
    from a bigger screen, a window grown with its fonts) is made to fit; True if it moved.
    A maximised or full-screen window is the window manager's business."""
    if widget.isMaximized() or widget.isFullScreen():
        return False
    area = available_geometry(widget)
    frame = _frame(widget)
    size = widget.size()
    if size.width() + frame.width() <= area.width() and size.height() + frame.height() <= area.height() \
            and area.contains(widget.frameGeometry()):
        return False
    size = QSize(min(size.width(), area.width() - frame.width()), min(size.height(), area.height() - frame.height()))
    widget.resize(size)
    geo = widget.frameGeometry()
    x = min(max(geo.x(), area.left()), area.right() + 1 - geo.width())
    y = min(max(geo.y(), area.top()), area.bottom() + 1 - geo.height())
    widget.move(max(area.left(), x), max(area.top(), y))
    return True


def compact(size: QSize, scale: float) -> bool:
    """The fallback layout is needed: `size` (pixels), divided by `scale` (the zoom times the
    Caratteri grandi step), is smaller than COMPACT_BELOW."""
    scale = max(scale, 0.01)
    return size.width() / scale < COMPACT_BELOW.width() or size.height() / scale < COMPACT_BELOW.height()
