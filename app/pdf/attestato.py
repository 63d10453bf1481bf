"""The attestato of a passed Verifica: who practised (the learner, a real person), which
lesson of which course, on which real date, with what result. Issued by Palestra INPS,
never by the INPS: the letterhead says so and the SIMULAZIONE mark is on the page.

    attestato_pdf(learner="Anna Rossi", summary=session.summary(), on=dt.date(2024, 5, 6))

`on` is the real date of the exercise, passed in by the caller (this module never reads
a clock).
"""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from .base import esc, make_document, para, spacer, table

LETTERHEAD = "Palestra INPS - simulatore per esercitarsi"
TITLE = "Attestato di esercitazione"
NOTICE = ("Esercitazione svolta su Palestra INPS, un simulatore del portale INPS senza collegamento a "
          "Internet: persone, codici e documenti sono di fantasia. Questo attestato certifica solo "
          "l'esercitazione, non ha valore legale e non è rilasciato dall'INPS.")


def _mistakes(n: int) -> str:
    return "nessun errore" if n == 0 else ("1 errore" if n == 1 else f"{n} errori")


def attestato_pdf(*, learner: str, summary: dict, on: dt.date) -> bytes:
    """PDF bytes. `summary` is LessonSession.summary() of a Verifica that was passed."""
    if summary.get("passed") is not True:
        raise ValueError("an attestato is only for a passed Verifica")
    if not learner.strip():
        raise ValueError("the attestato needs the learner's name")
    date = on.strftime("%d/%m/%Y")
    result = (f"superata con {_mistakes(int(summary['mistakes']))} "
              f"(ammessi al massimo {int(summary['max_mistakes'])})")
    story = [
        spacer(6),
        para(esc(TITLE), "h1"),
        spacer(2),
        para("Si attesta che"),
        spacer(2),
        para(f"<b>{esc(learner)}</b>", "code"),
        spacer(2),
        para(f"ha superato la verifica della lezione «{esc(summary['lesson'])}» del percorso "
             f"«{esc(summary['course'])}» il {esc(date)}."),
        spacer(5),
        table([["Dato", "Valore"],
               [para("Allievo", "bold"), para(esc(learner))],
               [para("Lezione", "bold"), para(esc(summary["lesson"]))],
               [para("Percorso", "bold"), para(esc(summary["course"]))],
               [para("Data", "bold"), para(esc(date))],
               [para("Modalità", "bold"), para("Verifica (senza suggerimenti)")],
               [para("Passi svolti", "bold"), para(esc(str(summary["steps"])))],
               [para("Risultato", "bold"), para(esc(result))]],
              [50 * mm, 130 * mm]),
        spacer(8),
        para(esc(NOTICE), "small"),
    ]
    return make_document(TITLE, story, subtitle=f"{TITLE}: {summary['lesson']}", author=LETTERHEAD,
                         letterhead=LETTERHEAD)
