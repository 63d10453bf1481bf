"""Palestra INPS: start the program.

    palestra-inps                      # the default world in the user's data directory
    palestra-inps --db aula.sqlite3    # another classroom file (or a PostgreSQL URL)
    palestra-inps --learner Anna       # Anna's own world (created if new)
    palestra-inps --reset              # restore the demo world
    palestra-inps --screenshot https://www.inps.it/ home.png
    palestra-inps --db postgresql://… --kiosk     # a classroom kiosk (learner picker, full screen)
    palestra-inps --db postgresql://… --trainer   # the trainer's console
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable


class _ArgumentParser(argparse.ArgumentParser):
    """Strict, and in Italian: an unknown or misspelt option stops the program with exit
    code 2 (a misspelt --kiosk must never start an open kiosk)."""

    def error(self, message: str):  # noqa: D401
        if "unrecognized arguments" in message:
            message = "opzione sconosciuta: " + message.split(":", 1)[1].strip()
        elif "expected one argument" in message or "expected 2 arguments" in message:
            message = "manca il valore dell'opzione " + message.split(":", 1)[0].replace("argument", "").strip()
        elif "invalid int value" in message:
            message = "valore non numerico: " + message.split(":", 1)[1].strip()
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: errore: {message}\nUsi --help per l'elenco delle opzioni.\n")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = _ArgumentParser(
        prog="palestra-inps",
        description="Palestra INPS: simulatore offline del portale INPS per esercitarsi senza rischi.",
    )
    parser.add_argument("--db", metavar="PERCORSO_O_URL",
                        help="il file SQLite dell'aula o l'URL del server PostgreSQL "
                             "(predefinito: nella cartella dati dell'utente)")
    parser.add_argument("--learner", metavar="NOME",
                        help="l'allievo che si esercita (creato se è nuovo; con nomi uguali: NOME#NUMERO)")
    parser.add_argument("--reset", action="store_true", help="riporta il mondo simulato allo stato iniziale")
    parser.add_argument("--persona", metavar="CHIAVE", help="la persona di prova da impersonare (es. pensionata)")
    parser.add_argument("--start", metavar="URL", help="indirizzo da aprire all'avvio")
    parser.add_argument("--zoom", type=int, default=100,
                        help="zoom iniziale del programma (50-200): pagine, pannelli, menu e finestre insieme")
    parser.add_argument("--large-text", action="store_true", help="caratteri grandi (18 px)")
    parser.add_argument("--screenshot", nargs=2, metavar=("URL", "FILE"),
                        help="salva un'immagine PNG della pagina URL nel FILE ed esce")
    parser.add_argument("--no-state", action="store_true",
                        help="non ripristina né salva la disposizione della finestra")
    parser.add_argument("--lesson", metavar="CHIAVE",
                        help="apre il programma in quella lezione (la riprende se è quella in corso); "
                             "vince su --persona e --start")
    parser.add_argument("--verifica", action="store_true",
                        help="con --lesson: la lezione in modalità Verifica (senza suggerimenti)")
    parser.add_argument("--kiosk", action="store_true",
                        help="postazione in aula: schermo intero, elenco degli allievi, uscita solo con il "
                             "codice del formatore")
    parser.add_argument("--trainer", action="store_true",
                        help="apre la console del formatore (allievi, compiti, situazioni, rapporto)")
    parser.add_argument("--config", metavar="FILE",
                        help="file delle impostazioni dell'aula (una riga db = ...); --db vince sul file")
    parser.add_argument("--lang", metavar="LINGUA", default="it",
                        help="lingua dei menu, dei pannelli e delle finestre del programma: it (predefinita) "
                             "o de; le pagine del portale e le lezioni restano in italiano")
    parser.add_argument("--high-contrast", action="store_true",
                        help="colori ad alto contrasto (come Visualizza → Alto contrasto)")
    args = parser.parse_args(argv)
    _check_lang(parser, args)
    _check_lesson(parser, args)
    _check_classroom(parser, args)
    args.zoom = min(max(args.zoom, 50), 200)
    return args


LANGUAGES = ("it", "de")


def _check_lang(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--lang is it or de (exit 2 otherwise, in Italian)."""
    args.lang = (args.lang or "").strip().lower()
    if args.lang not in LANGUAGES:
        parser.print_usage(sys.stderr)
        parser.exit(2, f"{parser.prog}: errore: la lingua «{args.lang}» non c'è. Le lingue sono: "
                       f"{', '.join(LANGUAGES)} (it è l'italiano, de il tedesco).\n")


