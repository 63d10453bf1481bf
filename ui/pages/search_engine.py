"""The browser's start page: a neutral search engine of our own ("CercaLibero")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.services import web_search

from .. import tokens as T
from ..browser.router import HOME_URL, START_URL, build_url, route
from ..widgets.common import alert, button, heading, label, set_role
from ..widgets.responsive import Columns, WrapLink
from .base import Page

SEARCH_PAGE_URL = START_URL + "cerca"


class _SearchBox(QWidget):
    def __init__(self, page, text: str = ""):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.input = QLineEdit(text)
        self.input.setObjectName("WebSearch")
        self.input.setAccessibleName(page.tr("Cerca nel web"))
        self.input.setPlaceholderText(page.tr("Scriva qui che cosa cerca, poi prema Invio"))
        self.input.setMaxLength(300)
        self.input.returnPressed.connect(lambda: page.search(self.input.text()))
        lay.addWidget(self.input, 1)
        lay.addWidget(button(page.tr("Cerca"), lambda: page.search(self.input.text())))


class _SearchPageBase(Page):
    def search(self, query: str) -> None:
        if not query.strip():
            self.box.input.setFocus()  # an empty query does nothing harmful
            return
        self.go(build_url(SEARCH_PAGE_URL, q=query.strip()))

    def shown(self) -> None:
        self.box.input.setFocus()


@route(START_URL, title="CercaLibero")
class SearchEnginePage(_SearchPageBase):
    TITLE = "CercaLibero - motore di ricerca"

    def build(self, body):
        body.addSpacing(60)
        logo = label("CercaLibero", "h1")
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.addWidget(logo)
        sub = label(self.tr("Il motore di ricerca di prova di Palestra INPS"), "lead")
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.addWidget(sub)
        self.box = _SearchBox(self)
        body.addWidget(self.box)
        hint = label(self.tr("Suggerimento: per trovare il sito dell'INPS scriva inps e prema Invio."), "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.addWidget(hint)


@route(SEARCH_PAGE_URL, title="CercaLibero - risultati")
class SearchResultsPage(_SearchPageBase):
    def title(self) -> str:
        return self.tr("%1 - CercaLibero").replace("%1", self.params.get("q", ""))

    def build(self, body):
        query = self.params.get("q", "")
        self.box = _SearchBox(self, query)
        # the name beside the search box; above it when the page is narrow (high zoom)
        body.addWidget(Columns(label("CercaLibero", "h2", wrap=False), self.box, min_em=28,
                               main_stretch=0, side_stretch=1, spacing=T.S4))
        self.results = web_search.search(query)
        if not self.results:
            body.addWidget(label(self.tr("Nessun risultato per «%1». Provi con parole diverse, per esempio inps.")
                                 .replace("%1", query)))
            return
        count = len(self.results)
        body.addWidget(label((self.tr("1 risultato per «%1»") if count == 1 else
                              self.tr("%2 risultati per «%1»").replace("%2", str(count))).replace("%1", query),
                             "muted"))
        self.result_blocks = [self._result_block(r) for r in self.results]
        for block in self.result_blocks:
            body.addWidget(block)

    def _result_block(self, result: web_search.WebResult) -> QWidget:
        """Title, address and description kept together; the same look for every result."""
        block = QFrame()
        block.setAccessibleName(result.title)
        lay = QVBoxLayout(block)
        lay.setContentsMargins(0, T.S2, 0, T.S2)
        lay.setSpacing(0)
        title = WrapLink(result.title, result.url, text_role="h3")
        title.navigate.connect(self.ctx.navigate)
        lay.addWidget(title)
        address = label(result.url, "muted")
        address.setIndent(T.S1)
        lay.addWidget(address)
        lay.addSpacing(T.S1)
        snippet = label(result.snippet)
        snippet.setIndent(T.S1)
        lay.addWidget(snippet)
        return block

    def shown(self) -> None:
        pass


class FantasySitePage(Page):
    """A page of a made-up site found with CercaLibero: plainly marked as fiction."""

    SITE: web_search.FantasySite | None = None

    def title(self) -> str:
        return self.SITE.title if self.SITE else ""

    def build(self, body):
        site = self.SITE
        band = QFrame()
        set_role(band, "band")
        band_lay = QVBoxLayout(band)
        band_lay.setContentsMargins(T.S5, T.S4, T.S5, T.S4)
        band_lay.addWidget(label(site.site, "h2"))
        band_lay.addWidget(label(site.url, "muted"))
        body.addWidget(band)
        body.addWidget(alert(self.tr(
            "Sito di fantasia: fa parte della simulazione Palestra INPS, come il motore di ricerca."), "info"))
        body.addWidget(heading(site.title.replace(" (sito di fantasia)", "")))
        for text in site.paragraphs:
            body.addWidget(label(text))
        body.addSpacing(T.S4)
        body.addWidget(self.link(self.tr("Torna al motore di ricerca"), START_URL))
        body.addWidget(self.link(self.tr("Vai al sito dell'INPS"), HOME_URL))


def _register_fantasy_sites() -> None:
    for index, site in enumerate(web_search.fantasy_sites()):
        cls = type(f"FantasySite{index}", (FantasySitePage,), {"SITE": site, "TITLE": site.title})
        route(site.url, title=site.title)(cls)


_register_fantasy_sites()
