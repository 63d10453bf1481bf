"""The portal's internal search (seed 000): "la barra di ricerca interna al sito
tramite la quale verranno proposti vari risultati relativi all'oggetto di ricerca
(servizi, schede prestazioni, notizie, ecc.)".

The catalogue is data/site_catalogue.json. Matching ignores case and accents and
forgives small typos (an edit distance of 1 for words of 4-7 letters, 2 from 8);
a query that is the beginning of a title ("la mia pensione") puts that title
first. The public home page's search and MyINPS's search use the same service.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.i18n import _t
from app.paths import DATA_DIR

from . import fields as fieldmod
from .errors import ServiceError

GROUPS = (
    ("servizio", "Servizi"),
    ("scheda", "Schede prestazioni"),
    ("notizia", "Notizie"),
)
STOPWORDS = frozenset(
    "il lo la i gli le l un uno una di del dello della dei degli delle d a al allo alla ai agli alle "
    "da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle con su sul sulla per tra fra "
    "e ed o come cosa che".split()
)
MAX_QUERY = 200
RELEVANCE = 0.25  # results scoring less than this share of the best one are left out


@dataclass(frozen=True)
class CatalogueItem:
    id: int
    group: str  # "servizio", "scheda", "notizia"
    title: str
    url: str
    summary: str
    body: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    date: str = ""  # ISO date of a notizia
    login_required: bool = False
    related: tuple[int, ...] = ()

    @property
    def date_label(self) -> str:
        if not self.date:
            return ""
        y, m, d = self.date.split("-")
        return f"{d}/{m}/{y}"


@dataclass(frozen=True)
class Hit:
    item: CatalogueItem
    score: float


@dataclass(frozen=True)
class ResultGroup:
    key: str
    label: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class SearchResults:
    query: str
    groups: tuple[ResultGroup, ...]  # only the groups with results, in the order of GROUPS
    corrected: str = ""  # "Forse cercavi" when words were corrected or nothing was found

    @property
    def total(self) -> int:
        return sum(len(g.hits) for g in self.groups)

    @property
    def best(self) -> CatalogueItem | None:
        hits = [h for g in self.groups for h in g.hits]
        return max(hits, key=lambda h: h.score).item if hits else None


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------


def normalize(text: str) -> str:
    """Lower case, no accents, letters and digits separated by single spaces."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if w not in STOPWORDS]


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, capped at `limit` + 1."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def allowed_typos(word: str) -> int:
    if len(word) >= 8:
        return 2
    if len(word) >= 4:
        return 1
    return 0


def word_match(query_word: str, word: str) -> float:
    """How well one typed word matches one catalogue word (0 = not at all)."""
    if query_word == word:
        return 1.0
    if len(query_word) >= 3 and word.startswith(query_word):
        return 0.85
    typos = allowed_typos(query_word)
    if typos:
        if edit_distance(query_word, word, typos) <= typos:
            return 0.7
        # A typo in a word typed only in part ("pensone fut").
        if len(word) > len(query_word) and edit_distance(query_word, word[: len(query_word)], 1) <= 1 and len(query_word) >= 6:
            return 0.6
    return 0.0


# ---------------------------------------------------------------------------
# The catalogue
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Indexed:
    item: CatalogueItem
    title: str  # normalized
    title_words: tuple[str, ...]
    keyword_words: tuple[str, ...]
    keyword_phrases: tuple[str, ...]
    text_words: tuple[str, ...]


@lru_cache(maxsize=1)
def load_catalogue() -> tuple[CatalogueItem, ...]:
    with open(DATA_DIR / "site_catalogue.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(
        CatalogueItem(
            id=int(d["id"]), group=d["group"], title=d["title"], url=d["url"], summary=d.get("summary", ""),
            body=tuple(d.get("body", ())), keywords=tuple(d.get("keywords", ())), date=d.get("date", ""),
            login_required=bool(d.get("login_required")), related=tuple(d.get("related", ())),
        )
        for d in data["items"]
    )


