"""The sections of the Fascicolo previdenziale as widgets, shared by the page
(ui/pages/fascicolo.py) and the dock panels (ui/docks/fascicolo.py).

Each view is built from the read models of app.services.fascicolo (plain
dataclasses); actions (open a PDF, go to another section) go through a small
`FascicoloActions` object that the page and the docks implement.
"""
from __future__ import annotations

from typing import Callable, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.money import euro
from app.services import fascicolo as fasc

from .. import tokens as T
from ..widgets.common import ChoiceField, alert, button, card, clear_layout, heading, label, row
from ..widgets.reconstruction import reconstruction_note


def tr(text: str) -> str:
    return QCoreApplication.translate("Fascicolo", text)


def st(text: str) -> str:
    """Texts that come from app.services (Italian source) through Qt translation."""
    from ..i18n import service_text

    return service_text(text)


def dmy(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class FascicoloActions(Protocol):
    def open_document(self, kind: str, *, year: int | None = None, month: int | None = None,
                      application_id: int | None = None, document_id: int | None = None) -> None: ...

    def show_section(self, key: str) -> None: ...

    def open_page(self, url: str) -> None: ...


def empty_text(key: str) -> str:
    """The registry's text for an item with nothing to show."""
    return st(fasc.voce(key).empty)


class FullTable(QTableWidget):
    """A read-only table as tall as its rows (the page scrolls, not the table):
    numbers right-aligned, the last row bold when it is a total."""

    def __init__(self, name: str, headers: list[str], rows: list[list[str]], *, numeric: set[int] = frozenset(),
                 total_rows: int = 0, stretch: int | None = None, fixed: dict[int, int] | None = None,
                 scale: float = 1.0):
        super().__init__(len(rows), len(headers))
        self.setAccessibleName(name)
        self.setObjectName("FascicoloTable")
        self.setStyleSheet("QTableWidget::item { padding: 4px 8px; }")
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        for col, width in (fixed or {}).items():  # wrapping columns: fixed width, text on two lines
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, round(width * scale))
        for r, values in enumerate(rows):
            bold = r >= len(rows) - total_rows
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                align = Qt.AlignmentFlag.AlignRight if c in numeric else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self._fit()

    def _fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        bar = self.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            height += bar.sizeHint().height()
        self.setFixedHeight(height)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resizeRowsToContents()
            height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
            height += sum(self.rowHeight(r) for r in range(self.rowCount()))
            if self.horizontalScrollBar().maximum() > 0:
                height += self.horizontalScrollBar().sizeHint().height()
            if height != self.height():
                self.setFixedHeight(height)


def key_values(rows: list[tuple[str, str]]) -> QFrame:
    """A card of "label: value" lines (bold values), readable by a screen reader as sentences."""
    frame = card()
    lay = frame.layout()
    for k, v in rows:
        lab = label(f"{k}: <b>{_esc(v)}</b>", rich=True, selectable=True)
        lab.setAccessibleName(f"{k}: {v}")
        lay.addWidget(lab)
    return frame


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the sections -------------------------------------------------------------------------


def _domanda_card(d: fasc.Domanda, actions: FascicoloActions) -> QFrame:
    frame = card(heading(st(d.title), 3))
    lay = frame.layout()
    lay.addWidget(label(tr("Protocollo: %1 · presentata il %2").replace("%1", d.protocol)
                        .replace("%2", dmy(d.submitted_at)), selectable=True))
    state = label(tr("Stato: %1").replace("%1", st(d.stato_label)), "success" if d.accolta else (
        "error" if d.outcome == "respinta" else "warning"))
    lay.addWidget(state)
    lay.addWidget(label(tr("Stato di avanzamento"), "fieldlabel"))
    for i, step in enumerate(d.history, start=1):
        text = tr("%1. %2 — %3").replace("%1", str(i)).replace("%2", dmy(step.at)).replace(
            "%3", st(step.state.capitalize()) + (f": {st(step.note)}" if step.note else ""))
        lay.addWidget(label(text))
    if not d.concluded:
        lay.addWidget(label(tr("La domanda è ancora in lavorazione: l'esito comparirà qui."), "muted"))
    elif d.esito:
        lay.addWidget(label(tr("Che cosa è stato riconosciuto"), "fieldlabel"))
        lay.addWidget(key_values([(st(k), st(v)) for k, v in d.esito]))
    if d.pdf_available:
        lay.addWidget(row(button(tr("Apri il PDF della domanda %1").replace("%1", d.protocol),
                                      lambda _=False, i=d.id: actions.open_document("domanda", application_id=i))))
    elif fasc.is_pension_kind(d.kind):
        lay.addWidget(label(tr("Il PDF sarà disponibile quando la domanda sarà accolta."), "muted"))
    for doc in d.documents:
        lay.addWidget(row(button(tr("Apri: %1").replace("%1", st(doc.title)),
                                 lambda _=False, i=doc.document_id: actions.open_document("archived", document_id=i),
                                 role="secondary")))
    return frame


