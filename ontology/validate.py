"""SHACL validation of bilateral graphs with pySHACL, reported as plain records.

pySHACL can change the data graph it is given (it may switch a Dataset to union
mode, and it adds inferred triples when asked to); we always hand it a fresh copy.

Examples
--------
>>> from rdflib import Graph
>>> from ontology.load import load_reference
>>> bad = Graph().parse(data='''
...     @prefix dip: <https://w3id.org/bilateral/ontology#> .
...     <https://w3id.org/bilateral/id/relation/BLR-CHN> a dip:BilateralRelation ;
...         dip:party <https://w3id.org/bilateral/id/country/BLR> .
... ''', format="turtle")
>>> [v.shape for v in validate(bad, load_reference())]
['dip-shape:RelationHasTwoParties']
"""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH

from ontology.load import load_shapes

__all__ = ["SHAPES", "Violation", "validate"]

SHAPES = Namespace("https://w3id.org/bilateral/shapes#")


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node at fault, the rule, and what the rule says."""

    focus: str
    shape: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        path = f" {self.path}" if self.path else ""
        return f"{self.focus}{path}: {self.message} [{self.shape}]"


def _short(node: object) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        if str(node).startswith(str(SHAPES)):
            return "dip-shape:" + str(node)[len(str(SHAPES)) :]
        return str(node)
    return str(node)


def validate(data: Graph, reference: Graph | None = None, *, shapes: Graph | None = None) -> list[Violation]:
    """Validate ``data`` (with ``reference`` beside it) against bilateral's shapes.

    ``shapes`` defaults to all of them: the data shapes and the ontology lint.
    Returns the violations sorted, an empty list when the graph conforms.
    """
    combined = Graph(bind_namespaces="none")
    combined += data
    if reference is not None:
        combined += reference
    conforms, report, _ = shacl_validate(
        combined,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    if conforms:
        return []
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        out.append(
            Violation(
                focus=_short(report.value(result, SH.focusNode)),
                shape=_short(report.value(result, SH.sourceShape)),
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or ""),
                severity=_short(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return sorted(out)
