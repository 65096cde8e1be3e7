"""Open the store and replace article graphs in it, atomically.

The default store is an embedded, persistent Oxigraph database (through the
``oxrdflib`` plugin, so the rest of bilateral sees a plain rdflib ``Dataset``);
``memory`` is rdflib's in-memory store, for tests and one-off runs.

Queries read the merged graph (:func:`ingest.iri.union_graph`) as their default graph:
every triple of the reference graph, the article graphs and the catalogue in the
default graph, once.  Oxigraph's own union-default-graph mode repeats a triple once
per graph that holds it, and joins over entities that many articles describe then
multiply (measured: a two-person join ran out of memory at 50k quads); the merged
graph is maintained on every write, in the same transaction.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ingest import iri
from ontology.load import bind_prefixes

__all__ = [
    "DEFAULT_LOCATION",
    "MergedDataset",
    "StoreError",
    "describe_location",
    "is_oxigraph",
    "open_store",
    "opened",
    "quad_count",
    "read_graph",
    "replace_graphs",
    "resolve_location",
]

DEFAULT_LOCATION = Path(".bilateral") / "store"
MEMORY = "memory"


class MergedDataset(Dataset):
    """A Dataset whose queries read the merged graph as their default graph.

    ``GRAPH ?g { … }`` still reaches every named graph (in Oxigraph; rdflib's own
    engine, used for the ``memory`` store, sees the merged graph only).
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        return read_graph(self, iri.union_graph()).query(query_object, *args, **kwargs)


def read_graph(dataset: Dataset, name: URIRef) -> Graph:
    """A view of one graph of ``dataset`` for reading.

    Not ``Dataset.graph(name)``: that also declares the graph in the store, a write on
    every call (and an empty named graph where there was none).
    """
    return Graph(store=dataset.store, identifier=name, namespace_manager=dataset.namespace_manager)


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says why and what to do."""


def resolve_location(option: str | None) -> str:
    """``--store`` wins, then ``$BILATERAL_STORE``, then ``./.bilateral/store``."""
    return option or os.environ.get("BILATERAL_STORE") or str(DEFAULT_LOCATION)


def describe_location(location: str) -> str:
    return "in-memory store" if location == MEMORY else f"Oxigraph store at {location}"


def open_store(location: str, *, create: bool = True) -> Dataset:
    """Open the store at ``location`` (a folder, or ``memory``) as an rdflib Dataset."""
    if location == MEMORY:
        return _bound(MergedDataset(store="Memory"))
    path = Path(location)
    if not create and not path.exists():
        raise StoreError(f"no store at {path}: run 'bilateral ingest' first, or pass --store")
    try:
        path.mkdir(parents=True, exist_ok=True)
        inner = pyoxigraph.Store(str(path))
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreError(
                f"the store at {path} is in use by another bilateral process (it holds the store's lock); "
                "wait for it to finish, or use another --store"
            ) from None
        raise StoreError(f"cannot open the store at {path}: {error}") from None
    return _bound(MergedDataset(store=OxigraphStore(store=inner)))


@contextmanager
def opened(location: str, *, create: bool = True) -> Iterator[Dataset]:
    """:func:`open_store` as a context manager: the store's lock is released on exit."""
    dataset = open_store(location, create=create)
    try:
        yield dataset
    finally:
        dataset.close()


def _bound(dataset: Dataset) -> Dataset:
    bind_prefixes(dataset)
    return dataset


def is_oxigraph(dataset: Dataset) -> bool:
    return isinstance(dataset.store, OxigraphStore)


def _oxigraph(dataset: Dataset) -> pyoxigraph.Store:
    store = dataset.store
    assert isinstance(store, OxigraphStore)
    return store._inner


def quad_count(dataset: Dataset) -> int:
    """The number of quads in the store, default graph included."""
    if is_oxigraph(dataset):
        return len(_oxigraph(dataset))  # native count; len(Dataset) would run SPARQL
    return sum(1 for _ in dataset.quads((None, None, None, None)))


def _ntriples_block(graph: Graph) -> str:
    # N-Triples is valid inside INSERT DATA; Term.n3() is not: it writes
    # "28"^^xsd:nonNegativeInteger as a bare 28, which SPARQL reads as xsd:integer.
    return graph.serialize(format="nt")


# Up to this many graphs per write, the merged graph is updated triple by triple; beyond
# it, rebuilding it whole is cheaper (measured: 2,000 graphs at once, 38 s incrementally).
INCREMENTAL_LIMIT = 20


def _unmerge(names: list[URIRef], described: list[URIRef], union: URIRef) -> list[str]:
    """Updates that take out of the merged graph what only the replaced graphs (and descriptions) assert."""
    keep = ", ".join(n.n3() for n in [*names, union])
    elsewhere = f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other NOT IN ({keep})) }}"
    operations = [
        f"DELETE {{ GRAPH {union.n3()} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {name.n3()} {{ ?s ?p ?o }} "
        f"{elsewhere} FILTER NOT EXISTS {{ ?s ?p ?o }} }}"
        for name in names
    ]
    for subject in described:
        pattern = f"{subject.n3()} ?p ?o"
        operations.append(
            f"DELETE {{ GRAPH {union.n3()} {{ {pattern} }} }} WHERE {{ {pattern} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ {pattern} }} FILTER (?other NOT IN ({keep})) }} }}"
        )
    return operations


def replace_graphs(
    dataset: Dataset, graphs: dict[URIRef, Graph], description: Graph, described: Iterable[URIRef]
) -> None:
    """Replace named graphs and their descriptions in the default graph, all or nothing.

    ``graphs`` maps each named graph IRI to its new content; ``described`` lists the
    subjects whose default-graph triples ``description`` replaces.  The merged graph
    (:func:`ingest.iri.union_graph`) is kept up to date in the same transaction.
    """
    described = sorted(set(described))
    names = sorted(graphs)
    union = iri.union_graph()
    if is_oxigraph(dataset):
        # One SPARQL update is one Oxigraph transaction: a failure leaves the store as it was.
        incremental = len(names) <= INCREMENTAL_LIMIT
        operations = _unmerge(names, described, union) if incremental else []
        operations += [f"DROP SILENT GRAPH {name.n3()}" for name in names]
        operations += [f"DELETE WHERE {{ {subject.n3()} ?p ?o }}" for subject in described]
        inserts = [f"GRAPH {name.n3()} {{\n{_ntriples_block(graphs[name])}\n}}" for name in names]
        inserts.append(_ntriples_block(description))
        if incremental:
            merged = Graph()
            for name in names:
                merged += graphs[name]
            merged += description
            inserts.append(f"GRAPH {union.n3()} {{\n{_ntriples_block(merged)}\n}}")
        operations.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
        if not incremental:
            operations += [
                f"DROP SILENT GRAPH {union.n3()}",
                f"INSERT {{ GRAPH {union.n3()} {{ ?s ?p ?o }} }} "
                "WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }",
            ]
        # Straight to Oxigraph: rdflib's Dataset.update with default_union silently falls
        # back to rdflib's own (slow) engine.
        _oxigraph(dataset).update(" ;\n".join(operations))
        return
    default = dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    for name in graphs:
        dataset.remove_graph(dataset.graph(name))
    for subject in described:
        default.remove((subject, None, None))
    for name, content in graphs.items():
        target = dataset.graph(name)
        target += content
    default += description
    # In memory, rebuilding the merged graph is cheap.
    dataset.remove_graph(dataset.graph(union))
    merged = dataset.graph(union)
    for graph in list(dataset.graphs()):
        if graph.identifier != union:
            merged += graph