def _domande(items: tuple[fasc.Domanda, ...], key: str, actions, body: QVBoxLayout) -> None:
    if not items:
        body.addWidget(alert(empty_text(key)))
    for d in items:
        body.addWidget(_domanda_card(d, actions))


def _granted(items: tuple[fasc.Domanda, ...], key: str, actions, body: QVBoxLayout) -> None:
    """What an accolta domanda gives (a benefit, a registered rapporto): its rows, the letter."""
    if not items:
        body.addWidget(alert(empty_text(key)))
    for d in items:
        frame = card(heading(st(d.title), 3))
        lay = frame.layout()
        lay.addWidget(label(tr("Protocollo: %1 · %2").replace("%1", d.protocol).replace("%2", st(d.stato_label)),
                            "success" if d.accolta else "warning", selectable=True))
        if d.esito:
            lay.addWidget(key_values([(st(k), st(v)) for k, v in d.esito]))
        elif d.motivazione:
            lay.addWidget(label(st(d.motivazione)))
        if d.decision_document_id:
            lay.addWidget(row(button(tr("Apri la lettera %1").replace("%1", d.protocol),
                                     lambda _=False, i=d.decision_document_id:
                                     actions.open_document("archived", document_id=i), role="secondary")))
        body.addWidget(frame)


def _estratto(ec: fasc.EstrattoConto, key: str, actions, body: QVBoxLayout, scale: float = 1.0) -> None:
    if ec.empty:
        body.addWidget(alert(empty_text(key)))
        return
    t = ec.totale
    summary = [
        (tr("Situazione aggiornata al"), dmy(ec.aggiornato_al)),
        (tr("Contributi utili per il diritto"), tr("%1 settimane (%2)").replace("%1", str(t.settimane_diritto))
         .replace("%2", st(ec.anzianita))),
        (tr("Contributi utili per il calcolo"), tr("%1 settimane").replace("%1", str(t.settimane_calcolo))),
        (tr("Totale retribuzioni / redditi"), euro(t.retribuzione_cents)),
    ]
    if ec.parasubordinati:
        summary.append((tr("Totale contributi accreditati"), euro(t.contributi_cents)))
    body.addWidget(key_values(summary))
    kind = "estratto_conto_parasubordinati" if ec.parasubordinati else "estratto_conto"
    body.addWidget(row(button(tr("Apri l'estratto conto in PDF"), lambda _=False: actions.open_document(kind))))
    headers = [tr("Periodo"), tr("Tipo di\ncontribuzione"),
               tr("Committente") if ec.parasubordinati else tr("Datore di lavoro /\nFondo"),
               tr("Settimane\nper il diritto"), tr("Settimane\nper il calcolo"), tr("Retribuzione /\nReddito")]
    if ec.parasubordinati:
        headers.append(tr("Contributi"))
    headers.append(tr("Note"))
    rows = []
    for p in ec.periodi:
        r = [tr("dal %1\nal %2").replace("%1", dmy(p.dal)).replace("%2", dmy(p.al)), st(p.tipo), st(p.datore),
             str(p.settimane_diritto), str(p.settimane_calcolo), euro(p.retribuzione_cents)]
        if ec.parasubordinati:
            r.append(euro(p.contributi_cents))
        r.append(st(p.note))
        rows.append(r)
    total = [tr("Totale"), tr("%1 periodi").replace("%1", str(t.periodi)), "", str(t.settimane_diritto),
             str(t.settimane_calcolo), euro(t.retribuzione_cents)]
    if ec.parasubordinati:
        total.append(euro(t.contributi_cents))
    total.append("")
    rows.append(total)
    numeric = {3, 4, 5, 6} if ec.parasubordinati else {3, 4, 5}
    body.addWidget(label(tr("Periodi contributivi"), "h3"))
    body.addWidget(FullTable(tr("Periodi contributivi"), headers, rows, numeric=numeric, total_rows=1,
                             fixed={1: 140, 2: 160}, scale=scale))
    body.addWidget(label(tr("Totali per anno"), "h3"))
    year_rows = [[str(y.anno), str(y.periodi), str(y.settimane_diritto), str(y.settimane_calcolo),
                  euro(y.retribuzione_cents)] for y in ec.per_anno]
    year_rows.append([tr("Totale generale"), str(t.periodi), str(t.settimane_diritto), str(t.settimane_calcolo),
                      euro(t.retribuzione_cents)])
    body.addWidget(FullTable(tr("Totali per anno"), [tr("Anno"), tr("Periodi"), tr("Settimane per il diritto"),
                                                      tr("Settimane per il calcolo"), tr("Retribuzione / Reddito")],
                             year_rows, numeric={1, 2, 3, 4}, total_rows=1))
    body.addWidget(label(tr("Settimane per il diritto: contano per raggiungere il requisito della pensione. "
                            "Per il calcolo: contano per l'importo (un anno di part-time al 50% vale 52 settimane "
                            "per il diritto e 26 per il calcolo)."), "muted"))


