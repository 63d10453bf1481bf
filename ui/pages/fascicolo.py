"""The Fascicolo previdenziale del cittadino (Cassetto previdenziale), seed 000:
on the left a menu whose section titles open their subsections (Domande
presentate, Posizione assicurativa, Prestazioni, Invalidità civile, Modelli);
on the right the chosen subsection. Each subsection has its own address
(`?sezione=modelli.cu`) so Indietro/Avanti move between them as on the web, and
can be opened in a dock panel beside the page ("Apri in un pannello a lato").

The menu, the overview and the sections come from app.services.fascicolo.REGISTRY (the
widgets of each item: fascicolo_views.BUILDERS). A choice in the menu keeps the scroll
position and brings the chosen item's title into view (`bring_into_view`).
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.services import documents, fascicolo
from app.services.errors import ServiceError

from .. import tokens as T
from ..browser.router import build_url, route
from ..urls import FASCICOLO_URL, MYINPS_URL
from ..widgets.common import alert, button, card, clear_layout, heading, label, row
from ..widgets.reconstruction import reconstruction_note
from . import fascicolo_views as views
from .base import PortalPage

WIDE_COLUMN = 1360  # the menu and an 8-column table side by side
SCROLL_MEMO = "fascicoloScroll"  # dynamic property of the tab's scroll area: the position when choosing


class FascicoloMenu(QWidget):
    """Seed 000's menu: a section title opens (or closes) its subsections; a subsection shows itself."""

    def __init__(self, page: "FascicoloPage", current: str | None):
        super().__init__()
        self.page = page
        self.setObjectName("FascicoloMenu")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(page.tr("Menù del Fascicolo previdenziale"))
        # Styled by the page's stylesheet (theme.page_qss: QPushButton[menu=...]): a sheet of its
        # own would style each of its buttons again (4 ms of every Fascicolo page).
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        self.section_buttons: dict[str, QPushButton] = {}
        self.sub_buttons: dict[str, QPushButton] = {}
        self.groups: dict[str, QWidget] = {}
        open_section = views.section_of(current) if current else None
        for section in fascicolo.REGISTRY:
            key = section.key
            text = views.st(section.label)
            btn = QPushButton()
            btn.setProperty("menu", "section")
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            btn.setAccessibleName(text)
            btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            btn.clicked.connect(lambda _=False, k=key: self.toggle(k))
            lay.addWidget(btn)
            self.section_buttons[key] = btn
            group = QWidget()
            gl = QVBoxLayout(group)
            gl.setContentsMargins(0, 0, 0, 0)
            gl.setSpacing(0)
            for item in section.voci:
                sub_key = item.key
                sub_text = views.st(item.label)
                sub = QPushButton(sub_text)
                sub.setProperty("menu", "sub")
                sub.setProperty("current", "true" if sub_key == current else "false")
                sub.setCursor(Qt.CursorShape.PointingHandCursor)
                sub.setAccessibleName(sub_text)
                if sub_key == current:
                    sub.setAccessibleDescription(page.tr("Sezione aperta"))
                sub.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                sub.clicked.connect(lambda _=False, k=sub_key: page.show_section(k))
                gl.addWidget(sub)
                self.sub_buttons[sub_key] = sub
            if section.reconstruction:
                holder = QWidget()
                hl = QVBoxLayout(holder)
                hl.setContentsMargins(T.S3, T.S1, T.S2, T.S2)
                hl.addWidget(reconstruction_note(views.st(section.reconstruction)))
                gl.addWidget(holder)
            lay.addWidget(group)
            self.groups[key] = group
            self._set_open(key, key == open_section)
        lay.addStretch(1)

    def _set_open(self, key: str, on: bool) -> None:
        self.groups[key].setVisible(on)
        title = views.st(fascicolo.sezione(key).label)
        self.section_buttons[key].setText(("▾ " if on else "▸ ") + title)
        self.section_buttons[key].setAccessibleDescription(
            self.page.tr("Aperta: mostra le sottosezioni") if on else self.page.tr("Chiusa: premere per aprire"))

    def is_open(self, key: str) -> bool:
        return not self.groups[key].isHidden()

    def toggle(self, key: str) -> None:
        self._set_open(key, not self.is_open(key))
        if self.is_open(key):
            # Opening a section is a step of seed 000's tour of the menu (lessons follow it).
            fascicolo.record_view(self.page.world, self.page.citizen_id, key)
            first = views.first_subsection(key)
            self.sub_buttons[first].setFocus()


