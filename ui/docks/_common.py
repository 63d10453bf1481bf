"""Parts shared by the citizen's-world docks (phone, mail, letterbox, clock, person card):
the panel base with the page look, the message list and the reading pane.

Not a dock itself (the leading underscore keeps it out of the dock loader).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.messages import MessageView

from .. import theme
from .. import tokens as T
from ..widgets.common import label, set_role
from . import DockPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


def service_text(message: str) -> str:
    """A service's Italian message through Qt translation (as pages do)."""
    from ..i18n import service_text as translated

    return translated(message)


def sender_name(sender: str) -> str:
    """"InpsInforma <noreply@inps.sim>" -> "InpsInforma": the name a learner recognises."""
    import re

    name = re.sub(r"\s*<[^>]*>\s*", " ", sender).strip()
    return name or sender


# Which arrival the notice names when several come in the same moment: the phone first (the
# immediate channel, the one the guides talk about), then the mail, then the letterbox.
ARRIVAL_PRIORITY = {"sms": 0, "app": 0, "call": 0, "email": 1, "pec": 1, "letter": 2}


def when(moment: dt.datetime) -> str:
    """"15/10/2018 alle 09:30"."""
    return tr("%1 alle %2").replace("%1", moment.strftime("%d/%m/%Y")).replace("%2", moment.strftime("%H:%M"))


def panel_qss(large: bool) -> str:
    """The page look (ui/theme.page_qss: 16 px text, 18 px with "caratteri grandi", big buttons)
    plus the few parts only the world panels have. Colours and sizes from ui/tokens.py, in
    the current theme."""
    return _panel_qss(large, T.CURRENT, theme.zoom())


@lru_cache(maxsize=16)
def _panel_qss(large: bool, _theme: str, zoom: int) -> str:
    s = theme.factor(large, zoom)  # the program's one zoom (ui/theme.py)

    def p(v: float) -> int:
        return max(1, round(v * s))

    return theme.base_qss(zoom, large) + theme.page_qss(zoom, large) + f"""
QWidget#WorldPanel {{ background: {T.WHITE}; }}
QScrollArea#WorldScroll, QWidget#WorldViewport {{ background: {T.WHITE}; border: none; }}
QListWidget#MessageList {{ border: 1px solid {T.BORDER}; border-radius: {T.RADIUS}px; padding: {p(2)}px; }}
QListWidget#MessageList::item {{ padding: {p(8)}px {p(6)}px; border-bottom: 1px solid {T.DIVIDER}; color: {T.TEXT}; }}
QListWidget#MessageList::item:selected {{ background: {T.BG_LIGHT_2}; color: {T.TEXT}; }}
QListWidget#MessageList:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QFrame#ReadingPane {{ background: {T.BG_LIGHT}; border: 1px solid {T.DIVIDER}; border-radius: {T.RADIUS}px; }}
QFrame[role="envelope"] {{ background: {T.WHITE}; border: 2px solid {T.BORDER}; border-radius: {T.RADIUS}px; }}
QFrame[role="envelope-new"] {{ background: {T.BG_LIGHT}; border: {p(3)}px solid {T.PRIMARY}; border-radius: {T.RADIUS}px; }}
QLabel[role="new"] {{ color: {T.WHITE}; background: {T.DANGER}; font-weight: 700; padding: {p(2)}px {p(8)}px;
  border-radius: {T.RADIUS}px; }}
QLabel[role="clock-date"] {{ font-size: {p(T.H3)}px; font-weight: 600; color: {T.DARK_SLATE}; }}
QLabel[role="clock-time"] {{ font-size: {p(T.H1)}px; font-weight: 700; color: {T.DARK_SLATE}; }}
QLabel[role="muted"] {{ font-size: {p(T.BODY)}px; }}
QLabel[role="cf"] {{ font-size: {p(T.H3)}px; font-weight: 700; letter-spacing: 1px; color: {T.DARK_SLATE}; }}
QLabel[role="value"] {{ font-weight: 600; color: {T.TEXT}; }}
QPushButton {{ padding: {p(8)}px {p(14)}px; min-height: {p(26)}px; }}
QPushButton[role="secondary"]:disabled {{ background: {T.DISABLED_BG}; border-color: {T.DISABLED_BG}; color: {T.DISABLED_TEXT}; }}
QPushButton[role="tab"] {{ padding: {p(8)}px {p(14)}px; font-size: {p(T.BODY)}px; border-bottom: 1px solid {T.DIVIDER}; }}
QPushButton[role="tab"]:checked {{ border-bottom: none; }}
QPushButton[role="tab"][badge="yes"] {{ padding-right: {p(34)}px; }}
QLabel#SectionBadge {{ color: {T.WHITE}; background: {T.DANGER}; font-weight: 700; font-size: {p(T.SMALL)}px;
  border-radius: {p(11)}px; padding: 0px {p(6)}px; min-width: {p(10)}px; }}
"""


