"""The INPS portal chrome of seed 000's screenshot: header band, the navigation
bar (L'Istituto ... Contatti), the service bar (Indietro, Modifica contatti,
Modifica PIN, Esci, Cerca), breadcrumb, footer. A neutral mark of our own, never
the real logo."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from ..browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL, build_url
from .. import tokens as T
from ..urls import ACCEDI_SERVIZI_URL, CHANGE_PIN_URL, CONTACTS_URL, LOGOUT_URL, MYINPS_URL, SEARCH_URL, SITE
from .common import LinkButton, button, label
from .responsive import Columns, FlowLayout


def _tr(text: str) -> str:
    return QCoreApplication.translate("Portal", text)


NAV_ITEMS = (
    ("L'Istituto", f"{SITE}/istituto"),
    ("Dati, ricerche e bilanci", f"{SITE}/dati-ricerche-bilanci"),
    ("Avvisi, bandi e fatturazione", f"{SITE}/avvisi-bandi-fatturazione"),
    ("INPS Comunica", f"{SITE}/inps-comunica"),
    ("Prestazioni e servizi", f"{SITE}/prestazioni-servizi"),
    ("Amministrazione trasparente", f"{SITE}/amministrazione-trasparente"),
    ("Assistenza", f"{SITE}/assistenza"),
    ("Contatti", f"{SITE}/contatti"),
)


def _wire(page, btn: LinkButton) -> LinkButton:
    btn.navigate.connect(page.ctx.navigate)
    return btn


class PortalHeader(QWidget):
    """One compact blue row (#10: the page's own content must start high on a 1366x768
    screen): the mark and «INPS» on the left; on the right the top-right menu of seed 004
    («Accedi ai servizi», «Il Pin on line»), «Home INPS» and «Entra in MyINPS». When they do
    not fit on one line (high zoom) they flow after the title, line by line."""

    def __init__(self, page):
        super().__init__()
        self.setObjectName("HeaderBand")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.row = _HeaderFlow(self, h_spacing=T.S4, v_spacing=T.S1)
        self.row.setContentsMargins(T.S6, T.S2, T.S6, T.S2)
        left = QWidget()
        lay = QHBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S3)
        mark = QLabel("P·I")
        mark.setObjectName("PortalMark")
        mark.setAccessibleName(_tr("Simbolo di Palestra INPS"))
        lay.addWidget(mark)
        title = QLabel("INPS")
        title.setObjectName("PortalTitle")
        # («portale simulato» is said by the window's SIMULAZIONE band and the footer)
        title.setAccessibleDescription(_tr("Istituto Nazionale Previdenza Sociale · portale simulato"))
        lay.addWidget(title)
        self.row.addWidget(left)
        self.menu_links = []
        for text, url in (("Home INPS", HOME_URL), ("Accedi ai servizi", ACCEDI_SERVIZI_URL),
                          ("Il Pin on line", PIN_MENU_URL)):  # seed 004's words
            link = LinkButton(_tr(text), url)
            link.setStyleSheet(f"color: {T.WHITE};")
            self.row.addWidget(_wire(page, link))
            self.menu_links.append(link)
        session = page.ctx.session.current
        if session is None:
            entra = LinkButton(_tr("Entra in MyINPS"), MYINPS_URL, role="secondary")
            self.row.addWidget(_wire(page, entra))
        else:  # who is inside is said under the navigation (Breadcrumb), to keep this row short
            myinps = LinkButton(_tr("MyINPS"), MYINPS_URL, role="secondary")
            myinps.setAccessibleDescription(_tr("%1 · accesso con %2").replace("%1", session.display_name)
                                            .replace("%2", session.method_label))
            self.row.addWidget(_wire(page, myinps))


class _HeaderFlow(FlowLayout):
    """A flow layout whose first item stays on the left and the others go to the right
    end of the line while everything fits on one line; otherwise an ordinary flow."""

    def _one_line(self, width: int) -> bool:
        m = self.contentsMargins()
        return self.sizeHint().width() - m.left() - m.right() <= width - m.left() - m.right()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._one_line(width):
            return self.sizeHint().height()
        return super().heightForWidth(width)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        items = [i for i in self._items if i.widget() is None or not i.widget().isHidden()]
        if not items or not self._one_line(rect.width()):
            super().setGeometry(rect)
            return
        QLayout.setGeometry(self, rect)
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        height = max(i.sizeHint().height() for i in items)

        def place(item, x: int) -> None:
            size = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, area.y() + (height - size.height()) // 2), size))

        place(items[0], area.x())
        x = area.right() + 1
        for item in reversed(items[1:]):
            x -= item.sizeHint().width()
            place(item, x)
            x -= self._h


class FitColumns(Columns):
    """Two parts side by side while both fit on one line (their natural widths), one above
    the other when they do not (the service bar's links and its search)."""

    def __init__(self, main: QWidget, side: QWidget, spacing: int):
        super().__init__(main, side, main_stretch=1, side_stretch=0, spacing=spacing,
                         align=Qt.AlignmentFlag.AlignVCenter)
        self._parts = (main, side)

    def _adapt(self) -> None:
        from PySide6.QtWidgets import QBoxLayout

        if not hasattr(self, "_parts"):
            return
        main, side = self._parts
        needed = main.sizeHint().width() + side.sizeHint().width() + self.box.spacing()
        narrow = 0 < self.width() < needed
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != direction:
            self.box.setDirection(direction)


class NavBar(QWidget):
    """L'Istituto ... Contatti. When the items would take more than two rows (high zoom, a
    narrow window) they fold under one «Apri il menu del portale» button (a click), so
    that the page itself still starts on the first screen (#10)."""

    MAX_ROWS = 2

    def __init__(self, page):
        super().__init__()
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(_tr("Navigazione principale"))
        from .responsive import FlowLayout  # wraps instead of widening the page at high zoom

        outer = QVBoxLayout(self)
        outer.setContentsMargins(T.S5, 0, T.S5, 0)
        outer.setSpacing(0)
        self.toggle = button(_tr("Apri il menu del portale"), self._toggled, role="nav")
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleDescription(_tr("Mostra o nasconde le voci L'Istituto … Contatti"))
        self.toggle.hide()
        outer.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.items = QWidget()
        self.flow = FlowLayout(self.items, h_spacing=0, v_spacing=0)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.buttons = []
        for text, url in NAV_ITEMS:
            btn = LinkButton(_tr(text), url, role="nav")
            self.flow.addWidget(_wire(page, btn))
            self.buttons.append(btn)
        outer.addWidget(self.items)
        self.folded = False

    def _toggled(self) -> None:
        opened = self.toggle.isChecked()
        text = _tr("Chiudi il menu del portale") if opened else _tr("Apri il menu del portale")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)
        self.items.setVisible(not self.folded or opened)

    def _fold(self) -> None:
        width = self.width() - T.S5 * 2
        if width <= 0:
            return
        rows = self.flow.heightForWidth(width) / max(1, max(b.sizeHint().height() for b in self.buttons))
        folded = rows > self.MAX_ROWS + 0.5
        if folded != self.folded:
            self.folded = folded
            self.toggle.setVisible(folded)
            self._toggled()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fold()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fold()


