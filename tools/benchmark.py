"""Palestra INPS benchmark: one run measures, on this machine,

1. cold start to the first painted main window, against a bare PySide6 window
   started the same way in the same run (ratio; target 1.5 or less);
2. the median page switch (navigate -> page built and painted; target 16 ms or less);
3. PDF generation (PIN letter, CU, ObisM, estratto conto of the 45-year persona);
4. the Fascicolo of the 45-year persona (tools/bench_fascicolo.py);
5. a classroom: 30 kiosk processes against one PostgreSQL, p50/p95 per action
   (tools/bench_classroom.py);
6. the crash harness with 100 kill -9 (tests/unit/test_crash.py; CI runs 30).

    python tools/benchmark.py [--runs 7] [--json out.json]

Start-up runs alternate app and bare window in fresh processes (offscreen
platform, same interpreter, same environment); each figure is a median.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("Palestra")); w.resize(1400, 900)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True); app.quit()
        return False
f = F(); w.installEventFilter(f)
w.show(); app.exec()
"""

APP = r"""
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from main import launch
w = launch(["--db", {db!r}, "--no-state"])  # what main() does: the frame first, then the world
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("PAINTED", flush=True)
        return False
f = F(); w.installEventFilter(f)
def ready():
    if w.world is not None and w.current_tab() is not None and w.current_tab().page is not None:
        w.current_tab().page.repaint()
        print("READY", flush=True); app.quit()
    else:
        QTimer.singleShot(1, ready)
QTimer.singleShot(0, ready)
app.exec()
"""


def _time_process(code: str, env: dict) -> tuple[float, float]:
    """(ms to the first paint of the main window, ms to the start page shown and usable),
    both from the launch of the process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-u", "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    painted = ready = None
    for line in proc.stdout:
        now = (time.perf_counter() - start) * 1000
        if line.startswith("PAINTED") and painted is None:
            painted = now
        elif line.startswith("READY"):
            ready = now
    proc.wait(timeout=120)
    if painted is None:
        raise RuntimeError(f"no paint: {proc.stderr.read()[-2000:]}")
    return painted, ready if ready is not None else painted


def bench_startup(runs: int, db: Path) -> dict:
    # Python normally caches compiled bytecode after the first run; this environment may
    # forbid writing it (PYTHONDONTWRITEBYTECODE), so compile once as an installed copy would be.
    import compileall

    for folder in ("app", "ui"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    compileall.compile_file(str(ROOT / "main.py"), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bare, app, app_ready = [], [], []
    _time_process(BARE, env)  # warm the OS file cache for both
    _time_process(APP.format(root=str(ROOT), db=str(db)), env)
    for _ in range(runs):
        bare.append(_time_process(BARE, env)[0])
        painted, ready = _time_process(APP.format(root=str(ROOT), db=str(db)), env)
        app.append(painted)
        app_ready.append(ready)
    b, a, r = statistics.median(bare), statistics.median(app), statistics.median(app_ready)
    return {"bare_window_ms": round(b, 1), "app_window_ms": round(a, 1), "ratio": round(a / b, 2),
            "app_ready_ms": round(r, 1), "ready_ratio": round(r / b, 2)}


def bench_page_switch(db: Path, rounds: int = 5) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from main import build_main_window
    from tests.helpers import login_as
    from ui import urls

    window = build_main_window(["--db", str(db), "--no-state"])
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    public = [urls.START_URL, urls.HOME_URL, urls.LOGIN_URL, urls.PIN_MENU_URL, urls.INSTRUCTIONS_URL,
              urls.START_URL + "cerca?q=inps", "https://www.inps.it/contatti"]
    private = [urls.MYINPS_URL, urls.FASCICOLO_URL]
    tab = window.current_tab()

    def measure(addresses, rounds: int = rounds) -> list[float]:
        times = []
        for _ in range(rounds):
            for url in addresses:
                start = time.perf_counter()
                tab.navigate(url)
                tab.page.repaint()  # built, laid out and painted
                times.append((time.perf_counter() - start) * 1000)
                app.processEvents()
        return times

    anonymous = measure(public)
    login_as(window, "pensionata", "pin_dispositivo")
    logged = measure(private)
    # Every registered page once per round (logged in as the 45-year pensioner).
    from ui.browser import router

    everything = [f"https://{r.host}{r.path}" for r in sorted(router.routes(), key=lambda r: (r.host, r.path))
                  if not r.path.endswith("/esci")]
    per_page = measure(everything, rounds=3)
    window.close()
    journey = anonymous + logged
    return {
        "page_switch_median_ms": round(statistics.median(journey), 2),
        "page_switch_p90_ms": round(sorted(journey)[int(len(journey) * 0.9) - 1], 2),
        "myinps_fascicolo_median_ms": round(statistics.median(logged), 2),
        "all_pages_median_ms": round(statistics.median(per_page), 2),
        "all_pages": len(everything),
        "switches": len(journey) + len(per_page),
    }


def bench_pdfs(world, runs: int = 10) -> dict:
    from app.services import documents, personas
    from app.services.auth import citizen_by_cf
    from app.pdf.pin_documents import pin_letter

    out = {}
    citizen = citizen_by_cf(personas.codice_fiscale_of(personas.persona("pensionata")))

    def median(fn) -> float:
        fn()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        return round(statistics.median(times), 2)

    out["cu_pdf_ms"] = median(lambda: documents.pdf_bytes(world, citizen, "cu", year=2018, record=False))
    out["obism_pdf_ms"] = median(lambda: documents.pdf_bytes(world, citizen, "obism", year=2018, record=False))
    out["pin_letter_pdf_ms"] = median(lambda: pin_letter(citizen, "A1B2C3D4", world.clock.now()))
    return out


def bench_crash(kills: int = 100) -> dict:
    """The reliability harness at full strength: tests/unit/test_crash.py with `kills`
    SIGKILLs (CI runs it with 30). Reports whether it held and how long it took."""
    env = dict(os.environ, PALESTRA_CRASH_KILLS=str(kills))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "unit" / "test_crash.py")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    return {"kills": kills, "passed": done.returncode == 0, "seconds": round(time.perf_counter() - t0, 1),
            "output": done.stdout.strip().splitlines()[-1:] if done.stdout else []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", help="write the figures to this file as JSON")
    parser.add_argument("--kiosks", type=int, default=30,
                        help="simulated kiosks against one PostgreSQL (0: skip; tools/bench_classroom.py)")
    parser.add_argument("--crash-kills", type=int, default=100, help="SIGKILLs of the crash test (0: skip)")
    args = parser.parse_args(argv)

    from app.services import security
    from app.world import World

    security.set_fast_hashing(True)  # only to seed the temporary world quickly
    tmp = Path(tempfile.mkdtemp(prefix="palestra-bench-"))
    db = tmp / "world.sqlite3"
    world = World(db)
    world.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    world.close()
    figures: dict = {}
    figures["startup"] = bench_startup(args.runs, db)
    figures["pages"] = bench_page_switch(db)
    world = World(db)
    figures["pdf"] = bench_pdfs(world)
    from tools.bench_fascicolo import bench_fascicolo

    figures["fascicolo_45_years"] = bench_fascicolo(20, world=world)
    if args.kiosks:
        from tools.bench_classroom import bench_kiosks

        figures["classroom_kiosks"] = bench_kiosks(args.kiosks, 60)
    if args.crash_kills:
        figures["crash"] = bench_crash(args.crash_kills)
    world.close()
    shutil.rmtree(tmp, ignore_errors=True)
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
