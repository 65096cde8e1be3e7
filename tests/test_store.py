"""The embedded store: persistent, idempotent ingest, one IRI per entity, a clear lock message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from bilateral.cli import main
from bilateral.commands import run_ingest
from bilateral.store import open_store, quad_count
from ingest import iri

from .conftest import DATA, SEED_FACTS


def test_reingest_replaces_never_duplicates(store: Dataset) -> None:
    first = run_ingest(store, [DATA / "facts"])
    second = run_ingest(store, [DATA / "facts"])
    assert first.quads_after > 1000
    assert second.quads_before == second.quads_after == first.quads_after


def test_store_persists_across_processes(tmp_path: Path) -> None:
    location = str(tmp_path / "store")
    assert main(["ingest", "--store", location, str(SEED_FACTS)]) == 0
    reopened = open_store(location)
    try:
        graphs = {str(g.identifier) for g in reopened.graphs()}
        assert str(iri.article_graph("belta-2025-08-06-industry-china")) in graphs
        assert str(iri.reference_graph()) in graphs
    finally:
        reopened.close()


def test_memory_store_ingests_the_same_quads_as_oxigraph(store: Dataset) -> None:
    memory = open_store("memory")
    run_ingest(memory, [SEED_FACTS])
    run_ingest(store, [SEED_FACTS])
    assert quad_count(memory) == quad_count(store)


def test_a_store_held_by_another_process_gives_a_clear_message(tmp_path: Path) -> None:
    location = str(tmp_path / "store")
    holder = open_store(location)  # this process holds the lock
    try:
        run = subprocess.run(
            [sys.executable, "-m", "bilateral.cli", "stats", "--store", location],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        holder.close()
    assert run.returncode == 3
    assert "in use by another bilateral process" in run.stderr
    assert "Traceback" not in run.stderr


def test_what_the_store_gives_back_is_what_was_built(store: Dataset, seed_graph) -> None:  # type: ignore[no-untyped-def]
    from rdflib.compare import isomorphic

    from bilateral.export import select_graph

    run_ingest(store, [SEED_FACTS])
    assert isomorphic(select_graph(store, "belta-2025-08-06-industry-china"), seed_graph.graph)


def test_the_whole_corpus_in_the_store_conforms(store: Dataset) -> None:
    from bilateral.commands import run_validate

    run_ingest(store, [DATA / "facts"])
    assert run_validate(store) == []


def test_the_same_person_and_body_in_two_articles_and_languages_get_one_iri(store: Dataset) -> None:
    from rdflib import Literal
    from rdflib.namespace import RDFS, SKOS

    russian = DATA / "facts" / "belta-2025-11-20-committee-session.yaml"
    run_ingest(store, [SEED_FACTS, russian])
    seed = store.graph(iri.article_graph("belta-2025-08-06-industry-china"))
    other = store.graph(iri.article_graph("belta-2025-11-20-committee-session"))
    for graph in (seed, other):
        assert (iri.person("BLR", "Alexander Chervyakov"), RDFS.label, Literal("Alexander Chervyakov")) in graph
    assert (
        iri.person("BLR", "Alexander Chervyakov"),
        SKOS.altLabel,
        Literal("Alexander Tscherwjakow", lang="de"),
    ) in seed
    assert (iri.person("BLR", "Alexander Chervyakov"), SKOS.altLabel, Literal("Александр Червяков", lang="ru")) in other
    commission = Literal("Commission for Industrial Cooperation between Belarus and China", lang="en")
    assert set(seed.subjects(RDFS.label, commission)) == set(other.subjects(RDFS.label, commission))
    assert len(set(seed.subjects(RDFS.label, commission))) == 1


def _seed_without_its_last_statement(tmp_path: Path) -> Path:
    import yaml

    doc = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
    assert doc["events"][-1]["key"] == "ministry-on-strategic-partnership"
    doc["events"].pop()
    doc["article"]["text"] = str((SEED_FACTS.parent / doc["article"]["text"]).resolve())
    path = tmp_path / "seed-shorter.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_the_merged_graph_follows_every_write_incrementally_and_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from bilateral import store as store_module
    from bilateral.export import select_graph

    for limit in (100, 0):  # 100: triple by triple; 0: rebuilt whole
        monkeypatch.setattr(store_module, "INCREMENTAL_LIMIT", limit)
        dataset = open_store(str(tmp_path / f"limit-{limit}"))
        try:
            run_ingest(dataset, [DATA / "facts"])
            run_ingest(dataset, [_seed_without_its_last_statement(tmp_path)])
            expected = Graph()
            for graph in dataset.graphs():
                if graph.identifier != iri.union_graph():
                    expected += select_graph(dataset, str(graph.identifier))
            merged = select_graph(dataset, "union")
            assert isomorphic(merged, expected)
            assert not any("with China, its press service says" in str(o) for o in merged.objects())
            assert any("embassy's readiness" in str(o) for o in merged.objects())
        finally:
            dataset.close()


def test_reading_never_writes(store: Dataset) -> None:
    from bilateral.export import export, graph_names

    list(store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1"))
    export(store, "nt", "union")
    assert quad_count(store) == 0
    assert graph_names(store) == []
    assert not any(g.identifier == iri.union_graph() for g in store.graphs())
