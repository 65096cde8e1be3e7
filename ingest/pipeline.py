"""From files to checked article graphs: find facts files and texts, load or extract, convert, validate.

Nothing here writes to a store: :func:`build_batch` and
:func:`validate_graphs` return graphs and problems; the shell decides what to commit.

A run takes facts files (``.yaml``, ``.yml``, ``.json``) and article texts (``.txt``).
Curated facts win: a text that a facts file of the same run describes (its
``article.text`` resolves to the text, or it has the text's article id) is not
extracted.  Every other text is extracted (with its ``NAME.meta.json``) and its
document goes through the same checks as a facts file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from ingest.articles import TEXT_SUFFIX, article_id_for, check_document, extract_article, read_meta, read_text
from ingest.facts import FACTS_SUFFIXES, Facts, FactsError, load_facts
from ingest.to_rdf import ArticleGraph, facts_to_graph
from ontology.load import load_shapes
from ontology.validate import Violation, validate

__all__ = [
    "Batch",
    "GraphViolation",
    "Inputs",
    "build_batch",
    "extract_checked",
    "find_inputs",
    "validate_graphs",
]


def _is_facts_file(path: Path) -> bool:
    return path.suffix in FACTS_SUFFIXES and not path.name.endswith((".meta.json", ".schema.json"))


def _is_text_file(path: Path) -> bool:
    return path.suffix == TEXT_SUFFIX


@dataclass
class Inputs:
    """What a run was given: facts files and article texts, each sorted and unique."""

    facts: list[Path]
    texts: list[Path]


def find_inputs(paths: Iterable[Path | str]) -> Inputs:
    """Expand folders (recursively) into the facts files and article texts they hold.

    Examples
    --------
    >>> from pathlib import Path
    >>> data = Path(__file__).parents[1] / "data"
    >>> found = find_inputs([data])
    >>> len(found.facts), len(found.texts)
    (15, 15)
    """
    paths = list(paths)
    facts: set[Path] = set()
    texts: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in path.rglob("*"):
                if child.is_file() and _is_facts_file(child):
                    facts.add(child)
                elif child.is_file() and _is_text_file(child):
                    texts.add(child)
        elif path.is_file():
            if _is_facts_file(path):
                facts.add(path)
            elif _is_text_file(path):
                texts.add(path)
            else:
                raise FactsError(
                    path, "", f"not a facts file or article text: expected one of {', '.join(FACTS_SUFFIXES)}, .txt"
                )
        else:
            raise FactsError(path, "", "no such file or folder")
    if not facts and not texts:
        where = ", ".join(str(p) for p in paths)
        raise FactsError(where, "", "no facts files (*.yaml, *.yml, *.json) or article texts (*.txt) found")
    return Inputs(facts=sorted(facts, key=str), texts=sorted(texts, key=str))


def _graphs(loaded: Iterable[Facts], reference: Graph) -> list[ArticleGraph]:
    graphs: list[ArticleGraph] = []
    seen: dict[str, Path] = {}
    for facts in loaded:
        if facts.article_id in seen:
            raise FactsError(
                facts.path,
                "article.id",
                f"article {facts.article_id!r} is also described by {seen[facts.article_id]}",
                facts.lines.get("article.id"),
            )
        seen[facts.article_id] = facts.path
        graphs.append(facts_to_graph(facts, reference))
    return graphs


@dataclass
class Batch:
    """The article graphs of one run, and where each came from."""

    graphs: list[ArticleGraph]
    facts_files: list[Path] = field(default_factory=list)
    #: texts extracted in this run
    extracted: list[Path] = field(default_factory=list)
    #: texts not extracted, because a facts file of the run describes them
    covered: list[Path] = field(default_factory=list)


def _covered_by(facts: Facts) -> Path | None:
    text = facts.doc["article"].get("text")
    return (facts.path.parent / text).resolve() if text else None


def extract_checked(text_path: Path, reference: Graph) -> Facts:
    """Extract the article at ``text_path`` and check the document like a facts file."""
    text = read_text(text_path)
    doc = extract_article(text_path, text=text)
    return check_document(doc, text_path, text, reference)


def build_batch(paths: Iterable[Path | str], reference: Graph) -> Batch:
    """Find, load or extract, check and convert everything ``paths`` name.

    Facts files are loaded first; then each text that no facts file of the run
    describes is extracted.  Stops at the first bad file
    (:class:`~ingest.facts.FactsError`).
    """
    inputs = find_inputs(paths)
    loaded = [load_facts(path, reference) for path in inputs.facts]
    covered_paths = {p for p in map(_covered_by, loaded) if p is not None}
    covered_ids = {facts.article_id for facts in loaded}
    batch = Batch(graphs=[], facts_files=inputs.facts)
    for text_path in inputs.texts:
        if text_path.resolve() in covered_paths or article_id_for(text_path, read_meta(text_path)) in covered_ids:
            batch.covered.append(text_path)
            continue
        loaded.append(extract_checked(text_path, reference))
        batch.extracted.append(text_path)
    batch.graphs = _graphs(loaded, reference)
    return batch


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
    skeleton = reference_skeleton(reference)
    problems: list[GraphViolation] = []
    for article in graphs:
        problems.extend(GraphViolation(article.source, v) for v in validate(article.graph, skeleton, shapes=shapes))
    return problems


def reference_skeleton(reference: Graph) -> Graph:
    """What the data shapes ask of the reference graph: what is a class, a concept or a state."""
    skeleton = Graph(bind_namespaces="none")
    for predicate in (RDF.type, RDFS.subClassOf):
        skeleton += reference.triples((None, predicate, None))
    return skeleton
