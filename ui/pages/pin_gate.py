"""The page a learner with a PIN ordinario meets when trying to present a domanda
(issue 3, item 6): what is missing, and how to get it (link «Vuoi il PIN dispositivo?").

Other pages use the guard before showing a domanda form:

    from .pin_gate import guard_domanda
    def build(self, body):
        if not guard_domanda(self):      # navigates to the gate page and returns False
            return
"""
from __future__ import annotations

from app.services import session as session_rules
from app.services.errors import ServiceError

from ..browser.router import LOGIN_URL, build_url, route
from ..urls import MYINPS_URL, PIN_DISPOSITIVO_URL, PIN_GATE_URL
from ..widgets.common import alert, card, heading, label
from .base import PortalPage
from .pin_common import safe_next


def guard_domanda(page, uri: str = "") -> bool:
    """True if the session may present a domanda; otherwise open the gate page (later,
    on the next event-loop turn, as every navigation) and return False."""
    try:
        session_rules.require_dispositivo(page.session)
    except ServiceError:
        page.go(build_url(PIN_GATE_URL, uri=uri or page.ctx.url))
        return False
    return True


@route(PIN_GATE_URL, title="INPS - Serve il PIN dispositivo", login_required=True)
class PinGatePage(PortalPage):
    TITLE = "INPS - Serve il PIN dispositivo"
    BREADCRUMB = ("MyINPS", "PIN dispositivo necessario")

    def build(self, body):
        session = self.session
        target = safe_next(self.params.get("uri", ""), MYINPS_URL)
        body.addWidget(heading(self.tr("Per questa domanda serve il PIN dispositivo")))
        if session is not None and session.can_submit_requests:
            body.addWidget(alert(self.tr("Il suo accesso permette di presentare domande."), "success"))
            body.addWidget(self.link(self.tr("Continua"), target))
            return
        body.addWidget(alert(self.service_text(session_rules.dispositivo_required_text(session)), "warning"))
        body.addWidget(label(self.tr(
            "Lei è entrato con: %1.").replace("%1", session.method_label if session else "-"), "fieldlabel"))
        self.convert = self.link(self.tr("Vuoi il PIN dispositivo?"), PIN_DISPOSITIVO_URL, role="biglink")
        body.addWidget(card(
            label(self.tr("Convertire il PIN ordinario in PIN dispositivo"), "h3"),
            label(self.tr(
                "Nel menu «Il PIN online» scelga «Vuoi il PIN dispositivo?» e poi «Converti PIN»: entri con "
                "codice fiscale e PIN ordinario, confermi i dati, stampi e firmi il modulo e lo invii insieme "
                "alla copia di un documento di identità. In una sede INPS il PIN dispositivo viene dato subito.")),
            self.convert,
        ))
        if session is not None and session.spid_cns_too_early:
            # Before 21 July 2017 another SPID or CNS login would not help (seed 001).
            body.addWidget(card(
                label(self.tr("SPID e CNS non bastano ancora"), "h3"),
                label(self.service_text(session_rules.SPID_CNS_DISPOSITIVO_TEXT)),
            ))
        else:
            body.addWidget(card(
                label(self.tr("Oppure entrare con SPID o CNS"), "h3"),
                label(self.service_text(session_rules.SPID_CNS_DISPOSITIVO_TEXT)),
                self.link(self.tr("Entra con SPID o CNS"), build_url(LOGIN_URL, tab="SPID", uri=target)),
            ))
        body.addWidget(self.link(self.tr("Torna a MyINPS"), MYINPS_URL))

    def shown(self) -> None:
        if hasattr(self, "convert"):
            self.convert.setFocus()
