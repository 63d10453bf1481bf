"""The citizen's world: the Orologio and «Il mio mondo» (Telefono, Posta elettronica,
Cassetta postale, Scheda personale, Portafoglio, Chiamate, Scrivania, Sede INPS), pytest-qt
offscreen."""
from __future__ import annotations

import datetime as dt
import io

from PySide6.QtWidgets import QAbstractButton
from pypdf import PdfReader

from app.pdf.base import make_document, para
from app.services import auth, messages, personas
from tests.helpers import click, find, make_window, texts


def citizen(key: str):
    return auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(key)))


def shown(window, key: str):
    """Play persona `key` ("Io sono") and return their citizen row."""
    person = citizen(key)
    window.set_person(person.id)
    return person


def visible_button(qtbot, parent, name: str):
    """Wait for a button that was just added (Qt shows new children on the next turn)."""
    def there():
        try:
            return find(parent, name, QAbstractButton)
        except LookupError:
            return None
    qtbot.waitUntil(lambda: there() is not None)
    return there()


def title(window, name: str) -> str:
    return window.docks[name].windowTitle()


def badge(window, name: str) -> str:
    """What the section's button shows as its badge ("" for none)."""
    return window.world_area.badge_text(name)


def description(window, name: str) -> str:
    return window.world_area.section_button(name).accessibleDescription()


def post_letter(world, who, text: str = "La seconda parte del suo PIN è ABCD1234."):
    pdf = make_document("Lettera INPS", [para(text)])
    doc = messages.store_document(world, who, "lettera_pin", "Lettera INPS - seconda parte del PIN", pdf)
    messages.send(world, who, "letter", sender=messages.SENDER_INPS_POST, subject="Seconda parte del PIN",
                  body="Busta chiusa dell'INPS.", document=doc, delay=dt.timedelta(days=messages.LETTER_DAYS))
    return pdf


def test_world_area_has_every_section_with_a_large_named_button(qtbot, db_path):
    window = make_window(qtbot, db_path)
    area = window.world_area
    expected = [("PhoneDock", "Telefono"), ("MailDock", "Posta elettronica"), ("LetterboxDock", "Cassetta postale"),
                ("PersonDock", "Scheda personale"), ("WalletDock", "Portafoglio"), ("CallDock", "Chiamate"),
                ("DeskDock", "Scrivania"), ("SedeDock", "Sede INPS")]
    window.finish_start()
    assert [(n, area.section_button(n).accessibleName()) for n, _t in expected] == expected
    for name, text in expected:
        assert title(window, name) == text
        b = find(window.docks["WorldDock"], text, QAbstractButton)
        assert b is area.section_button(name) and b.height() >= 44 and b.text() == text
    assert title(window, "ClockDock") == "Orologio" and window.docks["ClockDock"].isVisible()
    # at start: the Telefono in front, the only section whose panel is built before the first paint
    assert area.current_name() == "PhoneDock" and window.docks["PhoneDock"].isVisible()
    qtbot.waitUntil(lambda: not window.docks["PhoneDock"].visibleRegion().isEmpty())
    for name, text in expected[1:]:
        click(qtbot, window.docks["WorldDock"], text)
        assert area.current_name() == name and window.docks[name].isVisible()
        assert not window.docks["PhoneDock"].isVisible()
        assert window.dock_panels[name].isVisible()
    window.show_dock("LetterboxDock")  # pages and lessons switch the area by the old dock names
    assert area.current_name() == "LetterboxDock" and area.section_button("LetterboxDock").isChecked()


