"""Produce the README's screenshots with the program itself (offscreen).

    python tools/screenshots.py [--out docs/screens] [--zoom 100]
    python tools/screenshots.py --screens [--out docs/screens] [--only 40,44]

Without --screens each page is shown in a fresh demo world and saved as a small PNG
(the page area only, 01-08).

With --screens the WHOLE main window is saved as it opens on a described screen
(issue 10): Qt's offscreen platform is given a screen of that size
(QT_QPA_PLATFORM=offscreen:configfile=...), so the window fits it by itself, as on a
real display. Every setting of SETTINGS runs in a child process of its own (the screen,
the program's zoom and the theme are fixed for a process); each scene of SCENES starts
from a fresh demo world. The PDF viewer, a window of its own, is painted over the main
window where it opens on the screen. The pictures are 40-*.png.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
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


HOME = "https://www.inps.it/"
LOGIN = "https://serviziweb2.inps.it/PassiWeb/jsp/login.jsp"
PIN_MENU = "https://serviziweb2.inps.it/RichiestaPin/jsp/menu.jsp"
PIN_REQUEST = "https://serviziweb2.inps.it/RichiestaPin/jsp/richiesta.jsp"
FASCICOLO = "https://www.inps.it/myinps/fascicolo"

# The scenes of the whole window, key: what it shows (the picture is NN-key-setting.png).
SCENES = {
    "home": "la home del portale INPS",
    "autenticazione": "la pagina Autenticazione",
    "richiedi-pin": "Richiedi PIN, passo 1",
    "fascicolo": "il Fascicolo previdenziale di Maria Bianchi, dopo l'accesso",
    "sms": "«Il mio mondo»: il Telefono con l'SMS di InpsInforma aperto, dopo la richiesta del PIN",
    "lettera": "la lettera con la seconda parte del PIN aperta nel visualizzatore PDF",
    "avviso": "«Il mio mondo» subito dopo la richiesta del PIN: l'avviso dell'arrivo e «Leggi ora»",
}
ALL = tuple(SCENES)
FIRST = ("home", "autenticazione")

# The settings: (number of the first picture, screen, zoom, extra arguments, suffix, scenes).
SETTINGS = [
    (40, (1366, 768), 100, (), "1366x768", ALL),
    (50, (1366, 768), 200, (), "1366x768-zoom-200", ALL),
    (60, (1280, 720), 100, ("--large-text",), "1280x720-caratteri-grandi", FIRST),
    (62, (1280, 720), 100, ("--high-contrast",), "1280x720-alto-contrasto", FIRST),
]
# A picture is the screen pixel for pixel (1366 or 1280 px wide, 110-180 KB); a wider screen
# would be scaled down smoothly to this width.
MAX_WIDTH = 1366


def screen_config(width: int, height: int) -> str:
    """A screen description for the offscreen platform, in a temporary file."""
    data = {"screens": [{"name": "schermo", "x": 0, "y": 0, "width": width, "height": height,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    fd, path = tempfile.mkstemp(prefix="palestra-screen-", suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(data, f)
    return path


def run_settings(out: Path, only: set[int] | None) -> int:
    """One child process per setting, on its own described screen."""
    failures = 0
    for first, (w, h), zoom, extra, suffix, scenes in SETTINGS:
        numbers = {first + i: key for i, key in enumerate(scenes)}
        wanted = [n for n in numbers if only is None or n in only]
        if not wanted:
            continue
        config = screen_config(w, h)
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one-setting", "--out", str(out),
               "--zoom", str(zoom), "--suffix", suffix,
               "--scenes", ",".join(f"{n}:{numbers[n]}" for n in wanted), *extra]
        failures += subprocess.call(cmd, env=env) != 0
        os.unlink(config)
    return 1 if failures else 0


def settle(app, rounds: int = 40) -> None:
    """Let the timers (the fit to the screen, the compact layout, the panels) run."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def citizen_of(key: str):
    from app.services import auth, personas

    return auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(key)))


def giovanni_requests_a_pin(window) -> None:
    """Giovanni Conti (no credentials) has just confirmed Richiedi PIN (the service the
    page calls at Passo 3): the SMS from InpsInforma with the first half is on its way."""
    from app.services import pin_request

    pin_request.submit_request(window.world, dict(
        codice_fiscale=citizen_of("senza_credenziali").codice_fiscale, residenza="italiana",
        cognome="Conti", nome="Giovanni", sesso="M", data_nascita="08/05/1957", comune_nascita="Voghera",
        provincia_nascita="PV", indirizzo="Via Emilia", civico="17", cap="27058", comune="Voghera",
        provincia="PV", cellulare="3401239876", telefono_fisso="0383445566",
        email="giovanni.conti@posta.sim", pec="", telefono_preferenziale="cellulare", fascia_oraria="9-13",
    ))


