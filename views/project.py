"""Project the RDF graph onto a networkx graph, through SPARQL SELECT queries only.

:func:`project` runs ``queries/view-nodes.rq``, ``view-edges.rq`` and
``view-evidence.rq`` and builds a :class:`networkx.MultiDiGraph` whose nodes are IRIs
(strings) and whose edges are keyed by their relation ("holds post",
"participated in", "concerns" ...).  Node attributes:

``cls``
    state, relation, person, post, government-body, mission, bilateral-body,
    organization, group, document or event (see :mod:`views.style`);
``label``
    the English (else untagged, else any) label; an event without one gets its kind;
``kind``, ``status``, ``date``, ``score``, ``place``, ``code``
    event or organisation kind, event status, ISO date, Goldstein score of the event
    kind, place, a state's ISO alpha-3 code ("" or ``None`` where absent);
``evidence``
    a tuple of :class:`Evidence`: the sentences behind the node and their sources.

Edges carry ``relation`` and, where known, ``capacity`` (the post in which an agent
took part), ``role`` and ``evidence`` (for "holds post": the sentences that attest it).

Examples
--------
>>> from pathlib import Path
>>> from bilateral.commands import run_ingest
>>> from bilateral.store import open_store
>>> dataset = open_store("memory")
>>> _ = run_ingest(dataset, [Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"])
>>> graph = project(dataset)
>>> kuznetsov = next(n for n, d in graph.nodes(data=True) if d["label"] == "Andrei Kuznetsov")
>>> sorted({d["relation"] for _, _, d in graph.out_edges(kuznetsov, data=True)})
['holds post', 'made statement', 'of state', 'participated in']
>>> data_date(dataset)
'2025-08-06'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from queries import load_query

__all__ = ["Evidence", "data_date", "project", "select_rows"]

# When a node has several types (an embassy is also an org:Organization), the most specific wins.
_CLASS_RANK = (
    "state", "relation", "event", "person", "post", "bilateral-body", "mission",
    "government-body", "group", "document", "organization",
)  # fmt: skip


@dataclass(frozen=True, order=True)
class Evidence:
    """One evidence sentence and its source: publisher and article date."""

    issued: str
    article: str
    start: int
    text: str
    publisher: str


def select_rows(dataset: Dataset, name: str) -> list[dict[str, Any]]:
    """Run ``queries/<name>.rq`` on Oxigraph (a plain query string) and return its rows as dicts."""
    result = dataset.query(load_query(name).text)
    return [row.asdict() for row in result]  # type: ignore[union-attr]


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


def _pick_label(labels: list[tuple[str, str]]) -> str:
    rank = {"en": 0, "": 1}
    return sorted(labels, key=lambda pair: (rank.get(pair[1], 2), pair[1], pair[0]))[0][0] if labels else ""


def project(dataset: Dataset) -> nx.MultiDiGraph:
    """The whole view graph of ``dataset``: every node and edge the views can show."""
    nodes: dict[str, dict[str, Any]] = {}
    labels: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in select_rows(dataset, "view-nodes"):
        node = row.get("node")
        if not isinstance(node, URIRef):
            continue
        key, cls = str(node), _text(row.get("class"))
        current = nodes.get(key)
        if current is not None and _CLASS_RANK.index(current["cls"]) < _CLASS_RANK.index(cls):
            continue
        if current is None or current["cls"] != cls:
            nodes[key] = current = {"cls": cls, "kind": "", "status": "", "date": "", "score": None, "place": ""}
        for field in ("kind", "status", "place"):
            value = _text(row.get(field))
            if value and (not current[field] or value < current[field]):
                current[field] = value
        date = _text(row.get("date"))
        if date and (not current["date"] or date < current["date"]):
            current["date"] = date
        score = row.get("score")
        if isinstance(score, Literal):
            current["score"] = float(score.toPython())
        if row.get("label") is not None:
            labels[key].append((_text(row.get("label")), _text(row.get("lang"))))
    evidence: dict[str, set[Evidence]] = defaultdict(set)
    holdings: dict[tuple[str, str], set[Evidence]] = defaultdict(set)
    for row in select_rows(dataset, "view-evidence"):
        start = row.get("start")
        item = Evidence(
            issued=_text(row.get("issued")),
            article=_text(row.get("article")),
            start=int(start.toPython()) if isinstance(start, Literal) else 0,
            text=_text(row.get("exact")),
            publisher=_text(row.get("publisher")),
        )
        if row.get("holder") is not None:
            holdings[(_text(row.get("holder")), _text(row.get("post")))].add(item)
        else:
            evidence[_text(row.get("subject"))].add(item)
    graph = nx.MultiDiGraph()
    for key in sorted(nodes):
        attrs = nodes[key]
        label = _pick_label(labels.get(key, []))
        if attrs["cls"] == "state":
            attrs["code"] = attrs.pop("kind")
            attrs["kind"] = ""
        if not label:
            label = f"{attrs['kind'] or attrs['cls']} {attrs['date']}".strip()
        graph.add_node(key, label=label, evidence=tuple(sorted(evidence.get(key, ()))), **attrs)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in select_rows(dataset, "view-edges"):
        source, target, relation = _text(row.get("source")), _text(row.get("target")), _text(row.get("relation"))
        if source not in graph or target not in graph or source == target:
            continue
        attrs = edges.setdefault((source, target, relation), {"capacity": "", "role": ""})
        for field in ("capacity", "role"):
            value = _text(row.get(field))
            if value and (not attrs[field] or value < attrs[field]):
                attrs[field] = value
    for (source, target, relation), attrs in sorted(edges.items()):
        found = tuple(sorted(holdings.get((source, target), ()))) if relation == "holds post" else ()
        graph.add_edge(source, target, key=relation, relation=relation, evidence=found, **attrs)
    return graph


def data_date(dataset: Dataset) -> str:
    """The date of the newest article in the store ("" if it holds none): what a view is "as of"."""
    rows = select_rows(dataset, "view-data-date")
    return _text(rows[0].get("latest")) if rows else ""
