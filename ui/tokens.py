"""Design tokens (LOOK.md: Bootstrap Italia / design-tokens-italia values).

Every colour, size and spacing used by the program lives here; the QSS is built
from these values (ui/theme.py) and widgets never hard-code a hex value.
"""
from __future__ import annotations

# Colours
PRIMARY = "#0066CC"
PRIMARY_HOVER = "#004D99"
PRIMARY_PRESSED = "#003366"
TOPBAR = "#0059B3"
HEADER = "#0066CC"
TEXT = "#1A1A1A"
TEXT_SECONDARY = "#2F475E"
TEXT_MUTED = "#5C6F82"
DARK_SLATE = "#17324D"
LINK = "#0066CC"
LINK_HOVER = "#004D99"
SUCCESS = "#008055"
WARNING_TEXT = "#995C00"
DANGER = "#CC334D"
BG_LIGHT = "#F2F7FC"
BG_LIGHT_2 = "#BFDFFF"
WHITE = "#FFFFFF"
BORDER = "#5C6F82"  # input borders: 5.2:1 on white
DIVIDER = "#D9DADB"
FOCUS_OUTER = "#000000"
FOCUS_INNER = "#FFFFFF"
SIM_MARKER_BG = "#995C00"  # the SIMULAZIONE band: white text on dark amber (5.9:1)
SIM_MARKER_TEXT = "#FFFFFF"

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
INPUT_HEIGHT = 40
BUTTON_PAD_V = 12
BUTTON_PAD_H = 24
BUTTON_FONT = 16
RADIUS = 4
TARGET_MIN = 44  # minimum target size
FOCUS_OUTER_WIDTH = 3
FOCUS_INNER_WIDTH = 2
CONTENT_MAX_WIDTH = 1100

ZOOM_LEVELS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200)

# The tutor's "Mostra dove" frame: black, yellow, black (visible on white, on the blue
# buttons and on the dark bars alike); the "Qui" tag uses the same two colours.
HIGHLIGHT_RING = "#FFD400"
HIGHLIGHT_EDGE = "#000000"
HIGHLIGHT_WIDTH = 6
