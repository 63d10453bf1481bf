"""Visualizza → Alto contrasto, Leggi la pagina ad alta voce, Velocità della lettura.

- *Alto contrasto* (also `--high-contrast`): the theme of ui/tokens.py with every text at
  least 7:1 on its background; switching it restyles every open window (chrome, pages,
  panels). Remembered in the settings (view/high_contrast) unless the window keeps no state
  (--no-state, kiosks).
- *Leggi la pagina ad alta voce*: the main content of the page shown (its headings, texts,
  field names and buttons, in reading order; never what is typed in a field), read by the
  tutor's reader (ui/tutor/speech.py) in Italian.
- *Velocità della lettura*: Lenta / Normale / Veloce, for every reading (page, messages,
  the tutor's step). Remembered in the settings (view/speech_rate).

The window calls `install(window, menu)` once, with its Visualizza menu.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from . import theme

RATE_SETTING = "view/speech_rate"
RATE_NAMES = (("lenta", QT_TRANSLATE_NOOP("Accessibility", "Lenta")),
              ("normale", QT_TRANSLATE_NOOP("Accessibility", "Normale")),
              ("veloce", QT_TRANSLATE_NOOP("Accessibility", "Veloce")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def _settings() -> QSettings:
    return QSettings("PalestraINPS", "PalestraINPS")


def saved_high_contrast() -> bool:
    value = _settings().value(theme.THEME_SETTING, False)
    return value in (True, "true", "1", 1)


def saved_rate() -> str:
    value = str(_settings().value(RATE_SETTING, "normale"))
    return value if value in dict(RATE_NAMES) else "normale"


def install(window, menu) -> None:
    """Add the three entries to the window's Visualizza menu."""
    from .tutor import speech

    menu.addSeparator()
    act = QAction(_tr("Alto contrasto"), window, checkable=True)
    act.setObjectName("act_high_contrast")
    act.setChecked(theme.high_contrast())
    act.toggled.connect(lambda on, w=window: set_high_contrast(w, on))
    menu.addAction(act)
    window.act_high_contrast = act

    read = QAction(_tr("Leggi la pagina ad alta voce"), window)
    read.setObjectName("act_read_page")
    read.setShortcut(QKeySequence("Ctrl+Shift+L"))
    read.triggered.connect(lambda _=False, w=window: read_page(w))
    window.addAction(read)
    menu.addAction(read)
    window.act_read_page = read

    speed = menu.addMenu(_tr("Velocità della lettura"))
    speed.setObjectName("menu_speech_rate")
    group = QActionGroup(window)
    group.setExclusive(True)
    current = saved_rate() if getattr(window, "keep_state", False) else _rate_name(speech.rate())
    window.rate_actions = {}
    for key, name in RATE_NAMES:
        a = QAction(_tr(name), window, checkable=True)
        a.setObjectName(f"act_speech_rate_{key}")
        a.setChecked(key == current)
        a.triggered.connect(lambda _=False, k=key, w=window: set_rate(w, k))
        group.addAction(a)
        speed.addAction(a)
        window.rate_actions[key] = a
    speech.set_rate(speech.RATES[current])


def _rate_name(value: float) -> str:
    from .tutor import speech

    return min(speech.RATES, key=lambda k: abs(speech.RATES[k] - value))


def set_rate(window, key: str) -> None:
    from .tutor import speech

    speech.set_rate(speech.RATES[key])
    for other in _main_windows():
        act = getattr(other, "rate_actions", {}).get(key)
        if act is not None and not act.isChecked():
            act.setChecked(True)
    if getattr(window, "keep_state", False):
        _settings().setValue(RATE_SETTING, key)


# -- high contrast ---------------------------------------------------------------------------------

def _main_windows() -> list:
    from .browser.window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def set_high_contrast(window, on: bool) -> None:
    """Switch the theme and restyle every open window; remember it (unless --no-state)."""
    changed = theme.set_theme(theme.theme_name(bool(on)))
    if changed:
        theme.apply_palette(QApplication.instance())
    if getattr(window, "keep_state", False):
        _settings().setValue(theme.THEME_SETTING, bool(on))
    windows = _main_windows()
    if window not in windows:
        windows.append(window)
    for w in windows:
        act = getattr(w, "act_high_contrast", None)
        if act is not None and act.isChecked() != bool(on):
            act.blockSignals(True)
            act.setChecked(bool(on))
            act.blockSignals(False)
        if changed:
            restyle(w)


