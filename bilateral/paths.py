"""The shortest chain of co-participation between two people, through networkx.

Two people are linked when they took part in the same event; each hop of a path
names the event and its date.

Examples
--------
>>> from pathlib import Path
>>> from bilateral.commands import run_ingest
>>> from bilateral.store import open_store
>>> from queries.resolve import resolve_entity
>>> dataset = open_store("memory")
>>> _ = run_ingest(dataset, [Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"])
>>> graph = co_participation_graph(dataset)
>>> hops = shortest_chain(graph, resolve_entity(dataset, "Kusnezow"), resolve_entity(dataset, "Chervyakov"))
>>> [(h.source_name, h.target_name, h.kind, h.date) for h in hops]
[('Andrei Kuznetsov', 'Alexander Chervyakov', 'meeting', '2025-08-06')]
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import networkx as nx
from rdflib import Dataset, URIRef

from queries import load_query

__all__ = ["Hop", "NoPathError", "co_participation_graph", "shortest_chain"]


class NoPathError(ValueError):
    """The two people are not connected through shared events."""


@dataclass(frozen=True)
class Hop:
    source: URIRef
    source_name: str
    target: URIRef
    target_name: str
    event: URIRef
    kind: str
    date: str


def co_participation_graph(dataset: Dataset) -> nx.Graph:
    """Persons as nodes; an edge per pair of co-participants, holding every shared event."""
    graph = nx.Graph()
    for row in dataset.query(load_query("co-participation").text):
        a, b, event, date, kind, name_a, name_b = row  # type: ignore[misc]
        graph.add_node(a, name=str(name_a))
        graph.add_node(b, name=str(name_b))
        events = graph.edges[a, b]["events"] if graph.has_edge(a, b) else []
        events.append((str(date) if date is not None else "", str(kind), event))
        graph.add_edge(a, b, events=sorted(set(events)))
    return graph


def shortest_chain(graph: nx.Graph, source: URIRef, target: URIRef) -> list[Hop]:
    """The fewest hops from ``source`` to ``target``; each hop shows its earliest shared event.

    Ties between equally short paths are broken deterministically (by IRI order).
    """
    for person in (source, target):
        if person not in graph:
            raise NoPathError(f"<{person}> took part in no event with anyone")
    if source == target:
        return []
    try:
        # all_shortest_paths yields in a graph-dependent order: sort for a stable answer
        path = min(nx.all_shortest_paths(graph, source, target), key=lambda p: [str(n) for n in p])
    except nx.NetworkXNoPath:
        raise NoPathError("no chain of shared events links the two people") from None
    hops = []
    for a, b in itertools.pairwise(path):
        date, kind, event = graph.edges[a, b]["events"][0]
        hops.append(Hop(a, graph.nodes[a]["name"], b, graph.nodes[b]["name"], event, kind, date))
    return hops
