"""One event, many reports: merge the reports of an event whose dates differ by a day.

An event's IRI hashes its kind, its exact date, its participants and the relation it
concerns (:func:`ingest.iri.event`), so two articles that report the same talks get
one node — unless one dates them a day apart (time zones, "on Monday" against the
dateline of a story filed after midnight, a visit dated by its first or by its main
day).  This module closes that gap at ingest time.

The rule
--------
Two event reports are one event when

- both were minted from kind, date and participants (not scoped to their article:
  undated events, events without a named participant and statements never merge,
  sessions and foundings already have natural keys);
- they have the same kind, the same set of resolved participants (persons and
  organisations resolve across languages through their IRIs), and the same relation
  where both name one;
- both dates are days (``xsd:date``), at most one day apart;
- they come from different articles (an article that reports two such events means two).

Which IRI is kept: an IRI already in the store wins (published IRIs stay stable);
within a batch, the reports are taken in order of date, then IRI, and each joins the
first group whose first report matches it, so the earliest report names the event.
The group is anchored on its first report, so a chain of reports a day apart each
does not drift across a week.  The participation nodes of a renamed event
(``EVENT/participation/…``) are renamed with it.

Examples
--------
>>> from datetime import date
>>> from rdflib import URIRef
>>> kind, a, b = URIRef("k"), URIRef("a"), URIRef("b")
>>> x = EventReport(URIRef("e1"), "art-1", kind, date(2025, 3, 31), frozenset({a, b}), None)
>>> y = EventReport(URIRef("e2"), "art-2", kind, date(2025, 4, 1), frozenset({b, a}), None)
>>> z = EventReport(URIRef("e3"), "art-3", kind, date(2025, 4, 2), frozenset({a, b}), None)
>>> same_event(x, y), same_event(x, z), same_event(y, z)
(True, False, True)
>>> plan_merges([z, y, x], [])
{rdflib.term.URIRef('e2'): rdflib.term.URIRef('e1')}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from ingest import iri
from ingest.to_rdf import ArticleGraph
from ontology.namespaces import DIP, OA, SEM

__all__ = [
    "EventReport",
    "apply_merges",
    "event_reports",
    "merge_reports",
    "plan_merges",
    "same_event",
    "stored_reports",
]


@dataclass(frozen=True)
class EventReport:
    """One article's report of a mergeable event: what identifies it across articles."""

    event: URIRef
    article: str  # the article id, or the article IRI for reports from the store
    kind: URIRef
    date: dt.date
    participants: frozenset[URIRef]
    relation: URIRef | None


def same_event(a: EventReport, b: EventReport) -> bool:
    """Whether two reports from different articles describe one event (see the module docstring)."""
    return (
        a.article != b.article
        and a.kind == b.kind
        and a.participants == b.participants
        and (a.relation is None or b.relation is None or a.relation == b.relation)
        and abs((a.date - b.date).days) <= 1
    )


def _day(value: object) -> dt.date | None:
    if isinstance(value, Literal) and value.datatype == XSD.date:
        python = value.toPython()
        return python if isinstance(python, dt.date) else None
    return None


def event_reports(article: ArticleGraph) -> list[EventReport]:
    """The reports of ``article`` that may merge: dated to the day, minted from kind, date and participants."""
    graph = article.graph
    reports = []
    for event in sorted(set(graph.subjects(RDF.type, SEM.Event)), key=str):
        kind = graph.value(event, SEM.eventType)
        day = _day(graph.value(event, SDO.startDate))
        participants = frozenset(p for p in graph.objects(event, DIP.participant) if isinstance(p, URIRef))
        relation = graph.value(event, DIP.concernsRelation)
        if not isinstance(event, URIRef) or not isinstance(kind, URIRef) or day is None or not participants:
            continue
        relation = relation if isinstance(relation, URIRef) else None
        code = str(kind).rsplit("/", 1)[-1]
        # Only events whose IRI is the cross-article hash: not scoped to their article.
        if iri.event(code, day.isoformat(), list(participants), relation) != event:
            continue
        reports.append(EventReport(event, article.article_id, kind, day, participants, relation))
    return reports


def _values(rows: Iterable[tuple[URIRef | Literal, ...]]) -> str:
    return " ".join("(" + " ".join(term.n3() for term in row) + ")" for row in rows)


