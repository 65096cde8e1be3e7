"""Choose what a view shows: event filters, the pair, focus, states and whole-graph views.

Each function takes the projected graph (:func:`views.project.project`) and returns a
new graph: an induced subgraph, or (for :func:`states_view`) a graph of states.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("e1", cls="event", kind="meeting", date="2025-08-06", label="m", score=1.0)
>>> g.add_node("e2", cls="event", kind="signing", date="2024-01-02", label="s", score=8.0)
>>> g.add_node("p", cls="person", label="P")
>>> _ = g.add_edge("p", "e1", key="participated in", relation="participated in")
>>> _ = g.add_edge("p", "e2", key="participated in", relation="participated in")
>>> sorted(whole_view(g, EventFilter(since="2025-01-01")).nodes)
['e1', 'p']
>>> EventFilter(kinds=("meeting",)).describe()
'kinds: meeting'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import fmean

import networkx as nx

__all__ = ["EventFilter", "expand_events", "focus_view", "pair_view", "states_view", "whole_view"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class EventFilter:
    """Which events a view keeps: a date range (ISO, inclusive) and event kinds.

    With ``since`` or ``until`` an undated event is left out: its date is not known.
    """

    since: str | None = None
    until: str | None = None
    kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for value in (self.since, self.until):
            if value is None:
                continue
            try:
                valid = bool(_DATE.match(value)) and bool(date.fromisoformat((value + "-01-01")[:10]))
            except ValueError:
                valid = False
            if not valid:
                raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.kinds)

    def keeps(self, attrs: dict[str, object]) -> bool:
        """Whether an event node (its attributes) passes the filter."""
        day = str(attrs.get("date") or "")
        if self.kinds and attrs.get("kind") not in self.kinds:
            return False
        if self.since and (not day or day[: len(self.since)] < self.since):
            return False
        return not (self.until and (not day or day[: len(self.until)] > self.until))

    def describe(self) -> str:
        parts = []
        if self.since:
            parts.append(f"since {self.since}")
        if self.until:
            parts.append(f"until {self.until}")
        if self.kinds:
            parts.append("kinds: " + ", ".join(self.kinds))
        return "; ".join(parts) or "none"


def _events(graph: nx.MultiDiGraph, keep: EventFilter) -> set[str]:
    return {n for n, d in graph.nodes(data=True) if d.get("cls") == "event" and keep.keeps(d)}


def _neighbours(graph: nx.MultiDiGraph, node: str) -> set[str]:
    return set(graph.successors(node)) | set(graph.predecessors(node))


def expand_events(graph: nx.MultiDiGraph, events: Iterable[str]) -> set[str]:
    """The events, everything they touch, and the context of the people and bodies among those.

    Context: the posts a person holds and the bodies of those posts, the state of a
    person or body, the parties of a relation or bilateral body.  Other events are
    not pulled in: only ``events`` and the events given are shown.
    """
    chosen = set(events)
    touched = {n for e in chosen for n in _neighbours(graph, e) if graph.nodes[n]["cls"] != "event"}
    context: set[str] = set()
    for node in touched:
        for _, target, relation in graph.out_edges(node, keys=True):
            if relation in ("holds post", "of state", "party", "accredited to"):
                context.add(target)
                if relation == "holds post":
                    context.update(t for _, t, r in graph.out_edges(target, keys=True) if r == "post in")
    return chosen | touched | context


def _subgraph(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    return nx.MultiDiGraph(graph.subgraph(sorted(nodes)))


def whole_view(graph: nx.MultiDiGraph, keep: EventFilter | None = None) -> nx.MultiDiGraph:
    """Everything, or (with an active filter) the kept events and what they touch; no isolated nodes."""
    keep = keep or EventFilter()
    if keep.active:
        return _subgraph(graph, expand_events(graph, _events(graph, keep)))
    return _subgraph(graph, (n for n in graph if graph.degree(n) > 0))


def pair_view(
    graph: nx.MultiDiGraph, relation: str, states: tuple[str, str], keep: EventFilter | None = None
) -> nx.MultiDiGraph:
    """Everything concerning one relation: its two states, its events, their people, bodies and posts."""
    keep = keep or EventFilter()
    events = set()
    if relation in graph:
        events = {s for s, _, r in graph.in_edges(relation, keys=True) if r == "concerns"} & _events(graph, keep)
    nodes = expand_events(graph, events) | {s for s in states if s in graph}
    if relation in graph:
        nodes.add(relation)
    return _subgraph(graph, nodes)


def focus_view(graph: nx.MultiDiGraph, focus: str, depth: int = 2, keep: EventFilter | None = None) -> nx.MultiDiGraph:
    """The neighbourhood of one node within ``depth`` steps, through the kept events only."""
    keep = keep or EventFilter()
    if depth < 1:
        raise ValueError("depth must be at least 1")
    dropped = {n for n, d in graph.nodes(data=True) if d.get("cls") == "event"} - _events(graph, keep)
    reachable = graph.subgraph(n for n in graph if n not in dropped or n == focus).to_undirected(as_view=True)
    return _subgraph(graph, nx.ego_graph(reachable, focus, radius=depth))


def states_view(graph: nx.MultiDiGraph, keep: EventFilter | None = None) -> nx.Graph:
    """States as nodes, one edge per pair with events: ``events`` (count) and ``cooperation`` (mean Goldstein)."""
    keep = keep or EventFilter()
    kept = _events(graph, keep)
    out = nx.Graph()
    for relation, attrs in sorted(graph.nodes(data=True)):
        if attrs.get("cls") != "relation":
            continue
        parties = sorted(t for _, t, r in graph.out_edges(relation, keys=True) if r == "party")
        events = sorted(s for s, _, r in graph.in_edges(relation, keys=True) if r == "concerns" and s in kept)
        if len(parties) != 2 or not events:
            continue
        for state in parties:
            out.add_node(state, **{k: v for k, v in graph.nodes[state].items() if k != "evidence"}, evidence=())
        scores = [graph.nodes[e]["score"] for e in events if graph.nodes[e].get("score") is not None]
        dates = sorted(graph.nodes[e]["date"] for e in events if graph.nodes[e].get("date"))
        kinds: dict[str, int] = {}
        for event in events:
            kinds[graph.nodes[event]["kind"]] = kinds.get(graph.nodes[event]["kind"], 0) + 1
        out.add_edge(
            parties[0], parties[1], relation="events", iri=relation, label=attrs["label"],
            events=len(events), cooperation=round(fmean(scores), 2) if scores else 0.0,
            first=dates[0] if dates else "", last=dates[-1] if dates else "", kinds=dict(sorted(kinds.items())),
        )  # fmt: skip
    return out
