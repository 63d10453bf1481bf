"""Produce the README's screenshots with the program itself (offscreen).

    python tools/screenshots.py [--out docs/screens] [--zoom 100]

Each page is shown in a fresh demo world and saved as a small PNG.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHOTS = [
    ("01-motore-di-ricerca", "https://www.cercalibero.sim/cerca?q=inps", None),
    ("02-home-inps", "https://www.inps.it/", None),
    ("03-autenticazione", "https://serviziweb2.inps.it/PassiWeb/jsp/login.jsp", None),
    ("04-pin-online", "https://serviziweb2.inps.it/RichiestaPin/jsp/menu.jsp", None),
    ("05-richiesta-pin", "https://serviziweb2.inps.it/RichiestaPin/jsp/richiesta.jsp", None),
    ("06-myinps", "https://www.inps.it/myinps", "pensionata"),
    ("07-fascicolo", "https://www.inps.it/myinps/fascicolo", "pensionata"),
    ("08-pensione-futura", "https://www.inps.it/myinps/pensione-futura", "dipendente"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--width", type=int, default=1000, help="width of the saved PNG")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.services import security

    security.set_fast_hashing(True)
    app = QApplication.instance() or QApplication([])
    from main import build_main_window
    from tests.helpers import login_as

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    db = Path(tempfile.mkdtemp(prefix="palestra-shots-")) / "world.sqlite3"
    for name, url, persona in SHOTS:
        window = build_main_window(["--db", str(db), "--no-state", "--zoom", str(args.zoom)])
        window.resize(1400, 1000)
        window.show()
        if persona:
            login_as(window, persona, "pin_dispositivo")
        window.current_tab().navigate(url)
        for _ in range(5):
            app.processEvents()
        image = window.grab().scaledToWidth(args.width, Qt.TransformationMode.SmoothTransformation)
        image.save(str(out / f"{name}.png"), "PNG")
        window.close()
        window.deleteLater()
        app.processEvents()
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