class ServiceBar(QWidget):
    """Indietro | Modifica contatti | Modifica PIN | Esci, and the site search (seed 000)."""

    def __init__(self, page):
        super().__init__()
        self.setObjectName("ServiceBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.page = page
        from .responsive import FlowLayout  # the search goes under the links when narrow

        outer = QVBoxLayout(self)
        outer.setContentsMargins(T.S6, T.S1, T.S6, T.S1)
        links = QWidget()
        lay = FlowLayout(links, h_spacing=T.S3, v_spacing=0)
        back = button(_tr("Indietro"), self._back, role="link")
        lay.addWidget(back)
        session = page.ctx.session.current
        if session is not None:
            lay.addWidget(_wire(page, LinkButton(_tr("Modifica contatti"), CONTACTS_URL)))
            if session.method.startswith("pin"):
                lay.addWidget(_wire(page, LinkButton(_tr("Modifica PIN"), CHANGE_PIN_URL)))
            lay.addWidget(_wire(page, LinkButton(_tr("Esci"), LOGOUT_URL)))
        search = QWidget()
        lay = QHBoxLayout(search)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(T.S3)
        self.search = QLineEdit()
        self.search.setObjectName("SiteSearch")
        self.search.setPlaceholderText(_tr("Cerca"))  # seed 000's screenshot: «Q Cerca»
        self.search.setAccessibleName(_tr("Cerca nel sito"))
        self.search.setMinimumWidth(round(200 * page.ctx.zoom / 100))
        self.search.returnPressed.connect(self._search)
        lay.addWidget(self.search, 1)
        lay.addWidget(button(_tr("Cerca"), self._search, role="secondary"))
        outer.addWidget(FitColumns(links, search, spacing=T.S3))

    def _back(self) -> None:
        self.page.ctx.window.go_back()

    def _search(self) -> None:
        query = self.search.text().strip()
        if query:
            self.page.go(build_url(SEARCH_URL, q=query))
        else:
            self.search.setFocus()


class PortalChrome:
    """The parts of the portal around every page. A tab keeps one in its page frame,
    around whichever page is shown (building it costs more than the rest of most pages,
    moving it into each page made Qt restyle it); it is made again when the session
    changes. `host` has `.ctx` (navigate, session, window) and `.go(url)`: a page, or
    the tab's own host."""

    def __init__(self, host):
        session = host.ctx.session.current
        self.key = None if session is None else (session.citizen_id, session.method, session.started_at)
        self.header = PortalHeader(host)
        self.nav = NavBar(host)
        self.service = ServiceBar(host)
        self.footer = Footer(host)
        self._orders: dict[tuple, list[QWidget]] = {}

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.header, self.nav, self.service, self.footer)

    def order(self, part: QWidget) -> list[QWidget]:
        """The controls of one part that take Tab, in reading order (they do not change
        from page to page: read once, again after the menu folded or unfolded)."""
        from .common import reading_order

        key = (id(part), self.nav.toggle.isChecked())
        if key not in self._orders:
            self._orders[key] = reading_order(part)
        return self._orders[key]

    def tab_through(self, page: QWidget) -> None:
        """Tab goes header, navigation, service bar (if shown), `page`, footer: after the page is
        shown, and again when its content changes (what is added later comes last in the
        window's Tab chain, wherever it is on the page)."""
        from .common import reading_order

        top = [w for part in (self.header, self.nav, self.service) for w in self.order(part)]
        chain = top + reading_order(page) + self.order(self.footer)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def reset(self) -> None:
        """Fresh for the next page: nothing typed in the site search, a folded menu closed."""
        self.service.search.clear()
        if self.nav.toggle.isChecked():
            self.nav.toggle.setChecked(False)
            self.nav._toggled()


