"""Domande online (seeds 003/004): the list of the services and of the citizen's
domande with their stato di avanzamento (DOMANDE_URL), the multi-step form of one
domanda (?servizio=<kind>: "Passo N di M", Indietro / Aiuto always in the same
place, the receipt PDF at the end) and the detail of one domanda (?domanda=<id>).

Every rule (fields, checks, the session level, protocol, states, letters) is in
app.services.domande; this page only collects and shows. A session that may only
consult (PIN ordinario, SPID livello 1) is sent to the PIN gate page, which explains
how to convert the PIN."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.services import domande
from app.services.errors import ServiceError, ValidationError

from .. import tokens as T
from ..browser.router import build_url, route
from ..urls import DOMANDE_URL, FASCICOLO_URL, MYINPS_URL, PIN_GATE_URL, PRECOMPILATA_730_URL
from ..widgets.common import (
    ChoiceField,
    Field,
    RadioGroup,
    alert,
    button,
    card,
    clear_layout,
    heading,
    label,
    row,
)
from .base import PortalPage
from .pin_common import focus_first_error

PLACEHOLDERS = {
    "date": "gg/mm/aaaa",
    "cap": "es. 27100",
    "provincia": "es. PV",
    "cellulare": "es. 347 1234567",
    "fisso": "es. 0382 123456",
    "email": "nome@esempio.it",
    "iban": "IT00 X000 0000 0000 0000 0000 000",
    "cf": "16 caratteri",
    "money": "es. 1.234,56",
    "number": "es. 25",
}


class _ClickLabel(QLabel):
    """The wrapped text of a check box: a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
            self.box.setFocus()


class CheckField(QWidget):
    """A check box with a long wrapped label and its error message underneath."""

    def __init__(self, text: str, name: str):
        super().__init__()
        self.name = name
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, T.S2)
        outer.setSpacing(T.S1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self.input = QCheckBox()
        self.input.setAccessibleName(text)
        self.text = _ClickLabel(text, self.input)
        line.addWidget(self.input, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.text, 1)
        outer.addLayout(line)
        self.error = label("", "error")
        self.error.hide()
        outer.addWidget(self.error)

    def value(self) -> bool:
        return self.input.isChecked()

    def set_value(self, value) -> None:
        self.input.setChecked(bool(value))

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(bool(message))
        self.input.setAccessibleDescription(message)


class RadioList(QWidget):
    """A question with a few long answers: one radio button per line (easier to read and to
    hit than a drop-down list). Same interface as RadioGroup."""

    changed = Signal(str)

    def __init__(self, text: str, name: str, options: list[tuple[str, str]]):
        super().__init__()
        self.name = name
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, T.S2)
        outer.setSpacing(T.S1)
        self.label = label(text, "fieldlabel")
        outer.addWidget(self.label)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for shown, key in options:
            rb = QRadioButton(shown)
            rb.setAccessibleName(shown)
            self.group.addButton(rb)
            self.buttons[key] = rb
            rb.toggled.connect(lambda on, k=key: on and self.changed.emit(k))
            outer.addWidget(rb)
        self.error = label("", "error")
        self.error.hide()
        outer.addWidget(self.error)
        self.input = next(iter(self.buttons.values()), None)  # what the form focuses

    def value(self) -> str:
        return next((key for key, rb in self.buttons.items() if rb.isChecked()), "")

    def set_value(self, key: str) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(message)
        self.error.setVisible(bool(message))