def _apply_view(args: argparse.Namespace) -> None:
    """The language (Qt's own Italian or German catalogue, and the program's German one)
    and the theme (--high-contrast, or Alto contrasto remembered unless --no-state)."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n, theme

    i18n.install(QApplication.instance(), args.lang)
    high = args.high_contrast
    if not high and not (args.no_state or args.screenshot):
        from ui.accessibility import saved_high_contrast

        high = saved_high_contrast()
    if theme.set_theme(theme.theme_name(high)):
        theme.apply_palette(QApplication.instance())


def _check_lesson(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--lesson names a lesson of data/lessons; --verifica needs it (exit 2 otherwise)."""
    if args.verifica and not args.lesson:
        parser.print_usage(sys.stderr)
        parser.exit(2, f"{parser.prog}: errore: --verifica va usata insieme a --lesson CHIAVE.\n")
    if args.lesson:
        from app.lessons import catalogue

        keys = list(catalogue.load_all())
        if args.lesson not in keys:
            parser.exit(2, f"{parser.prog}: errore: la lezione «{args.lesson}» non esiste. "
                           f"Le lezioni sono: {', '.join(keys)}.\n")


def _check_classroom(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--kiosk and --trainer are two different programs; --config gives the database."""
    if args.kiosk and args.trainer:
        parser.print_usage(sys.stderr)
        parser.exit(2, f"{parser.prog}: errore: usi --kiosk (postazione) oppure --trainer (console), "
                       "non insieme.\n")
    if args.config:
        from app.classroom.config import ConfigError, read_config

        try:
            values = read_config(args.config)
        except ConfigError as exc:
            parser.exit(2, f"{parser.prog}: errore: {exc}\n")
        args.db = args.db or values.get("db")


def database_target(args: argparse.Namespace) -> str:
    if args.db:
        return args.db
    from app.paths import default_database_path

    return str(default_database_path())


def open_world(target: str, *, reset: bool = False, learner: str | None = None,
               ask_new_world: Callable[[str], bool] | None = None):
    """Open the classroom at `target` and the learner's world; on a damaged file ask
    whether to start a new one (the damaged file is moved aside, never deleted)."""
    from app.classroom import open_learner_world

    return open_learner_world(target, learner=learner, reset=reset, ask_new_world=ask_new_world)


def _frame(args: argparse.Namespace):
    """The main window's frame (no world yet): cheap, so it can be painted at once."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        raise RuntimeError("the main window needs a QApplication")
    from ui.browser.window import MainWindow

    _apply_view(args)
    window = MainWindow(
        None,
        person_key=args.persona,
        large_text=args.large_text,
        zoom=args.zoom,
        restore_state=not (args.no_state or args.screenshot),
    )
    window.args = args
    return window


def _start_url(args: argparse.Namespace, world=None) -> str:
    """--lesson, then --start, then --screenshot; otherwise the welcome page on first
    start (or with a lesson left open), else the search engine."""
    from ui.browser.router import START_URL

    if args.lesson:
        return START_URL  # a cheap first page: the lesson replaces it at once (_start_tutor)
    if args.start or args.screenshot:
        return args.start or args.screenshot[0]
    if world is None:
        return START_URL
    from ui.tutor import first_page

    return first_page(world)


def _start_tutor(window, args: argparse.Namespace) -> None:
    """The tutor and the Lezioni menu; --lesson opens that lesson (resumed if it is the
    learner's open one, in the same mode)."""
    from ui.tutor import install

    tutor = install(window)
    if args.lesson:
        mode = "verifica" if args.verifica else "allenamento"
        open_run = tutor.open_run()
        if open_run is not None and open_run.lesson.key == args.lesson and (open_run.mode == mode or not args.verifica):
            tutor.resume(args.lesson)
        else:
            tutor.start(args.lesson, mode)


def _person_key(args: argparse.Namespace):
    return None if args.lesson else args.persona  # --lesson wins: the lesson says who the learner plays


def build_main_window(argv: list[str], *, world=None, ask_new_world=None):
    """Build the whole main window from command-line style arguments, at once.
    A QApplication must exist. Used by the tests, and by main() on a file (launch)."""
    return _build_window(parse_args(list(argv)), world=world, ask_new_world=ask_new_world)


def _build_window(args: argparse.Namespace, *, world=None, ask_new_world=None):
    window = _frame(args)
    if world is None:
        world = open_world(database_target(args), reset=args.reset, learner=args.learner,
                           ask_new_world=ask_new_world)
        window.owns_world = True
    elif args.reset:
        world.reset()
    window.attach_world(world, start_url=_start_url(args, world), person_key=_person_key(args))
    _start_tutor(window, args)
    return window


def build_console(argv: list[str]):
    """The trainer's console (--trainer) on the classroom of --db. A QApplication must exist."""
    from app.classroom import Classroom
    from ui.trainer import TrainerConsole

    args = parse_args(list(argv))
    _apply_view(args)  # --lang, --high-contrast
    console = TrainerConsole(Classroom(database_target(args)), large_text=args.large_text)
    console.args = args
    return console


def build_kiosk(argv: list[str], *, now=None):
    """A kiosk (--kiosk): its station, with the first window shown (the learner picker, or
    --learner's world). `now` is the idle clock (tests). A QApplication must exist."""
    import time

    from ui.kiosk import Station

    args = parse_args(list(argv))
    argv = [a for a in argv if a != "--reset"]  # a kiosk never wipes a learner's world at start
    station = Station(argv, database_target(args), kiosk=True, builder=build_main_window,
                      now=now or time.monotonic)
    station.start(args.learner)
    return station


def launch(argv: list[str]):
    """What main() does before the event loop. On a file (the default, a classroom file):
    the whole window at once, shown with its start page (the world opens in a few
    milliseconds; a frame painted first would be painted twice). On a classroom server,
    where opening may wait on the network: the window's frame at once («Preparazione del
    mondo simulato…»), filled with the world right after its first paint.
    Returns the window. An unusable database: on a file, DatabaseError or ClassroomError is
    raised; on a server, the message is shown and the application told to exit(1)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import db as dbmod

    args = parse_args(list(argv))
    target = database_target(args)
    if not dbmod.is_url(target):
        window = _build_window(args, ask_new_world=_ask_new_world)
        window.show()
        return window
    window = _frame(args)
    window.show()

    def fill() -> None:
        from app.classroom import ClassroomError

        try:
            world = open_world(target, reset=args.reset, learner=args.learner, ask_new_world=_ask_new_world)
        except (dbmod.DatabaseError, ClassroomError) as exc:
            QMessageBox.critical(window, "Palestra INPS", exc.message)
            QApplication.instance().exit(1)
            return
        window.owns_world = True
        window.attach_world(world, start_url=_start_url(args, world), person_key=_person_key(args))
        _start_tutor(window, args)

    window.after_first_paint(fill)
    return window


def _ask_new_world(message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        None,
        "Palestra INPS",
        f"{message}\n\nIl file danneggiato sarà messo da parte (non verrà cancellato). "
        "Vuole iniziare con un nuovo mondo simulato?",
    )
    return answer == QMessageBox.StandardButton.Yes


def take_screenshot(window, path: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    window.resize(1400, 1000)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    QApplication.processEvents()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(path)


def before_qt() -> None:
    """What main() does before Qt is imported (tools/benchmark.py does the same):

    - Python's cycle collector out of the way of start-up and page switches (ui/collector.py);
    - the Qt-free modules every start needs (the classroom and its world: peewee, the models;
      the lessons) imported first. PySide6's import hook reads the whole source of each
      module imported after it, looking for its ``__feature__`` switches: these modules
      never use them, and the hook would cost about a millisecond every ten of them."""
    from ui import collector

    collector.enable()
    import app.classroom  # noqa: F401
    import app.classroom.orders  # noqa: F401
    import app.lessons.session  # noqa: F401
    import app.services.auth  # noqa: F401
    import app.services.messages  # noqa: F401
    import app.services.session  # noqa: F401
    import app.services.time_rules  # noqa: F401
    import app.world  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    before_qt()
    from ui import collector
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app import db as dbmod
    from app.classroom import ClassroomError

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0], *argv])
        argv = app.arguments()[1:]  # Qt has taken its own options (-platform, -style, ...)
    app.setApplicationName("Palestra INPS")
    app.setOrganizationName("PalestraINPS")
    from PySide6.QtCore import QTimer

    # The collector comes back when the window is up; at the latest after 10 s (a kiosk
    # waiting at its learner picker, a start that stopped on a question).
    QTimer.singleShot(10_000, collector.settled)
    args = parse_args(argv)
    if args.screenshot:
        # A scripted run: nobody is there to answer a dialog. Say it and exit non-zero.
        try:
            window = build_main_window(argv)
        except (dbmod.DatabaseError, ClassroomError) as exc:
            print(f"palestra-inps: {exc.message}", file=sys.stderr)
            return 1
        take_screenshot(window, window.args.screenshot[1])
        window.close()
        return 0
    if args.trainer or args.kiosk:
        try:
            started = build_console(argv) if args.trainer else build_kiosk(argv)  # noqa: F841 (kept alive)
        except (dbmod.DatabaseError, ClassroomError) as exc:
            QMessageBox.critical(None, "Palestra INPS", exc.message)
            return 1
        if args.trainer:
            started.show()
            collector.settled()  # the console is up (a kiosk's window says so itself)
        return app.exec()
    try:
        window = launch(argv)  # noqa: F841 (kept alive by the event loop)
    except (dbmod.DatabaseError, ClassroomError) as exc:
        QMessageBox.critical(None, "Palestra INPS", exc.message)
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
