"""Palestra INPS: domain and use cases. Qt-free by rule: nothing here imports Qt."""
import sys as _sys

# peewee imports the PostgreSQL driver (psycopg and libpq) as soon as it is itself
# imported, if the driver is installed: 90-160 ms at every start, for a driver only the
# classroom server needs. Until app.db.load_psycopg() is called (when a PostgreSQL URL
# is opened), "import psycopg" fails, so peewee loads without it. Code of this project
# that needs the driver calls app.db.load_psycopg() first.
if "psycopg" not in _sys.modules and "peewee" not in _sys.modules:
    _sys.modules["psycopg"] = None  # type: ignore[assignment]
