"""The route table (ui/pages/_routes.py) says which module registers each address, so
that opening a page imports only its module. It must be what the @route decorators
really register: this test is what keeps it from drifting."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.browser import router
from ui.pages import _routes, load_all

ROOT = Path(__file__).resolve().parents[2]


def _registered() -> dict[str, str]:
    load_all()
    return {f"{r.host}{r.path}": r.factory.__module__.rsplit(".", 1)[-1] for r in router.routes()}


def test_every_registered_address_is_in_the_table_with_its_module(world):
    wrong = {address: module for address, module in sorted(_registered().items())
             if _routes.module_for(address) != module}
    by_module: dict[str, list[str]] = {}
    for address, module in wrong.items():
        by_module.setdefault(module, []).append(address)
    lines = "\n".join(f'    "{module}": ({", ".join(repr(a) for a in addresses)},),'
                      for module, addresses in by_module.items())
    assert not wrong, f"ui/pages/_routes.py: add (or correct) these addresses in PAGE_MODULES:\n{lines}"


def test_every_address_of_the_table_is_registered_by_its_module(world):
    registered = _registered()
    stale = []
    for module, addresses in _routes.PAGE_MODULES.items():
        for address in addresses:
            if address.endswith("/*"):
                host = address[:-1]
                if not any(a.startswith(host) and m == module for a, m in registered.items()):
                    stale.append(address)
            elif registered.get(address) != module:
                stale.append(address)
    assert not stale, f"ui/pages/_routes.py names addresses no page registers there: {stale}"


def test_table_addresses_are_written_as_the_router_keys_them():
    for address in _routes.MODULE_OF:
        if not address.endswith("/*"):
            assert router.address_key("https://" + address) == address


def test_a_known_address_imports_only_its_page_module(tmp_path):
    """In a fresh process: opening MyINPS imports ui.pages.myinps (and what it imports
    itself), not every page module; an unknown inps.it address imports them all."""
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from app.services import security
security.set_fast_hashing(True)
from app.world import World
World({str(tmp_path / 'w.sqlite3')!r})
import ui.pages as pages
from ui.urls import MYINPS_URL
assert pages.resolve(MYINPS_URL).route is not None
known = sorted(m for m in sys.modules if m.startswith("ui.pages.") and not m.startswith("ui.pages._"))
pages.resolve("https://www.inps.it/non-esiste")
every = sorted(m for m in sys.modules if m.startswith("ui.pages.") and not m.startswith("ui.pages._"))
print(",".join(known)); print(",".join(every))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-2000:]
    known, every = (line.split(",") for line in done.stdout.strip().splitlines()[-2:])
    assert "ui.pages.myinps" in known
    assert "ui.pages.fascicolo" not in known and "ui.pages.spid_idp" not in known
    assert len(known) < len(every) / 2
    assert "ui.pages.fascicolo" in every