def stored_reports(dataset: Dataset, reports: list[EventReport], exclude: Iterable[URIRef]) -> list[EventReport]:
    """Events already in the store that may merge with ``reports``.

    Asks the store's merged graph for events of the same kinds dated a day before, on
    or after each report's date, stated by an article other than those in ``exclude``
    (the articles being replaced).  Values are bound with ``VALUES`` from rdflib terms.
    """
    if not reports:
        return []
    wanted = sorted(
        {
            (report.kind, Literal(day, datatype=XSD.date))
            for report in reports
            for day in (report.date + dt.timedelta(days=delta) for delta in (-1, 0, 1))
        }
    )
    excluded = sorted(set(exclude))
    # Events that some other article states: the batch's own articles are being replaced.
    excluded_filter = f"FILTER (?article NOT IN ({', '.join(a.n3() for a in excluded)}))" if excluded else ""
    query = f"""
        SELECT DISTINCT ?event ?kind ?date ?participant ?relation ?article WHERE {{
            VALUES (?kind ?date) {{ {_values(wanted)} }}
            ?event {SEM.eventType.n3()} ?kind ;
                   {SDO.startDate.n3()} ?date ;
                   {DIP.participant.n3()} ?participant ;
                   {DIP.evidence.n3()}/{OA.hasSource.n3()} ?article .
            OPTIONAL {{ ?event {DIP.concernsRelation.n3()} ?relation }}
            {excluded_filter}
        }}"""
    kinds: dict[URIRef, URIRef] = {}
    dates: dict[URIRef, set[dt.date]] = {}
    participants: dict[URIRef, set[URIRef]] = {}
    relations: dict[URIRef, URIRef] = {}
    for row in dataset.query(query):
        event, kind, date, participant, relation, _ = row  # type: ignore[misc]
        day = _day(date)
        if not isinstance(event, URIRef) or not isinstance(kind, URIRef) or day is None:
            continue
        kinds[event] = kind
        dates.setdefault(event, set()).add(day)
        if isinstance(participant, URIRef):
            participants.setdefault(event, set()).add(participant)
        if isinstance(relation, URIRef):
            relations[event] = relation
    # A stored event stands for every article that reports it, none of the batch's; an
    # event already merged from reports a day apart has two dates: one report per date.
    return [
        EventReport(event, f"<store:{event}>", kinds[event], day, frozenset(participants[event]), relations.get(event))
        for event in sorted(kinds)
        if participants.get(event)
        for day in sorted(dates[event])
    ]


def plan_merges(batch: list[EventReport], stored: list[EventReport]) -> dict[URIRef, URIRef]:
    """Which event IRIs of the batch to rename, and to what (see the module docstring).

    Parameters
    ----------
    batch
        The mergeable reports of the articles being ingested.
    stored
        Mergeable events already in the store, from other articles.

    Returns
    -------
    dict
        Old event IRI -> the IRI to use instead; IRIs that stay are not listed.
    """
    stored_iris = {report.event for report in stored}
    renames: dict[URIRef, URIRef] = {}
    groups: list[list[EventReport]] = []
    for report in sorted(batch, key=lambda r: (r.date, str(r.event), r.article)):
        if report.event in stored_iris:  # already one node with a stored event: keep it
            continue
        matches = sorted(
            (s for s in stored if same_event(report, s)), key=lambda s: (abs((s.date - report.date).days), str(s.event))
        )
        if matches:
            if matches[0].event != report.event:
                renames[report.event] = matches[0].event
            continue
        for group in groups:
            if same_event(group[0], report) and all(member.article != report.article for member in group):
                group.append(report)
                if group[0].event != report.event:
                    renames[report.event] = group[0].event
                break
        else:
            groups.append([report])
    return renames


def _renamed(term: object, renames: dict[URIRef, URIRef]) -> object:
    if not isinstance(term, URIRef):
        return term
    if term in renames:
        return renames[term]
    head, sep, tail = str(term).partition("/participation/")
    if sep and URIRef(head) in renames:
        return URIRef(f"{renames[URIRef(head)]}{sep}{tail}")
    return term


def apply_merges(article: ArticleGraph, renames: dict[URIRef, URIRef]) -> int:
    """Rename events (and their participation nodes) in ``article``'s graph; return how many events."""
    events = {e for e in article.graph.subjects(RDF.type, SEM.Event) if e in renames}
    if not events:
        return 0
    graph = Graph(bind_namespaces="none", namespace_manager=article.graph.namespace_manager)
    for triple in article.graph:
        graph.add(tuple(_renamed(term, renames) for term in triple))  # type: ignore[arg-type]
    article.graph = graph
    return len(events)


def merge_reports(graphs: list[ArticleGraph], dataset: Dataset | None = None) -> int:
    """Apply the ±1-day rule to a batch of article graphs, against ``dataset`` if given.

    Returns the number of event reports that were renamed to another report's IRI.
    """
    batch = [report for article in graphs for report in event_reports(article)]
    stored = stored_reports(dataset, batch, [iri.article(a.article_id) for a in graphs]) if dataset else []
    renames = plan_merges(batch, stored)
    return sum(apply_merges(article, renames) for article in graphs)
