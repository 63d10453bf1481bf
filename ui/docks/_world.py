"""Il mio mondo: the one panel area of the citizen's world. A column of large named
buttons (Telefono, Posta elettronica, Cassetta postale, Scheda personale, Portafoglio,
Chiamate, Scrivania, Sede INPS), each with a badge for what is new, and beside it the
section chosen, with the whole height of the panel. When the column would not fit whole
(200 %, Caratteri grandi on a small screen, a low panel) the same buttons wrap onto rows above
the section: every section in sight at once, no scroll bar. Above the section a notice says
what just arrived ("È arrivato un SMS da InpsInforma"; an SMS and an e-mail in the same moment:
the SMS) with «Leggi ora», one click to see it whole.

The sections are the panels registered with ``@dock(..., area="world")``. For the pages,
the tutor and the tests each section still answers to its old dock name:
``window.docks["PhoneDock"]`` is a `WorldSection` (windowTitle, isVisible, show, raise_...)
and ``window.show_dock("PhoneDock")`` switches the area to the Telefono.

Methods for tests and journeys:
    area = window.world_area
    area.current_name()            # "PhoneDock"
    area.show_section("MailDock")  # as pressing «Posta elettronica»
    area.section_button("PhoneDock")   # the button (accessible name "Telefono", never a count)
    area.badge_text("PhoneDock")   # "2" or ""
    area.notice_text()             # "È arrivato un SMS da InpsInforma" ("" when none)
    area.read_arrival()            # «Leggi ora»: shows the newest arrival whole

Not a dock module itself (the leading underscore keeps it out of the dock loader).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import tokens as T
from ..widgets.common import Button, button
from ..widgets.responsive import FlowLayout

WORLD_DOCK = "WorldDock"


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


# What the notice says for the newest arrival, by channel (%1: the sender).
ARRIVAL_SENTENCES = {
    "sms": QT_TRANSLATE_NOOP("Docks", "È arrivato un SMS da %1"),
    "app": QT_TRANSLATE_NOOP("Docks", "È arrivata una notifica dell'app %1"),
    "call": QT_TRANSLATE_NOOP("Docks", "Ha ricevuto una telefonata da %1"),
    "email": QT_TRANSLATE_NOOP("Docks", "È arrivata un'e-mail da %1"),
    "pec": QT_TRANSLATE_NOOP("Docks", "È arrivata una PEC da %1"),
    "letter": QT_TRANSLATE_NOOP("Docks", "È arrivata una lettera da %1"),
}


def arrival_sentence(channel: str, sender: str) -> str:
    return tr(ARRIVAL_SENTENCES.get(channel, QT_TRANSLATE_NOOP("Docks", "È arrivato un messaggio da %1"))).replace("%1", sender)


def unread_description(count: int) -> str:
    if count <= 0:
        return tr("Niente di nuovo")
    if count == 1:
        return tr("1 nuovo")
    return tr("%1 nuovi").replace("%1", str(count))


def _scale(large: bool) -> float:
    """The program's text scale (Caratteri grandi, and the one zoom where ui/theme.py has it)."""
    from .. import theme

    factor, zoom = getattr(theme, "factor", None), getattr(theme, "zoom", None)
    if factor is not None and zoom is not None:
        return factor(large, zoom())
    return (T.BODY_LARGE / T.BODY) if large else 1.0


def area_qss(large: bool) -> str:
    from ._common import panel_qss

    return _area_qss(panel_qss(large), _scale(large), T.CURRENT)


ROWS_SCALE_MAX = 1.4  # the section buttons in rows grow with the zoom up to 140 %


