"""Turn a checked facts document into the RDF graph of its article.

:func:`facts_to_graph` is a pure function: facts and reference data in, an
:class:`ArticleGraph` out (the article's named graph and the description of that
graph for the default graph).  It writes nothing; :mod:`bilateral.store` does.

Examples
--------
>>> from pathlib import Path
>>> from ontology import DIP, load_reference
>>> from ingest.facts import load_facts
>>> reference = load_reference()
>>> seed = Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"
>>> result = facts_to_graph(load_facts(seed, reference), reference)
>>> meeting = next(result.graph.subjects(DIP.participant, None))
>>> sorted(str(result.graph.value(p, RDFS.label)) for p in result.graph.objects(meeting, DIP.participant))
['Alexander Chervyakov', 'Andrei Kuznetsov']
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from ingest import iri
from ingest.facts import Facts
from ontology.load import bind_prefixes, codes, countries
from ontology.namespaces import DATA, DIP, OA, SEM, WD

__all__ = [
    "EXTRACTOR_VERSION",
    "ArticleGraph",
    "confidence_literal",
    "extractor_agent",
    "facts_to_graph",
    "software_agent",
]

EXTRACTOR_VERSION = "0.1.0"

EVENT_CLASSES = {
    "meeting": DIP.Meeting,
    "talks": DIP.Talks,
    "visit": DIP.Visit,
    "session": DIP.Session,
    "signing": DIP.Signing,
    "founding": DIP.Founding,
    "statement": DIP.Statement,
    "phone-call": DIP.PhoneCall,
    "credentials": DIP.CredentialsPresentation,
}
GOVERNMENT_KINDS = {
    "government", "ministry", "presidential-administration", "parliament", "state-committee",
    "agency", "regional-government", "city-administration",
}  # fmt: skip
MISSION_KINDS = {"embassy", "consulate", "permanent-mission"}
BODY_KINDS = {"intergovernmental-committee", "commission", "council", "working-group"}


@dataclass
class ArticleGraph:
    """What one article contributes: its named graph and that graph's description."""

    article_id: str
    iri: URIRef
    graph: Graph
    description: Graph
    source: str


def software_agent() -> URIRef:
    return DATA[f"software/bilateral/{EXTRACTOR_VERSION}"]


def extractor_agent(version: str) -> URIRef:
    """The software agent that stands for one version of the extractor (:mod:`ingest.extract`)."""
    return DATA[f"software/extractor/{version}"]


