"""Alto contrasto: Visualizza → Alto contrasto and --high-contrast; switching restyles the open
page, the chrome and the panels at once; remembered in the settings; every colour of every
stylesheet is a token of the theme, and every rule that sets both a text colour and a
background passes the theme's threshold (computed from the tokens)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from tests.helpers import make_window, page, wait_url
from tests.unit.test_contrast import ratio
from ui import accessibility, theme
from ui import tokens as T
from ui.browser.router import LOGIN_URL


@pytest.fixture(autouse=True)
def standard_afterwards():
    yield
    theme.set_theme("standard")
    theme.apply_palette(QApplication.instance())


def test_the_menu_entry_switches_and_restyles_everything_open(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    act = window.act_high_contrast
    assert act.isCheckable() and not act.isChecked() and act in window.menu_view.actions()
    before = page(window)
    assert T.STANDARD["PRIMARY"] in window.current_tab().scroll.styleSheet()
    act.trigger()
    assert theme.high_contrast() and act.isChecked()
    hc = T.HIGH_CONTRAST
    tab = window.current_tab()
    qtbot.waitUntil(lambda: page(window) is not before, timeout=2000)  # the page was rebuilt in the new look
    assert hc["PRIMARY"] in tab.scroll.styleSheet() and T.STANDARD["PRIMARY"] not in tab.scroll.styleSheet()
    assert hc["SIM_MARKER_BG"] in window.sim_marker.styleSheet()
    for name, panel in window.dock_panels.built().items():
        if name in ("ClockDock", "PhoneDock", "PersonDock"):
            assert hc["DARK_SLATE"] in panel.styleSheet(), name
    assert QApplication.instance().palette().color(QApplication.instance().palette().ColorRole.WindowText).name() \
        == hc["TEXT"].lower()
    act.trigger()
    assert not theme.high_contrast()
    assert T.STANDARD["PRIMARY"] in window.current_tab().scroll.styleSheet()
    assert T.STANDARD["DARK_SLATE"] in window.dock_panels["ClockDock"].styleSheet()


def test_high_contrast_option_starts_in_high_contrast(qtbot, db_path):
    window = make_window(qtbot, db_path, "--high-contrast")
    assert theme.high_contrast() and window.act_high_contrast.isChecked()
    assert T.HIGH_CONTRAST["PRIMARY"] in window.current_tab().scroll.styleSheet()
    later = make_window(qtbot, db_path)  # without the option, and --no-state: the standard look again
    assert not theme.high_contrast() and not later.act_high_contrast.isChecked()


def test_the_choice_is_remembered(qtbot, db_path, tmp_path):
    from main import _apply_view, parse_args

    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = None
    try:
        window = make_window(qtbot, db_path)
        window.keep_state = True  # as without --no-state
        window.act_high_contrast.trigger()
        assert accessibility.saved_high_contrast()
        theme.set_theme("standard")
        _apply_view(parse_args(["--db", str(db_path)]))  # the next start
        assert theme.high_contrast()
        _apply_view(parse_args(["--db", str(db_path), "--no-state"]))  # --no-state: not read
        assert not theme.high_contrast()
        window.rate_actions["lenta"].trigger()
        assert accessibility.saved_rate() == "lenta"
    finally:
        if window is not None:
            window.keep_state = False  # closing it later must not write the real settings
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def _rules(qss: str):
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", qss):
        props = dict((k.strip(), v.strip()) for k, v in (p.split(":", 1) for p in body.split(";") if ":" in p))
        yield selector.strip(), props


def _stylesheets():
    from ui.docks import _common
    from ui.docks import lesson as lesson_dock

    for large in (False, True):
        yield "page", theme.page_qss(100, large)
        yield "chrome", theme.chrome_qss(large)
        yield "panel", _common.panel_qss(large)
        yield "lesson", lesson_dock._extra_qss(large)


@pytest.mark.parametrize("name", sorted(T.THEMES))
def test_every_stylesheet_colour_is_a_token_and_every_coloured_rule_is_readable(qapp, name):
    theme.set_theme(name)
    colours = {v.upper() for v in T.THEMES[name].values()}
    problems = []
    for where, qss in _stylesheets():
        stray = {c.upper() for c in _HEX.findall(qss)} - colours
        if stray:
            problems.append((where, "not a token", sorted(stray)))
        for selector, props in _rules(qss):
            fg, bg = props.get("color", ""), props.get("background", "")
            # a disabled control: exempt from the text minimum (WCAG), still readable
            minimum = T.DISABLED_TEXT_MIN if ":disabled" in selector else T.TEXT_MIN[name]
            if _HEX.fullmatch(fg) and _HEX.fullmatch(bg) and ratio(fg, bg) < minimum:
                problems.append((where, selector, fg, bg, round(ratio(fg, bg), 2)))
    assert not problems, problems


def test_in_high_contrast_a_disabled_indietro_looks_disabled(qtbot, db_path):
    """No history: «Indietro» is disabled and painted in the disabled grey, «Ricarica» in black."""
    from PySide6.QtGui import QColor

    window = make_window(qtbot, db_path, "--high-contrast")
    window.finish_start()
    assert theme.high_contrast()
    assert not window.act_back.isEnabled() and window.act_reload.isEnabled()
    back = next(o for o in window.act_back.associatedObjects() if o.metaObject().className() == "QToolButton")
    reload_ = next(o for o in window.act_reload.associatedObjects() if o.metaObject().className() == "QToolButton")

    def darkest(widget) -> float:
        image = widget.grab().toImage()
        return min(QColor(image.pixel(x, y)).lightnessF() for x in range(0, image.width(), 2)
                   for y in range(0, image.height(), 2))

    assert darkest(reload_) < 0.15  # black text
    assert darkest(back) > 0.3  # grey: it shows it cannot be pressed
    assert ratio(T.DISABLED_TEXT, T.TEXT) >= T.DISABLED_APART
