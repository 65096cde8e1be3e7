"""Export the store, or one graph of it, in a standard RDF syntax, deterministically.

Triple syntaxes (Turtle, N-Triples) hold one graph: the union of all graphs, or one
named graph.  Quad syntaxes (TriG, N-Quads, JSON-LD) hold the whole dataset by default.
Turtle is rdflib's ``longturtle``; N-Triples and N-Quads are sorted line by line, so
the same store gives the same bytes every time.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal, Node, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

from bilateral.store import read_graph
from ingest import iri
from ontology.load import bind_prefixes

__all__ = ["FORMATS", "QUAD_FORMATS", "ExportError", "export", "graph_names", "select_graph"]

FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld")
QUAD_FORMATS = frozenset({"trig", "nquads", "jsonld"})


class ExportError(ValueError):
    """An export that cannot be made as asked (e.g. named graphs in Turtle)."""


def graph_names(dataset: Dataset) -> list[URIRef]:
    return sorted(
        g.identifier for g in dataset.graphs()
        if isinstance(g.identifier, URIRef) and g.identifier not in (DATASET_DEFAULT_GRAPH_ID, iri.union_graph())
    )  # fmt: skip


def _simple(term: Node) -> Node:
    # Oxigraph hands back "x"^^xsd:string where rdflib writes "x": in RDF 1.1 they are one
    # term, but rdflib compares them as two.
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _copy_into(target: Graph, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    for s, p, o in triples:
        target.add((s, p, _simple(o)))


def select_graph(dataset: Dataset, selector: str) -> Graph:
    """``union`` (all graphs merged), ``reference``, an article id or a graph IRI."""
    out = bind_prefixes(Graph(bind_namespaces="none"))
    if selector == "union":
        _copy_into(out, read_graph(dataset, iri.union_graph()))
        return out
    names = graph_names(dataset)
    wanted = {
        "reference": iri.reference_graph(),
        "default": DATASET_DEFAULT_GRAPH_ID,
    }.get(selector) or (
        URIRef(selector) if "://" in selector or selector.startswith("urn:") else iri.article_graph(selector)
    )
    if wanted != DATASET_DEFAULT_GRAPH_ID and wanted not in names:
        articles = [str(n).rsplit("/", 1)[-1] for n in names if "/graph/article/" in str(n)]
        raise ExportError(
            f"no graph {selector!r} in the store; use all, union, reference, default or an article id: "
            + (", ".join(articles) or "(no articles ingested)")
        )
    _copy_into(out, read_graph(dataset, wanted))
    return out


def _sorted_lines(data: str) -> str:
    return "".join(sorted(line + "\n" for line in data.splitlines() if line.strip()))


def export(dataset: Dataset, fmt: str, selector: str | None = None) -> str:
    """Serialise ``dataset`` (or the graph ``selector`` names) as ``fmt``; return the text."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    selector = selector or ("all" if fmt in QUAD_FORMATS else "union")
    if selector == "all":
        if fmt not in QUAD_FORMATS:
            raise ExportError(
                f"{fmt} holds one graph: use --graph union or an article id, or a quad format (trig, nquads, jsonld)"
            )
        copy = Dataset(default_union=False)
        bind_prefixes(copy)
        for name in [DATASET_DEFAULT_GRAPH_ID, *graph_names(dataset)]:
            _copy_into(copy.graph(name), read_graph(dataset, name))
        if fmt == "nquads":
            return _sorted_lines(copy.serialize(format="nquads"))
        if fmt == "jsonld":
            return copy.serialize(format="json-ld", sort_keys=True)
        return copy.serialize(format="trig")
    graph = select_graph(dataset, selector)
    if fmt == "turtle":
        return graph.serialize(format="longturtle")
    if fmt == "nt":
        return _sorted_lines(graph.serialize(format="nt"))
    if fmt == "nquads":
        return _sorted_lines(graph.serialize(format="nt"))
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", sort_keys=True)
    return graph.serialize(format="trig")