@route(DOMANDE_URL, title="INPS - Domande online", login_required=True)
class DomandePage(PortalPage):
    TITLE = "INPS - Domande online"
    BREADCRUMB = ("Prestazioni e Servizi", "MyINPS", "Domande online")

    def setup(self) -> None:
        self.kind = self.params.get("servizio", "")
        self.detail_id = self.params.get("domanda", "")
        super().setup()

    def title(self) -> str:
        if self.kind in domande.DOMANDE:
            return f"{domande.DOMANDE[self.kind].title} - INPS"
        return self.tr(self.TITLE)

    def build(self, body):
        self.focus_target = None
        self.holder = QWidget()
        self.area = QVBoxLayout(self.holder)
        self.area.setContentsMargins(0, 0, 0, 0)
        self.area.setSpacing(T.S4)
        body.addWidget(self.holder)
        if self.session is None:
            return
        if self.kind:
            self.start_form()
        elif self.detail_id:
            self.show_detail()
        else:
            self.show_hub()

    def shown(self) -> None:
        if self.focus_target is not None:
            self.focus_target.setFocus()

    def world_changed(self) -> None:
        """The clock moved or something happened: redraw only if a domanda moved on."""
        if self.session is None or self.kind:
            return
        signature = self._signature()
        if signature == getattr(self, "_shown_signature", None):
            return
        if self.detail_id:
            self.show_detail()
        else:
            self.show_hub()

    def _signature(self) -> tuple:
        views = domande.list_applications(self.world, self.session.citizen_id)
        return tuple((v.id, v.state, v.outcome) for v in views)

    # -- the list ----------------------------------------------------------------------
    def show_hub(self) -> None:
        clear_layout(self.area)
        self._shown_signature = self._signature()
        a = self.area
        a.addWidget(heading(self.tr("Domande online")))
        a.addWidget(label(self.tr(
            "Da qui presenta le domande all'INPS e ne segue lo stato di avanzamento. Per presentare una domanda "
            "serve il PIN dispositivo, oppure SPID di livello 2 o la Carta Nazionale dei Servizi."), "lead"))
        if not self.session.can_submit_requests:
            a.addWidget(alert(self.tr(
                "Lei è entrato con %1: può consultare le sue domande, ma per presentarne di nuove serve il PIN "
                "dispositivo, SPID di livello 2 o la CNS.").replace("%1", self.session.method_label), "info"))
        a.addWidget(heading(self.tr("Presenta una domanda"), 2))
        self.service_links = {}
        for group, items in domande.catalogue_by_group():
            a.addWidget(heading(self.service_text(group), 3))
            grid_holder = QWidget()
            grid = QGridLayout(grid_holder)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(T.S4)
            grid.setVerticalSpacing(T.S4)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            for i, dtype in enumerate(items):
                link = self.link(self.service_text(dtype.title), build_url(DOMANDE_URL, servizio=dtype.kind),
                                 role="biglink")
                self.service_links[dtype.kind] = link
                grid.addWidget(card(link, label(self.service_text(dtype.description))), i // 2, i % 2)
            a.addWidget(grid_holder)
        a.addWidget(card(
            label(self.tr("Il 730 precompilato"), "h3"),
            label(self.tr("La dichiarazione dei redditi precompilata si fa sul sito dell'Agenzia delle Entrate, non "
                          "all'INPS. Dall'INPS le serve la Certificazione Unica: vediamo dove si trova.")),
            self.link(self.tr("Dove si fa il 730 e dove trovare la Certificazione Unica"), PRECOMPILATA_730_URL),
        ))
        a.addWidget(heading(self.tr("Le mie domande"), 2))
        views = domande.list_applications(self.world, self.session.citizen_id)
        self.application_cards = {}
        if not views:
            a.addWidget(label(self.tr("Non risultano domande presentate."), "muted"))
        for view in views:
            box = self._application_card(view)
            self.application_cards[view.protocol] = box
            a.addWidget(box)
        a.addWidget(row(self.link(self.tr("Fascicolo previdenziale del cittadino"), FASCICOLO_URL),
                        self.link(self.tr("Torna a MyINPS"), MYINPS_URL)))
        self.focus_target = next(iter(self.service_links.values()), None)

    def _state_line(self, view: domande.Domanda) -> QLabel:
        if view.outcome == "accolta":
            role = "success"
        elif view.outcome == "respinta":
            role = "error"
        else:
            role = "warning"
        return label(self.tr("Stato: %1").replace("%1", self.service_text(view.state_label)), role)

    def _application_card(self, view: domande.Domanda) -> QWidget:
        parts = [
            label(self.service_text(view.title), "h3"),
            label(self.tr("Protocollo %1 del %2").replace("%1", view.protocol)
                  .replace("%2", view.submitted_at.strftime("%d/%m/%Y")), "fieldlabel"),
            self._state_line(view),
        ]
        if view.next_due is not None:
            step = self.tr("esito") if view.next_state == "esito" else self.service_text(view.next_state)
            parts.append(label(self.tr("Prossimo passaggio: %1, previsto entro il %2.").replace("%1", step)
                               .replace("%2", view.next_due.strftime("%d/%m/%Y")), "muted"))
        buttons = [self.link(self.tr("Dettaglio della domanda %1").replace("%1", view.protocol),
                             build_url(DOMANDE_URL, domanda=str(view.id)))]
        buttons += self._document_buttons(view)
        parts.append(row(*buttons))
        box = card(*parts)
        box.setAccessibleName(f"{view.title} {view.protocol}")
        return box

    def _document_buttons(self, view: domande.Domanda) -> list:
        out = []
        if view.receipt_document_id:
            out.append(button(self.tr("Ricevuta %1 (PDF)").replace("%1", view.protocol),
                              lambda _=False, d=view.receipt_document_id: self.open_document(d), role="secondary"))
        if view.decision_document_id:
            out.append(button(self.tr("Esito %1 (PDF)").replace("%1", view.protocol),
                              lambda _=False, d=view.decision_document_id: self.open_document(d)))
        return out

    def open_document(self, document_id: int):
        try:
            title, pdf = domande.document_pdf(self.world, self.session.citizen_id, document_id)
        except ServiceError as exc:
            self.area.insertWidget(0, alert(self.service_text(exc.message), "error"))
            return None
        return self.ctx.open_pdf(title, pdf)

    # -- one domanda -------------------------------------------------------------------
    def show_detail(self) -> None:
        clear_layout(self.area)
        self._shown_signature = self._signature()
        a = self.area
        try:
            view = domande.get_application(self.world, self.session.citizen_id, int(self.detail_id))
        except (ServiceError, ValueError) as exc:
            a.addWidget(heading(self.tr("Domanda non trovata")))
            a.addWidget(alert(self.service_text(getattr(exc, "message", "")) or
                              self.tr("La domanda richiesta non risulta tra le sue domande."), "warning"))
            a.addWidget(row(self.link(self.tr("Le mie domande"), DOMANDE_URL)))
            return
        self.view = view
        a.addWidget(heading(self.service_text(view.title)))
        a.addWidget(label(self.tr("Protocollo %1, presentata il %2 alle %3").replace("%1", view.protocol)
                          .replace("%2", view.submitted_at.strftime("%d/%m/%Y"))
                          .replace("%3", view.submitted_at.strftime("%H:%M")), "lead"))
        a.addWidget(self._state_line(view))
        if view.motivazione:
            a.addWidget(alert(self.service_text(view.motivazione),
                              "success" if view.outcome == "accolta" else "error"))
        a.addWidget(heading(self.tr("Stato di avanzamento"), 2))
        steps = QWidget()
        grid = QGridLayout(steps)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(T.S5)
        for col, text in enumerate((self.tr("Data"), self.tr("Stato"), self.tr("Nota"))):
            grid.addWidget(label(text, "fieldlabel"), 0, col)
        for i, h in enumerate(view.history, 1):
            grid.addWidget(label(h.at.strftime("%d/%m/%Y %H:%M"), wrap=False), i, 0)
            grid.addWidget(label(self.service_text(h.state.capitalize()), wrap=False), i, 1)
            grid.addWidget(label(self.service_text(h.note)), i, 2)
        grid.setColumnStretch(2, 1)
        a.addWidget(card(steps))
        if view.next_due is not None:
            step = self.tr("esito") if view.next_state == "esito" else self.service_text(view.next_state)
            a.addWidget(label(self.tr("Prossimo passaggio: %1, previsto entro il %2. Per vederlo, faccia "
                                      "passare il tempo con l'Orologio.").replace("%1", step)
                              .replace("%2", view.next_due.strftime("%d/%m/%Y")), "muted"))
        if view.outcome:
            a.addWidget(label(self.tr("La lettera con l'esito è spedita per posta all'indirizzo di residenza "
                                      "(arriva nella Cassetta postale in circa 14 giorni)."), "muted"))
        if view.esito:
            a.addWidget(heading(self.tr("Che cosa è stato riconosciuto"), 2))
            a.addWidget(self._summary_grid(list(view.esito)))
        if view.summary:
            a.addWidget(heading(self.tr("Dati indicati nella domanda"), 2))
            a.addWidget(self._summary_grid([(label_, value) for label_, value in view.summary]))
        if view.preview:
            a.addWidget(heading(self.service_text(view.preview_title or "Simulazione"), 2))
            a.addWidget(self._summary_grid(list(view.preview)))
        buttons = self._document_buttons(view)
        if buttons:
            a.addWidget(row(*buttons))
        a.addWidget(row(self.link(self.tr("Le mie domande"), DOMANDE_URL)))

    def _summary_grid(self, rows: list[tuple[str, str]]) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(T.S5)
        grid.setVerticalSpacing(T.S2)
        for i, (name, value) in enumerate(rows):
            grid.addWidget(label(self.service_text(name), "muted"), i, 0)
            grid.addWidget(label(value, "fieldlabel", selectable=True), i, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        return card(holder)

    # -- the form ----------------------------------------------------------------------
    def start_form(self) -> None:
        clear_layout(self.area)
        try:
            self.form = domande.form_for(self.world, self.session, self.kind)
        except domande.DispositivoRequired as exc:
            self.area.addWidget(heading(self.tr("Serve il PIN dispositivo")))
            self.area.addWidget(alert(self.service_text(exc.message), "warning"))
            self.go(build_url(PIN_GATE_URL, uri=self.ctx.url))
            return
        except ServiceError as exc:
            self.area.addWidget(heading(self.tr("Domande online")))
            self.area.addWidget(alert(self.service_text(exc.message), "error"))
            self.area.addWidget(row(self.link(self.tr("Le mie domande"), DOMANDE_URL)))
            return
        self.values: dict = dict(self.form.initial)
        self.step = 0
        self.submission = None
        a = self.area
        a.addWidget(heading(self.service_text(self.form.title)))
        a.addWidget(label(self.service_text(self.form.description), "lead"))
        self.step_label = label("", "h2")
        a.addWidget(self.step_label)
        # Indietro / Aiuto / Avanti stay in the same place on every step (LOOK.md).
        self.back_button = button(self.tr("Indietro"), self.go_back_step, role="secondary")
        self.back_button.setAccessibleDescription(self.tr("Torna al passo precedente della domanda"))
        self.help_button = button(self.tr("Aiuto"), self.toggle_help, role="secondary")
        self.next_button = button(self.tr("Avanti"), self.go_next)
        nav = QWidget()
        nav_lay = QHBoxLayout(nav)
        nav_lay.setContentsMargins(0, 0, 0, 0)
        nav_lay.setSpacing(T.S4)
        nav_lay.addWidget(self.back_button)
        nav_lay.addWidget(self.help_button)
        nav_lay.addStretch(1)
        nav_lay.addWidget(self.next_button)
        a.addWidget(nav)
        self.help_box = alert("", "info")
        self.help_box.hide()
        a.addWidget(self.help_box)
        self.message_holder = QWidget()
        self.messages = QVBoxLayout(self.message_holder)
        self.messages.setContentsMargins(0, 0, 0, 0)
        a.addWidget(self.message_holder)
        self.step_holder = QWidget()
        self.step_area = QVBoxLayout(self.step_holder)
        self.step_area.setContentsMargins(0, 0, 0, 0)
        self.step_area.setSpacing(T.S3)
        a.addWidget(self.step_holder)
        self.show_step(0)

    def _set_text(self, widget, text: str) -> None:
        widget.setText(text)
        widget.setAccessibleName(text)

    def show_step(self, index: int) -> None:
        self.step = index
        step = self.form.steps[index]
        total = len(self.form.steps)
        self._set_text(self.step_label, self.tr("Passo %1 di %2: %3").replace("%1", str(index + 1))
                       .replace("%2", str(total)).replace("%3", self.service_text(step.title)))
        self.help_box.text_label.setText(self.service_text(step.help))
        self.help_box.setAccessibleName(self.service_text(step.help))
        self.help_box.hide()
        self._set_text(self.help_button, self.tr("Aiuto"))
        self._set_text(self.next_button, self.tr("Invia domanda") if step.summary else self.tr("Avanti"))
        clear_layout(self.messages)
        clear_layout(self.step_area)
        self.widgets: dict = {}
        if step.intro:
            self.step_area.addWidget(alert(self.service_text(step.intro), "info"))
        if step.summary:
            rows = domande.summary(self.world, self.session, self.kind, self.values)
            self.step_area.addWidget(label(self.tr("Controlli i dati: se qualcosa non va prema «Indietro» per "
                                                   "correggerlo. Nulla è stato ancora inviato."), "muted"))
            current = None
            grid_rows: list[tuple[str, str]] = []
            for step_title, name, value in rows:
                if step_title != current:
                    if grid_rows:
                        self.step_area.addWidget(self._summary_grid(grid_rows))
                        grid_rows = []
                    current = step_title
                    self.step_area.addWidget(label(self.service_text(step_title), "h3"))
                grid_rows.append((name, value))
            if grid_rows:
                self.step_area.addWidget(self._summary_grid(grid_rows))
            simulation = domande.preview(self.world, self.session, self.kind, self.values)
            if simulation:
                self.step_area.addWidget(label(self.service_text(self.form.preview_title), "h3"))
                self.preview_box = self._summary_grid(simulation)
                self.preview_box.setAccessibleName(self.service_text(self.form.preview_title))
                self.step_area.addWidget(self.preview_box)
        fields_box = []
        for f in step.fields:
            widget = self._make_widget(f)
            self.widgets[f.name] = widget
            fields_box.append(widget)
        self.step_area.addWidget(card(*fields_box))
        self._sync_visibility()
        first = next(iter(self.widgets.values()), None)
        self.focus_target = getattr(first, "input", first)
        if self.focus_target is not None and self.isVisible():
            self.focus_target.setFocus()

    def _make_widget(self, f: domande.Field):
        # A field asked only in some cases (shown_if) is needed when it is shown: not «facoltativo».
        optional = not f.required and f.kind != "check" and not f.help and not f.shown_if
        text = self.service_text(f.label) + (" " + self.tr("(facoltativo)") if optional else "")
        value = self.values.get(f.name)
        if f.kind == "check":
            w = CheckField(text, f.name)
            w.set_value(value)
            return w
        if f.kind == "choice":
            choices = [(self.service_text(shown), key) for key, shown in f.choices]
            if len(choices) <= 3 and all(len(c[0]) <= 24 for c in choices):
                w = RadioGroup(text, f.name, choices)
                w.set_value(value or "")
                w.changed.connect(lambda _k: self._sync_visibility())
                return w
            if len(choices) <= 5:
                w = RadioList(text, f.name, choices)
                w.set_value(value or "")
                w.changed.connect(lambda _k: self._sync_visibility())
                return w
            w = ChoiceField(text, f.name, [(self.tr("Scelga una voce"), "")] + choices)
            w.set_value(value or "")
            w.input.currentIndexChanged.connect(lambda _i: self._sync_visibility())
            return w
        display = domande.display_value(f, value) if value not in (None, "") else ""
        if f.kind == "money":
            display = display.replace("€", "").strip()
        w = Field(text, f.name, placeholder=self.tr(PLACEHOLDERS.get(f.kind, "")), max_length=max(f.max_length + 10, 40),
                  hint=self.service_text(f.help) if f.help else "")
        w.set_value("" if display == "-" else (display.replace(" ", "") if f.kind == "iban" else display))
        w.input.returnPressed.connect(self.go_next)
        return w

    def _sync_visibility(self) -> None:
        """A field with `shown_if` is shown only when the field it depends on (shown too)
        has one of the values given (e.g. the IBAN only for the accredito sul conto)."""
        step = self.form.steps[self.step]
        by_name = {f.name: f for f in step.fields}

        def shown(name: str) -> bool:
            f = by_name.get(name)
            if f is None or not f.shown_if:
                return True
            ctrl, allowed = f.shown_if
            if ctrl in self.widgets:
                return shown(ctrl) and self.widgets[ctrl].value() in allowed
            return str(self.values.get(ctrl) or "") in allowed

        for name, widget in self.widgets.items():
            widget.setVisible(shown(name))

    def _collect(self) -> None:
        for name, widget in self.widgets.items():
            self.values[name] = widget.value()

    def _clear_errors(self) -> None:
        clear_layout(self.messages)
        for widget in self.widgets.values():
            widget.set_error("")

    def toggle_help(self) -> None:
        show = not self.help_box.isVisible()
        self.help_box.setVisible(show)
        self._set_text(self.help_button, self.tr("Chiudi aiuto") if show else self.tr("Aiuto"))

    def go_back_step(self) -> None:
        self._collect()
        if self.step == 0:
            self.go(DOMANDE_URL)
            return
        self.show_step(self.step - 1)

    def go_next(self) -> None:
        self._collect()
        self._clear_errors()
        step = self.form.steps[self.step]
        try:
            if step.summary:
                self.submission = domande.submit(self.world, self.session, self.kind, self.values)
            else:
                cleaned = domande.validate_step(self.world, self.session, self.kind, self.step, self.values)
                self.values.update(cleaned)
        except ValidationError as exc:
            here = {k: v for k, v in exc.errors.items() if k in self.widgets}
            elsewhere = {k: v for k, v in exc.errors.items() if k not in self.widgets}
            if here:
                general = self.show_field_errors(ValidationError(here), self.widgets)
                if general is not None:
                    self.messages.addWidget(general)
                focus_first_error(self.widgets)
            if elsewhere:
                self.messages.addWidget(alert(self.tr(
                    "Alcuni dati dei passi precedenti non sono corretti: prema «Indietro» per correggerli.")
                    + "\n" + "\n".join(self.service_text(m) for m in elsewhere.values()), "error"))
            return
        except domande.DispositivoRequired:
            self.go(build_url(PIN_GATE_URL, uri=self.ctx.url))
            return
        except ServiceError as exc:
            self.messages.addWidget(alert(self.service_text(exc.message), "error"))
            return
        if step.summary:
            self.show_done()
        else:
            self.show_step(self.step + 1)

    def show_done(self) -> None:
        s = self.submission
        clear_layout(self.area)
        a = self.area
        a.addWidget(heading(self.tr("Domanda inviata")))
        box = alert(self.tr("La sua domanda «%1» è stata acquisita il %2 alle %3.")
                    .replace("%1", self.service_text(self.form.title))
                    .replace("%2", s.submitted_at.strftime("%d/%m/%Y")).replace("%3", s.submitted_at.strftime("%H:%M")),
                    "success")
        a.addWidget(box)
        a.addWidget(label(self.tr("Numero di protocollo"), "fieldlabel"))
        code = label(s.protocol, "code", selectable=True)
        code.setAccessibleName(self.tr("Numero di protocollo: %1").replace("%1", s.protocol))
        a.addWidget(code)
        a.addWidget(label(self.tr(
            "Conservi il numero di protocollo: identifica la domanda. La ricevuta è anche nella sua casella di "
            "posta elettronica, se ne ha indicata una. Lo stato di avanzamento si vede in «Le mie domande»; "
            "l'esito arriverà per posta all'indirizzo di residenza.")))
        self.receipt_button = button(self.tr("Apri la ricevuta (PDF)"), self.open_receipt)
        a.addWidget(row(self.receipt_button,
                        self.link(self.tr("Le mie domande"), DOMANDE_URL),
                        self.link(self.tr("Dettaglio della domanda"), build_url(DOMANDE_URL, domanda=str(s.application_id)))))
        self.focus_target = self.receipt_button
        self.receipt_button.setFocus()

    def open_receipt(self):
        s = self.submission
        return self.ctx.open_pdf(self.tr("Ricevuta domanda %1").replace("%1", s.protocol), s.receipt_pdf)

