"""The sections of the Fascicolo previdenziale as dock panels, so that two of them
can be read side by side (e.g. the Pagamenti beside the Certificazione Unica).

One dock per section of seed 000's menu, hidden at start, in the bottom area:
open them from "Il mio mondo" or with "Apri in un pannello a lato" on the
Fascicolo page. A dock shows the Fascicolo only while the person shown ("Io
sono") is logged in to MyINPS, as the page does.

For tests and journeys:
    panel = window.dock_panels["FascicoloModelliDock"]
    panel.select("modelli.cu")      # shows that subsection (and records the view)
    panel.current_key               # the subsection shown
    panel.section_widget            # the widget of the subsection (None when not logged in)
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.services import documents, fascicolo
from app.services.errors import ServiceError

from .. import theme
from .. import tokens as T
from ..pages import fascicolo_views as views
from ..widgets.common import ChoiceField, alert, clear_layout
from . import DockPanel, dock
from ._common import service_text

# section key -> dock object name, from the registry (app.services.fascicolo.REGISTRY)
DOCK_FOR_SECTION = {section.key: section.dock for section in fascicolo.REGISTRY}


def tr(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


def open_section_dock(window, key: str):
    """Show the dock of `key`'s section on that subsection, giving the Fascicolo docks
    of the bottom area equal widths and a readable height. Returns the panel."""
    name = DOCK_FOR_SECTION[views.section_of(key)]
    dock_widget = window.docks.get(name)
    panel = window.dock_panels.get(name)
    if dock_widget is None or panel is None:
        return None
    window.show_dock(name)
    panel.select(key)
    if not dock_widget.isFloating():
        area = window.dockWidgetArea(dock_widget)
        row = [window.docks[n] for n in DOCK_FOR_SECTION.values()
               if n in window.docks and window.docks[n].isVisible() and not window.docks[n].isFloating()
               and window.dockWidgetArea(window.docks[n]) == area]
        if area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
            window.resizeDocks(row, [max(1, window.width() // len(row))] * len(row), Qt.Orientation.Horizontal)
            window.resizeDocks([dock_widget], [int(window.height() * 0.42)], Qt.Orientation.Vertical)
    return panel


class FascicoloDock(DockPanel):
    SECTION = ""

    def setup(self) -> None:
        self._large: bool | None = None
        self._dirty = True
        self._shown_data: fascicolo.Fascicolo | None = None
        self._shown_key = ""
        self.section_widget: QWidget | None = None
        self.current_key = views.first_subsection(self.SECTION)
        self.setObjectName("FascicoloPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("FascicoloDockViewport")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(T.S3, T.S3, T.S3, T.S3)
        lay.setSpacing(T.S3)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        subs = fascicolo.sezione(self.SECTION).voci
        self.picker = ChoiceField(tr("Voce del Fascicolo"), f"voce_{self.SECTION}",
                                  [(service_text(v.label), v.key) for v in subs])
        self.picker.input.setMaximumWidth(460)
        self.picker.input.currentIndexChanged.connect(lambda _i: self.select(self.picker.value()))
        lay.addWidget(self.picker)
        self.picker.setVisible(len(subs) > 1)
        self.message_box = QVBoxLayout()
        lay.addLayout(self.message_box)
        self.body = QVBoxLayout()
        self.body.setSpacing(T.S3)
        lay.addLayout(self.body)
        scroll.setWidget(inner)
        self.layout_.addWidget(scroll)
        self.scroll_area = scroll
        self._apply_style()
        # Logging in or out changes what may be shown, even when nothing else happened.
        self.window.session.listeners.append(lambda _session: self.refresh())

    # -- look ---------------------------------------------------------------------------------
    def _apply_style(self) -> None:
        key = theme.style_key(bool(getattr(self.window, "large_text", False)))  # (large, theme, zoom)
        if key != self._large:
            self._large = key
            large = key[0]
            self.setStyleSheet(theme.base_qss(None, large) + theme.page_qss(None, large)
                               + f"QWidget#FascicoloPanel, QWidget#FascicoloDockViewport {{ background: {T.WHITE}; }}")

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._large is not None:
            self._apply_style()

    # -- content ------------------------------------------------------------------------------
    def _citizen_id(self) -> int | None:
        session = self.window.session.current
        if session is None or self.person_id is None or session.citizen_id != self.person_id:
            return None
        return session.citizen_id

    def refresh(self) -> None:
        """Called on every world change: rebuilt only when visible and the figures changed."""
        if not self.isVisible():
            self._dirty = True
            return
        self._reload()

    def showEvent(self, event) -> None:  # noqa: N802
        self._apply_style()
        super().showEvent(event)
        if self._dirty:
            self._reload()

    def _reload(self, force: bool = False) -> None:
        self._dirty = False
        cid = self._citizen_id()
        if cid is None:
            self._shown_data = None
            self._shown_key = ""
            self.section_widget = None
            clear_layout(self.body)
            self.picker.setEnabled(False)
            self.body.addWidget(alert(tr(
                "Il Fascicolo previdenziale si vede dopo l'accesso a MyINPS. Entri in MyINPS con le "
                "credenziali della persona scelta in «Io sono» e poi apra di nuovo questo pannello.")))
            return
        self.picker.setEnabled(True)
        data = fascicolo.load(self.world, cid)
        if not force and data == self._shown_data and self._shown_key == self.current_key:
            return
        self._shown_data = data
        self._shown_key = self.current_key
        clear_layout(self.body)
        clear_layout(self.message_box)
        scale = theme.factor(bool(self._large and self._large[0]))
        self.section_widget = views.build_section(self.current_key, data, self, with_title=False, scale=scale)
        self.body.addWidget(self.section_widget)

    def select(self, key: str) -> None:
        """Show subsection `key` of this dock's section."""
        if not key or views.section_of(key) != self.SECTION or key not in views.BUILDERS:
            return
        changed = key != self.current_key
        self.current_key = key
        if self.picker.value() != key:
            self.picker.input.blockSignals(True)
            self.picker.set_value(key)
            self.picker.input.blockSignals(False)
        self._reload(force=changed)
        cid = self._citizen_id()
        if cid is not None and changed:
            fascicolo.record_view(self.world, cid, key)

    # -- actions of the section views -----------------------------------------------------------
    def open_document(self, kind: str, **kw) -> None:
        clear_layout(self.message_box)
        cid = self._citizen_id()
        if cid is None:
            return
        try:
            doc = documents.generate(self.world, cid, kind, **kw)
        except ServiceError as exc:
            self.message_box.addWidget(alert(service_text(exc.message), "error"))
            return
        self.window.open_pdf(doc.title, doc.pdf)

    def open_page(self, url: str) -> None:
        self.window.navigate(url)

    def show_section(self, key: str) -> None:
        if views.section_of(key) == self.SECTION:
            self.select(key)
        else:
            open_section_dock(self.window, key)

    def text(self) -> str:
        """Visible texts (for tests)."""
        from PySide6.QtWidgets import QLabel

        return "\n".join(w.text() for w in self.findChildren(QLabel) if w.isVisible())


