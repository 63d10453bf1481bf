"""«Hai smarrito il PIN?» (seed 002): Ripristina il PIN (codice fiscale + the cellulare
and e-mail/PEC given when the PIN was requested) or Revoca PIN (codice fiscale, tessera
sanitaria number and expiry, an e-mail), then a new request.

    LOST_PIN_URL                    the choice
    LOST_PIN_URL?azione=ripristino  the ripristino form
    LOST_PIN_URL?azione=revoca      the revoca form
"""
from __future__ import annotations

from app.services import pin_recovery as svc
from app.services.errors import ServiceError, ValidationError

from ..browser.router import LOGIN_URL, PIN_MENU_URL, build_url, route
from ..urls import LOST_PIN_URL, PIN_REQUEST_URL
from ..widgets.common import Field, alert, button, card, clear_layout, heading, label, row
from ..widgets.reconstruction import reconstruction_note
from .base import PortalPage
from .pin_common import focus_first_error, message_box


@route(LOST_PIN_URL, title="INPS - Hai smarrito il PIN?")
class LostPinPage(PortalPage):
    TITLE = "INPS - Hai smarrito il PIN?"
    BREADCRUMB = ("Prestazioni e Servizi", "Richiesta PIN On Line", "Hai smarrito il PIN?")

    def build(self, body):
        self.body = body
        self.focus_target = None
        action = self.params.get("azione", "")
        if action == "ripristino":
            self.build_ripristino(body)
        elif action == "revoca":
            self.build_revoca(body)
        else:
            self.build_choice(body)

    def shown(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus()

    # -- the choice ---------------------------------------------------------------------
    def build_choice(self, body) -> None:
        body.addWidget(heading(self.tr("Hai smarrito il PIN?")))
        body.addWidget(label(self.tr(
            "Se non ricorda più il PIN può recuperarlo online. Scelga il modo giusto per lei."), "lead"))
        self.ripristino_link = self.link(self.tr("Ripristina il PIN"), build_url(LOST_PIN_URL, azione="ripristino"),
                                         role="biglink")
        body.addWidget(card(
            label(self.tr("Ripristina il PIN"), "h2"),
            label(self.tr(
                "Se ha ancora il cellulare e l'indirizzo e-mail (o PEC) indicati quando ha richiesto il PIN. "
                "Le verrà inviata una prima parte del nuovo PIN via e-mail o PEC e l'altra via SMS: unendo le "
                "due parti potrà entrare di nuovo in pochi minuti.")),
            self.ripristino_link,
        ))
        body.addWidget(card(
            label(self.tr("Revoca PIN"), "h2"),
            label(self.tr(
                "Se non ha più a disposizione l'e-mail, il cellulare o la PEC, oppure se non ha mai usato il "
                "PIN. Servono il numero e la data di scadenza della tessera sanitaria. Dopo la revoca potrà "
                "richiedere un nuovo PIN: la prima parte arriva subito, la seconda per posta.")),
            reconstruction_note(self.tr("Che un PIN mai usato non si possa ripristinare non è documentato.")),
            self.link(self.tr("Revoca PIN"), build_url(LOST_PIN_URL, azione="revoca"), role="biglink"),
        ))
        body.addWidget(label(self.tr(
            "Può anche chiamare il Contact Center: 803 164 (gratuito da rete fissa) oppure 06 164 164 "
            "(da rete mobile, a pagamento secondo il suo piano tariffario)."), "muted"))
        body.addWidget(self.link(self.tr("Torna a «Il PIN online»"), PIN_MENU_URL))
        self.focus_target = self.ripristino_link

    # -- ripristino ------------------------------------------------------------------------
    def build_ripristino(self, body) -> None:
        body.addWidget(heading(self.tr("Ripristina il PIN")))
        body.addWidget(label(self.tr(
            "Scriva il codice fiscale e gli stessi recapiti che ha indicato quando ha richiesto il PIN."), "lead"))
        self.fields = {
            "codice_fiscale": Field(self.tr("Codice Fiscale"), "codice_fiscale", max_length=40),
            "cellulare": Field(self.tr("Cellulare indicato nella richiesta del PIN"), "cellulare", max_length=20,
                               placeholder=self.tr("es. 3401234567")),
            "email": Field(self.tr("E-mail o PEC indicata nella richiesta del PIN"), "email", max_length=80),
        }
        body.addWidget(card(*self.fields.values()))
        self.result_box = message_box(body)
        self.send = button(self.tr("Ripristina PIN"), self.do_ripristino)
        body.addWidget(row(self.send))
        body.addWidget(self.link(self.tr("Non ho più quei recapiti: revoca il PIN"),
                                 build_url(LOST_PIN_URL, azione="revoca")))
        body.addWidget(self.link(self.tr("Indietro"), LOST_PIN_URL))
        self.focus_target = self.fields["codice_fiscale"].input

    def do_ripristino(self) -> None:
        for f in self.fields.values():
            f.clear_error()
        clear_layout(self.result_box)
        try:
            outcome = svc.ripristino(self.world, *(self.fields[k].value() for k in ("codice_fiscale", "cellulare", "email")))
        except ValidationError as exc:
            self.show_field_errors(exc, self.fields)
            focus_first_error(self.fields)
            return
        except ServiceError as exc:
            self.result_box.addWidget(alert(self.service_text(exc.message), "error"))
            if "Revoca" in exc.message:
                self.result_box.addWidget(self.link(self.tr("Revoca PIN"), build_url(LOST_PIN_URL, azione="revoca")))
            return
        self._done(outcome, self.tr("Vai all'Autenticazione"), LOGIN_URL)

    # -- revoca ----------------------------------------------------------------------------
    def build_revoca(self, body) -> None:
        body.addWidget(heading(self.tr("Revoca PIN")))
        body.addWidget(label(self.tr(
            "Il PIN revocato non potrà più essere usato. Dopo la revoca potrà richiedere un nuovo PIN."), "lead"))
        self.fields = {
            "codice_fiscale": Field(self.tr("Codice Fiscale"), "codice_fiscale", max_length=40),
            "tessera_numero": Field(self.tr("Numero della tessera sanitaria"), "tessera_numero", max_length=30,
                                    hint=self.tr("20 cifre, sul retro della tessera sanitaria.")),
            "tessera_scadenza": Field(self.tr("Data di scadenza della tessera sanitaria"), "tessera_scadenza",
                                      max_length=12, placeholder=self.tr("gg/mm/aaaa")),
            "email": Field(self.tr("E-mail per la conferma"), "email", max_length=80),
        }
        body.addWidget(card(*self.fields.values()))
        self.result_box = message_box(body)
        self.send = button(self.tr("Revoca PIN"), self.do_revoca, role="danger")
        body.addWidget(row(self.send))
        body.addWidget(self.link(self.tr("Indietro"), LOST_PIN_URL))
        self.focus_target = self.fields["codice_fiscale"].input

    def do_revoca(self) -> None:
        for f in self.fields.values():
            f.clear_error()
        clear_layout(self.result_box)
        try:
            outcome = svc.revoca(self.world, *(self.fields[k].value() for k in
                                               ("codice_fiscale", "tessera_numero", "tessera_scadenza", "email")))
        except ValidationError as exc:
            self.show_field_errors(exc, self.fields)
            focus_first_error(self.fields)
            return
        except ServiceError as exc:
            self.result_box.addWidget(alert(self.service_text(exc.message), "error"))
            return
        self._done(outcome, self.tr("Richiedi un nuovo PIN"), PIN_REQUEST_URL)

    def _done(self, outcome, next_text: str, next_url: str) -> None:
        self.send.setEnabled(False)
        for f in self.fields.values():
            f.input.setReadOnly(True)
        self.result_box.addWidget(alert(self.service_text(outcome.message), "success"))
        window = self.ctx.window
        if hasattr(window, "set_person"):
            window.set_person(outcome.citizen_id)
        self.next_link = self.link(next_text, next_url)
        self.result_box.addWidget(self.next_link)
        self.next_link.setFocus()
