"""One view from request to page: project, select, fold, lay out, draw.

:func:`build_view` is what ``bilateral view`` runs; it takes resolved IRIs (the
command line resolves what the user typed) and returns the graph it drew, the
positions and the page, so that tests can compare the page with the graph.

Examples
--------
>>> from pathlib import Path
>>> from bilateral.commands import run_ingest
>>> from bilateral.store import open_store
>>> dataset = open_store("memory")
>>> _ = run_ingest(dataset, [Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"])
>>> view = build_view(dataset, ViewRequest(mode="states"), store="in-memory store")
>>> view.graph.number_of_nodes(), view.graph.number_of_edges()
(2, 1)
>>> "Belarus – China" in view.page and "cooperation index" in view.page
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from rdflib import Dataset

from views.aggregate import Folding, fold
from views.html import PageInfo, render_page
from views.layout import DEFAULT_SEED, layout
from views.project import data_date, project, select_rows
from views.select import EventFilter, focus_view, pair_view, states_view, whole_view

__all__ = ["DEFAULT_MAX_NODES", "BuiltView", "ViewRequest", "build_view", "event_kinds"]

DEFAULT_MAX_NODES = 2000


@dataclass(frozen=True)
class ViewRequest:
    """What to draw. ``mode`` is whole, pair (``states`` = the two state IRIs), focus or states."""

    mode: str = "whole"
    states: tuple[str, str] | None = None
    relation: str | None = None
    focus: str | None = None
    depth: int = 2
    keep: EventFilter = field(default_factory=EventFilter)
    max_nodes: int = DEFAULT_MAX_NODES
    seed: int = DEFAULT_SEED
    date: str | None = None  # what the header gives as the date; default: the newest article's


@dataclass
class BuiltView:
    """A drawn view: the graph as drawn (after folding), its positions, the page and what was folded."""

    graph: nx.Graph
    positions: dict[str, tuple[int, int]]
    page: str
    folding: Folding
    title: str


def event_kinds(dataset: Dataset) -> list[str]:
    """The event-kind codes a view can filter on."""
    return sorted({str(row["kind"]) for row in select_rows(dataset, "view-event-kinds")})


def _span(graph: nx.Graph) -> str:
    dates = sorted(d["date"] for _, d in graph.nodes(data=True) if d.get("cls") == "event" and d.get("date"))
    return f" from {dates[0]} to {dates[-1]}" if dates else ""


def build_view(dataset: Dataset, request: ViewRequest, *, store: str, generator: str = "bilateral") -> BuiltView:
    """Project the store, select the view, fold it to ``max_nodes``, lay it out and draw the page."""
    full = project(dataset)
    keep = request.keep
    pinned: list[str] = []
    timeline = False
    if request.mode == "pair":
        assert request.states is not None and request.relation is not None
        graph: nx.Graph = pair_view(full, request.relation, request.states, keep)
        names = [full.nodes[s]["label"] if s in full else s.rsplit("/", 1)[-1] for s in request.states]
        title = f"{names[0]} – {names[1]}: everything concerning the relation"
        events = sum(1 for _, d in graph.nodes(data=True) if d.get("cls") == "event")
        what = (
            f"{events} event{'s' if events != 1 else ''}{_span(graph)} concerning the relation of {names[0]} and "
            f"{names[1]}, with the states, officials, posts, bodies and documents they involve. "
            "Events run left to right by date (undated, e.g. planned, last); the timeline lists them in order."
        )
        pinned, timeline = [*request.states, request.relation], True
    elif request.mode == "focus":
        assert request.focus is not None
        graph = focus_view(full, request.focus, request.depth, keep)
        name = full.nodes[request.focus]["label"]
        title = f"{name}: neighbourhood"
        what = (
            f"Everything within {request.depth} step{'s' if request.depth != 1 else ''} of {name}"
            f" ({full.nodes[request.focus]['cls']}): {graph.number_of_nodes()} nodes{_span(graph)}."
        )
        pinned = [request.focus]
    elif request.mode == "states":
        graph = states_view(full, keep)
        title = "States and their bilateral relations"
        what = (
            f"{graph.number_of_nodes()} states; one edge per pair with events ({graph.number_of_edges()} pairs), "
            "its width the number of events, its colour the pair's cooperation index."
        )
    else:
        graph = whole_view(full, keep)
        title = "The whole graph of bilateral relations"
        what = (
            "Every state, relation, official, post, body, document and event"
            f"{' the filters keep' if keep.active else ' in the store'}{_span(graph)}."
        )
    folding = Folding(total=graph.number_of_nodes())
    if isinstance(graph, nx.MultiDiGraph):
        graph, folding = fold(graph, request.max_nodes, pinned)
    positions = layout(graph, seed=request.seed, timeline=timeline)
    date = request.date or data_date(dataset) or "unknown"
    how = (
        f"Made by {generator} from the {store}, data as of {date}; filters: {keep.describe()}; "
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; layout: networkx spring layout "
        f"(seed {request.seed}), positions fixed (physics off); node size: degree. Hover for details and evidence."
    )
    info = PageInfo(title=title, what=what, how=how, folded=folding.describe(), timeline=timeline, generator=generator)
    page = render_page(graph, positions, info)
    return BuiltView(graph=graph, positions=positions, page=page, folding=folding, title=title)