@lru_cache(maxsize=8)
def _area_qss(base: str, s: float, _theme: str) -> str:
    def p(v: float) -> int:
        return max(1, round(v * s))

    c = min(s, ROWS_SCALE_MAX)

    def q(v: float) -> int:  # the buttons in rows: large, but all eight in sight above the section
        return max(1, round(v * c))

    return base + f"""
QWidget#WorldArea {{ background: {T.WHITE}; }}
QWidget#WorldRail, QScrollArea#WorldRailScroll {{ background: {T.BG_LIGHT}; border: none; }}
QWidget#WorldRail {{ border-right: 1px solid {T.DIVIDER}; }}
QWidget#WorldRailRows {{ background: {T.BG_LIGHT}; border-bottom: 1px solid {T.DIVIDER}; }}
QPushButton#SectionButton {{ text-align: left; padding: {p(6)}px {p(34)}px {p(6)}px {p(10)}px;
  min-height: {p(28)}px; font-size: {p(T.BODY)}px; font-weight: 600; color: {T.PRIMARY};
  background: {T.WHITE}; border: 1px solid {T.BORDER}; border-radius: {T.RADIUS}px; }}
QPushButton#SectionButton:hover {{ background: {T.BG_LIGHT_2}; }}
QPushButton#SectionButton:checked {{ background: {T.PRIMARY}; color: {T.WHITE}; border-color: {T.PRIMARY}; }}
QPushButton#SectionButton:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QWidget#WorldRailRows QPushButton#SectionButton {{ padding: {q(4)}px {q(12)}px {q(4)}px {q(12)}px;
  min-height: {q(28)}px; font-size: {q(T.BODY)}px; }}
QWidget#WorldRailRows QPushButton#SectionButton[badge="yes"] {{ padding-right: {q(34)}px; }}
QWidget#WorldRailRows QPushButton#SectionButton:focus {{ border: {q(3)}px solid {T.FOCUS_OUTER}; }}
QWidget#WorldRailRows QLabel#SectionBadge {{ font-size: {q(T.SMALL)}px; border-radius: {q(11)}px; padding: 0px {q(6)}px; }}
QFrame#ArrivalNotice {{ background: {T.BG_LIGHT_2}; border: 2px solid {T.PRIMARY}; border-radius: {T.RADIUS}px; }}
QPushButton#NoticeClose {{ padding: {p(4)}px {p(8)}px; min-width: {p(28)}px; }}
QLabel#ArrivalText {{ font-size: {p(T.BODY)}px; font-weight: 700; color: {T.TEXT}; }}
QFrame#ArrivalNotice[compact="true"] QLabel#ArrivalText {{ font-size: {q(T.BODY)}px; }}
QFrame#ArrivalNotice[compact="true"] QPushButton {{ font-size: {q(T.BODY)}px; padding: {q(6)}px {q(12)}px;
  min-height: {q(28)}px; }}
"""


class BadgeButton(Button):
    """A button with a badge (the unread count) drawn as a separate label at its right. The
    count goes in the accessible description: the name stays the button's text."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.setAccessibleDescription(unread_description(0))
        self.setCheckable(True)
        self.badge = QLabel("", self)
        self.badge.setObjectName("SectionBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.badge.setAccessibleName(tr("Nuovi"))
        self.badge.hide()
        self.count = 0

    def set_count(self, count: int) -> None:
        self.count = count
        self.setAccessibleDescription(unread_description(count))
        self.setToolTip(self.accessibleName() + (" - " + unread_description(count) if count else ""))
        self.badge.setText(str(count) if count < 100 else "99+")
        self.badge.setAccessibleDescription(unread_description(count))
        self.badge.setVisible(count > 0)
        if self.property("badge") != ("yes" if count > 0 else "no"):  # room for the badge (rows)
            self.setProperty("badge", "yes" if count > 0 else "no")
            self.style().unpolish(self)
            self.style().polish(self)
            self.updateGeometry()
        self._place_badge()

    def _place_badge(self) -> None:
        self.badge.adjustSize()
        size = self.badge.sizeHint()
        h = max(size.height(), 22)
        w = max(size.width(), h)
        self.badge.setGeometry(self.width() - w - 6, (self.height() - h) // 2, w, h)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_badge()


class SectionButton(BadgeButton):
    """A large named button of the rail. The arrow keys go to the next or previous section
    (and show it), Home and End to the first and the last, as in a list of tabs."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setObjectName("SectionButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(T.TARGET_MIN)
        self.area: WorldArea | None = None

    def keyPressEvent(self, event) -> None:  # noqa: N802
        K = Qt.Key
        step = {K.Key_Down: 1, K.Key_Right: 1, K.Key_Up: -1, K.Key_Left: -1}.get(event.key())
        if self.area is not None and (step or event.key() in (K.Key_Home, K.Key_End)):
            names = self.area.ordered_names()
            here = next((n for n, b in self.area.buttons.items() if b is self), names[0])
            if event.key() == K.Key_Home:
                target = names[0]
            elif event.key() == K.Key_End:
                target = names[-1]
            else:
                target = names[(names.index(here) + step) % len(names)]
            self.area.show_section(target, focus=True)
            event.accept()
            return
        super().keyPressEvent(event)


