"""Synthetic facts documents shaped like the real ones, for benchmarks.

Each article reports one meeting of two officials of two states (with evidence,
posts, a statement and a session of a bilateral body), so that a corpus of N articles
exercises the same joins the query library runs.  Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.facts import Facts

__all__ = ["synthetic_facts"]

STATES = ["BY", "CN", "RU", "KZ", "DE", "UZ", "VN", "IN", "TR", "RS", "HU", "AM", "AZ", "MN", "CU", "EG"]
KINDS = ["meeting", "talks", "visit", "phone-call", "signing"]
# 20 x 20 names, nearly all with different spelling keys (ingest.names.name_key keeps letters
# only, so numbered names would all be one person).
FIRST = (
    "Anna Boris Carl Dmitri Elena Fedor Galina Hans Igor Julia Karl Lena Marat Nina Oleg Pavel Raisa Stepan Timur Vera"
)
LAST = (
    "Abramov Belov Chernov Danilov Egorov Frolov Gusev Ilyin Kozlov Lebedev Markov Nikitin Orlov Popov "
    "Romanov Sokolov Titov Utkin Volkov Zaitsev"
)


def _name(number: int) -> str:
    first, last = FIRST.split(), LAST.split()
    return f"{first[number % 20]} {last[number // 20 % 20]}"


def _article(number: int, rng: random.Random, people: int) -> Facts:
    a, b = rng.sample(STATES, 2)
    pa, pb = rng.randrange(people), rng.randrange(people)
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    sentences = [
        f"Minister {pa} of {a} met minister {pb} of {b} on {day} (article {number}).",
        f"Minister {pa} said cooperation with {b} grows (article {number}).",
        f"The {number + 1}th session of the {a}-{b} commission took place (article {number}).",
    ]
    text = " ".join(sentences)

    def span(index: int) -> list[dict[str, Any]]:
        start = text.index(sentences[index])
        return [{"text": sentences[index], "start": start, "end": start + len(sentences[index])}]

    def minister(organization: str) -> dict[str, Any]:
        return {"title": "Minister of Industry", "role": "minister", "organization": organization, "evidence": span(0)}

    kind = rng.choice(KINDS)
    doc: dict[str, Any] = {
        "article": {"id": f"synthetic-{number:06d}", "publisher": "Synthetic", "language": "en", "published": day},
        "persons": [
            {"key": "pa", "name": _name(pa), "country": a, "posts": [minister("ma")]},
            {"key": "pb", "name": _name(pb), "country": b, "posts": [minister("mb")]},
        ],
        "organizations": [
            {"key": "ma", "name": f"Ministry of Industry of {a}", "kind": "ministry", "countries": [a]},
            {"key": "mb", "name": f"Ministry of Industry of {b}", "kind": "ministry", "countries": [b]},
            {"key": "body", "name": f"Commission {min(a, b)}-{max(a, b)}", "kind": "commission",
             "countries": sorted([a, b])},
        ],
        "documents": [{"key": "doc", "title": f"Agreement {number}", "kind": "agreement", "signatories": ["pa", "pb"]}],
        "events": [
            {"key": "e", "kind": kind, "status": "held", "date": day, "date_basis": "stated",
             "participants": ["pa", "pb"], "countries": [a, b], "topics": [rng.choice(["trade", "industry", "energy"])],
             "documents": ["doc"] if kind == "signing" else [], "evidence": span(0)},
            {"key": "s", "kind": "statement", "status": "held", "date": day, "date_basis": "dateline",
             "speaker": "pa", "part_of": "e", "countries": [a, b], "evidence": span(1)},
            {"key": "x", "kind": "session", "status": "held", "date": day, "date_basis": "dateline",
             "body": "body", "session_number": number + 1, "participants": ["pa", "pb"],
             "countries": [a, b], "evidence": span(2)},
        ],
    }  # fmt: skip
    return Facts(path=Path(f"synthetic-{number:06d}.yaml"), doc=doc, text=text)


def synthetic_facts(articles: int, *, people: int = 400, seed: int = 7) -> Iterator[Facts]:
    """``articles`` synthetic facts documents (already valid: no loading or checking needed)."""
    rng = random.Random(seed)
    for number in range(articles):
        yield _article(number, rng, people)