# The docks' titles as literals, so that the catalogue tool (tools/translations.py) finds them;
# a test keeps them equal to "Fascicolo: <label>" of every section of the registry.
TITLES = (
    QT_TRANSLATE_NOOP("Docks", "Fascicolo: Domande presentate"),
    QT_TRANSLATE_NOOP("Docks", "Fascicolo: Posizione assicurativa"),
    QT_TRANSLATE_NOOP("Docks", "Fascicolo: Prestazioni"),
    QT_TRANSLATE_NOOP("Docks", "Fascicolo: Invalidità civile"),
    QT_TRANSLATE_NOOP("Docks", "Fascicolo: Modelli"),
)


def _make_dock(section: fascicolo.Sezione, order: int) -> type[FascicoloDock]:
    """The dock panel of one section of the registry: "Fascicolo: <label>", bottom area, hidden."""
    cls = type(f"{section.dock}Panel", (FascicoloDock,), {"SECTION": section.key, "__module__": __name__})
    # Italian source text, translated when shown (DockSpec.title), as the literal titles of the other docks.
    return dock(section.dock, f"Fascicolo: {section.label}", area="bottom", order=order, visible=False)(cls)


DOCK_CLASSES = {section.key: _make_dock(section, 70 + i) for i, section in enumerate(fascicolo.REGISTRY)}
