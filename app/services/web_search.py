"""The neutral search engine of the browser's start page (seed 000: "digitare
nella barra di ricerca inps, premere Invio e selezionare il primo risultato")."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.paths import DATA_DIR


@dataclass(frozen=True)
class WebResult:
    title: str
    url: str
    snippet: str


def fold(text: str) -> str:
    """Lower case without accents: "Pensionè" -> "pensione"."""
    text = unicodedata.normalize("NFKD", str(text).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict, ...]:
    with open(DATA_DIR / "web_catalogue.json", encoding="utf-8") as fh:
        return tuple(json.load(fh)["results"])


def search(query: str, limit: int = 10) -> list[WebResult]:
    """Results for `query`, best first; an empty or blank query gives none."""
    words = [w for w in fold(query).replace("-", " ").split() if w]
    if not words:
        return []
    phrase = " ".join(words)
    scored = []
    for order, item in enumerate(_catalogue()):
        keywords = [fold(k) for k in item["keywords"]]
        haystack = fold(item["title"] + " " + item["snippet"])
        score = 0.0
        if phrase in keywords:
            score += 10 - min(keywords.index(phrase), 9) * 0.5
        for word in words:
            if any(word == k for k in keywords):
                score += 3
            elif any(word in k.split() for k in keywords):
                score += 2
            elif word in haystack:
                score += 1
        if score > 0:
            scored.append((-score, order, item))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [WebResult(i["title"], i["url"], i["snippet"]) for _s, _o, i in scored[:limit]]


@dataclass(frozen=True)
class FantasySite:
    """A page of a made-up site (".sim") that search results lead to: its text lives in
    the catalogue (`page`: site name and paragraphs)."""

    url: str
    title: str
    site: str
    paragraphs: tuple[str, ...]


def fantasy_sites() -> list[FantasySite]:
    return [
        FantasySite(i["url"], i["title"], i["page"]["site"], tuple(i["page"]["paragraphs"]))
        for i in _catalogue()
        if "page" in i
    ]
