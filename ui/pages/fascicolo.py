"""The Fascicolo previdenziale del cittadino (Cassetto previdenziale), seed 000:
on the left a menu whose section titles open their subsections (Domande
presentate, Posizione assicurativa, Prestazioni, Invalidità civile, Modelli);
on the right the chosen subsection. Each subsection has its own address
(`?sezione=modelli.cu`) so Indietro/Avanti move between them as on the web, and
can be opened in a dock panel beside the page ("Apri in un pannello a lato").
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.services import documents, fascicolo
from app.services.errors import ServiceError

from .. import tokens as T
from ..browser.router import build_url, route
from ..urls import FASCICOLO_URL, MYINPS_URL
from ..widgets.common import alert, button, card, clear_layout, heading, label, row
from . import fascicolo_views as views
from .base import PortalPage

WIDE_COLUMN = 1360  # the menu and an 8-column table side by side


def menu_qss(zoom: int) -> str:
    s = zoom / 100
    p = lambda v: max(1, round(v * s))  # noqa: E731
    return f"""
QPushButton[menu="section"] {{ text-align: left; background: {T.BG_LIGHT}; color: {T.DARK_SLATE};
  border: none; border-left: {p(5)}px solid {T.PRIMARY}; border-radius: 0; padding: {p(10)}px {p(12)}px;
  font-weight: 700; min-height: {p(T.TARGET_MIN - 20)}px; }}
QPushButton[menu="section"]:hover {{ background: {T.BG_LIGHT_2}; }}
QPushButton[menu="section"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton[menu="sub"] {{ text-align: left; background: {T.WHITE}; color: {T.LINK}; border: none;
  border-radius: 0; padding: {p(8)}px {p(12)}px {p(8)}px {p(30)}px; font-weight: 400; text-decoration: underline;
  min-height: {p(T.TARGET_MIN - 20)}px; }}
QPushButton[menu="sub"]:hover {{ background: {T.BG_LIGHT}; color: {T.LINK_HOVER}; }}
QPushButton[menu="sub"][current="true"] {{ background: {T.PRIMARY}; color: {T.WHITE}; text-decoration: none;
  font-weight: 700; }}
QPushButton[menu="sub"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QWidget#FascicoloMenu {{ border: 1px solid {T.DIVIDER}; background: {T.WHITE}; }}
"""


class FascicoloMenu(QWidget):
    """Seed 000's menu: a section title opens (or closes) its subsections; a subsection shows itself."""

    def __init__(self, page: "FascicoloPage", current: str | None):
        super().__init__()
        self.page = page
        self.setObjectName("FascicoloMenu")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(page.tr("Menù del Fascicolo previdenziale"))
        self.setStyleSheet(menu_qss(page.ctx.zoom))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        self.section_buttons: dict[str, QPushButton] = {}
        self.sub_buttons: dict[str, QPushButton] = {}
        self.groups: dict[str, QWidget] = {}
        open_section = views.section_of(current) if current else None
        for key, title, subs in fascicolo.SECTIONS:
            text = page.tr(title)
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
            for sub_key, sub_title in subs:
                sub_text = page.tr(sub_title)
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
            lay.addWidget(group)
            self.groups[key] = group
            self._set_open(key, key == open_section)
        lay.addStretch(1)

    def _set_open(self, key: str, on: bool) -> None:
        self.groups[key].setVisible(on)
        title = self.page.tr(next(t for k, t, _ in fascicolo.SECTIONS if k == key))
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
        if self.current not in fascicolo.SUBSECTION_LABELS:
            self.current = None
        body.addWidget(heading(self.tr("Fascicolo previdenziale del cittadino")))
        if self.citizen_id is None:
            body.addWidget(alert(self.tr("Per vedere il Fascicolo entri in MyINPS."), "warning"))
            return
        self.data = fascicolo.load(self.world, self.citizen_id)
        a = self.data.anagrafica
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
        descriptions = {
            "domande": "Le richieste di pensione inoltrate all'INPS, con lo stato di avanzamento e il PDF, e i "
                       "rapporti di lavoro domestico che ha comunicato.",
            "posizione": "L'estratto conto previdenziale con i contributi versati.",
            "prestazioni": "La pensione che riceve, il riepilogo dei pagamenti, le richieste presentate e le "
                           "prestazioni a sostegno del reddito.",
            "invalidita": "Il certificato medico introduttivo e le domande di invalidità civile.",
            "modelli": "Certificazione Unica (dal 2015), certificato di pensione ObisM, cedolino della pensione.",
        }
        for key, title, subs in fascicolo.SECTIONS:
            box = card(heading(self.tr(title), 3), label(self.tr(descriptions[key])))
            links = [button(self.tr(sub_title), lambda _=False, k=sub_key: self.show_section(k), role="link")
                     for sub_key, sub_title in subs]
            for link in links:
                box.layout().addWidget(link)
            self.content_lay.addWidget(box)

    # -- actions (also used by the section views) ---------------------------------------------
    def show_section(self, key: str) -> None:
        self.go(build_url(FASCICOLO_URL, sezione=key))

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
        if self.citizen_id is None:
            return
        fresh = fascicolo.load(self.world, self.citizen_id)
        if fresh != self.data:
            self.data = fresh
            self._fill_content()

    def shown(self) -> None:
        if self.current is not None:
            self.menu.sub_buttons[self.current].setFocus()
