"""The web page of the Sede INPS di Pavia (seed 000: «presso la sede INPS Viale Cesare
Battisti, 23/25, 27100 Pavia PV»), with the way to get the PIN dispositivo at the counter
(seed 001, MV35). The visit itself happens in the citizen's world: the button opens the
counter window (panel «Sede INPS»), as the citizen or, for CAF trainees, as the operator."""
from __future__ import annotations

from app.services import sede

from ..browser.router import PIN_MENU_URL, route
from ..urls import PIN_DISPOSITIVO_URL, SEDE_URL
from ..widgets.common import button, card, heading, label, row
from .base import PortalPage


@route(SEDE_URL, title="INPS - Sede di Pavia")
class SedePaviaPage(PortalPage):
    TITLE = "INPS - Sede di Pavia"
    BREADCRUMB = ("Contatti", "Sedi", "Pavia")

    def build(self, body):
        body.addWidget(heading(self.tr("Sede INPS di Pavia")))
        body.addWidget(label(self.service_text(sede.SEDE_ADDRESS), "lead"))
        self.go_button = button(self.tr("Vai allo sportello (simulazione)"), self.visit)
        body.addWidget(card(
            label(self.tr("PIN dispositivo in sede"), "h2"),
            label(self.tr("Il PIN che si richiede recandosi direttamente nelle sedi INPS è immediatamente di tipo "
                          "dispositivo. La procedura è la seguente:")),
            label(self.tr("• ci si reca presso la sede muniti di documento valido di identità;")),
            label(self.tr("• si compila il modulo di richiesta del PIN (il modello MV35 «Richiesta assegnazione PIN "
                          "dispositivo per il cittadino in sede»);")),
            label(self.tr("• si consegna il modulo compilato unitamente al proprio documento di identità;")),
            label(self.tr("• l'operatore INPS allo sportello verifica l'identità e avvia la procedura di "
                          "assegnazione del PIN;")),
            label(self.tr("• l'operatore consegna il PIN in busta chiusa al richiedente.")),
            label(self.tr("La richiesta va presentata personalmente: non sono ammesse deleghe."), "muted"),
            row(self.go_button),
        ))
        self.operator_button = button(self.tr("Lavora allo sportello come operatore"), self.work_at_counter,
                                      role="secondary")
        body.addWidget(card(
            label(self.tr("Per chi si forma come operatore (CAF, patronati)"), "h3"),
            label(self.tr("Dall'altra parte dello sportello: controlli il modulo MV35 e il documento di chi si "
                          "presenta, poi assegni il PIN dispositivo oppure rifiuti la richiesta spiegando il "
                          "motivo.")),
            row(self.operator_button),
        ))
        body.addWidget(self.link(self.tr("Vuoi il PIN dispositivo? Le altre strade"), PIN_DISPOSITIVO_URL))
        body.addWidget(self.link(self.tr("Il PIN online"), PIN_MENU_URL))

    def visit(self):
        return self._open_counter("citizen")

    def work_at_counter(self):
        """Behind the counter, as the operator (lesson operatore-sede)."""
        return self._open_counter("operator")

    def _open_counter(self, mode: str):
        window = self.ctx.window
        panel = getattr(window, "dock_panels", {}).get("SedeDock")
        if panel is None:
            return None
        window.show_dock("SedeDock")
        return panel.open_counter(mode)

    def shown(self) -> None:
        self.go_button.setFocus()