@lru_cache(maxsize=1)
def _index() -> tuple[_Indexed, ...]:
    out = []
    for item in load_catalogue():
        out.append(_Indexed(
            item=item,
            title=normalize(item.title),
            title_words=tuple(words(item.title)),
            keyword_words=tuple(w for k in item.keywords for w in words(k)),
            keyword_phrases=tuple(normalize(k) for k in item.keywords),
            text_words=tuple(set(words(item.summary + " " + " ".join(item.body)))),
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    vocab: set[str] = set()
    for entry in _index():
        vocab.update(entry.title_words)
        vocab.update(entry.keyword_words)
    return frozenset(vocab)


def item(item_id: int) -> CatalogueItem:
    for entry in load_catalogue():
        if entry.id == int(item_id):
            return entry
    raise ServiceError(_t("La pagina richiesta non esiste più o è stata spostata."))


def item_by_url(url: str) -> CatalogueItem | None:
    for entry in load_catalogue():
        if entry.url == url:
            return entry
    return None


# The catalogue's services as the old «Accedi ai servizi» page listed them (seed 004):
# the first item of its left menu, then «Servizi per il cittadino», the long list A-Z.
MOST_USED = (51002, 51001, 51005, 51004, 51003, 51011, 51012)


def most_used() -> tuple[CatalogueItem, ...]:
    """«Servizi più utilizzati»: the services most citizens look for (a reconstruction)."""
    return tuple(item(i) for i in MOST_USED)


def services_a_to_z() -> tuple[CatalogueItem, ...]:
    """«Servizi per il cittadino»: every service of the catalogue in alphabetical order, so
    that «Visualizzazione e modifica dati anagrafici, indirizzo e recapiti» is the last row,
    where seed 004 says it is («Andate all'ultima riga»)."""
    return tuple(sorted((i for i in load_catalogue() if i.group == "servizio"), key=lambda i: normalize(i.title)))


def related(entry: CatalogueItem) -> list[CatalogueItem]:
    by_id = {e.id: e for e in load_catalogue()}
    return [by_id[i] for i in entry.related if i in by_id]


def latest_news(limit: int = 5) -> list[CatalogueItem]:
    news = [e for e in load_catalogue() if e.group == "notizia"]
    return sorted(news, key=lambda e: e.date, reverse=True)[:limit]


# ---------------------------------------------------------------------------
# Searching
# ---------------------------------------------------------------------------


def _best(word: str, candidates) -> float:
    best = 0.0
    for cand in candidates:
        score = word_match(word, cand)
        if score > best:
            best = score
            if best == 1.0:
                break
    return best


def _score(entry: _Indexed, qwords: list[str], phrase: str) -> tuple[float, float]:
    """(coverage 0..1, score) of one catalogue entry."""
    matched = 0
    score = 0.0
    for w in qwords:
        t = _best(w, entry.title_words) * 3
        k = _best(w, entry.keyword_words) * 2
        x = _best(w, entry.text_words)
        best = max(t, k, x)
        if best > 0:
            matched += 1
            score += best
    coverage = matched / len(qwords) if qwords else 0.0
    if phrase and len(phrase) >= 3:
        if entry.title.startswith(phrase):
            score += 8
        elif phrase in entry.title:
            score += 5
        elif any(phrase in k for k in entry.keyword_phrases):
            score += 3
    return coverage, score


def _rank(query: str) -> list[tuple[float, float, CatalogueItem]]:
    qwords = words(query)
    phrase = normalize(query)
    if not qwords:
        return []
    ranked = []
    for entry in _index():
        coverage, score = _score(entry, qwords, phrase)
        if coverage >= 1.0 or (len(qwords) >= 3 and coverage >= 0.66):
            ranked.append((coverage, score, entry.item))
    ranked.sort(key=lambda r: (-r[0], -r[1], r[2].title))
    if ranked:
        # Drop the weak matches (a word met only in the text of a page about something else).
        top = ranked[0][1]
        ranked = [r for r in ranked if r[1] >= RELEVANCE * top]
    return ranked


def correct(query: str) -> str:
    """The query with each unknown word replaced by the closest catalogue word ('' if none changed)."""
    vocab = vocabulary()
    out, changed = [], False
    for w in normalize(query).split():
        if w in STOPWORDS or w in vocab or not allowed_typos(w):
            out.append(w)
            continue
        best, dist = w, allowed_typos(w) + 1
        for cand in vocab:
            d = edit_distance(w, cand, allowed_typos(w))
            if d < dist or (d == dist and best != w and cand < best):
                best, dist = cand, d
        if best != w and dist <= allowed_typos(w):
            changed = True
        out.append(best if dist <= allowed_typos(w) else w)
    return " ".join(out) if changed else ""


def search(world, query: str, *, per_group: int = 10) -> SearchResults:
    """Results grouped as servizi, schede prestazioni, notizie (best first in each group)."""
    query = fieldmod.search_text(query, max_length=MAX_QUERY)
    ranked = _rank(query)
    by_group: dict[str, list[Hit]] = {key: [] for key, _ in GROUPS}
    for _, score, entry in ranked:
        bucket = by_group.setdefault(entry.group, [])
        if len(bucket) < per_group:
            bucket.append(Hit(entry, score))
    groups = tuple(ResultGroup(key, label, tuple(by_group[key])) for key, label in GROUPS if by_group.get(key))
    corrected = correct(query)
    results = SearchResults(query=query, groups=groups, corrected=corrected)
    if world is not None:
        world.events.record("search.site", None, query=query, results=results.total,
                            best=results.best.title if results.best else None)
    return results


def suggest(query: str, limit: int = 6) -> list[CatalogueItem]:
    """Titles to offer while typing (the completer of the search bar): best matches first."""
    query = fieldmod.search_text(query, max_length=MAX_QUERY)
    if len(normalize(query)) < 3:
        return []
    return [entry for _, _, entry in _rank(query)[:limit]]
