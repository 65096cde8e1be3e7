"""Namespaces of the diplomacy ontology and of the vocabularies it reuses.

``DIP`` is our own layer; ``SEM`` and ``OA`` are not shipped with rdflib.  All three
are :class:`~rdflib.namespace.DefinedNamespace` classes with ``_fail = True``, so a
misspelt term raises instead of silently minting a new IRI.

Examples
--------
>>> from ontology.namespaces import DIP
>>> DIP.concernsRelation
rdflib.term.URIRef('https://w3id.org/bilateral/ontology#concernsRelation')
>>> DIP.concernsRelatoin
Traceback (most recent call last):
...
AttributeError: term 'concernsRelatoin' not in namespace 'https://w3id.org/bilateral/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BASE", "DATA", "DIP", "OA", "PREFIXES", "SEM", "VOCAB", "WD"]

BASE = "https://w3id.org/bilateral/"
#: Instance data: countries, persons, events, graphs, ...
DATA = Namespace(BASE + "id/")
#: SKOS code lists: ``VOCAB["event-kind/meeting"]``.
VOCAB = Namespace(BASE + "vocab/")
WD = Namespace("http://www.wikidata.org/entity/")


class DIP(DefinedNamespace):
    """The bilateral diplomacy layer (``dip:``), defined in ``ontology/diplomacy.ttl``."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # Classes
    Country: URIRef  # a sovereign state
    GovernmentBody: URIRef  # ministry, government, administration, state committee
    DiplomaticMission: URIRef  # embassy, consulate, permanent mission
    BilateralBody: URIRef  # intergovernmental committee, commission, council of two states
    BilateralRelation: URIRef  # the unordered pair of two states, one node per pair
    AmbassadorPost: URIRef  # the post of a state's ambassador to another state
    PostHolding: URIRef  # one article's attestation that a person holds a post
    Participation: URIRef  # a qualified participation: who, in which post, in which role
    Document: URIRef  # agreement, memorandum, programme, protocol
    Meeting: URIRef
    Talks: URIRef
    Visit: URIRef
    Session: URIRef  # a numbered session of a bilateral body
    Signing: URIRef
    Founding: URIRef
    Statement: URIRef
    PhoneCall: URIRef
    CredentialsPresentation: URIRef

    # Properties
    ofState: URIRef  # the state an agent, post or organisation belongs to or acts for
    sendingState: URIRef  # the state that sends an ambassador or mission
    receivingState: URIRef  # the state an ambassador or mission is accredited to
    party: URIRef  # one of the two states of a relation or bilateral body
    concernsRelation: URIRef  # what an event is about: not who took part
    participant: URIRef  # a principal party of an event
    attendee: URIRef  # someone else present at an event
    qualifiedParticipation: URIRef
    agent: URIRef  # the agent of a participation
    inCapacityOf: URIRef  # the post in which an agent took part
    participantRole: URIRef  # host, guest, co-chair, signatory ...
    speaker: URIRef  # who made a statement
    onBehalfOf: URIRef  # whom a statement or participation commits
    eventStatus: URIRef  # held, planned, announced, cancelled, postponed
    dateBasis: URIRef  # where an event's date came from: stated, dateline, inferred
    sessionNumber: URIRef
    sessionOf: URIRef
    signedDocument: URIRef
    signatory: URIRef
    holder: URIRef
    heldPost: URIRef
    attestedOn: URIRef  # the date of the article that attests a post holding
    evidence: URIRef  # the sentence that states a fact
    goldsteinScale: URIRef  # CAMEO Goldstein score of an event kind, -10 ... +10
    rule: URIRef  # the extraction rule that produced a piece of evidence
    confidence: URIRef  # the extractor's confidence in a piece of evidence, 0 ... 1


class SEM(DefinedNamespace):
    """Simple Event Model, the terms bilateral uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Place: URIRef
    Role: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasSubEvent: URIRef
    subEventOf: URIRef
    eventType: URIRef
    roleType: URIRef


class OA(DefinedNamespace):
    """Web Annotation vocabulary, the terms bilateral uses."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef
    start: URIRef
    end: URIRef


#: The prefixes bound on every graph bilateral writes; nothing else is bound.
PREFIXES: dict[str, str] = {
    "dip": str(DIP._NS),
    "sem": str(SEM._NS),
    "oa": str(OA._NS),
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "wd": str(WD),
    "vocab": str(VOCAB),
    "country": str(DATA) + "country/",
    "id": str(DATA),
}