class WorldSection:
    """One section of the area, standing where its dock used to be: ``window.docks[name]``.
    It answers what callers ask of a dock (title, visible, show, raise_, hide) in terms of
    the area: showing it switches the area to it."""

    def __init__(self, area: WorldArea, name: str, title: str):
        self.area = area
        self.name = name
        self._title = title
        self.holder = QWidget()
        self.holder.setObjectName(name + "Section")
        lay = QVBoxLayout(self.holder)
        lay.setContentsMargins(0, 0, 0, 0)
        self._widget: QWidget | None = None
        self.action = QAction(title, area)
        self.action.setObjectName("act_" + name)
        self.action.triggered.connect(lambda _=False: self.show())

    # -- what callers ask of a dock ------------------------------------------------------------
    def objectName(self) -> str:  # noqa: N802
        return self.name

    def windowTitle(self) -> str:  # noqa: N802
        return self._title

    def setWindowTitle(self, title: str) -> None:  # noqa: N802 - the title stays the section's name
        pass

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802
        if self._widget is not None:
            self._widget.setParent(None)
        self._widget = widget
        self.holder.layout().addWidget(widget)
        widget.show()  # now, not on the next turn of the event loop (as a layout would)

    def widget(self) -> QWidget | None:
        return self._widget

    def isVisible(self) -> bool:  # noqa: N802
        return self.holder.isVisible()

    def isHidden(self) -> bool:  # noqa: N802
        return not self.holder.isVisible()

    def visibleRegion(self):  # noqa: N802
        return self.holder.visibleRegion()

    def isFloating(self) -> bool:  # noqa: N802
        return self.area.dock.isFloating() if self.area.dock is not None else False

    def show(self) -> None:
        self.area.show_section(self.name)

    def raise_(self) -> None:
        self.area.show_section(self.name)

    def setVisible(self, on: bool) -> None:  # noqa: N802
        if on:
            self.show()
        else:
            self.hide()

    def hide(self) -> None:
        """Closing the section shown closes the whole area (as closing its panel did)."""
        if self.area.current_name() == self.name and self.area.dock is not None:
            self.area.dock.hide()

    def close(self) -> bool:
        self.hide()
        return True

    def setStyleSheet(self, _qss: str) -> None:  # noqa: N802 - the area styles its sections
        pass

    def toggleViewAction(self) -> QAction:  # noqa: N802
        return self.action

    def geometry(self):
        return self.holder.geometry()


