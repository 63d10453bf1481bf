"""Richiedi PIN (seeds 000, 002, 003, 004): passo 1 codice fiscale e residenza,
passo 2 dati anagrafici, residenza e recapiti, passo 3 riepilogo («Avanti» to confirm,
«Conferma» to go back and correct, as seed 002 says), then the outcome message.

The page keeps what was typed (self.data) while moving between the steps; every rule
is in app.services.pin_request."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QVBoxLayout, QWidget

from app.services import pin_request as svc
from app.services.errors import ServiceError, ValidationError

from ..browser.router import LOGIN_URL, PIN_MENU_URL, route
from ..urls import LOST_PIN_URL, PIN_REQUEST_URL
from ..widgets.common import (
    ChoiceField,
    Field,
    RadioGroup,
    alert,
    button,
    card,
    clear_layout,
    heading,
    label,
    row,
)
from .base import PortalPage
from .pin_common import ensure_visible, focus_first_error, message_box, scroll_to_top

STEP_TITLES = {
    1: QT_TRANSLATE_NOOP("PinRequestPage", "Passo 1 di 3: codice fiscale e residenza"),
    2: QT_TRANSLATE_NOOP("PinRequestPage", "Passo 2 di 3: dati anagrafici, residenza e recapiti"),
    3: QT_TRANSLATE_NOOP("PinRequestPage", "Passo 3 di 3: riepilogo dei dati"),
}


@route(PIN_REQUEST_URL, title="INPS - Richiesta PIN")
class PinRequestPage(PortalPage):
    TITLE = "INPS - Richiesta PIN"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line", "Richiedi PIN")

    def build(self, body):
        self.data: dict[str, str] = svc.PinRequestForm().as_dict()
        self.data["residenza"] = ""
        self.data["nato_estero"] = ""
        self.step = 0
        self.summary = None
        self.outcome = None
        body.addWidget(heading(self.tr("Richiedi il tuo PIN")))
        self.step_label = label("", "lead")
        body.addWidget(self.step_label)
        self.holder = QWidget()
        # One scope for the steps' controls (screen readers, lessons): its «Indietro» is not
        # the service bar's.
        self.holder.setAccessibleName(self.tr("Modulo di richiesta del PIN"))
        self.area = QVBoxLayout(self.holder)
        self.area.setContentsMargins(0, 0, 0, 0)
        self.area.setSpacing(12)
        body.addWidget(self.holder)
        self.focus_target = None
        self.show_step1()

    # -- common -----------------------------------------------------------------------
    def _begin(self, step: int) -> None:
        self.step = step
        clear_layout(self.area)
        self.step_label.setText(self.tr(STEP_TITLES[step]) if step in STEP_TITLES else self.tr("Esito della richiesta"))
        self.step_label.setAccessibleName(self.step_label.text())
        self.fields: dict = {}
        self.top_box = message_box(self.area)
        self.summary_box = None
        scroll_to_top(self)

    def _ready(self, target) -> None:
        """The step is built: the keyboard focus goes to its first control (next turn of the
        event loop, once the old step's widgets are gone) and the reading order is the visual one."""
        self.focus_target = target
        for widget in self.fields.values():
            widget.error_cleared.connect(self._field_corrected)

        def focus():
            try:
                self.tab_in_reading_order()
                if self.focus_target is target and self.isVisible():
                    # The new step laid out first, so that the scroll area knows its height
                    # (Tab from here must scroll to what it reaches).
                    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    ensure_visible(target)
            except RuntimeError:  # the page was left before the timer fired
                pass

        QTimer.singleShot(0, focus)

    def _field_corrected(self) -> None:
        """A field's error went away as the learner corrected it: the box at the top of the
        form counts only what is still to correct, and goes when nothing is."""
        if self.summary_box is None:
            return
        left = sum(1 for w in self.fields.values() if w.error.text())
        if left:
            text = (self.tr("C'è un dato da correggere: lo trova scritto in rosso sotto il campo.") if left == 1 else
                    self.tr("Ci sono %1 dati da correggere: li trova scritti in rosso sotto ciascun campo.")
                    .replace("%1", str(left)))
            self.summary_box.text_label.setText(text)
            self.summary_box.text_label.setAccessibleName(text)
            self.summary_box.setAccessibleName(text)
        else:
            self._top_message(None)

    def _field(self, text: str, name: str, **kw) -> Field:
        f = Field(text, name, **kw)
        f.set_value(self.data.get(name, ""))
        self.fields[name] = f
        return f

    def _collect(self) -> None:
        for name, widget in self.fields.items():
            self.data[name] = widget.value()

    def _top_message(self, widget) -> None:
        clear_layout(self.top_box)
        self.summary_box = None
        if widget is not None:
            self.top_box.addWidget(widget)
            self.tab_in_reading_order()

    def shown(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus()

    # -- passo 1 -------------------------------------------------------------------------
    def show_step1(self) -> None:
        self._begin(1)
        cf = self._field(self.tr("Codice Fiscale"), "codice_fiscale", max_length=40,
                         hint=self.tr("Lo trova sulla tessera sanitaria: 16 caratteri, lettere e numeri."))
        res = RadioGroup(self.tr("Residenza"), "residenza", [(self.tr("Italiana"), "italiana"),
                                                              (self.tr("Estera"), "estera")])
        res.set_value(self.data.get("residenza", ""))
        self.fields["residenza"] = res
        self.area.addWidget(card(cf, res))
        self.avanti1 = button(self.tr("Avanti"), self.next_from_step1)
        self.area.addWidget(row(self.avanti1))
        self.area.addWidget(self.link(self.tr("Torna a «Il PIN online»"), PIN_MENU_URL))
        cf.input.returnPressed.connect(self.next_from_step1)
        self._ready(cf.input)

    def next_from_step1(self) -> None:
        self._collect()
        for f in self.fields.values():
            f.set_error("")
        self._top_message(None)
        try:
            step = svc.check_step1(self.world, self.data["codice_fiscale"], self.data["residenza"])
        except ValidationError as exc:
            self.show_field_errors(exc, self.fields)
            focus_first_error(self.fields)
            return
        except ServiceError as exc:
            self._top_message(alert(self.service_text(exc.message), "error"))
            self.top_box.addWidget(self.link(self.tr("Hai smarrito il PIN?"), LOST_PIN_URL))
            self.tab_in_reading_order()
            return
        self.data["codice_fiscale"] = step.codice_fiscale
        self.show_step2()

    # -- passo 2 -------------------------------------------------------------------------
    def show_step2(self) -> None:
        self._begin(2)
        estera = self.data.get("residenza") == "estera"
        self.area.addWidget(label(self.tr("Codice Fiscale: %1 · Residenza: %2").replace(
            "%1", self.data["codice_fiscale"]).replace("%2", self.tr("Estera") if estera else self.tr("Italiana")),
            "fieldlabel"))
        self.area.addWidget(label(self.tr(
            "Scriva i suoi dati come sono sul codice fiscale. I campi segnati con * sono obbligatori."), "muted"))

        # Dati anagrafici
        sesso = RadioGroup(self.tr("Sesso *"), "sesso", [(self.tr("Maschio"), "M"), (self.tr("Femmina"), "F")])
        sesso.set_value(self.data.get("sesso", ""))
        self.fields["sesso"] = sesso
        nato = RadioGroup(self.tr("Luogo di nascita *"), "nato_estero",
                          [(self.tr("In Italia"), "no"), (self.tr("All'estero"), "si")])
        nato.set_value(self.data.get("nato_estero") or "no")
        self.fields["nato_estero"] = nato
        self.birth_it = QWidget()
        g = QGridLayout(self.birth_it)
        g.setContentsMargins(0, 0, 0, 0)
        g.addWidget(self._field(self.tr("Comune di nascita *"), "comune_nascita", max_length=80), 0, 0)
        g.addWidget(self._field(self.tr("Provincia di nascita (sigla)"), "provincia_nascita", max_length=4,
                                placeholder=self.tr("es. PV")), 0, 1)
        g.setColumnStretch(0, 3)
        g.setColumnStretch(1, 1)
        self.birth_abroad = self._field(self.tr("Stato estero di nascita *"), "stato_nascita", max_length=80,
                                        placeholder=self.tr("es. Germania"))
        nato.changed.connect(self._birthplace_kind)
        anagrafica = card(
            label(self.tr("Dati anagrafici"), "h2"),
            self._field(self.tr("Cognome *"), "cognome", max_length=80),
            self._field(self.tr("Nome *"), "nome", max_length=80),
            sesso,
            self._field(self.tr("Data di nascita *"), "data_nascita", max_length=12, placeholder=self.tr("gg/mm/aaaa"),
                        hint=self.tr("Giorno, mese e anno separati da una barra, ad esempio 08/05/1957.")),
            nato, self.birth_it, self.birth_abroad,
        )
        self.area.addWidget(anagrafica)
        self._birthplace_kind(nato.value())

        # Residenza
        if estera:
            residenza = card(
                label(self.tr("Residenza all'estero"), "h2"),
                self._field(self.tr("Stato estero di residenza *"), "stato_estero", max_length=80, placeholder=self.tr("es. Germania")),
                self._field(self.tr("Città *"), "citta_estera", max_length=80),
                self._field(self.tr("Indirizzo (via, numero civico, codice postale) *"), "indirizzo_estero", max_length=80),
            )
        else:
            addr = QWidget()
            g = QGridLayout(addr)
            g.setContentsMargins(0, 0, 0, 0)
            g.addWidget(self._field(self.tr("Indirizzo (via o piazza) *"), "indirizzo", max_length=80), 0, 0)
            g.addWidget(self._field(self.tr("Numero civico *"), "civico", max_length=12), 0, 1)
            g.addWidget(self._field(self.tr("CAP *"), "cap", max_length=5, placeholder=self.tr("5 cifre")), 1, 0)
            g.addWidget(self._field(self.tr("Comune *"), "comune", max_length=80), 2, 0)
            g.addWidget(self._field(self.tr("Provincia (sigla) *"), "provincia", max_length=4, placeholder=self.tr("es. PV")), 2, 1)
            g.setColumnStretch(0, 3)
            g.setColumnStretch(1, 1)
            residenza = card(
                label(self.tr("Residenza"), "h2"),
                label(self.tr("A questo indirizzo arriverà per posta la seconda parte del PIN."), "muted"),
                addr,
            )
        self.area.addWidget(residenza)

        # Recapiti
        pref = RadioGroup(self.tr("Telefono preferenziale"), "telefono_preferenziale",
                          [(self.tr("Cellulare"), "cellulare"), (self.tr("Telefono fisso"), "fisso")])
        pref.set_value(self.data.get("telefono_preferenziale") or "cellulare")
        self.fields["telefono_preferenziale"] = pref
        fascia = ChoiceField(self.tr("Fascia oraria preferita per le telefonate"), "fascia_oraria",
                             [(self.tr("dalle 9 alle 13"), "9-13"), (self.tr("dalle 14 alle 18"), "14-18"),
                              (self.tr("dalle 18 alle 20"), "18-20")])
        fascia.set_value(self.data.get("fascia_oraria") or "9-13")
        self.fields["fascia_oraria"] = fascia
        recapiti = card(
            label(self.tr("Recapiti"), "h2"),
            label(self.service_text(svc.CONTACTS_MANDATORY), "warning"),
            label(self.tr("La prima parte del PIN arriverà subito per SMS al cellulare e per e-mail (o PEC)."),
                  "muted"),
            self._field(self.tr("Cellulare"), "cellulare", max_length=20, placeholder=self.tr("es. 3401234567")),
            self._field(self.tr("Telefono fisso"), "telefono_fisso", max_length=20, placeholder=self.tr("es. 0382123456")),
            self._field(self.tr("E-mail"), "email", max_length=80, placeholder=self.tr("es. nome@esempio.it")),
            self._field(self.tr("PEC (posta elettronica certificata)"), "pec", max_length=80),
            pref, fascia,
        )
        self.area.addWidget(recapiti)
        self.avanti2 = button(self.tr("Avanti"), self.next_from_step2)
        self.area.addWidget(row(self.avanti2, button(self.tr("Indietro"), self._back_to_step1, role="secondary")))
        for widget in self.fields.values():  # Invio in any box sends the form, as on the web
            if isinstance(widget, Field):
                widget.input.returnPressed.connect(self.next_from_step2)
        self._ready(self.fields["cognome"].input)

    def _birthplace_kind(self, key: str) -> None:
        abroad = key == "si"
        self.birth_it.setVisible(not abroad)
        self.birth_abroad.setVisible(abroad)

    def _back_to_step1(self) -> None:
        self._collect()
        self.show_step1()

    def next_from_step2(self) -> None:
        self._collect()
        if self.data.get("nato_estero") != "si":
            self.data["stato_nascita"] = ""
        for f in self.fields.values():
            f.set_error("")
        self._top_message(None)
        try:
            self.summary = svc.validate_request(self.world, self.data)
        except ValidationError as exc:
            self._top_message(self.error_summary(exc, self.fields))
            self.summary_box = self.top_box.itemAt(0).widget()
            focus_first_error(self.fields)
            return
        except ServiceError as exc:
            self._top_message(alert(self.service_text(exc.message), "error"))
            return
        self.show_step3()

    # -- passo 3: riepilogo ----------------------------------------------------------------
    def show_step3(self) -> None:
        self._begin(3)
        self.area.addWidget(label(self.tr("Controlli con attenzione i dati che ha scritto."), "lead"))
        table = QWidget()
        g = QGridLayout(table)
        g.setContentsMargins(0, 0, 0, 0)
        g.setHorizontalSpacing(24)
        for i, (name, value) in enumerate(self.summary.rows):
            g.addWidget(label(self.service_text(name), "fieldlabel"), i, 0)
            g.addWidget(label(value, selectable=True), i, 1)
        g.setColumnStretch(1, 1)
        self.area.addWidget(card(table))
        self.area.addWidget(alert(self.tr(
            "Se i dati sono corretti prema «Avanti» per inviare la richiesta. Se deve correggere qualcosa "
            "prema «Conferma»: tornerà al modulo con i dati già scritti."), "info"))
        self.avanti3 = button(self.tr("Avanti"), self.submit)
        self.conferma = button(self.tr("Conferma"), self.show_step2, role="secondary")
        self.conferma.setAccessibleDescription(self.tr("Torna al modulo per correggere i dati"))
        self.area.addWidget(row(self.avanti3, self.conferma))
        self._ready(self.avanti3)

    def submit(self) -> None:
        self._top_message(None)
        try:
            self.outcome = svc.submit_request(self.world, self.data)
        except ValidationError:
            self.show_step2()
            self.next_from_step2()
            return
        except ServiceError as exc:
            self._top_message(alert(self.service_text(exc.message), "error"))
            return
        self.show_outcome()

    # -- esito -------------------------------------------------------------------------------
    def show_outcome(self) -> None:
        self._begin(4)
        out = self.outcome
        window = self.ctx.window
        if hasattr(window, "set_person"):
            window.set_person(out.citizen_id)
        self.area.addWidget(alert(self.service_text(out.message), "success"))
        if out.note:
            self.area.addWidget(alert(self.service_text(out.note), "warning"))
        channels = {"sms": self.tr("SMS al cellulare"), "email": self.tr("e-mail"), "pec": self.tr("PEC")}
        sent = ", ".join(channels[c] for c in out.first_half_channels)
        steps = [
            self.tr("1. La prima parte del PIN (8 caratteri) è stata inviata adesso: %1. Il messaggio arriva "
                    "da «InpsInforma».").replace("%1", sent),
            self.tr("2. La seconda parte (altri 8 caratteri) arriverà per posta all'indirizzo di residenza, "
                    "in circa due settimane (verso il %1).").replace(
                "%1", out.letter_due.strftime("%d/%m/%Y") if out.letter_due else "-"),
            self.tr("3. Quando avrà tutte e due le parti, entri dall'Autenticazione con il codice fiscale e il "
                    "PIN di 16 caratteri (prima la parte dell'SMS, poi quella della lettera): le sarà chiesto "
                    "di scegliere un nuovo PIN di 8 caratteri."),
        ]
        self.area.addWidget(card(label(self.tr("Che cosa succede adesso"), "h2"), *[label(s) for s in steps]))
        if out.first_half:
            # Seeds 001 and 004: the first 8 characters are also given on screen at the end.
            code = label(" ".join((out.first_half[:4], out.first_half[4:])), "code")
            code.setObjectName("FirstHalfOnScreen")
            code.setAccessibleName(self.tr("Prima parte del PIN"))
            code.setAccessibleDescription(" ".join(out.first_half))  # read one character at a time
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.area.addWidget(card(
                label(self.tr("Prima parte del PIN"), "h3"),
                label(self.tr("Sono gli stessi 8 caratteri dell'SMS e dell'e-mail. Li scriva su un foglio "
                              "e non li mostri a nessuno.")),
                code,
            ))
        self.phone_button = button(self.tr("Apri il telefono"), lambda: self._dock("PhoneDock"), role="secondary")
        hint = card(
            label(self.tr("Nella Palestra"), "h3"),
            label(self.tr("Gli SMS arrivano nel «Telefono», le e-mail nella «Posta elettronica», le lettere nella "
                          "«Cassetta postale». Per non aspettare due settimane, faccia avanzare il tempo con "
                          "l'«Orologio».")),
            row(self.phone_button,
                button(self.tr("Apri l'orologio"), lambda: self._dock("ClockDock"), role="secondary")),
        )
        self.area.addWidget(hint)
        self.to_login = self.link(self.tr("Vai all'Autenticazione"), LOGIN_URL)
        self.area.addWidget(self.to_login)
        self._ready(self.phone_button)

    def _dock(self, name: str) -> None:
        window = self.ctx.window
        if hasattr(window, "show_dock"):
            window.show_dock(name)