def test_start_paints_the_page_then_the_panels_in_sight_then_builds_the_rest(qtbot, db_path):
    from PySide6.QtCore import QEvent, QObject

    from main import build_main_window

    window = build_main_window(["--db", str(db_path), "--no-state"])
    qtbot.addWidget(window)
    # The first paint: the page, the toolbar, the docks' titles and the rail of Il mio mondo.
    assert window.dock_panels.built() == {}
    assert set(window.world_area.buttons) >= {"PhoneDock", "MailDock"}
    painted: list[str] = []

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj.objectName() not in painted:
                painted.append(obj.objectName())
            return False

    watcher = Painted()
    window.current_tab().page.setObjectName("StartPage")
    window.current_tab().page.installEventFilter(watcher)
    build_panel = window._build_panel

    def build_and_watch(name):
        panel = build_panel(name)
        panel.setObjectName(name)
        panel.installEventFilter(watcher)
        return panel

    window._build_panel = build_and_watch
    finish_start = window.finish_start
    at_the_rest: list[list[str]] = []

    def the_rest():
        at_the_rest.append(list(painted))
        finish_start()

    window.finish_start = the_rest
    window.show()
    qtbot.waitUntil(lambda: window._finished)
    # Right after the page: the Orologio and the Telefono, built and painted before the rest.
    assert at_the_rest[0][0] == "StartPage" and set(at_the_rest[0][1:]) == {"ClockDock", "PhoneDock"}, at_the_rest
    assert {"MailDock", "PersonDock", "DeskDock"} <= set(window.dock_panels.built())


