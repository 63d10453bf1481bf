"""MyINPS, the reserved area after the login (seed 000): the greeting and the last
access, the internal search bar, the most used services and the way into the
Fascicolo previdenziale del cittadino (Cassetto previdenziale)."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from app.money import euro
from app.services import fascicolo, site_search

from .. import tokens as T
from ..browser.router import build_url, route
from ..urls import (
    CONTACTS_URL,
    DOMANDE_URL,
    FASCICOLO_URL,
    MYINPS_URL,
    PENSIONE_FUTURA_URL,
    PIN_DISPOSITIVO_URL,
    SEARCH_URL,
)
from ..widgets.common import alert, button, card, clear_layout, heading, label, row
from .base import PortalPage

OTHER_TARGETS = {
    "fascicolo": FASCICOLO_URL,
    "pensione_futura": PENSIONE_FUTURA_URL,
    "domande": DOMANDE_URL,
    "contatti": CONTACTS_URL,
}


def shortcut_url(key: str) -> str:
    if key in fascicolo.SUBSECTION_LABELS:
        return build_url(FASCICOLO_URL, sezione=key)
    return OTHER_TARGETS[key]


@route(MYINPS_URL, title="INPS - MyINPS", login_required=True)
class MyInpsPage(PortalPage):
    TITLE = "INPS - MyINPS"
    BREADCRUMB = ("Prestazioni e Servizi", "MyINPS")

    def build(self, body):
        s = self.session
        if s is None:  # the router sends anonymous visitors to Autenticazione first
            body.addWidget(heading(self.tr("MyINPS")))
            return
        info = fascicolo.myinps(self.world, s.citizen_id)
        a = info.anagrafica
        body.addWidget(heading(self.tr("%1, %2").replace("%1", self.service_text(info.saluto))
                               .replace("%2", f"{a.nome} {a.cognome}")))
        body.addWidget(label(self.tr("Questa è MyINPS, la Sua area riservata: da qui vede la Sua posizione "
                                     "INPS e gestisce le Sue pratiche."), "lead"))
        if s.previous_access is not None:
            access = self.tr("Ultimo accesso: %1 alle %2").replace("%1", s.previous_access.strftime("%d/%m/%Y")) \
                .replace("%2", s.previous_access.strftime("%H:%M"))
        else:
            access = self.tr("Questo è il Suo primo accesso a MyINPS.")
        body.addWidget(label(access + " · " + self.tr("Accesso con %1").replace("%1", s.method_label), "muted"))
        if not s.can_submit_requests:
            body.addWidget(alert(self.tr(
                "Con il PIN ordinario può consultare i Suoi dati (Fascicolo, estratto conto, certificazioni). "
                "Per presentare domande serve il PIN dispositivo, oppure SPID o la CNS."), "info"))
            body.addWidget(row(self.link(self.tr("Come avere il PIN dispositivo"), PIN_DISPOSITIVO_URL)))
        self._search_box(body)
        self._fascicolo_card(body)
        if info.domande_in_corso:
            n = len(info.domande_in_corso)
            text = (self.tr("Ha 1 domanda in lavorazione.") if n == 1
                    else self.tr("Ha %1 domande in lavorazione.").replace("%1", str(n)))
            box = alert(text + " " + self.tr("Lo stato di avanzamento è nel Fascicolo, alla voce "
                                              "«Richieste presentate»."), "warning")
            box.layout().addWidget(row(self.link(self.tr("Vedi le richieste presentate"),
                                                 shortcut_url("prestazioni.richieste"))))
            body.addWidget(box)
        if info.ultimo_pagamento is not None:
            u = info.ultimo_pagamento
            body.addWidget(label(self.tr("Ultimo pagamento della pensione: %1, importo netto %2.")
                                 .replace("%1", u.paid_on.strftime("%d/%m/%Y")).replace("%2", euro(u.netto_cents)),
                                 "lead"))
        self.shortcut_buttons = {}
        self.below_the_fold(body, lambda lay, info=info: self._shortcuts(lay, info))

    def _shortcuts(self, body, info) -> None:
        """«I servizi più usati», below the first screen (right after the first paint)."""
        body.addWidget(heading(self.tr("I servizi più usati"), 2))
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(T.S4)
        grid.setVerticalSpacing(T.S4)
        for i, sc in enumerate(info.scorciatoie):
            link = self.link(self.service_text(sc.title), shortcut_url(sc.key), role="biglink")
            self.shortcut_buttons[sc.key] = link
            box = card(link, label(self.service_text(sc.description)))
            grid.addWidget(box, i // 2, i % 2)
        body.addWidget(grid_holder)

    def _search_box(self, body) -> None:
        body.addWidget(heading(self.tr("Cerca un servizio"), 2))
        body.addWidget(label(self.tr("Scriva che cosa cerca, per esempio «la mia pensione», e prema Invio "
                                     "o il pulsante Cerca. Poi prema sul titolo del risultato che Le interessa.")))
        self.search = QLineEdit()
        self.search.setObjectName("MyInpsSearch")
        self.search.setAccessibleName(self.tr("Cerca in MyINPS"))
        self.search.setPlaceholderText(self.tr("Cerca"))
        self.search.setMinimumWidth(round(480 * self.ctx.zoom / 100))
        self.search.returnPressed.connect(self._search)
        self.search.textChanged.connect(self._suggest)
        body.addWidget(row(self.search, button(self.tr("Cerca"), self._search)))
        holder = QWidget()
        self.suggestions = QVBoxLayout(holder)
        self.suggestions.setContentsMargins(0, 0, 0, 0)
        self.suggestions.setSpacing(T.S1)
        body.addWidget(holder)

    def _suggest(self, text: str) -> None:
        """While typing, the titles the site search offers (one click opens them)."""
        clear_layout(self.suggestions)
        items = site_search.suggest(text, limit=5)
        if not items:
            return
        self.suggestions.addWidget(label(self.tr("Risultati proposti:"), "fieldlabel"))
        for entry in items:
            self.suggestions.addWidget(row(self.link(self.service_text(entry.title), entry.url)))

    def _search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.search.setFocus()
            return
        self.go(build_url(SEARCH_URL, q=text))

    def _fascicolo_card(self, body) -> None:
        entry = self.link(self.tr("Fascicolo previdenziale del cittadino"), FASCICOLO_URL, role="biglink")
        self.fascicolo_button = entry
        body.addWidget(card(
            heading(self.tr("Il Suo Fascicolo previdenziale"), 2),
            label(self.tr("Il Fascicolo previdenziale del cittadino (o Cassetto previdenziale) è lo strumento "
                          "principale della Sua area riservata: domande presentate, posizione assicurativa, "
                          "prestazioni, invalidità civile e modelli (Certificazione Unica, ObisM, cedolino).")),
            row(entry),
        ))

    def shown(self) -> None:
        self.search.setFocus()
