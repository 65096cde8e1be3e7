"""Resolve what a user typed to IRIs: states by code or name, people and bodies by any name.

A state may be given as ISO alpha-2 or alpha-3 code or by a name in any language
("BY", "BLR", "Belarus", "Weißrussland", "Беларусь"); a person or body by IRI, by
name or alias in any language, by any spelling of it ("Kusnezow", "Кузнецов") or by
surname alone.  More than one match is an error that lists the candidates: the
user must say which.  Nothing the user typed ever reaches a query string.

Examples
--------
>>> from bilateral.store import open_store
>>> from bilateral.commands import run_ingest
>>> from pathlib import Path
>>> dataset = open_store("memory")
>>> _ = run_ingest(dataset, [Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"])
>>> resolve_state(dataset, "Weißrussland") == resolve_state(dataset, "BLR") == resolve_state(dataset, "by")
True
>>> str(resolve_entity(dataset, "Kusnezow")) == str(resolve_entity(dataset, "Andrei Kuznetsov"))
True
>>> resolve_state(dataset, 'BY" . ?s ?p ?o } #')  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
queries.resolve.ResolveError: no state matches 'BY" . ?s ?p ?o } #': give an ISO code (BY, BLR) or a name ...
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rdflib import Dataset, Literal, URIRef

from ingest.names import name_key
from queries import load_query

__all__ = ["Candidate", "ResolveError", "candidates", "resolve_entity", "resolve_state"]

FOAF = "http://xmlns.com/foaf/0.1/"
CLASSES = {
    "person": f"{FOAF}Person",
    "organization": "http://www.w3.org/ns/org#Organization",
    "group": f"{FOAF}Group",
    "state": "https://w3id.org/bilateral/ontology#Country",
    "relation": "https://w3id.org/bilateral/ontology#BilateralRelation",
}


class ResolveError(ValueError):
    """Nothing, or more than one thing, matches what the user typed."""


@dataclass(frozen=True, order=True)
class Candidate:
    label: str
    iri: URIRef
    kind: str

    def __str__(self) -> str:
        return f"{self.label} ({self.kind}, <{self.iri}>)"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _index(dataset: Dataset) -> dict[URIRef, tuple[str, list[Literal]]]:
    kinds = {iri: kind for kind, iri in CLASSES.items()}
    found: dict[URIRef, tuple[str, list[Literal]]] = {}
    labels: dict[URIRef, list[Literal]] = defaultdict(list)
    kind_of: dict[URIRef, str] = {}
    for row in dataset.query(load_query("entity-labels").text):
        entity, cls, label = row  # type: ignore[misc]
        if not isinstance(entity, URIRef) or not isinstance(label, Literal):
            continue
        kind_of[entity] = kinds.get(str(cls), kind_of.get(entity, "entity"))
        labels[entity].append(label)
    for entity, names in labels.items():
        found[entity] = (kind_of[entity], names)
    return found


def _display(names: list[Literal]) -> str:
    # the canonical name: untagged (persons) or English (bodies, states), the longest
    canonical = [n for n in names if n.language in (None, "en") and len(n) > 3]
    return str(sorted(canonical or names, key=lambda n: (-len(n), str(n)))[0]) if names else "?"


def candidates(dataset: Dataset, text: str, kinds: tuple[str, ...] = ()) -> list[Candidate]:
    """Everything of the given kinds that ``text`` could mean, best matches only."""
    text = text.strip()
    index = _index(dataset)
    wanted = {k: v for k, v in index.items() if not kinds or v[0] in kinds}
    if "://" in text:
        iri = URIRef(text)
        return [Candidate(_display(wanted[iri][1]), iri, wanted[iri][0])] if iri in wanted else []
    folded, key = _fold(text), name_key(text)
    tiers: list[list[URIRef]] = [[], [], []]
    for entity, (_, names) in wanted.items():
        if any(_fold(n) == folded for n in names):
            tiers[0].append(entity)
        elif key and any(name_key(n) == key for n in names):
            tiers[1].append(entity)  # another spelling of the whole name
        elif key and " " not in key and any(key in name_key(n).split() for n in names if " " in n):
            tiers[2].append(entity)  # one word of a longer name: a surname, say
    for tier in tiers:
        if tier:
            return sorted(Candidate(_display(wanted[e][1]), e, wanted[e][0]) for e in tier)
    return []


def _one(found: list[Candidate], text: str, what: str, hint: str) -> URIRef:
    if len(found) == 1:
        return found[0].iri
    if not found:
        raise ResolveError(f"no {what} matches {text!r}: {hint}")
    listed = "; ".join(str(c) for c in found[:10])
    raise ResolveError(f"{text!r} is ambiguous, it could be: {listed}")


def resolve_state(dataset: Dataset, text: str) -> URIRef:
    """The IRI of a sovereign state given by code or name."""
    hint = "give an ISO code (BY, BLR) or a name (Belarus, Weißrussland, Беларусь)"
    code = text.strip().upper()
    if code.isascii() and code.isalpha() and len(code) in (2, 3):
        by_code = [c for c in candidates(dataset, code, ("state",)) if c.label]
        if by_code:
            return _one(by_code, text, "state", hint)
    return _one(candidates(dataset, text, ("state",)), text, "state", hint)


def resolve_entity(dataset: Dataset, text: str, kinds: tuple[str, ...] = ()) -> URIRef:
    """The IRI of a person, organisation, group, state or relation given by IRI or any name."""
    what = " or ".join(kinds) if kinds else "person, body or state"
    return _one(candidates(dataset, text, kinds), text, what, "give a name, an alias or an IRI")
