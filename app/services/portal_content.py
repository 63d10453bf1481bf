"""Editorial content of the public INPS pages (Qt-free): the news of "In evidenza",
the "Utente" groups and their services, and the short pages of the navigation bar,
"Istruzioni per l'accesso" and "Supporto tecnico".

The texts live in data/ (news.json, utente_groups.json, info_pages.json). Numbers
that are rules of the simulation (failed attempts before a PIN is locked, months
before it expires, the fax number for the PIN dispositivo) are written in the texts
as placeholders and filled from the settings, so the pages always say what the
simulation does:

    {pin.max_failures}  {pin.expiry_months.cittadino}  {pin.expiry_months.intermediario}
    {fax.pin_dispositivo}
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from app.paths import DATA_DIR

from . import settings
from .web_search import fold

FAX_PIN_DISPOSITIVO = "800 803 164"  # seed 003: "al numero verde 800.803.164" (as app.services.pin_conversion)


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class NewsItem:
    id: str
    date: dt.date
    title: str
    summary: str
    body: tuple[str, ...]
    links: tuple[Link, ...] = ()

    @property
    def date_text(self) -> str:
        return self.date.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class Service:
    title: str
    description: str
    url: str = ""  # "" for information with no page of its own
    login: bool = False  # needs an access with PIN, SPID or CNS


@dataclass(frozen=True)
class UserGroup:
    key: str
    name: str
    hint: str  # one line under the name on the home page
    intro: str
    services: tuple[Service, ...]


@dataclass(frozen=True)
class Faq:
    question: str
    answer: tuple[str, ...]
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class ContactRow:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Section:
    heading: str = ""
    paragraphs: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # shown after the lists
    contacts: tuple[ContactRow, ...] = ()
    faq: tuple[Faq, ...] = ()
    links: tuple[Link, ...] = ()
    kind: str = ""  # "", "card", "alert-info", "alert-warning"
    special: str = ""  # "news_list", "groups_list", "phone_dock", "call_dock"
    anchor: str = ""


@dataclass(frozen=True)
class InfoPage:
    key: str
    title: str
    breadcrumb: tuple[str, ...]
    lead: str
    sections: tuple[Section, ...] = field(default_factory=tuple)


# --- loading ------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


_PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


_SETTINGS_SHOWN = ("pin.max_failures", "pin.expiry_months.cittadino", "pin.expiry_months.intermediario")


def _values() -> dict[str, str]:
    stored = settings.get_many(_SETTINGS_SHOWN)  # one query
    values = {key: str(settings.as_int(key, stored[key])) for key in _SETTINGS_SHOWN}
    values["fax.pin_dispositivo"] = FAX_PIN_DISPOSITIVO
    return values


def _fill(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _links(items, values) -> tuple[Link, ...]:
    return tuple(Link(_fill(i["text"], values), i["url"]) for i in items or ())


def _texts(items, values) -> tuple[str, ...]:
    return tuple(_fill(t, values) for t in items or ())


# --- news ("In evidenza") --------------------------------------------------------------------

def _news_item(raw: dict, values: dict[str, str]) -> NewsItem:
    return NewsItem(
        id=raw["id"],
        date=dt.date.fromisoformat(raw["date"]),
        title=_fill(raw["title"], values),
        summary=_fill(raw["summary"], values),
        body=_texts(raw["body"], values),
        links=_links(raw.get("links"), values),
    )


def all_news() -> list[NewsItem]:
    """Every news item, newest first (whatever the simulated date)."""
    values = _values()
    items = [_news_item(raw, values) for raw in _load("news.json")["news"]]
    return sorted(items, key=lambda n: (n.date, n.id), reverse=True)


def latest_news(world, limit: int | None = None) -> list[NewsItem]:
    """The news published up to the simulated today, newest first."""
    today = world.clock.today()
    items = [n for n in all_news() if n.date <= today]
    return items[:limit] if limit else items


def news_item(world, news_id: str) -> NewsItem | None:
    """One published news item by its id (None if unknown or not yet published)."""
    for item in latest_news(world):
        if item.id == (news_id or "").strip().lower():
            return item
    return None


# --- "Utente" groups -----------------------------------------------------------------------

def user_groups() -> list[UserGroup]:
    values = _values()
    groups = []
    for raw in _load("utente_groups.json")["groups"]:
        services = tuple(
            Service(_fill(s["title"], values), _fill(s["description"], values), s.get("url", ""), bool(s.get("login")))
            for s in raw["services"]
        )
        groups.append(UserGroup(raw["key"], raw["name"], _fill(raw["hint"], values), _fill(raw["intro"], values),
                                services))
    return groups


def user_group(key: str) -> UserGroup | None:
    """The group by key or name, whatever the case and accents ("Pensionato", "pensionato")."""
    wanted = fold(key or "").strip()
    for group in user_groups():
        if wanted in (group.key, fold(group.name)):
            return group
    return None


# --- info pages ------------------------------------------------------------------------------

def _section(raw: dict, values: dict[str, str]) -> Section:
    return Section(
        heading=_fill(raw.get("heading", ""), values),
        paragraphs=_texts(raw.get("paragraphs"), values),
        steps=_texts(raw.get("steps"), values),
        bullets=_texts(raw.get("bullets"), values),
        notes=_texts(raw.get("notes"), values),
        contacts=tuple(ContactRow(_fill(c["label"], values), _fill(c["value"], values), _fill(c.get("note", ""), values))
                       for c in raw.get("contacts", ())),
        faq=tuple(Faq(_fill(f["q"], values), _texts(f["a"], values), _links(f.get("links"), values))
                  for f in raw.get("faq", ())),
        links=_links(raw.get("links"), values),
        kind=raw.get("kind", ""),
        special=raw.get("special", ""),
        anchor=raw.get("anchor", ""),
    )


def info_page_keys() -> list[str]:
    return list(_load("info_pages.json")["pages"])


def info_page(key: str) -> InfoPage | None:
    raw = _load("info_pages.json")["pages"].get(key)
    if raw is None:
        return None
    values = _values()
    return InfoPage(
        key=key,
        title=_fill(raw["title"], values),
        breadcrumb=_texts(raw.get("breadcrumb") or [raw["title"]], values),
        lead=_fill(raw.get("lead", ""), values),
        sections=tuple(_section(s, values) for s in raw.get("sections", ())),
    )


def all_urls() -> set[str]:
    """Every address the content links to (for consistency tests)."""
    urls = {s.url for g in user_groups() for s in g.services if s.url}
    urls |= {link.url for n in all_news() for link in n.links}
    for key in info_page_keys():
        page = info_page(key)
        for s in page.sections:
            urls |= {link.url for link in s.links}
            urls |= {link.url for f in s.faq for link in f.links}
    return urls
