"""One event, two reports: the ±1-day rule, and one IRI per person across languages."""

from __future__ import annotations

import copy
import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from bilateral.commands import run_ingest
from bilateral.store import quad_count
from ingest import iri
from ingest.articles import check_document
from ingest.facts import _Loader
from ingest.resolve_events import EventReport, plan_merges, same_event
from ingest.to_rdf import facts_to_graph
from ontology.namespaces import DIP, OA, SEM

from .conftest import SEED_FACTS, SEED_TEXT

SEED_ID = "belta-2025-08-06-industry-china"


def _seed() -> dict[str, Any]:
    doc = yaml.load(SEED_FACTS.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 -- a SafeLoader
    assert isinstance(doc, dict)
    return doc


def _second_report(folder: Path, *, days: int, article_id: str = "second-report") -> Path:
    """The seed article as another article would report it, its dated events shifted by ``days``."""
    doc = copy.deepcopy(_seed())
    doc["article"]["id"] = article_id
    doc["article"]["text"] = os.path.relpath(SEED_TEXT, folder)
    for event in doc["events"]:
        if event.get("date") and len(event["date"]) == 10:
            event["date"] = (dt.date.fromisoformat(event["date"]) + dt.timedelta(days=days)).isoformat()
    path = folder / f"{article_id}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _meetings(dataset: Dataset) -> dict[URIRef, set[URIRef]]:
    """Each meeting in the store, with the articles whose evidence it cites."""
    query = f"""SELECT ?event ?article WHERE {{
        ?event a {DIP.Meeting.n3()} ; {DIP.evidence.n3()}/{OA.hasSource.n3()} ?article }}"""
    out: dict[URIRef, set[URIRef]] = {}
    for event, article in dataset.query(query):  # type: ignore[misc]
        out.setdefault(event, set()).add(article)
    return out


def test_reports_a_day_apart_in_one_batch_are_one_event_with_two_sources(store: Dataset, tmp_path: Path) -> None:
    second = _second_report(tmp_path, days=1)
    report = run_ingest(store, [SEED_FACTS, second])
    assert report.merged_events == 1
    meetings = _meetings(store)
    assert len(meetings) == 1, meetings
    (sources,) = meetings.values()
    assert sources == {iri.article(SEED_ID), iri.article("second-report")}


def test_a_report_a_day_later_reuses_the_event_already_in_the_store(store: Dataset, tmp_path: Path) -> None:
    run_ingest(store, [SEED_FACTS])
    (first_iri,) = _meetings(store)
    report = run_ingest(store, [_second_report(tmp_path, days=1)])
    assert report.merged_events == 1
    assert set(_meetings(store)) == {first_iri}
    # The statements made at the meeting point to the one event, and so do the participations.
    query = f"SELECT DISTINCT ?parent WHERE {{ ?s a {DIP.Statement.n3()} ; {SEM.subEventOf.n3()} ?parent }}"
    assert {row[0] for row in store.query(query)} == {first_iri}  # type: ignore[index]
    query = f"SELECT ?p WHERE {{ ?e a {DIP.Meeting.n3()} ; {DIP.qualifiedParticipation.n3()} ?p }}"
    participations = {row[0] for row in store.query(query)}  # type: ignore[index]
    assert participations and all(str(p).startswith(f"{first_iri}/participation/") for p in participations)


def test_a_report_a_day_earlier_also_reuses_the_stored_event(store: Dataset, tmp_path: Path) -> None:
    run_ingest(store, [SEED_FACTS])
    (first_iri,) = _meetings(store)
    run_ingest(store, [_second_report(tmp_path, days=-1)])
    assert set(_meetings(store)) == {first_iri}


def test_reports_two_days_apart_stay_two_events(store: Dataset, tmp_path: Path) -> None:
    report = run_ingest(store, [SEED_FACTS, _second_report(tmp_path, days=2)])
    assert report.merged_events == 0
    assert len(_meetings(store)) == 2


def test_reingesting_a_merged_report_changes_nothing(store: Dataset, tmp_path: Path) -> None:
    second = _second_report(tmp_path, days=1)
    run_ingest(store, [SEED_FACTS, second])
    before = quad_count(store)
    again = run_ingest(store, [second])
    assert again.merged_events == 1
    assert quad_count(store) == before
    assert len(_meetings(store)) == 1


def test_merged_article_graphs_still_pass_the_shapes(store: Dataset, tmp_path: Path) -> None:
    # run_ingest validates every article graph after the merge and raises on a violation.
    report = run_ingest(store, [SEED_FACTS, _second_report(tmp_path, days=-1)])
    assert len(report.articles) == 2


def _report(event: str, article: str, day: int, participants: tuple[str, ...] = ("a", "b")) -> EventReport:
    return EventReport(
        URIRef(event),
        article,
        URIRef("kind/meeting"),
        dt.date(2025, 3, day),
        frozenset(URIRef(p) for p in participants),
        None,
    )


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (_report("e2", "art-2", 11), True),
        (_report("e2", "art-2", 9), True),
        (_report("e2", "art-2", 12), False),
        (_report("e2", "art-1", 11), False),  # the same article reports two events
        (_report("e2", "art-2", 10, ("a",)), False),
        (_report("e2", "art-2", 10, ("a", "b", "c")), False),
    ],
    ids=["next-day", "day-before", "two-days", "same-article", "fewer-participants", "more-participants"],
)
def test_same_event(other: EventReport, expected: bool) -> None:
    assert same_event(_report("e1", "art-1", 10), other) is expected


def test_a_group_is_anchored_on_its_earliest_report_and_does_not_drift() -> None:
    reports = [_report("e10", "a1", 10), _report("e11", "a2", 11), _report("e12", "a3", 12)]
    assert plan_merges(reports, []) == {URIRef("e11"): URIRef("e10")}


def test_a_stored_event_wins_over_the_batch() -> None:
    stored = _report("stored", "<store>", 11)
    assert plan_merges([_report("e10", "a1", 10), _report("e12", "a2", 12)], [stored]) == {
        URIRef("e10"): URIRef("stored"),
        URIRef("e12"): URIRef("stored"),
    }


# --- persons across languages -------------------------------------------------------------


def _person_doc(article_id: str, language: str, alias: str) -> dict[str, Any]:
    return {
        "article": {"id": article_id, "publisher": "BelTA", "language": language, "published": "2025-08-06"},
        "persons": [
            {
                "key": "kuznetsov",
                "name": "Andrei Kuznetsov",
                "aliases": [alias],
                "country": "BY",
                "posts": [{"title": "Minister of Industry", "role": "minister"}],
            }
        ],
    }


def test_kusnezow_kuznetsov_and_kuznetsov_in_cyrillic_are_one_person_with_tagged_aliases(reference: Graph) -> None:
    merged = Graph()
    for article_id, language, alias in (
        ("de-article", "de", "Andrej Kusnezow"),
        ("en-article", "en", "Andrei Kuznetsov"),
        ("ru-article", "ru", "Андрей Кузнецов"),
    ):
        facts = check_document(_person_doc(article_id, language, alias), Path(f"{article_id}.json"), None, reference)
        merged += facts_to_graph(facts, reference).graph
    persons = set(merged.subjects(RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")))
    assert persons == {iri.person("BLR", "Andrei Kuznetsov")}
    (person,) = persons
    aliases = set(merged.objects(person, SKOS.altLabel))
    assert aliases == {Literal("Andrej Kusnezow", lang="de"), Literal("Андрей Кузнецов", lang="ru")}
    # The state is part of the key: a Russian Kuznetsov is another man.
    assert iri.person("RUS", "Andrei Kuznetsov") != person
