"""What the SPID pages share: addresses, our own drawn marks (never the real SPID
or providers' logos, LOOK.md), and the base of the identity provider's pages.

Each fictitious provider (data/spid_providers.json) has its own simulated site,
e.g. https://login.aquilaid.sim/login?flow=<token>; the token names the login in
progress (app.services.spid.SpidFlow), like the SAML request of a real login.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import spid

from .. import tokens as T
from ..browser.router import LOGIN_URL, build_url
from ..widgets.common import alert, button, heading, label, set_role
from .base import Page

# The public SPID information site (short simulated pages of our own).
SPID_INFO_URL = "https://www.spid.gov.it/"
SPID_REQUEST_URL = "https://www.spid.gov.it/richiedi-spid"
SPID_HELP_URL = "https://www.spid.gov.it/serve-aiuto"

STEP_LOGIN = "login"
STEP_OTP = "otp"
STEP_CONSENT = "consenso"
STEP_TRANSFER = "trasferimento"
STEP_ERROR = "errore"
STEP_RECOVERY = "recupero-credenziali"
STEPS = (STEP_LOGIN, STEP_OTP, STEP_CONSENT, STEP_TRANSFER, STEP_ERROR, STEP_RECOVERY)


def _t(text: str) -> str:
    return QCoreApplication.translate("Spid", text)


def idp_url(provider: spid.Provider, step: str, **params: str) -> str:
    return build_url(f"https://{provider.host}/{step}", **params)


def stage_url(flow: spid.SpidFlow) -> str:
    """Where a login in progress should be shown now."""
    step = {
        "credentials": STEP_LOGIN,
        "second_factor": STEP_OTP,
        "consent": STEP_CONSENT,
        "done": STEP_TRANSFER,
        "failed": STEP_ERROR,
    }.get(flow.stage, STEP_LOGIN)
    return idp_url(flow.provider, step, flow=flow.token)


def login_page_url(relay_state: str = "") -> str:
    """Back to INPS's Autenticazione page, SPID tab (keeping where the learner was going)."""
    return build_url(LOGIN_URL, tab="SPID", uri=relay_state or None)


def provider_for_url(url: str) -> spid.Provider | None:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    for item in spid.load_providers():
        if item.host == host:
            return item
    return None


# --- Our own drawn marks ---------------------------------------------------------------


def key_icon(size: int = 28) -> QIcon:
    """The mark of our "Entra con SPID" button: a white key in a white ring (not the SPID logo)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    white = QColor(T.WHITE)
    p.setPen(QPen(white, max(2, size // 12)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    p.setBrush(white)
    p.setPen(Qt.PenStyle.NoPen)
    r = size * 0.14
    p.drawEllipse(QPointF(size * 0.36, size * 0.5), r, r)
    p.drawRect(QRectF(size * 0.42, size * 0.46, size * 0.34, size * 0.08))
    p.drawRect(QRectF(size * 0.62, size * 0.5, size * 0.07, size * 0.14))
    p.drawRect(QRectF(size * 0.72, size * 0.5, size * 0.05, size * 0.1))
    p.end()
    return QIcon(pix)


def provider_icon(provider: spid.Provider, size: int = 32, *, inverted: bool = False) -> QIcon:
    """A provider's mark of our own: a rounded tile in its colour with its initial
    (`inverted`: a white tile with the initial in the colour, for the provider's header)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(T.WHITE if inverted else provider.colour))
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    p.drawPath(path)
    p.setPen(QColor(provider.colour if inverted else T.WHITE))
    font = QFont(T.FONT_FALLBACK)
    font.setPixelSize(int(size * 0.6))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, provider.name[:1])
    p.end()
    return QIcon(pix)


def spid_button(text: str, slot) -> QPushButton:
    """The blue "Entra con SPID" button, with our own key mark."""
    btn = button(text, slot)
    btn.setObjectName("EntraConSpid")
    btn.setIcon(key_icon(28))
    from PySide6.QtCore import QSize

    btn.setIconSize(QSize(28, 28))
    return btn


def provider_button(provider: spid.Provider, slot) -> QPushButton:
    """One line of the providers' list: our mark in the provider's colour and its name."""
    btn = button(provider.name, slot)
    btn.setText("  " + provider.name)  # a little room after the mark; the accessible name stays the name
    btn.setObjectName(f"provider_{provider.key}")
    btn.setIcon(provider_icon(provider, 32))
    from PySide6.QtCore import QSize

    btn.setIconSize(QSize(32, 32))
    set_role(btn, "secondary")
    from PySide6.QtWidgets import QSizePolicy

    btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    btn.setToolTip(_t("Entra con %1").replace("%1", provider.name))
    return btn


def level_badge(level: int = 2) -> QLabel:
    """The "SPID livello 2" badge of the AgID templates (our own drawing)."""
    badge = QLabel(_t("SPID · Livello %1").replace("%1", str(level)))
    badge.setObjectName("SpidLevelBadge")
    badge.setAccessibleName(_t("Livello di sicurezza SPID richiesto: %1").replace("%1", str(level)))
    badge.setStyleSheet(
        f"QLabel#SpidLevelBadge {{ color: {T.WHITE}; background: {T.PRIMARY}; border-radius: {T.RADIUS}px;"
        " padding: 4px 10px; font-weight: 700; }"
    )
    badge.setSizePolicy(badge.sizePolicy().horizontalPolicy(), badge.sizePolicy().verticalPolicy())
    return badge


