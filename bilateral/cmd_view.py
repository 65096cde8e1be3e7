"""``bilateral view``: draw an interactive graph view as one self-contained HTML page.

A thin shell over :func:`views.build.build_view`: it parses the options, resolves
what the user typed (states, entities) with :mod:`queries.resolve`, writes the page
and says what it drew.  Exit codes: 0 ok, 2 usage (an unknown state, entity or event
kind, a bad date), 3 the store cannot be opened (raised to :mod:`bilateral.cli`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bilateral import __version__
from bilateral.store import describe_location, opened, resolve_location
from ingest import iri
from queries.resolve import ResolveError, resolve_entity, resolve_state
from views.build import DEFAULT_MAX_NODES, ViewRequest, build_view, event_kinds
from views.html import write_page
from views.layout import DEFAULT_SEED
from views.select import EventFilter

__all__ = ["COMMANDS", "register", "run"]

COMMANDS = ("view",)
EXIT_OK, EXIT_USAGE = 0, 2


def register(commands: Any, store_parent: argparse.ArgumentParser) -> None:
    """Add the ``view`` subparser to ``commands`` (argparse subparsers)."""
    view = commands.add_parser(
        "view", parents=[store_parent], help="draw an interactive graph view as one self-contained HTML page",
        description="Draw the whole graph, one relation (--pair), one entity's neighbourhood (--focus) or the "
        "states and their relations (--states) as an HTML page that works offline.",
    )  # fmt: skip
    view.add_argument("-o", "--output", default="out/graph.html", metavar="FILE", help="default: out/graph.html")
    which = view.add_mutually_exclusive_group()
    which.add_argument("--pair", nargs=2, metavar=("A", "B"), help="one relation: two states by ISO code or name")
    which.add_argument("--focus", metavar="ENTITY", help="the neighbourhood of a person, body or state (name or IRI)")
    which.add_argument("--states", action="store_true", help="states as nodes, one edge per pair with events")
    view.add_argument("--depth", type=int, default=2, metavar="N", help="steps around --focus (default: 2)")
    view.add_argument("--since", metavar="DATE", help="only events on or after DATE (YYYY[-MM[-DD]])")
    view.add_argument("--until", metavar="DATE", help="only events on or before DATE (YYYY[-MM[-DD]])")
    view.add_argument("--kinds", metavar="KIND,…", help="only events of these kinds, e.g. meeting,signing")
    view.add_argument(
        "--max-nodes", type=int, default=DEFAULT_MAX_NODES, metavar="N",
        help=f"fold the least connected nodes beyond N (default: {DEFAULT_MAX_NODES})",
    )  # fmt: skip
    view.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"layout seed (default: {DEFAULT_SEED})")
    view.add_argument("--date", metavar="TEXT", help="the date the header gives (default: the newest article's)")


def _err(message: str) -> int:
    print(f"bilateral: {message}", file=sys.stderr)
    return EXIT_USAGE


def _alpha3(state: str) -> str:
    return state.rsplit("/", 1)[-1]


def run(args: argparse.Namespace) -> int:
    """Run ``bilateral view``; return the exit code."""
    kinds = tuple(k.strip() for k in (args.kinds or "").split(",") if k.strip())
    try:
        keep = EventFilter(since=args.since, until=args.until, kinds=kinds)
    except ValueError as error:
        return _err(str(error))
    if args.max_nodes < 2:
        return _err("--max-nodes must be at least 2")
    if args.depth < 1:
        return _err("--depth must be at least 1")
    location = resolve_location(args.store)
    with opened(location, create=False) as dataset:
        known = event_kinds(dataset)
        unknown = [k for k in kinds if k not in known]
        if unknown:
            return _err(f"unknown event kind(s): {', '.join(unknown)}; known: {', '.join(known)}")
        common: dict[str, Any] = {"keep": keep, "max_nodes": args.max_nodes, "seed": args.seed, "date": args.date}
        try:
            if args.pair:
                a, b = (str(resolve_state(dataset, text)) for text in args.pair)
                if a == b:
                    return _err(f"a pair needs two different states, not {args.pair[0]} and {args.pair[1]}")
                relation = str(iri.relation(_alpha3(a), _alpha3(b)))
                request = ViewRequest(mode="pair", states=(a, b), relation=relation, **common)
            elif args.focus:
                focus = str(resolve_entity(dataset, args.focus))
                request = ViewRequest(mode="focus", focus=focus, depth=args.depth, **common)
            else:
                request = ViewRequest(mode="states" if args.states else "whole", **common)
        except ResolveError as error:
            return _err(str(error))
        view = build_view(dataset, request, store=describe_location(location), generator=f"bilateral {__version__}")
    path = write_page(Path(args.output), view.page)
    folded = f"; {view.folding.describe()}" if view.folding.folded else ""
    size = f"{view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges"
    print(f"wrote {path}: {view.title}; {size}{folded}")
    return EXIT_OK
