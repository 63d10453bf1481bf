"""The Fascicolo's documents as PDF bytes, made on demand from the citizen's records.

    doc = documents.generate(world, citizen_id, "cu", year=2018)
    doc.pdf      # bytes, ready for the built-in viewer
    doc.filename # "CU2018_BNCMRA48C52G388G.pdf"

Kinds: estratto_conto, estratto_conto_parasubordinati, cu (year = the CU's
year), obism (year), cedolino (year, month), domanda (application_id), and
archived (document_id: a stored PDF of the citizen, e.g. a decision letter).
Every figure comes from app.services.fascicolo, the same read models the pages
show, so a document and its screen always agree.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.i18n import N_, _t
from app.models import Document

from . import fascicolo as fasc
from .errors import ServiceError

KINDS: dict[str, str] = {
    "estratto_conto": N_("Estratto conto"),
    "estratto_conto_parasubordinati": N_("Estratto conto Parasubordinati"),
    "cu": N_("Certificazione Unica"),
    "obism": N_("Certificato di pensione ObisM"),
    "cedolino": N_("Cedolino pensione"),
    "domanda": N_("Domanda presentata"),
    "archived": N_("Documento"),
}


@dataclass(frozen=True)
class GeneratedDocument:
    kind: str
    title: str
    filename: str
    pdf: bytes
    year: int | None = None
    month: int | None = None


def _need(value, what: str):
    if value is None:
        raise ServiceError(_t("Indichi {what} del documento richiesto.", what=what))
    return int(value)


def generate(world, citizen, kind: str, year: int | None = None, month: int | None = None, *,
             application_id: int | None = None, document_id: int | None = None,
             record: bool = True) -> GeneratedDocument:
    """Build the PDF of `kind` for the citizen (ServiceError when it does not exist)."""
    if kind not in KINDS:
        raise ServiceError(_t("Tipo di documento sconosciuto: «{kind}».", kind=kind))
    c = fasc.citizen_record(citizen)
    today = world.clock.today()
    cf = c.codice_fiscale
    if kind in ("estratto_conto", "estratto_conto_parasubordinati"):
        from app.pdf.estratto_conto import estratto_conto_pdf

        para = kind.endswith("parasubordinati")
        ec = fasc.estratto_conto(world, c, parasubordinati=para)
        if ec.empty and para:
            raise ServiceError(_t("Non risultano contributi nella Gestione Separata: l'Estratto conto "
                               "Parasubordinati è vuoto."))
        pdf = estratto_conto_pdf(fasc.anagrafica(world, c), ec, today)
        doc = GeneratedDocument(kind, f"{ec.title} di {c.cognome} {c.nome}",
                                f"{'EstrattoContoParasubordinati' if para else 'EstrattoConto'}_{cf}.pdf", pdf)
    elif kind == "cu":
        from app.pdf.cu import cu_pdf

        y = _need(year, "l'anno")
        cu = fasc.certificazione_unica(world, c, y)
        doc = GeneratedDocument(kind, _t("{nome} {anno} (redditi {redditi})", nome="CUD" if cu.cud else N_("Certificazione Unica"), anno=y,
                                   redditi=y - 1),
                                f"{'CUD' if cu.cud else 'CU'}{y}_{cf}.pdf", cu_pdf(cu, today), year=y)
    elif kind == "obism":
        from app.pdf.obism import obism_pdf

        y = _need(year, "l'anno")
        o = fasc.obism(world, c, y)
        doc = GeneratedDocument(kind, _t("Certificato di pensione ObisM {anno}", anno=y), f"ObisM{y}_{cf}.pdf",
                                obism_pdf(o, today), year=y)
    elif kind == "cedolino":
        from app.pdf.cedolino import cedolino_pdf

        y = _need(year, "l'anno")
        m = _need(month, "il mese")
        ced = fasc.cedolino(world, c, y, m)
        doc = GeneratedDocument(kind, _t("Cedolino pensione {mese}", mese=ced.label), f"Cedolino_{y}-{m:02d}_{cf}.pdf",
                                cedolino_pdf(ced, today), year=y, month=m)
    elif kind == "domanda":
        from app.pdf.domande import summary_pdf

        app_id = _need(application_id, "la domanda")
        dom = fasc.domanda(world, c, app_id)
        pension = None
        if dom.accolta and fasc.is_pension_kind(dom.kind):
            pension = next((p for p in fasc.pensioni(world, c) if p.decorrenza >= dom.submitted_at.date()), None)
        safe = dom.protocol.replace("/", "-").replace(" ", "")
        doc = GeneratedDocument(kind, f"{dom.title} - {dom.protocol}", f"Domanda_{safe}.pdf",
                                summary_pdf(dom, fasc.anagrafica(world, c), today, pension))
    else:  # archived
        doc_id = _need(document_id, "il documento")
        row = Document.get_or_none((Document.id == doc_id) & (Document.citizen == c.id))
        if row is None or not row.pdf:
            raise ServiceError(_t("Il documento richiesto non è disponibile nel Fascicolo di questo cittadino."))
        doc = GeneratedDocument(kind, row.title, f"{row.kind}_{row.id}.pdf", bytes(row.pdf),
                                year=row.year, month=row.month)
    if record:
        world.events.record("document.generated", c, kind=kind, year=doc.year, month=doc.month,
                            application=application_id, document=document_id, size=len(doc.pdf))
    return doc


def pdf_bytes(world, citizen, kind: str, year: int | None = None, month: int | None = None, **kw) -> bytes:
    return generate(world, citizen, kind, year, month, **kw).pdf


__all__ = ["GeneratedDocument", "KINDS", "generate", "pdf_bytes"]
