"""Run named queries with bound parameters, and format their results.

Parameters are declared in a query's header (``#+ params: a (state, required, BY); ...``)
and appear in its text as one ``VALUES`` row of ``UNDEF`` s, so that every ``.rq`` file
runs as it is in any SPARQL tool.  :func:`bind` resolves each value the user typed to
an rdflib term (a state, a person, a date ...) and writes that row from the terms'
N-Triples forms: user text is never spliced into a query.

Queries go to the store as strings, so that an Oxigraph store answers them with its
own engine (a pre-parsed query would silently run in rdflib's).

Examples
--------
>>> [p.name for p in load_query("events-of-pair").parameters]
['a', 'b', 'since', 'until']
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from collections.abc import Mapping

from rdflib import BNode, Dataset, Literal, Node, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from ontology.namespaces import PREFIXES
from queries import NamedQuery, Parameter, load_query
from queries.resolve import ResolveError, resolve_entity, resolve_state

__all__ = [
    "OUTPUT_FORMATS",
    "QueryError",
    "bind",
    "format_result",
    "run_named",
    "run_sparql",
]

OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "turtle")
_VALUES = re.compile(r"VALUES\s*\((?P<vars>(?:\s*\?\w+)+)\s*\)\s*\{\s*\((?P<row>(?:\s*UNDEF)+)\s*\)\s*\}")


class QueryError(ValueError):
    """A usage error: unknown query or parameter, a value that resolves to nothing, bad SPARQL."""


def _term(dataset: Dataset, parameter: Parameter, value: str) -> Node:
    kind = parameter.type
    try:
        if kind == "state":
            return resolve_state(dataset, value)
        if kind in ("person", "body", "entity"):
            kinds = {"person": ("person",), "body": ("organization",), "entity": ()}[kind]
            if kind == "entity" and "://" in value and (URIRef(value), None, None) in dataset:
                return URIRef(value)  # an event, a post, an article ... given by IRI
            return resolve_entity(dataset, value, kinds)
    except ResolveError as error:
        raise QueryError(f"--param {parameter.name}: {error}") from None
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"--param {parameter.name}: expected a date YYYY-MM-DD, got {value!r}") from None
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"--param {parameter.name}: expected an integer, got {value!r}")
        return Literal(int(value))
    return Literal(value)


def bind(dataset: Dataset, query: NamedQuery, values: Mapping[str, str]) -> str:
    """The query text with its ``VALUES`` row filled from resolved terms."""
    declared = query.parameters
    names = {p.name for p in declared}
    unknown = sorted(set(values) - names)
    if unknown:
        accepted = ", ".join(sorted(names)) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r} (parameters: {accepted})")
    missing = [p.name for p in declared if p.required and p.name not in values]
    if missing:
        usage = " ".join(f"--param {p.name}={p.example}" for p in declared if p.required)
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=… (e.g. {usage})")
    if not declared:
        return query.text
    match = _VALUES.search(query.text)
    if match is None:
        raise QueryError(f"query {query.name!r} declares parameters but has no VALUES (… ) {{ (UNDEF …) }} row")
    variables = match["vars"].split()
    row = [_term(dataset, p, values[p.name]).n3() if p.name in values else "UNDEF" for p in declared]
    if variables != [f"?{p.name}" for p in declared]:
        raise QueryError(f"query {query.name!r}: VALUES variables {variables} do not match its declared parameters")
    filled = f"VALUES ({' '.join(variables)}) {{ ({' '.join(row)}) }}"
    return query.text[: match.start()] + filled + query.text[match.end() :]


def run_sparql(dataset: Dataset, text: str) -> Result:
    """Run a SPARQL query string; a syntax error becomes a :class:`QueryError` with its position."""
    try:
        result = dataset.query(text)
        if result.type == "SELECT":  # evaluate now, so that errors surface here
            result.bindings = list(result.bindings)
        return result
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax error: {error}") from None
    except Exception as error:
        if type(error).__name__ in ("ParseException", "ParseSyntaxException"):
            raise QueryError(f"SPARQL syntax error: {error}") from None
        raise


def run_named(dataset: Dataset, name: str, values: Mapping[str, str] | None = None) -> Result:
    try:
        query = load_query(name)
    except KeyError as error:
        raise QueryError(str(error.args[0])) from None
    return run_sparql(dataset, bind(dataset, query, values or {}))


# --- output ------------------------------------------------------------------------


# Longest namespace first, so that id:country/ loses to country:.
_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _short(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in _LONGEST_FIRST:
            if text.startswith(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return text
    return str(term)


def _nt(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        term = Literal(str(term))
    return term.n3()


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a query result: a terminal table, CSV, TSV, SPARQL 1.1 JSON, or Turtle."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if fmt not in ("turtle", "table"):
            raise QueryError(f"a {result.type} query gives a graph: use --format turtle")
        assert result.graph is not None
        for prefix, namespace in PREFIXES.items():
            result.graph.bind(prefix, namespace, replace=True)
        return result.graph.serialize(format="longturtle")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"head": {}, "boolean": answer}) + "\n" if fmt == "json" else f"{str(answer).lower()}\n"
    variables = [str(v) for v in result.vars or []]
    rows = [[row.get(v) for v in result.vars or []] for row in result.bindings]
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return (
            json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)
            + "\n"
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([["" if t is None else str(t) for t in row] for row in rows])
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(_nt(t) for t in row) for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "turtle":
        raise QueryError("a SELECT query gives a table: use --format table, csv, tsv or json")
    return _table(variables, [[_short(t) for t in row] for row in rows])


def _table(variables: list[str], rows: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*variables, show_lines=False, header_style="bold", pad_edge=False)
    for row in rows:
        table.add_row(*row)
    width = max(shutil.get_terminal_size((160, 24)).columns, 100)
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(table)
    console.print(f"{len(rows)} row(s)")
    return console.file.getvalue()  # type: ignore[attr-defined]
