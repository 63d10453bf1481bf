"""The eight pages of the navigation bar (seed 000: L'Istituto, Dati ricerche e bilanci,
Avvisi bandi e fatturazione, INPS Comunica, Prestazioni e servizi, Amministrazione
trasparente, Assistenza, Contatti), and the renderer of every content page written
in data/info_pages.json (also used by «Istruzioni per l'accesso» and «Supporto
tecnico» in pin_menu.py)."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.services import portal_content

from .. import tokens as T
from ..browser.router import HOME_URL, route
from ..widgets.common import button, heading, label, set_role
from ..widgets.portal import NAV_ITEMS
from ..widgets.responsive import WrapLink
from .base import PortalPage
from .home import ct, group_tiles, news_url


def _rich(text: str) -> tuple[str, bool]:
    """**bold** in content texts -> (HTML, True); plain text -> (text, False)."""
    if "**" not in text:
        return text, False
    escaped = html.escape(text)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped), True


def paragraph(text: str, role: str = "") -> QWidget:
    shown, rich = _rich(text)
    lab = label(shown, role, rich=rich)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def numbered(items, bullet: bool = False) -> QWidget:
    """A numbered (or bulleted) list in one label: Qt's rich text indents the wrapped
    lines under their text, and one label costs far less than a row of widgets per item."""
    tag = "ul" if bullet else "ol"
    entries = []
    for text in items:
        shown, rich = _rich(ct(text))
        entries.append(f"<li style='margin-bottom:{T.S2}px'>{shown if rich else html.escape(shown, quote=False)}</li>")
    lab = label(f"<{tag} style='margin-left:0px; -qt-list-indent:1'>{''.join(entries)}</{tag}>", rich=True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def add_link(page: PortalPage, layout, text: str, url: str) -> WrapLink:
    link = WrapLink(text, url)
    link.navigate.connect(page.ctx.navigate)
    layout.addWidget(link)
    return link


def render_section(page: PortalPage, section: portal_content.Section) -> QWidget:
    frame = QFrame()
    if section.kind:
        set_role(frame, section.kind)
    lay = QVBoxLayout(frame)
    padded = section.kind in ("card", "alert-info", "alert-warning")
    lay.setContentsMargins(*((T.S5, T.S4, T.S5, T.S4) if padded else (0, 0, 0, 0)))
    lay.setSpacing(T.S3)
    if section.heading:
        lay.addWidget(heading(ct(section.heading), 2))
    for contact in section.contacts:
        lay.addWidget(_contact(contact))
    for text in section.paragraphs:
        lay.addWidget(paragraph(ct(text)))
    if section.steps:
        lay.addWidget(numbered(section.steps))
    if section.bullets:
        lay.addWidget(numbered(section.bullets, bullet=True))
    for text in section.notes:
        lay.addWidget(paragraph(ct(text)))
    for faq in section.faq:
        lay.addWidget(_faq(page, faq))
    if section.special:
        _special(page, section.special, lay)
    for link in section.links:
        add_link(page, lay, ct(link.text), link.url)
    frame.anchor = section.anchor  # type: ignore[attr-defined]
    return frame


def _contact(contact: portal_content.ContactRow) -> QWidget:
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, T.S2)
    lay.setSpacing(0)
    lay.addWidget(label(ct(contact.label), "fieldlabel"))
    is_number = contact.value.replace(" ", "").isdigit()
    value = label(ct(contact.value), "code" if is_number else "h3", selectable=True)
    lay.addWidget(value)
    if contact.note:
        lay.addWidget(label(ct(contact.note), "muted"))
    holder.setAccessibleName(f"{ct(contact.label)}: {ct(contact.value)}")
    return holder


def _faq(page: PortalPage, faq: portal_content.Faq) -> QWidget:
    box = QFrame()
    set_role(box, "card")
    lay = QVBoxLayout(box)
    lay.setContentsMargins(T.S5, T.S4, T.S5, T.S4)
    lay.setSpacing(T.S2)
    lay.addWidget(heading(ct(faq.question), 3))
    for text in faq.answer:
        lay.addWidget(paragraph(ct(text)))
    for link in faq.links:
        add_link(page, lay, ct(link.text), link.url)
    return box


def _special(page: PortalPage, kind: str, lay) -> None:
    if kind == "news_list":
        for item in portal_content.latest_news(page.world):
            lay.addWidget(label(item.date_text, "muted"))
            add_link(page, lay, ct(item.title), news_url(item.id))
    elif kind == "groups_list":
        lay.addWidget(group_tiles(page))
    elif kind == "phone_dock":
        window = page.ctx.window
        if "PhoneDock" in getattr(window, "docks", {}):
            btn = button(page.tr("Apri il Telefono"), lambda: window.show_dock("PhoneDock"), role="secondary")
            lay.addWidget(btn, 0, Qt.AlignmentFlag.AlignLeft)
    elif kind == "call_dock":  # calling out (the Contact Center) is done in the «Chiamate» panel
        window = page.ctx.window
        if hasattr(window, "show_dock"):
            btn = button(page.tr("Apri il pannello Chiamate"), lambda: window.show_dock("CallDock"), role="secondary")
            lay.addWidget(btn, 0, Qt.AlignmentFlag.AlignLeft)


def render_info(page: PortalPage, body, info: portal_content.InfoPage, first: int | None = None) -> list[QWidget]:
    """Title, lead and sections of a content page; returns the section widgets. With `first`,
    that many sections are built now and the others right after the page's first paint
    (`page.below_the_fold`): the list returned has them all from then on."""
    body.addWidget(heading(ct(info.title)))
    if info.lead:
        body.addWidget(paragraph(ct(info.lead), "lead"))
    sections: list[QWidget] = []

    def add(lay, todo) -> None:
        for section in todo:
            widget = render_section(page, section)
            lay.addWidget(widget)
            sections.append(widget)

    now = info.sections if first is None else info.sections[:first]
    add(body, now)
    later = info.sections[len(now):]
    if later:
        page.below_the_fold(body, lambda lay: add(lay, later))
    return sections


def scroll_to(page: PortalPage, widget: QWidget) -> None:
    """Bring `widget` to the top of the tab (an in-page anchor)."""
    parent = page.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.verticalScrollBar().setValue(widget.mapTo(parent.widget(), QPoint(0, 0)).y() - T.S4)


class InfoPage(PortalPage):
    """A content page of data/info_pages.json: KEY names it. `?sezione=<anchor>` scrolls to a section."""

    KEY = ""
    # Under the portal's header a laptop's first screen shows the title, the lead and about
    # one section: the others come right after the first paint (all at once for ?sezione=).
    FIRST_SECTIONS = 2

    def __init__(self, ctx):
        self.info = portal_content.info_page(self.KEY)
        super().__init__(ctx)

    @property
    def BREADCRUMB(self):  # noqa: N802
        return tuple(ct(c) for c in self.info.breadcrumb)

    def title(self) -> str:
        return self.tr("INPS - %1").replace("%1", ct(self.info.title))

    def build(self, body):
        self.build_before(body)
        first = None if self.params.get("sezione") else self.FIRST_SECTIONS
        self.sections = render_info(self, body, self.info, first)
        self.build_after(body)

    def build_before(self, body) -> None:
        """Hook: widgets above the title."""

    def build_after(self, body) -> None:
        body.addSpacing(T.S4)
        body.addWidget(self.link(self.tr("Torna alla home page"), HOME_URL))

    def shown(self) -> None:
        anchor = self.params.get("sezione", "")
        if anchor:
            for widget in self.sections:
                if getattr(widget, "anchor", "") == anchor:
                    QTimer.singleShot(0, lambda w=widget: scroll_to(self, w))
                    break


def _register_nav_pages() -> dict[str, type]:
    pages = {}
    for _text, url in NAV_ITEMS:
        key = url.rstrip("/").rsplit("/", 1)[-1]
        info = portal_content.info_page(key)
        if info is None:  # every nav item has its page: a test checks it
            continue
        cls = type(f"NavPage_{key.replace('-', '_')}", (InfoPage,), {"KEY": key, "TITLE": f"INPS - {info.title}"})
        route(url, title=f"INPS - {info.title}")(cls)
        pages[url] = cls
    return pages


NAV_PAGES = _register_nav_pages()
