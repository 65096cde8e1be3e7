"""Deterministic IRIs: natural keys where they exist, hashes of normalised keys otherwise.

The same input always gives the same IRI, in any run and on any machine; the same
person or body in two articles gets one IRI.  A hash is never taken of a bare name:
a person's key is the state they act for plus the spelling-independent
:func:`~ingest.names.name_key` of their full name.

Examples
--------
>>> country("BLR")
rdflib.term.URIRef('https://w3id.org/bilateral/id/country/BLR')
>>> relation("CHN", "BLR")
rdflib.term.URIRef('https://w3id.org/bilateral/id/relation/BLR-CHN')
>>> person("BLR", "Andrei Kuznetsov") == person("BLR", "Andrej Kusnezow")
True
>>> person("BLR", "Andrei Kuznetsov") == person("RUS", "Andrei Kuznetsov")
False
>>> ambassador_post = post("BLR", "ambassador", receiving="CHN")
>>> ambassador_post
rdflib.term.URIRef('https://w3id.org/bilateral/id/post/BLR/ambassador-to-CHN')
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from ingest.names import name_key, slug
from ontology.namespaces import DATA

__all__ = [
    "article",
    "article_graph",
    "country",
    "digest",
    "document",
    "event",
    "evidence",
    "group",
    "organization",
    "person",
    "place",
    "post",
    "publisher",
    "reference_graph",
    "relation",
    "session",
    "union_graph",
]

# Posts of which a state or an organisation has only one at a time.
SINGLE_HOLDER_ROLES = frozenset(
    {
        "president", "vice-president", "prime-minister", "minister", "head-of-agency",
        "ambassador", "charge-d-affaires", "consul-general", "head-of-administration",
        "speaker-of-parliament", "governor", "mayor", "head-of-enterprise", "chair",
        "co-chair", "secretary-general", "press-secretary",
    }
)  # fmt: skip
# Posts defined by the two states alone, whatever mission they are based at.
ACCREDITED_ROLES = frozenset({"ambassador", "charge-d-affaires"})


def digest(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of a tuple of key parts."""
    key = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:length]


def reference_graph() -> URIRef:
    return DATA["graph/reference"]


def union_graph() -> URIRef:
    """The merged graph every query reads by default: each triple of every graph, once."""
    return DATA["graph/union"]


def article(article_id: str) -> URIRef:
    return DATA[f"article/{article_id}"]


def article_graph(article_id: str) -> URIRef:
    return DATA[f"graph/article/{article_id}"]


def country(alpha3: str) -> URIRef:
    return DATA[f"country/{alpha3}"]


def relation(alpha3_a: str, alpha3_b: str) -> URIRef:
    first, second = sorted((alpha3_a, alpha3_b))
    return DATA[f"relation/{first}-{second}"]


def person(alpha3: str, name: str) -> URIRef:
    return DATA[f"person/{alpha3}/{digest('person', alpha3, name_key(name))}"]


def organization(kind: str, alpha3s: list[str], name: str, receiving: str | None = None) -> URIRef:
    states = "-".join(sorted(alpha3s))
    return DATA[f"org/{states}/{digest('organization', kind, states, receiving or '', name_key(name))}"]


def group(article_id: str, key: str) -> URIRef:
    # Unnamed groups are never merged across articles.
    return DATA[f"group/{article_id}/{key}"]


def post(
    alpha3: str,
    role: str,
    *,
    receiving: str | None = None,
    organization: URIRef | None = None,
    title: str = "",
    holder: URIRef | None = None,
) -> URIRef:
    """The post of ``role`` for state ``alpha3``; see the module docstring."""
    base = f"post/{alpha3}/{role}" + (f"-to-{receiving}" if receiving else "")
    if role in ACCREDITED_ROLES and receiving:
        return DATA[base]
    if role in SINGLE_HOLDER_ROLES:
        return DATA[f"{base}/{digest(organization or '', name_key(title) if not organization else '', length=12)}"]
    # Deputies, members, representatives: many hold a post of the same title at once.
    return DATA[f"{base}/{digest(organization or '', name_key(title), holder or '', length=12)}"]


def session(body: URIRef, number: int) -> URIRef:
    return URIRef(f"{body}/session/{number}")


def event(kind: str, date: str | None, participants: list[URIRef], concerns: URIRef | None, scope: str = "") -> URIRef:
    """An event IRI from kind, date, sorted participants and relation.

    ``scope`` (the article and event key) is part of the key where these do not
    identify an event across articles: no date, no named participant, statements.
    """
    key = digest("event", kind, date or "", *sorted(participants), concerns or "", scope)
    return DATA[f"event/{date[:4] if date else 'undated'}/{key}"]


def document(kind: str, title: str, signatories: list[URIRef], date: str | None) -> URIRef:
    return DATA[f"document/{digest('document', kind, name_key(title), *sorted(signatories), date or '')}"]


def place(name: str) -> URIRef:
    return DATA[f"place/{slug(name)}"]


def publisher(name: str) -> URIRef:
    return DATA[f"publisher/{slug(name)}"]


def evidence(article_id: str, start: int, end: int) -> URIRef:
    return DATA[f"evidence/{article_id}/{start}-{end}"]
