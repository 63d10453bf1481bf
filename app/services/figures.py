"""The figures and rules of the domande as they were in 2018, read from
data/domande_2018.json: each with its value, its mark and its source.

    figures.value("naspi.importo_massimo_cents")   # 131430
    figures.get("naspi.settimane_per_30_giornate").reconstruction   # True
    figures.noted("30 giornate di lavoro", "naspi.settimane_per_30_giornate")
    # -> "30 giornate di lavoro (ricostruzione)"

Marks (FACTS.md style): "verificato" seen in the cited source, "parziale" secondary,
partial or disputed, "ricostruzione" plausible but not verified: a text that shows a
reconstructed figure says so with the Italian note «(ricostruzione)».
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.paths import DATA_DIR

FILE = DATA_DIR / "domande_2018.json"
MARKS = ("verificato", "parziale", "ricostruzione")
RECONSTRUCTION_NOTE = "(ricostruzione)"


@dataclass(frozen=True)
class Figure:
    key: str
    value: Any
    mark: str
    source: str

    @property
    def reconstruction(self) -> bool:
        return self.mark == "ricostruzione"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Figure]:
    with open(FILE, encoding="utf-8") as fh:
        raw = json.load(fh)["figures"]
    out = {}
    for key, item in raw.items():
        mark = item.get("mark", "")
        if mark not in MARKS:
            raise ValueError(f"{FILE.name}: «{key}» has mark {mark!r}, not one of {MARKS}")
        if not item.get("source"):
            raise ValueError(f"{FILE.name}: «{key}» has no source")
        out[key] = Figure(key, item["value"], mark, item["source"])
    return out


def get(key: str) -> Figure:
    try:
        return catalogue()[key]
    except KeyError:
        raise KeyError(f"figure {key!r} is not in {FILE.name}") from None


def value(key: str) -> Any:
    return get(key).value


def noted(text: str, *keys: str) -> str:
    """`text` followed by «(ricostruzione)» when any of the figures it shows is one."""
    if any(get(k).reconstruction for k in keys):
        return f"{text} {RECONSTRUCTION_NOTE}"
    return text


__all__ = ["Figure", "FILE", "MARKS", "RECONSTRUCTION_NOTE", "catalogue", "get", "value", "noted"]
