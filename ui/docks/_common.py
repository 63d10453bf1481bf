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

from app.services.messages import MessageView

from .. import theme
from .. import tokens as T
from ..widgets.common import label, set_role
from . import DockPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


def service_text(message: str) -> str:
    """A service's Italian message through Qt translation (as pages do)."""
    return QCoreApplication.translate("app", message)


def when(moment: dt.datetime) -> str:
    """"15/10/2018 alle 09:30"."""
    return tr("%1 alle %2").replace("%1", moment.strftime("%d/%m/%Y")).replace("%2", moment.strftime("%H:%M"))


@lru_cache(maxsize=4)
def panel_qss(large: bool) -> str:
    """The page look (ui/theme.page_qss: 16 px text, 18 px with "caratteri grandi", big buttons)
    plus the few parts only the world panels have. Colours and sizes from ui/tokens.py."""
    s = (T.BODY_LARGE / T.BODY) if large else 1.0

    def p(v: float) -> int:
        return max(1, round(v * s))

    return theme.page_qss(100, large) + f"""
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
QLabel[role="value"] {{ font-weight: 600; color: {T.TEXT}; }}
QPushButton {{ padding: {p(8)}px {p(14)}px; min-height: {p(26)}px; }}
QPushButton[role="tab"] {{ padding: {p(8)}px {p(14)}px; font-size: {p(T.BODY)}px; border-bottom: 1px solid {T.DIVIDER}; }}
QPushButton[role="tab"]:checked {{ border-bottom: none; }}
"""


class WorldPanel(DockPanel):
    """A dock of the citizen's world: white, page-like, scrolls when it is too short,
    restyles itself when "Caratteri grandi" is switched."""

    def __init__(self, window):
        self._large: bool | None = None
        super().__init__(window)
        self.apply_style()

    def make_scroll(self) -> QVBoxLayout:
        """A scrollable content area filling the panel; returns its layout."""
        self.layout_.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("WorldScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("WorldViewport")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(T.S3, T.S3, T.S3, T.S3)
        lay.setSpacing(T.S3)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(inner)
        self.layout_.addWidget(scroll)
        self.scroll_area = scroll
        return lay

    def apply_style(self) -> None:
        large = bool(getattr(self.window, "large_text", False))
        if large != self._large:
            self._large = large
            self.setObjectName("WorldPanel")
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.setStyleSheet(panel_qss(large))

    def showEvent(self, event) -> None:  # noqa: N802
        self.apply_style()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        # The window changes its font when "Caratteri grandi" is switched: follow it.
        if event.type() == QEvent.Type.FontChange and self._large is not None:
            QTimer.singleShot(0, self.apply_style)
        super().changeEvent(event)

    def raise_dock(self) -> None:
        """Bring this dock to the front (e.g. a message just arrived)."""
        name = self.dock_name()
        if name:
            self.window.show_dock(name)

    def dock_name(self) -> str:
        for name, panel in getattr(self.window, "dock_panels", {}).items():
            if panel is self:
                return name
        return ""


def restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


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
        self.setMinimumHeight(150)
        self.views: list[MessageView] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(340, 260)

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


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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


def new_tag() -> QWidget:
    tag = label(tr("NUOVA"), "new", wrap=False)
    tag.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return tag


__all__ = [
    "MessageList", "ReadingPane", "WorldPanel", "new_tag", "panel_qss", "restyle", "service_text", "set_role",
    "short", "tr", "when",
]
