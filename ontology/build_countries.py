"""Generate ``ontology/vocab/countries.ttl``: the sovereign states as ``dip:Country``.

Run ``python ontology/build_countries.py`` from the repository root (or anywhere:
paths are resolved relative to this file).  The output is deterministic: running
the script twice gives byte-identical files.

Each state gets

* the IRI ``https://w3id.org/bilateral/id/country/<ALPHA3>``, typed ``dip:Country``
  and ``skos:Concept``, in the scheme ``https://w3id.org/bilateral/vocab/country``;
* ``skos:notation`` for its ISO 3166-1 alpha-2, alpha-3 and numeric codes (plain strings);
* ``skos:prefLabel`` in en, de, ru from pycountry and its iso-codes gettext catalogs
  (the common name where pycountry has one, in every language, so that the three
  labels agree: "South Korea", "Südkorea", "Южная Корея"), with a few hand-made
  corrections in :data:`PREF_LABEL_OVERRIDES`;
* ``skos:altLabel`` for the ISO short and official names where they differ from
  the prefLabel, and for the hand-written aliases in ``vocab/country-aliases.tsv``;
* ``skos:exactMatch`` to Wikidata where :data:`WIKIDATA` has the item.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import re
import unicodedata
from pathlib import Path

import pycountry
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "vocab" / "countries.ttl"
ALIASES = HERE / "vocab" / "country-aliases.tsv"

# Kept in step with ontology/namespaces.py (not imported, so that this script runs
# without the package's other modules).
DIP = Namespace("https://w3id.org/bilateral/ontology#")
COUNTRY = Namespace("https://w3id.org/bilateral/id/country/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEME = URIRef("https://w3id.org/bilateral/vocab/country")

LANGUAGES = ("en", "de", "ru")

# The 193 member states of the United Nations (https://www.un.org/en/about-us/member-states,
# unchanged since South Sudan's admission on 14 July 2011) and the two non-member
# observer states, the Holy See (VAT) and the State of Palestine (PSE)
# (https://www.un.org/en/about-us/non-member-states), as ISO 3166-1 alpha-3 codes.
UN_MEMBER_STATES = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS
    BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
    BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN
    COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
    DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
    FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
    GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
    JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
    LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
    MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
    NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
    PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
    KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
    SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
    SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
    UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
    ZWE
""".split()  # noqa: SIM905 -- a table of 193 codes reads better than 193 lines
UN_OBSERVER_STATES = ["VAT", "PSE"]
SOVEREIGN_STATES = UN_MEMBER_STATES + UN_OBSERVER_STATES

