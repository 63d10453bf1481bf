"""The parts that keep a page switch short behave as the widgets they stand for: a
wrapped label's remembered heights and size hints follow its text and font, what a page
leaves for after its paint does come (also when nobody will ever paint it) and is there at
once for whoever looks at the whole page, and a page is laid out once per switch."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from tests.helpers import find, make_window, page, wait_url
from ui.pages.base import Page
from ui.urls import WELCOME_URL
from ui.widgets.common import Button, label, reading_order


def test_a_wrapped_label_measures_again_when_its_text_or_font_changes(qtbot):
    lab = label("Una riga breve.")
    qtbot.addWidget(lab)
    lab.ensurePolished()
    short = lab.heightForWidth(200)
    assert lab.heightForWidth(200) == short  # remembered
    lab.setText("Un testo molto più lungo che a duecento punti di larghezza va a capo più volte, "
                "riga dopo riga, fino alla fine del paragrafo.")
    longer = lab.heightForWidth(200)
    assert longer > short
    font = QFont(lab.font())
    font.setPixelSize(font.pixelSize() * 2 if font.pixelSize() > 0 else 32)
    lab.setFont(font)
    assert lab.heightForWidth(200) > longer
    lab.setContentsMargins(0, 20, 0, 20)
    assert lab.heightForWidth(200) > longer + 30


def test_a_label_restyled_by_its_parent_is_measured_again(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    lab = label("Testo del paragrafo che va a capo in una colonna stretta, su più righe.")
    lab.setParent(holder)
    holder.setStyleSheet("QLabel { font-size: 12px; }")
    lab.ensurePolished()
    small = lab.heightForWidth(150)
    holder.setStyleSheet("QLabel { font-size: 30px; }")
    lab.ensurePolished()
    assert lab.heightForWidth(150) > small


def test_the_welcome_page_shows_its_first_cards_then_all_of_them(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.current_tab().navigate(WELCOME_URL)
    wait_url(qtbot, window, WELCOME_URL)
    welcome = page(window)
    assert welcome._pending, "the later cards wait for the page's paint"
    qtbot.waitUntil(lambda: not welcome._pending, timeout=3000)
    assert len(welcome.cards) > 3


def test_what_waits_for_a_paint_comes_also_on_a_page_never_shown(qtbot, db_path):
    from ui.pages.base import Page

    window = make_window(qtbot, db_path)
    tab = window.current_tab()
    ctx = window.page_context(tab, tab.resolved)
    ctx.parent = None
    hidden = Page(ctx)  # never shown: no paint will come
    qtbot.addWidget(hidden)
    calls = []
    hidden.after_painted(lambda: calls.append("done"))
    qtbot.waitUntil(lambda: calls == ["done"], timeout=2000)


def test_a_label_measured_before_its_style_is_measured_again_once_styled(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    small = holder.font()
    small.setPixelSize(12)  # whatever font an earlier test left to the application
    holder.setFont(small)
    holder.setStyleSheet("QLabel { font-size: 30px; padding: 20px; }")
    lab = label("Testo del paragrafo che va a capo in una colonna stretta, su più righe.")
    lab.setParent(holder)
    before = lab.heightForWidth(150)  # not polished yet: Qt's default font, no padding
    lab.ensurePolished()
    assert lab.heightForWidth(150) > before * 2


def test_a_wrapped_label_s_size_hints_follow_its_text_and_font(qtbot):
    lab = label("Breve.")
    qtbot.addWidget(lab)
    lab.ensurePolished()
    short = lab.sizeHint()
    assert lab.sizeHint() == short and lab.minimumSizeHint() == lab.minimumSizeHint()  # remembered
    lab.setText("Un paragrafo ben più lungo, con parole lunghissime come precipitevolissimevolmente.")
    assert lab.sizeHint().width() > short.width()
    assert lab.minimumSizeHint().width() >= QFontMetricsF(lab.font()).horizontalAdvance("precipitevolissimevolmente")
    wide = lab.sizeHint()
    font = QFont(lab.font())
    font.setPixelSize(40)
    lab.setFont(font)
    assert lab.sizeHint().height() > wide.height()


class _TallPage(Page):
    """A button on the first screen, two below the fold. (At module level: a widget class
    made inside a test can go before its widget does, and Qt would call into nothing.)"""

    def build(self, body):
        self.built: list[str] = []
        body.addWidget(self._button("In alto"))
        self.below_the_fold(body, self.lower)

    def lower(self, lay):
        self.built.append("lower")
        for text in ("Primo in basso", "Secondo in basso"):
            lay.addWidget(self._button(text))

    @staticmethod
    def _button(text):
        widget = Button(text)
        widget.setAccessibleName(text)
        return widget


def _tall_page(qtbot, window) -> _TallPage:
    tab = window.current_tab()
    ctx = window.page_context(tab, tab.resolved)
    ctx.parent = None
    tall = _TallPage(ctx)
    tall.resize(600, 400)
    return tall


def _dispose(qtbot, tall) -> None:
    """Gone before the window whose world it shows (qtbot would close it after)."""
    tall.close()
    tall.deleteLater()
    qtbot.wait(1)


def test_what_lies_below_the_fold_comes_right_after_the_first_paint(qtbot, db_path):
    window = make_window(qtbot, db_path)
    tall = _tall_page(qtbot, window)
    tall.show()
    assert tall.built == []  # the first paint shows only the top
    qtbot.waitUntil(lambda: tall.built == ["lower"], timeout=2000)
    qtbot.waitUntil(lambda: find(tall, "Secondo in basso", QPushButton).isVisible(), timeout=2000)
    tall.build_below_the_fold()
    assert tall.built == ["lower"]  # built once
    _dispose(qtbot, tall)


def test_whoever_looks_at_the_whole_page_finds_the_part_below_the_fold_at_once(qtbot, db_path):
    window = make_window(qtbot, db_path)
    tall = _tall_page(qtbot, window)
    tall.show()
    qtbot.waitExposed(tall)
    # parts() (the tests' find(), the tutor's page scope) builds what is still waiting, shown at once
    lower = find(tall, "Secondo in basso", QPushButton)
    assert tall.built == ["lower"] and lower.isVisible()
    # Tab goes top to bottom through the part that came later, in reading order
    order = [w.text() for w in reading_order(tall)]
    assert order == ["In alto", "Primo in basso", "Secondo in basso"]
    after = find(tall, "In alto", QPushButton).nextInFocusChain()
    while not (after.focusPolicy() & Qt.FocusPolicy.TabFocus and after.isVisible()):
        after = after.nextInFocusChain()
    assert after is find(tall, "Primo in basso", QPushButton)
    _dispose(qtbot, tall)


def test_the_home_builds_its_top_first_and_the_rest_after_its_paint(qtbot, db_path):
    from app.services import portal_content
    from ui.browser.router import HOME_URL, PIN_MENU_URL

    window = make_window(qtbot, db_path)
    window.current_tab().navigate(HOME_URL)
    home = page(window)
    assert home._below_the_fold, "Utente and Servizi Online wait for the first paint"
    qtbot.waitUntil(lambda: not home._below_the_fold, timeout=3000)
    shown = [c for c in home.news_grid.findChildren(QFrame) if c.property("role") == "card"]
    assert len(shown) == len(portal_content.latest_news(window.world, 6))
    assert find(home, "Converti PIN", QPushButton).isVisible()
    assert find(home, "Il PIN online", QPushButton).url == PIN_MENU_URL


def test_a_content_page_builds_its_first_sections_then_the_others_or_all_for_an_anchor(qtbot, db_path):
    from app.services import portal_content
    from ui.browser.router import build_url
    from ui.urls import INSTRUCTIONS_URL

    info = portal_content.info_page("istruzioni-accesso")
    assert len(info.sections) > 2
    window = make_window(qtbot, db_path)
    window.current_tab().navigate(INSTRUCTIONS_URL)
    istruzioni = page(window)
    assert len(istruzioni.sections) == istruzioni.FIRST_SECTIONS  # the top first
    qtbot.waitUntil(lambda: len(istruzioni.sections) == len(info.sections), timeout=3000)
    assert all(w.isVisible() for w in istruzioni.sections)
    assert [w.anchor for w in istruzioni.sections] == [s.anchor for s in info.sections]  # in order
    go = find(istruzioni, "Vai all'Autenticazione", QPushButton)  # what follows the sections stays after them
    last_section = istruzioni.sections[-1]
    assert go.mapTo(istruzioni, go.rect().topLeft()).y() > last_section.mapTo(istruzioni, last_section.rect().bottomLeft()).y()
    # Tab: the service bar's «Cerca», the page's links (all in the later sections), its buttons,
    # then the footer; not the footer first with the links after the panels.
    chain, widget = [], window.current_tab().chrome.header
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    cerca = next(i for i, w in enumerate(chain) if w.accessibleName() == "Cerca")
    page_controls = [w for w in chain if istruzioni.isAncestorOf(w)]
    footer = window.current_tab().chrome.footer
    assert chain[cerca + 1] is page_controls[0]
    after_page = chain[chain.index(page_controls[-1]) + 1]
    assert footer.isAncestorOf(after_page), after_page.accessibleName()
    assert chain[cerca + 1:cerca + 1 + len(page_controls)] == page_controls
    # A section asked for by address (the PIN menu's «Consulta come ottenere e gestire il PIN»):
    # the whole page at once, scrolled to it.
    assert "pin" in [s.anchor for s in info.sections[istruzioni.FIRST_SECTIONS:]]
    window.current_tab().navigate(build_url(INSTRUCTIONS_URL, sezione="pin"))
    asked = page(window)
    assert len(asked.sections) == len(info.sections)
    bar = window.current_tab().scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)


def test_a_page_is_laid_out_once_at_the_width_it_will_have(qtbot, db_path):
    """A tall page after a short one (the scroll bar appears) and back: the tab's frame is
    resized once per switch, at its final width (not first at the last page's width)."""
    from ui.urls import LEARNER_NAME_URL, WELCOME_URL

    window = make_window(qtbot, db_path)
    window.resize(1366, 768)
    tab = window.current_tab()
    sizes: list = []

    class Sizes(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Resize:
                sizes.append(event.size().width())
            return False

    spy = Sizes()
    tab.frame.installEventFilter(spy)
    for url in (WELCOME_URL, LEARNER_NAME_URL):
        tab.navigate(url)
        qtbot.wait(50)
    for step in (tab.back, tab.forward, tab.back):
        sizes.clear()
        step()
        qtbot.wait(50)
        view = tab.scroll.viewport().width()
        assert tab.frame.width() == view
        assert set(sizes) <= {view}, f"laid out at {sizes} for a view {view} wide"


def test_a_dock_title_remembers_its_size_and_follows_its_title_width_and_font(qtbot):
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from ui.docks._world import DockTitle

    window = QMainWindow()
    qtbot.addWidget(window)
    dock = QDockWidget("Orologio", window)
    title = DockTitle(dock, "Orologio")
    dock.setTitleBarWidget(title)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.resize(220, 300)
    window.show()
    qtbot.waitExposed(window)
    one_line = title.sizeHint()
    assert title.sizeHint() == one_line and title.minimumSizeHint() == title.minimumSizeHint()
    dock.setWindowTitle("Fascicolo previdenziale: posizione assicurativa e dati anagrafici")
    assert title.sizeHint().height() > one_line.height()  # wraps at this width
    assert title.minimumSizeHint().width() > 0
    dock.resize(1200, 300)
    assert title.sizeHint().width() == 1200 and title.sizeHint().height() < title.title.heightForWidth(100)
    font = QFont(title.title.font())
    font.setPixelSize(40)
    title.title.setFont(font)
    assert title.sizeHint().height() >= QFontMetricsF(font).height()
