"""Invented rules shown as if real carry the one mark «(ricostruzione)» (ui/widgets/reconstruction.py)."""
from __future__ import annotations

from app.services import figures
from tests.helpers import make_window, page, wait_url
from ui.pages.login import LOST_PIN_URL
from ui.urls import PIN_LOCKED_URL
from ui.widgets.reconstruction import reconstruction_note, reconstruction_notes


def test_the_note_reads_as_its_accessible_name(qtbot):
    note = reconstruction_note("Il limite non è documentato.")
    qtbot.addWidget(note)
    assert note.text() == "(ricostruzione) Il limite non è documentato." == note.accessibleName()
    assert note.property("role") == "muted" and note.toolTip()
    assert note.text().startswith(figures.RECONSTRUCTION_NOTE)  # the word app/ appends to its figures


def test_pin_pages_mark_their_invented_rules(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.navigate(PIN_LOCKED_URL)
    wait_url(qtbot, window, PIN_LOCKED_URL)
    assert reconstruction_notes(page(window)) == [
        "(ricostruzione) Le guide non dicono dopo quanti errori il PIN si blocca."]
    window.navigate(LOST_PIN_URL)
    wait_url(qtbot, window, LOST_PIN_URL)
    assert any("mai usato" in n for n in reconstruction_notes(page(window)))
