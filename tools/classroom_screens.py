"""Pictures of the classroom side, made by the program itself: the trainer's console with
a class at work, the class report (PDF pages as PNG, with pdftoppm), the kiosk's learner
picker and its idle warning, on a 1366 x 768 screen.

    python tools/classroom_screens.py                 # into docs/screens
    QT_SCALE_FACTOR=2 python tools/classroom_screens.py --out /tmp/shots   # the same at 200 %

A demo class is made in a temporary folder (never the user's data).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREEN = {"screens": [{"name": "Schermo", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

# (name, [(lesson key, mode, steps done, mistakes, hints, minutes, finished, minutes ago)])
CLASS = [
    ("Maria Rossi", [("richiedi-pin-online", "allenamento", 4, 1, 2, 14, False, 0),
                     ("home-inps", "allenamento", 99, 0, 1, 6, True, 40),
                     ("trova-il-sito", "allenamento", 99, 1, 0, 4, True, 55)]),
    ("Giuseppe Bianchi", [("home-inps", "allenamento", 2, 3, 4, 11, False, 1)]),
    ("Anna Ferrari", [("trova-il-sito", "verifica", 99, 0, 0, 3, True, 5)]),
    ("Anna Ferrari", [("trova-il-sito", "allenamento", 1, 2, 1, 7, False, 0)]),
    ("Luigi Esposito", [("entra-con-spid", "verifica", 99, 4, 0, 9, True, 12)]),
    ("Carla Neri", [("fascicolo", "allenamento", 3, 0, 0, 5, False, 2)]),
    ("Paolo Greco", []),
]


KEEP = ("20-console-formatore", "23-rapporto-classe-1", "24-postazione-allievi", "25-postazione-avviso",
        "26-postazione-chiusura")  # what docs/screens keeps (the README shows them); --all for every picture


def shrink(folder: Path, suffix: str, keep_all: bool) -> None:
    """Keep the chosen pictures, as 256-colour PNGs (a third of the size, text as sharp)."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - pillow comes with reportlab's extras
        Image = None
    for path in folder.glob("2[0-9]-*.png"):
        if suffix and suffix not in path.stem:
            continue
        stem = path.stem[:-len(suffix)] if suffix and path.stem.endswith(suffix) else path.stem
        if not keep_all and stem not in KEEP:
            path.unlink()
            continue
        if Image is not None:
            with Image.open(path) as picture:
                small = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
            small.save(path, optimize=True)


def _settle(app, ms: int = 250) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def make_class(folder: Path) -> tuple[str, list]:
    """A classroom file with the demo class; returns its path and the learners."""
    from app.classroom import Classroom, open_learner_world
    from app.classroom.models import LessonRun
    from app.lessons import catalogue
    from app.lessons.session import LessonSession

    target = str(folder / "aula.sqlite3")
    classroom = Classroom(target)
    classroom.set_trainer_code("aula-2018")
    now = classroom.now()
    learners = []
    for name, runs in CLASS:
        info = classroom.add_learner(name)
        learners.append(info)
        if not runs:
            continue
        world = open_learner_world(target, learner=info.code)
        for key, mode, done, mistakes, hints, minutes, finished, ago in reversed(runs):
            if key not in catalogue.load_all():
                continue
            session, _ = LessonSession.start(world, key, mode)
            steps = len(session.lesson.steps)
            for _ in range(min(done, steps if finished else steps - 1)):
                session.runner._advance("dimostrazione")
            session.runner.state.mistakes = mistakes
            session.runner.state.hints = hints if mode == "allenamento" else 0
            if finished and mode == "verifica":
                session.runner.state.state = "superata" if mistakes <= session.lesson.max_mistakes else "non_superata"
            session.save()
            stamp = now - dt.timedelta(minutes=ago)
            (LessonRun.update(real_seconds=minutes * 60 + 17, updated_at=stamp,
                              finished_at=stamp if session.runner.finished else None)
             .where(LessonRun.id == session.run_id).execute())
        world.close()
        classroom.activate()
    classroom.assign(None, lesson_key="richiedi-pin-online", mode="allenamento")
    classroom.assign(learners[2].id, lesson_key="trova-il-sito", mode="verifica", persona_key="pensionata")
    classroom.post_order(learners[1].id, "fault", fault="pin_bloccato", persona="dipendente")
    classroom.close()
    return target, learners


def console_shots(app, target: str, out: Path, suffix: str) -> None:
    import main

    console = main.build_console(["--db", target])
    console.setGeometry(app.primaryScreen().availableGeometry())
    console.show()
    gate = console.code_gate
    gate.code.set_value("aula-2018")
    gate._submit()
    _settle(app)
    tree = console.tree
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0).startswith("Maria"):
            tree.topLevelItem(i).setExpanded(True)
        if tree.topLevelItem(i).text(0).startswith("Giuseppe"):
            tree.setCurrentItem(tree.topLevelItem(i))
    console.tabs.setCurrentIndex(1)
    console.fault.set_value("pin_scaduto")
    console.inject_fault()
    _settle(app)
    console.grab().save(str(out / f"20-console-formatore{suffix}.png"))
    console.tabs.setCurrentIndex(0)
    _settle(app, 100)
    console.grab().save(str(out / f"21-console-compito{suffix}.png"))
    console.lock()
    _settle(app, 100)
    console.grab().save(str(out / f"22-console-codice{suffix}.png"))
    console.close()


def report_shots(target: str, out: Path, suffix: str) -> Path:
    from app.classroom import Classroom
    from app.classroom import report

    classroom = Classroom(target)
    folder = Path(tempfile.mkdtemp(prefix="rapporto-"))
    pdf_path, _csv_path = report.save(classroom, folder)
    classroom.close()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(pdf_path),
                        str(out / f"23-rapporto-classe{suffix}")], check=True)
    return pdf_path


def kiosk_shots(app, target: str, out: Path, suffix: str, learners) -> None:
    import main

    class Clock:
        t = 1000.0

        def __call__(self):
            return self.t

    clock = Clock()
    station = main.build_kiosk(["--db", target, "--kiosk", "--no-state"], now=clock)
    _settle(app, 400)
    station.window.grab().save(str(out / f"24-postazione-allievi{suffix}.png"))
    window = station.open_learner(learners[5])  # Carla Neri
    _settle(app, 600)
    clock.t += 10 * 60 - 25
    window.kiosk_idle.tick()
    _settle(app, 200)
    window.grab().save(str(out / f"25-postazione-avviso{suffix}.png"))
    window.kiosk_idle.keep()
    window.close()  # Alt+F4: the code is asked inside the window
    _settle(app, 200)
    window.grab().save(str(out / f"26-postazione-chiusura{suffix}.png"))
    station.on_quit = lambda: None
    station.quit()


def main_() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--suffix", default="", help="added to every file name (e.g. -200)")
    parser.add_argument("--all", action="store_true", help="also the pictures the README does not show")
    options = parser.parse_args()
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    config = Path(tempfile.mkdtemp(prefix="schermo-")) / "schermo.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Palestra INPS")
    folder = Path(tempfile.mkdtemp(prefix="aula-demo-"))
    target, learners = make_class(folder)
    console_shots(app, target, out, options.suffix)
    pdf = report_shots(target, out, options.suffix)
    kiosk_shots(app, target, out, options.suffix, learners)
    shrink(out, options.suffix, options.all)
    print(f"immagini in {out}; rapporto di prova: {pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main_())
