"""Positions for a view, computed once in Python so that the page draws at once.

A seeded force-directed layout (:func:`networkx.spring_layout`); in a timeline the
events are pinned left to right by date and everything else settles around them.
A force layout costs O(n²) a step (networkx takes ~15 s for 2,000 nodes), so a large
graph is laid out in two stages: its best-connected :data:`SKELETON` nodes by the
force layout, then every other node on a small ring around the nodes it links to.
Positions are whole pixels: the same graph and seed give the same page, byte for byte.

Examples
--------
>>> import networkx as nx
>>> graph = nx.path_graph(["a", "b", "c"])
>>> layout(graph) == layout(graph)
True
>>> sorted(layout(graph))
['a', 'b', 'c']
>>> g = nx.MultiDiGraph()
>>> for node, date in (("late", "2025-09-01"), ("early", "2025-01-01"), ("undated", "")):
...     g.add_node(node, cls="event", date=date, kind="meeting", label=node)
>>> g.add_node("p", cls="person", label="p")
>>> for node in ("late", "early", "undated"):
...     _ = g.add_edge("p", node)
>>> positions = layout(g, timeline=True)
>>> positions["early"][0] < positions["late"][0] < positions["undated"][0]  # one row: x is time
True
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["DEFAULT_SEED", "SKELETON", "layout", "timeline_order"]

DEFAULT_SEED = 7
#: Above this many nodes only the best-connected ones go through the force layout.
SKELETON = 400
#: A timeline's events per row, and the step between them (x, y) in pixels.
TIMELINE_ROW = 6
TIMELINE_STEP = (240, 330)
Position = tuple[int, int]


def _simple(graph: nx.Graph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v in graph.edges():
        if u != v:
            weight = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=weight + 1)
    return simple


def timeline_order(graph: nx.Graph) -> list[str]:
    """Events oldest first, undated (planned, announced) last; ties by kind and label."""
    events = [n for n, d in graph.nodes(data=True) if d.get("cls") == "event"]
    return sorted(
        events,
        key=lambda n: (
            not graph.nodes[n].get("date"),
            graph.nodes[n].get("date") or "",
            graph.nodes[n].get("kind") != "statement",  # a statement sits left of its meeting
            graph.nodes[n].get("label", ""),
            n,
        ),
    )


def layout(graph: nx.Graph, *, seed: int = DEFAULT_SEED, timeline: bool = False) -> dict[str, Position]:
    """Pixel positions of every node of ``graph``.

    Parameters
    ----------
    graph : networkx.Graph
        Any networkx graph (multi-edges count as edge weight).
    seed : int
        Seed of the layout: the same seed gives the same positions.
    timeline : bool
        Pin the events (nodes with ``cls == "event"``) in date order, read like
        text: left to right, then the next row (:data:`TIMELINE_ROW` a row).

    Returns
    -------
    dict
        Node -> (x, y) in whole pixels, centred on (0, 0).
    """
    simple = _simple(graph)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(simple)): (0, 0)}
    events = timeline_order(graph) if timeline else []
    if len(events) >= 2:
        # Events read like text: left to right by date, then the next row.
        per_row = min(len(events), TIMELINE_ROW)
        fixed = {
            event: (TIMELINE_STEP[0] * (i % per_row - (per_row - 1) / 2), TIMELINE_STEP[1] * (i // per_row))
            for i, event in enumerate(events)
        }
        raw = nx.spring_layout(
            simple, pos=fixed, fixed=list(fixed), k=TIMELINE_STEP[0] * 0.6, iterations=300, seed=seed
        )
        rows = sorted({y for _, y in fixed.values()})
        out = {}
        for node, (x, y) in sorted(raw.items()):
            if node not in fixed:  # keep the rows of events (and their labels) clear
                for row in rows:
                    if row - 50 < y < row + 90:
                        y = row - 50 if y < row + 20 else row + 90
            out[node] = (round(float(x)), round(float(y)))
        return out
    raw = nx.spring_layout(simple, seed=seed, iterations=100) if n <= SKELETON else _two_stage(simple, seed)
    scale = 110 * math.sqrt(n)
    return {node: (round(float(x) * scale), round(float(y) * scale)) for node, (x, y) in sorted(raw.items())}


def _two_stage(simple: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    ranked = sorted(simple, key=lambda node: (-simple.degree(node), node))
    skeleton = simple.subgraph(ranked[:SKELETON])
    placed: dict[str, tuple[float, float]] = {
        node: (float(x), float(y)) for node, (x, y) in nx.spring_layout(skeleton, seed=seed, iterations=100).items()
    }
    ring = 1.2 / math.sqrt(simple.number_of_nodes())
    golden = math.pi * (3 - math.sqrt(5))
    pending = [node for node in ranked if node not in placed]
    while pending:
        around: dict[str, list[str]] = {}
        later = []
        for node in pending:
            anchors = sorted(nb for nb in simple[node] if nb in placed)
            if anchors:
                around.setdefault(anchors[0], []).append(node)
            else:
                later.append(node)
        if not around:  # unconnected to anything placed: a grid below the rest
            side = math.ceil(math.sqrt(len(later)))
            for i, node in enumerate(later):
                placed[node] = (-1.0 + 2.0 * (i % side) / max(side, 1), 1.2 + 2.0 * (i // side) / max(side, 1))
            break
        for anchor, satellites in sorted(around.items()):
            ax, ay = placed[anchor]
            for i, node in enumerate(satellites):
                radius = ring * (1 + 0.35 * math.sqrt(i))
                placed[node] = (ax + radius * math.cos(i * golden), ay + radius * math.sin(i * golden))
        pending = later
    return placed
