"""``bilateral extract`` and the ingest of article texts.

Two kinds of tests: those that check our plumbing (metadata, ids, options, output,
"curated facts win", the checks an extracted document goes through) run against a
stand-in extractor that replays the curated facts of the seed article, so that they
say exactly what the plumbing did; those marked ``real`` run the real extractor.
"""

from __future__ import annotations

import copy
import json
import shutil
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, XSD

from bilateral.cli import main
from bilateral.commands import run_ingest
from bilateral.store import quad_count
from ingest import iri
from ingest.facts import FactsError, _Loader
from ingest.pipeline import build_batch, find_inputs
from ingest.to_rdf import extractor_agent
from ontology.load import load_reference
from ontology.namespaces import DIP

from .conftest import DATA, SEED_FACTS, SEED_TEXT

SEED_ID = "belta-2025-08-06-industry-china"
Stub = Callable[..., dict[str, Any]]


def _curated_seed() -> dict[str, Any]:
    doc = yaml.load(SEED_FACTS.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 -- a SafeLoader
    assert isinstance(doc, dict)
    return doc


class StandIn:
    """Replays the seed's curated facts as an extracted document; records its calls."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.tamper: Callable[[dict[str, Any]], None] | None = None

    def __call__(self, text: str, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(kwargs)
        doc = copy.deepcopy(_curated_seed())
        article = doc["article"]
        article.update(id=kwargs["article_id"], method="extracted", text=kwargs["text_path"])
        for key in ("published", "language", "publisher", "title", "url"):
            if kwargs.get(key) is not None:
                article[key] = kwargs[key]
        for event in doc["events"]:
            for span in event["evidence"]:
                span.update(rule="stand-in-event", confidence=0.8)
        if self.tamper:
            self.tamper(doc)
        return doc


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> StandIn:
    extractor = StandIn()
    module = types.ModuleType("ingest.extract")
    module.extract_facts = extractor  # type: ignore[attr-defined]
    module.EXTRACTOR_VERSION = "9.9.9-test"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ingest.extract", module)
    return extractor


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The seed text alone in a folder, with its metadata file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder / SEED_TEXT.name)
    shutil.copy(SEED_TEXT.with_name(SEED_TEXT.name.replace(".txt", ".meta.json")), folder)
    return folder / SEED_TEXT.name


# --- bilateral extract ----------------------------------------------------------------------


def test_extract_prints_a_yaml_draft_in_schema_order(
    stand_in: StandIn, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Draft facts extracted by bilateral (extractor 9.9.9-test)")
    doc = yaml.load(out, Loader=_Loader)  # noqa: S506 -- a SafeLoader
    assert list(doc) == ["article", "persons", "organizations", "groups", "events"]
    assert list(doc["article"])[:5] == ["id", "title", "publisher", "url", "language"]
    assert doc["article"]["method"] == "extracted"
    assert doc["article"]["extractor"] == "9.9.9-test"
    assert "\\u" not in out  # unicode, not escapes
    assert "Tscherwjakow" in out
    assert stand_in.calls[0]["article_id"] == SEED_ID
    assert stand_in.calls[0]["published"] == "2025-08-06"  # from the metadata file
    assert stand_in.calls[0]["language"] == "de"


def test_options_win_over_the_metadata_file(stand_in: StandIn, article: Path) -> None:
    assert main(["extract", str(article), "--published", "2025-08-07", "--lang", "en", "--format", "json"]) == 0
    assert stand_in.calls[0]["published"] == "2025-08-07"
    assert stand_in.calls[0]["language"] == "en"


def test_without_a_metadata_file_the_id_is_the_stem_and_nothing_is_guessed(
    stand_in: StandIn, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article.with_name(article.name.replace(".txt", ".meta.json")).unlink()
    renamed = article.rename(article.with_name("some-article.de.txt"))
    assert main(["extract", str(renamed), "--published", "2025-08-06", "--format", "json"]) == 0
    call = stand_in.calls[0]
    assert call["article_id"] == "some-article"
    assert (call["language"], call["publisher"], call["title"], call["url"]) == (None, None, None, None)
    assert json.loads(capsys.readouterr().out)["article"]["id"] == "some-article"


def test_the_draft_written_with_o_ingests_as_it_is(
    stand_in: StandIn, article: Path, tmp_path: Path, store: Dataset
) -> None:
    target = tmp_path / "drafts" / "facts.yaml"
    assert main(["extract", str(article), "-o", str(target)]) == 0
    facts = yaml.load(target.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 -- a SafeLoader
    assert facts["article"]["text"] == "../articles/belta-2025-08-06-industry-china.de.txt"
    report = run_ingest(store, [target])
    assert report.articles == [SEED_ID]
    assert report.extracted == []


def test_json_output(stand_in: StandIn, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["events"][0]["evidence"][0]["rule"] == "stand-in-event"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--published", "2025-02-30"], 2, "expected a date YYYY-MM-DD"),
        (["--published", "6 August"], 2, "expected a date YYYY-MM-DD"),
        (["--lang", "fr"], 2, "invalid choice"),
        (["--format", "xml"], 2, "invalid choice"),
    ],
    ids=["impossible-date", "not-iso", "language", "format"],
)
def test_usage_errors_exit_2(
    stand_in: StandIn, article: Path, argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(article), *argv])
    assert exit_info.value.code == code
    assert message in capsys.readouterr().err
    assert stand_in.calls == []


@pytest.mark.parametrize("name", ["missing.txt", "facts.yaml"])
def test_bad_input_exits_1_with_one_line(
    stand_in: StandIn, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path / name) in err[0]


def test_a_broken_metadata_file_is_named(stand_in: StandIn, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article.with_name(article.name.replace(".txt", ".meta.json")).write_text("{not json", encoding="utf-8")
    assert main(["extract", str(article)]) == 1
    err = capsys.readouterr().err
    assert ".meta.json:1: document: invalid JSON" in err


def test_an_extracted_document_goes_through_the_facts_checks(
    stand_in: StandIn, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def shift(doc: dict[str, Any]) -> None:
        doc["events"][0]["evidence"][0]["start"] += 1

    stand_in.tamper = shift
    assert main(["extract", str(article)]) == 1
    err = capsys.readouterr().err
    assert f"{article}: events[0].evidence[0]: offsets" in err
    assert "do not match the quoted text" in err


# --- bilateral ingest of texts ------------------------------------------------------------


def test_ingest_of_data_takes_every_text_from_its_facts_file(stand_in: StandIn, store: Dataset) -> None:
    found = find_inputs([DATA])
    assert len(found.facts) == 15 and len(found.texts) == 15
    report = run_ingest(store, [DATA])
    assert len(report.articles) == 15
    assert report.extracted == []
    assert len(report.from_facts) == 15
    assert stand_in.calls == []  # curated facts win: nothing was extracted
    assert report.summary().startswith("15 article(s) from facts files, 0 extracted from texts (15 text(s) left")


def test_a_text_without_facts_is_extracted_and_ingested_with_provenance(
    stand_in: StandIn, article: Path, store: Dataset
) -> None:
    report = run_ingest(store, [article.parent])
    assert report.extracted == [article]
    assert report.articles == [SEED_ID]
    graph = iri.article_graph(SEED_ID)
    activity = iri.DATA[f"activity/ingest/{SEED_ID}"]
    agents = {row[0] for row in store.query(f"SELECT ?a WHERE {{ {activity.n3()} {PROV.wasAssociatedWith.n3()} ?a }}")}  # type: ignore[index]
    assert extractor_agent("9.9.9-test") in agents
    method = store.query(f"SELECT ?m WHERE {{ {activity.n3()} <http://purl.org/dc/terms/type> ?m }}")
    assert {str(row[0]) for row in method} == {"extracted"}  # type: ignore[index]
    query = f"""SELECT ?rule ?confidence WHERE {{ GRAPH {graph.n3()} {{
        ?e {DIP.evidence.n3()} ?ev . ?ev {DIP.rule.n3()} ?rule ; {DIP.confidence.n3()} ?confidence }} }}"""
    rows = {(str(rule), confidence) for rule, confidence in store.query(query)}  # type: ignore[misc]
    assert rows == {("stand-in-event", Literal("0.8", datatype=XSD.decimal))}


def test_a_text_is_not_extracted_when_a_facts_file_of_the_run_has_its_id(
    stand_in: StandIn, article: Path, tmp_path: Path
) -> None:
    facts = tmp_path / "elsewhere" / "facts.yaml"
    facts.parent.mkdir()
    doc = _curated_seed()
    doc["article"]["text"] = None  # no path to the text, but the same article id
    for section in ("persons", "organizations", "groups", "documents", "events"):
        for item in doc.get(section) or []:
            item.pop("evidence", None)
            for post in item.get("posts") or []:
                post.pop("evidence", None)
    doc["events"] = []
    facts.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    batch = build_batch([article, facts], load_reference())
    assert batch.covered == [article] and batch.extracted == []
    assert stand_in.calls == []


def test_a_bad_extraction_stops_the_ingest_and_writes_nothing(
    stand_in: StandIn, article: Path, store: Dataset, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_ingest(store, [SEED_FACTS])
    before = quad_count(store)

    def unknown_kind(doc: dict[str, Any]) -> None:
        doc["events"][0]["kind"] = "summit"

    stand_in.tamper = unknown_kind
    renamed = article.rename(article.with_name("other.de.txt"))
    article.with_name(article.name.replace(".txt", ".meta.json")).unlink()
    with pytest.raises(FactsError, match=r"other\.de\.txt: events\[0\]\.kind: unknown event-kind 'summit'"):
        run_ingest(store, [renamed])
    assert quad_count(store) == before


def test_ingest_rejects_other_files_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "notes.md"
    odd.write_text("# notes\n", encoding="utf-8")
    assert main(["ingest", "--store", "memory", str(odd)]) == 1
    assert "not a facts file or article text" in capsys.readouterr().err


# --- the real extractor ---------------------------------------------------------------------


def test_real_extraction_of_the_seed_passes_the_checks_and_the_shapes(tmp_path: Path, store: Dataset) -> None:
    shutil.copy(SEED_TEXT, tmp_path / SEED_TEXT.name)
    report = run_ingest(store, [tmp_path / SEED_TEXT.name])  # validates with the same SHACL shapes
    assert report.extracted == [tmp_path / SEED_TEXT.name]
    graph = iri.article_graph(report.articles[0])
    query = f"""SELECT (COUNT(?ev) AS ?n) (SUM(IF(BOUND(?rule) && BOUND(?c), 1, 0)) AS ?with) WHERE {{
        GRAPH {graph.n3()} {{ ?s {DIP.evidence.n3()} ?ev .
        OPTIONAL {{ ?ev {DIP.rule.n3()} ?rule }} OPTIONAL {{ ?ev {DIP.confidence.n3()} ?c }} }} }}"""
    ((count, with_rule),) = list(store.query(query))  # type: ignore[misc]
    assert int(count) > 0
    assert int(with_rule) == int(count), "every piece of extracted evidence names its rule and confidence"


def test_real_extract_cli_without_metadata_finds_language_and_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / SEED_TEXT.name
    shutil.copy(SEED_TEXT, text)
    assert main(["extract", str(text), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["article"]["language"] == "de"
    assert doc["article"]["published"] == "2025-08-06"
    assert doc["article"]["method"] == "extracted"
    assert isinstance(URIRef(extractor_agent(doc["article"]["extractor"])), URIRef)
