"""Where things live: the project's own files and the user's data directory."""
from __future__ import annotations

from pathlib import Path

import platformdirs

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
RESOURCES_DIR = ROOT / "resources"
APP_NAME = "PalestraINPS"


def user_data_dir() -> Path:
    """The platform's per-user data directory (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "palestra.sqlite3"
