"""The settings file a trainer hands out to the kiosks of a room (`--config FILE`):

    # Palestra INPS - aula 2
    db = postgresql://palestra:segreto@192.168.1.10/palestra

One `key = value` a line; `#` starts a comment. Known keys: db. Qt-free.
"""
from __future__ import annotations

from pathlib import Path

KNOWN_KEYS = ("db",)


class ConfigError(ValueError):
    """A settings file that cannot be used; the message is plain Italian."""


def read_config(path: str | Path) -> dict[str, str]:
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"il file delle impostazioni «{path}» non esiste.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"il file delle impostazioni «{path}» non si legge ({exc}).") from None
    values: dict[str, str] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or not key:
            raise ConfigError(f"«{path.name}», riga {n}: scriva chiave = valore (per esempio db = ...).")
        if key not in KNOWN_KEYS:
            raise ConfigError(f"«{path.name}», riga {n}: chiave sconosciuta «{key}» "
                              f"(quelle ammesse: {', '.join(KNOWN_KEYS)}).")
        if not value:
            raise ConfigError(f"«{path.name}», riga {n}: manca il valore di «{key}».")
        values[key] = value
    return values
