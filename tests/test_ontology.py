"""The ontology, code lists and countries: complete, consistent, and in three languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH, SKOS

from ingest.facts import load_facts
from ingest.pipeline import find_inputs
from ontology.load import ONTOLOGY_DIR, codes, countries, load_shapes, reference_files
from ontology.namespaces import DIP, WD
from ontology.validate import validate

from .conftest import DATA


def test_defined_namespace_and_diplomacy_ttl_agree() -> None:
    ontology = Graph().parse(ONTOLOGY_DIR / "diplomacy.ttl")
    namespace = str(DIP._NS)
    declared = {
        str(s)[len(namespace) :]
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(namespace)
    }
    used = {str(t)[len(namespace) :] for t in ontology.all_nodes() if str(t).startswith(namespace)} - {""}
    assert declared == set(DIP.__annotations__)
    assert used <= declared, f"used but not declared: {used - declared}"


def test_the_namespace_fails_on_typos() -> None:
    with pytest.raises(AttributeError):
        _ = DIP.concernsRelatoin


def test_ontology_header() -> None:
    ontology = Graph().parse(ONTOLOGY_DIR / "diplomacy.ttl")
    (header,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(header, OWL.versionInfo) is not None
    assert ontology.value(header, URIRef("http://purl.org/dc/terms/license")) is not None
    titles = {t.language for t in ontology.objects(header, URIRef("http://purl.org/dc/terms/title"))}  # type: ignore[union-attr]
    assert {"en", "de", "ru"} <= titles


def test_reference_graph_passes_its_own_lint_shapes(reference: Graph) -> None:
    assert validate(Graph(), reference) == []


def test_the_lint_shapes_catch_a_term_without_russian(reference: Graph) -> None:
    broken = Graph()
    broken += reference
    broken.remove((DIP.Meeting, URIRef("http://www.w3.org/2004/02/skos/core#definition"), None))
    broken.add((DIP.Meeting, SKOS.definition, Literal("A meeting.", lang="en")))
    shapes = {v.shape for v in validate(broken)}
    assert "dip-shape:TermDefinition" in shapes


def test_every_shape_has_a_stable_iri_and_a_message() -> None:
    shapes = load_shapes()
    property_shapes = set(shapes.objects(None, SH.property))
    assert property_shapes
    for shape in property_shapes | set(shapes.subjects(RDF.type, SH.NodeShape)):
        if isinstance(shape, URIRef):
            continue
        pytest.fail(f"anonymous shape: {list(shapes.predicate_objects(shape))}")
    for shape in property_shapes | set(shapes.objects(None, SH.sparql)):
        assert shapes.value(shape, SH.message) is not None, shape


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        (
            "event-kind",
            {"meeting", "talks", "visit", "session", "signing", "founding", "statement", "phone-call", "credentials"},
        ),
        ("status", {"held", "planned", "announced", "cancelled", "postponed"}),
        ("date-basis", {"stated", "dateline", "inferred"}),
    ],
)
def test_code_lists_hold_the_codes_ingest_relies_on(reference: Graph, scheme: str, expected: set[str]) -> None:
    assert expected <= set(codes(reference, scheme))


def test_event_kinds_carry_cameo_codes_as_strings_and_goldstein_scores(reference: Graph) -> None:
    meeting = codes(reference, "event-kind")["meeting"]
    goldstein = reference.value(meeting, DIP.goldsteinScale)
    assert goldstein is not None and float(goldstein) == 1.0
    mapped = {
        str(n) for m in (SKOS.closeMatch, SKOS.broadMatch) for c in reference.objects(meeting, m)
        for n in reference.objects(c, SKOS.notation)
    }  # fmt: skip
    assert "040" in mapped
    signing = codes(reference, "event-kind")["signing"]
    assert float(reference.value(signing, DIP.goldsteinScale)) == 8.0  # type: ignore[arg-type]


def test_all_sovereign_states_with_iso_codes_and_three_languages(reference: Graph) -> None:
    states = countries(reference)
    assert len(states) == 195  # 193 UN members and the two observer states
    belarus = states["BY"]
    assert {str(n) for n in reference.objects(belarus, SKOS.notation)} >= {"BY", "BLR"}
    labels = {lit.language: str(lit) for lit in reference.objects(belarus, SKOS.prefLabel)}  # type: ignore[union-attr]
    assert labels["en"] == "Belarus" and labels["ru"] == "Беларусь"
    assert (belarus, SKOS.exactMatch, WD.Q184) in reference
    assert (states["CN"], SKOS.exactMatch, WD.Q148) in reference


def test_every_state_in_data_has_a_wikidata_link(reference: Graph) -> None:
    files = find_inputs([DATA / "facts"]).facts
    assert files
    used: set[str] = set()
    for path in files:
        doc = load_facts(path, reference).doc
        used |= {p["country"] for p in doc.get("persons", [])}
        used |= {c for o in doc.get("organizations", []) for c in o["countries"]}
        used |= {c for e in doc.get("events", []) for c in e.get("countries", [])}
    states = countries(reference)
    missing = sorted(
        code
        for code in used
        if not any(str(o).startswith(str(WD)) for o in reference.objects(states[code], SKOS.exactMatch))
    )
    assert not missing


def test_countries_ttl_is_what_the_generator_writes(tmp_path: Path) -> None:
    script = ONTOLOGY_DIR / "build_countries.py"
    target = ONTOLOGY_DIR / "vocab" / "countries.ttl"
    out = tmp_path / "countries.ttl"
    subprocess.run([sys.executable, str(script), "--output", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == target.read_bytes()


def test_reference_files_found() -> None:
    files = reference_files()
    assert len(files) >= 8
    assert all(p.is_file() for p in files)
