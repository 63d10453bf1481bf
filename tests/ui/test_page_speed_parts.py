"""The parts that keep a page switch short behave as the widgets they stand for: a
wrapped label's remembered heights follow its text and font, and what a page leaves
for after its paint does come (also when nobody will ever paint it)."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from tests.helpers import make_window, page, wait_url
from ui.urls import WELCOME_URL
from ui.widgets.common import label


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