def _pensioni(f: fasc.Fascicolo, key: str, actions, body: QVBoxLayout) -> None:
    if not f.pensioni:
        body.addWidget(alert(empty_text(key)))
    for p in f.pensioni:
        rows = [
            (tr("Categoria"), f"{p.categoria_codice} - {st(p.categoria_label)}"),
            (tr("Numero di certificato"), p.numero_certificato),
            (tr("Fondo / gestione"), st(p.fondo_label)),
            (tr("Sede INPS"), tr("Sede di %1").replace("%1", p.sede)),
            (tr("Decorrenza"), dmy(p.decorrenza)),
            (tr("Importo mensile lordo alla decorrenza"), euro(p.importo_iniziale_cents)),
            (tr("Importo mensile lordo attuale"), euro(p.importo_attuale_cents)),
            (tr("Stato"), st(p.stato)),
        ]
        if p.ultimo_pagamento is not None:
            u = p.ultimo_pagamento
            rows.append((tr("Ultimo pagamento"), tr("%1 il %2, netto %3").replace("%1", st(u.label))
                         .replace("%2", dmy(u.paid_on)).replace("%3", euro(u.netto_cents))))
        body.addWidget(heading(tr("Pensione: %1 (%2)").replace("%1", st(p.categoria_label))
                               .replace("%2", p.categoria_codice), 3))
        body.addWidget(key_values(rows))
        body.addWidget(row(
            button(tr("Vedi i pagamenti"), lambda _=False: actions.show_section("prestazioni.pagamenti"),
                   role="secondary"),
            button(tr("Certificato di pensione ObisM"), lambda _=False: actions.show_section("modelli.obism"),
                   role="secondary"),
        ))


def _rate_rows(summary: fasc.RiepilogoAnnuo) -> list[list[str]]:
    rows = []
    for r in summary.rate:
        rows.append([f"{st(r.label)}\n{dmy(r.paid_on)}", euro(r.lordo_cents), euro(r.irpef_cents),
                     euro(r.add_regionale_cents), euro(r.add_comunale_cents), euro(r.altre_trattenute_cents),
                     euro(r.trattenute_cents), euro(r.netto_cents)])
    t = summary.totale
    rows.append([tr("Totale %1").replace("%1", str(summary.year)), euro(t.lordo_cents), euro(t.irpef_cents),
                 euro(t.add_regionale_cents), euro(t.add_comunale_cents), euro(t.altre_trattenute_cents),
                 euro(t.trattenute_cents), euro(t.netto_cents)])
    return rows


RATE_HEADERS = ("Mese e data\ndi pagamento", "Lordo", "Irpef", "Addizionale\nregionale", "Addizionale\ncomunale",
                "Altre\ntrattenute", "Totale\ntrattenute", "Netto")


