"""main()'s start: the frame is shown at once, the world fills it right after."""
import main
from ui.urls import WELCOME_URL


def test_launch_shows_the_frame_then_the_world(qtbot, db_path):
    window = main.launch(["--db", str(db_path), "--no-state"])
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.sim_marker.isVisible()  # the SIMULAZIONE band is there from the first paint
    qtbot.waitUntil(lambda: window.world is not None and window.current_tab() is not None, timeout=5000)
    assert window.current_tab().url == WELCOME_URL  # first start (no lesson yet): the welcome page
    qtbot.waitUntil(lambda: window._finished, timeout=5000)
    assert "MailDock" in window.docks


def test_launch_offers_a_new_world_for_a_damaged_file(qtbot, tmp_path, monkeypatch):
    damaged = tmp_path / "rotto.sqlite3"
    damaged.write_bytes(b"not a database" * 100)
    asked = []
    monkeypatch.setattr(main, "_ask_new_world", lambda message: asked.append(message) or True)
    window = main.launch(["--db", str(damaged), "--no-state"])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.world is not None, timeout=5000)
    assert asked
    assert any(".danneggiato-" in p.name for p in tmp_path.iterdir())
