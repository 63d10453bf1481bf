"""The mark of a reconstruction: a rule, a figure or a list that the simulator shows
but that no guide (seed) or public source confirms for the 2018 portal.

One small muted line under the text it qualifies, always worded the same way:

    body.addWidget(reconstruction_note(self.tr("Il numero di tentativi non è documentato.")))
    # -> "(ricostruzione) Il numero di tentativi non è documentato."

The «(ricostruzione)» word is the one app/ appends to its own reconstructed figures
(app.services.figures.RECONSTRUCTION_NOTE, the same literal), so the learner meets one mark
everywhere.
The list of every reconstruction and why is docs/RECONSTRUCTIONS.md.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from .common import label

OBJECT_NAME = "ReconstructionNote"


def tr(text: str) -> str:
    return QCoreApplication.translate("Reconstruction", text)


def reconstruction_text(why: str = "") -> str:
    """«(ricostruzione)» followed by `why` (already translated), as the note shows it."""
    mark = tr("(ricostruzione)")  # = RECONSTRUCTION_NOTE, a literal for the catalogue tool
    return f"{mark} {why}".strip()


def reconstruction_note(why: str = "") -> QLabel:
    """A small muted line «(ricostruzione) why»; its accessible name is the same text and
    its tooltip says what a reconstruction is."""
    lab = label(reconstruction_text(why), "muted")
    lab.setObjectName(OBJECT_NAME)
    lab.setToolTip(tr("Ricostruzione: la Palestra INPS lo mostra così, ma nessuna guida o fonte pubblica "
                      "lo conferma per il portale del 2018."))
    return lab


def reconstruction_notes(widget) -> list[str]:
    """The texts of the reconstruction notes inside `widget` (for tests)."""
    return [w.text() for w in widget.findChildren(QLabel, OBJECT_NAME)]


__all__ = ["OBJECT_NAME", "reconstruction_note", "reconstruction_notes", "reconstruction_text"]