class Breadcrumb(QWidget):
    def __init__(self, page, parts: list[str]):
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        text = " / " + " / ".join(parts)
        crumb = label(text, "muted")
        crumb.setAccessibleName(_tr("Sei in: %1").replace("%1", text))
        lay.addWidget(crumb, 3)
        session = page.ctx.session.current
        if session is not None:
            who = _tr("%1 · accesso con %2").replace("%1", session.display_name).replace("%2", session.method_label)
            if session.previous_access is not None:
                who += " · " + _tr("Ultimo accesso: %1").replace(
                    "%1", session.previous_access.strftime("%d/%m/%Y %H:%M"))
            user = label(who, "muted")
            user.setObjectName("HeaderUser")
            user.setAlignment(Qt.AlignmentFlag.AlignRight)
            lay.addWidget(user, 2)


class Footer(QWidget):
    def __init__(self, page):
        super().__init__()
        self.setObjectName("Footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(T.S6, T.S5, T.S6, T.S5)
        from .responsive import FlowLayout  # wraps at high zoom

        holder = QWidget()
        links = FlowLayout(holder, h_spacing=T.S4, v_spacing=0)
        for text, url in (
            ("Contatti", f"{SITE}/contatti"),
            ("Il PIN online", PIN_MENU_URL),
            ("Autenticazione", LOGIN_URL),
            ("Assistenza", f"{SITE}/assistenza"),
        ):
            links.addWidget(_wire(page, LinkButton(_tr(text), url)))
        lay.addWidget(holder)
        lay.addWidget(label(_tr(
            "SIMULAZIONE didattica di Palestra INPS: persone, codici e importi sono di fantasia. "
            "Questo non è il sito dell'INPS: non inserisca mai credenziali vere."
        )))