# Wikidata items of the sovereign states, only where the item is known for certain.
# Left out on purpose: NLD (Q55 is the constituent country, Q29999 the Kingdom that is
# the UN member: to be checked) and VAT (Q237 Vatican City vs. Q159583 the Holy See,
# which is the UN observer: to be checked).
WIKIDATA = {
    # Europe
    "ALB": "Q222",
    "AND": "Q228",
    "AUT": "Q40",
    "BEL": "Q31",
    "BGR": "Q219",
    "BIH": "Q225",
    "BLR": "Q184",
    "CHE": "Q39",
    "CYP": "Q229",
    "CZE": "Q213",
    "DEU": "Q183",
    "DNK": "Q35",
    "ESP": "Q29",
    "EST": "Q191",
    "FIN": "Q33",
    "FRA": "Q142",
    "GBR": "Q145",
    "GRC": "Q41",
    "HRV": "Q224",
    "HUN": "Q28",
    "IRL": "Q27",
    "ISL": "Q189",
    "ITA": "Q38",
    "LIE": "Q347",
    "LTU": "Q37",
    "LUX": "Q32",
    "LVA": "Q211",
    "MCO": "Q235",
    "MDA": "Q217",
    "MKD": "Q221",
    "MLT": "Q233",
    "MNE": "Q236",
    "NOR": "Q20",
    "POL": "Q36",
    "PRT": "Q45",
    "ROU": "Q218",
    "RUS": "Q159",
    "SMR": "Q238",
    "SRB": "Q403",
    "SVK": "Q214",
    "SVN": "Q215",
    "SWE": "Q34",
    "UKR": "Q212",
    # Caucasus, Central Asia, Middle East
    "AFG": "Q889",
    "ARE": "Q878",
    "ARM": "Q399",
    "AZE": "Q227",
    "BHR": "Q398",
    "GEO": "Q230",
    "IRN": "Q794",
    "IRQ": "Q796",
    "ISR": "Q801",
    "JOR": "Q810",
    "KAZ": "Q232",
    "KGZ": "Q813",
    "KWT": "Q817",
    "LBN": "Q822",
    "OMN": "Q842",
    "PSE": "Q219060",
    "QAT": "Q846",
    "SAU": "Q851",
    "SYR": "Q858",
    "TJK": "Q863",
    "TKM": "Q874",
    "TUR": "Q43",
    "UZB": "Q265",
    "YEM": "Q805",
    # South, East and South-East Asia
    "BGD": "Q902",
    "BRN": "Q921",
    "BTN": "Q917",
    "CHN": "Q148",
    "IDN": "Q252",
    "IND": "Q668",
    "JPN": "Q17",
    "KHM": "Q424",
    "KOR": "Q884",
    "LAO": "Q819",
    "LKA": "Q854",
    "MDV": "Q826",
    "MMR": "Q836",
    "MNG": "Q711",
    "MYS": "Q833",
    "NPL": "Q837",
    "PAK": "Q843",
    "PHL": "Q928",
    "PRK": "Q423",
    "SGP": "Q334",
    "THA": "Q869",
    "TLS": "Q574",
    "VNM": "Q881",
    # Africa
    "AGO": "Q916",
    "BDI": "Q967",
    "BEN": "Q962",
    "BFA": "Q965",
    "BWA": "Q963",
    "CAF": "Q929",
    "CIV": "Q1008",
    "CMR": "Q1009",
    "COD": "Q974",
    "COG": "Q971",
    "COM": "Q970",
    "CPV": "Q1011",
    "DJI": "Q977",
    "DZA": "Q262",
    "EGY": "Q79",
    "ERI": "Q986",
    "ETH": "Q115",
    "GAB": "Q1000",
    "GHA": "Q117",
    "GIN": "Q1006",
    "GMB": "Q1005",
    "GNB": "Q1007",
    "GNQ": "Q983",
    "KEN": "Q114",
    "LBR": "Q1014",
    "LBY": "Q1016",
    "LSO": "Q1013",
    "MAR": "Q1028",
    "MDG": "Q1019",
    "MLI": "Q912",
    "MOZ": "Q1029",
    "MRT": "Q1025",
    "MUS": "Q1027",
    "MWI": "Q1020",
    "NAM": "Q1030",
    "NER": "Q1032",
    "NGA": "Q1033",
    "RWA": "Q1037",
    "SDN": "Q1049",
    "SEN": "Q1041",
    "SLE": "Q1044",
    "SOM": "Q1045",
    "SSD": "Q958",
    "STP": "Q1039",
    "SWZ": "Q1050",
    "SYC": "Q1042",
    "TCD": "Q657",
    "TGO": "Q945",
    "TUN": "Q948",
    "TZA": "Q924",
    "UGA": "Q1036",
    "ZAF": "Q258",
    "ZMB": "Q953",
    "ZWE": "Q954",
    # Americas
    "ARG": "Q414",
    "BHS": "Q778",
    "BLZ": "Q242",
    "BOL": "Q750",
    "BRB": "Q244",
    "BRA": "Q155",
    "CAN": "Q16",
    "CHL": "Q298",
    "COL": "Q739",
    "CRI": "Q800",
    "CUB": "Q241",
    "DOM": "Q786",
    "ECU": "Q736",
    "GTM": "Q774",
    "GUY": "Q734",
    "HND": "Q783",
    "HTI": "Q790",
    "JAM": "Q766",
    "MEX": "Q96",
    "NIC": "Q811",
    "PAN": "Q804",
    "PER": "Q419",
    "PRY": "Q733",
    "SLV": "Q792",
    "SUR": "Q730",
    "TTO": "Q754",
    "URY": "Q77",
    "USA": "Q30",
    "VEN": "Q717",
    # Oceania
    "AUS": "Q408",
    "FJI": "Q712",
    "NZL": "Q664",
    "PNG": "Q691",
}

# Hand-made corrections of prefLabels where pycountry or its catalogs give an
# inverted ISO form or a misspelling.  The replaced label is dropped, not kept as an
# altLabel: variants worth having are in the alias file.
PREF_LABEL_OVERRIDES = {
    ("CAF", "ru"): "Центральноафриканская Республика",  # catalog: "Центрально-африканская республика"
    ("COD", "en"): "Democratic Republic of the Congo",  # ISO: "Congo, The Democratic Republic of the"
    ("DOM", "ru"): "Доминиканская Республика",  # catalog: "Доминиканская республика"
    ("FSM", "en"): "Micronesia",  # ISO: "Micronesia, Federated States of"
    ("FSM", "de"): "Mikronesien",  # catalog: "Mikronesien, Föderierte Staaten von"
    ("PSE", "en"): "Palestine",  # ISO: "Palestine, State of"
    ("PSE", "de"): "Palästina",  # catalog: "Palästina, Staat"
    ("USA", "ru"): "Соединённые Штаты",  # catalog: "Соединённые штаты"
    # The UN observer is the Holy See, not the Vatican City State.
    ("VAT", "en"): "Holy See",
    ("VAT", "de"): "Heiliger Stuhl",
    ("VAT", "ru"): "Святой Престол",
}

_STRESS = re.compile("[\u0300\u0301]")  # stress marks in some Russian catalog entries


def clean(label: str) -> str:
    """Normalise a label: NFC, no stress accents, no leading lower-case "the "."""
    label = _STRESS.sub("", unicodedata.normalize("NFD", label))
    label = unicodedata.normalize("NFC", label).strip()
    return label[4:] if label.startswith("the ") else label


