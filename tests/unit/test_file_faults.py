"""What a disk can do to the data files: each case has its own Italian message and a way
on, and nothing is ever deleted or overwritten (issue 12)."""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import db as dbmod
from app.classroom import Classroom, open_learner_world

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def readonly():
    """Make a file or folder really read-only, even for root (immutable attribute)."""
    made = []

    def apply(path: Path) -> None:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
            if done.returncode != 0:
                if os.environ.get("CI", "").lower() == "true":
                    pytest.fail(f"chattr is needed to test read-only files as root: {done.stderr}")
                pytest.skip(f"cannot make {path} read-only as root: {done.stderr}")
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        made.append(path)

    yield apply
    for path in reversed(made):
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)


def _never_asked(message):
    raise AssertionError(f"a new world must not be offered here: {message}")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_read_only_database_file_is_explained_not_called_damaged(db_path, readonly):
    readonly(db_path)
    with pytest.raises(dbmod.DatabaseNotWritable) as info:
        open_learner_world(db_path, ask_new_world=_never_asked)
    assert "sola lettura" in info.value.message and "--db" in info.value.message


def test_healthy_database_in_a_read_only_folder_is_not_quarantined(db_path, readonly):
    before = _files(db_path.parent)
    readonly(db_path.parent)
    with pytest.raises(dbmod.DatabaseNotWritable) as info:
        open_learner_world(db_path, ask_new_world=_never_asked)
    assert "non si può scrivere" in info.value.message
    assert _files(db_path.parent) == before  # nothing moved, nothing written


def test_folder_that_cannot_be_written_and_no_file_yet(tmp_path, readonly):
    folder = tmp_path / "dati"
    folder.mkdir()
    readonly(folder)
    with pytest.raises(dbmod.DatabaseNotWritable) as info:
        open_learner_world(folder / "palestra.sqlite3", ask_new_world=_never_asked)
    assert "creare il file dei dati" in info.value.message
    assert list(folder.iterdir()) == []


def test_data_folder_that_cannot_be_created(tmp_path, readonly):
    readonly(tmp_path)
    with pytest.raises(dbmod.DatabaseNotWritable) as info:
        Classroom(tmp_path / "nuova" / "cartella" / "palestra.sqlite3")
    assert "Non è possibile creare la cartella dei dati" in info.value.message


def test_truncated_file_is_kept_aside_and_a_new_world_started(db_path):
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    asked = []
    world = open_learner_world(db_path, ask_new_world=lambda m: asked.append(m) or True)
    assert asked
    kept = [p for p in db_path.parent.iterdir() if ".danneggiato-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == data[: len(data) // 3]
    world.close()


def test_future_schema_is_refused_without_touching_it(db_path):
    world = open_learner_world(db_path)
    world_file = db_path.with_name(world.learner.world)
    world.close()
    con = sqlite3.connect(world_file)
    con.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 'futuro')")
    con.commit()
    con.close()
    before = world_file.read_bytes()
    with pytest.raises(dbmod.DatabaseTooNew):
        open_learner_world(db_path, ask_new_world=_never_asked)
    assert world_file.read_bytes() == before


def test_two_quarantines_in_the_same_second_keep_both_copies(tmp_path):
    first, second = tmp_path / "a.sqlite3", tmp_path / "a.sqlite3"
    first.write_bytes(b"uno" * 10)
    kept_one = dbmod.quarantine(first)
    second.write_bytes(b"due" * 10)
    kept_two = dbmod.quarantine(second)
    assert kept_one != kept_two
    assert kept_one.read_bytes() == b"uno" * 10 and kept_two.read_bytes() == b"due" * 10


def test_a_file_replaced_meanwhile_is_not_quarantined(tmp_path):
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"rotto" * 10)
    seen = dbmod.file_identity(path)
    dbmod.quarantine(path)
    path.write_bytes(b"nuovo mondo, sano")  # another window already started a new world
    assert dbmod.quarantine(path, expected=seen) is None
    assert path.read_bytes() == b"nuovo mondo, sano"


_OPEN_DAMAGED = """
import sys
sys.path.insert(0, {root!r})
from app.services import security
security.set_fast_hashing(True)
from main import open_world
world = open_world({target!r}, ask_new_world=lambda message: True)
world.close()
"""


def test_two_windows_opening_the_same_damaged_file_lose_nothing(tmp_path):
    for trial in range(4):
        folder = tmp_path / f"prova{trial}"
        folder.mkdir()
        target = folder / "palestra.sqlite3"
        damaged = b"\x00non un database" * 400
        target.write_bytes(damaged)
        code = _OPEN_DAMAGED.format(root=str(ROOT), target=str(target))
        procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(2)]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert all(p.returncode == 0 for p in procs), errors
        kept = [p for p in folder.iterdir() if ".danneggiato-" in p.name and not p.name.endswith(("-wal", "-shm"))]
        assert [p.read_bytes() for p in kept] == [damaged]  # kept, exactly once
        world = open_learner_world(target, ask_new_world=_never_asked)  # and the new world is healthy
        world.close()


def test_screenshot_run_with_a_damaged_database_prints_and_exits(tmp_path):
    target = tmp_path / "palestra.sqlite3"
    target.write_bytes(b"\x00rotto" * 400)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(target), "--screenshot",
                           "https://www.inps.it/", str(tmp_path / "x.png")],
                          capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert "non è leggibile" in done.stderr or "danneggiato" in done.stderr
    assert target.read_bytes() == b"\x00rotto" * 400  # untouched: nobody agreed to move it


def test_screenshot_run_in_a_folder_that_cannot_be_created(tmp_path, readonly):
    readonly(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "no" / "p.sqlite3"),
                           "--screenshot", "https://www.inps.it/", "/tmp/never.png"],
                          capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and "Non è possibile creare la cartella" in done.stderr


def test_unknown_option_is_refused_in_italian_with_exit_2():
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--kiosko"], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 2
    assert "opzione sconosciuta: --kiosko" in done.stderr


def test_a_damaged_file_moved_by_two_windows_at_once_is_kept_once(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"rotto" * 10)
    seen = dbmod.file_identity(path)
    real_unlink = dbmod.os.unlink

    def other_window_first(target):
        if Path(target) == path:  # the other window took the damaged file away just before this one
            real_unlink(target)
            raise FileNotFoundError(target)
        real_unlink(target)

    monkeypatch.setattr(dbmod.os, "unlink", other_window_first)
    assert dbmod.quarantine(path, expected=seen) is None
    assert [p.name for p in tmp_path.iterdir()] == []  # this window's copy taken back (the other one keeps its own)


def test_a_file_put_in_place_of_the_damaged_one_while_moving_it_is_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"rotto" * 10)
    seen = dbmod.file_identity(path)
    real_link = dbmod.os.link

    def replaced_meanwhile(source, target):
        real_unlink = dbmod.os.unlink
        real_unlink(source)  # the other window moved the damaged file and started a new world
        Path(source).write_bytes(b"nuovo mondo, sano")
        real_link(source, target)

    monkeypatch.setattr(dbmod.os, "link", replaced_meanwhile)
    assert dbmod.quarantine(path, expected=seen) is None
    assert path.read_bytes() == b"nuovo mondo, sano"
    assert [p.name for p in tmp_path.iterdir()] == ["a.sqlite3"]
