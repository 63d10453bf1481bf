"""What the journeys of the domande (tests/journeys/test_domanda_*.py) share: a learner
goes from MyINPS to «Presentare una domanda», opens a service, fills each step by typing
and clicking, reads "Passo N di M", sends the domanda, opens the receipt, lets the time
pass with the Orologio and finds the outcome in «Le mie domande» and in the Fascicolo."""
from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLineEdit, QRadioButton
from pypdf import PdfReader

from tests.helpers import click, find, login_as, make_window, page, texts, wait_url
from ui.browser.router import build_url
from ui.urls import DOMANDE_URL, FASCICOLO_URL, MYINPS_URL


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def found(qtbot, window, name: str, cls):
    """The widget `name` of the page once it is on screen (new widgets are shown on the next turn)."""
    widget = None

    def there() -> bool:
        nonlocal widget
        try:
            widget = find(page(window), name, cls)
        except LookupError:
            return False
        return True

    qtbot.waitUntil(there, timeout=3000)
    return widget


def shows(qtbot, window, *words: str, timeout: int = 3000) -> str:
    """Wait until the page shows every word (new widgets appear on the next event-loop turn)."""
    qtbot.waitUntil(lambda: all(w in texts(page(window)) for w in words), timeout=timeout)
    return texts(page(window))


def start(qtbot, db_path, persona: str, method: str = "pin_dispositivo", spid_level: int = 0):
    """The window, the learner in MyINPS as `persona`."""
    window = make_window(qtbot, db_path)
    session = login_as(window, persona, method, spid_level=spid_level)
    window.current_tab().navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    return window, session


def open_service(qtbot, window, title: str, kind: str) -> None:
    """MyINPS > «Presentare una domanda» > the service's link."""
    click(qtbot, page(window), "Presentare una domanda")
    wait_url(qtbot, window, DOMANDE_URL)
    shows(qtbot, window, "Presenta una domanda")
    click(qtbot, page(window), title)
    wait_url(qtbot, window, build_url(DOMANDE_URL, servizio=kind))


def step(qtbot, window, n: int, total: int, title: str = "") -> None:
    shows(qtbot, window, f"Passo {n} di {total}" + (f": {title}" if title else ""))


def type_field(qtbot, window, name: str, text: str) -> None:
    edit = found(qtbot, window, name, QLineEdit)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest cannot synthesise every accented key offscreen: the text goes in as the keyboard would put it
        edit.setFocus()
        edit.insert(text)


def field_text(window, name: str) -> str:
    return find(page(window), name, QLineEdit).text()


def choose(qtbot, window, option: str) -> None:
    """Click a radio button (its accessible name is the option's text)."""
    qtbot.mouseClick(found(qtbot, window, option, QRadioButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find(page(window), option, QRadioButton).isChecked(), timeout=2000)


def choose_in_list(qtbot, window, name: str, value: str) -> None:
    combo = found(qtbot, window, name, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def tick(qtbot, window, name: str) -> None:
    box = found(qtbot, window, name, QCheckBox)
    if not box.isChecked():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()


def avanti(qtbot, window) -> None:
    qtbot.mouseClick(found(qtbot, window, "Avanti", QAbstractButton), Qt.MouseButton.LeftButton)


def send(qtbot, window) -> str:
    """Tick the dichiarazione of the summary, «Invia domanda»: returns the protocol shown."""
    p = page(window)
    tick(qtbot, window, p.form.steps[-1].fields[0].label)
    click(qtbot, p, "Invia domanda")
    shows(qtbot, window, "Domanda inviata")
    protocol = p.submission.protocol
    shows(qtbot, window, protocol)
    return protocol


def receipt(qtbot, window) -> str:
    click(qtbot, page(window), "Apri la ricevuta (PDF)")
    viewer = window.pdf_viewers[-1]
    text = pdf_text(viewer.data)
    viewer.close()
    return text


def wait_outcome(qtbot, window, protocol: str, outcome: str = "Accolta", *, max_weeks: int = 10) -> None:
    """«Le mie domande», then two weeks at a time with the Orologio until the card of this
    domanda shows the outcome."""
    try:
        click(qtbot, page(window), "Le mie domande")  # the link of the page «Domanda inviata»
    except LookupError:  # elsewhere: MyINPS > «Presentare una domanda», the list is below the services
        window.current_tab().navigate(MYINPS_URL)
        wait_url(qtbot, window, MYINPS_URL)
        click(qtbot, page(window), "Presentare una domanda")
    wait_url(qtbot, window, DOMANDE_URL)
    shows(qtbot, window, protocol)

    def card_text() -> str:
        box = getattr(page(window), "application_cards", {}).get(protocol)
        return texts(box) if box is not None else ""

    qtbot.waitUntil(lambda: "Stato: Presentata" in card_text(), timeout=3000)
    clock = window.dock_panels["ClockDock"]
    for _ in range(max_weeks // 2):
        if f"Stato: {outcome} il" in card_text():
            break
        click(qtbot, clock, "2 settimane")
        qtbot.wait(50)
    qtbot.waitUntil(lambda: f"Stato: {outcome} il" in card_text(), timeout=3000)


def detail(qtbot, window, protocol: str, *words: str) -> str:
    """The detail of the domanda, once it shows `words` (and, when decided, what was granted)."""
    click(qtbot, page(window), f"Dettaglio della domanda {protocol}")
    wait_url(qtbot, window, DOMANDE_URL + "?domanda=")
    return shows(qtbot, window, "Stato di avanzamento", *words)


def letter(qtbot, window, protocol: str) -> str:
    click(qtbot, page(window), f"Esito {protocol} (PDF)")
    viewer = window.pdf_viewers[-1]
    text = pdf_text(viewer.data)
    viewer.close()
    return text


def fascicolo_section(qtbot, window, key: str, *words: str) -> str:
    window.current_tab().navigate(build_url(FASCICOLO_URL, sezione=key))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == key, timeout=3000)
    return shows(qtbot, window, *words)


def refused_with_ordinario(qtbot, db_path, title: str, kind: str, persona: str = "dipendente") -> None:
    """With the PIN ordinario the service leads to the page that explains the PIN dispositivo."""
    from app.models import Application
    from ui.urls import PIN_GATE_URL

    window, session = start(qtbot, db_path, persona, "pin_ordinario")
    click(qtbot, page(window), "Presentare una domanda")
    wait_url(qtbot, window, DOMANDE_URL)
    click(qtbot, page(window), title)
    wait_url(qtbot, window, PIN_GATE_URL)
    shows(qtbot, window, "Per questa domanda serve il PIN dispositivo", "Lei è entrato con PIN ordinario")
    find(page(window), "Vuoi il PIN dispositivo?", QAbstractButton)
    assert not Application.select().where((Application.kind == kind)
                                          & (Application.citizen == session.citizen_id)).exists()
