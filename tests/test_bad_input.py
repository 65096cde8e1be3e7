"""Bad input gets one clear line naming file, field and line, exit code 1, and changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset

from bilateral.cli import main
from bilateral.commands import InvalidGraphsError, run_ingest
from bilateral.store import open_store, quad_count
from ingest import pipeline
from ingest.to_rdf import ArticleGraph, facts_to_graph
from ontology.namespaces import DIP

from .conftest import SEED_FACTS, TEST_DATA

BAD = sorted((TEST_DATA / "bad").glob("*.yaml"))
EXPECTED = {
    "unknown-country.yaml": (":11: persons[0].country: unknown country code 'XX'",),
    "impossible-date.yaml": (":12: events[0].date: impossible date '2025-02-30'",),
    "invalid-yaml.yaml": (":10: document: invalid YAML",),
    "undeclared-participant.yaml": (":18: events[0].participants[1]: 'lukashenko' is not declared",),
    "evidence-offsets.yaml": (":13: events[0].evidence[0]: offsets 0-58 do not match", "the quote is at 352-410"),
    "unknown-event-kind.yaml": (":10: events[0].kind: unknown event-kind 'summit'", "meeting"),
    "missing-field.yaml": (":9: events[0]: missing field 'status'",),
    "ambassador-to-own-state.yaml": (":14: persons[0].posts[0].receiving_country: a post cannot be accredited",),
}


def test_every_bad_file_is_listed() -> None:
    assert BAD, "no bad files found"
    assert {p.name for p in BAD} == set(EXPECTED)
    for path in BAD:
        assert path.read_text(encoding="utf-8").startswith("# Invalid: ")


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_file_gives_one_line_and_exit_1_and_store_unchanged(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(tmp_path / "store")
    assert main(["ingest", "--store", location, str(SEED_FACTS)]) == 0
    before = _quads(location)
    capsys.readouterr()

    assert main(["ingest", "--store", location, str(SEED_FACTS), str(path)]) == 1

    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    for expected in EXPECTED[path.name]:
        assert expected in lines[0]
    assert "Traceback" not in err + out
    assert _quads(location) == before


def _quads(location: str) -> int:
    dataset = open_store(location)
    try:
        return quad_count(dataset)
    finally:
        dataset.close()


def test_missing_path_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--store", "memory", str(tmp_path / "nowhere.yaml")]) == 1
    assert "nowhere.yaml: document: no such file or folder" in capsys.readouterr().err


def test_shacl_violation_names_file_entity_and_rule_and_writes_nothing(
    store: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_ingest(store, [SEED_FACTS])
    before = quad_count(store)

    def without_event_evidence(*args: object) -> ArticleGraph:
        result = facts_to_graph(*args)  # type: ignore[arg-type]
        meeting = next(result.graph.subjects(DIP.participant, None))
        result.graph.remove((meeting, DIP.evidence, None))
        return result

    monkeypatch.setattr(pipeline, "facts_to_graph", without_event_evidence)
    with pytest.raises(InvalidGraphsError) as caught:
        run_ingest(store, [SEED_FACTS])
    (problem,) = caught.value.problems
    assert problem.source == str(SEED_FACTS)
    assert problem.violation.shape == "dip-shape:EventEvidence"
    assert "/event/2025/" in problem.violation.focus
    assert "points to at least one sentence" in str(problem)
    assert quad_count(store) == before


def _clear_lexicon_caches() -> None:
    """Forget every lexicon the extractor compiled, so the next extraction reads the files again."""
    import ingest.extract.core
    import ingest.extract.events
    import ingest.extract.lexicon
    import ingest.extract.orgs
    import ingest.extract.people

    modules = (ingest.extract.lexicon, ingest.extract.orgs, ingest.extract.people, ingest.extract.events,
               ingest.extract.core)  # fmt: skip
    for module in modules:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        ("  talked_of: '(?:the|this $'\n", "en.yaml: cues.talked_of: not a valid regular expression"),
        ("named_org_heads: [unclosed\n", "en.yaml: line "),
    ],
    ids=["bad-cue", "bad-yaml"],
)
def test_a_broken_lexicon_is_named_with_exit_1_and_the_store_unchanged(
    breakage: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    import ingest.extract.lexicon

    lexicon = tmp_path / "lexicon"
    shutil.copytree(ingest.extract.lexicon.LEXICON_DIR, lexicon)
    source = (lexicon / "en.yaml").read_text(encoding="utf-8")
    if breakage.startswith("  talked_of"):
        source = re.sub(r"(?m)^  talked_of: .*\n", breakage, source)
    else:
        source += breakage
    (lexicon / "en.yaml").write_text(source, encoding="utf-8")
    article = tmp_path / "story.en.txt"
    article.write_text("MINSK, March 14 (BelTA) - Foreign Minister Maxim Ryzhenkov met Wang Yi.", encoding="utf-8")
    location = str(tmp_path / "store")
    assert main(["ingest", "--store", location, str(SEED_FACTS)]) == 0
    before = _quads(location)
    capsys.readouterr()

    monkeypatch.setattr(ingest.extract.lexicon, "LEXICON_DIR", lexicon)
    _clear_lexicon_caches()
    try:
        assert main(["ingest", "--store", location, str(article)]) == 1
    finally:
        monkeypatch.undo()
        _clear_lexicon_caches()
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1, err
    assert expected in err and str(lexicon) in err
    assert "Traceback" not in err + out
    assert _quads(location) == before
