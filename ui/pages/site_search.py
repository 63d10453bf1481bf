"""The portal's internal search (seed 000): results grouped as servizi, schede
prestazioni and notizie; one click on a title opens it. Also the page that shows
a scheda or a notizia of the catalogue (/nuovoportaleinps/default.aspx?itemDir=).

Every rule (matching, ranking, the catalogue) is in app.services.site_search."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.services import site_search
from app.services.errors import ServiceError

from ..browser.router import HOME_URL, build_url, route
from ..urls import MYINPS_URL, PORTAL_ITEM_URL, SEARCH_URL
from ..widgets.common import alert, button, card, heading, label, row
from .base import PortalPage

def attach_suggestions(page, edit: QLineEdit) -> QCompleter:
    """While the learner types, offer the best titles of the catalogue ("la mia pensione"
    offers "La mia pensione futura"); choosing one opens it. Usable by any search box."""
    model = QStringListModel(edit)
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # our own ranking
    completer.setMaxVisibleItems(6)
    completer.popup().setAccessibleName(page.tr("Suggerimenti di ricerca"))
    urls: dict[str, str] = {}

    def update(text: str) -> None:
        items = site_search.suggest(text)
        urls.clear()
        urls.update({item.title: item.url for item in items})
        model.setStringList(list(urls))

    def chosen(title: str) -> None:
        if title in urls:
            page.go(urls[title])

    edit.textEdited.connect(update)
    completer.activated.connect(chosen)
    edit.setCompleter(completer)
    edit.suggestions = model  # type: ignore[attr-defined]  (for tests)
    return completer


@route(SEARCH_URL, title="INPS - Risultati della ricerca")
class SiteSearchPage(PortalPage):
    TITLE = "INPS - Risultati della ricerca"
    BREADCRUMB = ("Risultati della ricerca",)

    def title(self) -> str:
        query = self.params.get("q", "")
        return self.tr("Ricerca: %1 - INPS").replace("%1", query) if query else self.tr(self.TITLE)

    def build(self, body):
        query = self.params.get("q", "")
        body.addWidget(heading(self.tr("Risultati della ricerca")))
        self.box = QLineEdit(query)
        self.box.setObjectName("SiteSearchPageBox")
        self.box.setAccessibleName(self.tr("Cerca nel sito INPS"))
        self.box.setPlaceholderText(self.tr("Cerca"))
        self.box.setMaxLength(site_search.MAX_QUERY)
        self.box.setMinimumWidth(round(480 * self.ctx.zoom / 100))
        self.box.returnPressed.connect(self._search)
        attach_suggestions(self, self.box)
        body.addWidget(row(self.box, button(self.tr("Cerca"), self._search)))
        self.title_links: dict[str, object] = {}
        if not query.strip():
            body.addWidget(label(self.tr(
                "Scriva nella casella che cosa cerca (per esempio «la mia pensione») e prema Invio."), "lead"))
            return
        self.results = site_search.search(self.world, query)
        if self.results.corrected:
            suggestion = self.link(self.results.corrected, build_url(SEARCH_URL, q=self.results.corrected))
            body.addWidget(row(label(self.tr("Forse cercavi:"), "fieldlabel", wrap=False), suggestion))
        if not self.results.total:
            body.addWidget(alert(self.tr(
                "Nessun risultato per «%1». Controlli come ha scritto le parole, oppure provi con parole più "
                "semplici: per esempio «pensione», «PIN», «Certificazione Unica».").replace("%1", query), "warning"))
            return
        total = self.results.total
        body.addWidget(label(
            (self.tr("1 risultato per «%2»") if total == 1 else self.tr("%1 risultati per «%2»"))
            .replace("%1", str(total)).replace("%2", query), "lead"))
        body.addWidget(label(self.tr("Prema sul titolo del risultato che le interessa per aprirlo."), "muted"))
        first = True
        for group in self.results.groups:
            title = self.group_title(group.key)
            body.addWidget(heading(f"{title} ({len(group.hits)})", 2))
            for hit in group.hits:
                entry = hit.item
                link = self.link(entry.title, entry.url, role="biglink" if first else "link")
                link.setAccessibleDescription(entry.summary)
                first = False
                self.title_links[entry.title] = link
                parts = [row(link)]
                if entry.date:
                    parts.append(label(self.tr("Notizia del %1").replace("%1", entry.date_label), "muted"))
                parts.append(label(entry.summary))
                if entry.group == "servizio" and entry.login_required and self.session is None:
                    parts.append(label(self.tr("Servizio riservato: per usarlo si entra con PIN, SPID o CNS."),
                                       "muted"))
                body.addWidget(card(*parts))

    def group_title(self, key: str) -> str:
        return {"servizio": self.tr("Servizi"), "scheda": self.tr("Schede prestazioni"),
                "notizia": self.tr("Notizie")}.get(key, key)

    def _search(self) -> None:
        text = self.box.text().strip()
        if text:
            self.go(build_url(SEARCH_URL, q=text))
        else:
            self.box.setFocus()

    def shown(self) -> None:
        links = list(self.title_links.values())
        if links:
            links[0].setFocus()
        else:
            self.box.setFocus()


@route(PORTAL_ITEM_URL, title="INPS")
class PortalItemPage(PortalPage):
    """A scheda prestazione or a notizia of the catalogue."""

    TITLE = "INPS"

    def setup(self) -> None:
        try:
            self.entry = site_search.item(int(self.params.get("itemDir", self.params.get("itemdir", "0")) or 0))
            self.missing = ""
        except (ServiceError, ValueError) as exc:
            self.entry = None
            self.missing = exc.message if isinstance(exc, ServiceError) else ""
        if self.entry is not None and self.entry.group == "notizia":
            self.BREADCRUMB = ("INPS Comunica", "Notizie")
        elif self.entry is not None:
            self.BREADCRUMB = ("Prestazioni e servizi", "Schede prestazioni")
        super().setup()

    def title(self) -> str:
        return f"{self.entry.title} - INPS" if self.entry is not None else self.tr("Pagina non disponibile - INPS")

    def build(self, body):
        if self.entry is None:
            body.addWidget(heading(self.tr("Pagina non disponibile")))
            body.addWidget(alert(self.service_text(self.missing) if self.missing else self.tr(
                "La pagina richiesta non esiste più o è stata spostata."), "warning"))
            body.addWidget(row(self.link(self.tr("Torna alla home"), HOME_URL)))
            return
        entry = self.entry
        body.addWidget(heading(entry.title))
        if entry.date:
            body.addWidget(label(self.tr("Notizia del %1").replace("%1", entry.date_label), "muted"))
        for paragraph in entry.body or (entry.summary,):
            body.addWidget(label(paragraph, selectable=True))
        related = site_search.related(entry)
        if related:
            body.addWidget(heading(self.tr("Servizi e informazioni collegati"), 2))
            self.related_links = []
            for other in related:
                link = self.link(other.title, other.url, role="biglink" if other.group == "servizio" else "link")
                self.related_links.append(link)
                body.addWidget(card(row(link), label(other.summary, "muted")))
        body.addWidget(row(self.link(self.tr("Torna alla ricerca"), build_url(SEARCH_URL, q=entry.title)),
                           self.link(self.tr("Vai a MyINPS"), MYINPS_URL)))
