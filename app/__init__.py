"""Palestra INPS: domain and use cases. Qt-free by rule: nothing here imports Qt."""
import sys as _sys

# peewee imports the PostgreSQL driver (psycopg and libpq) as soon as it is imported, if
# installed: 90-160 ms at every start, for a driver only the classroom server needs.
# peewee is imported here without it; app.db hands it the driver when a PostgreSQL URL
# is opened (app.db.postgres_database).
if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails for now
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]
