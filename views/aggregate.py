"""Fold a view that is too large into at most ``max_nodes`` nodes, and say what was folded.

The best-connected nodes stay (and any node the view is about, e.g. the focus);
the others are folded into one node per class ("+ 812 events"), whose edges to the
kept nodes are merged and counted.  :class:`Folding` says what was folded, for the page.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("hub", cls="person", label="Hub")
>>> for i in range(5):
...     g.add_node(f"e{i}", cls="event", label=f"event {i}")
...     _ = g.add_edge("hub", f"e{i}", key="participated in", relation="participated in")
>>> small, folding = fold(g, max_nodes=3)
>>> sorted(small.nodes)
['e0', 'folded:event', 'hub']
>>> small.nodes["folded:event"]["label"]
'+ 4 events'
>>> folding.describe()
'4 of 6 nodes (the least connected) folded into 1 group: 4 events'
>>> fold(g, max_nodes=10)[1].folded
0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from views.style import CLASS_ORDER, STYLES

__all__ = ["Folding", "fold"]

SAMPLE = 12  # how many folded members a group's tooltip names


@dataclass
class Folding:
    """What :func:`fold` did: how many nodes of which class went into the groups."""

    total: int
    folded: int = 0
    per_class: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        if not self.folded:
            return ""
        groups = len(self.per_class)
        parts = ", ".join(f"{count} {STYLES[cls].plural}" for cls, count in self.per_class.items())
        return (
            f"{self.folded} of {self.total} nodes (the least connected) folded into "
            f"{groups} group{'s' if groups != 1 else ''}: {parts}"
        )


def fold(graph: nx.MultiDiGraph, max_nodes: int, keep: Iterable[str] = ()) -> tuple[nx.MultiDiGraph, Folding]:
    """Return ``graph`` with at most ``max_nodes`` nodes, and a :class:`Folding`.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A view graph: nodes with ``cls`` and ``label``, edges keyed by relation.
    max_nodes : int
        The most nodes the result may have (at least 2).
    keep : iterable of str
        Nodes that must stay whatever their degree (the focus, the pair's states).
    """
    if max_nodes < 2:
        raise ValueError("max-nodes must be at least 2")
    report = Folding(total=graph.number_of_nodes())
    if graph.number_of_nodes() <= max_nodes:
        return graph, report
    pinned = [n for n in sorted(set(keep)) if n in graph]
    ranked = pinned + sorted((n for n in graph if n not in set(pinned)), key=lambda n: (-graph.degree(n), n))
    # Keep as many as fit beside one group per class of what is folded.
    rest: Counter[str] = Counter(graph.nodes[n]["cls"] for n in ranked[max_nodes - 1 :])
    budget = max_nodes - 1
    while budget > max(len(pinned), 1) and budget + len(rest) > max_nodes:
        budget -= 1
        rest[graph.nodes[ranked[budget]]["cls"]] += 1
    mixed = budget + len(rest) > max_nodes  # too few places for a group per class: one group of all
    if mixed:
        budget = max(max_nodes - 1, len(pinned))
    kept = set(ranked[:budget])
    group_of = {n: "folded:all" if mixed else f"folded:{graph.nodes[n]['cls']}" for n in graph if n not in kept}
    counts = Counter(graph.nodes[n]["cls"] for n in group_of)
    report.folded = len(group_of)
    report.per_class = {cls: counts[cls] for cls in CLASS_ORDER if counts.get(cls)}
    out = nx.MultiDiGraph(graph.subgraph(sorted(kept)))
    groups = {"all": report.folded} if mixed else report.per_class
    for cls, count in groups.items():
        members = sorted(graph.nodes[n]["label"] for n, g in group_of.items() if g == f"folded:{cls}")
        name = (STYLES[cls].plural if count != 1 else STYLES[cls].singular) if cls in STYLES else "nodes"
        out.add_node(
            f"folded:{cls}", cls="folded", folded_class=cls, count=count, label=f"+ {count} {name}",
            members=tuple(members[:SAMPLE]), kind="", status="", date="", score=None, place="", evidence=(),
        )  # fmt: skip
    merged: Counter[tuple[str, str, str]] = Counter()
    for source, target, relation in graph.edges(keys=True):
        if source in kept and target in kept:
            continue
        a, b = group_of.get(source, source), group_of.get(target, target)
        if a != b:
            merged[(a, b, relation)] += 1
    for (a, b, relation), count in sorted(merged.items()):
        out.add_edge(a, b, key=relation, relation=relation, count=count, capacity="", role="", evidence=())
    return out, report
