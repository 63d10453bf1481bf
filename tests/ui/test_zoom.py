"""One zoom for the whole program (issue 10): Ctrl + / Ctrl - / Ctrl 0 and Caratteri grandi
scale the page, the panels, the tutor, the toolbar, the tabs, the menus and Qt's dialogs
together; a page's content added after it is shown (the Pensione futura results) follows;
the tab close button is a named 44 x 44 target; the focus frame of a radio button leaves
room for its text; the Orologio buttons never overlap."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton, QToolButton

from tests.helpers import click, find, login_as, make_window, page, wait_url
from ui import tokens as T
from ui.urls import PENSIONE_FUTURA_URL, PIN_REQUEST_URL


def _px(widget) -> int:
    return widget.fontInfo().pixelSize()


def _chrome_fonts(window) -> dict:
    toolbar_button = window.toolbar.widgetForAction(window.act_home)
    clock = window.dock_panels["ClockDock"]
    return {
        "toolbar": _px(toolbar_button),
        "address": _px(window.address),
        "menu bar": _px(window.menuBar()),
        "menu": _px(window.menu_view),
        "tab": window.tabs.tabBar().fontInfo().pixelSize(),
        "status bar": _px(window.clock_label),
        "panel": _px(clock.date_label),
        "panel button": _px(clock.step_buttons["1 ora"]),
        "dialogs (application font)": QApplication.font().pixelSize(),
        "page": _px(find(page(window), "CercaLibero")),
    }


def _wait_styled(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def test_ctrl_plus_scales_toolbar_menus_panels_and_dialogs_with_the_page(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _wait_styled(qtbot)
    before = _chrome_fonts(window)
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    _wait_styled(qtbot)
    assert window.zoom() == 200 and window.current_tab().zoom.percent == 200
    assert window.zoom_label.text() == "200 %"
    after = _chrome_fonts(window)
    small = {k: (before[k], after[k]) for k in before if after[k] < before[k] * 1.8}
    assert not small, f"not scaled with the zoom: {small}"
    # A tab opened now starts at the program's zoom.
    tab = window.new_tab()
    assert tab.zoom.percent == 200
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    _wait_styled(qtbot)
    assert window.zoom() == 100 and all(window.tabs.widget(i).zoom.percent == 100 for i in range(window.tabs.count()))
    assert _chrome_fonts(window) == before


def test_large_text_scales_the_chrome_too(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _wait_styled(qtbot)
    before = _chrome_fonts(window)
    window.act_large_text.setChecked(True)
    _wait_styled(qtbot)
    after = _chrome_fonts(window)
    ratio = T.BODY_LARGE / T.BODY
    small = {k: (before[k], after[k]) for k in ("toolbar", "menu", "panel", "dialogs (application font)")
             if after[k] < before[k] * ratio - 1}
    assert not small, small


def test_the_pensione_futura_results_follow_the_zoom(qtbot, db_path):
    window = make_window(qtbot, db_path, "--zoom", "200")
    login_as(window, "dipendente", "pin_ordinario")
    window.current_tab().navigate(PENSIONE_FUTURA_URL)
    wait_url(qtbot, window, PENSIONE_FUTURA_URL)
    qtbot.mouseClick(find(page(window), "Dichiaro di aver preso visione dell'informativa", QCheckBox),
                     Qt.MouseButton.LeftButton)
    click(qtbot, page(window), "Accedi")
    qtbot.waitUntil(lambda: any("Contributi accreditati" in w.text() for w in page(window).findChildren(QLabel)
                                if w.isVisible()), timeout=3000)
    _wait_styled(qtbot)
    summary = next(w for w in page(window).findChildren(QLabel)
                   if w.isVisible() and "Contributi accreditati" in w.text())
    assert _px(summary) >= 2 * T.BODY - 1  # the notice built after the page was shown: 200 % too
    radio = find(page(window), "Fino alla pensione", QRadioButton)
    assert _px(radio) >= 2 * T.BODY - 1


def test_tab_close_button_is_a_named_target(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.new_tab(PIN_REQUEST_URL)
    wait_url(qtbot, window, PIN_REQUEST_URL)
    _wait_styled(qtbot)
    bar = window.tabs.tabBar()
    closers = [b for b in bar.findChildren(QToolButton) if b.objectName() == "TabClose"]
    assert len(closers) == 2
    for close in closers:
        assert close.accessibleName() == "Chiudi scheda"
        assert close.width() >= T.TARGET_MIN and close.height() >= T.TARGET_MIN
    current = window.current_tab().close_button
    assert current.accessibleDescription() == window.current_tab().title()  # the title, not the name
    qtbot.mouseClick(current, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == 1


def test_radio_focus_frame_leaves_room_for_the_text(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", PIN_REQUEST_URL)
    radio = find(page(window), "Italiana", QRadioButton)
    radio.setFocus(Qt.FocusReason.TabFocusReason)
    _wait_styled(qtbot)
    assert radio.hasFocus()
    text = radio.fontMetrics().horizontalAdvance("Italiana")
    indicator = radio.style().pixelMetric(radio.style().PixelMetric.PM_ExclusiveIndicatorWidth, None, radio)
    # Frame (3 px each side) + padding + indicator + spacing + the text: nothing drawn over the letters.
    assert radio.width() >= text + indicator + 10 + 2 * 3 + 8
    assert radio.height() >= T.TARGET_MIN


def test_orologio_buttons_never_overlap_with_large_text_or_at_200(qtbot, db_path):
    window = make_window(qtbot, db_path, "--large-text")
    clock = window.dock_panels["ClockDock"]
    for zoom in (100, 200):
        window.set_zoom(zoom)
        window.show_dock("ClockDock")  # in front (at 200 % the compact layout makes it a tab)
        _wait_styled(qtbot)
        buttons = list(clock.step_buttons.values())
        rects = [b.geometry() for b in buttons]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not a.intersects(b), (zoom, a, b)
        for b in buttons:
            assert isinstance(b, QAbstractButton)
            assert b.width() >= b.sizeHint().width() - 1, (zoom, b.text(), b.width(), b.sizeHint().width())