def test_the_page_keeps_800_px_at_1366(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    qtbot.wait(50)
    assert window.current_tab().width() >= 800
    assert window.docks["WorldDock"].width() >= 440  # the rail and a readable section


def test_sms_appears_when_the_clock_reaches_it_and_opening_marks_it_read(qtbot, db_path):
    window = make_window(qtbot, db_path)
    maria = shown(window, "pensionata")
    phone = window.dock_panels["PhoneDock"]
    messages.send(window.world, maria, "sms", sender="InpsInforma", address="3331234567",
                  body="INPS: prima parte del PIN 4KX9ZQ2M", delay=dt.timedelta(hours=1))
    qtbot.wait(20)
    assert phone.messages() == [] and phone.badge() == 0
    assert badge(window, "PhoneDock") == "" and description(window, "PhoneDock") == "Niente di nuovo"
    clock = window.dock_panels["ClockDock"]
    click(qtbot, clock, "1 ora")
    qtbot.waitUntil(lambda: len(phone.messages()) == 1)
    assert phone.last_text() == "INPS: prima parte del PIN 4KX9ZQ2M"
    assert phone.messages()[0].sender == "InpsInforma"
    qtbot.waitUntil(lambda: badge(window, "PhoneDock") == "1")
    assert description(window, "PhoneDock") == "1 nuovo"
    assert window.world_area.section_button("PhoneDock").accessibleName() == "Telefono"  # never a count
    assert title(window, "PhoneDock") == "Telefono"
    assert "SMS da InpsInforma" in phone.list.item(0).text() and "NUOVO" in phone.list.item(0).text()
    assert "1 SMS (Telefono)" in clock.result_text()
    assert "4KX9ZQ2M" in phone.open_message(0)
    assert "SMS da InpsInforma" in texts(phone)
    qtbot.waitUntil(lambda: badge(window, "PhoneDock") == "")
    assert phone.badge() == 0 and phone.messages()[0].read
    click(qtbot, phone, "Torna ai messaggi")
    assert phone.list.isVisible() and "NUOVO" not in phone.list.item(0).text()


def test_badge_counts_unread_and_clicking_a_message_opens_it(qtbot, db_path):
    window = make_window(qtbot, db_path)
    maria = shown(window, "pensionata")
    phone = window.dock_panels["PhoneDock"]
    for body in ("uno", "due", "tre"):
        messages.send(window.world, maria, "sms", sender="InpsInforma", body=body)
    qtbot.waitUntil(lambda: phone.badge() == 3)
    qtbot.waitUntil(lambda: badge(window, "PhoneDock") == "3")
    assert description(window, "PhoneDock") == "3 nuovi"
    window.show_dock("PhoneDock")
    qtbot.waitUntil(phone.list.isVisible)
    rect = phone.list.visualItemRect(phone.list.item(1))
    from PySide6.QtCore import Qt

    qtbot.mouseClick(phone.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: phone.opened_text() == "due")
    qtbot.waitUntil(lambda: badge(window, "PhoneDock") == "2")


def test_phone_shows_only_the_person_shown(qtbot, db_path):
    window = make_window(qtbot, db_path)
    maria = citizen("pensionata")
    messages.send(window.world, maria, "sms", sender="InpsInforma", body="per Maria")
    shown(window, "dipendente")
    qtbot.wait(20)
    assert window.dock_panels["PhoneDock"].messages() == []
    shown(window, "pensionata")
    qtbot.waitUntil(lambda: window.dock_panels["PhoneDock"].last_text() == "per Maria")


def test_calls_show_the_caller_and_what_was_said(qtbot, db_path):
    window = make_window(qtbot, db_path)
    maria = shown(window, "pensionata")
    messages.send(window.world, maria, "call", sender="Contact Center INPS", subject="Verifica dei dati",
                  body="Buongiorno, parlo con Maria Bianchi?")
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    phone.open_message(0)
    assert "Telefonata da Contact Center INPS" in texts(phone)
    assert "Buongiorno, parlo con Maria Bianchi?" in texts(phone)


def test_notification_buttons_call_the_registered_handler(qtbot, db_path):
    from ui.docks.phone import _ACTIONS, register_notification_action

    calls = []

    def handler(world, message_id, action):
        calls.append((message_id, action))
        return "Fatto: " + action

    register_notification_action("test.approval", handler)
    try:
        window = make_window(qtbot, db_path)
        maria = shown(window, "pensionata")
        sent = messages.send(window.world, maria, "app", sender="Prova App", body="Approvi?",
                             meta={"service": "test.approval", "actions": ["Approva", "Rifiuta"]})
        phone = window.dock_panels["PhoneDock"]
        qtbot.waitUntil(lambda: bool(phone.messages()))
        window.show_dock("PhoneDock")
        phone.open_message(0)
        assert "Notifica dell'app Prova App" in texts(phone)
        visible_button(qtbot, phone, "Approva")
        click(qtbot, phone, "Approva")
        assert calls == [(sent.id, "Approva")]
        assert "Fatto: Approva" in texts(phone)
    finally:
        _ACTIONS.pop("test.approval", None)


def test_spid_app_approval_from_the_phone(qtbot, db_path):
    from app.services import spid

    window = make_window(qtbot, db_path)
    shown(window, "gestione_separata")
    flow = spid.start_login(window.world, "faro")
    spid.submit_credentials(window.world, flow, "giulia.romano", "Portici.2018")
    spid.send_app_request(window.world, flow)
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    window.show_dock("PhoneDock")
    phone.open_message(0)
    assert visible_button(qtbot, phone, "Approva").isEnabled()
    click(qtbot, phone, "Approva")
    assert "approvato" in texts(phone)
    assert spid.check_app_request(window.world, flow) == "approved"
    qtbot.wait(20)  # after the refresh the answered notification has no buttons left
    assert not any(b.isVisible() for b in phone.findChildren(QAbstractButton) if b.accessibleName() == "Approva")


def test_mail_folders_and_attachment(qtbot, db_path, tmp_path):
    window = make_window(qtbot, db_path)
    giulia = shown(window, "gestione_separata")
    pdf = make_document("Allegato", [para("Documento allegato")])
    doc = messages.store_document(window.world, giulia, "allegato", "Ricevuta della domanda", pdf)
    messages.send(window.world, giulia, "email", sender=messages.SENDER_INPS_MAIL, subject="Richiesta PIN",
                  body="Prima parte del PIN: 4KX9ZQ2M")
    messages.send(window.world, giulia, "pec", sender=messages.SENDER_INPS_PEC, subject="Ricevuta",
                  body="In allegato la ricevuta.", document=doc)
    mail = window.dock_panels["MailDock"]
    qtbot.waitUntil(lambda: mail.badge() == 2)
    qtbot.waitUntil(lambda: badge(window, "MailDock") == "2")
    window.show_dock("MailDock")
    pec = find(mail, "PEC", QAbstractButton)  # the folder's name; its count is the badge and the description
    assert pec.accessibleDescription() == "1 nuovo" and pec.badge.text() == "1" and pec.text() == "PEC"
    assert mail.last_text() == "Prima parte del PIN: 4KX9ZQ2M" or mail.messages()[0].channel == "pec"
    mail.show_folder("email")
    assert "4KX9ZQ2M" in mail.open_message(0)
    assert "giulia.romano@posta.sim" in texts(mail)
    click(qtbot, mail, "Torna ai messaggi")
    click(qtbot, mail, "PEC")
    assert [m.subject for m in mail.messages()] == ["Ricevuta"]
    mail.open_message(0)
    assert "Posta elettronica certificata (PEC)" in texts(mail)
    viewer = mail.open_attachment()
    assert viewer.page_count() == 1
    saved = viewer.save(str(tmp_path / "ricevuta.pdf"))
    with open(saved, "rb") as fh:
        assert fh.read() == pdf
    qtbot.waitUntil(lambda: mail.badge() == 0)
    viewer.close()


def test_letter_travels_then_opens_in_the_pdf_viewer_and_is_saved(qtbot, db_path, tmp_path):
    window = make_window(qtbot, db_path)
    maria = shown(window, "pensionata")
    pdf = post_letter(window.world, maria)
    box = window.dock_panels["LetterboxDock"]
    due = (window.world.clock.now() + dt.timedelta(days=14)).strftime("%d/%m/%Y")
    qtbot.waitUntil(lambda: bool(box.on_the_way()))
    assert box.on_the_way() == [f"Una lettera dell'INPS è in viaggio: arriverà intorno al {due}."]
    assert box.letters() == [] and box.badge() == 0
    window.show_dock("LetterboxDock")
    assert f"arriverà intorno al {due}" in "\n".join(texts(box).split("\n"))
    clock = window.dock_panels["ClockDock"]
    click(qtbot, clock, "1 settimana")
    qtbot.wait(20)
    assert box.letters() == []
    click(qtbot, clock, "1 settimana")
    qtbot.waitUntil(lambda: len(box.letters()) == 1)
    assert box.on_the_way() == []
    qtbot.waitUntil(lambda: badge(window, "LetterboxDock") == "1")
    qtbot.waitUntil(lambda: "NUOVA" in texts(box))
    viewer = box.open_letter(0)
    assert viewer.page_count() == 1 and viewer.isVisible()
    path = viewer.save(str(tmp_path / "lettera.pdf"))
    with open(path, "rb") as fh:
        assert fh.read() == pdf
    assert "ABCD1234" in PdfReader(str(tmp_path / "lettera.pdf")).pages[0].extract_text()
    qtbot.waitUntil(lambda: badge(window, "LetterboxDock") == "")
    viewer.close()


def test_letter_button_opens_the_viewer(qtbot, db_path):
    window = make_window(qtbot, db_path)
    maria = shown(window, "pensionata")
    post_letter(window.world, maria)
    window.world.clock.advance(weeks=2)
    box = window.dock_panels["LetterboxDock"]
    qtbot.waitUntil(lambda: len(box.letters()) == 1)
    window.show_dock("LetterboxDock")
    visible_button(qtbot, box, "Apri la lettera")
    before = len(window.pdf_viewers)
    click(qtbot, box, "Apri la lettera")
    assert len(window.pdf_viewers) == before + 1
    window.pdf_viewers[-1].close()


def test_clock_buttons_move_time_and_record_it(qtbot, db_path):
    window = make_window(qtbot, db_path)
    clock = window.dock_panels["ClockDock"]
    start = window.world.clock.now()
    assert clock.now_text() == "lunedì 15 ottobre 2018, ore 09:00"
    assert "lunedì 15 ottobre 2018" in texts(clock)
    for name in ("1 ora", "1 giorno", "1 settimana", "2 settimane", "6 mesi"):
        assert find(clock, name, QAbstractButton).height() >= 44
    click(qtbot, clock, "1 giorno")
    assert window.world.clock.now() == start + dt.timedelta(days=1)
    qtbot.waitUntil(lambda: "martedì 16 ottobre 2018" in texts(clock))
    assert window.world.events.recent(1, "clock.advanced")
    click(qtbot, clock, "6 mesi")
    assert window.world.clock.now() == dt.datetime(2019, 4, 16, 9, 0)
    assert "Sono passati 6 mesi." in clock.result_text()


def test_person_card_shows_the_codice_fiscale_and_credentials(qtbot, db_path):
    window = make_window(qtbot, db_path)
    person = window.dock_panels["PersonDock"]
    maria = shown(window, "pensionata")
    click(qtbot, window.docks["WorldDock"], "Scheda personale")
    qtbot.waitUntil(lambda: person.codice_fiscale() == maria.codice_fiscale)
    assert maria.codice_fiscale in texts(person)
    assert "ROSA2018" not in texts(person)  # the details only on request
    click(qtbot, person, "Mostra tutti i dati")
    qtbot.waitUntil(lambda: "ROSA2018" in texts(person))
    shown_text = texts(person)
    for expected in ("ROSA2018", "maria.bianchi", "Girasole.48", "12345678", "Viale Cesare Battisti 12",
                     "AX1234567", "Nata il 12/03/1948 a Pavia"):
        assert expected in shown_text
    click(qtbot, person, "Nascondi i dati")
    assert "ROSA2018" not in texts(person)
    giovanni = shown(window, "senza_credenziali")
    qtbot.waitUntil(lambda: person.codice_fiscale() == giovanni.codice_fiscale)


def test_person_card_and_all_cards_as_pdf(qtbot, db_path, tmp_path):
    window = make_window(qtbot, db_path)
    person = window.dock_panels["PersonDock"]
    maria = shown(window, "pensionata")
    window.show_dock("PersonDock")
    qtbot.waitUntil(lambda: person.codice_fiscale() == maria.codice_fiscale)
    click(qtbot, person, "Mostra tutti i dati")
    visible_button(qtbot, person, "Stampa scheda (PDF)")
    click(qtbot, person, "Stampa scheda (PDF)")
    viewer = window.pdf_viewers[-1]
    text = PdfReader(io.BytesIO(viewer.data)).pages[0].extract_text()
    assert maria.codice_fiscale in text and "ROSA2018" in text
    viewer.close()
    click(qtbot, person, "Tutte le schede (PDF)")
    viewer = window.pdf_viewers[-1]
    path = viewer.save(str(tmp_path / "schede.pdf"))
    everything = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for p in personas.load_personas():
        assert personas.codice_fiscale_of(p) in everything
    assert viewer.page_count() >= len(personas.load_personas()) + 1  # a summary, then a card each
    viewer.close()


def test_docks_follow_large_text(qtbot, db_path):
    window = make_window(qtbot, db_path)
    maria = shown(window, "pensionata")
    messages.send(window.world, maria, "sms", sender="InpsInforma", body="Ciao")
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: bool(phone.messages()))
    assert "font-size: 16px" in phone.styleSheet()
    window.act_large_text.setChecked(True)
    qtbot.waitUntil(lambda: "font-size: 18px" in phone.styleSheet())
    clock = window.dock_panels["ClockDock"]
    qtbot.waitUntil(lambda: "font-size: 18px" in clock.styleSheet())
    assert find(clock, "2 settimane", QAbstractButton).height() >= 44
    assert phone.open_message(0) == "Ciao"


