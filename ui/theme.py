"""Fonts and the QSS built from ui/tokens.py, scaled by the zoom factor."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase

from . import tokens as T

if TYPE_CHECKING:  # imported when needed, as the function below does
    from PySide6.QtGui import QPalette


@lru_cache(maxsize=1)
def load_fonts() -> str:
    """Register Titillium Web (OFL, fontpkg-titillium-web); return the family to use."""
    try:
        import fontpkg_titillium_web as pkg

        folder = Path(pkg.__file__).parent / "files"
        families = set()
        for name in ("Regular", "SemiBold", "Bold", "Italic"):
            font_id = QFontDatabase.addApplicationFont(str(folder / f"TitilliumWeb-{name}.ttf"))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
        if T.FONT_FAMILY in families:
            return T.FONT_FAMILY
    except (ImportError, OSError):  # pragma: no cover - declared dependency; fall back quietly
        pass
    return T.FONT_FALLBACK


# -- the one zoom of the program ---------------------------------------------------------------
# Ctrl + / Ctrl - / Ctrl 0 (MainWindow.set_zoom) scale everything together: the page, the
# panels, the tutor, the toolbar, the menus and the dialogs. Every size in the stylesheets
# below is a token times factor(): the zoom (50-200 %) times 18/16 with Caratteri grandi.
_ZOOM = 100


def zoom() -> int:
    """The program's zoom in percent (what every stylesheet built now is scaled by)."""
    return _ZOOM


def set_zoom(percent: int) -> bool:
    """Make `percent` (clamped to the zoom levels' range) the program's zoom; True if it
    changed (the caller restyles what is open: MainWindow.set_zoom)."""
    global _ZOOM
    percent = min(max(int(percent), T.ZOOM_LEVELS[0]), T.ZOOM_LEVELS[-1])
    if percent == _ZOOM:
        return False
    _ZOOM = percent
    return True


def factor(large: bool = False, zoom_percent: int | None = None) -> float:
    """How much bigger than the tokens' 100 % sizes: the zoom times the large-text step."""
    z = _ZOOM if zoom_percent is None else zoom_percent
    return z / 100 * ((T.BODY_LARGE / T.BODY) if large else 1.0)


def style_key(large: bool = False) -> tuple:
    """What a stylesheet depends on: a panel restyles when this changes."""
    return (bool(large), T.CURRENT, _ZOOM)


def app_font(large: bool = False, zoom_percent: int | None = None) -> QFont:
    """The application's font (menus, the menu bar, Qt's own dialogs, every text no
    stylesheet sizes), at the program's zoom."""
    font = QFont(load_fonts())
    font.setPixelSize(_px(T.BODY, factor(large, zoom_percent)))
    return font


def _px(value: float, scale: float) -> int:
    return max(1, round(value * scale))


def page_font(zoom_percent: int | None = None, large: bool = False) -> QFont:
    """The page area's base font: inherited by every widget the stylesheet does not size
    (cheaper than a universal stylesheet rule, which every widget would have to match)."""
    font = QFont(load_fonts())
    font.setPixelSize(_px(T.BODY, factor(large, zoom_percent)))
    return font


def base_qss(zoom_percent: int | None = None, large: bool = False) -> str:
    """A universal text rule, for widget trees built once (dock panels, dialogs); the
    page area gets the same through page_font()/page_palette(), which cost nothing per page.
    Without a zoom: the program's (theme.zoom())."""
    s = factor(large, zoom_percent)
    fam = f'"{load_fonts()}", "{T.FONT_FALLBACK}"'
    return f"QWidget {{ font-family: {fam}; font-size: {_px(T.BODY, s)}px; color: {T.TEXT}; }}\n"


def page_palette(base) -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(base)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(T.TEXT))
    palette.setColor(QPalette.ColorRole.Window, QColor(T.WHITE))
    palette.setColor(QPalette.ColorRole.Base, QColor(T.WHITE))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(T.TEXT_MUTED))  # Qt's own is too pale
    return palette


def page_qss(zoom_percent: int | None = None, large: bool = False) -> str:
    """Stylesheet for the page area of a tab (scaled by zoom; without one, the program's),
    in the current theme."""
    return _page_qss(_ZOOM if zoom_percent is None else zoom_percent, large, T.CURRENT)


