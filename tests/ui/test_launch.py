"""main()'s start: on a file, the whole window at once (one paint, the start page in it);
on a classroom server, the frame at once and the world right after its first paint."""
import pytest

import main
from app import db as dbmod
from ui.urls import WELCOME_URL


def test_launch_on_a_file_shows_the_whole_window_at_once(qtbot, db_path):
    window = main.launch(["--db", str(db_path), "--no-state"])
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.sim_marker.isVisible()  # the SIMULAZIONE band is there from the first paint
    assert window.world is not None and window.current_tab() is not None  # no frame painted empty first
    assert window.current_tab().url == WELCOME_URL  # first start (no lesson yet): the welcome page
    assert not window.loading.isVisible()
    qtbot.waitUntil(lambda: window._finished, timeout=5000)
    assert "MailDock" in window.docks


def test_launch_on_a_classroom_server_shows_the_frame_then_the_world(qtbot, pg_url):
    window = main.launch(["--db", pg_url, "--no-state"])
    qtbot.addWidget(window)
    assert window.isVisible() and window.sim_marker.isVisible()
    assert window.world is None and window.loading.isVisibleTo(window)  # «Preparazione del mondo simulato…»
    qtbot.waitUntil(lambda: window.world is not None and window.current_tab() is not None, timeout=10000)
    assert window.current_tab().url == WELCOME_URL and not window.loading.isVisible()
    qtbot.waitUntil(lambda: window._finished, timeout=10000)
    window.close()
    window.world.close()


def test_launch_offers_a_new_world_for_a_damaged_file(qtbot, tmp_path, monkeypatch):
    damaged = tmp_path / "rotto.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    asked = []
    monkeypatch.setattr(main, "_ask_new_world", lambda message: asked.append(message) or True)
    window = main.launch(["--db", str(damaged), "--no-state"])
    qtbot.addWidget(window)
    assert window.world is not None
    assert asked
    assert any(".danneggiato-" in p.name for p in tmp_path.iterdir())


def test_a_damaged_file_kept_as_it_is_stops_the_start_with_the_message(tmp_path, monkeypatch):
    damaged = tmp_path / "rotto.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(main, "_ask_new_world", lambda message: False)  # «No»: nothing is moved
    with pytest.raises(dbmod.DatabaseError) as raised:
        main.launch(["--db", str(damaged), "--no-state"])
    assert raised.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["rotto.sqlite3"]