def restyle(window) -> None:
    """Apply the current theme to what a window shows: its chrome, every tab (the page is
    rebuilt, as Caratteri grandi does) and every panel built so far."""
    window._apply_chrome_style()
    for i in range(window.tabs.count()):
        window.tabs.widget(i).restyle()
    for panel in window.dock_panels.built().values():
        if hasattr(panel, "_large"):
            panel._large = None  # the panels restyle when what they were styled for changed
        for method in ("apply_style", "_apply_style"):
            if hasattr(panel, method):
                getattr(panel, method)()
                break
        panel.refresh()
        panel.update()
    for viewer in getattr(window, "pdf_viewers", []):
        if hasattr(viewer, "apply_zoom"):
            viewer.apply_zoom()  # its stylesheet, in the new theme's colours
        viewer.update()


# -- reading the page aloud -------------------------------------------------------------------------

def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        from PySide6.QtGui import QTextDocumentFragment

        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


def content_root(page: QWidget) -> QWidget:
    """The page's main content: its content column (no portal header, menu and footer)."""
    columns = [c for c in page.findChildren(QWidget, "ContentColumn") if c.isVisibleTo(page)]
    return columns[0] if columns else page


def page_text(page: QWidget) -> str:
    """What «Leggi la pagina ad alta voce» reads: the visible texts of the main content in
    reading order (the order of the layouts: a column is read to its end before the next),
    buttons and links said as such; the content of input fields is never read (a PIN)."""
    root = content_root(page)
    out: list[str] = []
    for widget in _in_layout_order(root):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            text = _plain(widget.text())
            kind = "label"
        elif isinstance(widget, QAbstractButton):
            text = _plain(widget.accessibleName() or widget.text())
            kind = "link" if widget.property("role") in ("link", "biglink") else "button"
        else:
            continue
        if not text or text == "|":
            continue
        if kind == "link":
            text = _tr("Collegamento: %1.").replace("%1", text)
        elif kind == "button":
            text = _tr("Pulsante: %1.").replace("%1", text)
        if not out or out[-1] != text:
            out.append(text)
    return " ".join(t if t.endswith((".", ":", "?", "!", "»")) else t + "." for t in out)


def _in_layout_order(root: QWidget):
    """The labels and buttons under `root`, in the order their layouts show them; a button's
    own labels are not visited (the button is said once, by its name)."""
    seen: set[int] = set()

    def visit(widget: QWidget):
        if id(widget) in seen:
            return
        seen.add(id(widget))
        yield widget
        if isinstance(widget, (QAbstractButton, QLabel)):
            return
        layout = widget.layout()
        if layout is not None:
            yield from layout_items(layout)
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            yield from visit(child)  # children outside the layout (or a scroll area's viewport)

    def layout_items(layout):
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is not None:
                yield from visit(item.widget())
            elif item.layout() is not None:
                yield from layout_items(item.layout())

    yield from visit(root)


def _inside_button(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def reader_for(owner):
    """One reader per window (or panel): a new reading stops the previous one."""
    from .tutor.speech import Reader

    reader = getattr(owner, "_speech_reader", None)
    if reader is None:
        reader = Reader(owner)
        owner._speech_reader = reader
    return reader


def read_page(window) -> str:
    """Read the current page's main content aloud; returns the text given to the reader."""
    from .tutor.speech import no_voice_text

    tab = window.current_tab()
    if tab is None or tab.page is None:
        return ""
    text = page_text(tab.page)
    if not text:
        return ""
    reader_for(window).say(text, lambda _message, w=window: say_problem(w, no_voice_text()))
    return text


def say_problem(window, message: str) -> None:
    """No voice: say it where it is seen, in the band under SIMULAZIONE (until closed)."""
    window.statusBar().showMessage(message, 15000)
    notice = getattr(window, "classroom_notice", None)
    if notice is not None:
        notice(message)


def read_aloud(owner, text: str, on_problem) -> None:
    """For the panels: read `text`, or call on_problem(message) with the Italian message."""
    from .tutor.speech import no_voice_text

    reader_for(owner).say(text, lambda _message: on_problem(no_voice_text()))


__all__ = ["content_root", "install", "page_text", "read_aloud", "read_page", "restyle", "saved_high_contrast",
           "saved_rate", "set_high_contrast", "set_rate"]


def pdf_text(data: bytes) -> str:
    """The text of a PDF (a letter, a document), to be read aloud; the SIMULAZIONE
    watermark and the page numbers are left out."""
    import io
    import re

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(bytes(data)))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception:  # noqa: BLE001 - a PDF pypdf cannot read: nothing to read, the viewer still shows it
        return ""
    lines = []
    for text in pages:
        for line in text.splitlines():
            line = line.replace("SIMULAZIONE", " ").strip()
            if not line or re.fullmatch(r"(Pagina|pag\.)?\s*\d+(\s*(di|/)\s*\d+)?", line, re.I):
                continue
            lines.append(line)
    return " ".join(" ".join(lines).split())