def _year_picker(years: list[int], on_change: Callable[[int], None], name: str) -> ChoiceField:
    picker = ChoiceField(tr("Anno"), name, [(str(y), str(y)) for y in years])
    picker.input.setMaximumWidth(220)
    picker.input.currentIndexChanged.connect(lambda _i: on_change(int(picker.value())))
    return picker


def _pagamenti(f: fasc.Fascicolo, key: str, actions, body: QVBoxLayout) -> None:
    if not f.pagamenti:
        body.addWidget(alert(empty_text(key)))
        return
    holder = QWidget()
    hl = QVBoxLayout(holder)
    hl.setContentsMargins(0, 0, 0, 0)
    hl.setSpacing(T.S3)

    def show(year: int) -> None:
        clear_layout(hl)
        summary = f.pagamenti_anno(year)
        t = summary.totale
        hl.addWidget(label(tr("Nel %1 l'INPS ha pagato %2 lordi; trattenute %3; netto %4.")
                           .replace("%1", str(year)).replace("%2", euro(t.lordo_cents))
                           .replace("%3", euro(t.trattenute_cents)).replace("%4", euro(t.netto_cents)), "lead"))
        hl.addWidget(FullTable(tr("Pagamenti del %1").replace("%1", str(year)), [tr(h) for h in RATE_HEADERS],
                               _rate_rows(summary), numeric=set(range(1, 8)), total_rows=1))

    picker = _year_picker([s.year for s in f.pagamenti], show, "anno_pagamenti")
    body.addWidget(picker)
    body.addWidget(holder)
    body.addWidget(label(tr("Le addizionali regionale e comunale si trattengono da gennaio a novembre; "
                            "a dicembre si paga anche la tredicesima."), "muted"))
    show(f.pagamenti[0].year)


def _certificati(f: fasc.Fascicolo, key: str, actions, body: QVBoxLayout) -> None:
    if not f.certificati_medici:
        body.addWidget(alert(empty_text(key)))
    for c in f.certificati_medici:
        rows = [
            (tr("Numero del certificato"), c.numero),
            (tr("Medico certificatore"), st(c.medico)),
            (tr("Rilasciato il"), dmy(c.issued_at)),
            (tr("Diagnosi"), st(c.diagnosi)),
            (tr("Domanda collegata"), c.protocollo_domanda or tr("nessuna: la domanda va presentata entro 90 giorni")),
        ]
        body.addWidget(heading(tr("Certificato medico introduttivo %1").replace("%1", c.numero), 3))
        body.addWidget(key_values(rows))


def _modelli_list(items: tuple[fasc.ModelloDisponibile, ...], key: str, actions, body: QVBoxLayout,
                  verb: str) -> None:
    if not items:
        body.addWidget(alert(empty_text(key)))
        return
    for m in items:
        box = card(heading(st(m.title), 3), label(st(m.detail)))
        box.layout().addWidget(row(button(tr("Apri %1").replace("%1", verb.replace("%1", str(m.year))),
                                          lambda _=False, k=m.kind, y=m.year: actions.open_document(k, year=y))))
        body.addWidget(box)


def _cedolini(f: fasc.Fascicolo, key: str, actions, body: QVBoxLayout) -> None:
    if not f.cedolini:
        body.addWidget(alert(empty_text(key)))
        return
    holder = QWidget()
    hl = QVBoxLayout(holder)
    hl.setContentsMargins(0, 0, 0, 0)
    hl.setSpacing(T.S2)
    years = sorted({m.year for m in f.cedolini}, reverse=True)

    def show(year: int) -> None:
        clear_layout(hl)
        summary = f.pagamenti_anno(year)
        for m in (x for x in f.cedolini if x.year == year):
            month = fasc.MESI[m.month - 1].lower()
            btn = button(tr("Apri il cedolino di %1 %2").replace("%1", month).replace("%2", str(year)),
                         lambda _=False, y=m.year, mm=m.month: actions.open_document("cedolino", year=y, month=mm),
                         role="secondary")
            rates = [r for r in (summary.rate if summary else ()) if r.month == m.month
                     or (m.month == 12 and r.month == fasc.TREDICESIMA)]
            text = tr("netto pagato %1").replace("%1", euro(sum(r.netto_cents for r in rates)))
            if any(r.month == fasc.TREDICESIMA for r in rates):
                text += " " + tr("(con la tredicesima)")
            hl.addWidget(row(btn, label(text, wrap=False)))

    body.addWidget(_year_picker(years, show, "anno_cedolini"))
    body.addWidget(holder)
    show(years[0])