class MenuAndContent(QWidget):
    """The menu beside the content; above it when the page is too narrow (high zoom,
    large text), so that nothing is cut off."""

    def __init__(self, breakpoint_px: int):
        super().__init__()
        self.breakpoint_px = breakpoint_px
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(T.S6)

    @property
    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        wanted = (QBoxLayout.Direction.TopToBottom if event.size().width() < self.breakpoint_px
                  else QBoxLayout.Direction.LeftToRight)
        if wanted != self.box.direction():
            self.box.setDirection(wanted)


@route(FASCICOLO_URL, title="Fascicolo previdenziale del cittadino", login_required=True)
class FascicoloPage(PortalPage):
    TITLE = "Fascicolo previdenziale del cittadino"
    BREADCRUMB = ("Prestazioni e Servizi", "MyINPS", "Fascicolo previdenziale del cittadino")

    def make_column(self, layout, max_width: int = T.CONTENT_MAX_WIDTH):
        body = super().make_column(layout, WIDE_COLUMN)
        column = body.parentWidget()
        if column is not None:  # keep the wide column when the tab is zoomed (see BrowserTab)
            column.setObjectName("ContentColumnWide")
        return body

    # -- building ------------------------------------------------------------------------
    def scale(self) -> float:
        """Zoom and "caratteri grandi" together: how much bigger than 100 % the text is."""
        return self.ctx.zoom / 100 * (T.BODY_LARGE / T.BODY if self.ctx.large_text else 1.0)

    def build(self, body):
        self.citizen_id = self.session.citizen_id if self.session else None
        self.current = self.params.get("sezione") or None
        if self.current not in views.BUILDERS:
            self.current = None
        body.addWidget(heading(self.tr("Fascicolo previdenziale del cittadino")))
        if self.citizen_id is None:
            body.addWidget(alert(self.tr("Per vedere il Fascicolo entri in MyINPS."), "warning"))
            return
        # The overview shows only whose Fascicolo it is: the sections are read for an item.
        self.data = fascicolo.load(self.world, self.citizen_id) if self.current is not None else None
        a = self.data.anagrafica if self.data is not None else fascicolo.anagrafica(self.world, self.citizen_id)
        body.addWidget(label(self.tr("Cassetto previdenziale del cittadino di %1 - codice fiscale %2")
                             .replace("%1", f"{a.nome} {a.cognome}").replace("%2", a.codice_fiscale), "lead",
                             selectable=True))
        body.addWidget(row(self.link(self.tr("Torna a MyINPS"), MYINPS_URL)))
        self.message_holder = QVBoxLayout()
        body.addLayout(self.message_holder)
        scale = self.scale()
        main = MenuAndContent(round(760 * scale))  # beside the content, as in seed 000, down to ~760 px
        self.layout_box = main
        h = main.box
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(label(self.tr("Menù"), "h3"))
        left_lay.addWidget(label(self.tr("Prema un titolo per aprire le sue voci."), "muted"))
        self.menu = FascicoloMenu(self, self.current)
        left_lay.addWidget(self.menu)
        left_lay.addStretch(1)
        left.setFixedWidth(round(300 * scale))
        h.addWidget(left, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.content = QWidget()
        self.content.setObjectName("FascicoloContent")
        self.content_lay = QVBoxLayout(self.content)
        self.content_lay.setContentsMargins(0, 0, 0, 0)
        self.content_lay.setSpacing(T.S3)
        h.addWidget(self.content, 1)
        body.addWidget(main)
        self._fill_content()
        fascicolo.record_view(self.world, self.citizen_id, self.current or "fascicolo")

    def _fill_content(self) -> None:
        clear_layout(self.content_lay)
        if self.current is None:
            self._overview()
            return
        self.section_widget = views.build_section(self.current, self.data, self, scale=self.scale())
        self.content_lay.addWidget(self.section_widget)
        self.content_lay.addWidget(card(
            label(self.tr("Vuole tenere questa sezione sotto gli occhi mentre ne apre un'altra? "
                          "La apra in un pannello a lato: i pannelli si possono affiancare."), "muted"),
            row(button(self.tr("Apri in un pannello a lato"),
                       lambda _=False: self.open_in_dock(self.current), role="secondary")),
        ))

    def _overview(self) -> None:
        self.content_lay.addWidget(heading(self.tr("Le sezioni del Fascicolo"), 2))
        self.content_lay.addWidget(label(self.tr(
            "Nel menù a sinistra trova le sezioni del Fascicolo. Premendo sul titolo di una sezione si aprono le "
            "sue voci; premendo su una voce se ne legge il contenuto.")))
        # Beside the menu, at the bottom of a laptop's first screen or below it: right after the
        # first paint (Page.below_the_fold).
        self.below_the_fold(self.content_lay, self._overview_cards)

    def _overview_cards(self, lay) -> None:
        for section in fascicolo.REGISTRY:
            box = card(heading(views.st(section.label), 3), label(views.st(section.description)))
            for item in section.voci:
                box.layout().addWidget(button(views.st(item.label), lambda _=False, k=item.key: self.show_section(k),
                                              role="link"))
            if section.reconstruction:
                box.layout().addWidget(reconstruction_note(views.st(section.reconstruction)))
            lay.addWidget(box)

    # -- actions (also used by the section views) ---------------------------------------------
    def show_section(self, key: str) -> None:
        """Open item `key` (a new address, so Indietro comes back): the next page keeps this
        scroll position and brings the chosen item into view (it does not jump to the top)."""
        scroll = self.page_scroll()
        if scroll is not None:
            scroll.setProperty(SCROLL_MEMO, f"{key} {scroll.verticalScrollBar().value()}")
        self.go(build_url(FASCICOLO_URL, sezione=key))

    def open_page(self, url: str) -> None:
        self.go(url)

    def page_scroll(self) -> QScrollArea | None:
        """The tab's scroll area that holds this page."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        return widget

    def bring_into_view(self) -> None:
        """Keep the scroll position the learner had when choosing (remembered by show_section),
        moved only as much as needed for the chosen item's title to be in view."""
        scroll = self.page_scroll()
        if scroll is None or self.isHidden() or self.current is None:
            return  # a page already replaced by the next one (or kept hidden for Indietro)
        memo_key, _, memo = str(scroll.property(SCROLL_MEMO) or "").partition(" ")
        if memo_key == self.current:
            scroll.setProperty(SCROLL_MEMO, None)
        else:
            memo = None
        if not shiboken6.isValid(self.content):
            return
        # The new page's geometry and the scroll bar's range first (pending layout requests).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bar = scroll.verticalScrollBar()
        top = self.content.mapTo(scroll.widget(), QPoint(0, 0)).y()
        title = self.section_widget.findChild(QLabel) if self.section_widget is not None else None
        needed = (title.sizeHint().height() if title is not None else 0) + round(T.S6 * self.scale())
        view = scroll.viewport().height()
        value = int(memo) if memo is not None else bar.value()
        if top < value or top + needed > value + view:
            value = max(0, top - round(T.S3 * self.scale()))
        bar.setValue(value)
        if bar.value() != value:  # the range is not there yet: set it when it is
            def retry(_low: int, high: int, bar=bar, value=value) -> None:
                if high >= value or not self.isVisible():
                    bar.rangeChanged.disconnect(retry)
                    bar.setValue(value)
            bar.rangeChanged.connect(retry)

    def open_document(self, kind: str, **kw) -> None:
        clear_layout(self.message_holder)
        try:
            doc = documents.generate(self.world, self.citizen_id, kind, **kw)
        except ServiceError as exc:
            self.message_holder.addWidget(alert(self.service_text(exc.message), "error"))
            return
        self.ctx.open_pdf(doc.title, doc.pdf)

    def open_in_dock(self, key: str):
        from ..docks.fascicolo import open_section_dock

        return open_section_dock(self.ctx.window, key)

    def world_changed(self) -> None:
        """The clock moved or a domanda changed: show the new figures (same section)."""
        if self.citizen_id is None or self.current is None:
            return  # the overview's cards do not change with the world
        fresh = fascicolo.load(self.world, self.citizen_id)
        if fresh != self.data:
            self.data = fresh
            self._fill_content()

    def opens_at_content(self) -> bool:
        return self.current is None  # with an item chosen, shown() keeps the place and brings it into view

    def shown(self) -> None:
        if self.current is not None:
            self.menu.sub_buttons[self.current].setFocus()
            self.bring_into_view()
