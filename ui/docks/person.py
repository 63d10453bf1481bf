"""Scheda personale: recognition over recall (LOOK.md). The data card of the person
shown ("Io sono"): name and codice fiscale always in view; on request the birth,
address, contacts, tessera sanitaria, identity documents and, for the demo personas,
their practice credentials (PIN, SPID, CNS PIN/PUK). "Stampa scheda (PDF)" prints this
card; "Tutte le schede (PDF)" prints every persona's card for the trainer.

Methods for tests and journeys:
    person = window.dock_panels["PersonDock"]
    person.card()                    # PersonCard shown (app.services.person_cards) or None
    person.codice_fiscale()          # the codice fiscale shown
    person.set_details_visible(True) # as pressing "Mostra tutti i dati"
    person.print_card()              # PdfViewer with this person's card
    person.print_all_cards()         # PdfViewer with all personas' cards
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.services import person_cards
from app.services.errors import ServiceError
from app.services.person_cards import PersonCard

from .. import tokens as T
from ..widgets.common import button, clear_layout, label, row
from . import dock
from ._common import WorldPanel, add, service_text


def _value(text: str):
    lab = label(text, "value", selectable=True)
    lab.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return lab


@dock("PersonDock", "Scheda personale", area="world", order=20)
class PersonDock(WorldPanel):
    def setup(self) -> None:
        lay = self.make_scroll()
        self._card: PersonCard | None = None
        self._built_for: PersonCard | None | bool = False
        self.name = label("", "h3")
        self.cf_caption = label(self.t("Codice fiscale:"), "fieldlabel", wrap=False)
        self.cf_value = label("", "cf", wrap=False, selectable=True)
        self.cf_value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.none_label = label(self.t("Scelga una persona in «Io sono», in alto."), "muted")
        self.toggle = button(self.t("Mostra tutti i dati"), self._toggled, role="secondary")
        self.toggle.setCheckable(True)
        self.details = QWidget()
        self.details_lay = QVBoxLayout(self.details)
        self.details_lay.setContentsMargins(0, 0, 0, 0)
        self.details_lay.setSpacing(T.S1)
        self.details.hide()
        self.print_button = button(self.t("Stampa scheda (PDF)"), self.print_card)
        self.print_all_button = button(self.t("Tutte le schede (PDF)"), self.print_all_cards, role="secondary")
        self.print_all_button.setToolTip(self.t("Le schede di tutte le persone di prova, per il formatore"))
        self.error = label("", "error")
        self.error.hide()
        self.toggle.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        name_row = QWidget()
        h = QHBoxLayout(name_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(T.S2)
        h.addWidget(self.name, 1)
        h.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        cf_row = row(self.cf_caption, self.cf_value, spacing=T.S2)
        for w in (name_row, cf_row, self.none_label, self.details, self.error):
            lay.addWidget(w)

    # -- refresh -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._card = person_cards.card(self.world, self.person_id)
        if self._card == self._built_for:
            return
        self._built_for = self._card
        c = self._card
        has = c is not None
        for w in (self.cf_caption, self.cf_value, self.toggle):
            w.setVisible(has)
        self.none_label.setVisible(not has)
        self.name.setText(c.name if has else self.t("Nessuna persona scelta"))
        self.name.setAccessibleName(self.name.text())
        self.cf_value.setText(c.codice_fiscale if has else "")
        self.cf_value.setAccessibleName(self.t("Codice fiscale: %1").replace("%1", self.cf_value.text()))
        self._build_details(c)
        self.details.setVisible(has and self.toggle.isChecked())

    def _section(self, title: str) -> None:
        """A heading over both columns; the rows under it go in a new two-column grid."""
        self.details_lay.addSpacing(T.S2)
        add(self.details_lay, label(title, "h3"))
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(T.S3)
        self._grid.setVerticalSpacing(T.S1)
        self._grid.setColumnStretch(1, 1)
        add(self.details_lay, holder)

    def _row(self, caption: str, value: str) -> None:
        """Caption on the left, value (selectable, to copy it) on the right."""
        r = self._grid.rowCount()
        cap = label(caption, "muted")
        cap.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        add(self._grid, cap, r, 0, Qt.AlignmentFlag.AlignTop)
        val = _value(value)
        val.setAccessibleName(f"{caption}: {value}")
        add(self._grid, val, r, 1, Qt.AlignmentFlag.AlignTop)

    def _note(self, text: str, role: str = "muted") -> None:
        """A sentence over both columns of the current grid."""
        add(self._grid, label(text, role), self._grid.rowCount(), 0, 1, 2)

    def _build_details(self, c: PersonCard | None) -> None:
        # The print buttons live in the details: take them out before clearing.
        for b in (self.print_button, self.print_all_button):
            b.setParent(None)
        clear_layout(self.details_lay)
        if c is None:
            return
        if c.ruolo:
            add(self.details_lay, label(c.ruolo, "muted"))
        self._section(self.t("Dati anagrafici"))
        self._row(self.t("Nascita"), c.nascita)
        self._row(self.t("Residenza"), c.indirizzo)
        self._section(self.t("Recapiti"))
        if c.contatti:
            for caption, value in c.contatti:
                self._row(self.t(caption), value)
        else:
            self._note(self.t("Nessun recapito comunicato all'INPS."))
        self._section(self.t("Tessera sanitaria e documenti"))
        self._row(self.t("Tessera sanitaria"), f"n. {c.tessera_numero}" + (f", {c.tessera_scadenza}"
                                                                          if c.tessera_scadenza else ""))
        for caption, value in c.documenti:
            self._row(self.t(caption), value)
        if c.is_persona:
            self._section(self.t("Credenziali per esercitarsi"))
            if not c.credenziali:
                self._note(self.t("Nessuna credenziale: con questa persona si impara a chiedere il PIN."))
            for group in c.credenziali:
                add(self._grid, label(self.t(group.title), "fieldlabel"), self._grid.rowCount(), 0, 1, 2)
                for caption, value in group.rows:
                    self._row(self.t(caption), value)
                if group.note:
                    self._note(service_text(group.note), "warning")
            if c.credenziali:
                self._note(service_text(person_cards.CREDENTIALS_NOTE))
        self.details_lay.addSpacing(T.S3)
        add(self.details_lay, self.print_button)
        add(self.details_lay, self.print_all_button)

    def _toggled(self, on: bool) -> None:
        self.set_details_visible(on)

    # -- for tests and journeys --------------------------------------------------------------
    def card(self) -> PersonCard | None:
        return self._card

    def codice_fiscale(self) -> str:
        return self.cf_value.text()

    def set_details_visible(self, on: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(on)
        self.toggle.blockSignals(False)
        text = self.t("Nascondi i dati") if on else self.t("Mostra tutti i dati")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)
        self.details.setVisible(on and self._card is not None)
    def _show_pdf(self, make, title: str):
        self.error.hide()
        try:
            data = make()
        except ServiceError as exc:
            self.error.setText(service_text(exc.message))
            self.error.setAccessibleName(self.error.text())
            self.error.show()
            return None
        return self.window.open_pdf(title, data)

    def print_card(self):
        """This person's card as a PDF in the built-in viewer (Salva / Stampa there)."""
        if self._card is None:
            return None
        return self._show_pdf(lambda: person_cards.persona_card_pdf(self.world, self._card.citizen_id),
                              self.t("Scheda personale - %1").replace("%1", self._card.name))

    def print_all_cards(self):
        """Every demo persona's card in one PDF, for the trainer."""
        return self._show_pdf(lambda: person_cards.all_persona_cards_pdf(self.world),
                              self.t("Schede delle persone di prova"))
