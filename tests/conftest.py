"""Shared fixtures.

How we test:
- real parts only: the real Oxigraph store on disk (in ``tmp_path``), rdflib's and
  Oxigraph's real SPARQL engines, pySHACL, and external tools (rapper, chromium)
  where a test says so;
- real data: the seed article and the corpus in ``data/``; small broken files in
  ``tests/data/`` each say in their first line what is wrong with them;
- paths are anchored to this file, never to the current directory, and every glob
  is asserted non-empty;
- a test whose external tool is missing skips with the reason, except under
  ``CI=true``, where it fails: CI installs every tool.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from bilateral.commands import run_ingest
from bilateral.store import open_store
from ingest.facts import Facts, load_facts
from ingest.to_rdf import ArticleGraph, facts_to_graph
from ontology.load import load_reference

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"
SEED_FACTS = DATA / "facts" / "belta-2025-08-06-industry-china.yaml"
SEED_TEXT = DATA / "articles" / "belta-2025-08-06-industry-china.de.txt"


def require_tool(name: str) -> str:
    """The path of an external tool; skip without it, but fail under CI=true."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (CI installs it: see .ci/run)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def reference() -> Graph:
    return load_reference()


@pytest.fixture(scope="session")
def seed_facts(reference: Graph) -> Facts:
    return load_facts(SEED_FACTS, reference)


@pytest.fixture(scope="session")
def seed_graph(seed_facts: Facts, reference: Graph) -> ArticleGraph:
    return facts_to_graph(seed_facts, reference)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Dataset]:
    """A fresh persistent Oxigraph store in a temporary folder."""
    dataset = open_store(str(tmp_path / "store"))
    yield dataset
    dataset.close()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """A persistent Oxigraph store holding the seed article only (read it, do not write)."""
    dataset = open_store(str(tmp_path_factory.mktemp("seed") / "store"))
    run_ingest(dataset, [SEED_FACTS])
    return dataset