def _fascicolo_menu_qss(p) -> str:
    """The Fascicolo's menu (seed 000): section titles on a light band, their voci as links."""
    return f"""
QPushButton[menu="section"] {{ text-align: left; background: {T.BG_LIGHT}; color: {T.DARK_SLATE};
  border: none; border-left: {p(5)}px solid {T.PRIMARY}; border-radius: 0; padding: {p(10)}px {p(12)}px;
  font-weight: 700; min-height: {p(T.TARGET_MIN - 20)}px; }}
QPushButton[menu="section"]:hover {{ background: {T.BG_LIGHT_2}; }}
QPushButton[menu="section"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton[menu="sub"] {{ text-align: left; background: {T.WHITE}; color: {T.LINK}; border: none;
  border-radius: 0; padding: {p(8)}px {p(12)}px {p(8)}px {p(30)}px; font-weight: 400; text-decoration: underline;
  min-height: {p(T.TARGET_MIN - 20)}px; }}
QPushButton[menu="sub"]:hover {{ background: {T.BG_LIGHT}; color: {T.LINK_HOVER}; }}
QPushButton[menu="sub"][current="true"] {{ background: {T.PRIMARY}; color: {T.WHITE}; text-decoration: none;
  font-weight: 700; }}
QPushButton[menu="sub"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QWidget#FascicoloMenu {{ border: 1px solid {T.DIVIDER}; background: {T.WHITE}; }}
"""


def _scrollbar_qss(p) -> str:
    """Flat scroll bars, wider than Qt's (an easier target for an unsteady hand): a dark
    handle on a light groove, blue while held. Drawn from the stylesheet, a scroll bar
    paints in a few hundredths of a millisecond; Fusion's gradients took 1.5 ms on every
    page switch (the bar changes with each page's height)."""
    return f"""
QScrollBar:vertical {{ background: {T.BG_LIGHT}; width: {p(16)}px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {T.BG_LIGHT}; height: {p(16)}px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {T.BORDER}; border-radius: {p(4)}px; margin: {p(3)}px; }}
QScrollBar::handle:vertical {{ min-height: {T.TARGET_MIN}px; }}
QScrollBar::handle:horizontal {{ min-width: {T.TARGET_MIN}px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {T.PRIMARY}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


@lru_cache(maxsize=32)
def _page_qss(zoom_percent: int, large: bool, _theme: str) -> str:
    s = factor(large, zoom_percent)
    p = lambda v: _px(v, s)  # noqa: E731
    return f"""
