"""The diplomacy ontology: its files, the reference graph, and SHACL validation.

The Turtle files beside this module are the source of truth; this package only
finds and loads them.  Nothing is read at import time.
"""

from __future__ import annotations

from ontology.load import (
    ONTOLOGY_DIR,
    codes,
    countries,
    load_reference,
    load_shapes,
)
from ontology.namespaces import DATA, DIP, OA, PREFIXES, SEM, VOCAB, WD
from ontology.validate import Violation, validate

__all__ = [
    "DATA",
    "DIP",
    "OA",
    "ONTOLOGY_DIR",
    "PREFIXES",
    "SEM",
    "VOCAB",
    "WD",
    "Violation",
    "codes",
    "countries",
    "load_reference",
    "load_shapes",
    "validate",
]
