"""Design tokens (LOOK.md: Bootstrap Italia / design-tokens-italia values).

Every colour, size and spacing used by the program lives here; the QSS is built
from these values (ui/theme.py) and widgets never hard-code a hex value.
"""
from __future__ import annotations

# Colours: one set per theme, the same names. The module's names (T.PRIMARY, ...) are the
# current theme's: use("alto_contrasto") rebinds them (ui.theme.set_theme does, and restyles).
STANDARD = {
    "PRIMARY": "#0066CC",
    "PRIMARY_HOVER": "#004D99",
    "PRIMARY_PRESSED": "#003366",
    "TOPBAR": "#0059B3",
    "HEADER": "#0066CC",
    "TEXT": "#1A1A1A",
    "TEXT_SECONDARY": "#2F475E",
    "TEXT_MUTED": "#5C6F82",
    "DARK_SLATE": "#17324D",
    "LINK": "#0066CC",
    "LINK_HOVER": "#004D99",
    "SUCCESS": "#008055",
    "WARNING_TEXT": "#995C00",
    "DANGER": "#CC334D",
    "BG_LIGHT": "#F2F7FC",
    "BG_LIGHT_2": "#BFDFFF",
    "WHITE": "#FFFFFF",
    "BORDER": "#5C6F82",  # input borders: 5.2:1 on white
    "DIVIDER": "#D9DADB",
    "FOCUS_OUTER": "#000000",
    "FOCUS_INNER": "#FFFFFF",
    "SIM_MARKER_BG": "#995C00",  # the SIMULAZIONE band: white text on dark amber (5.4:1)
    "SIM_MARKER_TEXT": "#FFFFFF",
    "ALERT_ERROR_BG": "#FDF3F5",  # tints behind the alerts' text (danger / success / warning)
    "ALERT_SUCCESS_BG": "#F0F9F5",
    "ALERT_WARNING_BG": "#FDF4E6",
    "DISABLED_BG": "#D9DADB",
    "DISABLED_TEXT": "#2F475E",  # still readable: a disabled button says what it would do
    # The tutor's "Mostra dove" frame: black, yellow, black (visible on white, on the blue
    # buttons and on the dark bars alike); the "Qui" tag uses the same two colours.
    "HIGHLIGHT_RING": "#FFD400",
    "HIGHLIGHT_EDGE": "#000000",
}

# Alto contrasto (Visualizza → Alto contrasto, --high-contrast): the same page, darker
# blues and inks so that every text is at least 7:1 on its background and every control
# edge and the focus ring at least 3:1; black input borders, visible dividers.
HIGH_CONTRAST = {
    **STANDARD,
    "PRIMARY": "#003D7A",
    "PRIMARY_HOVER": "#002952",
    "PRIMARY_PRESSED": "#001A33",
    "TOPBAR": "#00264D",
    "HEADER": "#003366",
    "TEXT": "#000000",
    "TEXT_SECONDARY": "#1A1A1A",
    "TEXT_MUTED": "#2F475E",
    "DARK_SLATE": "#0B1F33",
    "LINK": "#003D7A",
    "LINK_HOVER": "#002952",
    "SUCCESS": "#00573A",
    "WARNING_TEXT": "#6B4000",
    "DANGER": "#A3001F",
    "BORDER": "#000000",
    "DIVIDER": "#5C6F82",
    "SIM_MARKER_BG": "#6B4000",
    "DISABLED_BG": "#F2F2F2",
    # grey, far lighter than the black text (4:1 between them): «Indietro» with no history
    # looks disabled; still readable (5.3:1 on white). WCAG exempts disabled text.
    "DISABLED_TEXT": "#6B6B6B",
}

THEMES = {"standard": STANDARD, "alto_contrasto": HIGH_CONTRAST}
# What each theme promises: text / background at least TEXT_MIN, a control's edge or the
# focus ring against what surrounds it at least UI_MIN (tests/unit/test_contrast.py).
TEXT_MIN = {"standard": 4.5, "alto_contrasto": 7.0}
UI_MIN = {"standard": 3.0, "alto_contrasto": 3.0}

