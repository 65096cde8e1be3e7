"""The query library: every .rq file parses, declares what it binds, and answers as expected.

Expected rows live in ``tests/expected/NAME.json`` (parameters and rows), checked against
the seed and the corpus in ``data/facts``.  After a deliberate change, regenerate them with
``BILATERAL_UPDATE_EXPECTED=1 pytest tests/test_queries.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset

from bilateral.cli import main
from bilateral.commands import run_ingest
from bilateral.store import open_store, quad_count
from queries import QUERY_DIR, load_query, query_names
from queries.resolve import ResolveError, resolve_entity, resolve_state
from queries.run import QueryError, bind, format_result, run_named

from .conftest import DATA, SEED_FACTS

EXPECTED = Path(__file__).resolve().parent / "expected"
NAMES = query_names()
UPDATE = os.environ.get("BILATERAL_UPDATE_EXPECTED") == "1"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    dataset = open_store(str(tmp_path_factory.mktemp("corpus") / "store"))
    run_ingest(dataset, [DATA / "facts"])
    return dataset


def test_the_library_has_the_questions_asked_for() -> None:
    assert len(NAMES) >= 14
    required = {
        "events-of-pair", "officials-met", "contacts", "bodies", "sessions", "ambassadors", "posts-of",
        "topics", "documents", "planned", "evidence", "pairs", "cooperation-index", "most-active",
    }  # fmt: skip
    assert required <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_query_parses_and_declares_its_parameters(name: str) -> None:
    query = load_query(name)
    assert query.summary and query.columns and query.params, f"{name}: header incomplete"
    pyoxigraph.Store().query(query.text)  # parses (and runs on an empty store)
    declared = [p.name for p in query.parameters]
    values = re.search(r"VALUES\s*\(([^)]*)\)\s*\{\s*\(\s*(?:UNDEF\s*)+\)\s*\}", query.text)
    if declared:
        assert values is not None, f"{name}: parameters but no VALUES row"
        assert values.group(1).split() == [f"?{p}" for p in declared]
        body = query.text[values.end() :]
        for parameter in declared:
            assert f"?{parameter}" in body, f"{name}: ?{parameter} is bound but never used"
    else:
        assert values is None


@pytest.mark.parametrize("name", NAMES)
def test_query_answers_as_expected_on_the_corpus(name: str, corpus: Dataset) -> None:
    path = EXPECTED / f"{name}.json"
    if UPDATE and not path.exists():
        params = {p.name: p.example for p in load_query(name).parameters if p.required}
        path.write_text(json.dumps({"params": params, "rows": []}), encoding="utf-8")
    assert path.exists(), f"no expected results for {name}: {path}"
    expected = json.loads(path.read_text(encoding="utf-8"))
    result = run_named(corpus, name, expected["params"])
    rows = [["" if t is None else str(t) for t in row] for row in result]  # type: ignore[union-attr]
    if UPDATE:
        expected["columns"] = [str(v) for v in result.vars or []]
        expected["rows"] = rows
        path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert [str(v) for v in result.vars or []] == expected["columns"]
    assert rows == expected["rows"]
    assert rows, f"{name} answers nothing on the corpus: a test that cannot fail"


# --- the seed, as the issue states it ---------------------------------------------


def _rows(dataset: Dataset, name: str, **params: str) -> list[dict[str, str]]:
    result = run_named(dataset, name, params)
    return [{str(k): str(v) for k, v in row.asdict().items()} for row in result]  # type: ignore[union-attr]


def test_seed_bodies_lists_the_commission_with_founding_date_and_session(seed_store: Dataset) -> None:
    rows = {r["name"]: r for r in _rows(seed_store, "bodies", a="BY", b="CN")}
    commission = rows["Commission for Industrial Cooperation between Belarus and China"]
    assert commission["founded"] == "2025-05-21"
    assert (
        commission["founded_at"] == "6th session of the Belarusian-Chinese Intergovernmental Committee for Cooperation"
    )
    assert commission["next_planned"] == "1, no date"
    assert "parent" not in commission


def test_seed_ambassadors_lists_chervyakov(seed_store: Dataset) -> None:
    rows = _rows(seed_store, "ambassadors", **{"from": "BY", "to": "CN"})
    assert [(r["person"], r["first_attested"]) for r in rows] == [("Alexander Chervyakov", "2025-08-06")]
    assert _rows(seed_store, "ambassadors", **{"from": "CN", "to": "BY"}) == []


@pytest.mark.parametrize("spelling", ["Kuznetsov", "Kusnezow", "Andrej Kusnezow", "Кузнецов"])
def test_seed_contacts_of_kuznetsov_in_any_spelling(seed_store: Dataset, spelling: str) -> None:
    rows = _rows(seed_store, "contacts", person=spelling)
    assert [(r["other"], r["post"], r["state"]) for r in rows] == [
        ("Alexander Chervyakov", "Ambassador of Belarus to China", "BY")
    ]


def test_seed_officials_met_does_not_pair_two_belarusians(seed_store: Dataset) -> None:
    assert _rows(seed_store, "officials-met", a="BY", b="CN") == []
    assert _rows(seed_store, "officials-met", a="CN", b="BY") == []


def test_seed_planned_lists_the_first_session_of_the_commission(seed_store: Dataset) -> None:
    rows = _rows(seed_store, "planned", a="BY", b="CN")
    assert [(r["kind"], r["title"], r.get("date")) for r in rows] == [
        ("session", "1st session of the Commission for Industrial Cooperation between Belarus and China", None)
    ]


def test_seed_events_of_pair_are_ordered_and_name_no_chinese_participant(seed_store: Dataset) -> None:
    rows = _rows(seed_store, "events-of-pair", a="China", b="Weißrussland")
    dates = [r.get("date", "~") for r in rows]
    assert dates == sorted(dates)
    assert len(rows) == 8
    assert all("(CN)" not in r.get("participants", "") for r in rows)
    meeting = next(r for r in rows if r["kind"] == "meeting")
    assert meeting["participants"] in (
        "Alexander Chervyakov (BY); Andrei Kuznetsov (BY)",
        "Andrei Kuznetsov (BY); Alexander Chervyakov (BY)",
    )


# --- values are bound, never spliced ------------------------------------------------


def test_a_value_carrying_sparql_is_a_value(seed_store: Dataset) -> None:
    before = quad_count(seed_store)
    with pytest.raises(QueryError, match="no state matches"):
        run_named(seed_store, "officials-met", {"a": 'BY" . ?s ?p ?o } #', "b": "CN"})
    with pytest.raises(QueryError, match="no person matches"):
        run_named(seed_store, "contacts", {"person": '"} ; DROP ALL ; #'})
    assert quad_count(seed_store) == before


def test_bound_text_holds_only_resolved_terms(seed_store: Dataset) -> None:
    text = bind(seed_store, load_query("officials-met"), {"a": "Беларусь", "b": "VR China"})
    assert (
        "VALUES (?a ?b) { (<https://w3id.org/bilateral/id/country/BLR> <https://w3id.org/bilateral/id/country/CHN>) }"
        in text
    )


def test_states_resolve_by_code_and_name_in_three_languages(seed_store: Dataset) -> None:
    belarus = resolve_state(seed_store, "BY")
    for text in ("BLR", "by", "Belarus", "Weißrussland", "Weissrussland", "Беларусь", "Республика Беларусь"):
        assert resolve_state(seed_store, text) == belarus


def test_an_ambiguous_name_lists_the_candidates(corpus: Dataset) -> None:
    with pytest.raises(ResolveError) as caught:
        resolve_entity(corpus, "Alexander", ("person",))
    message = str(caught.value)
    assert "ambiguous" in message and "Alexander Chervyakov" in message and "Alexander Lukashenko" in message


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["query", "no-such-query"], "unknown query 'no-such-query'"),
        (["query", "contacts"], "needs --param person="),
        (["query", "contacts", "-p", "person=Kuznetsov", "-p", "colour=red"], "has no parameter 'colour'"),
        (["query", "--sparql", "SELECT * WHERE { ?s ?p }"], "SPARQL syntax error: error at 1:25"),
        (["query", "contacts", "-p", "person"], "--param expects NAME=VALUE"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", "--store", store, str(SEED_FACTS)]) == 0
    capsys.readouterr()
    assert main([*argv, "--store", store]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err, err


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_output_formats(seed_store: Dataset, fmt: str) -> None:
    out = format_result(run_named(seed_store, "contacts", {"person": "Kuznetsov"}), fmt)
    assert "Chervyakov" in out
    if fmt == "json":
        parsed = json.loads(out)
        assert parsed["head"]["vars"][0] == "other"
        assert parsed["results"]["bindings"][0]["other"] == {"type": "literal", "value": "Alexander Chervyakov"}
    if fmt == "tsv":
        assert out.splitlines()[0].startswith("?other\t?post")
        assert '"Alexander Chervyakov"' in out


def test_construct_gives_turtle(seed_store: Dataset) -> None:
    text = (
        "PREFIX dip: <https://w3id.org/bilateral/ontology#> CONSTRUCT { ?p dip:ofState ?s } WHERE { ?p dip:ofState ?s }"
    )
    from queries.run import run_sparql

    out = format_result(run_sparql(seed_store, text), "turtle")
    assert "dip:ofState" in out and "country:BLR" in out


def test_path_between_two_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", "--store", store, str(DATA / "facts")]) == 0
    capsys.readouterr()
    assert main(["path", "Kusnezow", "Ding Xuexiang", "--store", store]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Andrei Kuznetsov — Ding Xuexiang: session 2025-11-19")


def test_the_readme_documents_every_query() -> None:
    readme = (QUERY_DIR.parent / "README.md").read_text(encoding="utf-8")
    undocumented = [n for n in NAMES if f"`{n}`" not in readme and not n.startswith(("stats-", "view-"))]
    assert not undocumented