QWidget#PageRoot {{ background: {T.WHITE}; }}
QScrollArea#PageScroll, QWidget#PageViewport {{ background: {T.WHITE}; border: none; }}
QLabel {{ background: transparent; font-size: {p(T.BODY)}px; }}
QLabel[role="h1"] {{ font-size: {p(T.H1)}px; font-weight: 600; color: {T.DARK_SLATE}; }}
QLabel[role="h2"] {{ font-size: {p(T.H2)}px; font-weight: 600; color: {T.DARK_SLATE}; }}
QLabel[role="h3"] {{ font-size: {p(T.H3)}px; font-weight: 600; color: {T.DARK_SLATE}; }}
QLabel[role="lead"] {{ font-size: {p(T.BODY_LARGE)}px; color: {T.TEXT_SECONDARY}; }}
QLabel[role="muted"] {{ color: {T.TEXT_MUTED}; font-size: {p(T.SMALL)}px; }}
QLabel[role="error"] {{ color: {T.DANGER}; font-weight: 600; }}
QLabel[role="success"] {{ color: {T.SUCCESS}; font-weight: 600; }}
QLabel[role="warning"] {{ color: {T.WARNING_TEXT}; font-weight: 600; }}
QLabel[role="fieldlabel"] {{ font-weight: 600; color: {T.TEXT}; }}
QLabel[role="code"] {{ font-size: {p(T.H2)}px; font-weight: 700; letter-spacing: 2px; color: {T.DARK_SLATE}; }}
QLabel#LinkText {{ color: {T.LINK}; text-decoration: underline; }}
QLabel#ButtonText {{ color: {T.WHITE}; font-weight: 600; font-size: {p(T.BUTTON_FONT)}px; }}
QLabel#ButtonTextBlue {{ color: {T.PRIMARY}; font-weight: 600; font-size: {p(T.BUTTON_FONT)}px; }}
QLabel#TileTitle {{ color: {T.PRIMARY}; font-weight: 700; font-size: {p(T.H3)}px; }}
QPushButton#EnterMyInps {{ font-size: {p(T.H3)}px; padding: {p(14)}px {p(32)}px; }}
QFrame[role="alert-info"] {{ background: {T.BG_LIGHT}; border-left: {p(6)}px solid {T.PRIMARY}; }}
QFrame[role="alert-error"] {{ background: {T.ALERT_ERROR_BG}; border-left: {p(6)}px solid {T.DANGER}; }}
QFrame[role="alert-success"] {{ background: {T.ALERT_SUCCESS_BG}; border-left: {p(6)}px solid {T.SUCCESS}; }}
QFrame[role="alert-warning"] {{ background: {T.ALERT_WARNING_BG}; border-left: {p(6)}px solid {T.WARNING_TEXT}; }}
QFrame[role="card"] {{ background: {T.WHITE}; border: 1px solid {T.DIVIDER}; border-radius: {T.RADIUS}px; }}
QFrame[role="band"] {{ background: {T.BG_LIGHT}; }}
QWidget#TopBar {{ background: {T.TOPBAR}; min-height: {p(T.TOPBAR_HEIGHT)}px; }}
QWidget#TopBar QLabel, QWidget#HeaderBand QLabel {{ color: {T.WHITE}; }}
QWidget#HeaderBand {{ background: {T.HEADER}; }}
QWidget#HeaderBand QLabel#PortalTitle {{ font-size: {p(T.HEADER_TITLE)}px; font-weight: 600; color: {T.WHITE}; }}
QWidget#HeaderBand QLabel#PortalMark {{ background: {T.WHITE}; color: {T.PRIMARY}; font-weight: 700; font-size: {p(T.H3)}px; min-width: {p(48)}px; min-height: {p(48)}px; qproperty-alignment: AlignCenter; }}
QWidget#NavBar {{ background: {T.DARK_SLATE}; }}
QWidget#NavBar QPushButton {{ background: transparent; color: {T.WHITE}; border: none; font-weight: 600; padding: {p(8)}px {p(10)}px; min-height: {p(T.TARGET_MIN - 16)}px; text-align: left; }}
QWidget#NavBar QPushButton:hover {{ text-decoration: underline; }}
QWidget#NavBar QPushButton:focus {{ border: {p(3)}px solid {T.WHITE}; }}
QWidget#ServiceBar {{ background: {T.BG_LIGHT}; border-bottom: 1px solid {T.DIVIDER}; }}
QWidget#Footer {{ background: {T.DARK_SLATE}; }}
QWidget#Footer QLabel {{ color: {T.WHITE}; }}
QWidget#Footer QPushButton[role="link"] {{ color: {T.WHITE}; }}
QPushButton {{ background: {T.PRIMARY}; color: {T.WHITE}; border: 2px solid {T.PRIMARY}; border-radius: {T.RADIUS}px;
  padding: {p(T.BUTTON_PAD_V - 2)}px {p(T.BUTTON_PAD_H)}px; font-size: {p(T.BUTTON_FONT)}px; font-weight: 600; min-height: {p(20)}px; }}
