"""Which module of ui/pages registers the page at each address: opening an address
imports only that page's module (importing all of them costs a quarter of a second).

Addresses are written as the router keys them: host and path, lower case, no scheme
and no query ("www.inps.it/myinps"); "host/*" stands for every path of that host.
The table is kept equal to what the @route decorators register by
tests/ui/test_route_table.py, which prints the lines to add when a page is new. An
address missing here still works: `ui.pages.resolve` then imports every module.
"""
from __future__ import annotations

PAGE_MODULES: dict[str, tuple[str, ...]] = {
    "contacts": ("www.inps.it/myinps/modifica-contatti",),
    "domande": ("www.inps.it/myinps/domande",),
    "fascicolo": ("www.inps.it/myinps/fascicolo",),
    "home": (
        "www.inps.it/",
        "www.inps.it/notizie",
        "www.inps.it/utente",
    ),
    "info": (
        "www.inps.it/amministrazione-trasparente",
        "www.inps.it/assistenza",
        "www.inps.it/avvisi-bandi-fatturazione",
        "www.inps.it/contatti",
        "www.inps.it/dati-ricerche-bilanci",
        "www.inps.it/inps-comunica",
        "www.inps.it/istituto",
        "www.inps.it/prestazioni-servizi",
    ),
    "learners": ("palestra.sim/allievi",),
    "login": ("serviziweb2.inps.it/passiweb/jsp/login.jsp",),
    "logout": ("www.inps.it/esci",),
    "myinps": ("www.inps.it/myinps",),
    "pensione_futura": ("www.inps.it/myinps/pensione-futura",),
    "pin_convert": (
        "serviziweb2.inps.it/richiestapin/jsp/converti.jsp",
        "serviziweb2.inps.it/richiestapin/jsp/dispositivo.jsp",
    ),
    "pin_first_access": (
        "serviziweb2.inps.it/passiweb/jsp/modificapin.jsp",
        "serviziweb2.inps.it/passiweb/jsp/nuovopin.jsp",
    ),
    "pin_gate": ("www.inps.it/myinps/pin-dispositivo-necessario",),
    "pin_login": (
        "serviziweb2.inps.it/passiweb/jsp/avvisopin.jsp",
        "serviziweb2.inps.it/passiweb/jsp/pinbloccato.jsp",
    ),
    "pin_lost": ("serviziweb2.inps.it/richiestapin/jsp/smarrito.jsp",),
    "pin_menu": (
        "serviziweb2.inps.it/passiweb/jsp/istruzioni.jsp",
        "serviziweb2.inps.it/richiestapin/jsp/menu.jsp",
        "serviziweb2.inps.it/richiestapin/jsp/supporto.jsp",
        "serviziweb2.inps.it/richiestapin/jsp/supportode.jsp",
        "serviziweb2.inps.it/richiestapin/locale.do",
    ),
    "pin_request": ("serviziweb2.inps.it/richiestapin/jsp/richiesta.jsp",),
    "precompilata_730": ("www.inps.it/730-precompilato",),
    "search_engine": (
        "www.cafquartiere.sim/",
        "www.cercalibero.sim/",
        "www.cercalibero.sim/cerca",
        "www.giornaleprevidenza.sim/pensioni-faq",
        "www.guidefacili.sim/cedolino",
        "www.guidefacili.sim/certificazione-unica",
        "www.guidefacili.sim/pin-inps",
        "www.guidefacili.sim/spid",
        "www.guidefacili.sim/tessera-sanitaria-cns",
        "www.guidefacili.sim/truffe-inps",
        "www.meteo.sim/pavia",
        "www.ricette.sim/",
        "www.treni.sim/pavia-milano",
    ),
    "sede": ("www.inps.it/sedi/pavia",),
    "servizi_online": (
        "www.inps.it/myinps/dati-anagrafici",
        "www.inps.it/servizi-online",
    ),
    "site_search": (
        "www.inps.it/nuovoportaleinps/default.aspx",
        "www.inps.it/ricerca",
    ),
    "spid_idp": (
        "accesso.ponteid.sim/*",
        "id.faroid.sim/*",
        "id.velaid.sim/*",
        "login.aquilaid.sim/*",
        "login.lanternaid.sim/*",
        "sso.colleid.sim/*",
    ),
    "spid_tab": (
        "www.spid.gov.it/",
        "www.spid.gov.it/richiedi-spid",
        "www.spid.gov.it/serve-aiuto",
    ),
    "welcome": (
        "palestra.sim/",
        "palestra.sim/nome",
    ),
}


def _index() -> dict[str, str]:
    return {address: module for module, addresses in PAGE_MODULES.items() for address in addresses}


MODULE_OF: dict[str, str] = _index()


def module_for(address: str) -> str | None:
    """The module (name inside ui.pages) that registers `address` ("host/path"), if known."""
    found = MODULE_OF.get(address)
    if found is None:
        found = MODULE_OF.get(address.split("/", 1)[0] + "/*")
    return found
