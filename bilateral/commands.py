"""The work behind each command, as plain functions over rdflib datasets and graphs.

The command line (:mod:`bilateral.cli`) parses arguments, opens the store and
prints; everything else happens here, and the tests call these functions directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from bilateral.export import graph_names, select_graph
from bilateral.store import quad_count, replace_graphs
from ingest import iri
from ingest.pipeline import GraphViolation, build_batch, reference_skeleton, validate_graphs
from ingest.resolve_events import merge_reports
from ontology.load import load_reference, load_shapes
from ontology.validate import validate
from queries import load_query

__all__ = ["IngestReport", "InvalidGraphsError", "run_ingest", "run_stats", "run_validate"]


class InvalidGraphsError(ValueError):
    """The new graphs break the shapes; nothing was written."""

    def __init__(self, problems: list[GraphViolation]):
        self.problems = problems
        super().__init__(f"{len(problems)} SHACL violation(s); nothing was written")


@dataclass
class IngestReport:
    """What an ingest did: the files the articles came from, and how."""

    files: list[Path]
    articles: list[str]
    quads_before: int
    quads_after: int
    #: article texts extracted in this run
    extracted: list[Path] = field(default_factory=list)
    #: article texts not extracted, because a facts file of the run describes them
    from_facts: list[Path] = field(default_factory=list)
    #: event reports merged into another report's event (same event, dates a day apart)
    merged_events: int = 0

    def summary(self) -> str:
        """One line on where the articles came from, e.g. for the command line."""
        curated = len(self.articles) - len(self.extracted)
        covered = f" ({len(self.from_facts)} text(s) left to their facts files)" if self.from_facts else ""
        return (
            f"{curated} article(s) from facts files, {len(self.extracted)} extracted from texts{covered}; "
            f"{self.merged_events} event report(s) merged across articles (dates a day apart)"
        )


def run_ingest(dataset: Dataset, paths: Iterable[Path | str]) -> IngestReport:
    """Ingest facts files and article texts (or folders of them) into ``dataset``.

    Texts that a facts file of the run describes are taken from it; other texts are
    extracted (see :func:`ingest.pipeline.build_batch`).  Reports of one event dated a
    day apart, in the batch or already in the store, become one event
    (:mod:`ingest.resolve_events`).
    Every file is loaded, converted and SHACL-validated before anything is written;
    then the reference graph, each article's named graph and their descriptions in
    the default graph are replaced in one transaction.  Raises
    :class:`~ingest.facts.FactsError` or :class:`InvalidGraphsError`, leaving the store as it was.
    """
    reference = load_reference()
    batch = build_batch(paths, reference)
    graphs = batch.graphs
    merged = merge_reports(graphs, dataset)
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
        files=[*batch.facts_files, *batch.extracted],
        articles=[a.article_id for a in graphs],
        quads_before=before,
        quads_after=quad_count(dataset),
        extracted=batch.extracted,
        from_facts=batch.covered,
        merged_events=merged,
    )


def run_validate(dataset: Dataset) -> list[GraphViolation]:
    """Validate the store as ingest does: each article graph beside the reference graph.

    Each article graph is checked on its own (an event two articles report may carry
    each report's status, date basis and date), and the reference graph against the
    ontology lint.
    """
    reference = select_graph(dataset, "reference")
    problems = [GraphViolation("reference graph", v) for v in validate(reference, shapes=load_shapes("ontology"))]
    skeleton, shapes = reference_skeleton(reference), load_shapes("data")
    for name in graph_names(dataset):
        if name == iri.reference_graph():
            continue
        article = select_graph(dataset, str(name))
        problems += [
            GraphViolation(str(name).rsplit("/", 1)[-1], v) for v in validate(article, skeleton, shapes=shapes)
        ]
    return problems


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
