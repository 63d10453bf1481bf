"""What a screen reader finds (issue 10): tools/atspi_check.py, run by Debian's Python (it
has pyatspi) in a process of its own, starts the program under Xvfb on a private session
bus and walks its accessibility tree on the home page, the Autenticazione, Richiedi PIN and
its passo 2. No interactive control without a name, no English name; links are links.

Without Xvfb, dbus-run-session or pyatspi the test is skipped on a developer's machine and
fails in CI (CI=true), where .ci/run installs them (Debian: xvfb, at-spi2-core,
python3-pyatspi)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cf_of

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT / "tools" / "atspi_check.py"
SYSTEM_PYTHON = "/usr/bin/python3"


def unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the AT-SPI check is needed in CI: {reason}")
    pytest.skip(reason)


def run_checker(*args: str, timeout: float = 90, mark: str = "") -> tuple[int, dict]:
    """Run the check; `mark` goes into the environment of everything it starts."""
    if not Path(SYSTEM_PYTHON).exists():
        unavailable(f"{SYSTEM_PYTHON} is missing")
    env = dict(os.environ, PALESTRA_ATSPI_MARK=mark) if mark else None
    proc = subprocess.run([SYSTEM_PYTHON, str(CHECKER), "--json", "--python", sys.executable, *args],
                          cwd=str(ROOT), capture_output=True, text=True, timeout=timeout, env=env)
    lines = proc.stdout.strip().splitlines()
    assert lines, f"no report (exit {proc.returncode}): {proc.stderr[-2000:]}"
    return proc.returncode, json.loads(lines[-1])


@pytest.fixture(scope="module")
def report(seeded_template, tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("atspi")
    for source in seeded_template.parent.iterdir():
        if source.suffix == ".sqlite3":
            shutil.copy(source, folder / source.name)
    code, found = run_checker("--db", str(folder / seeded_template.name), "--cf", cf_of("senza_credenziali"))
    if code == 77:
        unavailable(found.get("unavailable", "tools missing"))
    assert "error" not in found, found
    return found


def _listing(items: list[dict]) -> str:
    return "\n".join(f"{i['role']} {i.get('name', '')!r} in {i['where']} (holding {i.get('holds', '-')})"
                     for i in items)


def test_the_walk_reaches_every_page_through_links_and_actions(report):
    assert set(report["pages"]) == {"home", "autenticazione", "richiedi_pin", "richiedi_pin_passo2"}
    for key, page in report["pages"].items():
        assert page["controls"] > 40, (key, page["controls"])
        assert page["links"] >= 5, (key, page["links"])  # links are announced as links
    assert report["seconds"] < 60
    assert {"PIN", "SPID", "CNS"} <= set(report["pages"]["autenticazione"]["tabs"])  # tabs are tabs


@pytest.mark.parametrize("key", ["home", "autenticazione", "richiedi_pin", "richiedi_pin_passo2"])
def test_every_control_has_an_italian_name(report, key):
    page = report["pages"][key]
    assert not page["english"], _listing(page["english"])
    assert not page["unnamed"], _listing(page["unnamed"])


def test_the_login_and_the_pin_form_use_each_name_once(report):
    """Names twice within a scope are reported. The tab «PIN» and the box «PIN», the boxes
    «Cellulare» / «Telefono fisso» and the choices of Telefono preferenziale, the form's
    «Indietro» and the service bar's are each in a scope of their own."""
    for key, names in (("autenticazione", {"PIN"}),
                       ("richiedi_pin_passo2", {"Cellulare", "Telefono fisso", "Indietro", "Avanti"})):
        twice = [d for d in report["pages"][key]["duplicates"] if d["name"] in names]
        assert not twice, (key, twice)


def test_the_checker_finds_english_words():
    from tools import atspi_check

    assert atspi_check.english_words("Close Tab") == ["close", "tab"]
    assert atspi_check.english_words("Chiudi la scheda") == []
    assert atspi_check.english_words("Il Pin on line") == []  # the portal's own Italian


def test_links_are_links_and_can_be_followed_by_a_screen_reader(qtbot):
    """In the program itself (no X server needed): a LinkButton's accessible interface has
    the role Link, its Italian name, and a press action that follows it; a button stays a
    button."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.widgets.common import LinkButton, button
    from ui.widgets.responsive import WrapLink

    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    link = LinkButton("Contatti", "https://www.inps.it/contatti")
    wrap = WrapLink("Il PIN online", "https://serviziweb2.inps.it/RichiestaPin/jsp/menu.jsp")
    plain = button("Accedi")
    for w in (link, wrap, plain):
        lay.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    followed = []
    link.navigate.connect(lambda url, new_tab: followed.append(url))
    iface = QAccessible.queryAccessibleInterface(link)
    assert iface.role() == QAccessible.Role.Link
    assert iface.text(QAccessible.Text.Name) == "Contatti"
    actions = iface.actionInterface()
    assert actions.pressAction() in actions.actionNames()
    actions.doAction(actions.pressAction())
    assert followed == ["https://www.inps.it/contatti"]
    assert QAccessible.queryAccessibleInterface(wrap).role() == QAccessible.Role.Link
    assert QAccessible.queryAccessibleInterface(wrap).text(QAccessible.Text.Name) == "Il PIN online"
    assert QAccessible.queryAccessibleInterface(plain).role() == QAccessible.Role.PushButton


def test_the_login_tabs_are_page_tabs(qtbot, db_path):
    """PIN / SPID / CNS of Autenticazione: page tabs, the chosen one selected."""
    from PySide6.QtGui import QAccessible

    from tests.helpers import click, make_window, page, wait_url
    from ui.browser.router import LOGIN_URL

    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    tabs = {name: QAccessible.queryAccessibleInterface(btn) for name, btn in page(window).tab_buttons.items()}
    assert all(t.role() == QAccessible.Role.PageTab for t in tabs.values())
    assert [n for n, t in tabs.items() if t.state().selected] == ["PIN"]
    click(qtbot, page(window), "SPID")
    assert [n for n, t in tabs.items() if t.state().selected] == ["SPID"]


def _still_running(mark: str) -> list[str]:
    """The processes (not zombies) whose environment carries `mark`: what the check started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text()
            if stat[stat.rfind(")") + 2:].split()[0] == "Z":
                continue
            if f"PALESTRA_ATSPI_MARK={mark}".encode() in (entry / "environ").read_bytes():
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            continue
    return found


@pytest.mark.parametrize("case", ["program fails at start", "time runs out"])
def test_the_check_never_hangs_and_leaves_nothing_running(case):
    import time

    import uuid

    mark = uuid.uuid4().hex
    started = time.monotonic()
    if case == "program fails at start":
        code, found = run_checker("--python", "/bin/false", "--timeout", "30", timeout=40, mark=mark)
    else:
        code, found = run_checker("--timeout", "4", timeout=30, mark=mark)
    if code == 77:
        unavailable(found.get("unavailable", "tools missing"))
    assert code == 2 and "error" in found, found
    assert time.monotonic() - started < (15 if case == "time runs out" else 10)
    assert _still_running(mark) == []
