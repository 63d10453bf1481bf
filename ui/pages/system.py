"""Pages of the browser itself: not found, outside the simulation, error."""
from __future__ import annotations

from ..browser.router import HOME_URL, START_URL
from ..widgets.common import alert, heading, label
from .base import Page, PortalPage


class NotFoundPage(PortalPage):
    TITLE = "Pagina non trovata"
    BREADCRUMB = ("Pagina non trovata",)

    def build(self, body):
        body.addWidget(heading(self.tr("Pagina non trovata")))
        body.addWidget(label(self.tr(
            "L'indirizzo %1 non corrisponde a nessuna pagina. Controlli di averlo scritto bene, "
            "oppure torni alla pagina iniziale del sito.").replace("%1", self.ctx.url)))
        body.addWidget(self.link(self.tr("Vai alla home page dell'INPS"), HOME_URL))
        body.addWidget(self.link(self.tr("Vai al motore di ricerca"), START_URL))


class OfflinePage(Page):
    TITLE = "Fuori dalla simulazione"

    def build(self, body):
        body.addWidget(heading(self.tr("Questa pagina non fa parte della simulazione")))
        body.addWidget(alert(self.tr(
            "Palestra INPS funziona senza Internet: contiene solo una copia simulata del sito dell'INPS "
            "e un motore di ricerca di prova. L'indirizzo che ha scritto (%1) porterebbe fuori dalla "
            "simulazione, quindi non viene aperto. Non c'è nessun problema e nulla si è rotto."
        ).replace("%1", self.ctx.url or "-"), "info"))
        body.addWidget(label(self.tr("Per continuare l'esercizio:")))
        body.addWidget(self.link(self.tr("Cerchi «inps» con il motore di ricerca"), START_URL))
        body.addWidget(self.link(self.tr("Vada direttamente alla home page dell'INPS"), HOME_URL))


class ErrorPage(Page):
    TITLE = "Errore"

    def build(self, body):
        body.addWidget(heading(self.tr("Si è verificato un problema")))
        body.addWidget(alert(self.tr(
            "Questa pagina non può essere mostrata per un errore del programma. I suoi dati non sono stati "
            "modificati. Torni indietro o alla pagina iniziale e riprovi."), "error"))
        body.addWidget(self.link(self.tr("Vai alla home page dell'INPS"), HOME_URL))