def is_inverted(label: str) -> bool:
    """ISO sort forms such as "Korea, Republic of" are not useful as names."""
    return ", " in label


def translators() -> dict[str, gettext.NullTranslations]:
    found: dict[str, gettext.NullTranslations] = {"en": gettext.NullTranslations()}
    for lang in LANGUAGES[1:]:
        found[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    return found


def read_aliases() -> dict[tuple[str, str], list[str]]:
    aliases: dict[tuple[str, str], list[str]] = {}
    with ALIASES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            alpha3, lang, alias = row["alpha3"].strip(), row["lang"].strip(), clean(row["alias"])
            if alpha3 not in SOVEREIGN_STATES:
                raise ValueError(f"{ALIASES.name}: {alpha3} is not a sovereign state")
            if lang not in LANGUAGES:
                raise ValueError(f"{ALIASES.name}: unknown language {lang!r} for {alpha3}")
            aliases.setdefault((alpha3, lang), []).append(alias)
    return aliases


def build() -> Graph:
    assert len(SOVEREIGN_STATES) == 195, len(SOVEREIGN_STATES)
    assert len(set(SOVEREIGN_STATES)) == 195, "duplicate alpha-3 code"
    assert set(WIKIDATA) <= set(SOVEREIGN_STATES), set(WIKIDATA) - set(SOVEREIGN_STATES)
    assert len(set(WIKIDATA.values())) == len(WIKIDATA), "duplicate Wikidata item"

    tr = translators()
    aliases = read_aliases()

    graph = Graph(bind_namespaces="none")
    for prefix, namespace in (("country", COUNTRY), ("dct", DCTERMS), ("dip", DIP), ("skos", SKOS), ("wd", WD)):
        graph.bind(prefix, namespace)

    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    for lang, title in (("en", "Sovereign states"), ("de", "Souveräne Staaten"), ("ru", "Суверенные государства")):
        graph.add((SCHEME, DCTERMS.title, Literal(title, lang=lang)))
        graph.add((SCHEME, SKOS.prefLabel, Literal(title.lower() if lang != "de" else title, lang=lang)))
    graph.add(
        (
            SCHEME,
            DCTERMS.description,
            Literal(
                "The 193 member states of the United Nations and its two non-member observer states "
                "(the Holy See and the State of Palestine), with ISO 3166-1 codes, names in English, "
                "German and Russian, and links to Wikidata. Generated by ontology/build_countries.py "
                "from pycountry " + pycountry_version() + ".",
                lang="en",
            ),
        )
    )

    for alpha3 in sorted(SOVEREIGN_STATES):
        record = pycountry.countries.get(alpha_3=alpha3)
        if record is None:
            raise LookupError(f"{alpha3} not found in pycountry")
        iri = COUNTRY[alpha3]
        graph.add((iri, RDF.type, DIP.Country))
        graph.add((iri, RDF.type, SKOS.Concept))
        graph.add((iri, SKOS.inScheme, SCHEME))
        graph.add((iri, SKOS.topConceptOf, SCHEME))
        graph.add((SCHEME, SKOS.hasTopConcept, iri))
        for code in (record.alpha_2, record.alpha_3, record.numeric):
            graph.add((iri, SKOS.notation, Literal(code)))

        common = getattr(record, "common_name", None)
        official = getattr(record, "official_name", None)
        for lang in LANGUAGES:
            translate = tr[lang].gettext
            candidates = [clean(translate(record.name))]
            if common:
                candidates.insert(0, clean(translate(common)))
            pref = PREF_LABEL_OVERRIDES.get((alpha3, lang), candidates[0])
            graph.add((iri, SKOS.prefLabel, Literal(pref, lang=lang)))

            # An overridden label is wrong or misleading: it does not become an altLabel
            # (wanted variants go into the alias file instead).
            generated = [] if (alpha3, lang) in PREF_LABEL_OVERRIDES else candidates
            alts = [alt for alt in generated if not is_inverted(alt)]
            if official:
                alts.append(clean(translate(official)))
            alts += aliases.get((alpha3, lang), [])
            for alt in alts:
                if alt != pref:
                    graph.add((iri, SKOS.altLabel, Literal(alt, lang=lang)))

        if alpha3 in WIKIDATA:
            graph.add((iri, SKOS.exactMatch, WD[WIKIDATA[alpha3]]))
    return graph


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Regenerate the sovereign states code list.")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    output = parser.parse_args(argv).output
    graph = build()
    text = graph.serialize(format="longturtle")
    header = (
        "# GENERATED by ontology/build_countries.py: do not edit by hand.\n"
        "# Aliases: ontology/vocab/country-aliases.tsv; Wikidata links: WIKIDATA in the script.\n"
    )
    output.write_text(header + text, encoding="utf-8")
    print(f"wrote {output} ({len(graph)} triples, {len(SOVEREIGN_STATES)} states)")


if __name__ == "__main__":
    main()