QPushButton:hover {{ background: {T.PRIMARY_HOVER}; border-color: {T.PRIMARY_HOVER}; }}
QPushButton:pressed {{ background: {T.PRIMARY_PRESSED}; }}
QPushButton:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton:disabled {{ background: {T.DISABLED_BG}; border-color: {T.DISABLED_BG}; color: {T.DISABLED_TEXT}; }}
QPushButton[role="secondary"] {{ background: {T.WHITE}; color: {T.PRIMARY}; border: 2px solid {T.PRIMARY}; }}
QPushButton[role="secondary"]:hover {{ background: {T.BG_LIGHT}; }}
QPushButton[role="secondary"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton[role="danger"] {{ background: {T.DANGER}; border-color: {T.DANGER}; }}
QPushButton[role="link"] {{ background: transparent; color: {T.LINK}; border: {p(3)}px solid transparent; padding: {p(4)}px {p(2)}px;
  text-decoration: underline; text-align: left; font-weight: 400; min-height: {p(28)}px; }}
QPushButton[role="link"]:hover {{ color: {T.LINK_HOVER}; }}
QPushButton[role="link"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton[role="biglink"] {{ background: {T.WHITE}; color: {T.PRIMARY}; border: 2px solid {T.PRIMARY}; font-size: {p(T.H3)}px;
  font-weight: 700; text-align: left; padding: {p(16)}px {p(20)}px; }}
QPushButton[role="biglink"]:hover {{ background: {T.BG_LIGHT}; }}
QPushButton[role="biglink"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QPushButton[role="tab"] {{ background: {T.BG_LIGHT}; color: {T.PRIMARY}; border: 1px solid {T.DIVIDER}; border-bottom: none; border-radius: 0;
  font-size: {p(T.BODY_LARGE)}px; font-weight: 700; padding: {p(10)}px {p(28)}px; }}
QPushButton[role="tab"]:checked {{ background: {T.WHITE}; color: {T.DARK_SLATE}; border-top: {p(4)}px solid {T.PRIMARY}; }}
QPushButton[role="tab"]:focus {{ border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
  background: {T.WHITE}; color: {T.TEXT}; placeholder-text-color: {T.TEXT_MUTED}; border: 1px solid {T.BORDER}; border-radius: {T.RADIUS}px;
  padding: {p(6)}px {p(10)}px; min-height: {p(T.INPUT_HEIGHT - 14)}px; font-size: {p(T.BODY)}px; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
  border: {p(3)}px solid {T.FOCUS_OUTER}; }}
QLineEdit[invalid="true"] {{ border: {p(2)}px solid {T.DANGER}; }}
QCheckBox, QRadioButton {{ spacing: {p(10)}px; min-height: {p(T.TARGET_MIN - 10)}px; font-size: {p(T.BODY)}px;
  padding: {p(2)}px {p(8)}px {p(2)}px {p(4)}px; border: {p(3)}px solid transparent; border-radius: {T.RADIUS}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {p(22)}px; height: {p(22)}px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {T.FOCUS_OUTER}; }}
QTableWidget, QTableView, QTreeWidget, QListWidget {{ background: {T.WHITE}; border: 1px solid {T.DIVIDER}; gridline-color: {T.DIVIDER};
  font-size: {p(T.BODY)}px; }}
QHeaderView::section {{ background: {T.BG_LIGHT}; color: {T.DARK_SLATE}; font-weight: 600; padding: {p(6)}px; border: none;
  font-size: {p(T.BODY)}px;
  border-bottom: 2px solid {T.PRIMARY}; }}
""" + _fascicolo_menu_qss(p) + _scrollbar_qss(p)


def chrome_qss(large: bool = False, zoom_percent: int | None = None) -> str:
    """Stylesheet for the window chrome (toolbar, address bar, tabs, docks, menus, status
    bar), in the current theme, at the program's zoom."""
    return _chrome_qss(large, T.CURRENT, _ZOOM if zoom_percent is None else zoom_percent)


@lru_cache(maxsize=16)
def _chrome_qss(large: bool, _theme: str, zoom_percent: int) -> str:
    s = factor(large, zoom_percent)
    p = lambda v: _px(v, s)  # noqa: E731
    return f"""
QToolBar, QStatusBar, QStatusBar QLabel, QMenuBar, QMenu, QDockWidget, QTabBar {{ font-size: {p(T.BODY)}px; }}
QMenuBar::item {{ padding: {p(6)}px {p(10)}px; }}
QMenu::item {{ padding: {p(8)}px {p(28)}px {p(8)}px {p(34)}px; }}
QMenu::indicator {{ width: {p(18)}px; height: {p(18)}px; left: {p(8)}px; }}
QMenu::indicator:non-exclusive:unchecked {{ border: 2px solid {T.BORDER}; background: {T.WHITE}; border-radius: 3px; }}
QMenu::indicator:non-exclusive:checked {{ border: 2px solid {T.PRIMARY}; background: {T.PRIMARY}; border-radius: 3px; }}
QMenu::indicator:exclusive:unchecked {{ border: 2px solid {T.BORDER}; background: {T.WHITE}; border-radius: {p(9)}px; }}
QMenu::indicator:exclusive:checked {{ border: {p(5)}px solid {T.PRIMARY}; background: {T.WHITE}; border-radius: {p(9)}px; }}
QToolBar QLabel, QToolBar QComboBox {{ font-size: {p(T.BODY)}px; }}
QToolBar QComboBox {{ min-height: {p(T.INPUT_HEIGHT - 2)}px; padding: 0 {p(8)}px; }}  /* + 1 px border each side = a 44 px target */
QLabel#SimMarker {{ background: {T.SIM_MARKER_BG}; color: {T.SIM_MARKER_TEXT}; font-weight: 700; padding: {p(4)}px {p(12)}px;
  font-size: {p(T.SMALL)}px; }}
QWidget#TrainerNotice {{ background: {T.BG_LIGHT_2}; border-bottom: 2px solid {T.PRIMARY}; }}
QLabel#TrainerNoticeText {{ color: {T.TEXT}; font-size: {p(T.BODY)}px; font-weight: 600; }}
QWidget#TrainerNotice QPushButton {{ min-height: {p(T.TARGET_MIN)}px; padding: {p(4)}px {p(16)}px; font-size: {p(T.BODY)}px; }}
QToolBar#NavigationToolbar {{ spacing: {p(6)}px; padding: {p(2)}px {p(4)}px; background: palette(window); border: none; border-bottom: 1px solid {T.DIVIDER}; }}
QToolBar#NavigationToolbar QToolButton {{ min-width: {p(T.TARGET_MIN)}px; min-height: {max(T.TARGET_MIN, p(T.TARGET_MIN - 12))}px;
  padding: 2px {p(8)}px; font-size: {p(T.BODY)}px; }}
QToolBar#NavigationToolbar QToolButton:focus {{ border: 3px solid {T.FOCUS_OUTER}; }}
QToolBar#NavigationToolbar QToolButton#qt_toolbar_ext_button {{ min-width: 0; padding: 0; font-size: {p(T.H3)}px; font-weight: 700; }}
QLineEdit#AddressBar {{ min-width: {p(220)}px; min-height: {p(T.INPUT_HEIGHT - 6)}px; font-size: {p(T.BODY)}px; padding: 2px {p(10)}px;
  border: 1px solid {T.BORDER}; border-radius: {p(18)}px; }}
QLineEdit#AddressBar:focus {{ border: 3px solid {T.FOCUS_OUTER}; }}
QTabBar::tab {{ min-height: {p(T.TARGET_MIN)}px; padding: 2px {p(12)}px; font-size: {p(T.SMALL)}px; max-width: {p(300)}px; }}
QTabBar QToolButton#TabClose {{ min-width: {p(T.TARGET_MIN)}px; min-height: {p(T.TARGET_MIN)}px; max-width: {p(T.TARGET_MIN)}px;
  max-height: {p(T.TARGET_MIN)}px; font-size: {p(T.H3)}px; font-weight: 700; color: {T.TEXT}; background: transparent;
  border: {p(3)}px solid transparent; border-radius: {T.RADIUS}px; padding: 0; }}
QTabBar QToolButton#TabClose:hover {{ background: {T.BG_LIGHT_2}; }}
QTabBar QToolButton#TabClose:focus {{ border-color: {T.FOCUS_OUTER}; }}
QDockWidget::title {{ background: {T.BG_LIGHT}; padding: {p(6)}px; font-weight: 600; }}
QDockWidget QPushButton {{ min-height: {p(36)}px; padding: {p(4)}px {p(12)}px; font-size: {p(T.BODY)}px; }}
QDockWidget QListWidget {{ font-size: {p(T.BODY)}px; }}
QDockWidget QLabel[role="badge"] {{ background: {T.DANGER}; color: {T.WHITE}; border-radius: {p(10)}px; padding: 0 {p(6)}px; font-weight: 700; }}
QDockWidget QLabel[role="muted"] {{ color: {T.TEXT_MUTED}; }}
QDockWidget QLabel[role="h3"] {{ font-size: {p(T.H3)}px; font-weight: 600; color: {T.DARK_SLATE}; }}
""" + _scrollbar_qss(p)


# -- themes ----------------------------------------------------------------------------------
THEME_SETTING = "view/high_contrast"  # QSettings key of Visualizza → Alto contrasto


def theme_name(high_contrast: bool) -> str:
    return "alto_contrasto" if high_contrast else "standard"


def set_theme(name: str) -> bool:
    """Make `name` the colours of every stylesheet built from now on (the caches are keyed
    by theme). Returns True if it changed; the caller restyles what is open
    (MainWindow.set_high_contrast)."""
    if name == T.CURRENT:
        return False
    T.use(name)
    return True


def high_contrast() -> bool:
    return T.CURRENT == "alto_contrasto"


def apply_palette(app) -> None:
    """The application's palette (menus, menu bar, toolbar, dock tabs, status bar, Qt's own
    dialogs): in high contrast built from the tokens (black on white, disabled text still
    7:1, the selection in the primary blue); otherwise the style's own."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(app.style().standardPalette())
    if high_contrast():
        R, G = QPalette.ColorRole, QPalette.ColorGroup
        for role, token in ((R.Window, T.WHITE), (R.WindowText, T.TEXT), (R.Base, T.WHITE), (R.AlternateBase, T.BG_LIGHT),
                            (R.Text, T.TEXT), (R.Button, T.WHITE), (R.ButtonText, T.TEXT), (R.BrightText, T.WHITE),
                            (R.Highlight, T.PRIMARY), (R.HighlightedText, T.WHITE), (R.ToolTipBase, T.WHITE),
                            (R.ToolTipText, T.TEXT), (R.PlaceholderText, T.TEXT_MUTED), (R.Link, T.LINK),
                            (R.Mid, T.DIVIDER), (R.Dark, T.BORDER), (R.Shadow, T.BORDER)):
            palette.setColor(role, QColor(token))
        for role in (R.WindowText, R.Text, R.ButtonText):
            palette.setColor(G.Disabled, role, QColor(T.DISABLED_TEXT))
    app.setPalette(palette)