class WorldPanel(DockPanel):
    """A dock of the citizen's world: white, page-like, scrolls when it is too short,
    restyles itself when "Caratteri grandi" is switched."""

    def __init__(self, window):
        self._large: bool | None = None
        super().__init__(window)
        self.apply_style()

    def make_scroll(self, *, fill: bool = False) -> QVBoxLayout:
        """A scrollable content area filling the panel; returns its layout. With `fill`
        the content is not packed at the top (a list in it may take the free height)."""
        self.layout_.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("WorldScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what it holds takes the focus, and is scrolled into view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("WorldViewport")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(T.S3, T.S3, T.S3, T.S3)
        lay.setSpacing(T.S3)
        if not fill:
            lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(inner)
        self.layout_.addWidget(scroll)
        self.scroll_area = scroll
        return lay

    # Width of the right-hand column, and the height a panel asks for: compact panels
    # (clock, person card) ask for their content; the message panels for the rest.
    PREFERRED_WIDTH = 520
    PREFERRED_HEIGHT = 0  # 0: the height of the content

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.PREFERRED_HEIGHT:
            return QSize(self.PREFERRED_WIDTH, self.PREFERRED_HEIGHT)
        scroll = getattr(self, "scroll_area", None)
        content = scroll.widget().sizeHint() if scroll is not None else super().sizeHint()
        return QSize(self.PREFERRED_WIDTH, content.height() + 4)

    def apply_style(self) -> None:
        """(Re)style for "Caratteri grandi" and the theme (Alto contrasto), when they changed."""
        large = theme.style_key(bool(getattr(self.window, "large_text", False)))  # (large, theme, zoom)
        if large != self._large:
            self._large = large
            self.setObjectName("WorldPanel")
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.setStyleSheet(panel_qss(large[0]))
        area = getattr(self.window, "world_area", None)
        if area is not None:  # the area around the sections follows too (Alto contrasto, zoom)
            area.apply_style()

    def showEvent(self, event) -> None:  # noqa: N802
        self.apply_style()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        # The window changes its font when "Caratteri grandi" is switched: follow it.
        if event.type() == QEvent.Type.FontChange and self._large is not None:
            QTimer.singleShot(0, self.apply_style)
        super().changeEvent(event)

    def raise_dock(self) -> None:
        """Bring this panel to the front (its section of «Il mio mondo», or its dock)."""
        name = self.dock_name()
        if name:
            self.window.show_dock(name)

    def announce_arrival(self, views: list[MessageView]) -> None:
        """New unread messages reached this panel: like a phone that buzzes, the world area
        says what arrived ("È arrivato un SMS da InpsInforma", with «Leggi ora») and shows
        this section. When several panels receive something in the same moment (one
        refresh), the one with the newest message wins."""
        if not views:
            return
        window = self.window
        pending = window.__dict__.setdefault("_arrivals", [])
        if not pending:
            QTimer.singleShot(0, window, lambda: _announce_newest(window))
        for v in views:
            pending.append(((v.delivered_at, v.id), self, v))

    def dock_name(self) -> str:
        panels = getattr(self.window, "dock_panels", None)
        for name, panel in (panels.built().items() if panels is not None else ()):
            if panel is self:
                return name
        return ""

    def open_by_id(self, message_id: int):
        """Show the message `message_id` whole (the arrival notice's «Leggi ora»)."""
        return None

    def message_opened(self, message_id: int) -> None:
        """Tell the world area that this message was read (its arrival notice is done)."""
        area = getattr(self.window, "world_area", None)
        if area is not None:
            area.forget_read_arrival({message_id})


def _announce_newest(window) -> None:
    import shiboken6

    pending = window.__dict__.pop("_arrivals", [])
    if not pending or not shiboken6.isValid(window):
        return
    # the newest; of those delivered in the same moment (an SMS and an e-mail), the phone's
    _newest, panel, view = min(pending, key=lambda item: (-item[0][0].timestamp(),
                                                          ARRIVAL_PRIORITY.get(item[2].channel, 3), -item[0][1]))
    name = panel.dock_name() if shiboken6.isValid(panel) else ""
    if not name:
        return
    area = getattr(window, "world_area", None)
    if area is not None and name in area.sections:
        current = window.dock_panels.built().get(area.current_name())
        if current is None or current is panel or not current.keeps_focus():
            window.show_dock(name)
        area.announce(name, view, more=len({v.id for _k, _p, v in pending}) - 1)
    else:
        window.show_dock(name)


def add(layout, widget: QWidget, *args) -> QWidget:
    """addWidget, and show it now rather than on the next event-loop turn (Qt's default for
    widgets added to a visible parent), so what a refresh built is there at once."""
    layout.addWidget(widget, *args)
    widget.show()
    return widget


class MessageList(QListWidget):
    """The list of messages of a phone or mailbox: sender and time on the first line,
    subject or beginning of the text on the second; unread ones in bold with "Nuovo"."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MessageList")
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.views: list[MessageView] = []

    def show_views(self, views: list[MessageView], describe) -> None:
        """Fill with `views`; `describe(view)` gives the (first line, second line) texts.
        Keeps the selected message selected, without emitting a selection change."""
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        self.views = list(views)
        for view in self.views:
            first, second = describe(view)
            new = not view.read
            prefix = tr("NUOVO") + " · " if new else ""
            item = QListWidgetItem(f"{prefix}{first}\n{second}")
            font = QFont(self.font())
            font.setBold(new)
            item.setFont(font)
            status = tr("non letto") if new else tr("letto")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{first}. {second}. {status}")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            item.setToolTip(f"{first}\n{second}")
            self.addItem(item)
        if current is not None:
            self.select_id(current)
        self.blockSignals(False)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_id(self, message_id: int) -> bool:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == message_id:
                self.setCurrentRow(row)
                return True
        return False


def short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class InboxPanel(WorldPanel):
    """A phone or mailbox: a list of messages; pressing one shows it in place of the list
    (as on a smartphone), with "Torna ai messaggi" to go back."""

    PREFERRED_HEIGHT = 380

    def build_inbox(self, list_name: str, top_widgets: list[QWidget]) -> None:
        from ..widgets.common import button

        lay = self.make_scroll(fill=True)
        self.list_page = QWidget()
        lp = QVBoxLayout(self.list_page)
        lp.setContentsMargins(0, 0, 0, 0)
        lp.setSpacing(T.S2)
        for w in top_widgets:
            lp.addWidget(w)
        self.list = MessageList(list_name)
        self.list.itemClicked.connect(lambda item: self._item_chosen(item))
        self.list.itemActivated.connect(lambda item: self._item_chosen(item))
        lp.addWidget(self.list, 1)
        self._filler = QWidget()  # takes the free height while the list is hidden (no messages)
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._filler.hide()
        lp.addWidget(self._filler, 1)
        self.message_page = QWidget()
        mp = QVBoxLayout(self.message_page)
        mp.setContentsMargins(0, 0, 0, 0)
        mp.setSpacing(T.S2)
        self.back_button = button(tr("Torna ai messaggi"), lambda: self.back_to_list(), role="secondary")
        self.read_button = button(tr("Leggi ad alta voce"), lambda: self.read_message(), role="secondary")
        self.read_button.setToolTip(tr("Legge il messaggio aperto con la voce del computer"))
        self.error = label("", "error")
        self.error.hide()
        self.speech_note = label("", "muted")  # why nothing is heard (no Italian voice)
        self.speech_note.hide()
        self.pane = ReadingPane()
        from ..widgets.responsive import FlowLayout

        actions = QWidget()
        flow = FlowLayout(actions, T.S2, T.S2)
        flow.addWidget(self.back_button)
        flow.addWidget(self.read_button)
        # the message first, whole, then the buttons under it: at 200 % the text (a PIN) is
        # in sight without scrolling past «Torna ai messaggi»
        mp.addWidget(self.error)
        mp.addWidget(self.pane)
        mp.addWidget(actions)
        mp.addWidget(self.speech_note)
        mp.addStretch(1)
        self.message_page.hide()
        lay.addWidget(self.list_page, 1)
        lay.addWidget(self.message_page, 1)

    def set_list_visible(self, on: bool) -> None:
        self.list.setVisible(on)
        self._filler.setVisible(not on)

    def _item_chosen(self, item) -> None:
        message_id = item.data(Qt.ItemDataRole.UserRole)
        if message_id is not None:
            self.show_message_page(message_id)

    def show_message_page(self, message_id: int) -> None:
        """Open the message (marks it read) and show it in place of the list."""
        self.error.hide()
        try:
            view = open_message_view(self.world, message_id)
        except ServiceError as exc:
            self.error.setText(service_text(exc.message))
            self.error.setAccessibleName(self.error.text())
            self.error.show()
            view = None
        self.list_page.hide()
        self.message_page.show()
        if view is not None:
            self.render_message(view)
            self._rendered = (view, repr(view.meta))
            self.message_opened(message_id)
        self.back_button.setFocus()
        scroll = getattr(self, "scroll_area", None)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)

    def open_by_id(self, message_id: int) -> str:
        """The arrival notice's «Leggi ora»: the message open whole; returns its text."""
        self.show_message_page(message_id)
        return self.pane.text()

    def back_to_list(self, focus: bool = True) -> None:
        """"Torna ai messaggi". A refresh (another person, the message is gone) passes
        focus=False: the focus stays where the learner is typing."""
        self.pane.clear_message()
        self.error.hide()
        self.message_page.hide()
        self.list_page.show()
        if focus:
            self.list.setFocus()

    def render_message(self, view: MessageView) -> None:
        """Fill self.pane with the message (each inbox its way)."""
        raise NotImplementedError

    def keep_open_message(self, views: list[MessageView]) -> None:
        """After a refresh: re-render the open message, or go back if it is gone."""
        if self.pane.message_id is None:
            return
        opened = next((v for v in views if v.id == self.pane.message_id), None)
        if opened is None:
            self.back_to_list(focus=False)
        elif (opened, repr(opened.meta)) != getattr(self, "_rendered", None):
            self.render_message(opened)  # only if it changed: keeps the focus on its buttons

    def opened_text(self) -> str:
        return self.pane.text() if self.pane.message_id is not None else ""

    def read_message(self) -> str:
        """«Leggi ad alta voce»: who wrote, when, the subject and the whole text of the open
        message, in Italian (ui/tutor/speech.py); returns what was given to the reader."""
        from ..accessibility import read_aloud

        if self.pane.message_id is None:
            return ""
        text = self.pane.spoken_text()
        self.speech_note.hide()
        read_aloud(self, text, self._cannot_read)
        return text

    def _cannot_read(self, message: str) -> None:
        self.speech_note.setText(message)
        self.speech_note.setAccessibleName(message)
        self.speech_note.show()


def open_message_view(world, message_id: int) -> MessageView:
    from app.services import messages

    return messages.open_message(world, message_id)


class ReadingPane(QFrame):
    """Shows one opened message: who sent it, when, the subject and the whole text
    (selectable, so a code can be copied and pasted)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReadingPane")
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(T.S3, T.S3, T.S3, T.S3)
        self.lay.setSpacing(T.S2)
        self.title = label("", "h3")
        self.meta = label("", "muted")
        self.subject = label("", "fieldlabel")
        self.body = label("", selectable=True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.body.setObjectName("MessageBody")
        for w in (self.title, self.meta, self.subject, self.body):
            self.lay.addWidget(w)
        self.extra = QVBoxLayout()
        self.extra.setSpacing(T.S2)
        self.lay.addLayout(self.extra)
        self.message_id: int | None = None
        self.hide()

    def show_message(self, message_id: int, title: str, meta: str, subject: str, body: str) -> None:
        self.message_id = message_id
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.meta.setText(meta)
        self.meta.setAccessibleName(meta)
        self.subject.setText(subject)
        self.subject.setAccessibleName(subject)
        self.subject.setVisible(bool(subject))
        self.body.setText(body)
        self.body.setAccessibleName(body)
        self.show()

    def clear_message(self) -> None:
        self.message_id = None
        self.hide()

    def text(self) -> str:
        return self.body.text()

    def spoken_text(self) -> str:
        """The message as it is read aloud: title, when, subject, text, then what is under it."""
        parts = [self.title.text(), self.meta.text(), self.subject.text() if self.subject.isVisible() else "",
                 self.body.text()]
        from PySide6.QtWidgets import QLabel

        for i in range(self.extra.count()):
            widget = self.extra.itemAt(i).widget()
            if widget is not None and widget.isVisibleTo(self):
                labels = [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
                parts += [lab.text() for lab in labels]
        return " ".join(" ".join(p.split()) + ("" if p.rstrip().endswith((".", ":", "?", "!")) else ".")
                        for p in parts if p and p.strip())


def new_tag() -> QWidget:
    tag = label(tr("NUOVA"), "new", wrap=False)
    tag.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return tag


__all__ = [
    "InboxPanel", "MessageList", "add", "ReadingPane", "WorldPanel", "new_tag", "panel_qss", "sender_name",
    "service_text", "set_role",
    "short", "tr", "when",
]
