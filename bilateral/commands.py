"""The work behind each command, as plain functions over rdflib datasets and graphs.

The command line (:mod:`bilateral.cli`) parses arguments, opens the store and
prints; everything else happens here, and the tests call these functions directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from bilateral.export import select_graph
from bilateral.store import quad_count, replace_graphs
from ingest import iri
from ingest.pipeline import GraphViolation, build_graphs, find_facts_files, validate_graphs
from ontology.load import load_reference
from ontology.validate import Violation, validate
from queries import load_query

__all__ = ["IngestReport", "InvalidGraphsError", "run_ingest", "run_stats", "run_validate"]


class InvalidGraphsError(ValueError):
    """The new graphs break the shapes; nothing was written."""

    def __init__(self, problems: list[GraphViolation]):
        self.problems = problems
        super().__init__(f"{len(problems)} SHACL violation(s); nothing was written")


@dataclass
class IngestReport:
    files: list[Path]
    articles: list[str]
    quads_before: int
    quads_after: int


def run_ingest(dataset: Dataset, paths: Iterable[Path | str]) -> IngestReport:
    """Ingest facts files (or folders of them) into ``dataset``.

    Every file is loaded, converted and SHACL-validated before anything is written;
    then the reference graph, each article's named graph and their descriptions in
    the default graph are replaced in one transaction.  Raises
    :class:`~ingest.facts.FactsError` or :class:`InvalidGraphsError`, leaving the store as it was.
    """
    reference = load_reference()
    files = find_facts_files(paths)
    graphs = build_graphs(files, reference)
    problems = validate_graphs(graphs, reference)
    if problems:
        raise InvalidGraphsError(problems)
    before = quad_count(dataset)
    description = Graph()
    for article in graphs:
        description += article.description
    described = {s for s in description.subjects() if isinstance(s, URIRef)}
    replace_graphs(
        dataset,
        {iri.reference_graph(): reference, **{a.iri: a.graph for a in graphs}},
        description,
        described,
    )
    return IngestReport(
        files=files, articles=[a.article_id for a in graphs], quads_before=before, quads_after=quad_count(dataset)
    )


def run_validate(dataset: Dataset) -> list[Violation]:
    """Validate everything in the store (the union of its graphs) against the shapes."""
    return validate(select_graph(dataset, "union"))


def _rows(dataset: Dataset, name: str) -> list[dict[str, Any]]:
    result = dataset.query(load_query(name).text)
    return [row.asdict() for row in result]  # type: ignore[union-attr]


def run_stats(dataset: Dataset) -> dict[str, object]:
    """Counts of what the store holds."""
    counts = _rows(dataset, "stats-counts")[0]
    stats: dict[str, object] = {"quads": quad_count(dataset)}
    stats.update({key: int(value) if isinstance(value, Literal) else 0 for key, value in counts.items()})
    stats["events_per_kind"] = {str(r["kind"]): int(r["events"]) for r in _rows(dataset, "stats-events-per-kind")}
    derived = (DATASET_DEFAULT_GRAPH_ID, iri.union_graph())
    stats["graphs"] = sum(1 for g in dataset.graphs() if g.identifier not in derived)
    return stats
