"""Exports: every format re-parses in independent parsers and is isomorphic to the store."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Graph, Literal, Node, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from bilateral.cli import main
from bilateral.export import ExportError, export, select_graph

from .conftest import SEED_FACTS, require_tool

RAPPER_SYNTAX = {"turtle": "turtle", "nt": "ntriples", "nquads": "nquads", "trig": "trig"}
OX_FORMAT = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
}


def _term(term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> Node:
    """pyoxigraph term -> rdflib term; in RDF 1.1 a simple literal *is* an xsd:string."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = None if term.datatype.value == str(XSD.string) else URIRef(term.datatype.value)
    return Literal(term.value, datatype=datatype)


def _by_value(graph: Graph) -> Graph:
    """Decimals by value: Oxigraph stores 1.0 as "1", rdflib writes "1" back as 1.0."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.decimal and "." in o:
            o = Literal(str(o).rstrip("0").rstrip("."), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def _union_from_oxigraph(text: str, fmt: str) -> Graph:
    """Parse with pyoxigraph (not rdflib) and merge all graphs into one rdflib graph."""
    out = Graph()
    for quad in pyoxigraph.parse(text.encode("utf-8"), format=OX_FORMAT[fmt]):
        out.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "jsonld"])
def test_export_reparses_with_pyoxigraph_isomorphic_to_the_store(seed_store: Dataset, fmt: str) -> None:
    text = export(seed_store, fmt)
    expected = select_graph(seed_store, "union")
    assert len(expected) > 1000
    assert isomorphic(_by_value(_union_from_oxigraph(text, fmt)), _by_value(expected))


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig"])
def test_export_is_valid_for_rapper(seed_store: Dataset, fmt: str, tmp_path: Path) -> None:
    rapper = require_tool("rapper")
    path = tmp_path / f"graph.{fmt}"
    path.write_text(export(seed_store, fmt), encoding="utf-8")
    run = subprocess.run(
        [rapper, "-i", RAPPER_SYNTAX[fmt], "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "Parsing returned" in run.stderr
    count = int(run.stderr.split("returned ")[1].split(" ")[0])
    assert count == len(select_graph(seed_store, "union"))


def test_turtle_is_byte_identical_across_runs_and_stores(tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        store = str(tmp_path / run / "store")
        assert main(["ingest", "--store", store, str(SEED_FACTS)]) == 0
        for attempt in ("1", "2"):
            out = tmp_path / f"{run}{attempt}.ttl"
            assert main(["export", "--store", store, "--format", "turtle", "-o", str(out)]) == 0
            outputs.append(out.read_bytes())
    assert len(set(outputs)) == 1


def test_turtle_binds_only_our_prefixes(seed_store: Dataset) -> None:
    text = export(seed_store, "turtle")
    prefixes = [line.split()[1] for line in text.splitlines() if line.startswith("PREFIX")]
    assert "dip:" in prefixes and "sem:" in prefixes and "oa:" in prefixes
    assert "brick:" not in prefixes and "schema1:" not in prefixes


def test_a_single_article_graph_exports_alone(seed_store: Dataset) -> None:
    article = export(seed_store, "nt", "belta-2025-08-06-industry-china")
    reference = export(seed_store, "nt", "reference")
    union = export(seed_store, "nt", "union")
    assert set(article.splitlines()) | set(reference.splitlines()) <= set(union.splitlines())
    assert "Andrei Kuznetsov" in article and "Andrei Kuznetsov" not in reference


def test_trig_keeps_named_graphs(seed_store: Dataset) -> None:
    parsed = Dataset()
    parsed.parse(data=export(seed_store, "trig"), format="trig")
    names = {str(g.identifier) for g in parsed.graphs()}
    assert "https://w3id.org/bilateral/id/graph/article/belta-2025-08-06-industry-china" in names
    assert "https://w3id.org/bilateral/id/graph/reference" in names
    reference = parsed.graph(URIRef("https://w3id.org/bilateral/id/graph/reference"))
    assert isomorphic(_by_value(reference), _by_value(select_graph(seed_store, "reference")))


def test_named_graphs_in_turtle_are_a_usage_error(seed_store: Dataset) -> None:
    with pytest.raises(ExportError, match="holds one graph"):
        export(seed_store, "turtle", "all")
    with pytest.raises(ExportError, match="no graph 'nosuch'"):
        export(seed_store, "nt", "nosuch")