# --- The provider's pages ---------------------------------------------------------------


class IdpPage(Page):
    """A page of a fictitious identity provider's site: its own header in its colour,
    a narrow white box as in the AgID templates, the SIMULAZIONE notice, a footer."""

    STAGE = ""  # the flow stage this page serves ("" = no flow needed)
    NEEDS_FLOW = True
    TITLE = "SPID"

    def setup(self) -> None:
        self.flow = spid.get_flow(self.params.get("flow", ""))
        self.provider = self.flow.provider if self.flow is not None else provider_for_url(self.ctx.url)
        if self.provider is None:
            self.provider = spid.load_providers()[0]
        self._root.addWidget(self._header())
        body = self.make_column(self._root, max_width=760)
        box = QFrame()
        box.setObjectName("IdpBox")
        set_role(box, "card")
        self.box = QVBoxLayout(box)
        self.box.setContentsMargins(T.S8, T.S6, T.S8, T.S6)
        self.box.setSpacing(T.S4)
        body.addWidget(box)
        if self.NEEDS_FLOW and self.flow is None:
            self._build_missing()
        elif self.NEEDS_FLOW and self.STAGE and self.flow.stage != self.STAGE:
            self._build_moved_on()
        else:
            self.build(self.box)
        body.addWidget(self._footer())
        body.addStretch(1)

    def title(self) -> str:
        return f"{self.provider.name} - {self.tr(self.TITLE)}"

    def _header(self) -> QWidget:
        band = QWidget()
        band.setObjectName("IdpHeader")
        band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        band.setStyleSheet(
            f"QWidget#IdpHeader {{ background: {self.provider.colour}; }}"
            f"QWidget#IdpHeader QLabel {{ color: {T.WHITE}; }}"
        )
        lay = QHBoxLayout(band)
        lay.setContentsMargins(T.S6, T.S3, T.S6, T.S3)
        mark = QLabel()
        mark.setPixmap(provider_icon(self.provider, 40, inverted=True).pixmap(40, 40))
        mark.setAccessibleName(self.tr("Simbolo di %1").replace("%1", self.provider.name))
        lay.addWidget(mark)
        name = label(self.provider.name, "h2", wrap=False)
        lay.addWidget(name)
        lay.addStretch(1)
        kind = label(self.tr("Gestore di identità digitale SPID (di fantasia)"))
        kind.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(kind, 1)
        return band

    def _footer(self) -> QWidget:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, T.S2, 0, 0)
        lay.addWidget(label(self.tr(
            "SPID, il Sistema Pubblico di Identità Digitale, permette di entrare nei servizi online della "
            "Pubblica Amministrazione con un'unica identità digitale."), "muted"))
        lay.addWidget(label(self.tr(
            "SIMULAZIONE: %1 è un gestore inventato per Palestra INPS. Non scrivere mai qui le tue vere "
            "credenziali SPID.").replace("%1", self.provider.name), "muted"))
        return holder

    def simulation_notice(self) -> QWidget:
        return alert(self.tr(
            "SIMULAZIONE: questo è il sito di prova di un gestore inventato. Usa solo le credenziali delle "
            "persone di prova (le trovi nel Portafoglio o nella Scheda personale)."), "warning")

    def service_row(self) -> QWidget:
        """The level-2 badge and "Servizio: INPS" of the AgID templates."""
        holder = QWidget()
        lay = QHBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S4)
        level = self.flow.required_level if self.flow is not None else spid.REQUIRED_LEVEL
        lay.addWidget(level_badge(level))
        service = self.flow.service if self.flow is not None else spid.SERVICE_NAME
        lay.addWidget(label(self.tr("Servizio: %1").replace("%1", service), "fieldlabel", wrap=False))
        lay.addStretch(1)
        return holder

    def _build_missing(self) -> None:
        self.box.addWidget(heading(self.tr("Ops!")))
        self.box.addWidget(label(self.tr(
            "Questa richiesta di accesso non è più valida (per esempio la pagina è stata ricaricata dopo la "
            "fine dell'accesso). Torna al sito del servizio e premi di nuovo «Entra con SPID».")))
        self.box.addWidget(button(self.tr("Continua"), lambda: self.go(login_page_url())))

    def _build_moved_on(self) -> None:
        self.box.addWidget(heading(self.tr("Questa pagina non è più attiva"), 2))
        self.box.addWidget(label(self.tr(
            "L'accesso è andato avanti (o si è concluso) e questa pagina non si può più usare. "
            "Premi «Continua» per tornare al punto giusto.")))
        self.box.addWidget(button(self.tr("Continua"), lambda: self.go(stage_url(self.flow))))

    # -- shared behaviour ----------------------------------------------------------------
    def fail(self, error: spid.SpidError) -> None:
        """Show the SPID error page ("Ops!") for this login."""
        params = {"code": str(error.code)}
        if self.flow is not None:
            params["flow"] = self.flow.token
        self.go(idp_url(self.provider, STEP_ERROR, **params))

    def cancel(self) -> None:
        if self.flow is not None:
            self.fail(spid.cancel(self.world, self.flow))
        else:
            self.go(login_page_url())

    def show_dock(self, name: str) -> None:
        window = self.ctx.window
        if window is not None and hasattr(window, "show_dock"):
            window.show_dock(name)
