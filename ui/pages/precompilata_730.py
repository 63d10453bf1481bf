"""«Il 730 precompilato» (seed 004 lists it among the services of inps.it): the 730 is the
Agenzia delle Entrate's, so this page says where it is made and gives the INPS side, the
Certificazione Unica to download (from the Fascicolo, or here in one click once in
MyINPS). The text is data/info_pages.json, page «730-precompilato»."""
from __future__ import annotations

from app.services import documents, fascicolo
from app.services.errors import ServiceError

from ..browser.router import LOGIN_URL, build_url, route
from ..urls import FASCICOLO_URL, PRECOMPILATA_730_URL
from ..widgets.common import alert, button, card, label, row
from .info import InfoPage


@route(PRECOMPILATA_730_URL, title="INPS - Il 730 precompilato")
class Precompilata730Page(InfoPage):
    KEY = "730-precompilato"
    TITLE = "INPS - Il 730 precompilato"

    def build_after(self, body) -> None:
        # The learner's own Certificazione Unica right after the section that explains it.
        box = self._cu_box()
        after = self.sections[1] if len(self.sections) > 1 else None
        index = body.indexOf(after) + 1 if after is not None else body.count()
        body.insertWidget(index, box)
        self.message_box = box.layout()
        super().build_after(body)

    def _cu_box(self):
        self.cu_button = None
        if self.session is None:
            return card(
                label(self.tr("La sua Certificazione Unica"), "h3"),
                label(self.tr("Per scaricare la Certificazione Unica entri in MyINPS con il PIN, SPID o la CNS: "
                              "per consultarla basta anche il PIN ordinario.")),
                row(self.link(self.tr("Entra in MyINPS"), build_url(LOGIN_URL, uri=PRECOMPILATA_730_URL))),
            )
        models = fascicolo.load(self.world, self.session.citizen_id).modelli_cu
        if not models:
            return card(
                label(self.tr("La sua Certificazione Unica"), "h3"),
                label(self.tr("Nel suo Fascicolo non risultano Certificazioni Uniche dell'INPS (in questa simulazione "
                              "la Certificazione Unica dell'INPS riguarda le pensioni). La Certificazione Unica del "
                              "lavoro dipendente la consegna il datore di lavoro.")),
            )
        latest = models[0]
        self.cu_button = button(self.tr("Apri la %1 (PDF)").replace("%1", self.service_text(latest.title)),
                                lambda _=False, y=latest.year: self.open_cu(y))
        return card(
            label(self.tr("La sua Certificazione Unica"), "h3"),
            label(self.service_text(latest.detail)),
            row(self.cu_button),
            self.link(self.tr("Tutte le Certificazioni Uniche nel Fascicolo"),
                      build_url(FASCICOLO_URL, sezione="modelli.cu")),
        )

    def open_cu(self, year: int):
        try:
            doc = documents.generate(self.world, self.session.citizen_id, "cu", year=year)
        except ServiceError as exc:
            self.message_box.addWidget(alert(self.service_text(exc.message), "error"))
            return None
        return self.ctx.open_pdf(doc.title, doc.pdf)