def confidence_literal(value: float) -> Literal:
    """A confidence as ``xsd:decimal`` in canonical form (as Oxigraph returns it).

    >>> confidence_literal(0.850).n3()
    '"0.85"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    >>> confidence_literal(1).n3()
    '"1"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    number = Decimal(str(round(float(value), 4))).normalize()
    return Literal(format(number, "f"), datatype=XSD.decimal)


def _date(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


class _Builder:
    def __init__(self, facts: Facts, reference: Graph):
        self.facts = facts
        self.doc = facts.doc
        self.article_id = facts.article_id
        self.lang = facts.language
        self.article = iri.article(self.article_id)
        self.graph = bind_prefixes(Graph(bind_namespaces="none"))
        self.countries = countries(reference)
        self.reference = reference
        self.vocab = {
            scheme: codes(reference, scheme)
            for scheme in ("event-kind", "status", "role", "org-kind", "topic", "document-kind", "date-basis")
        }
        self.nodes: dict[str, URIRef] = {}  # document key -> IRI
        self.kinds: dict[str, str] = {}  # document key -> person, organization ...
        self.posts: dict[str, list[tuple[str, URIRef]]] = {}  # person key -> [(title, post IRI)]

    def add(self, s: URIRef, p: URIRef, o: Any) -> None:
        self.graph.add((s, p, o))

    def alpha3(self, alpha2: str) -> str:
        return str(self.countries[alpha2]).rsplit("/", 1)[-1]

    def country_label(self, alpha2: str) -> str:
        for label in self.reference.objects(self.countries[alpha2], SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == "en":
                return str(label)
        return alpha2

    def evidence(self, subject: URIRef, spans: list[dict[str, Any]] | None) -> None:
        for span in spans or []:
            node = iri.evidence(self.article_id, span["start"], span["end"])
            rule, confidence = span.get("rule"), span.get("confidence")
            if rule is not None or confidence is not None:
                # One sentence may support several facts, each by its own rule and confidence.
                node = URIRef(
                    f"{node}/{iri.digest(rule or '', confidence if confidence is not None else '', length=8)}"
                )
                if rule is not None:
                    self.add(node, DIP.rule, Literal(rule))
                if confidence is not None:
                    self.add(node, DIP.confidence, confidence_literal(confidence))
            quote, position = URIRef(f"{node}/quote"), URIRef(f"{node}/position")
            self.add(subject, DIP.evidence, node)
            self.add(node, RDF.type, OA.SpecificResource)
            self.add(node, OA.hasSource, self.article)
            self.add(node, OA.hasSelector, quote)
            self.add(node, OA.hasSelector, position)
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.add(quote, OA.exact, Literal(span["text"]))
            self.add(position, RDF.type, OA.TextPositionSelector)
            # xsd:integer where Web Annotation says nonNegativeInteger: Oxigraph stores every
            # derived integer type as xsd:integer, and the graph must read back as written.
            self.add(position, OA.start, Literal(span["start"], datatype=XSD.integer))
            self.add(position, OA.end, Literal(span["end"], datatype=XSD.integer))

    def labels(self, subject: URIRef, name: str, aliases: list[str] | None, name_lang: str | None) -> None:
        self.add(subject, RDFS.label, Literal(name, lang=name_lang))
        for alias in aliases or []:
            if alias != name:
                self.add(subject, SKOS.altLabel, Literal(alias, lang=self.lang))

    def relation(self, pair: list[str]) -> URIRef:
        a, b = sorted(pair, key=self.alpha3)
        node = iri.relation(self.alpha3(a), self.alpha3(b))
        self.add(node, RDF.type, DIP.BilateralRelation)
        self.add(node, RDFS.label, Literal(f"{self.country_label(a)} – {self.country_label(b)}", lang="en"))
        for code in (a, b):
            self.add(node, DIP.party, self.countries[code])
        return node

    # --- sections --------------------------------------------------------------

    def build_article(self) -> None:
        article = self.doc["article"]
        node = self.article
        self.add(node, RDF.type, SDO.NewsArticle)
        self.add(node, DCTERMS.identifier, Literal(self.article_id))
        if article.get("title"):
            self.add(node, DCTERMS.title, Literal(article["title"], lang=self.lang))
        self.add(node, DCTERMS.language, Literal(self.lang, datatype=XSD.language))
        self.add(node, DCTERMS.issued, _date(article["published"]))
        publisher = iri.publisher(article["publisher"])
        self.add(node, SDO.publisher, publisher)
        self.add(publisher, RDF.type, SDO.Organization)
        self.add(publisher, RDFS.label, Literal(article["publisher"]))
        if article.get("url"):
            self.add(node, SDO.url, URIRef(article["url"]))
        if article.get("dateline"):
            self.add(node, SDO.dateline, Literal(article["dateline"]))
        if self.facts.text is not None:
            self.add(node, SDO.text, Literal(self.facts.text, lang=self.lang))

    def build_organizations(self) -> None:
        items = self.doc.get("organizations") or []
        for org in items:
            alpha3s = [self.alpha3(c) for c in org["countries"]]
            receiving = self.alpha3(org["receiving_country"]) if org.get("receiving_country") else None
            self.nodes[org["key"]] = iri.organization(org["kind"], alpha3s, org["name"], receiving)
            self.kinds[org["key"]] = "organization"
        for org in items:
            node = self.nodes[org["key"]]
            kind = org["kind"]
            self.add(node, RDF.type, ORG.Organization)
            if kind in GOVERNMENT_KINDS:
                self.add(node, RDF.type, DIP.GovernmentBody)
            elif kind in MISSION_KINDS:
                self.add(node, RDF.type, DIP.DiplomaticMission)
            elif kind in BODY_KINDS and len(org["countries"]) == 2:
                self.add(node, RDF.type, DIP.BilateralBody)
                self.add(node, RDF.type, ORG.OrganizationalCollaboration)
            elif kind == "press-service":
                self.add(node, RDF.type, ORG.OrganizationalUnit)
            else:
                self.add(node, RDF.type, ORG.FormalOrganization)
            self.labels(node, org["name"], org.get("aliases"), "en")
            self.add(node, ORG.classification, self.vocab["org-kind"][kind])
            if len(org["countries"]) == 2:
                for code in org["countries"]:
                    self.add(node, DIP.party, self.countries[code])
            else:
                self.add(node, DIP.ofState, self.countries[org["countries"][0]])
            if kind in MISSION_KINDS:
                self.add(node, DIP.sendingState, self.countries[org["countries"][0]])
            if org.get("receiving_country"):
                self.add(node, DIP.receivingState, self.countries[org["receiving_country"]])
            if org.get("founded"):
                self.add(node, SDO.foundingDate, _date(org["founded"]))
            if org.get("part_of"):
                parent = self.nodes[org["part_of"]]
                self.add(node, ORG.subOrganizationOf, parent)
                if kind == "press-service":
                    self.add(node, ORG.unitOf, parent)
            if org.get("wikidata"):
                self.add(node, SKOS.exactMatch, WD[org["wikidata"]])
            self.evidence(node, org.get("evidence"))

    def build_persons(self) -> None:
        published = _date(self.doc["article"]["published"])
        for person in self.doc.get("persons") or []:
            state = self.alpha3(person["country"])
            node = iri.person(state, person["name"])
            self.nodes[person["key"]] = node
            self.kinds[person["key"]] = "person"
            self.add(node, RDF.type, FOAF.Person)
            self.add(node, FOAF.name, Literal(person["name"]))
            self.labels(node, person["name"], person.get("aliases"), None)
            self.add(node, DIP.ofState, self.countries[person["country"]])
            if person.get("wikidata"):
                self.add(node, SKOS.exactMatch, WD[person["wikidata"]])
            for post in person.get("posts") or []:
                post_node = self.post(state, person["country"], post, node)
                self.posts.setdefault(person["key"], []).append((post["title"], post_node))
                self.add(node, ORG.holds, post_node)
                self.add(post_node, ORG.heldBy, node)
                holding = DATA[f"holding/{self.article_id}/{iri.digest(node, post_node, length=12)}"]
                self.add(holding, RDF.type, DIP.PostHolding)
                self.add(holding, DIP.holder, node)
                self.add(holding, DIP.heldPost, post_node)
                self.add(holding, DIP.attestedOn, published)
                self.add(holding, PROV.wasDerivedFrom, self.article)
                self.evidence(holding, post.get("evidence"))

    def post(self, state: str, alpha2: str, post: dict[str, Any], holder: URIRef) -> URIRef:
        role = post["role"]
        receiving = post.get("receiving_country")
        organization = self.nodes.get(post.get("organization") or "")
        node = iri.post(
            state, role, receiving=self.alpha3(receiving) if receiving else None,
            organization=organization, title=post["title"], holder=holder,
        )  # fmt: skip
        self.add(node, RDF.type, ORG.Post)
        if role == "ambassador" and receiving:
            self.add(node, RDF.type, DIP.AmbassadorPost)
            canonical = f"Ambassador of {self.country_label(alpha2)} to {self.country_label(receiving)}"
            self.add(node, RDFS.label, Literal(canonical, lang="en"))
            if post["title"] != canonical:
                self.add(node, SKOS.altLabel, Literal(post["title"], lang="en"))
            self.add(node, DIP.sendingState, self.countries[alpha2])
        else:
            self.add(node, RDFS.label, Literal(post["title"], lang="en"))
        if receiving:
            self.add(node, DIP.receivingState, self.countries[receiving])
        self.add(node, DIP.ofState, self.countries[alpha2])
        self.add(node, ORG.role, self.vocab["role"][role])
        if organization is not None:
            self.add(node, ORG.postIn, organization)
        return node

    def build_groups(self) -> None:
        for group in self.doc.get("groups") or []:
            node = iri.group(self.article_id, group["key"])
            self.nodes[group["key"]] = node
            self.kinds[group["key"]] = "group"
            self.add(node, RDF.type, FOAF.Group)
            self.add(node, RDFS.label, Literal(group["name"], lang="en"))
            if group.get("country"):
                self.add(node, DIP.ofState, self.countries[group["country"]])
            if group.get("affiliation"):
                self.add(node, DCTERMS.relation, self.nodes[group["affiliation"]])
            self.evidence(node, group.get("evidence"))

    def event_iri(self, event: dict[str, Any]) -> URIRef:
        kind, date = event["kind"], event.get("date")
        if kind == "session" and event.get("body") and event.get("session_number"):
            return iri.session(self.nodes[event["body"]], event["session_number"])
        if kind == "founding" and event.get("founded"):
            return URIRef(f"{self.nodes[event['founded']]}/founding")
        keys = [self._key(p) for p in event.get("participants") or []]
        participants = [self.nodes[key] for key in keys]
        named = [key for key in keys if self.kinds[key] != "group"]
        concerns = self.relation(event["countries"]) if event.get("countries") else None
        # Without a date and named participants an event cannot be matched across articles.
        scoped = kind == "statement" or not date or not named
        scope = f"{self.article_id}#{event['key']}" if scoped else ""
        return iri.event(kind, date, participants, concerns, scope)

    @staticmethod
    def _key(entry: str | dict[str, Any]) -> str:
        return entry if isinstance(entry, str) else str(entry["key"])

    def build_documents(self, signing_dates: dict[str, str | None]) -> None:
        for document in self.doc.get("documents") or []:
            signatories = [self.nodes[key] for key in document.get("signatories") or []]
            node = iri.document(document["kind"], document["title"], signatories, signing_dates.get(document["key"]))
            self.nodes[document["key"]] = node
            self.add(node, RDF.type, DIP.Document)
            self.add(node, RDFS.label, Literal(document["title"], lang="en"))
            self.add(node, DCTERMS.type, self.vocab["document-kind"][document["kind"]])
            for signatory in signatories:
                self.add(node, DIP.signatory, signatory)
            if signing_dates.get(document["key"]):
                self.add(node, DCTERMS.date, _date(str(signing_dates[document["key"]])))
            self.evidence(node, document.get("evidence"))

    def build_events(self) -> None:
        events = self.doc.get("events") or []
        signing_dates = {doc: e.get("date") for e in events for doc in e.get("documents") or []}
        self.build_documents(signing_dates)
        for event in events:
            self.nodes[event["key"]] = self.event_iri(event)
        for event in events:
            self.build_event(event)

    def build_event(self, event: dict[str, Any]) -> None:
        node = self.nodes[event["key"]]
        kind = event["kind"]
        self.add(node, RDF.type, SEM.Event)
        if kind in EVENT_CLASSES:
            self.add(node, RDF.type, EVENT_CLASSES[kind])
        if kind == "founding":
            self.add(node, RDF.type, ORG.ChangeEvent)
        self.add(node, SEM.eventType, self.vocab["event-kind"][kind])
        self.add(node, DIP.eventStatus, self.vocab["status"][event["status"]])
        if event.get("title"):
            self.add(node, RDFS.label, Literal(event["title"], lang="en"))
        if event.get("date"):
            self.add(node, SDO.startDate, _date(event["date"]))
            self.add(node, DIP.dateBasis, self.vocab["date-basis"][event["date_basis"]])
        if event.get("place"):
            place = iri.place(event["place"])
            self.add(node, SEM.hasPlace, place)
            self.add(place, RDF.type, SEM.Place)
            self.add(place, RDFS.label, Literal(event["place"]))
        if event.get("countries"):
            self.add(node, DIP.concernsRelation, self.relation(event["countries"]))
        for topic in event.get("topics") or []:
            self.add(node, DCTERMS.subject, self.vocab["topic"][topic])
        for section, predicate in (("participants", DIP.participant), ("attendees", DIP.attendee)):
            for entry in event.get(section) or []:
                self.participation(node, predicate, entry if isinstance(entry, dict) else {"key": entry})
        if event.get("part_of"):
            parent = self.nodes[event["part_of"]]
            self.add(node, SEM.subEventOf, parent)
            self.add(parent, SEM.hasSubEvent, node)
        if event.get("body"):
            self.add(node, DIP.sessionOf, self.nodes[event["body"]])
        if event.get("session_number"):
            self.add(node, DIP.sessionNumber, Literal(event["session_number"], datatype=XSD.integer))
        if event.get("founded"):
            self.add(node, ORG.resultingOrganization, self.nodes[event["founded"]])
            self.add(self.nodes[event["founded"]], ORG.resultedFrom, node)
        if event.get("speaker"):
            self.add(node, DIP.speaker, self.nodes[event["speaker"]])
        if event.get("on_behalf_of"):
            self.add(node, DIP.onBehalfOf, self.nodes[event["on_behalf_of"]])
        for document in event.get("documents") or []:
            self.add(node, DIP.signedDocument, self.nodes[document])
        self.evidence(node, event["evidence"])

    def participation(self, event: URIRef, predicate: URIRef, entry: dict[str, Any]) -> None:
        agent = self.nodes[entry["key"]]
        self.add(event, predicate, agent)
        node = URIRef(f"{event}/participation/{iri.digest(agent, length=12)}")
        self.add(event, DIP.qualifiedParticipation, node)
        self.add(node, RDF.type, DIP.Participation)
        self.add(node, DIP.agent, agent)
        posts = self.posts.get(entry["key"], [])
        chosen = [p for title, p in posts if title == entry["post"]] if entry.get("post") else [p for _, p in posts]
        if len(chosen) == 1:  # several posts and none named: the capacity is not known
            self.add(node, DIP.inCapacityOf, chosen[0])
        if entry.get("role"):
            self.add(node, DIP.participantRole, self.vocab["role"][entry["role"]])
        if entry.get("on_behalf_of"):
            self.add(node, DIP.onBehalfOf, self.nodes[entry["on_behalf_of"]])

    def description(self, graph_iri: URIRef) -> Graph:
        article = self.doc["article"]
        out = bind_prefixes(Graph(bind_namespaces="none"))
        activity = DATA[f"activity/ingest/{self.article_id}"]
        agent = software_agent()
        out.add((graph_iri, RDF.type, PROV.Entity))
        out.add((graph_iri, PROV.wasDerivedFrom, self.article))
        out.add((graph_iri, PROV.wasGeneratedBy, activity))
        out.add((graph_iri, SDO.publisher, iri.publisher(article["publisher"])))
        out.add((graph_iri, DCTERMS.language, Literal(self.lang, datatype=XSD.language)))
        out.add((graph_iri, DCTERMS.issued, _date(article["published"])))
        out.add((graph_iri, DCTERMS.source, Literal(self.facts.path.name)))
        out.add((activity, RDF.type, PROV.Activity))
        out.add((activity, PROV.used, self.article))
        out.add((activity, PROV.wasAssociatedWith, agent))
        out.add((activity, DCTERMS.type, Literal(article.get("method", "curated"))))
        out.add((agent, RDF.type, PROV.SoftwareAgent))
        out.add((agent, RDFS.label, Literal(f"bilateral {EXTRACTOR_VERSION}")))
        out.add((agent, OWL.versionInfo, Literal(EXTRACTOR_VERSION)))
        if article.get("method") == "extracted" and article.get("extractor"):
            version = str(article["extractor"])
            extractor = extractor_agent(version)
            out.add((activity, PROV.wasAssociatedWith, extractor))
            out.add((extractor, RDF.type, PROV.SoftwareAgent))
            out.add((extractor, RDFS.label, Literal(f"bilateral extractor {version}")))
            out.add((extractor, OWL.versionInfo, Literal(version)))
        return out


def facts_to_graph(facts: Facts, reference: Graph) -> ArticleGraph:
    """Build the named graph of one article from its checked facts."""
    builder = _Builder(facts, reference)
    builder.build_article()
    builder.build_organizations()
    builder.build_persons()
    builder.build_groups()
    builder.build_events()
    if facts.doc["article"].get("primary_source"):
        builder.add(builder.article, PROV.hadPrimarySource, builder.nodes[facts.doc["article"]["primary_source"]])
    graph_iri = iri.article_graph(facts.article_id)
    return ArticleGraph(
        article_id=facts.article_id,
        iri=graph_iri,
        graph=builder.graph,
        description=builder.description(graph_iri),
        source=str(facts.path),
    )
