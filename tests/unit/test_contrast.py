"""Every text/background pair and every control edge of every theme, computed from the tokens
(ui/tokens.py declares the pairs its stylesheets use): text at least 4.5:1 (7:1 in Alto
contrasto), control edges and the focus ring at least 3:1 (WCAG 2.2, 1.4.3 / 1.4.6 / 1.4.11)."""
from __future__ import annotations

import pytest

from ui import tokens as T


def luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_ratio_is_wcags():
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#0066CC", "#FFFFFF") == pytest.approx(5.57, abs=0.01)  # LOOK.md: 5.6:1
    assert ratio("#5C6F82", "#FFFFFF") == pytest.approx(5.18, abs=0.01)  # LOOK.md: 5.2:1


def test_every_theme_has_every_colour():
    assert set(T.THEMES) == {"standard", "alto_contrasto"}
    for name, colours in T.THEMES.items():
        assert set(colours) == set(T.STANDARD), name
        for token, value in colours.items():
            assert len(value) == 7 and value.startswith("#"), (name, token, value)
    used = {t for pair in T.TEXT_PAIRS + T.DISABLED_PAIRS + T.UI_PAIRS + T.HIGH_CONTRAST_UI_PAIRS for t in pair[:2]}
    assert used <= set(T.STANDARD)


@pytest.mark.parametrize("theme", sorted(T.THEMES))
def test_every_text_pair_is_readable(theme):
    colours = T.THEMES[theme]
    minimum = T.TEXT_MIN[theme]
    low = [(fg, bg, where, round(ratio(colours[fg], colours[bg]), 2)) for fg, bg, where in T.TEXT_PAIRS
           if ratio(colours[fg], colours[bg]) < minimum]
    assert not low, f"{theme}: under {minimum}:1: {low}"


@pytest.mark.parametrize("theme", sorted(T.THEMES))
def test_controls_and_the_focus_ring_stand_out(theme):
    colours = T.THEMES[theme]
    pairs = T.UI_PAIRS + (T.HIGH_CONTRAST_UI_PAIRS if theme == "alto_contrasto" else ())
    low = [(edge, around, where, round(ratio(colours[edge], colours[around]), 2)) for edge, around, where in pairs
           if ratio(colours[edge], colours[around]) < T.UI_MIN[theme]]
    assert not low, f"{theme}: under {T.UI_MIN[theme]}:1: {low}"


def test_high_contrast_is_at_least_seven_to_one_and_darker_than_standard():
    assert T.TEXT_MIN["alto_contrasto"] >= 7.0
    hc, std = T.THEMES["alto_contrasto"], T.THEMES["standard"]
    for fg, bg, _where in T.TEXT_PAIRS:
        assert ratio(hc[fg], hc[bg]) >= min(ratio(std[fg], std[bg]), 7.0) - 1e-9, (fg, bg)


@pytest.mark.parametrize("theme", sorted(T.THEMES))
def test_disabled_controls_are_readable_and_look_disabled(theme):
    """WCAG exempts disabled text, but a learner must still read what a disabled button would
    do, and see that it is disabled: «Indietro» with no history must not look like «Ricarica»."""
    colours = T.THEMES[theme]
    for fg, bg, where in T.DISABLED_PAIRS:
        assert ratio(colours[fg], colours[bg]) >= T.DISABLED_TEXT_MIN, (theme, where)
    assert ratio(colours["DISABLED_BG"], colours["WHITE"]) > 1.05  # a disabled button's grey fill
    if theme == "alto_contrasto":  # the palette's disabled text (toolbar, menus) against the enabled
        assert ratio(colours["DISABLED_TEXT"], colours["TEXT"]) >= T.DISABLED_APART


def test_use_switches_the_module_names():
    try:
        T.use("alto_contrasto")
        assert T.CURRENT == "alto_contrasto" and T.PRIMARY == T.HIGH_CONTRAST["PRIMARY"]
        T.use("standard")
        assert T.PRIMARY == "#0066CC" and T.TEXT == "#1A1A1A"
    finally:
        T.use("standard")
