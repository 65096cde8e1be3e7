"""Open the store and replace article graphs in it, atomically.

The default store is an embedded, persistent Oxigraph database (through the
``oxrdflib`` plugin, so the rest of bilateral sees a plain rdflib ``Dataset``);
``memory`` is rdflib's in-memory store, for tests and one-off runs.

Queries see the union of all graphs as their default graph (``default_union``):
the reference graph, every article graph and the catalogue in the default graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ontology.load import bind_prefixes

__all__ = [
    "DEFAULT_LOCATION",
    "StoreError",
    "describe_location",
    "is_oxigraph",
    "open_store",
    "opened",
    "quad_count",
    "replace_graphs",
    "resolve_location",
]

DEFAULT_LOCATION = Path(".bilateral") / "store"
MEMORY = "memory"


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
        return _bound(Dataset(store="Memory", default_union=True))
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
    return _bound(Dataset(store=OxigraphStore(store=inner), default_union=True))


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


def replace_graphs(
    dataset: Dataset, graphs: dict[URIRef, Graph], description: Graph, described: Iterable[URIRef]
) -> None:
    """Replace named graphs and their descriptions in the default graph, all or nothing.

    ``graphs`` maps each named graph IRI to its new content; ``described`` lists the
    subjects whose default-graph triples ``description`` replaces.
    """
    described = sorted(set(described))
    if is_oxigraph(dataset):
        # One SPARQL update is one Oxigraph transaction: a failure leaves the store as it was.
        operations = [f"DROP SILENT GRAPH {name.n3()}" for name in sorted(graphs)]
        operations += [f"DELETE WHERE {{ {subject.n3()} ?p ?o }}" for subject in described]
        inserts = [f"GRAPH {name.n3()} {{\n{_ntriples_block(graphs[name])}\n}}" for name in sorted(graphs)]
        inserts.append(_ntriples_block(description))
        operations.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
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