# --- Portafoglio: the CNS on a digital-signature USB token (seed 002) ---------------------------


def wallet_part(qtbot, wallet, name: str):
    """The named part of the Portafoglio (its buttons repeat the other parts' names), once a
    refresh has shown it (widgets appear on the next turn)."""
    from PySide6.QtWidgets import QLabel, QWidget

    def parts():
        return [w for w in wallet.findChildren(QWidget)
                if w.accessibleName() == name and not isinstance(w, QLabel) and w.isVisible()]

    qtbot.waitUntil(lambda: len(parts()) == 1)
    return parts()[0]


def test_wallet_token_goes_in_the_computer_and_out(qtbot, db_path):
    from app.services import cns

    window = make_window(qtbot, db_path)
    window.finish_start()
    giulia = shown(window, "gestione_separata")
    click(qtbot, window.docks["WorldDock"], "Portafoglio")
    wallet = window.dock_panels["WalletDock"]
    qtbot.waitUntil(lambda: "Token USB di firma digitale" in texts(wallet))
    (token,) = cns.wallet_tokens(window.world, giulia.id)
    part = wallet_part(qtbot, wallet, "Token USB di firma digitale")
    shown_text = texts(part)
    assert "Titolare: Giulia Romano" in shown_text and token.card_number in shown_text
    assert "Il token è nel portafoglio." in shown_text and "61820976" not in shown_text
    insert = find(part, "Inserisci il token nel computer", QAbstractButton)
    assert insert.height() >= 44 and insert.text() == insert.accessibleName()
    unblock = find(part, "Sblocca con il PUK", QAbstractButton)
    assert not unblock.isEnabled()  # the PUK dialog works on what the computer reads
    assert "Per sbloccarlo con il PUK, prima inserisci il token nel computer." in shown_text
    click(qtbot, part, "Inserisci il token nel computer")
    assert cns.reader_state(window.world).token.id == token.id
    assert window.world.events.recent(1, "cns.token_inserted")
    part = wallet_part(qtbot, wallet, "Token USB di firma digitale")
    remove = visible_button(qtbot, part, "Togli il token dal computer")
    assert remove.height() >= 44
    qtbot.waitUntil(lambda: "Il token è nel computer." in texts(part))
    assert find(part, "Sblocca con il PUK", QAbstractButton).isEnabled()
    try:
        find(part, "Inserisci il token nel computer", QAbstractButton)
        raise AssertionError("both buttons shown")
    except LookupError:
        pass
    click(qtbot, part, "Mostra PIN e PUK")
    part = wallet_part(qtbot, wallet, "Token USB di firma digitale")
    visible_button(qtbot, part, "Nascondi PIN e PUK")
    assert "Busta del token: PIN 61820976 · PUK 40917735" in texts(part)
    assert wallet.token_envelope() == {"pin": "61820976", "puk": "40917735"}
    click(qtbot, part, "Nascondi PIN e PUK")
    part = wallet_part(qtbot, wallet, "Token USB di firma digitale")
    visible_button(qtbot, part, "Mostra PIN e PUK")
    assert "61820976" not in texts(part)
    click(qtbot, part, "Togli il token dal computer")
    assert cns.reader_state(window.world).token is None
    qtbot.waitUntil(lambda: wallet.token_text() == "Il token è nel portafoglio.")
    # no token for someone without one: the part is not there
    shown(window, "dipendente")
    qtbot.waitUntil(lambda: "Token USB di firma digitale" not in texts(wallet))


