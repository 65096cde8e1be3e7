"""The seed article, read closely: what its graph must and must not say."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, XSD

from ingest import iri
from ingest.to_rdf import ArticleGraph
from ontology.namespaces import DIP, OA, SEM, VOCAB

from .conftest import SEED_TEXT

BLR, CHN = iri.country("BLR"), iri.country("CHN")
KUZNETSOV = iri.person("BLR", "Andrei Kuznetsov")
CHERVYAKOV = iri.person("BLR", "Alexander Chervyakov")


def events_of_kind(seed_graph: ArticleGraph, kind: str) -> list[URIRef]:
    return sorted(s for s in seed_graph.graph.subjects(SEM.eventType, VOCAB[f"event-kind/{kind}"]))  # type: ignore[type-var]


def test_both_officials_are_belarusian(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    persons = set(g.subjects(RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")))
    assert persons == {KUZNETSOV, CHERVYAKOV}
    assert {g.value(p, DIP.ofState) for p in persons} == {BLR}


def test_the_ambassador_is_accredited_to_china(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    post = iri.post("BLR", "ambassador", receiving="CHN")
    assert (CHERVYAKOV, ORG.holds, post) in g
    assert (post, RDF.type, DIP.AmbassadorPost) in g
    assert g.value(post, DIP.sendingState) == BLR
    assert g.value(post, DIP.receivingState) == CHN
    assert g.value(post, DIP.ofState) == BLR
    assert str(g.value(post, RDFS.label)) == "Ambassador of Belarus to China"


def test_the_meeting_has_exactly_the_two_officials_and_concerns_blr_chn(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    (meeting,) = events_of_kind(seed_graph, "meeting")
    assert set(g.objects(meeting, DIP.participant)) == {KUZNETSOV, CHERVYAKOV}
    assert g.value(meeting, DIP.concernsRelation) == iri.relation("BLR", "CHN")
    assert set(g.objects(iri.relation("BLR", "CHN"), DIP.party)) == {BLR, CHN}
    assert g.value(meeting, SDO.startDate) == Literal("2025-08-06", datatype=XSD.date)
    assert g.value(meeting, DIP.dateBasis) == VOCAB["date-basis/dateline"]
    assert g.value(meeting, SEM.hasPlace) is None  # MINSK is the dateline, not the venue
    # the heads of enterprises were present, but are not principal participants
    (group,) = g.objects(meeting, DIP.attendee)
    assert "enterprises" in str(g.value(group, RDFS.label))


def test_china_takes_part_in_nothing(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    for predicate in (DIP.participant, DIP.attendee, DIP.speaker, DIP.agent, DIP.onBehalfOf, SEM.hasActor):
        assert (None, predicate, CHN) not in g
    assert not any(g.value(agent, DIP.ofState) == CHN for agent in g.objects(None, DIP.participant))


def test_each_participant_took_part_in_the_post_the_article_names(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    (meeting,) = events_of_kind(seed_graph, "meeting")
    capacity = {
        g.value(p, DIP.agent): g.value(p, DIP.inCapacityOf) for p in g.objects(meeting, DIP.qualifiedParticipation)
    }
    assert capacity[CHERVYAKOV] == iri.post("BLR", "ambassador", receiving="CHN")
    assert str(g.value(capacity[KUZNETSOV], RDFS.label)) == "Minister of Industry"


def test_commission_founded_at_the_sixth_session_of_the_committee(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    (commission,) = g.subjects(
        RDFS.label, Literal("Commission for Industrial Cooperation between Belarus and China", lang="en")
    )
    (committee,) = g.subjects(
        RDFS.label, Literal("Belarusian-Chinese Intergovernmental Committee for Cooperation", lang="en")
    )
    assert g.value(commission, SDO.foundingDate) == Literal("2025-05-21", datatype=XSD.date)
    assert (commission, RDF.type, DIP.BilateralBody) in g
    assert set(g.objects(commission, DIP.party)) == {BLR, CHN}
    (founding,) = events_of_kind(seed_graph, "founding")
    assert g.value(founding, ORG.resultingOrganization) == commission
    session = g.value(founding, SEM.subEventOf)
    assert session == iri.session(committee, 6)  # type: ignore[arg-type]
    assert g.value(session, DIP.sessionOf) == committee
    assert g.value(session, DIP.sessionNumber) == Literal(6, datatype=XSD.integer)
    # founded *at a session of* the committee: not a part of it
    assert (commission, ORG.subOrganizationOf, committee) not in g


def test_first_session_of_the_commission_is_planned_without_date(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    (commission,) = g.subjects(ORG.classification, VOCAB["org-kind/commission"])
    first = iri.session(commission, 1)  # type: ignore[arg-type]
    assert g.value(first, DIP.eventStatus) == VOCAB["status/planned"]
    assert g.value(first, SDO.startDate) is None
    assert g.value(first, DIP.dateBasis) is None


def test_statements_name_speaker_and_whom_they_commit(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    statements = events_of_kind(seed_graph, "statement")
    speakers = sorted(str(g.value(g.value(s, DIP.speaker), RDFS.label)) for s in statements)
    assert speakers == [
        "Alexander Chervyakov",
        "Andrei Kuznetsov",
        "Andrei Kuznetsov",
        "Press Service of the Ministry of Industry of the Republic of Belarus",
    ]
    (chervyakov_statement,) = g.subjects(DIP.speaker, CHERVYAKOV)
    embassy = g.value(chervyakov_statement, DIP.onBehalfOf)
    assert (embassy, RDF.type, DIP.DiplomaticMission) in g  # the embassy's readiness, not his own


def test_press_service_is_the_primary_source(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    source = g.value(iri.article("belta-2025-08-06-industry-china"), PROV.hadPrimarySource)
    assert str(g.value(source, RDFS.label)).startswith("Press Service of the Ministry of Industry")
    assert g.value(source, ORG.unitOf) is not None


def test_every_event_and_post_holding_has_evidence_matching_the_text(seed_graph: ArticleGraph) -> None:
    g = seed_graph.graph
    text = SEED_TEXT.read_text(encoding="utf-8")
    things = set(g.subjects(RDF.type, SEM.Event)) | set(g.subjects(RDF.type, DIP.PostHolding))
    assert len(things) == 10  # 8 events and 2 post holdings
    checked = 0
    for thing in things:
        evidence = list(g.objects(thing, DIP.evidence))
        assert evidence, f"{thing} has no evidence"
        for node in evidence:
            exact = next(str(g.value(s, OA.exact)) for s in g.objects(node, OA.hasSelector) if g.value(s, OA.exact))
            position = next(s for s in g.objects(node, OA.hasSelector) if g.value(s, OA.start) is not None)
            start, end = int(g.value(position, OA.start)), int(g.value(position, OA.end))  # type: ignore[arg-type]
            assert text[start:end] == exact
            checked += 1
    assert checked >= 10


def test_the_seed_graph_conforms_to_the_shapes(seed_graph: ArticleGraph, reference) -> None:  # type: ignore[no-untyped-def]
    from ontology.validate import validate

    assert validate(seed_graph.graph, reference) == []