def _modello_730(f: fasc.Fascicolo, key: str, actions, body: QVBoxLayout) -> None:
    """No 730-4 reaches INPS in the simulated world (the 730 is the Agenzia delle Entrate's):
    the item says so and leads to the page on where the 730 is made."""
    from ..urls import PRECOMPILATA_730_URL

    body.addWidget(alert(empty_text(key)))
    body.addWidget(row(button(tr("Dove si presenta il 730"), lambda _=False: actions.open_page(PRECOMPILATA_730_URL),
                              role="secondary")))


def _modello_red(f: fasc.Fascicolo, key: str, actions, body: QVBoxLayout) -> None:
    red = f.red
    if red is None:
        body.addWidget(alert(empty_text(key)))
        return
    body.addWidget(alert(st(red.motivo), "warning" if red.dovuto else "info"))
    if f.pensioni:
        body.addWidget(row(button(tr("Vedi la pensione titolare"),
                                  lambda _=False: actions.show_section("prestazioni.pensione"), role="secondary")))


# One builder per item of the registry (app.services.fascicolo.REGISTRY), by the same key:
# builder(fascicolo, key, actions, body, scale).
BUILDERS: dict[str, Callable[..., None]] = {
    "domande.pensione": lambda f, k, a, b, s: _domande(f.domande_pensione, k, a, b),
    "domande.lavoro_domestico": lambda f, k, a, b, s: _granted(f.rapporti_domestici, k, a, b),
    "posizione.estratto_conto": lambda f, k, a, b, s: _estratto(f.posizione.estratto, k, a, b, s),
    "posizione.parasubordinati": lambda f, k, a, b, s: _estratto(f.posizione.parasubordinati, k, a, b, s),
    "prestazioni.pensione": lambda f, k, a, b, s: _pensioni(f, k, a, b),
    "prestazioni.pagamenti": lambda f, k, a, b, s: _pagamenti(f, k, a, b),
    "prestazioni.richieste": lambda f, k, a, b, s: _domande(f.richieste, k, a, b),
    "prestazioni.sostegno": lambda f, k, a, b, s: _granted(f.prestazioni_sostegno, k, a, b),
    "invalidita.certificati": lambda f, k, a, b, s: _certificati(f, k, a, b),
    "invalidita.domande": lambda f, k, a, b, s: _domande(f.domande_invalidita, k, a, b),
    "modelli.cu": lambda f, k, a, b, s: _modelli_list(f.modelli_cu, k, a, b, tr("la Certificazione Unica %1")),
    "modelli.cud": lambda f, k, a, b, s: _modelli_list(f.modelli_cud, k, a, b, tr("il CUD %1")),
    "modelli.730": lambda f, k, a, b, s: _modello_730(f, k, a, b),
    "modelli.red": lambda f, k, a, b, s: _modello_red(f, k, a, b),
    "modelli.obism": lambda f, k, a, b, s: _modelli_list(f.modelli_obism, k, a, b, tr("il certificato ObisM %1")),
    "modelli.cedolino": lambda f, k, a, b, s: _cedolini(f, k, a, b),
}


def build_section(key: str, f: fasc.Fascicolo, actions: FascicoloActions, *, with_title: bool = True,
                  scale: float = 1.0) -> QWidget:
    """The widget of one item of the registry; `scale` follows the zoom and the "caratteri
    grandi" setting (fixed column widths grow with the text)."""
    if key not in BUILDERS:
        raise KeyError(key)
    item = fasc.voce(key)
    widget = QWidget()
    widget.setObjectName("FascicoloSection")
    widget.setProperty("section", key)
    body = QVBoxLayout(widget)
    body.setContentsMargins(0, 0, 0, 0)
    body.setSpacing(T.S3)
    if with_title:
        body.addWidget(heading(st(item.label), 2))
    body.addWidget(label(st(item.intro)))
    if item.reconstruction:
        body.addWidget(reconstruction_note(st(item.reconstruction)))
    BUILDERS[key](f, key, actions, body, scale)
    body.addStretch(1)
    return widget


def section_of(key: str) -> str:
    return key.split(".", 1)[0]


def first_subsection(section: str) -> str:
    return fasc.sezione(section).voci[0].key
