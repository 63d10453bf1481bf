"""Program settings stored in the world's database (shared by a classroom)."""
from __future__ import annotations

from app.models import Setting

DEFAULTS: dict[str, str] = {
    "pin.max_failures": "5",  # consecutive wrong PINs before the PIN is locked
    "pin.expiry_months.cittadino": "6",
    "pin.expiry_months.intermediario": "3",
    "spid.max_failures": "5",
    "cns.max_pin_failures": "3",
    "session.idle_minutes": "15",  # real minutes of inactivity before the portal session ends
    "large_text": "0",
}


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def get_int(key: str) -> int:
    try:
        return int(get(key))
    except ValueError:
        return int(DEFAULTS[key])


def set_value(key: str, value: str) -> None:
    Setting.insert(key=key, value=str(value)).on_conflict_replace().execute()
