"""Commands ``query``, ``queries`` and ``path``: the SPARQL query library from the shell."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bilateral.paths import NoPathError, co_participation_graph, shortest_chain
from bilateral.store import opened, resolve_location
from queries import NamedQuery, load_query, parse_header, query_names
from queries.resolve import ResolveError, resolve_entity
from queries.run import OUTPUT_FORMATS, QueryError, bind, format_result, run_sparql

__all__ = ["COMMANDS", "register", "run"]

COMMANDS = ("query", "queries", "path")
EXIT_OK, EXIT_USAGE = 0, 2


def register(commands: Any, store: argparse.ArgumentParser) -> None:
    query = commands.add_parser(
        "query", parents=[store], help="run a named query (see 'bilateral queries'), a .rq file, or --sparql TEXT"
    )
    query.add_argument("name", nargs="?", metavar="NAME|FILE.rq")
    query.add_argument("--sparql", metavar="TEXT", help="run this SPARQL query instead of a named one")
    query.add_argument(
        "--param", "-p", action="append", default=[], metavar="NAME=VALUE",
        help="a parameter of the query, e.g. --param a=BY (states by code or name, people by any name)",
    )  # fmt: skip
    query.add_argument("--format", "-f", choices=OUTPUT_FORMATS, default="table")
    commands.add_parser("queries", help="list the named queries with their parameters")
    path = commands.add_parser("path", parents=[store], help="the shortest chain of shared events between two people")
    path.add_argument("person_a", metavar="PERSON")
    path.add_argument("person_b", metavar="PERSON")


def _err(message: str) -> int:
    print(f"bilateral: {message}", file=sys.stderr)
    return EXIT_USAGE


def _named(name: str) -> NamedQuery:
    if name.endswith(".rq"):
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read {path}: {error.strerror}") from None
        header = parse_header(text)
        return NamedQuery(
            path.stem, text, header.get("summary", ""), header.get("params", ""), header.get("columns", ""), header
        )
    try:
        return load_query(name)
    except KeyError as error:
        raise QueryError(str(error.args[0])) from None


def _values(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param expects NAME=VALUE, got {pair!r}")
        values[name.strip()] = value.strip()
    return values


def _query(args: argparse.Namespace) -> int:
    if bool(args.name) == bool(args.sparql):
        return _err("give a query NAME (or FILE.rq) or --sparql TEXT, not both and not neither")
    with opened(resolve_location(args.store), create=False) as dataset:
        if args.sparql:
            if args.param:
                return _err("--param goes with named queries; write values into --sparql text yourself")
            text = args.sparql
        else:
            text = bind(dataset, _named(args.name), _values(args.param))
        output = format_result(run_sparql(dataset, text), args.format)
    sys.stdout.write(output)
    return EXIT_OK


def _queries(_: argparse.Namespace) -> int:
    for name in query_names():
        query = load_query(name)
        print(f"{name}\n    {query.summary}")
        for parameter in query.parameters:
            need = "required" if parameter.required else "optional"
            print(f"    --param {parameter.name}=…  ({parameter.type}, {need}, e.g. {parameter.example})")
    return EXIT_OK


def _path(args: argparse.Namespace) -> int:
    with opened(resolve_location(args.store), create=False) as dataset:
        try:
            source = resolve_entity(dataset, args.person_a, ("person",))
            target = resolve_entity(dataset, args.person_b, ("person",))
            hops = shortest_chain(co_participation_graph(dataset), source, target)
        except (ResolveError, NoPathError) as error:
            return _err(str(error))
    if not hops:
        print("the same person")
    for number, hop in enumerate(hops, 1):
        print(f"{number}. {hop.source_name} — {hop.target_name}: {hop.kind} {hop.date or '(undated)'} <{hop.event}>")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    handler = {"query": _query, "queries": _queries, "path": _path}[args.command]
    try:
        return handler(args)
    except QueryError as error:
        return _err(str(error))
