"""Lesson operatore-sede (data/lessons/27-operatore-sede.toml), the counter role play for
CAF trainees, done through the GUI: behind the counter of the Sede di Pavia, three
visitors with an MV35 and a document; the expired one refused, the valid one accepted,
another person's refused. In Verifica, accepting the expired document fails the lesson."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.models import Pin
from tests.helpers import make_window, start_lesson, texts, wait_url
from tests.journeys.lesson_kit import at_step, feedback, finished, press, understood
from ui.urls import SEDE_URL

M = 10


def _counter(qtbot, window):
    understood(qtbot, window, 1, M)
    wait_url(qtbot, window, SEDE_URL)
    press(qtbot, at_step(qtbot, window, 2, M))  # Lavora allo sportello come operatore
    dialog = window.dock_panels["SedeDock"].dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    return dialog


def _refuse(qtbot, window, dialog, n: int, reason: str) -> None:
    combo = at_step(qtbot, window, n, M)
    assert isinstance(combo, QComboBox) and dialog.isAncestorOf(combo)
    combo.setCurrentIndex(combo.findData(reason))
    press(qtbot, dialog.refuse_button)


def test_lesson_operatore_sede(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "operatore-sede")
    dialog = _counter(qtbot, window)
    press(qtbot, at_step(qtbot, window, 3, M))  # Chiama: Giovanni Conti con una carta d'identità
    qtbot.waitUntil(lambda: "Data di scadenza: 08/05/2011" in texts(dialog), timeout=3000)
    assert "Oggi è il 15/10/2018." in texts(dialog)
    _refuse(qtbot, window, dialog, 4, "scaduto")
    assert "Documento scaduto" in dialog.feedback_text()
    press(qtbot, at_step(qtbot, window, 5, M))  # Torna alle persone in attesa
    press(qtbot, at_step(qtbot, window, 6, M))  # Chiama: ... con un'altra carta d'identità
    qtbot.waitUntil(lambda: "Data di scadenza: 08/05/2021" in texts(dialog), timeout=3000)
    press(qtbot, at_step(qtbot, window, 7, M))  # Identità verificata: assegna il PIN dispositivo
    assert "PIN dispositivo assegnato a Giovanni Conti" in dialog.feedback_text()
    press(qtbot, at_step(qtbot, window, 8, M))  # Torna alle persone in attesa
    press(qtbot, at_step(qtbot, window, 9, M))  # Chiama: Giovanni Conti con una patente
    qtbot.waitUntil(lambda: "Intestatario: Luca Ferrari" in texts(dialog), timeout=3000)
    _refuse(qtbot, window, dialog, 10, "non_corrisponde")
    end = finished(qtbot, window, "Allo sportello: controllare il documento")
    assert "Complimenti!" in end and "Errori: 0" in end
    assert Pin.select().where((Pin.channel == "sede") & (Pin.kind == "dispositivo")).count() == 1


def test_verifica_with_the_expired_document_accepted_is_not_passed(qtbot, db_path):
    window = make_window(qtbot, db_path)
    start_lesson(qtbot, window, "operatore-sede", mode="verifica")
    assert not window.tutor.hints_allowed and not window.dock_panels["LessonDock"].where_button.isVisible()
    dialog = _counter(qtbot, window)
    press(qtbot, at_step(qtbot, window, 3, M))
    at_step(qtbot, window, 4, M)
    press(qtbot, dialog.accept_button)  # the expired carta d'identità accepted: the counter stops it
    assert "non può assegnare il PIN" in dialog.feedback_text()
    qtbot.waitUntil(lambda: "ha accettato un documento scaduto" in feedback(window), timeout=3000)
    assert window.tutor.session.runner.state.mistakes == 1
    _refuse(qtbot, window, dialog, 4, "scaduto")  # then put right, and every other case done well
    press(qtbot, at_step(qtbot, window, 5, M))
    press(qtbot, at_step(qtbot, window, 6, M))
    press(qtbot, dialog.accept_button)
    press(qtbot, at_step(qtbot, window, 8, M))
    press(qtbot, at_step(qtbot, window, 9, M))
    _refuse(qtbot, window, dialog, 10, "non_corrisponde")
    end = finished(qtbot, window, "Allo sportello: controllare il documento")
    assert "Verifica non superata: 1 errore, ne erano ammessi al massimo 0." in end
    assert window.tutor.session.runner.passed is False
    assert window.tutor.session.summary()["state"] == "non_superata"