# Every text / background pair the stylesheets and painted widgets use (ui/theme.py,
# ui/docks/_common.py, ui/docks/lesson.py, the trainer console, the wallet's card, the
# pension chart): (text token, background token, where).
TEXT_PAIRS = (
    ("TEXT", "WHITE", "body text, inputs, tables"),
    ("TEXT", "BG_LIGHT", "alert-info, service bar, dock titles, reading pane"),
    ("TEXT", "BG_LIGHT_2", "selected list rows, trainer's notice"),
    ("TEXT", "ALERT_ERROR_BG", "text in an error alert"),
    ("TEXT", "ALERT_SUCCESS_BG", "text in a success alert"),
    ("TEXT", "ALERT_WARNING_BG", "text in a warning alert"),
    ("DARK_SLATE", "WHITE", "h1 h2 h3, code, checked tab"),
    ("DARK_SLATE", "BG_LIGHT", "Fascicolo section buttons, table headers, reading pane title"),
    ("DARK_SLATE", "BG_LIGHT_2", "Fascicolo section button hovered"),
    ("TEXT_SECONDARY", "WHITE", "lead"),
    ("TEXT_SECONDARY", "BG_LIGHT", "wallet card"),
    ("TEXT_MUTED", "WHITE", "muted notes, chart axes"),
    ("TEXT_MUTED", "BG_LIGHT", "muted notes in the reading pane and bands"),
    ("DANGER", "WHITE", "error messages next to fields"),
    ("DANGER", "ALERT_ERROR_BG", "error text in an error alert"),
    ("SUCCESS", "WHITE", "success text, lesson done"),
    ("SUCCESS", "ALERT_SUCCESS_BG", "success text in a success alert"),
    ("WARNING_TEXT", "WHITE", "warning text"),
    ("WARNING_TEXT", "ALERT_WARNING_BG", "warning text in a warning alert (the tutor's feedback)"),
    ("LINK", "WHITE", "links"),
    ("LINK_HOVER", "WHITE", "links hovered"),
    ("LINK", "BG_LIGHT", "links in the service bar and alerts"),
    ("LINK_HOVER", "BG_LIGHT", "Fascicolo sub-menu hovered"),
    ("PRIMARY", "WHITE", "secondary buttons, tiles, lesson position"),
    ("PRIMARY", "BG_LIGHT", "tabs, secondary buttons hovered"),
    ("WHITE", "PRIMARY", "primary buttons"),
    ("WHITE", "PRIMARY_HOVER", "primary buttons hovered"),
    ("WHITE", "PRIMARY_PRESSED", "primary buttons pressed"),
    ("WHITE", "DANGER", "danger buttons, unread badges, NUOVO tags"),
    ("WHITE", "TOPBAR", "the portal's top bar"),
    ("WHITE", "HEADER", "the portal's header band"),
    ("PRIMARY", "WHITE", "the portal mark"),
    ("WHITE", "DARK_SLATE", "navigation bar, footer, lesson mode tag, console header"),
    ("DARK_SLATE", "WHITE", "console header buttons"),
    ("SIM_MARKER_TEXT", "SIM_MARKER_BG", "the SIMULAZIONE band"),
    ("TEXT_MUTED", "WHITE", "placeholder text in input fields"),
    ("HIGHLIGHT_RING", "HIGHLIGHT_EDGE", "the tutor's «Qui» tag"),
)

# Disabled controls (WCAG exempts them from the text minimum): still readable, at least
# DISABLED_TEXT_MIN, and told apart from the enabled ones (tests/unit/test_contrast.py): in
# high contrast, where the palette paints the toolbar and menus, the disabled text is at least
# DISABLED_APART from the enabled text; a disabled button has its grey fill in every theme.
DISABLED_PAIRS = (
    ("DISABLED_TEXT", "DISABLED_BG", "disabled buttons"),
    ("DISABLED_TEXT", "WHITE", "disabled toolbar buttons and menu entries (the high-contrast palette)"),
)
DISABLED_TEXT_MIN = 4.5
DISABLED_APART = 3.0

# Control edges and the focus ring against what is around them: (edge, surround, where).
UI_PAIRS = (
    ("BORDER", "WHITE", "input fields' border"),
    ("BORDER", "BG_LIGHT", "a scroll bar's handle on its groove"),
    ("FOCUS_OUTER", "WHITE", "focus ring on the page"),
    ("FOCUS_OUTER", "BG_LIGHT", "focus ring in the reading pane and bands"),
    ("FOCUS_INNER", "DARK_SLATE", "focus ring on the navigation bar"),
    ("PRIMARY", "WHITE", "a primary button's fill, a secondary button's border"),
    ("DANGER", "WHITE", "a refused field's border"),
    ("PRIMARY", "BG_LIGHT", "a new letter's envelope"),
    ("HIGHLIGHT_EDGE", "WHITE", "the tutor's frame"),
)
# Only in high contrast: the edges that the standard look leaves soft (card and tab outlines).
HIGH_CONTRAST_UI_PAIRS = (
    ("DIVIDER", "WHITE", "card, tab and table outlines"),
    ("DIVIDER", "BG_LIGHT", "tab outlines on the light band"),
)

CURRENT = "standard"


def use(name: str) -> None:
    """Make `name` ("standard" or "alto_contrasto") the current theme's colours."""
    global CURRENT
    globals().update(THEMES[name])
    CURRENT = name


globals().update(STANDARD)

# Typography (px at 100 % zoom)
FONT_FAMILY = "Titillium Web"
FONT_FALLBACK = "DejaVu Sans"
TYPE_SCALE = (12, 14, 16, 18, 20, 24, 28, 32, 40)
BODY = 16
BODY_LARGE = 18  # the "caratteri grandi" setting
SMALL = 14
H1 = 32
H2 = 24
H3 = 20
HEADER_TITLE = 28

# Spacing (px)
SPACING = (4, 8, 12, 16, 20, 24, 32, 40, 48)
S1, S2, S3, S4, S5, S6, S8, S10, S12 = SPACING

# Components
TOPBAR_HEIGHT = 48
INPUT_HEIGHT = 44  # a target: at least TARGET_MIN
BUTTON_PAD_V = 12
BUTTON_PAD_H = 24
BUTTON_FONT = 16
RADIUS = 4
TARGET_MIN = 44  # minimum target size
FOCUS_OUTER_WIDTH = 3
FOCUS_INNER_WIDTH = 2
CONTENT_MAX_WIDTH = 1100

ZOOM_LEVELS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200)

HIGHLIGHT_WIDTH = 6  # the tutor's frame
