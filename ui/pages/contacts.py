"""Modifica contatti: the telephone numbers and e-mail addresses INPS uses."""
from __future__ import annotations

from app.services import contacts
from app.services.errors import ValidationError

from ..browser.router import route
from ..urls import CONTACTS_URL, MYINPS_URL
from ..widgets.common import Field, alert, button, clear_layout, heading, label, row
from .base import PortalPage
from .pin_common import focus_first_error, message_box


@route(CONTACTS_URL, title="INPS - Modifica contatti", login_required=True)
class ContactsPage(PortalPage):
    TITLE = "INPS - Modifica contatti"
    BREADCRUMB = ("MyINPS", "Modifica contatti")

    def build(self, body):
        body.addWidget(heading(self.tr("Modifica contatti")))
        body.addWidget(label(self.tr(
            "Questi sono i recapiti che l'INPS usa per inviarle il PIN, gli avvisi e le comunicazioni. "
            "È obbligatorio indicare almeno un numero di telefono e un indirizzo e-mail (o PEC)."), "lead"))
        now = contacts.current(self.world, self.session.citizen_id)
        self.fields = {
            "cellulare": Field(self.tr("Cellulare"), "cellulare", hint=self.tr("Es. 3401234567")),
            "telefono_fisso": Field(self.tr("Telefono fisso"), "telefono_fisso", hint=self.tr("Es. 0382123456")),
            "email": Field(self.tr("E-mail"), "email"),
            "pec": Field(self.tr("PEC (posta elettronica certificata)"), "pec"),
        }
        for key, field in self.fields.items():
            field.set_value(getattr(now, key))
            field.input.returnPressed.connect(self.save)  # Invio in a box saves, as on the web
            body.addWidget(field)
        self.messages = message_box(body)
        body.addWidget(row(button(self.tr("Salva i contatti"), self.save),
                           self.link(self.tr("Torna a MyINPS"), MYINPS_URL, role="secondary")))

    def save(self) -> None:
        clear_layout(self.messages)
        for field in self.fields.values():
            field.clear_error()
        try:
            contacts.update(self.world, self.session, **{k: f.value() for k, f in self.fields.items()})
        except ValidationError as exc:
            extra = self.show_field_errors(exc, self.fields)
            if extra is not None:
                self.messages.addWidget(extra)
            focus_first_error(self.fields)
            return
        self.messages.addWidget(alert(self.tr("I contatti sono stati aggiornati."), "success"))

    def shown(self) -> None:
        self.fields["cellulare"].input.setFocus()
