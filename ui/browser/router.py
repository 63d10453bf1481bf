"""URL -> page: a pure function, tested without any widget.

Pages register themselves with the `route` decorator. The table maps
(host, path) to a page factory; `resolve` parses any text the user typed and
returns what to show. Unknown inps.it addresses give "Pagina non trovata";
addresses outside the simulated web give the "offline" page.

This module imports no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import parse_qs, urlencode, urlsplit

START_URL = "https://www.cercalibero.sim/"
HOME_URL = "https://www.inps.it/"
LOGIN_URL = "https://serviziweb2.inps.it/PassiWeb/jsp/login.jsp"
PIN_MENU_URL = "https://serviziweb2.inps.it/RichiestaPin/jsp/menu.jsp"
NOT_FOUND = "notfound"
OFFLINE = "offline"

# Hosts that belong to the simulated web.
INPS_HOSTS = ("inps.it", "www.inps.it", "serviziweb2.inps.it", "servizi2.inps.it")
SIM_SUFFIXES = (".sim",)


@dataclass(frozen=True)
class Route:
    host: str
    path: str
    factory: Any  # a page class (or any callable building the page)
    title: str = ""
    login_required: bool = False


@dataclass
class Resolved:
    url: str  # the canonical address to show in the address bar
    route: Route | None
    kind: str = "page"  # "page", NOT_FOUND or OFFLINE
    params: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.kind if self.route is None else f"{self.route.host}{self.route.path}"


_ROUTES: dict[tuple[str, str], Route] = {}


def route(url: str, title: str = "", login_required: bool = False) -> Callable:
    """Class decorator: register a page at `url` (scheme and query ignored)."""

    def register(factory):
        parts = urlsplit(url)
        key = (_norm_host(parts.hostname or ""), _norm_path(parts.path))
        _ROUTES[key] = Route(key[0], key[1], factory, title, login_required)
        factory.URL = f"https://{key[0]}{key[1]}"
        return factory

    return register


def routes() -> list[Route]:
    return list(_ROUTES.values())


def clear_routes() -> None:
    """For tests only."""
    _ROUTES.clear()


def _norm_host(host: str) -> str:
    host = host.lower().strip(".")
    if host == "inps.it":
        return "www.inps.it"
    return host


def _norm_path(path: str) -> str:
    path = path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return path.lower()


def normalize_input(text: str) -> str:
    """What the user typed in the address bar -> an absolute URL, or a search.

    "inps.it" -> "https://www.inps.it/"; "pensione inps" -> a search on the
    start page's engine; control characters are dropped.
    """
    text = "".join(ch for ch in str(text) if ch.isprintable()).strip()
    if not text:
        return START_URL
    if "://" in text:
        return text
    first = text.split("/")[0]
    if " " not in text and "." in first and not first.startswith(".") and not first.endswith("."):
        return "https://" + text
    return search_url(text)


def search_url(query: str) -> str:
    return START_URL + "cerca?" + urlencode({"q": query})


def build_url(base: str, **params: str) -> str:
    params = {k: v for k, v in params.items() if v is not None}
    return base + ("?" + urlencode(params) if params else "")


def address_key(text: str) -> str:
    """The address as the route table keys it: "host/path", normalised ("www.inps.it/myinps");
    "" when the text is no web address."""
    try:
        parts = urlsplit(normalize_input(text))
        host = _norm_host(parts.hostname or "")
    except ValueError:
        return ""
    return f"{host}{_norm_path(parts.path)}" if host else ""


def resolve(text: str) -> Resolved:
    """Resolve any text into what the tab should show. Never raises."""
    url = normalize_input(text)
    try:
        parts = urlsplit(url)
        scheme = (parts.scheme or "").lower()
        host = _norm_host(parts.hostname or "")
        path = _norm_path(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
    except ValueError:
        return Resolved(url=url, route=None, kind=OFFLINE)
    params = {k: v[-1] for k, v in query.items()}
    if scheme not in ("http", "https") or not host:
        return Resolved(url=url, route=None, kind=OFFLINE, params=params)
    canonical = f"https://{host}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
    found = _ROUTES.get((host, path))
    if found is not None:
        return Resolved(url=canonical, route=found, params=params)
    if host in INPS_HOSTS or host.endswith(".inps.it") or host.endswith(SIM_SUFFIXES):
        return Resolved(url=canonical, route=None, kind=NOT_FOUND, params=params)
    return Resolved(url=canonical, route=None, kind=OFFLINE, params=params)
