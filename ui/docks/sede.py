"""Sede INPS: going to the Sede INPS di Pavia (seed 000: Viale Cesare Battisti 23/25) to get
a PIN dispositivo with the MV35, as the citizen shown ("Io sono"), or working at its
counter as the operator (for CAF trainees). The visit opens the counter window
(ui/widgets/sede_counter.py); the rules are in app.services.sede.

Methods for tests and journeys:
    sede_dock = window.dock_panels["SedeDock"]
    dialog = sede_dock.open_counter("citizen")   # or "operator"; returns the SedeCounterDialog
"""
from __future__ import annotations

from app.services import sede

from ..widgets.common import button, label, row
from . import dock
from ._common import WorldPanel


@dock("SedeDock", "Sede INPS", area="world", order=43)
class SedeDock(WorldPanel):
    def setup(self) -> None:
        self.content = self.make_scroll()
        self.dialog = None
        self.content.addWidget(label(self.t(sede.SEDE_NAME), "h3"))
        self.content.addWidget(label(self.t(sede.SEDE_ADDRESS)))
        self.content.addWidget(label(self.t(
            "In sede il PIN si ottiene subito di tipo dispositivo: si compila il modello MV35 «Richiesta "
            "assegnazione PIN dispositivo per il cittadino in sede» e lo si consegna con un documento di "
            "identità valido; l'operatore verifica l'identità e consegna il PIN in busta chiusa."), "muted"))
        self.content.addWidget(row(button(self.t("Vai allo sportello"), lambda: self.open_counter("citizen"))))
        self.content.addWidget(label(self.t("Per chi si forma come operatore (CAF, patronati):"), "muted"))
        self.content.addWidget(row(button(self.t("Lavora allo sportello come operatore"),
                                          lambda: self.open_counter("operator"), role="secondary")))

    def open_counter(self, mode: str = "citizen"):
        from ..widgets.sede_counter import SedeCounterDialog

        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = SedeCounterDialog(self.window, mode)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
