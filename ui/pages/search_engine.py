"""The browser's start page: a neutral search engine of our own ("CercaLibero")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from app.services import web_search

from ..browser.router import START_URL, build_url, route
from ..widgets.common import button, label
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
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label("CercaLibero", "h2", wrap=False))
        self.box = _SearchBox(self, query)
        row.addWidget(self.box, 1)
        body.addWidget(header)
        self.results = web_search.search(query)
        if not self.results:
            body.addWidget(label(self.tr("Nessun risultato per «%1». Provi con parole diverse, per esempio inps.")
                                 .replace("%1", query)))
            return
        body.addWidget(label(self.tr("Risultati per «%1»").replace("%1", query), "muted"))
        for result in self.results:
            body.addWidget(self.link(result.title, result.url, role="biglink" if result is self.results[0] else "link"))
            body.addWidget(label(result.url, "muted", wrap=False))
            body.addWidget(label(result.snippet))

    def shown(self) -> None:
        pass
