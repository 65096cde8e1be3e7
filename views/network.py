"""Network statistics of the graph: who is central, how it falls apart, who links pairs.

:func:`network_summary` is the text that ``bilateral stats --network`` prints.  It
works on the projected graph (:func:`views.project.project`) without the state and
relation nodes, which would connect everything to everything in two steps.

Examples
--------
>>> from pathlib import Path
>>> from bilateral.commands import run_ingest
>>> from bilateral.store import open_store
>>> dataset = open_store("memory")
>>> _ = run_ingest(dataset, [Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"])
>>> text = network_summary(dataset)
>>> "Top officials by degree" in text and "Andrei Kuznetsov" in text
True
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import Dataset

from views.project import project

__all__ = ["NetworkStats", "actor_network", "network_stats", "network_summary"]

TOP = 10


@dataclass
class NetworkStats:
    """Centralities of officials, component sizes and the entities that link several pairs."""

    nodes: int
    edges: int
    components: list[int]
    degree: list[tuple[str, int]]
    betweenness: list[tuple[str, float]]
    bridges: list[tuple[str, list[str]]]


def actor_network(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of everything but states and relations."""
    keep = [n for n, d in graph.nodes(data=True) if d.get("cls") not in ("state", "relation")]
    return nx.Graph(graph.subgraph(keep).to_undirected())


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    states = sorted(
        graph.nodes[t].get("code") or graph.nodes[t]["label"]
        for _, t, r in graph.out_edges(node, keys=True)
        if r == "of state"
    )
    return graph.nodes[node]["label"] + (f" ({', '.join(states)})" if states else "")


def network_stats(graph: nx.MultiDiGraph, top: int = TOP) -> NetworkStats:
    """Compute :class:`NetworkStats` from a projected graph."""
    actors = actor_network(graph)
    people = [n for n, d in graph.nodes(data=True) if d.get("cls") == "person"]
    degree = sorted(((n, actors.degree(n)) for n in people), key=lambda p: (-p[1], p[0]))[:top]
    centrality = nx.betweenness_centrality(actors, normalized=True) if actors.number_of_nodes() > 2 else {}
    betweenness = sorted(((n, centrality.get(n, 0.0)) for n in people), key=lambda p: (-p[1], p[0]))[:top]
    components = sorted((len(c) for c in nx.connected_components(actors)), reverse=True)
    bridges = []
    for node, attrs in sorted(graph.nodes(data=True)):
        if attrs.get("cls") in ("event", "state", "relation", "post", "document"):
            continue
        events = [e for e in nx.all_neighbors(graph, node) if graph.nodes[e].get("cls") == "event"]
        pairs = sorted(
            {graph.nodes[r]["label"] for e in events for _, r, k in graph.out_edges(e, keys=True) if k == "concerns"}
        )
        if len(pairs) > 1:
            bridges.append((node, pairs))
    bridges.sort(key=lambda b: (-len(b[1]), b[0]))
    return NetworkStats(
        nodes=actors.number_of_nodes(), edges=actors.number_of_edges(), components=components,
        degree=degree, betweenness=betweenness, bridges=bridges,
    )  # fmt: skip


def network_summary(dataset: Dataset, top: int = TOP) -> str:
    """The text of ``bilateral stats --network``: top officials, components, bridges between pairs."""
    graph = project(dataset)
    stats = network_stats(graph, top)
    sizes = ", ".join(str(s) for s in stats.components[:8]) + (", …" if len(stats.components) > 8 else "")
    lines = [
        f"network: {stats.nodes} nodes, {stats.edges} edges "
        "(officials, posts, bodies, groups, documents, events; states and relations left out)",
        f"components: {len(stats.components)} (sizes: {sizes or 'none'})",
        "",
        "Top officials by degree (links to events, posts, bodies)",
    ]
    lines += [f"  {i:>2}. {_name(graph, n):<48}{d:>6}" for i, (n, d) in enumerate(stats.degree, 1)]
    lines += ["", "Top officials by betweenness (normalised: share of shortest paths through them)"]
    lines += [f"  {i:>2}. {_name(graph, n):<48}{b:>6.3f}" for i, (n, b) in enumerate(stats.betweenness, 1)]
    lines += ["", "Bridges between pairs (officials and bodies whose events concern more than one relation)"]
    lines += [f"  {_name(graph, n)}: {'; '.join(pairs)}" for n, pairs in stats.bridges] or ["  none"]
    return "\n".join(lines) + "\n"