class WorldArea(QWidget):
    """The panel area: the rail of section buttons, the arrival notice and the section shown."""

    def __init__(self, window, dock=None):
        super().__init__(dock)  # made in its dock: polished once, under the dock's sheet too
        self.window = window
        self.dock = dock  # the QDockWidget holding the area
        self.setObjectName("WorldArea")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(tr("Il mio mondo"))
        self.sections: dict[str, WorldSection] = {}
        self.buttons: dict[str, SectionButton] = {}
        self._orders: dict[str, int] = {}
        self._current = ""
        self._arrival: tuple[str, int] | None = None  # (section, message id) of the notice
        self._styled: tuple | None = None

        # Wide: the rail is a column at the left, over the whole height, and beside it the
        # arrival notice above the section. Compact (200 %, large text on a small screen, a
        # panel too low for the column): the same buttons wrap onto rows above the section,
        # every one of them in sight at once, no scroll bar (see _arrange).
        body = QHBoxLayout(self)
        self.body = body
        self.narrow = False
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.rail = QWidget()
        self.rail.setObjectName("WorldRail")
        self.rail.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rail_lay = QVBoxLayout(self.rail)
        # tight: the eight 44 px buttons fit whole in the panel at 1366×768
        self.rail_lay.setContentsMargins(T.S2, 1, T.S2, 1)
        self.rail_lay.setSpacing(2)
        self.rail_lay.addStretch(1)
        rail_scroll = QScrollArea()  # only if even the column of a compact panel cannot fit
        rail_scroll.setObjectName("WorldRailScroll")
        rail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons are the Tab stops
        rail_scroll.setWidgetResizable(True)
        rail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rail_scroll.setWidget(self.rail)
        rail_scroll.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.rail_scroll = rail_scroll
        body.addWidget(rail_scroll)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        body.addLayout(column, 1)
        self.rail_rows = QWidget()
        self.rail_rows.setObjectName("WorldRailRows")
        self.rail_rows.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rows_lay = FlowLayout(self.rail_rows, T.S1, T.S1)
        self.rows_lay.setContentsMargins(T.S2, T.S1, T.S2, T.S1)
        self.rail_rows.hide()
        column.addWidget(self.rail_rows)
        # the arrival notice, over the section
        self.notice = QFrame()
        self.notice.setObjectName("ArrivalNotice")
        n = QHBoxLayout(self.notice)
        n.setContentsMargins(T.S3, T.S1, T.S1, T.S1)
        n.setSpacing(T.S2)
        self.notice_label = QLabel("")
        self.notice_label.setObjectName("ArrivalText")
        self.notice_label.setWordWrap(True)
        n.addWidget(self.notice_label, 1)
        self.read_now = button(tr("Leggi ora"), self.read_arrival)
        n.addWidget(self.read_now, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dismiss = button("✕", self.clear_notice, role="secondary")
        self.dismiss.setObjectName("NoticeClose")
        self.dismiss.setAccessibleName(tr("Nascondi l'avviso"))
        self.dismiss.setToolTip(tr("Nascondi l'avviso"))
        n.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice.hide()
        notice_holder = QWidget()
        nh = QVBoxLayout(notice_holder)
        nh.setContentsMargins(T.S2, T.S2, T.S2, 0)
        nh.addWidget(self.notice)
        self._notice_holder = notice_holder
        notice_holder.hide()
        column.addWidget(notice_holder)
        self.stack = QStackedWidget()
        self.stack.setObjectName("WorldStack")
        column.addWidget(self.stack, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.apply_style()

    # -- building --------------------------------------------------------------------------------
    def add_section(self, name: str, title: str, order: int) -> WorldSection:
        section = WorldSection(self, name, title)
        self.sections[name] = section
        self._orders[name] = order
        b = SectionButton(title)
        b.area = self
        b.clicked.connect(lambda _=False, n=name: self.show_section(n, focus=False))
        self.group.addButton(b)
        self.buttons[name] = b
        self._place_buttons()
        b.show()  # now, not on the next turn of the event loop (the rail may be on screen already)
        self.stack.addWidget(section.holder)
        if not self._current:
            self.show_section(name, build=False)
        self._fit_rail()
        return section

    def ordered_names(self) -> list[str]:
        return sorted(self.sections, key=lambda k: (self._orders[k], k))

    MIN_SECTION_WIDTH = 300  # below this (at 100 %) beside the rail, the rail goes on top

    def _place_buttons(self) -> None:
        """The buttons, in order, in the column (wide) or in the rows (compact)."""
        for b in self.buttons.values():
            self.rail_lay.removeWidget(b)
            self.rows_lay.removeWidget(b)
        sp = QSizePolicy.Policy
        for i, name in enumerate(self.ordered_names()):
            b = self.buttons[name]
            if self.narrow:
                b.setParent(self.rail_rows)
                b.setSizePolicy(sp.Fixed, sp.Fixed)
                self.rows_lay.addWidget(b)
            else:
                b.setParent(self.rail)
                b.setSizePolicy(sp.Expanding, sp.Fixed)
                self.rail_lay.insertWidget(i, b)
            b.show()

    def _fit_rail(self) -> None:
        width = max((b.sizeHint().width() for b in self.buttons.values()), default=0) + 2 * T.S2
        bar = self.rail_scroll.verticalScrollBar().sizeHint().width()
        self.rail_scroll.setFixedWidth(width + (bar if self.column_height() > self.height() else 0) + 2)

    def _as_column(self) -> float:
        """How much larger a button is in the column than as it is now: in rows its text grows
        only up to ROWS_SCALE_MAX (so the choice between the two never flips back and forth)."""
        if not self.narrow:
            return 1.0
        s = _scale(bool(getattr(self.window, "large_text", False)))
        return s / min(s, ROWS_SCALE_MAX)

    def rail_width(self) -> int:
        k = self._as_column()
        return round(max((b.sizeHint().width() for b in self.buttons.values()), default=0) * k) + 2 * T.S2 + 2

    def column_height(self) -> int:
        """The height of the rail as a column: every button, none hidden below."""
        k = self._as_column()
        hints = [max(round(b.sizeHint().height() * k), T.TARGET_MIN) for b in self.buttons.values()]
        m = self.rail_lay.contentsMargins()
        return sum(hints) + self.rail_lay.spacing() * max(0, len(hints) - 1) + m.top() + m.bottom()

    def _arrange(self) -> None:
        """The rail as a column beside the section when it fits whole, in rows above it otherwise."""
        if not self.buttons:
            return
        scale = _scale(bool(getattr(self.window, "large_text", False)))
        too_narrow = self.width() < self.rail_width() + round(self.MIN_SECTION_WIDTH * scale)
        too_low = self.height() > 0 and self.column_height() > self.height()
        narrow = too_narrow or too_low
        if narrow != self.narrow:
            self.narrow = narrow
            self.rail_scroll.setVisible(not narrow)
            self.rail_rows.setVisible(narrow)
            self._place_buttons()
            self.notice.setProperty("compact", "true" if narrow else "false")
            for w in (self.notice, self.notice_label, self.read_now, self.dismiss):
                w.style().unpolish(w)
                w.style().polish(w)
        if not narrow:
            self._fit_rail()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def apply_style(self) -> None:
        large = bool(getattr(self.window, "large_text", False))
        key = (large, T.CURRENT, _scale(large))
        if key != self._styled:
            self._styled = key
            self.setStyleSheet(area_qss(large))
            self._fit_rail()
            self._arrange()
            for b in self.buttons.values():
                b._place_badge()

    def showEvent(self, event) -> None:  # noqa: N802
        self.apply_style()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self.apply_style)
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.rail_scroll.width() + 380, 480)

    # -- switching -------------------------------------------------------------------------------
    def current_name(self) -> str:
        return self._current

    def section_button(self, name: str) -> SectionButton:
        return self.buttons[name]

    def show_section(self, name: str, *, build: bool = True, focus: bool = False) -> None:
        """Show section `name` (building its panel if needed) and bring the area to the front."""
        section = self.sections.get(name)
        if section is None:
            return
        self._current = name
        self.buttons[name].setChecked(True)
        self.stack.setCurrentWidget(section.holder)
        if build:
            self.window.dock_panels.get(name)
        if self.dock is not None and build:
            if not self.dock.isVisible():
                self.dock.show()
            self.dock.raise_()
        if not self.narrow:
            self.rail_scroll.ensureWidgetVisible(self.buttons[name], 0, 0)
        if focus:
            self.buttons[name].setFocus()

    # -- badges -------------------------------------------------------------------------------------
    def set_badge(self, name: str, count: int) -> None:
        b = self.buttons.get(name)
        if b is not None and b.count != count:
            b.set_count(count)

    def badge_text(self, name: str) -> str:
        b = self.buttons.get(name)
        return b.badge.text() if b is not None and b.badge.isVisible() else ""

    # -- the arrival notice -------------------------------------------------------------------------
    def announce(self, name: str, view, more: int = 0) -> None:
        """`view` (a MessageView) just reached section `name`: say so, and offer «Leggi ora»."""
        from ._common import sender_name

        text = arrival_sentence(view.channel, sender_name(view.sender))
        if more > 0 and not self.narrow:  # compact: the badges say the rest, the notice stays short
            text += " " + (tr("(e un altro messaggio nuovo)") if more == 1
                           else tr("(e altri %1 messaggi nuovi)").replace("%1", str(more)))
        self._arrival = (name, view.id)
        self.notice_label.setText(text)
        self.notice_label.setAccessibleName(text)
        self.notice.setAccessibleName(text)
        self.notice.show()
        self._notice_holder.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.notice_label, QAccessible.Event.Alert))

    def notice_text(self) -> str:
        return self.notice_label.text() if self._arrival is not None else ""

    def clear_notice(self) -> None:
        self._arrival = None
        self.notice_label.setText("")
        self.notice.hide()
        self._notice_holder.hide()

    def read_arrival(self):
        """«Leggi ora»: the section of the newest arrival, with that message open whole (a letter
        in the PDF viewer). Returns what the panel's open_by_id returned."""
        if self._arrival is None:
            return None
        name, message_id = self._arrival
        self.clear_notice()
        self.show_section(name)
        panel = self.window.dock_panels.get(name)
        opener = getattr(panel, "open_by_id", None)
        return opener(message_id) if opener is not None else None

    def forget_read_arrival(self, read_ids: set[int]) -> None:
        """The message of the notice was opened some other way: the notice has done its job."""
        if self._arrival is not None and self._arrival[1] in read_ids:
            self.clear_notice()


