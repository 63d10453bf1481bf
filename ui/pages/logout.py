"""«Esci»: ends the portal session of this window and says so."""
from __future__ import annotations

from app.services import auth

from .. import tokens as T
from ..browser.router import HOME_URL, LOGIN_URL, route
from ..urls import LOGOUT_URL, MYINPS_URL
from ..widgets.common import alert, heading, label
from .base import PortalPage
from .home import link_flow


@route(LOGOUT_URL, title="INPS - Uscita effettuata")
class LogoutPage(PortalPage):
    TITLE = "INPS - Uscita effettuata"
    BREADCRUMB = ("Uscita",)

    def setup(self) -> None:
        # End the session before the header is drawn, so it no longer shows the person.
        self.closed = self.ctx.session.current
        if self.closed is not None:
            auth.close_session(self.world, self.closed, "logout")
            self.ctx.session.end()
        super().setup()

    def build(self, body):
        if self.closed is not None:
            body.addWidget(heading(self.tr("Uscita effettuata")))
            body.addWidget(alert(self.tr(
                "%1, sei uscito da MyINPS. Per entrare di nuovo servono ancora il codice fiscale e il PIN, "
                "SPID o la CNS.").replace("%1", self.closed.display_name), "success"))
        else:
            body.addWidget(heading(self.tr("Uscita effettuata")))
            body.addWidget(alert(self.tr("Non c'è nessun accesso aperto a MyINPS in questa finestra."), "info"))
        body.addWidget(label(self.tr(
            "Se il computer è usato anche da altre persone, ricordati di uscire sempre con «Esci» "
            "al termine del lavoro.")))
        body.addSpacing(T.S2)
        body.addWidget(link_flow(self, [
            (self.tr("Torna alla home page"), HOME_URL),
            (self.tr("Entra di nuovo in MyINPS"), MYINPS_URL),
            (self.tr("Autenticazione"), LOGIN_URL),
        ]))
