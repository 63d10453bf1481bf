"""La mia pensione futura (seed 000): "il servizio che permette di simulare quale
sarà presumibilmente la pensione al termine dell'attività lavorativa". First the
informativa with the "presa visione" tick box and «Accedi», then the simulation:
the learner's hypotheses (salary growth 0-5 %, GDP 1 % or 1.5 %, the date of
stopping work), the results, the assumptions and a chart of the montante.

Every figure comes from app.services.pension; this page only shows them."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.money import euro
from app.services import pension
from app.services.errors import ServiceError, ValidationError

from .. import tokens as T
from ..browser.router import route
from ..urls import FASCICOLO_URL, MYINPS_URL, PENSIONE_FUTURA_URL
from ..widgets.common import (
    ChoiceField,
    Field,
    RadioGroup,
    alert,
    button,
    card,
    checkbox,
    clear_layout,
    heading,
    label,
    row,
)
from .base import PortalPage

SALARY_CHOICES = [(f"{v / 10:.1f}".replace(".", ",").replace(",0", "") + " %", str(v / 1000)) for v in range(0, 51, 5)]


def _pct(value: float) -> str:
    return pension.format_percent(value, 1).replace(",0%", "%")


class MontanteChart(QWidget):
    """The montante at 31 December of each year, bars drawn with QPainter: credited
    years in blue, projected years light; a line at each pension's decorrenza."""

    def __init__(self, zoom: int = 100, parent: QWidget | None = None):
        super().__init__(parent)
        self.zoom = zoom
        self.points: tuple = ()
        self.markers: list[tuple[int, str]] = []
        self.setMinimumHeight(round(300 * zoom / 100))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Grafico del montante contributivo anno per anno"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(round(900 * self.zoom / 100), round(320 * self.zoom / 100))

    def set_data(self, points, markers: list[tuple[int, str]]) -> None:
        self.points = tuple(points)
        self.markers = markers
        if self.points:
            first, last = self.points[0], self.points[-1]
            self.setAccessibleDescription(
                self.tr("Dal %1 al %2 il montante passa da %3 a %4.")
                .replace("%1", str(first.year)).replace("%2", str(last.year))
                .replace("%3", euro(first.montante_cents)).replace("%4", euro(last.montante_cents)))
        self.update()

    def _legend_lines(self, metrics, s: float) -> list[list[tuple[str, str, bool]]]:
        items = [(T.PRIMARY, self.tr("Contributi accreditati"), False),
                 (T.BG_LIGHT_2, self.tr("Anni stimati"), True)]
        left = metrics.horizontalAdvance("000.000 €") + round(12 * s)
        width = self.width() - left - round(12 * s)
        lines: list[list] = [[]]
        used = 0.0
        for item in items:
            need = metrics.height() + metrics.horizontalAdvance(item[1]) + 30 * s
            if lines[-1] and used + need > width:
                lines.append([])
                used = 0.0
            lines[-1].append(item)
            used += need
        return lines

    @staticmethod
    def _nice_step(top: float) -> float:
        raw = top / 5
        magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
        for mult in (1, 2, 2.5, 5, 10):
            if raw <= mult * magnitude:
                return mult * magnitude
        return 10 * magnitude

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = self.zoom / 100
        font = QFont(self.font())
        font.setPixelSize(max(9, round(T.SMALL * s)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.fillRect(self.rect(), QColor(T.WHITE))
        if not self.points:
            painter.setPen(QColor(T.TEXT_MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nessun dato da mostrare"))
            return
        top_value = max(p.montante_cents for p in self.points) / 100 or 1
        step = self._nice_step(top_value)
        ticks = int(top_value // step) + 1
        axis_max = step * ticks
        left = metrics.horizontalAdvance("000.000 €") + round(12 * s)
        legend = self._legend_lines(metrics, s)
        legend_h = len(legend) * (metrics.height() + round(4 * s)) + round(8 * s)
        plot = QRectF(left, round(8 * s) + legend_h, self.width() - left - round(12 * s),
                      self.height() - legend_h - metrics.height() * 2 - round(20 * s))
        # Grid and y labels.
        painter.setPen(QPen(QColor(T.DIVIDER), 1))
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = f"{int(step * i):,}".replace(",", ".") + " €"
            painter.setPen(QColor(T.TEXT_MUTED))
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - round(6 * s), metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(QPen(QColor(T.DIVIDER), 1))
        # Bars.
        n = len(self.points)
        slot = plot.width() / n
        bar_w = max(1.0, slot * 0.75)
        label_every = max(1, round(n / max(1, plot.width() / (metrics.horizontalAdvance("2000") + 10 * s))))
        label_every = next(k for k in (1, 2, 5, 10, 20) if k >= label_every) if label_every <= 20 else label_every
        years = [p.year for p in self.points]
        year_w = metrics.horizontalAdvance("0000") + 8 * s
        centers = [plot.left() + slot * i + slot / 2 for i in range(n)]
        wanted = [i for i, p in enumerate(self.points) if p.year % label_every == 0 or i in (0, n - 1)]
        shown: list[int] = []
        for i in wanted:
            if i == n - 1:
                while shown and centers[i] - centers[shown[-1]] < year_w and shown[-1] != 0:
                    shown.pop()  # the last year always shows: drop a neighbour that would overlap it
                if shown and centers[i] - centers[shown[-1]] < year_w:
                    continue
            elif shown and centers[i] - centers[shown[-1]] < year_w:
                continue
            shown.append(i)
        for i, p in enumerate(self.points):
            h = plot.height() * (p.montante_cents / 100) / axis_max
            x = plot.left() + slot * i + (slot - bar_w) / 2
            color = QColor(T.BG_LIGHT_2) if p.projected else QColor(T.PRIMARY)
            painter.fillRect(QRectF(x, plot.bottom() - h, bar_w, h), color)
            if p.projected:
                painter.setPen(QPen(QColor(T.PRIMARY), 1))
                painter.drawRect(QRectF(x, plot.bottom() - h, bar_w, h))
        painter.setPen(QColor(T.TEXT))
        for i in shown:
            painter.drawText(QRectF(centers[i] - year_w / 2, plot.bottom() + 4 * s, year_w, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, str(years[i]))
        # Decorrenza markers.
        for year, text in self.markers:
            if year not in years:
                continue
            i = years.index(year)
            x = plot.left() + slot * i + slot / 2
            painter.setPen(QPen(QColor(T.DANGER), max(2, round(2 * s)), Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor(T.DANGER))
            w = metrics.horizontalAdvance(text) + 8 * s
            tx = min(max(plot.left(), x - w / 2), plot.right() - w)
            painter.drawText(QRectF(tx, plot.bottom() + metrics.height() + 6 * s, w, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, text)
        # Legend (wrapped on more lines when the chart is narrow).
        box = metrics.height() * 0.8
        for line_no, items in enumerate(legend):
            x = plot.left()
            y = round(8 * s) + line_no * (metrics.height() + round(4 * s))
            for color, text, outline in items:
                painter.fillRect(QRectF(x, y, box, box), QColor(color))
                if outline:
                    painter.setPen(QPen(QColor(T.PRIMARY), 1))
                    painter.drawRect(QRectF(x, y, box, box))
                painter.setPen(QColor(T.TEXT))
                painter.drawText(QPointF(x + box + 6 * s, y + box), text)
                x += box + metrics.horizontalAdvance(text) + 30 * s
        painter.end()


@route(PENSIONE_FUTURA_URL, title="INPS - La mia pensione futura", login_required=True)
class PensioneFuturaPage(PortalPage):
    TITLE = "INPS - La mia pensione futura"
    BREADCRUMB = ("Prestazioni e Servizi", "MyINPS", "La mia pensione futura")

    def build(self, body):
        self.focus_target = None
        self.simulation = None
        body.addWidget(heading(self.tr("La mia pensione futura")))
        body.addWidget(label(self.tr(
            "Il servizio permette di simulare quale sarà presumibilmente la sua pensione al termine "
            "dell'attività lavorativa."), "lead"))
        self.holder = QWidget()
        self.area = QVBoxLayout(self.holder)
        self.area.setContentsMargins(0, 0, 0, 0)
        self.area.setSpacing(T.S4)
        body.addWidget(self.holder)
        if self.session is None:
            return
        self.show_informativa()

    def shown(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus()

    # -- informativa -------------------------------------------------------------------
    def show_informativa(self) -> None:
        clear_layout(self.area)
        parts = [heading(self.tr("Informativa"), 2)]
        parts += [label(text) for text in (
            self.tr("Il servizio «La mia pensione futura» fornisce una stima della pensione calcolata sui contributi "
                    "presenti nel suo estratto conto e su ipotesi relative al futuro (andamento della sua retribuzione "
                    "e dell'economia). Il risultato è una simulazione: non ha valore di certificazione e non impegna "
                    "l'Istituto."),
            self.tr("Gli importi sono espressi a moneta costante, cioè al valore attuale del denaro, e sono lordi: "
                    "le imposte non sono considerate."),
            self.tr("I suoi dati personali sono trattati solo per eseguire la simulazione richiesta, secondo il "
                    "Regolamento (UE) 2016/679. In questa palestra tutti i dati sono di fantasia."),
        )]
        self.presa_visione = checkbox(self.tr("Dichiaro di aver preso visione dell'informativa"))
        self.presa_error = label("", "error")
        self.presa_error.hide()
        self.accedi = button(self.tr("Accedi"), self.accept_informativa)
        parts += [row(self.presa_visione), self.presa_error, row(self.accedi)]
        self.area.addWidget(card(*parts))
        self.focus_target = self.presa_visione

    def accept_informativa(self) -> None:
        if not self.presa_visione.isChecked():
            message = self.tr("Per proseguire spunti la casella «Dichiaro di aver preso visione dell'informativa».")
            self.presa_error.setText(message)
            self.presa_error.setAccessibleName(message)
            self.presa_error.show()
            self.presa_visione.setFocus()
            return
        pension.accept_informativa(self.world, self.session.citizen_id)
        self.show_simulation()

    # -- simulation --------------------------------------------------------------------
    def show_simulation(self) -> None:
        clear_layout(self.area)
        self.top = QVBoxLayout()
        self.area.addLayout(self.top)
        self.salary = ChoiceField(self.tr("Crescita annua della sua retribuzione"), "salary_growth",
                                  [(text, value) for text, value in SALARY_CHOICES])
        self.salary.set_value("0.01")
        self.gdp = RadioGroup(self.tr("Crescita annua del PIL (rivaluta i contributi)"), "gdp_growth",
                              [(self.tr("1 %"), "0.01"), (self.tr("1,5 %"), "0.015")])
        self.gdp.set_value("0.015")
        self.until = RadioGroup(self.tr("Fino a quando pensa di lavorare?"), "until",
                                [(self.tr("Fino alla pensione"), "pensione"), (self.tr("Fino a una data"), "data")])
        self.until.set_value("pensione")
        self.stop = Field(self.tr("Data di cessazione dell'attività"), "stop_date", max_length=10,
                          placeholder=self.tr("mm/aaaa"),
                          hint=self.tr("Il mese e l'anno in cui smette di lavorare, per esempio 12/2030."))
        self.stop.setVisible(False)
        self.until.changed.connect(lambda key: self.stop.setVisible(key == "data"))
        self.stop.input.returnPressed.connect(self.calculate)
        self.calc_button = button(self.tr("Calcola"), self.calculate)
        self.area.addWidget(card(
            heading(self.tr("Le ipotesi della simulazione"), 2),
            label(self.tr("Può cambiare le ipotesi e premere «Calcola» tutte le volte che vuole."), "muted"),
            self.salary, self.gdp, self.until, self.stop, row(self.calc_button),
        ))
        self.results_holder = QWidget()
        self.results = QVBoxLayout(self.results_holder)
        self.results.setContentsMargins(0, 0, 0, 0)
        self.results.setSpacing(T.S4)
        self.area.addWidget(self.results_holder)
        self.focus_target = self.salary.input
        self.calculate()
        self.salary.input.setFocus()

    def options(self) -> pension.SimulationOptions:
        stop = None
        if self.until.value() == "data":
            stop = pension.parse_stop_date(self.stop.value())
        return pension.SimulationOptions(float(self.salary.value() or 0), float(self.gdp.value() or 0.015), stop)

    def calculate(self) -> None:
        clear_layout(self.top)
        for f in (self.salary, self.gdp, self.stop):
            f.set_error("")
        try:
            sim = pension.simulate(self.world, self.session.citizen_id, self.options())
        except ValidationError as exc:
            clear_layout(self.results)  # no stale results under wrong hypotheses
            general = self.show_field_errors(exc, {"salary_growth": self.salary, "gdp_growth": self.gdp,
                                                   "stop_date": self.stop})
            if general is not None:
                self.top.addWidget(general)
            if "stop_date" in exc.errors:
                self.stop.input.setFocus()
            return
        except ServiceError as exc:
            clear_layout(self.area)
            self.area.addWidget(alert(self.service_text(exc.message), "warning"))
            self.area.addWidget(row(self.link(self.tr("Apri il Fascicolo previdenziale"), FASCICOLO_URL),
                                    self.link(self.tr("Torna a MyINPS"), MYINPS_URL)))
            return
        self.simulation = sim
        self.show_results(sim)

    def show_results(self, sim: pension.Simulation) -> None:
        clear_layout(self.results)
        r = self.results
        r.addWidget(heading(self.tr("Il risultato della simulazione"), 2))
        start = [
            (self.tr("Simulazione per %1, nata il %2, eseguita il %3.") if sim.sesso == "F"
             else self.tr("Simulazione per %1, nato il %2, eseguita il %3.")).replace("%1", sim.name)
            .replace("%2", sim.data_nascita.strftime("%d/%m/%Y")).replace("%3", sim.as_of.strftime("%d/%m/%Y")),
            self.tr("Contributi accreditati: %1.").replace("%1", pension.format_weeks(sim.credited_weeks)),
        ]
        if sim.working and sim.current_pay_cents:
            start.append(self.tr("Retribuzione annua attuale: %1.").replace("%1", euro(sim.current_pay_cents)))
        r.addWidget(label("\n".join(start)))
        first = sim.first
        if first is None:
            r.addWidget(alert(self.tr("Con i dati e le ipotesi indicate non risulta una pensione raggiungibile."),
                              "warning"))
        for outcome in sim.outcomes:
            r.addWidget(self._outcome_card(outcome, outcome is first))
        for kind, reason in sim.missing.items():
            name = self.tr("Pensione anticipata") if kind == "anticipata" else self.tr("Pensione di vecchiaia")
            r.addWidget(alert(self.tr("%1: non raggiungibile.").replace("%1", name) + " "
                              + self.service_text(reason), "info"))
        if sim.series:
            r.addWidget(heading(self.tr("Il montante contributivo nel tempo"), 3))
            r.addWidget(label(self.tr(
                "Ogni barra è il montante al 31 dicembre dell'anno (l'ultima alla decorrenza della pensione): "
                "la somma dei contributi, rivalutata ogni anno. Le barre chiare sono gli anni stimati, con "
                "contributi futuri o una rivalutazione ipotizzata."), "muted"))
            self.chart = MontanteChart(self.ctx.zoom)
            markers = [(o.decorrenza.year, self.tr("Anticipata") if o.kind == "anticipata" else self.tr("Vecchiaia"))
                       for o in sim.outcomes]
            if len(markers) == 2 and markers[0][0] == markers[1][0]:
                markers = [(markers[0][0], self.tr("Anticipata e vecchiaia"))]
            self.chart.set_data(sim.series, markers)
            r.addWidget(self.chart)
            self.table_button = button(self.tr("Mostra i valori in tabella"), self._toggle_table, role="secondary")
            r.addWidget(row(self.table_button))
            self.table = self._series_table(sim.series)
            self.table.setVisible(False)
            r.addWidget(self.table)
        r.addWidget(heading(self.tr("Ipotesi e avvertenze"), 3))
        for text in sim.assumptions:
            r.addWidget(label("• " + self.service_text(text)))

    def _outcome_card(self, o: pension.PensionOutcome, first: bool) -> QWidget:
        title = self.tr("Pensione anticipata") if o.kind == "anticipata" else self.tr("Pensione di vecchiaia")
        when = self.tr("dal %1, a %2").replace("%1", o.decorrenza.strftime("%d/%m/%Y")).replace(
            "%2", pension.format_years_months(o.age_years, o.age_months) + " " + self.tr("di età"))
        amount = label(self.tr("%1 al mese").replace("%1", euro(o.monthly_cents)), "h2")
        amount.setAccessibleName(self.tr("Importo mensile lordo: %1").replace("%1", euro(o.monthly_cents)))
        lines = [
            self.tr("Importo lordo a moneta costante, per 13 mensilità (%1 l'anno).").replace("%1", euro(o.annual_cents)),
            self.tr("Montante contributivo alla decorrenza: %1.").replace("%1", euro(o.montante_cents)),
            self.tr("Coefficiente di trasformazione: %1 (tabella %2).")
            .replace("%1", f"{o.coefficiente:.3f}".replace(".", ",") + "%").replace("%2", o.coefficiente_table),
            self.tr("Contributi alla decorrenza: %1.").replace("%1", pension.format_weeks(o.weeks)),
            self.tr("Requisito: %1.").replace("%1", self.service_text(o.requirement)),
        ]
        if o.tasso_sostituzione is not None:
            lines.insert(1, self.tr("Tasso di sostituzione: %1 (prima pensione annua rispetto all'ultima "
                                    "retribuzione annua di %2).").replace("%1", _pct(o.tasso_sostituzione))
                         .replace("%2", euro(o.last_pay_cents or 0)))
        parts = [label(title + (" · " + self.tr("la prima raggiungibile") if first else ""), "h3"),
                 label(when, "lead"), amount]
        parts += [label(text) for text in lines]
        if o.note:
            parts.append(label(self.service_text(o.note), "warning"))
        box = card(*parts)
        box.setAccessibleName(f"{title} {when}")
        return box

    def _series_table(self, series) -> QTableWidget:
        headers = [self.tr("Anno"), self.tr("Contributi dell'anno"), self.tr("Rivalutazione"), self.tr("Montante")]
        table = QTableWidget(len(series), len(headers))
        table.setAccessibleName(self.tr("Tabella del montante contributivo"))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sources = {"pubblicato": self.tr("coefficiente pubblicato"), "ipotesi": self.tr("ipotesi PIL"),
                   "non disponibile": self.tr("non rivalutato"), "non applicata": self.tr("anno della pensione")}
        for i, p in enumerate(series):
            coeff = f"{p.coefficiente:.6f}".replace(".", ",") + f" ({sources.get(p.fonte, p.fonte)})"
            values = [str(p.year) + (" *" if p.projected else ""), euro(p.contributi_cents), coeff, euro(p.montante_cents)]
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(round(320 * self.ctx.zoom / 100))
        return table

    def _toggle_table(self) -> None:
        show = not self.table.isVisible()
        self.table.setVisible(show)
        text = self.tr("Nascondi la tabella") if show else self.tr("Mostra i valori in tabella")
        self.table_button.setText(text)
        self.table_button.setAccessibleName(text)
