"""Canonical addresses of the simulated web, in one place. Pages register at these
with @route and link to them by these names."""
from .browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL, START_URL  # noqa: F401

SITE = "https://www.inps.it"
PIN_BASE = "https://serviziweb2.inps.it/RichiestaPin"

# Autenticazione and the PIN online (serviziweb2, seed 000)
INSTRUCTIONS_URL = "https://serviziweb2.inps.it/PassiWeb/jsp/istruzioni.jsp"
PIN_REQUEST_URL = f"{PIN_BASE}/jsp/richiesta.jsp"  # RICHIEDI PIN
PIN_DISPOSITIVO_URL = f"{PIN_BASE}/jsp/dispositivo.jsp"  # VUOI IL PIN DISPOSITIVO? (-> Converti PIN)
PIN_CONVERT_URL = f"{PIN_BASE}/jsp/converti.jsp"  # Converti PIN
LOST_PIN_URL = f"{PIN_BASE}/jsp/smarrito.jsp"  # HAI SMARRITO IL PIN?
PIN_DE_URL = f"{PIN_BASE}/Locale.do?method=menuDE"  # In deutscher Sprache
PIN_SUPPORT_URL = f"{PIN_BASE}/jsp/supporto.jsp"  # Supporto tecnico
PIN_SUPPORT_DE_URL = f"{PIN_BASE}/jsp/supportoDE.jsp"  # Supporto tecnico of the German version
CHANGE_PIN_URL = "https://serviziweb2.inps.it/PassiWeb/jsp/modificapin.jsp"

# Portal
SEARCH_URL = f"{SITE}/ricerca"  # ?q=
MYINPS_URL = f"{SITE}/myinps"
LOGOUT_URL = f"{SITE}/esci"
CONTACTS_URL = f"{SITE}/myinps/modifica-contatti"
FASCICOLO_URL = f"{SITE}/myinps/fascicolo"
PENSIONE_FUTURA_URL = f"{SITE}/myinps/pensione-futura"
DOMANDE_URL = f"{SITE}/myinps/domande"
PRECOMPILATA_730_URL = f"{SITE}/730-precompilato"  # where the 730 is made (Agenzia delle Entrate) and the CU
UTENTE_URL = f"{SITE}/utente"  # ?gruppo=pensionato
NEWS_URL = f"{SITE}/notizie"  # ?id=
PORTAL_ITEM_URL = f"{SITE}/nuovoportaleinps/default.aspx"  # ?itemDir= : schede and notizie of data/site_catalogue.json
SEDE_URL = f"{SITE}/sedi/pavia"  # Sede INPS di Pavia

# PIN life (issue 3): first access / new PIN, notice, lock, the ordinario gate for domande
PIN_FIRST_ACCESS_URL = "https://serviziweb2.inps.it/PassiWeb/jsp/nuovopin.jsp"  # must choose a new PIN
PIN_NOTICE_URL = "https://serviziweb2.inps.it/PassiWeb/jsp/avvisopin.jsp"  # "Le segnaliamo che il suo PIN non è dispositivo"
PIN_LOCKED_URL = "https://serviziweb2.inps.it/PassiWeb/jsp/pinbloccato.jsp"  # PIN bloccato: the ways out
PIN_GATE_URL = f"{SITE}/myinps/pin-dispositivo-necessario"  # ?uri= : a domanda needs PIN dispositivo/SPID/CNS

# The program's own pages (hosts ending in .sim): the welcome page with the lessons
WELCOME_URL = "https://palestra.sim/"  # Benvenuto nella Palestra INPS: Che cosa vuole imparare?
LEARNER_NAME_URL = "https://palestra.sim/nome"  # the learner's name (for the attestato)
LEARNERS_URL = "https://palestra.sim/allievi"  # Chi si esercita? the learner picker (kiosks, Cambia allievo)

# The routes of seeds 003 and 004 (issue 11, docs/SEEDS.md)
ACCEDI_SERVIZI_URL = f"{SITE}/servizi-online"  # «Accedi ai servizi» (seed 004); ?menu=cittadino: «Servizi per il cittadino»
ANAGRAFICA_URL = f"{SITE}/myinps/dati-anagrafici"  # «Visualizzazione e modifica dati anagrafici, indirizzo e recapiti»
