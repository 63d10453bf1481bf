"""Autenticazione (seed 000): tabs PIN / SPID / CNS, the access text and links.

The content of each tab is provided by the module of that login channel:

    from .login import register_login_tab
    register_login_tab("PIN", lambda page: PinLoginTab(page))

A tab calls `page.login_succeeded(session)` once its service has opened a
PortalSession; the page starts it and continues to the address in `?uri=`
(or MyINPS).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from ..browser.router import LOGIN_URL, PIN_MENU_URL, route
from ..widgets.common import Button, alert, heading, label, set_role
from ..urls import MYINPS_URL
from .base import PortalPage

from ..urls import INSTRUCTIONS_URL, LOST_PIN_URL

_TABS: dict[str, Callable] = {}
TAB_ORDER = ("PIN", "SPID", "CNS")
# The module that registers each tab: a page module is imported only when its address is
# opened (ui/pages/_routes.py), so the Autenticazione imports its tabs' modules itself.
TAB_MODULES = {"PIN": "pin_login", "SPID": "spid_tab", "CNS": "cns_login"}


def register_login_tab(name: str, factory: Callable) -> None:
    """`factory(page) -> QWidget` builds the tab's content."""
    _TABS[name] = factory


@route(LOGIN_URL, title="INPS - Autenticazione")
class LoginPage(PortalPage):
    TITLE = "INPS - Autenticazione"
    BREADCRUMB = ("Prestazioni e Servizi", "Autenticazione")

    def build(self, body):
        body.addWidget(heading(self.tr("Autenticazione")))
        body.addWidget(alert(self.tr(
            "SIMULAZIONE: questa è una pagina di prova di Palestra INPS. Usi solo i dati delle persone di "
            "fantasia (li trova nella «Scheda personale»). Non scriva mai qui il suo vero codice fiscale, "
            "PIN o password."), "warning"))
        tabs_row = QWidget()
        row = QHBoxLayout(tabs_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # One Tab stop per tab (Tab, then the space bar or Invio, chooses it): no QButtonGroup,
        # which would leave only one of the three reachable with Tab (and not the chosen one).
        self.stack = QStackedWidget()
        self.tab_buttons = {}
        self._tab_contents: dict[str, QWidget] = {}
        for name in TAB_ORDER:
            btn = self._tab_button(name)
            btn.clicked.connect(lambda _on, n=name: self.tab_clicked(n))
            self.tab_buttons[name] = btn
            row.addWidget(btn)
            self.stack.addWidget(QWidget())  # the tab's content is built when first shown
        row.addStretch(1)
        body.addWidget(tabs_row)
        body.addWidget(self.stack)
        wanted = (self.params.get("tab") or "PIN").upper()
        self.select_tab(wanted if wanted in TAB_ORDER else "PIN")
        body.addWidget(label(self.tr(
            "Per l'accesso ai servizi online è necessario il possesso di un codice PIN rilasciato dall'INPS "
            "oppure di una identità SPID o di una Carta Nazionale dei Servizi (CNS).")))
        body.addWidget(self.link(self.tr("Istruzioni per l'accesso"), INSTRUCTIONS_URL))
        body.addWidget(self.link(self.tr("Hai smarrito il tuo PIN?"), LOST_PIN_URL))
        body.addWidget(self.link(self.tr("Richiedi e gestisci il tuo PIN"), PIN_MENU_URL))
        self.tab_in_reading_order()

    def _tab_button(self, name: str):
        btn = Button(name)
        set_role(btn, "tab")  # before anything asks for its accessible role: a page tab
        btn.setCheckable(True)
        btn.setAccessibleName(name)
        return btn

    def tab_content(self, name: str) -> QWidget:
        """The content of a tab (PIN, SPID, CNS), built on first use."""
        if name not in self._tab_contents:
            if name not in _TABS and name in TAB_MODULES:
                import importlib

                importlib.import_module(f"{__package__}.{TAB_MODULES[name]}")
            factory = _TABS.get(name)
            content = factory(self) if factory else label(self.tr("Modalità di accesso non disponibile."))
            # The tab's content is a scope of its own for screen readers and lessons: its
            # field «PIN» is not the tab «PIN».
            content.setAccessibleName(self.tr("Accesso con %1").replace("%1", name))
            index = TAB_ORDER.index(name)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, content)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._tab_contents[name] = content
        return self._tab_contents[name]

    def select_tab(self, name: str) -> None:
        built = name in self._tab_contents
        content = self.tab_content(name)
        for other, btn in self.tab_buttons.items():
            btn.setChecked(other == name)
        self.stack.setCurrentWidget(content)
        if not built:  # a tab built now would come last in the Tab order, after the side panels
            self.tab_in_reading_order()

    def tab_clicked(self, name: str) -> None:
        """The learner chose a tab (recorded, so a lesson step can follow the choice)."""
        self.select_tab(name)
        self.world.events.record("login.tab_selected", tab=name)

    def current_tab_name(self) -> str:
        return TAB_ORDER[self.stack.currentIndex()]

    def return_url(self) -> str:
        uri = self.params.get("uri", "")
        return uri if uri.startswith("https://") else MYINPS_URL

    def login_succeeded(self, session, next_url: str | None = None) -> None:
        """Start the session and continue where the learner was going."""
        self.ctx.session.start(session)
        self.ctx.window.set_person(session.citizen_id)
        self.go(next_url or self.return_url())

    def shown(self) -> None:
        widget = self.stack.currentWidget()
        if widget is not None and hasattr(widget, "focus_first"):
            widget.focus_first()
