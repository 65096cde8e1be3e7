"""From files to checked article graphs: find facts files, load, convert, validate.

Nothing here writes to a store: :func:`build_graphs` and :func:`validate_graphs`
return graphs and problems; the shell decides what to commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from ingest.facts import FACTS_SUFFIXES, FactsError, load_facts
from ingest.to_rdf import ArticleGraph, facts_to_graph
from ontology.load import load_shapes
from ontology.validate import Violation, validate

__all__ = ["GraphViolation", "build_graphs", "find_facts_files", "validate_graphs"]


def _is_facts_file(path: Path) -> bool:
    return path.suffix in FACTS_SUFFIXES and not path.name.endswith((".meta.json", ".schema.json"))


def find_facts_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand folders (recursively) into the facts files they hold, sorted.

    A named file is taken as it is; a path that does not exist is a
    :class:`~ingest.facts.FactsError`.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and _is_facts_file(p)))
        elif path.is_file():
            if not _is_facts_file(path):
                raise FactsError(path, "", f"not a facts file: expected one of {', '.join(FACTS_SUFFIXES)}")
            found.append(path)
        else:
            raise FactsError(path, "", "no such file or folder")
    unique = sorted(set(found), key=lambda p: str(p))
    if not unique:
        raise FactsError(", ".join(str(p) for p in paths), "", "no facts files (*.yaml, *.yml, *.json) found")
    return unique


def build_graphs(files: Iterable[Path], reference: Graph) -> list[ArticleGraph]:
    """Load every facts file and build its article graph; stop at the first bad file."""
    graphs: list[ArticleGraph] = []
    seen: dict[str, Path] = {}
    for path in files:
        facts = load_facts(path, reference)
        if facts.article_id in seen:
            raise FactsError(
                path,
                "article.id",
                f"article {facts.article_id!r} is also described by {seen[facts.article_id]}",
                facts.lines.get("article.id"),
            )
        seen[facts.article_id] = path
        graphs.append(facts_to_graph(facts, reference))
    return graphs


@dataclass(frozen=True)
class GraphViolation:
    """A SHACL violation traced to the facts file whose graph holds the node at fault."""

    source: str
    violation: Violation

    def __str__(self) -> str:
        return f"{self.source}: {self.violation}"


def validate_graphs(graphs: list[ArticleGraph], reference: Graph) -> list[GraphViolation]:
    """Validate each article graph, beside the reference graph, before any write.

    Each article is checked on its own: an event that two articles report is one
    node, and each report may give it its own status or date basis.
    """
    shapes = load_shapes("data")
    # The data shapes only ask the reference graph what is a class, a concept or a state.
    skeleton = Graph(bind_namespaces="none")
    for predicate in (RDF.type, RDFS.subClassOf):
        skeleton += reference.triples((None, predicate, None))
    problems: list[GraphViolation] = []
    for article in graphs:
        problems.extend(GraphViolation(article.source, v) for v in validate(article.graph, skeleton, shapes=shapes))
    return problems