def test_wallet_token_refusal_is_shown_next_to_its_button(qtbot, db_path):
    """Someone else's token already in the computer: the service's refusal appears in the
    token's part, nothing crashes, and the tessera's «Sblocca con il PUK» waits for the token
    to come out (the PUK dialog would otherwise work on the token)."""
    from app.models import CnsCard
    from app.services import cns, security

    window = make_window(qtbot, db_path)
    window.finish_start()
    giulia = citizen("gestione_separata")
    (giulias,) = cns.wallet_tokens(window.world, giulia.id)
    maria = citizen("pensionata")
    CnsCard.create(citizen=maria, card_number=cns.TOKEN_PREFIX + "100200300", expires=dt.date(2021, 3, 1),
                   pin_hash=security.hash_secret("13572468"), puk_hash=security.hash_secret("86427531"),
                   created_at=window.world.clock.now())
    cns.insert_token(window.world, giulias.id)
    window.set_person(maria.id)
    click(qtbot, window.docks["WorldDock"], "Portafoglio")
    wallet = window.dock_panels["WalletDock"]
    qtbot.waitUntil(lambda: "Token USB di firma digitale" in texts(wallet))
    part = wallet_part(qtbot, wallet, "Token USB di firma digitale")
    assert "Nel computer c'è il token di un'altra persona" in texts(part)
    card = wallet_part(qtbot, wallet, "Tessera Sanitaria - Carta Nazionale dei Servizi")
    assert not find(card, "Sblocca con il PUK", QAbstractButton).isEnabled()
    assert "Nel computer c'è un token USB: toglilo prima di sbloccare la tessera." in texts(card)
    click(qtbot, part, "Inserisci il token nel computer")
    part = wallet_part(qtbot, wallet, "Token USB di firma digitale")
    qtbot.waitUntil(lambda: "Nel computer c'è già il token di Giulia Romano" in texts(part))
    assert "Nel computer c'è già il token" not in texts(wallet_part(
        qtbot, wallet, "Tessera Sanitaria - Carta Nazionale dei Servizi"))
    assert cns.reader_state(window.world).token.id == giulias.id  # nothing changed