class DockTitle(QWidget):
    """A dock's title bar whose title is never cut: it wraps onto a second line when the dock
    is narrow ("Fascicolo: Posizione assicurativa"), with named buttons to detach the
    panel into a window of its own and to close it."""

    def __init__(self, dock, title: str):
        from PySide6.QtWidgets import QStyle, QToolButton

        super().__init__(dock)
        self.setObjectName("DockTitle")
        self.dock = dock
        lay = QHBoxLayout(self)
        lay.setContentsMargins(T.S2, 1, 2, 1)
        lay.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("DockTitleText")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.title, 1)
        dock.windowTitleChanged.connect(self.title.setText)
        style = self.style()
        self.float_button = QToolButton()
        self.float_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton))
        self.close_button = QToolButton()
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        for b, text in ((self.float_button, tr("Stacca il pannello")), (self.close_button, tr("Chiudi il pannello"))):
            b.setAccessibleName(text)
            b.setToolTip(text)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.float_button.clicked.connect(lambda: dock.setFloating(not dock.isFloating()))
        self.close_button.clicked.connect(dock.close)
        self._tabbed = False
        dock.visibilityChanged.connect(lambda _shown: self._check_tabbed())
        dock.dockLocationChanged.connect(lambda _area: self._check_tabbed())
        self._apply_scale()

    def _apply_scale(self) -> None:
        large = bool(getattr(self.dock.parentWidget(), "large_text", False))
        side = round(30 * _scale(large))
        for b in (self.float_button, self.close_button):
            b.setFixedSize(side, side)
            b.setIconSize(QSize(round(side * 0.55), round(side * 0.55)))

    def _check_tabbed(self) -> None:
        """A dock stacked with others shows its name in its tab: no second title under it."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self._update_tabbed)

    def _update_tabbed(self) -> None:
        window = self.dock.parentWidget()
        tabbed = bool(window is not None and hasattr(window, "tabifiedDockWidgets")
                      and not self.dock.isFloating() and window.tabifiedDockWidgets(self.dock))
        if tabbed != self._tabbed:
            self._tabbed = tabbed
            for w in (self.title, self.float_button, self.close_button):
                w.setVisible(not tabbed)
            self.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._apply_scale()
        super().changeEvent(event)

    def _needed_height(self, width: int) -> int:
        """The title wrapped at `width`, and never lower than its buttons."""
        m = self.layout().contentsMargins()
        buttons = self.float_button.width() + self.close_button.width() + 2 * self.layout().spacing()
        text = self.title.heightForWidth(max(40, width - m.left() - m.right() - buttons))
        return max(text, self.float_button.height()) + m.top() + m.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._hints()[0]

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._tabbed and self._needed_height(event.size().width()) != event.size().height():
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self.updateGeometry)  # the dock asks the title again

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._hints()[1]

    def _hints(self) -> tuple[QSize, QSize]:
        """(sizeHint, minimumSizeHint), worked out again only when what they follow changes (the
        dock's width, the title and its font, the buttons' size): the main window asks every
        dock's title for both each time it lays itself out, as after a page switch."""
        if not hasattr(self, "float_button"):  # asked while being made
            return QSize(0, 0), QSize(0, 0)
        key = (self._tabbed, self.dock.width(), self.title.text(), self.title.font().key(), self.float_button.width())
        if key != getattr(self, "_hint_key", None):
            self._hint_key = key
            self._hint_values = self._work_out_hints()
        return self._hint_values

    def _work_out_hints(self) -> tuple[QSize, QSize]:
        if self._tabbed:
            return QSize(0, 0), QSize(0, 0)
        width = self.dock.width() if self.dock.width() > 0 else 300
        # never narrower than its longest word: a title wraps, a word is never cut
        m = self.layout().contentsMargins()
        fm = self.title.fontMetrics()
        word = max((fm.horizontalAdvance(w) for w in self.title.text().split()), default=0)
        buttons = self.float_button.width() + self.close_button.width() + 2 * self.layout().spacing()
        minimum = QSize(word + buttons + m.left() + m.right() + 4, max(32, self.float_button.height()))
        return QSize(width, self._needed_height(width)), minimum
