"""Program settings stored in the world's database (shared by a classroom)."""
from __future__ import annotations

from app.models import Setting

DEFAULTS: dict[str, str] = {
    "pin.max_failures": "5",  # consecutive wrong PINs before the PIN is locked
    "pin.expiry_months.cittadino": "6",
    "pin.expiry_months.intermediario": "3",
    "spid.max_failures": "5",  # consecutive wrong passwords before the SPID identity is locked
    "spid.otp_minutes": "5",  # simulated minutes an SMS code / app request stays valid
    "spid.otp_attempts": "3",  # wrong tries on one SMS code before a new one is needed
    "spid.otp_max_wrong": "6",  # wrong codes in one login before it fails (error 19)
    "spid.timeout_minutes": "10",  # simulated minutes to complete a SPID login (error 21)
    "cns.max_pin_failures": "3",
    "cns.max_puk_failures": "10",  # wrong PUKs before the card is unusable for good
    "session.idle_minutes": "15",  # real minutes of inactivity before the portal session ends
    "session.warning_seconds": "60",  # real seconds of warning before it ends (at least 20)
    "large_text": "0",
}


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def get_many(keys) -> dict[str, str]:
    """Several settings in one query (a page showing three figures asks once)."""
    keys = list(keys)
    stored = {row.key: row.value for row in Setting.select().where(Setting.key.in_(keys))}
    return {key: stored[key] if key in stored else DEFAULTS.get(key, "") for key in keys}


def as_int(key: str, value: str) -> int:
    """A setting's text as a number (its default if the text is not one)."""
    try:
        return int(value)
    except ValueError:
        return int(DEFAULTS[key])


def get_int(key: str) -> int:
    return as_int(key, get(key))


def set_value(key: str, value: str) -> None:
    """Portable upsert (SQLite and PostgreSQL): one statement, safe with other windows."""
    (Setting.insert(key=key, value=str(value))
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: str(value)})
     .execute())
