"""«Il mio mondo», the one panel area of the citizen's world (issue 10): the arrival notice
and «Leggi ora», badges in the accessible description, an opened SMS shown whole at
1366×768, Ricomincia da capo restoring the layout, «Io sono» switched while logged in."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from app.pdf.base import make_document, para
from app.services import auth, messages, personas
from tests.helpers import click, login_as, make_window, page, texts, wait_url

LONG_SMS = ("INPS: la prima parte del suo PIN è 4KX9ZQ2M. La seconda parte le arriverà per posta "
            "all'indirizzo di residenza entro 15 giorni. Conservi questo messaggio.")


def citizen(key: str):
    return auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(key)))


def test_an_sms_arrival_is_announced_and_read_now_shows_it_whole(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    area = window.world_area
    maria = citizen("pensionata")
    window.set_person(maria.id)
    window.show_dock("PersonDock")  # the learner is looking at something else
    messages.send(window.world, maria, "sms", sender="InpsInforma", address="3331234567", body=LONG_SMS)
    qtbot.waitUntil(lambda: area.notice_text() == "È arrivato un SMS da InpsInforma")
    assert area.notice.isVisible()
    assert area.current_name() == "PhoneDock"  # the phone buzzes: its section comes to the front
    assert area.badge_text("PhoneDock") == "1"
    world = window.docks["WorldDock"]
    click(qtbot, world, "Leggi ora")  # one click: the message open, whole
    phone = window.dock_panels["PhoneDock"]
    qtbot.waitUntil(lambda: phone.opened_text() == LONG_SMS)
    assert area.notice_text() == "" and not area.notice.isVisible()
    qtbot.waitUntil(lambda: area.badge_text("PhoneDock") == "")
    assert area.section_button("PhoneDock").accessibleDescription() == "Niente di nuovo"
    QApplication.processEvents()
    # the whole text is on screen without scrolling: the body's bottom inside the viewport
    viewport = phone.scroll_area.viewport()
    body = phone.pane.body
    bottom = body.mapTo(viewport, QPoint(0, body.height())).y()
    assert 0 < bottom <= viewport.height(), (bottom, viewport.height())
    assert LONG_SMS in texts(phone)


def test_a_letter_arrival_opens_in_the_viewer_with_one_click(qtbot, db_path):
    window = make_window(qtbot, db_path)
    area = window.world_area
    maria = citizen("pensionata")
    window.set_person(maria.id)
    pdf = make_document("Lettera INPS", [para("La seconda parte del suo PIN è ABCD1234.")])
    doc = messages.store_document(window.world, maria, "lettera_pin", "Lettera INPS - PIN", pdf)
    messages.send(window.world, maria, "letter", sender="INPS", subject="Seconda parte del PIN",
                  body="Busta chiusa.", document=doc, delay=dt.timedelta(days=messages.LETTER_DAYS))
    qtbot.wait(20)
    assert area.notice_text() == ""  # still travelling
    click(qtbot, window.dock_panels["ClockDock"], "2 settimane")
    qtbot.waitUntil(lambda: area.notice_text() == "È arrivata una lettera da INPS")
    assert area.current_name() == "LetterboxDock" and area.badge_text("LetterboxDock") == "1"
    before = len(window.pdf_viewers)
    click(qtbot, window.docks["WorldDock"], "Leggi ora")
    assert len(window.pdf_viewers) == before + 1 and window.pdf_viewers[-1].page_count() == 1
    qtbot.waitUntil(lambda: area.badge_text("LetterboxDock") == "")
    window.pdf_viewers[-1].close()


def test_arrivals_together_name_the_newest_and_count_the_others(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.finish_start()  # as right after the first paint: every panel built
    area = window.world_area
    giulia = citizen("gestione_separata")
    window.set_person(giulia.id)
    messages.send(window.world, giulia, "email", sender="INPS", subject="Prima parte del PIN", body="4KX9ZQ2M")
    messages.send(window.world, giulia, "sms", sender="InpsInforma", body="Un SMS")
    window.world.clock.advance(hours=1)
    messages.send(window.world, giulia, "pec", sender="INPS PEC", subject="Ricevuta", body="In allegato")
    qtbot.waitUntil(lambda: area.notice_text().startswith("È arrivata una PEC da INPS PEC"))
    assert "altri 2 messaggi nuovi" in area.notice_text()
    assert area.current_name() == "MailDock"
    mail = window.dock_panels["MailDock"]
    click(qtbot, window.docks["WorldDock"], "Leggi ora")
    assert mail.opened_text() == "In allegato"
    assert mail.folder_buttons["pec"].isChecked() and mail.messages()[0].channel == "pec"


def test_dismissing_the_notice_and_a_call_in_progress_stays_in_front(qtbot, db_path):
    window = make_window(qtbot, db_path)
    area = window.world_area
    maria = citizen("pensionata")
    window.set_person(maria.id)
    window.show_dock("CallDock")
    calls = window.dock_panels["CallDock"]
    calls.dial("803 164", "fisso")
    assert calls.in_call()
    messages.send(window.world, maria, "sms", sender="InpsInforma", body="Durante la telefonata")
    qtbot.waitUntil(lambda: area.notice_text() == "È arrivato un SMS da InpsInforma")
    assert area.current_name() == "CallDock"  # the conversation is not taken away
    click(qtbot, window.docks["WorldDock"], "Nascondi l'avviso")
    assert area.notice_text() == "" and not area.notice.isVisible()
    assert area.badge_text("PhoneDock") == "1"  # still there for later


def test_ricomincia_da_capo_restores_the_start_layout(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.finish_start()
    area = window.world_area
    window.show_dock("WalletDock")
    window.docks["ClockDock"].hide()
    window.docks["WorldDock"].setFloating(True)
    window.show_dock("FascicoloModelliDock")
    assert window.docks["FascicoloModelliDock"].isVisible()
    window.reset_world()
    qtbot.waitUntil(lambda: window.docks["ClockDock"].isVisible())
    assert not window.docks["WorldDock"].isFloating() and window.docks["WorldDock"].isVisible()
    assert area.current_name() == "PhoneDock"
    assert not window.docks["FascicoloModelliDock"].isVisible()
    from PySide6.QtCore import Qt

    assert window.dockWidgetArea(window.docks["WorldDock"]) == Qt.DockWidgetArea.RightDockWidgetArea
    clock, world = window.docks["ClockDock"], window.docks["WorldDock"]
    qtbot.waitUntil(lambda: clock.geometry().bottom() <= world.geometry().top())  # the clock above


def test_switching_person_while_logged_in_ends_the_previous_session(qtbot, db_path):
    from ui.urls import MYINPS_URL

    window = make_window(qtbot, db_path)
    maria = citizen("pensionata")
    login_as(window, "pensionata")
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    qtbot.waitUntil(lambda: "Maria" in texts(page(window)))
    clock = window.dock_panels["ClockDock"]
    messages.send(window.world, maria, "letter", sender="INPS", subject="Lettera", body="Per Maria",
                  delay=dt.timedelta(days=3))
    click(qtbot, clock, "1 settimana")
    assert "Maria Bianchi" in clock.result_text()
    giovanni = citizen("senza_credenziali")
    combo = window.person_combo
    combo.setCurrentIndex(combo.findData(giovanni.id))  # «Io sono»: Giovanni sits down
    assert window.session.current is None
    closed = window.world.events.recent(1, "session.closed")
    assert closed and '"person_changed"' in closed[0].detail_json
    assert window.notice.isVisible()
    assert "Maria Bianchi" in window.notice_text.text() and "Giovanni Conti" in window.notice_text.text()
    from ui.browser.router import LOGIN_URL

    wait_url(qtbot, window, LOGIN_URL)  # MyINPS needs a login again: the page no longer greets Maria
    qtbot.waitUntil(lambda: "Maria Bianchi" not in texts(page(window)))
    assert clock.result_text() == ""  # the clock no longer talks about Maria's letter
    assert window.dock_panels["PersonDock"].codice_fiscale() == giovanni.codice_fiscale
    assert window.dock_panels["LetterboxDock"].letters() == []


def test_switching_to_the_person_logged_in_keeps_the_session(qtbot, db_path):
    window = make_window(qtbot, db_path)
    session = login_as(window, "pensionata")
    assert window.session.current is session
    window.set_person(session.citizen_id)
    assert window.session.current is session and not window.notice.isVisible()


def test_lesson_targets_find_a_section_button_and_reveal_a_section(qtbot, db_path):
    from app.lessons.model import Target
    from ui.tutor import targets

    window = make_window(qtbot, db_path)
    window.finish_start()
    button = targets.resolve(window, Target("dock", "Cassetta postale", "WorldDock"))
    assert button is window.world_area.section_button("LetterboxDock")
    clock_button = targets.resolve(window, Target("dock", "1 giorno", "ClockDock"))
    assert clock_button is window.dock_panels["ClockDock"].step_buttons["1 giorno"]
    assert window.world_area.current_name() == "PhoneDock"
    # «Mostra dove» on a widget of a section behind another: the area switches to that section
    found = targets.resolve(window, Target("dock", "Numero da chiamare", "CallDock"), reveal=True)
    assert window.world_area.current_name() == "CallDock" and found is not None and found.isVisible()


def test_with_the_lezione_open_the_world_column_narrows_and_the_page_keeps_its_room(qtbot, db_path):
    from tests.helpers import start_lesson

    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    qtbot.wait(50)
    world = window.docks["WorldDock"]
    assert world.width() >= 500 and not window.world_area.narrow  # the rail beside the section
    start_lesson(qtbot, window, "richiedi-pin-online")
    qtbot.waitUntil(lambda: window.docks["LessonDock"].isVisible())
    qtbot.waitUntil(lambda: world.width() <= 400)
    assert window.current_tab().width() >= 550
    qtbot.waitUntil(lambda: window.world_area.narrow)  # the buttons in a row above the section
    assert window.world_area.section_button("PhoneDock").isVisible()
    window.docks["LessonDock"].hide()
    qtbot.waitUntil(lambda: world.width() >= 500)
    qtbot.waitUntil(lambda: not window.world_area.narrow)


def test_the_section_buttons_answer_the_arrow_keys(qtbot, db_path):
    from PySide6.QtCore import Qt

    window = make_window(qtbot, db_path)
    window.finish_start()
    area = window.world_area
    phone = area.section_button("PhoneDock")
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_Down)
    assert area.current_name() == "MailDock" and area.section_button("MailDock").hasFocus()
    qtbot.keyClick(area.section_button("MailDock"), Qt.Key.Key_End)
    assert area.current_name() == "SedeDock"
    qtbot.keyClick(area.section_button("SedeDock"), Qt.Key.Key_Down)  # round to the first
    assert area.current_name() == "PhoneDock" and phone.hasFocus()
    qtbot.keyClick(phone, Qt.Key.Key_Up)
    assert area.current_name() == "SedeDock"


def test_the_portafoglio_of_a_token_owner_fits_at_100_and_200_percent(qtbot, db_path):
    """Giulia Romano has a CNS on a USB token and no tessera: in her Portafoglio the token comes
    first, above the reader she does not need; at 1366×768, at 100 % and at 200 % (the rail in a
    row), «Inserisci il token nel computer» is a whole target inside the section, never cut."""
    from PySide6.QtWidgets import QAbstractButton

    from tests.helpers import find

    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    window.set_person(citizen("gestione_separata").id)
    try:
        for zoom in (100, 200):
            window.set_zoom(zoom)
            window.show_dock("WalletDock")
            wallet = window.dock_panels["WalletDock"]
            qtbot.waitUntil(lambda w=wallet: "Token USB di firma digitale" in texts(w))
            shown = texts(wallet).split("\n")
            assert shown.index("Token USB di firma digitale") < shown.index("Lettore di smart card")
            qtbot.wait(100)
            viewport = wallet.scroll_area.viewport()
            for name in ("Inserisci il token nel computer", "Mostra PIN e PUK"):
                b = find(wallet, name, QAbstractButton)
                wallet.scroll_area.ensureWidgetVisible(b)
                qtbot.wait(20)
                assert b.height() >= 44 and b.width() >= 44
                left = b.mapTo(viewport, QPoint(0, 0)).x()
                assert left >= 0 and left + b.width() <= viewport.width(), (zoom, name)  # not cut at the right
                assert b.width() >= b.sizeHint().width()  # the whole label
        assert window.world_area.narrow  # at 200 % the rail went on top
    finally:
        window.set_zoom(100)


def _inside(widget, container) -> bool:
    """`widget` whole inside `container` (both shown)."""
    top_left = widget.mapTo(container, QPoint(0, 0))
    return (widget.isVisible() and top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= container.width()
            and top_left.y() + widget.height() <= container.height())


def test_at_200_percent_every_section_button_is_in_sight_and_the_opened_sms_comes_first(qtbot, db_path):
    """Compact (200 % at 1366×768): the eight section buttons wrap onto rows, each whole, at
    least 44 px, none behind a scroll bar; an SMS and an e-mail arriving together are announced
    by the SMS, with the sender's name only; the opened SMS shows its text (the PIN) above
    «Torna ai messaggi», in sight without scrolling."""
    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    area = window.world_area
    try:
        window.set_zoom(200)
        window.show_dock("PhoneDock")
        qtbot.waitUntil(lambda: area.narrow)
        qtbot.wait(100)
        assert not area.rail_scroll.isVisible()
        for name in ("PhoneDock", "MailDock", "LetterboxDock", "SedeDock"):
            b = area.section_button(name)
            assert _inside(b, area), name
            assert b.height() >= 44 and b.width() >= b.sizeHint().width()
        assert area.section_button("LetterboxDock").accessibleName() == "Cassetta postale"
        giulia = citizen("gestione_separata")
        window.set_person(giulia.id)
        messages.send(window.world, giulia, "email", sender="InpsInforma <noreply@inps.sim>",
                      subject="PIN INPS - prima parte", body="Gentile utente")
        messages.send(window.world, giulia, "sms", sender="InpsInforma", body=LONG_SMS)
        qtbot.waitUntil(lambda: area.notice_text() == "È arrivato un SMS da InpsInforma")  # short: no count
        click(qtbot, window.docks["WorldDock"], "Leggi ora")
        phone = window.dock_panels["PhoneDock"]
        qtbot.waitUntil(lambda: phone.opened_text() == LONG_SMS)
        qtbot.wait(100)
        viewport = phone.scroll_area.viewport()
        assert phone.scroll_area.verticalScrollBar().value() == 0
        body = phone.pane.body
        top = body.mapTo(viewport, QPoint(0, 0)).y()
        line = body.fontMetrics().lineSpacing()
        assert top >= 0 and top + 2 * line <= viewport.height()  # the PIN's line in sight
        assert body.mapTo(viewport, QPoint(0, 0)).y() < phone.back_button.mapTo(viewport, QPoint(0, 0)).y()
        # the e-mail's line in the list: the subject first, then the sender's name and the date
        mail = window.dock_panels["MailDock"]
        mail.refresh()
        first, second = mail.list.item(0).text().split("\n")
        assert "PIN INPS - prima parte" in first and second.startswith("InpsInforma · ")
        # the e-mail opened: who and when on one line, the text in sight, the addresses under it
        window.show_dock("MailDock")
        assert mail.open_message(0) == "Gentile utente"
        qtbot.wait(100)
        assert mail.pane.meta.text().startswith("Da InpsInforma, ricevuta il ")  # the name, no address
        viewport = mail.scroll_area.viewport()
        body = mail.pane.body
        assert body.mapTo(viewport, QPoint(0, 0)).y() + body.fontMetrics().lineSpacing() <= viewport.height()
        assert "noreply@inps.sim" in mail.pane.spoken_text()  # the full address, under the text
    finally:
        window.set_zoom(100)


def test_at_100_percent_on_1366x768_the_rail_column_shows_all_eight_buttons_whole(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    qtbot.wait(80)
    area = window.world_area
    assert not area.narrow
    for name in area.ordered_names():
        assert _inside(area.section_button(name), area.rail_scroll.viewport()), name


def test_at_every_zoom_the_rail_settles_and_every_button_is_whole(qtbot, db_path):
    """Between 100 % and 200 % the rail is a column or rows, never flipping between them, and
    every section button is whole inside the area."""
    window = make_window(qtbot, db_path)
    window.resize(1366, 740)
    window.reset_layout()
    area = window.world_area
    try:
        for zoom in (100, 125, 150, 175, 200):
            window.set_zoom(zoom)
            window.show_dock("PhoneDock")
            qtbot.wait(120)
            placed = []
            original = area._place_buttons
            area._place_buttons = lambda: (placed.append(1), original())[1]
            try:
                qtbot.wait(200)
            finally:
                del area._place_buttons
            assert not placed, zoom  # settled: no flipping
            holder = area.rail_rows if area.narrow else area.rail_scroll.viewport()
            for name in area.ordered_names():
                assert _inside(area.section_button(name), holder), (zoom, name)
                assert area.section_button(name).height() >= 44
    finally:
        window.set_zoom(100)
