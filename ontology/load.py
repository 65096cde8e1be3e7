"""Load the ontology, its code lists and the country list as rdflib graphs.

Examples
--------
>>> reference = load_reference()
>>> "meeting" in codes(reference, "event-kind")
True
>>> countries(reference)["BY"]
rdflib.term.URIRef('https://w3id.org/bilateral/id/country/BLR')
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ontology.namespaces import DIP, PREFIXES, VOCAB

__all__ = ["ONTOLOGY_DIR", "bind_prefixes", "codes", "countries", "load_reference", "load_shapes"]

ONTOLOGY_DIR = Path(__file__).resolve().parent


def bind_prefixes(graph: Graph) -> Graph:
    """Bind bilateral's prefixes (and only those worth having) on ``graph``."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def reference_files() -> list[Path]:
    """The Turtle files of the reference graph: ontology, code lists, countries."""
    return [ONTOLOGY_DIR / "diplomacy.ttl", *sorted((ONTOLOGY_DIR / "vocab").glob("*.ttl"))]


@cache
def _reference() -> Graph:
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for path in reference_files():
        graph.parse(path, format="turtle")
    return graph


def load_reference() -> Graph:
    """A fresh copy of the reference graph (ontology + code lists + countries)."""
    copy = bind_prefixes(Graph(bind_namespaces="none"))
    copy += _reference()
    return copy


SHAPE_FILES = {"data": "shapes.ttl", "ontology": "ontology-shapes.ttl"}


@cache
def _shapes(kind: str) -> Graph:
    return Graph(bind_namespaces="none").parse(ONTOLOGY_DIR / SHAPE_FILES[kind], format="turtle")


def load_shapes(*kinds: str) -> Graph:
    """SHACL shapes: ``data`` (``shapes.ttl``), ``ontology`` (``ontology-shapes.ttl``), or both."""
    copy = Graph(bind_namespaces="none")
    for kind in kinds or tuple(SHAPE_FILES):
        copy += _shapes(kind)
    return copy


def codes(reference: Graph, scheme: str) -> dict[str, URIRef]:
    """Map each ``skos:notation`` of a code list to its concept IRI."""
    scheme_iri = VOCAB[scheme]
    found: dict[str, URIRef] = {}
    for concept in reference.subjects(SKOS.inScheme, scheme_iri):
        for notation in reference.objects(concept, SKOS.notation):
            if isinstance(notation, Literal) and isinstance(concept, URIRef):
                found[str(notation)] = concept
    return found


def countries(reference: Graph) -> dict[str, URIRef]:
    """Map ISO 3166-1 alpha-2 codes of the sovereign states to their IRIs."""
    found: dict[str, URIRef] = {}
    for country in reference.subjects(RDF.type, DIP.Country):
        for notation in reference.objects(country, SKOS.notation):
            code = str(notation)
            if len(code) == 2 and code.isalpha() and isinstance(country, URIRef):
                found[code] = country
    return found
