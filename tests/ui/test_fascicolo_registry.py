"""The Fascicolo's sections are defined once (app.services.fascicolo.REGISTRY): every item has
its builder, every section its dock, and the page, the docks and the overview follow the list."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import fascicolo
from tests.helpers import login_as, make_window, page, texts
from ui import docks
from ui.browser.router import build_url
from ui.docks import fascicolo as fascicolo_docks
from ui.pages import fascicolo_views as views
from ui.urls import FASCICOLO_URL
from ui.widgets.reconstruction import reconstruction_notes


def test_every_item_has_a_builder_and_every_section_a_dock():
    items = {v.key for s in fascicolo.REGISTRY for v in s.voci}
    assert set(views.BUILDERS) == items  # one builder per item, none left over
    specs = {spec.object_name: spec for spec in docks.load_all()}
    for section in fascicolo.REGISTRY:
        spec = specs[section.dock]
        assert spec.factory.SECTION == section.key and spec.area == "bottom" and not spec.visible
        assert spec.title == f"Fascicolo: {section.label}"
        assert spec.title in fascicolo_docks.TITLES  # a literal the translation catalogue finds
        assert fascicolo_docks.DOCK_FOR_SECTION[section.key] == section.dock
        assert views.first_subsection(section.key) == section.voci[0].key


def test_page_menu_overview_and_sections_follow_the_registry(qtbot, db_path):
    window = make_window(qtbot, db_path)
    session = login_as(window, "pensionata", "pin_dispositivo")
    window.navigate(FASCICOLO_URL)
    qtbot.waitUntil(lambda: hasattr(page(window), "menu"), timeout=3000)
    p = page(window)
    assert list(p.menu.section_buttons) == [s.key for s in fascicolo.REGISTRY]
    assert list(p.menu.sub_buttons) == [v.key for s in fascicolo.REGISTRY for v in s.voci]
    shown = texts(p)
    for section in fascicolo.REGISTRY:
        assert section.description in shown  # the overview's card
    data = fascicolo.load(window.world, session.citizen_id)
    for section in fascicolo.REGISTRY:
        for item in section.voci:
            widget = views.build_section(item.key, data, p)
            labels = [w.text() for w in widget.findChildren(QLabel)]
            assert labels[0] == item.label and labels[1] == item.intro
            notes = reconstruction_notes(widget)
            assert notes == ([f"(ricostruzione) {item.reconstruction}"] if item.reconstruction else [])
            widget.deleteLater()
    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.red"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.red", timeout=3000)
    assert "Modello RED (dichiarazione reddituale)" in texts(page(window))