def scene(app, key: str, base_argv: list[str]):
    """Build the window for scene `key`; returns (window, PDF viewer or None)."""
    from main import build_main_window
    from tests.helpers import login_as

    db = Path(tempfile.mkdtemp(prefix="palestra-shots-")) / "world.sqlite3"
    start = {"home": HOME, "autenticazione": LOGIN, "richiedi-pin": PIN_REQUEST, "fascicolo": HOME,
             "sms": PIN_MENU, "lettera": PIN_MENU, "avviso": PIN_MENU}[key]
    persona = "senza_credenziali" if key in ("sms", "lettera", "avviso") else None
    argv = ["--db", str(db), "--no-state", "--start", start, *base_argv]
    if persona:
        argv += ["--persona", persona]
    window = build_main_window(argv)
    window.show()
    settle(app)
    window.finish_start()  # as after the first paint: every panel built
    settle(app)
    viewer = None
    if key == "fascicolo":
        login_as(window, "pensionata", "pin_dispositivo")
        window.current_tab().navigate(FASCICOLO)
    elif key in ("sms", "lettera", "avviso"):
        giovanni_requests_a_pin(window)
        settle(app)
        area = window.world_area
        if key == "avviso":
            pass  # as it is: the notice of the newest arrival, nothing opened yet
        elif key == "sms":
            # The e-mail with the same first half arrives in the same minute and is the one the
            # notice names: «Leggi ora» opens it, then the learner goes to Telefono (its badge
            # says 1) and opens the SMS (one click each).
            area.read_arrival()
            settle(app)
            window.show_dock("PhoneDock")
            settle(app)
            window.dock_panels["PhoneDock"].open_message(0)
        else:
            window.dock_panels["PhoneDock"].open_message(0)
            settle(app)
            window.dock_panels["ClockDock"].advance("2 settimane")
            settle(app)
            area.read_arrival()  # «Leggi ora» under «È arrivata una lettera da INPS»
            viewer = window.pdf_viewers[-1] if window.pdf_viewers else None
    settle(app, 60)
    return window, viewer


def screen_picture(app, window, viewer):
    """What the screen shows: the main window where it is, the PDF viewer over it."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = window.screen().geometry()
    canvas = QPixmap(screen.size())
    canvas.fill(QColor("#3c3c3c"))  # the desktop, where no window covers it
    painter = QPainter(canvas)
    for w in (window, viewer):
        if w is not None and w.isVisible():
            painter.drawPixmap(w.geometry().topLeft() - screen.topLeft(), w.grab())
    painter.end()
    return canvas


def one_setting(args) -> int:
    """In the child process: every scene of this setting, on the described screen."""
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.services import security

    security.set_fast_hashing(True)

    def quiet(kind, context, message):  # the offscreen plugin's one harmless warning
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = ["--zoom", str(args.zoom)]
    if args.large_text:
        base.append("--large-text")
    if args.high_contrast:
        base.append("--high-contrast")
    for item in args.scenes.split(","):
        number, key = item.split(":")
        window, viewer = scene(app, key, base)
        image = screen_picture(app, window, viewer).toImage()
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        path = out / f"{number}-{key}-{args.suffix}.png"
        image.save(str(path), "PNG")
        geo = window.geometry()
        print(f"{path}  finestra {geo.width()}x{geo.height()}+{geo.x()}+{geo.y()}"
              f"  compatta={window.is_compact()}"
              + (f"  visualizzatore {viewer.geometry().width()}x{viewer.geometry().height()}" if viewer else ""))
        for v in list(window.pdf_viewers):
            v.close()
        window.close()
        window.deleteLater()
        settle(app, 5)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--width", type=int, default=1000, help="width of the saved PNG")
    parser.add_argument("--screens", action="store_true",
                        help="the whole window on described screens (40-*.png, issue 10)")
    parser.add_argument("--only", default="", help="with --screens: only these numbers (e.g. 40,44)")
    parser.add_argument("--one-setting", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    parser.add_argument("--scenes", default="", help=argparse.SUPPRESS)
    parser.add_argument("--large-text", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--high-contrast", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.screens:
        only = {int(n) for n in args.only.split(",") if n.strip()} or None
        return run_settings(Path(args.out), only)
    if args.one_setting:
        return one_setting(args)
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
