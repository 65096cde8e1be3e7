"""SPARQL queries kept as ``.rq`` files beside this module, loaded by name.

Each file opens with a header of ``#+`` lines (grlc style)::

    #+ summary: every event concerning the a-b relation, oldest first
    #+ params: a (state, required, BY); b (state, required, CN)
    #+ columns: date, kind, status, title, participants, source

Examples
--------
>>> "stats-events-per-kind" in query_names()
True
>>> load_query("stats-events-per-kind").summary
'events per kind, most frequent first'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["PARAMETER_TYPES", "QUERY_DIR", "NamedQuery", "Parameter", "load_query", "parse_parameters", "query_names"]

QUERY_DIR = Path(__file__).resolve().parent
PARAMETER_TYPES = ("state", "person", "body", "entity", "date", "integer", "string")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool
    example: str


def parse_parameters(header: str) -> list[Parameter]:
    """Parse ``a (state, required, BY); since (date, optional, 2025-01-01)``."""
    found = []
    for part in filter(None, (p.strip() for p in header.split(";"))):
        match = re.fullmatch(r"(\w+)\s*\(\s*(\w+)\s*,\s*(required|optional)\s*,\s*(.+?)\s*\)", part)
        if not match:
            if part == "none":
                continue
            raise ValueError(f"bad parameter declaration {part!r}: expected 'name (type, required|optional, example)'")
        name, kind, need, example = match.groups()
        if kind not in PARAMETER_TYPES:
            raise ValueError(f"parameter {name!r} has unknown type {kind!r}; types: {', '.join(PARAMETER_TYPES)}")
        found.append(Parameter(name, kind, need == "required", example))
    return found


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name, text and header."""

    name: str
    text: str
    summary: str
    params: str = ""
    columns: str = ""
    header: dict[str, str] = field(default_factory=dict)

    @property
    def parameters(self) -> list[Parameter]:
        return parse_parameters(self.params)


def query_names() -> list[str]:
    return sorted(path.stem for path in QUERY_DIR.glob("*.rq"))


def parse_header(text: str) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        key, _, value = line[2:].partition(":")
        header[key.strip()] = value.strip()
    return header


@cache
def load_query(name: str) -> NamedQuery:
    """Load ``queries/<name>.rq``; raise ``KeyError`` listing the known names if absent."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        raise KeyError(f"unknown query {name!r}; known: {', '.join(query_names())}")
    text = path.read_text(encoding="utf-8")
    header = parse_header(text)
    return NamedQuery(
        name=name,
        text=text,
        summary=header.get("summary", ""),
        params=header.get("params", ""),
        columns=header.get("columns", ""),
        header=header,
    )
