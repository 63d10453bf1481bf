"""Targets at least 44 × 44 px (issue 10, WCAG 2.5.5): every interactive control shown by
every registered page, anonymous and logged in, is measured on screen at 100 %.

A control counts as a target when the learner can click or type into it: buttons, links,
check boxes, radio buttons, inputs, combo boxes, spin boxes. Its size is the widget's
rectangle (for a check box or radio button the whole row with its label is clickable)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.helpers import login_as, make_window
from ui.browser import router
from ui.pages import load_all

TARGET_MIN = 44
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _routes():
    load_all()
    return sorted(router.routes(), key=lambda r: (r.host, r.path))


def small_targets(root) -> list[str]:
    """The visible interactive controls of `root` smaller than 44 × 44 px."""
    found = []
    seen = set()
    for cls in INTERACTIVE:
        for widget in root.findChildren(cls):
            if id(widget) in seen or not widget.isVisibleTo(root) or not widget.isEnabled():
                continue
            seen.add(id(widget))
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue  # the editor inside a combo or spin box: the box is the target
            size = widget.size()
            if size.width() < TARGET_MIN or size.height() < TARGET_MIN:
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                found.append(f"{type(widget).__name__} {name!r} {size.width()}×{size.height()}")
    return found


def test_small_targets_are_found(qtbot):
    """The measure itself: a 30 px button is reported, a 44 px one is not."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    small, big = QPushButton("Piccolo"), QPushButton("Grande")
    small.setFixedSize(80, 30)
    big.setFixedSize(80, 44)
    lay.addWidget(small)
    lay.addWidget(big)
    root.show()
    qtbot.waitExposed(root)
    assert small_targets(root) == ["QPushButton 'Piccolo' 80×30"]


@pytest.mark.parametrize("persona", [None, "pensionata"])
def test_every_page_has_targets_of_44_px(qtbot, db_path, persona):
    window = make_window(qtbot, db_path)
    window.resize(1366, 768)
    if persona:
        login_as(window, persona, "pin_dispositivo")
    failures = {}
    measured = 0
    for item in _routes():
        if item.login_required and not persona:
            continue
        url = f"https://{item.host}{item.path}"
        window.current_tab().navigate(url)
        page = window.current_tab().page
        page.build_below_the_fold()  # what comes below the first screen, right after the first paint, too
        qtbot.wait(1)  # let the layout give every widget its size
        problems = small_targets(page)
        measured += 1
        if problems:
            failures[url] = problems[:6]
    assert measured > 20
    assert not failures, "\n".join(f"{u}: {p}" for u, p in failures.items())


def test_window_chrome_has_targets_of_44_px(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.resize(1366, 768)
    qtbot.wait(1)
    problems = small_targets(window.toolbar)
    for name, panel in window.dock_panels.items():
        if panel.isVisible():
            problems += [f"{name}: {p}" for p in small_targets(panel)]
    assert not problems, problems[:30]


def test_the_steps_of_richiedi_pin_and_the_login_errors_have_targets_of_44_px(qtbot, db_path):
    """What the pages show after the first screen: Richiedi PIN's passo 2 (with its errors),
    passo 3 and the outcome; the Autenticazione with a wrong PIN and the SPID tab."""
    from PySide6.QtWidgets import QLabel, QRadioButton

    from tests.helpers import cf_of, click, find, page, texts, type_into, wait_url
    from ui.browser.router import LOGIN_URL
    from ui.urls import PIN_REQUEST_URL

    window = make_window(qtbot, db_path, "--start", PIN_REQUEST_URL, "--persona", "senza_credenziali")
    window.resize(1366, 768)
    wait_url(qtbot, window, PIN_REQUEST_URL)
    seen = {}

    def measure(state: str) -> None:
        qtbot.wait(1)
        seen[state] = small_targets(page(window))

    type_into(qtbot, page(window), "Codice Fiscale", cf_of("senza_credenziali"))
    find(page(window), "Italiana", QRadioButton).setChecked(True)
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Passo 2 di 3" in texts(page(window)), timeout=2000)
    measure("passo 2")
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "dati da correggere" in texts(page(window)), timeout=2000)
    measure("passo 2 con gli errori")
    find(page(window), "Maschio", QRadioButton).setChecked(True)
    for name, value in {"Cognome *": "Conti", "Nome *": "Giovanni", "Data di nascita *": "08/05/1957",
                        "Comune di nascita *": "Voghera", "Indirizzo (via o piazza) *": "Via Emilia",
                        "Numero civico *": "17", "CAP *": "27058", "Comune *": "Voghera", "Provincia (sigla) *": "PV",
                        "Cellulare": "3401239876", "E-mail": "giovanni.conti@posta.sim"}.items():
        type_into(qtbot, page(window), name, value)
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Passo 3 di 3" in texts(page(window)), timeout=2000)
    measure("passo 3")
    click(qtbot, page(window), "Avanti")
    qtbot.waitUntil(lambda: "Che cosa succede adesso" in texts(page(window)), timeout=3000)
    measure("esito")

    window.navigate(LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    type_into(qtbot, page(window), "Codice Fiscale", cf_of("dipendente"))
    type_into(qtbot, page(window), "PIN", "SBAGLIA1")
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: any(w.property("role") == "error" and w.isVisible() and w.text()
                                for w in page(window).findChildren(QLabel)), timeout=2000)
    measure("Autenticazione, PIN sbagliato")
    click(qtbot, page(window), "SPID")
    measure("Autenticazione, scheda SPID")
    assert not any(seen.values()), {k: v for k, v in seen.items() if v}
