"""The router: a pure function from any typed text to what a tab shows."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.browser import router


@pytest.fixture(autouse=True)
def pages_loaded():
    from ui.pages import load_all

    load_all()


def test_registered_page_resolves():
    r = router.resolve(router.LOGIN_URL)
    assert r.route is not None and r.kind == "page"
    assert r.url == router.LOGIN_URL


def test_case_scheme_and_trailing_slash_are_tolerated():
    assert router.resolve("HTTPS://SERVIZIWEB2.INPS.IT/PassiWeb/jsp/login.jsp/").route is not None
    assert router.resolve("http://www.inps.it").route is router.resolve(router.HOME_URL).route


def test_bare_domain_gets_https():
    r = router.resolve("inps.it")
    assert r.url == "https://www.inps.it/"


def test_query_string_parsed():
    r = router.resolve(router.LOGIN_URL + "?uri=https%3A%2F%2Fwww.inps.it%2F&S=S")
    assert r.params == {"uri": "https://www.inps.it/", "S": "S"}
    assert r.route is not None


def test_seed_login_address_with_long_query():
    url = ("https://serviziweb2.inps.it/PassiWeb/jsp/login.jsp?uri=https%3A%2F%2Fwww.inps.it%2Fnuovoportaleinps"
           "%2Fdefault.aspx%3Faccessoins%3D1&S=S&srcPortal=nu")
    r = router.resolve(url)
    assert r.route is not None and r.params["S"] == "S"


def test_unknown_inps_address_is_not_found():
    r = router.resolve("https://www.inps.it/non-esiste")
    assert r.route is None and r.kind == router.NOT_FOUND


def test_outside_address_is_offline():
    for text in ("https://www.google.com/", "ftp://example.org/x", "file:///etc/passwd", "www.example.com"):
        assert router.resolve(text).kind == router.OFFLINE


def test_script_like_text_is_only_a_search():
    r = router.resolve("javascript:alert(1)")
    assert r.url.startswith(router.START_URL + "cerca?q=")


def test_words_become_a_search():
    r = router.resolve("pensione di vecchiaia")
    assert r.url.startswith(router.START_URL + "cerca?q=pensione")
    assert r.route is not None


def test_empty_goes_to_start_page():
    assert router.resolve("   ").url == router.START_URL


def test_build_url_encodes():
    assert router.build_url("https://x.sim/a", q="a b&c") == "https://x.sim/a?q=a+b%26c"


@given(st.text(max_size=300))
def test_any_text_resolves_without_error(text):
    r = router.resolve(text)
    assert r.kind in ("page", router.NOT_FOUND, router.OFFLINE)
    assert isinstance(r.url, str)


def test_every_route_is_https_and_titled():
    for item in router.routes():
        assert item.host and item.path.startswith("/")
