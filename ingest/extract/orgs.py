"""Organisations: bilateral bodies (commissions, committees, working groups), ministries, embassies.

A bilateral body is a head word of the lexicon ("Kommission", "Committee", "комиссии")
with its field ("für industrielle Zusammenarbeit", "on Economic Cooperation") and the pair
of states from adjectives ("belarussisch-chinesischen", "Uzbek-Belarusian") or from
"zwischen Belarus und China".

Examples
--------
>>> text = "Die Kommission für industrielle Zusammenarbeit zwischen Belarus und China wurde gegründet."
>>> [(b.kind, b.countries, b.name) for b in find_bodies(text, "de", [(0, len(text))], ("BY", "CN"))]
[('commission', ('BY', 'CN'), 'Commission for Industrial Cooperation between Belarus and China')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ingest.extract.lexicon import (
    Region,
    cue,
    domain_alternation,
    domain_english,
    english_name,
    enterprises,
    federal_state,
    load_lexicon,
    of_state_re,
    official_name,
    read_lexicon_file,
    region_in,
    regions,
    ru_forms,
    states,
    trie_alternation,
)
from ingest.extract.scan import whole_word
from ingest.names import slug

__all__ = [
    "Body",
    "Org",
    "embassy_names",
    "find_bodies",
    "find_orgs",
    "government_names",
    "head_kind",
    "ministry_key",
    "ministry_name",
    "ministry_of",
    "noun_pair_name",
    "presence",
    "regional_government_names",
    "ru_short_names",
]


@dataclass
class Body:
    """A bilateral body mentioned in the text."""

    start: int
    end: int
    form: str
    kind: str
    countries: tuple[str, ...]
    name: str
    other_names: tuple[str, ...] = ()  # English names in use besides ``name`` ("Belarusian-Thai Joint Commission")
    topic_form: str | None = None  # the form with the topic after it ("рабочую группу по транспорту и логистике")


@cache
def _body_re(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    country = f"(?:{lex.state_re.pattern})"
    source = lex["bodies"][0]["re"].replace("{country}", country)
    source = source.replace("{country_adj_pair}", rf"{country}-{country}")
    # "gemeinsamen belarussisch-omanischen Kommission": qualifiers may come before the pair of states too
    qualifiers = (
        r"(?:(?:[Hh]ochrangige[nmrs]?|[Gg]emeinsame[nmrs]?|[Gg]emischte[nmrs]?|zwischenstaatliche[nmrs]?|"
        r"[Bb]inationale[nmrs]?) )*"
    )
    pair = rf"(?:(?:{country})(?:-|\s)(?:{country})?(?:\s|-)?)?"
    # "Qatari-Turkish Supreme Strategic Committee": English names may have their own words after the states
    own_words = r"(?:(?:[A-Z][a-z]+ ){0,3})?"
    english = rf"(?:(?:{country})(?:-|\s)(?:{country})?(?:\s|-)?{own_words})?"
    prefix = {"de": qualifiers + pair, "en": english}.get(lang, "")
    return re.compile(prefix + source)


def head_kind(lang: str, form: str) -> str | None:
    heads: dict[str, str] = load_lexicon(lang)["body_heads"]
    lowered = form.lower()
    best = None
    for head, kind in heads.items():
        index = lowered.find(head)
        # (a German head ends its word: "Integrationsausschuss" is no "Rat")
        while lang == "de" and index >= 0 and not re.match(r"(?:e?s|e?n)?(?![^\W\d_])", lowered[index + len(head) :]):
            index = lowered.find(head, index + 1)
        if index >= 0 and (best is None or index < best[0] or (index == best[0] and len(head) > best[2])):
            best = (index, kind, len(head))
    return best[1] if best else None


def find_bodies(text: str, lang: str, sentences: list[tuple[int, int]], pair: tuple[str, ...]) -> list[Body]:
    """Bilateral bodies in ``text``; their states default to the article's ``pair``."""
    lex = load_lexicon(lang)
    out: list[Body] = []
    for start, end in sentences:
        for match in _body_re(lang).finditer(text, start, end):
            form = match.group().strip()
            kind = head_kind(lang, form)
            if not kind:
                continue
            # "… Commission for Cooperation in Abidjan": where it meets is no part of its name
            place = re.search(r" in ((?:[A-Z][\w'’-]+ ?){1,3})$", form) if lang == "en" else None
            if place and (lex.city(place.group(1)) or lex.state_of(place.group(1))):
                form = form[: place.start()]
            states = []
            for state in lex.state_re.finditer(form):
                code = lex.state_of(state.group())
                if code and code not in states:
                    states.append(code)
            # a joint or business body, or a working group, of the article's pair ("совместный деловой совет",
            # "eine Arbeitsgruppe für grünen Wasserstoff"); not the UN Security Council or a Federal Council
            bilateral = len(states) >= 2 or cue(lang, "bilateral_body", re.IGNORECASE).search(form)
            if len(states) < 2:
                if kind == "council" and not bilateral:
                    continue
                if not bilateral and not cue(lang, "cooperation_word").search(form):
                    continue
                states = list(dict.fromkeys([*states, *pair]))[:2]
            if len(states) < 2:
                continue
            # the topic the pattern leaves out is of the body's full form ("joint working group on critical minerals")
            form_start = match.start() + len(match.group()) - len(match.group().lstrip())
            # (or goes on after a topic the pattern took: "рабочая группа по торговле| и инвестициям")
            form_end = form_start + len(form)
            topic_end = next(
                (m.end() for m in cue(lang, "body_topic").finditer(text, form_start, end)
                 if m.start() <= form_end < m.end()), None
            )  # fmt: skip
            topic_form = text[form_start:topic_end] if topic_end else None
            name = _english(form, kind, states, lang)
            # "Joint Belarusian-Thai Commission" is also written "Belarusian-Thai Joint Commission"
            lead = re.match(r"Joint (\S+-\S+) ", name)
            other = (f"{lead.group(1)} Joint {name[lead.end() :]}",) if lead else ()
            out.append(Body(match.start(), form_end, form, kind, (states[0], states[1]), name, other, topic_form))
    return out


def _english(form: str, kind: str, states: list[str], lang: str = "de") -> str:
    """The English name of a bilateral body from the form written in the text.

    >>> _english("belarussisch-chinesischen zwischenstaatlichen Ausschusses für Zusammenarbeit",
    ...          "intergovernmental-committee", ["BY", "CN"])
    'Belarusian-Chinese Intergovernmental Committee for Cooperation'
    >>> _english("Межправительственной российско-лаосской комиссии по торгово-экономическому и научно-техническому "
    ...          "сотрудничеству", "commission", ["RU", "LA"], "ru")
    'Russian-Lao Intergovernmental Commission for Trade, Economic and Scientific-Technical Cooperation'
    """
    if lang == "en" and re.search(r"^[A-Z]", form) and re.search(r"[a-z]", form):
        name = form[0].upper() + form[1:]  # English already
        # (not "High-Level …": a hyphen alone does not name the states)
        named = load_lexicon(lang).state_re.search(name) or re.search(r"\b(?:between|of)\b", name)
        if not named and len(states) == 2:
            name = f"{english_name(states[0])}-{english_name(states[1])} {name}"  # "Australia-India Joint …"
        return name
    lex = load_lexicon(lang)
    lowered = form.lower()
    # (the longest stem that fits: "wirtschafts- und handelskommission", not also the "handelskommission" in it)
    stems = [stem for stem in (lex.data.get("body_qualifiers") or {}) if stem in lowered]
    qualifiers = list(
        dict.fromkeys(
            str(lex.data["body_qualifiers"][stem])
            for stem in stems
            if not any(stem != other and stem in other for other in stems)
        )
    )
    base = {"commission": "Commission", "intergovernmental-committee": "Committee",
            "working-group": "Working Group", "council": "Council"}[kind]  # fmt: skip
    if kind == "intergovernmental-committee" and not qualifiers:
        qualifiers = ["Intergovernmental"]
    # "совместной белорусско-мьянманской комиссии": "Joint" written before the states comes first in English too
    first_state = lex.state_re.search(form)
    lead = []
    if "Joint" in qualifiers and first_state and re.match(r"(?:gemeinsam|gemischt|совместн)", lowered):
        lead, qualifiers = ["Joint "], [q for q in qualifiers if q != "Joint"]
    order = ["Intergovernmental", "High-Level", "Strategic Cooperation", "Joint", "Binational", "Business",
             "Partnership", "Steering", "Economic", "Trade", "Economic and Trade"]  # fmt: skip
    head = " ".join([*sorted(qualifiers, key=order.index), base])
    fields = _fields(lex, form)
    if fields:
        field = f" for {fields[0] if len(fields) == 1 else ', '.join(fields[:-1]) + ' and ' + fields[-1]} Cooperation"
    else:
        # (not the head's own word: "Kooperationsrat", "Совет стратегического сотрудничества")
        cooperation = r"Zusammenarbeit|Kooperation(?!srat)|(?<!стратегического )сотрудничеств|кооперац"
        field = " for Cooperation" if re.search(cooperation, form) else ""
    if re.search(r"\b(?:zwischen|between)\b|\bмежду\b", form):
        return f"{head}{field} between {english_name(states[0])} and {english_name(states[1])}"
    return f"{''.join(lead)}{_adjective(states[0])}-{_adjective(states[1])} {head}{field}"


def _fields(lex: Any, form: str) -> list[str]:
    """The fields of cooperation a body's name gives after "für"/"по", in English; none if one is not known."""
    phrase = re.search(
        r"(?:\bfür|\bzur|(?<!\w)по)\s+(.+?)\s+(?:Zusammenarbeit|Kooperation|сотрудничеств|кооперац)", form
    )
    stems: dict[str, str] = {str(k): str(v) for k, v in (lex.data.get("body_fields") or {}).items()}
    if not phrase or not stems:
        return []
    out: list[str] = []
    for word in re.split(r",\s*|\s+(?:und|и)\s+", phrase.group(1).strip()):
        word = word.strip().lower()
        known = [stem for stem in stems if word.startswith(stem)]
        if not word or not known:
            return []
        out += [part.strip() for part in stems[max(known, key=len)].split(",")]
    return out


def noun_pair_name(body: Body) -> str | None:
    """The name of a body with the states' short names for their adjectives ("China-Serbia Joint Committee ...",
    as well as "Chinese-Serbian ..."): English uses both."""
    a, b = body.countries
    adjectives = f"{_adjective(a)}-{_adjective(b)} "
    if not body.name.startswith(adjectives):
        return None
    return f"{english_name(a)}-{english_name(b)} {body.name[len(adjectives) :]}"


@cache
def _adjective(code: str) -> str:
    """The English adjective of a state ("Belarusian"), else its short name."""
    adjectives = ((states().get(code) or {}).get("en") or {}).get("adj") or []
    return str(adjectives[0]) if adjectives else english_name(code)


# -- ministries, embassies, press services, enterprises mentioned in the text -------------------------------


@dataclass
class Org:
    """An organisation mentioned in the text (not a bilateral body)."""

    key: str
    name: str
    kind: str
    countries: list[str]
    aliases: list[str] = field(default_factory=list)
    receiving: str | None = None
    domain: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    start: int = 0
    end: int = 0


_TWO = {
    "de": re.compile(r"(?:\s+(?:beider Länder|der beiden Länder|beider Staaten|der beiden Staaten))"),
    "en": re.compile(r"(?:\s+of (?:the two|both) (?:countries|states|sides))"),
    "ru": re.compile(r"(?:\s+(?:двух|обеих) (?:стран|государств))"),
}
_TWO_BEFORE = r"(?:beiden|beider|two|both|двух|обеих|обоих)\s+$"
_IN = {"de": r"\s+(?:in|bei) (?:der |dem |den )?", "en": r"\s+(?:in|to) (?:the )?", "ru": r"\s+(?:в|во|при) "}
_PRESENCE = re.compile(r"Beisein|in (?:the )?presence of|в присутствии|при участии", re.IGNORECASE)


@cache
def _ministries() -> dict[str, Any]:
    return dict(read_lexicon_file("ministries.yaml"))


@cache
def ru_short_names() -> dict[str, str]:
    """Russian short names of ministries, longest first ("Минэкономразвития", "Минфин") -> their field in English.

    >>> ru_short_names()["Минфин"]
    'Finance'
    """
    names = _ministries()["ru_short"]
    return {str(k): str(names[k]) for k in sorted(names, key=len, reverse=True)}


@cache
def _org_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) of organisation mentions; groups ``field``/``short`` give a ministry's field."""
    lex = load_lexicon(lang)
    data = _ministries()
    out: list[tuple[str, str]] = []
    if lang == "de":
        domains = "|".join(re.escape(d) for d in sorted(lex["domains"], key=len, reverse=True))
        # field words joined by "," or "und", not the name after the ministry ("..., Benjamin Haddad")
        word = r"[A-ZÄÖÜ][\wäöüß-]+(?![\wäöüß-])(?! [A-ZÄÖÜ])"
        free = (
            rf"(?:Auswärtige Angelegenheiten|[A-ZÄÖÜ][\wäöüß-]+)(?:(?:, | und )(?:{word}|auswärtige Angelegenheiten))*"
        )
        # "das Bundeswirtschaftsministerium", "des Bundesministeriums für wirtschaftliche Zusammenarbeit und
        # Entwicklung", "das Bundesministerium der Finanzen": a federal ministry, its field in lower case after "Bundes"
        lower = "|".join(re.escape(d[:1].lower() + d[1:]) for d in sorted(lex["domains"], key=len, reverse=True))
        federal_free = rf"(?:[a-zäöü]+e )?{free}"
        out += [
            ("ministry", rf"(?P<field>{domains})ministeri(?:um|ums|en)\b"),
            ("ministry", rf"Bundes(?P<field>{lower})ministeri(?:um|ums|en)\b"),
            ("ministry", rf"Ministeri(?:um|ums|en) für (?P<free>{free})"),
            ("ministry", rf"Bundesministeri(?:um|ums|en) (?:für|der|des) (?P<free>{federal_free})"),
            ("ministry", r"(?P<aa>Auswärtige[nms]? Amt(?:e?s)?)\b"),
            # Switzerland's ministries ("das Eidgenössische Departement für auswärtige Angelegenheiten (EDA)",
            # "das Eidgenössische Finanzdepartement (EFD)", "das Aussendepartement")
            ("ministry", rf"(?:Eidgenössische[nms]? )?(?P<field>{domains})departement(?:e?s)?\b"),
            ("ministry", rf"Eidgenössische[nms]? Departements? für "
                         rf"(?P<free>auswärtige Angelegenheiten|{free})"),
            ("embassy", r"Botschaft(?:en)?\b"),
            ("press-service", r"(?:Pressedienst(?:es)?|Pressestelle|Pressebüro|Presseabteilung)\b"),
            # an agency named after what it is ("die staatliche Investitionsagentur Enterprise Greece")
            ("agency", r"(?!Nachrichten|Presse)(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:agentur|behörde)\s+"
                       r"(?P<name>(?:[A-Z][\w&-]+ ){0,2}[A-Z][\w&-]+)(?![\w-])"),
            ("business-association", r"(?P<chamber>(?:Industrie- und )?Handelskammer|Wirtschaftskammer)\b"),
            # "der Technologiekonzern Bühler", "der Energieversorger EVN", "die Staatsbahn EFE", "des ungarischen Öl-
            # und Gaskonzerns MOL", "des serbischen Pipelinebetreibers Transnafta"; no German noun after the name
            # ("Rio Tinto Anteile")
            ("enterprise", r"(?:Unternehmen|Konzern[s]?|Hersteller[s]?|Firma|"
                           r"(?:[A-ZÄÖÜ][a-zäöüß]+- und )?[A-ZÄÖÜ][a-zäöüß]+"
                           r"(?:konzern|versorger|hersteller|bahn|betreiber|zulieferer|produzent)(?:s|en)?)\s+"
                           r"(?P<name>[A-Z][\w-]+(?: (?![\w-]*(?:e|en|ung|heit|keit|schaft|ion)\b)[A-Z][\w-]+){0,2})"),
            ("enterprise", r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2} "
                           r"(?<!Planning )(?<!Working )(?:Group|Holding))\b"),
            ("enterprise", r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) (?:AG|GmbH|SE)\b"),
            ("enterprise", r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+er )?[A-ZÄÖÜ]?[\wäöüß]*(?:[Tt]raktoren|[Aa]utomobil|"
                           r"[Mm]aschinenbau|[Ll]andmaschinen|[Mm]etallurgie)werk(?:e|s|es)?)\b"),
        ]  # fmt: skip
    elif lang == "en":
        fields = "|".join(sorted(data["en_fields"], key=len, reverse=True))
        free = lex["domain_re"]
        out += [
            ("ministry", rf"Ministry (?:of|for) (?P<free>{free})"),
            # the ministries of states that call them departments (Australia, South Africa, the Philippines, the US)
            # (not Kenya's state departments under a ministry: "State Department for Petroleum")
            ("ministry", rf"(?<!State )Department (?:of|for) (?!Customs\b|Statistics\b)(?P<free>{free})"),
            ("ministry", rf"(?P<field>{fields})(?: Affairs)? Ministry\b"),
            ("ministry", r"(?P<aa>Federal Foreign Office)\b"),
            ("embassy", r"(?:[Ee]mbass(?:y|ies)|High Commissions?)\b"),
            ("press-service", r"[Pp]ress (?:service|office)\b"),
            # an agency named after what it is ("the investment promotion agency Enterprise Singapore")
            ("agency", r"(?<=[a-z] )(?<!news )(?:agency|authority)\s+"
                       r"(?P<name>(?:[A-Z][\w&-]+ ){0,2}[A-Z][\w&-]+)(?![\w-])"),
            # a company named after the word ("the Myanmar company Super Seven Stars", "Chile's state oil company
            # ENAP", "US company NuScale Power")
            ("enterprise", r"(?<=[\w'’] )(?:[a-z]+(?:-[a-z]+)? ){0,2}"
                           r"(?:company|firm|operator|utility|carrier|airline|conglomerate|manufacturer|producer)\s+"
                           r"(?P<name>(?:[A-Z][\w&-]+ ){0,3}[A-Z][\w&-]+)(?![\w-])"),
            ("business-association", r"(?P<chamber>Chamber of Commerce(?: and Industry)?)\b"),
            # a federation of chambers, named in full ("Nigerian Association of Chambers of Commerce, Industry, Mines
            # and Agriculture", "Federation of Indian Chambers of Commerce and Industry")
            ("business-association", r"(?P<federation>(?:Federation|Association|Confederation|Union) of "
                                     r"(?:[A-Z][\w-]+ )?Chambers of (?:Commerce|Industry)(?:(?:,| and) [A-Z][\w-]+)*)"),
            ("enterprise", r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2} "
                           r"(?<!Planning )(?<!Working )(?:Group|Holding))\b"),
            ("university", r"(?P<name>(?:(?!(?:The|This|A|An|At|In|On|Of|And)\b)[A-Z][\w'-]+ ){1,3}"
                           r"(?:(?:State|National|Technical|Polytechnic|Pedagogical|"
                           r"Medical|Agrarian|Economic|Linguistic) )?University(?: of (?:[A-Z][\w-]+)"
                           r"(?: (?:and )?[A-Z][\w-]+){0,2})?)(?![\w-])"),
            ("enterprise", r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) (?:JSC|OJSC|PJSC|CJSC|LLC|Ltd|Inc|Corp|"
                           r"Corporation|Company)\b"),
        ]  # fmt: skip
    else:
        domains = domain_alternation("ru")
        shorts = "|".join(map(re.escape, ru_short_names()))
        out += [
            ("ministry", rf"[Мм]инистерств\w* (?P<field>{domains})"),
            ("ministry", rf"(?<![\w-])(?P<short>{shorts})[а-я]{{0,2}}(?!\w)"),
            ("ministry", r"[Вв]нешнеполитическ\w+ ведомств\w+"),
            ("embassy", r"[Пп]осольств\w*"),
            ("press-service", r"[Пп]ресс-(?:служб|центр)\w*|[Сс]лужб\w* пресс-информации|"
                              r"[Уу]правлени\w* по связям с прессой"),
            ("business-association", r"(?P<chamber>[Тт]оргово-промышленн\w+ палат\w+|[Тт]оргов\w+ палат\w+)"),
            ("business-association", r"(?P<federation>[Фф]едераци\w+ [а-яё]+ торгов\w+ и промышленн\w+ палат)"),
            ("enterprise", r"(?:ОАО|АО|ПАО|ЗАО|ООО|[Кк]омпани\w+|[Пп]редприяти\w+|[Хх]олдинг\w*|[Кк]онцерн\w*|"
                           r"[Зз]авод\w*)"
                           r"\s+[«\"](?P<name>[^»\"]{2,40})[»\"]"),
            # a company named in Latin letters after the word ("мьянманская компания Super Seven Stars", "оманская
            # энергетическая компания OQ", "венгерская авиакомпания Wizz Air")
            ("enterprise", rf"(?:(?!{lex.state_re.pattern})[а-яё]+(?:ая|ой|ую|ый|ого|ому|ым|ое) )?"
                           r"(?:[Кк]омпани|[Аа]виакомпани|[Кк]орпораци)\w*\s+"
                           r"(?P<name>[A-Z][\w&.-]*(?: (?:(?:and|of|&) )?[A-Z][\w&.-]*){0,3})(?![\w-])"),
        ]  # fmt: skip
    return [(kind, re.compile(rf"(?<![\w-]){source}")) for kind, source in out]


def _field(lang: str, match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    lex = load_lexicon(lang)
    if groups.get("aa") or re.match(r"[Вв]нешнеполит", match.group()):
        return "Foreign Affairs"
    if groups.get("short"):
        return ru_short_names()[groups["short"]]
    if groups.get("field"):
        value = groups["field"]
        if lang == "en":
            same = {"Foreign": "Foreign Affairs", "External Affairs": "Foreign Affairs", "Interior": "Internal Affairs",
                    "Home": "Internal Affairs"}  # fmt: skip
            return same.get(value, value)
        return domain_english(lang, value)  # ("Bundeswirtschaftsministerium": a field in lower case after "Bundes")
    if groups.get("free"):
        value = groups["free"]
        if lang == "de":
            words = {k.lower(): v for k, v in (lex.data.get("domain_words") or {}).items()}
            known = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            # phrases first ("Auswärtige Angelegenheiten"), then single words
            adjectives = {str(k).lower(): str(v) for k, v in (lex.data.get("domain_adjectives") or {}).items()}

            def english(word: str) -> str:
                # ("für wirtschaftliche Zusammenarbeit": an adjective of a field, by its stem; an inflected one may
                # begin a name in capitals: "Ministerium für Politische Koordinierung")
                stem = re.sub(r"(?:e|en|er|es)$", "", word)
                adjective = adjectives.get(stem.lower()) if word.islower() or stem != word else None
                return words.get(word.lower()) or adjective or word

            value = re.sub(rf"(?i:{known})(?![\wäöüß])|[\wäöüß]+", lambda m: english(m.group()), value).replace(
                " und ", " and "
            )
        return value
    return None


@cache
def _has_departments(country: str) -> bool:
    """Whether some ministry of ``country`` is officially a department (the Philippines, Australia, South Africa …)."""
    data = _ministries()
    official = data["official"].get(country) or {}
    return (data.get("ministry_words") or {}).get(country) == "Department" or any(
        str(name).startswith("Department") for name in official.values()
    )


def ministry_key(country: str, field_name: str) -> str:
    """The key of a state's ministry of a field, the same wherever the ministry is found ("by-ministry-of-industry")."""
    return f"{country.lower()}-ministry-of-{slug(field_name)}"[:80].rstrip("-")


def ministry_of(orgs: list[Org], country: str, field_name: str, sentence: tuple[int, int]) -> Org:
    """The ministry of a state's field among ``orgs``, by its field or its official name ("Minister for Foreign
    Affairs" is of the "Department of Foreign Affairs and Trade"); one named by a title only is added to ``orgs``."""
    official = ministry_name(country, field_name)
    found = next(
        (o for o in orgs if o.kind == "ministry" and o.countries == [country]
         and (o.domain == field_name or o.name == official)), None
    )  # fmt: skip
    if found is None:
        # "Foreign Affairs Minister Hugh Todd … at the Ministry of Foreign Affairs and International Cooperation":
        # the one ministry of the state whose written name goes on from the field of the title
        longer = [
            o for o in orgs
            if o.kind == "ministry" and o.countries == [country] and (o.domain or "").startswith(f"{field_name} and ")
        ]  # fmt: skip
        found = longer[0] if len(longer) == 1 else None
    if found is None:
        found = Org(ministry_key(country, field_name), official, "ministry", [country], domain=field_name,
                    mentions=[sentence])  # fmt: skip
        orgs.append(found)
    return found


def ministry_name(country: str, field_name: str) -> str:
    """The English name of a state's ministry ("Ministry of Education of the Republic of Belarus").

    >>> ministry_name("BY", "Education"), ministry_name("DE", "Foreign Affairs")
    ('Ministry of Education of the Republic of Belarus', 'Federal Foreign Office of Germany')
    >>> ministry_name("GB", "Internal Affairs"), ministry_name("FR", "Foreign Affairs")
    ('Home Office of the United Kingdom', 'Ministry for Europe and Foreign Affairs of the French Republic')
    >>> ministry_name("CA", "Foreign Affairs")
    'Global Affairs Canada'
    >>> ministry_name("KE", "Foreign Affairs and Diaspora Affairs")
    'Ministry of Foreign and Diaspora Affairs of the Republic of Kenya'
    >>> ministry_name("ZA", "Mineral and Petroleum Resources")
    'Department of Mineral and Petroleum Resources of the Republic of South Africa'
    """
    official = _ministries()["official"].get(country) or {}
    special = official.get(field_name) or official.get(field_name.replace("Defense", "Defence"))  # either spelling
    if special is None:
        # "Foreign Affairs and Diaspora Affairs": the one ministry the listed parts of a combined field name
        named = {official[part] for part in re.split(r", | and ", field_name) if part in official}
        special = named.pop() if len(named) == 1 else None
    if special and english_name(country) in str(special):
        return str(special)  # "Global Affairs Canada": the state is in the name already
    if special:  # "Federal Foreign Office of Germany", "Ministry of National Economy of the Republic of Kazakhstan"
        state = official_name(country) if str(special).startswith("Ministry") else _short_name(country)
        return f"{special} of {state}"
    word = (_ministries().get("ministry_words") or {}).get(country, "Ministry")
    return f"{word} of {field_name} of {official_name(country)}"


def _short_name(code: str) -> str:
    """The English short name of a state, with "the" where English uses it ("the United Kingdom")."""
    name = english_name(code)
    return f"the {name}" if re.match(r"United |.*(?:lands|ines|ives|Republic)$", name) else name


def government_names(country: str) -> list[str]:
    """The English names of a state's government, the official one first ("Council of Ministers of ...").

    >>> government_names("RU")
    ['Government of the Russian Federation', 'Russian Government']
    >>> government_names("JP")
    ['Government of Japan', 'Cabinet of Japan', 'Japanese Government']
    """
    generic = f"Government of {official_name(country)}"
    special = [str(name) for name in (_ministries().get("governments") or {}).get(country) or []]
    adjective = _adjective(country)  # "the Thai government"
    by_adjective = [f"{adjective} Government"] if adjective != english_name(country) else []
    return list(dict.fromkeys([*special, generic, *by_adjective]))


def embassy_names(country: str, receiving: str, city: str | None = None) -> list[str]:
    """The English names of a state's embassy in another, the official one first: a High Commission between two
    members of the Commonwealth; also named by the city it is in (the one the text names, else where embassies in
    that state are) and with the state's adjective.

    >>> embassy_names("DE", "ID", "Jakarta")  # doctest: +NORMALIZE_WHITESPACE
    ['Embassy of the Federal Republic of Germany in the Republic of Indonesia',
     'Embassy of the Federal Republic of Germany in Jakarta', 'German Embassy in Jakarta',
     'German Embassy in Indonesia']
    >>> embassy_names("AU", "IN")  # doctest: +NORMALIZE_WHITESPACE
    ['High Commission of Australia in the Republic of India', 'High Commission of Australia in New Delhi',
     'Australian High Commission in New Delhi', 'Australian High Commission in India',
     'Embassy of Australia in the Republic of India']
    """
    data = _ministries()
    mission = "High Commission" if {country, receiving} <= set(data["high_commissions"]) else "Embassy"
    cities = ((states().get(receiving) or {}).get("en") or {}).get("cities") or []
    city = city or (data.get("embassy_cities") or {}).get(receiving) or (str(cities[0]) if cities else None)
    names = [f"{mission} of {official_name(country)} in {official_name(receiving)}"]
    if city:
        names += [f"{mission} of {official_name(country)} in {city}", f"{_adjective(country)} {mission} in {city}"]
    names.append(f"{_adjective(country)} {mission} in {english_name(receiving)}")
    if mission != "Embassy":
        names.append(f"Embassy of {official_name(country)} in {official_name(receiving)}")
    return list(dict.fromkeys(names))


def regional_government_names(region: Region) -> list[str]:
    """The English names of a region's government, the official one first.

    >>> from ingest.extract.lexicon import region_forms
    >>> regional_government_names(region_forms()["Гродненская"])
    ['Grodno Oblast Executive Committee', 'Grodno Regional Executive Committee']
    >>> regional_government_names(region_forms()["Sachsen"])[:3]
    ['Government of Saxony', 'Saxon State Government', 'State Government of Saxony']
    >>> regional_government_names(region_forms()["Steiermark"])[-1]
    'Styrian Provincial Government'
    """
    templates = _ministries()["regional_governments"]
    base = re.sub(r" (?:Oblast|Region|Province|Krai)$", "", region.name)
    names = []
    for template in templates.get(region.state) or templates["default"]:
        if "{adjective}" in template and not region.adjective:
            continue
        names.append(template.format(region=region.name, base=base, adjective=region.adjective))
    return names


@cache
def _state_context_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a state or city around an organisation's name: a state right before it, "of X" after it,
    "in X" after it.  Compiled once per language: the states' alternation makes each cost 0.2-0.6 s to compile,
    and re's own cache of 512 patterns did not reliably keep them from one article to the next."""
    lex = load_lexicon(lang)
    state = f"(?:{lex.state_re.pattern})"
    return (
        re.compile(rf"({state})\s+$"),
        of_state_re(lang),
        re.compile(rf"{_IN[lang]}(?:{state}|{lex.city_re.pattern})", re.IGNORECASE if lang == "en" else 0),
    )


def find_orgs(
    text: str,
    lang: str,
    sentences: list[tuple[int, int]],
    people: Any,
    pair: tuple[str, ...],
    home: str | None,
    publisher_state: str | None = None,
    body_start: int = 0,
    publisher: str | None = None,
) -> list[Org]:
    """Ministries, embassies, press services, enterprises and cited media the text mentions as bodies (``home``: the
    state of the dateline, else of the publisher; ``publisher`` and ``publisher_state``: the publisher and its state;
    ``body_start``: where the text after the dateline begins)."""
    lex = load_lexicon(lang)
    state_before_re, after_re, in_re = _state_context_res(lang)
    two_re = _TWO[lang]
    orgs: dict[tuple[str, tuple[str, ...], str], Org] = {}
    known_pattern, known = enterprises(lang)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    # a chamber or company the dictionary knows by name is that one ("Wirtschaftskammer Österreich")
    known_matches = list(known_pattern.finditer(text))
    known_spans = [m.span() for m in known_matches]
    for kind, pattern in _org_patterns(lang):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _, _ in found):
                continue
            if kind in ("business-association", "enterprise") and any(
                s < match.end() and match.start() < e for s, e in known_spans
            ):
                continue
            found.append((match.start(), match.end(), kind, match))
    found.sort(key=lambda item: item[0])
    last_ministry: Org | None = None
    press: list[tuple[int, int, re.Match[str]]] = []
    for start, end, kind, match in found:
        if kind == "press-service":
            press.append((start, end, match))
            continue
        form_start, form_end = start, end
        before = state_before_re.search(text[max(0, start - 40) : start])
        if before and kind == "enterprise" and text[: start - len(before.group())].endswith("-"):
            before = None  # "der britisch-australische Konzern": of two states, which a company's name does not give
        states: list[str] = []
        if before:
            code = lex.state_of(before.group(1))
            if code:
                states.append(code)
                form_start = start - len(before.group())
        after = after_re.match(text, end)
        if not states and after and kind != "enterprise":
            code = _last_state(lex, after.group())
            if code:
                states.append(code)
                form_end = after.end()
        two = two_re.match(text, end)
        if not states and (two or re.search(_TWO_BEFORE, text[max(0, start - 12) : start])):
            states = list(pair[:2])
            form_end = two.end() if two else end
        receiving = city = None
        if kind == "embassy":
            where = in_re.match(text, form_end)
            if where:
                receiving = _last_state(lex, where.group())
                if receiving is None:  # "the German Embassy in Jakarta"
                    city, receiving = lex.last_city(where.group()) or (None, None)
                form_end = where.end()
        field_name = _field(lang, match) if kind == "ministry" else None
        if kind == "ministry" and match.groupdict().get("aa") and not states:
            states = ["DE"]
        if kind == "ministry" and re.search("[Dd]epartement", match.group()):
            states = ["CH"]  # (only Switzerland calls its ministries "Departement")
        if not states and kind == "ministry" and (where := in_re.match(text, form_end)):
            # "at the Ministry of External Affairs in New Delhi": of the state of the city it is in
            code = _last_state(lex, where.group()) or (lex.last_city(where.group()) or (None, None))[1]
            states = [code] if code else []
        if not states and kind == "ministry":
            holders = [
                p.country for p in people.people for post in p.posts if post.ministry == field_name and p.country
            ]
            if not holders and not home:
                # with no state the story is told from: of a minister of its first field ("Minister of Foreign
                # Affairs" of the "Ministry of Foreign Affairs and International Cooperation")
                holders = [
                    p.country
                    for p in people.people
                    for post in p.posts
                    if post.ministry and (field_name or "").startswith(f"{post.ministry} and ") and p.country
                ]
            states = [holders[0]] if holders and len(set(holders)) == 1 else ([home] if home else [])
            if match.group().startswith("Department") and home and states != [home] and _has_departments(home):
                states = [home]  # "the Department of Foreign Affairs" in Manila: not Thailand's, which has ministries
        if not states and match.groupdict().get("federation"):  # "Federation of Indian Chambers of Commerce"
            inside = _last_state(lex, match.group("federation"))
            states = [inside] if inside else []
        if not states and kind == "agency" and match.groupdict().get("name"):  # "… Enterprise Greece"
            inside = _last_state(lex, match.group("name")) or _last_state(load_lexicon("en"), match.group("name"))
            states = [inside] if inside else []
        if not states and kind == "university":  # "Belarusian State University", "Moscow State University"
            inside = _last_state(lex, match.group("name"))
            states = [inside] if inside else []
        if not states and kind in ("enterprise", "university"):
            code = _place_of_name(lex, match.group("name"))
            states = [code] if code else []
        if not states and kind == "embassy":
            ambassadors = [(p.country, post.receiving) for p in people.people for post in p.posts
                           if post.role == "ambassador" and post.receiving and p.country]  # fmt: skip
            if ambassadors:
                states, receiving = [ambassadors[0][0]], receiving or ambassadors[0][1]
        if not states and kind == "business-association" and match.groupdict().get("chamber") and lang != "en":
            # "Торгово-промышленная палата Абу-Даби", "Handelskammer Hamburg": a city's chamber
            city_after = lex.city_re.match(text, end + 1) if text[end : end + 1] == " " else None
            place = lex.city(city_after.group()) if city_after else None
            if place is not None:
                english, code = place
                name = f"{english} Chamber of Commerce and Industry"
                org = _add(orgs, kind, [str(code)], name, f"{str(code).lower()}-{slug(name)}")
                form = text[start : city_after.end()]  # type: ignore[union-attr]
                if form not in org.aliases:
                    org.aliases.append(form)
                org.mentions.append((start, city_after.end()))  # type: ignore[union-attr]
                continue
        states = [code for code in states if code]  # a state not known (a minister of no stated state)
        if not states:
            continue
        form = text[form_start:form_end]
        pair_before = None
        if kind == "business-association":  # "der Deutsch-Mexikanischen Industrie- und Handelskammer": of both states
            pairs = list(_state_pair_re(lang).finditer(text, max(0, start - 60), start))
            pair_before = pairs[-1] if pairs and not text[pairs[-1].end() : start].strip() else None
        if pair_before:
            first, second = lex.state_of(pair_before.group(1)), lex.state_of(pair_before.group(2))
            if first and second and first != second:
                a, b = str(first), str(second)
                name = f"{_adjective(a)}-{_adjective(b)} Chamber of Commerce and Industry"
                org = _add(orgs, kind, [a, b], name, f"{a.lower()}-{b.lower()}-chamber-of-commerce")
                form = text[pair_before.start() : form_end]
                if form not in org.aliases:
                    org.aliases.append(form)
                org.mentions.append((pair_before.start(), form_end))
                continue
        for code in states:
            if kind == "embassy":
                rec = receiving
                if rec is None or rec == code:
                    rec = next((c for c in ([home] if home else []) + list(pair) if c and c != code), None)
                if rec is None:
                    continue
                name, *other_names = embassy_names(code, rec, city if rec == receiving else None)
                org = _add(orgs, "embassy", [code], name, f"{code.lower()}-embassy-{rec.lower()}")
                org.aliases = list(dict.fromkeys([*org.aliases, *other_names]))
                org.receiving = rec
            elif kind == "ministry":
                if not field_name:
                    continue
                org = _add(orgs, "ministry", [code], ministry_name(code, field_name), ministry_key(code, field_name))
                org.domain = field_name
                last_ministry = org
            elif match.groupdict().get("federation"):
                written = match.group("federation")
                if written in known:
                    continue  # (one the actor dictionary knows, "Federation of Pakistan Chambers of Commerce and …")
                # (with the state's adjective before it: "Nigerian Association of Chambers of Commerce, …")
                english = f"Federation of {_adjective(code)} Chambers of Commerce and Industry"
                name = text[form_start:end] if lang == "en" else english
                org = _add(orgs, kind, [code], name, f"{code.lower()}-{slug(name)}"[:80].rstrip("-"))
            elif kind == "business-association":
                # ("the Jordan Chamber of Commerce", "Торговая палата Иордании": of commerce only, as written)
                chamber = match.groupdict().get("chamber") or ""
                of = (
                    "Commerce"
                    if re.fullmatch(r"Chamber of Commerce|[Тт]оргов\w+ палат\w+", chamber)
                    else ("Commerce and Industry")
                )
                name = f"Chamber of {of} of {official_name(code)}"
                org = _add(orgs, kind, [code], name, f"{code.lower()}-chamber-of-commerce")
                other_names = [f"{_adjective(code)} Chamber of {of}", f"{english_name(code)} Chamber of {of}"]
                org.aliases = list(dict.fromkeys([*org.aliases, *other_names]))
            else:
                company = match.group("name").strip()
                entry = known.get(company) or known.get(re.sub(r"e?s$", "", company))
                if entry is not None:  # "Gomselmash OJSC", "des Minsker Traktorenwerks": the enterprise known by name
                    continue
                org = _add(orgs, kind, [code], company, f"{code.lower()}-{slug(company)}")
                if company not in org.aliases:
                    org.aliases.append(company)
            if len(states) == 1 and form not in org.aliases:
                org.aliases.append(form)
            org.mentions.append((form_start, form_end))
    # bare "the ministry" / "министерства": the ministry named before
    bare = {"de": r"(?<![\w-])(?:das|des|dem) Ministeriums?\b", "en": r"\bthe [Mm]inistry\b(?! of)",
            "ru": r"(?<![\w-])министерств[оау]\w{0,2}\b(?! \w+ дел| [А-ЯЁ])"}[lang]  # fmt: skip
    for match in re.finditer(bare, text):
        owner = _owner_before(orgs, match.start(), "ministry") or last_ministry
        if owner is None or any(s <= match.start() < e for s, e in owner.mentions):
            continue
        form = match.group() if lang == "ru" else match.group().split(" ", 1)[1]
        if form not in owner.aliases:
            owner.aliases.append(form)
        owner.mentions.append((match.start(), match.end()))
    _governments(text, lang, lex, orgs, home, people)
    for match in known_matches:  # "Gomselmash", "Минским тракторным заводом", "Rosatom"
        name, codes, kind = known[match.group()]
        org = _add(orgs, kind, list(codes), name, f"{'-'.join(codes).lower()}-{slug(name)}")
        if match.group() not in org.aliases and match.group() != name:
            org.aliases.append(match.group())
        org.mentions.append((match.start(), match.end()))
    for start, end, match in press:
        parent = None
        for org in orgs.values():
            for s, e in org.mentions:
                # "the press service of the Belarusian government": the owner named right after it
                if 0 <= s - end <= 30 and not re.search(r"[,.;:()]", text[end:s]) and (parent is None or s < parent[1]):
                    parent = (org, s, e)
        if parent is None:
            parent = _ministry_referred(text[end : end + 50], end, lex, orgs, people, home)
        if parent is None:
            president = re.match(
                r"\s+(?:of the |des |der )?(?:(\w+) )?(?:[Ll]eader|President|head of state|Präsidenten|"
                r"Staatschefs)|\s+(?:главы государства|(?:(\w+) )?[Пп]резидента(?: (\w+))?|(\w+) лидера)",
                text[end : end + 60],
            )
            if not president and re.search(
                r"(?:[Pp]residential|[Пп]резидентск\w+)\s+$", text[max(0, start - 20) : start]
            ):
                president = re.match(r"", text[end:])  # "the presidential press service"
            seat = _president_seat(lex, text, start, end)
            if not president and not seat:
                continue
            word = next((g for g in president.groups() if g), "") if president and president.groups() else ""
            code = (seat[0] if seat else None) or lex.state_of(word) or home or _first_president(people, start)
            if not code:
                continue
            label = "Press Service" if "office" not in match.group().lower() else "Press Office"
            org = _add(orgs, "press-service", [code], f"{label} of the President of {official_name(code)}",
                       f"{code.lower()}-president-press-service")  # fmt: skip
            form = (
                text[start : seat[1]]
                if seat and seat[1] > end
                else text[start : end + (president.end() if president else 0)]
            )
        else:
            owner, _s, e = parent
            label = (
                "Press Office"
                if re.search(r"office|Pressestelle|Pressebüro", match.group())
                else "Press Centre"
                if "центр" in match.group()
                else "Press Service"
            )
            org = _add(orgs, "press-service", list(owner.countries), f"{label} of the {owner.name}",
                       f"{owner.key}-press-service")  # fmt: skip
            form = text[start:e]
        if form not in org.aliases:
            org.aliases.append(form)
        org.mentions.append((start, end))
    _cited_media(text, lang, orgs, body_start, publisher)
    if "attributed_agency" in lex["cues"]:
        _attributed_agencies(text, lang, lex, orgs)
    _named_orgs(text, lang, lex, orgs)
    if "abbreviated_agency" in lex["cues"]:
        _abbreviated_agencies(text, lang, lex, sentences, people, orgs, home, pair)
    _state_houses(text, lang, sentences, people, orgs, home)
    if "presidency" in lex["cues"]:
        _presidencies(text, lex, sentences, people, orgs, home)
    if "president_office" in lex["cues"]:
        _president_offices(text, lex, sentences, people, orgs, home)
    _statistics_and_customs(text, lex, orgs, publisher_state or home)  # a wire quotes its own state's statistics
    _signing_bodies(text, lang, lex, sentences, people, orgs, pair)
    for key, org in list(orgs.items()):
        if org.mentions and all(start < body_start for start, _ in org.mentions):
            del orgs[key]  # "Abu Dhabi (GTAI), 16.09.2025 –": the publisher in the dateline, not an actor of the story
            continue
        org.mentions.sort()
        org.start, org.end = org.mentions[0] if org.mentions else (0, 0)
    return sorted(orgs.values(), key=lambda o: o.start)


def _president_seat(lex: Any, text: str, start: int, end: int) -> tuple[str, int] | None:
    """The state of a president's residence named right after a press service or right before it ("пресс-служба
    Акорды", "the Kremlin press service"; lexicon ``president_seats``), and where that name ends."""
    for pattern, code in (lex.data.get("president_seats") or {}).items():
        after = re.match(rf"\s+(?:of the |des |der |the )?(?:{pattern})(?![\w-])", text[end : end + 40])
        if after:
            return str(code), end + after.end()
        if re.search(rf"(?<![\w-])(?:{pattern})\s+$", text[max(0, start - 30) : start]):
            return str(code), end
    return None


def _first_president(people: Any, before: int) -> str | None:
    """The state of the first president the text names before ``before``: the head of state a press service of
    "the head of state" serves when neither a state word nor the publisher tells."""
    named = [p.country for _, p in people.mentioned(0, before, {"president"}) if p.country]
    return named[0] if named else None


def _ministry_referred(
    after: str,
    offset: int,
    lex: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    people: Any,
    home: str | None = None,
) -> tuple[Org, int, int] | None:
    """The ministry a press service's owner refers to by a common noun ("в пресс-центре таджикского министерства",
    "the press office of the ministry"): the one of that state (or the only one) named before, by its name or by a
    minister's title; of two states' ministries, the one of ``home``."""
    noun = re.match(
        r"\s+(?:of the |des |der )?(?:(\w+)\s+)?(?:министерства|ведомства|[Mm]inisteriums|[Mm]inistry)(?!\w)", after
    )
    if noun is None:
        return None
    code = lex.state_of(noun.group(1)) if noun.group(1) else None
    named = {o.key: o for o in orgs.values() if o.kind == "ministry" and o.mentions and o.mentions[0][0] < offset}
    for person in people.people:  # "Министр экономического развития и торговли Таджикистана …": his ministry
        for post in person.posts:
            if post.ministry and person.country and post.sentence[0] < offset:
                name = ministry_name(person.country, post.ministry)
                org = _add(orgs, "ministry", [person.country], name, ministry_key(person.country, post.ministry))
                org.domain = org.domain or post.ministry
                if not org.mentions:
                    org.mentions.append(post.sentence)  # as the ministry a post implies is evidenced
                named.setdefault(org.key, org)
    candidates = [o for o in named.values() if code is None or code in o.countries]
    if len(candidates) > 1 and code is None:  # of two states' ministries, the one of the state the story is told from
        candidates = [o for o in candidates if home in o.countries]
    if len(candidates) != 1:
        return None  # "the ministry" of two named before: which one is not said
    return candidates[0], offset + noun.start(), offset + noun.end()


def _attributed_agencies(text: str, lang: str, lex: Any, orgs: dict[tuple[str, tuple[str, ...], str], Org]) -> None:
    """ "According to the Customs General Administration of Mongolia, ...": an agency the lexicons do not know, named
    in full as the source of a statement (the lexicon's ``attributed_agency`` cue; English only, as other languages
    would need its English name)."""
    taken = [span for org in orgs.values() for span in org.mentions]
    for match in cue(lang, "attributed_agency").finditer(text):
        start, end = match.span("name")
        code = _last_state(lex, match.group("name"))
        if code is None or any(s < end and start < e for s, e in taken):
            continue  # a state's agency only, and not one found already ("according to the Foreign Ministry")
        name = match.group("name")
        org = _add(orgs, "agency", [code], name, f"{code.lower()}-{slug(lex.state_re.sub('', name))}")
        org.mentions.append((start, end))


@cache
def _media(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The outlets of ``media.yaml`` as written in a text of ``lang``: a pattern of every form and form ->
    (English name, state); Russian forms of one word in every case ("агентству Ёнхап")."""
    known: dict[str, tuple[str, str]] = {}
    for entry in read_lexicon_file("media.yaml"):
        for form in entry["forms"]:
            form = str(form)
            cyrillic = bool(re.search(r"[А-Яа-яЁё]", form))
            if cyrillic and lang != "ru":
                continue
            for variant in {form} | ru_forms(form) if cyrillic and " " not in form else {form}:
                known.setdefault(variant, (str(entry["name"]), str(entry["country"])))
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(list(known))})(?![\w-])"), known


def _cited_media(
    text: str, lang: str, orgs: dict[tuple[str, tuple[str, ...], str], Org], body_start: int, publisher: str | None
) -> None:
    """News agencies and broadcasters the story names as a source or as whom a speaker talked to ("told Anadolu
    Agency", "laut der Nachrichtenagentur Xinhua", "как передает агентство «Анадолу»").  Not the agency of a
    dateline, and not the publisher citing itself ("told Bernama" in a Bernama story, "сообщили АЗЕРТАДЖ"): the
    article's metadata names its publisher already.

    A name of one word or an abbreviation ("Petra", "ABC", "NAN") counts only with a word of citing before or after
    it (the lexicon's ``media_before`` and ``media_after`` cues); a longer one ("Vatican News") wherever it stands."""
    pattern, known = _media(lang)
    bare = re.sub(r"^The ", "", publisher or "")
    own = (known.get(publisher or "") or known.get(bare) or (bare, None))[0]
    taken = [span for org in orgs.values() for span in org.mentions]
    before, after = cue(lang, "media_before", re.IGNORECASE), cue(lang, "media_after")
    for match in pattern.finditer(text, body_start):
        start, end = match.span()
        name, code = known[match.group()]
        if name == own or any(s < end and start < e for s, e in taken):
            continue  # ("Xinhua" in "Xinhua News Agency", found as a whole already)
        window = max(0, start - 80)
        cited = before.search(text[window:start])
        if not cited and not after.match(text, end) and len(match.group().split()) < 2:
            continue
        described = match.group()
        if cited and cited.group("descriptor"):  # "Nachrichtenagentur Xinhua", "агентство «Анадолу»"
            described = text[window + cited.start("descriptor") : end]
            if re.search(r"[«„“\"]", described) and text[end : end + 1] in '»“”"':
                described += text[end]
        org = _add(orgs, "news-agency", [code], name, f"{code.lower()}-{slug(name)}")
        for alias in dict.fromkeys([match.group(), described]):
            if alias != name and alias not in org.aliases:
                org.aliases.append(alias)
        org.mentions.append((start, end))
        taken.append((start, end))


@cache
def _named_org_res(lang: str) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]] | None:
    """Organisations named by a head word of the lexicon's ``named_org_heads``, with up to five capitalised words
    before it, an "of/for ..." after it, and an abbreviation in brackets; and each head word with its kind."""
    heads = load_lexicon(lang).data.get("named_org_heads")
    if not heads:
        return None
    word = r"[A-Z][\w'’&-]*"
    alternation = "|".join(str(source) for source, _kind in heads)
    name_re = re.compile(
        rf"(?<![\w-])(?P<name>(?:{word} ){{0,5}}(?:{alternation})(?![\w-])"
        # "of Vietnam", not "of Vietnam and Thailand's Devawongse Varopakarn Institute"
        # ("of Bangladesh and Sri Lanka's …": not into a possessive that begins another name)
        rf"(?: (?:of|for|on) (?:the )?{word}"
        rf"(?: (?:and (?![A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s\b))?[A-Z][\w&-]*(?![\w'’])){{0,4}})?)"
        r"(?: \((?P<abbr>[A-Z][A-Za-z]{1,8})\))?"
    )
    return name_re, [(re.compile(rf"(?<![\w-])(?:{source})(?![\w-])"), str(kind)) for source, kind in heads]


@cache
def _state_pair_re(lang: str) -> re.Pattern[str]:
    """Two states joined by a hyphen ("Malaysia-China", "Deutsch-Mexikanischen"), compiled once: the states'
    alternation is long."""
    state = load_lexicon(lang).state_re.pattern
    return re.compile(rf"({state})-({state})")


def _named_orgs(text: str, lang: str, lex: Any, orgs: dict[tuple[str, tuple[str, ...], str], Org]) -> None:
    """Organisations the lexicons do not know, named in full with a head word and a state ("the Bureau of Indian
    Standards (BIS)", "Japan International Cooperation Agency", "Malaysia-China Joint Laboratory on ..."); later
    mentions of their abbreviation count too."""
    compiled = _named_org_res(lang)
    if compiled is None:
        return
    pattern, heads = compiled
    not_first = set(lex.data.get("named_org_not_first") or [])
    taken = [span for org in orgs.values() for span in org.mentions]
    for match in pattern.finditer(text):
        start, end = match.span("name")
        words, start = _without_leading(match.group("name").split(" "), start, not_first)
        name = " ".join(words)
        if len(words) < 2 or any(s < end and start < e for s, e in taken):
            continue  # a head word alone, or an organisation found already
        # "Kenya's Foreign Service Academy" is the Foreign Service Academy of Kenya
        # ("Sierra Leone's National Revenue Authority": a state's name of two words; its forms end with "'s")
        possessor = lex.state_re.match(name)
        if possessor and re.search(r"['’]s$", possessor.group()) and name[possessor.end() :].startswith(" "):
            owner = lex.state_of(possessor.group())
            name = f"{name[possessor.end() + 1 :]} of {english_name(owner)}" if owner else name
        pair = _state_pair_re(lang).search(name)
        codes = [lex.state_of(pair.group(1)), lex.state_of(pair.group(2))] if pair else []
        code = _first_state(lex, name) or (lex.last_city(name) or (None, None))[1]  # "Harbin Electric Corporation"
        countries = [c for c in codes if c] if len(set(codes) - {None}) == 2 else [code] if code else []
        if not countries:
            continue
        kind = next(kind for head, kind in heads if head.search(name))  # the first head word of the list that fits
        org = _add(orgs, kind, countries, name, f"{'-'.join(countries).lower()}-{slug(name)}")
        org.mentions.append((start, end))
        taken.append((start, end))
        abbr = match.group("abbr")
        if abbr:
            _known_by_abbreviation(org, text, abbr, f"{name} ({abbr})", match.end())


def _without_leading(words: list[str], start: int, not_first: set[str]) -> tuple[list[str], int]:
    """A name's words without the words that open a sentence or phrase before it ("The", "Die"), and where it then
    starts (the words are separated by single spaces)."""
    while words and words[0] in not_first:
        start += len(words.pop(0)) + 1
    return words, start


def _known_by_abbreviation(org: Org, text: str, abbr: str, full: str, after: int) -> None:
    """An organisation named with its abbreviation in brackets is known by it: the abbreviation and the full form
    are aliases, and every later mention of the abbreviation is a mention of the organisation."""
    for alias in (abbr, full):
        if alias not in org.aliases:
            org.aliases.append(alias)
    for later in whole_word(abbr, "-").finditer(text, after):
        org.mentions.append(later.span())


def _abbreviated_agencies(
    text: str,
    lang: str,
    lex: Any,
    sentences: list[tuple[int, int]],
    people: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    home: str | None,
    pair: tuple[str, ...],
) -> None:
    """An agency the lexicons do not know, named in full with its abbreviation in brackets ("die Agentur für
    Gesundheit und Ernährungssicherheit (AGES)", "Национальной службы аграрного здравоохранения Перу (SENASA)"): named
    as written, with the abbreviation as an alias. Its state is the one its name gives (a state, a state's adjective
    before it, a city or a region), else the story's own (one of its pair), else that of the person the sentence names
    last before it, else first; a federal ("Bundes-") agency is of Germany, Austria or Switzerland."""
    taken = [span for org in orgs.values() for span in org.mentions]
    not_first = set(lex.data.get("abbreviated_agency_not_first") or lex.data.get("named_org_not_first") or [])
    for match in cue(lang, "abbreviated_agency").finditer(text):
        start, end = match.span("name")
        words, start = _without_leading(match.group("name").split(), start, not_first)
        alone = not words or (len(words) == 1 and "-" not in words[0])  # a head word alone, not "Panamakanal-Behörde"
        if alone or any(s < match.end() and start < e for s, e in taken):
            continue  # (or an organisation found already: "Ministerium für … (BMZ)")
        name = " ".join(words)
        if _statistics_office_forms()[0].fullmatch(name):
            continue  # "Statistisches Bundesamt (Destatis)": a state's own statistics office, known by its name
        # "das estnische Zentrum für …", "перуанская Национальная служба …": a state's adjective in lower case before it
        adjective = re.search(r"(\w+)\s+$", text[max(0, start - 40) : start])
        by_adjective = lex.state_of(adjective.group(1)) if adjective and adjective.group(1).islower() else None
        sentence = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        named = [(s, p.country) for s, p in people.mentioned(*sentence) if p.country]
        federal = lang == "de" and re.match(r"Bundes", name) is not None  # of Germany, Austria or Switzerland
        if federal:
            named = [(s, c) for s, c in named if c in ("DE", "AT", "CH")]
        before = [c for s, c in named if s < start]
        code = (
            _first_state(lex, name)
            or by_adjective
            or (lex.last_city(name) or (None, None))[1]
            or (region.state if (region := region_in(name, lang)) else None)
            or (home if home in pair and not federal else None)  # a story's own agencies need no state
            or (before[-1] if before else (named[0][1] if named else None))
        )
        if code is None and federal:  # the one federal state the story's persons are of, else the home state
            federal_states = {p.country for p in people.people} & {"DE", "AT", "CH"}
            code = federal_states.pop() if len(federal_states) == 1 else federal_state(home)
        if code is None:
            continue
        abbr = match.group("abbr")
        org = _add(orgs, "agency", [code], name, f"{code.lower()}-{slug(abbr)}")
        org.mentions.append((start, match.end()))
        taken.append((start, match.end()))
        _known_by_abbreviation(org, text, abbr, text[start : match.end()], match.end())


def _state_houses(
    text: str,
    lang: str,
    sentences: list[tuple[int, int]],
    people: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    home: str | None,
) -> None:
    """The "State House", the seat and office of a president (Kenya, Namibia, Uganda, Nigeria …): of the state of
    the president its sentence names, else of the state the story is told from."""
    pattern = load_lexicon(lang).data.get("presidential_seat")
    if not pattern:
        return
    found = list(re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text))
    # "received … at State House": a building where an event is held; listed only when it also speaks or acts
    # ("State House said in a dispatch", "nach Angaben des State House")
    place_before = cue(lang, "place_before")
    if all(place_before.search(text, max(0, m.start() - 12), m.start()) for m in found):
        return
    for match in found:
        code = _president_state(sentences, people, match.start(), home)
        if code:
            name = f"State House of {english_name(code)}"
            _presidential_office(orgs, code, name, f"{code.lower()}-state-house", match.group(), match.span())


def _presidencies(
    text: str,
    lex: Any,
    sentences: list[tuple[int, int]],
    people: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    home: str | None,
) -> None:
    """The Presidency of a republic, the office of its president, where it speaks (the lexicon's ``presidency``:
    "According to a statement from the Presidency, ...", "the Angolan Presidency said"): of the state its adjective
    names, else as a State House's, else of the president the story names first."""
    for match in cue(lex.lang, "presidency").finditer(text):
        adjective = match.group("adjective")
        code = _office_state(lex.state_of(adjective) if adjective else None, sentences, people, match.start(), home)
        if code:
            span = (match.start("adjective") if adjective else match.start("office"), match.end())
            name = f"Presidency of {official_name(code)}"
            _presidential_office(orgs, code, name, f"{code.lower()}-presidency", text[span[0] : span[1]], span)


# the English name of a president's office by the group of the lexicon's ``president_office`` that found it
_PRESIDENT_OFFICE_NAMES = {
    "office": "Office of the President",
    "administration": "Administration of the President",
    "secretariat": "Presidential Secretariat",
}


def _president_offices(
    text: str,
    lex: Any,
    sentences: list[tuple[int, int]],
    people: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    home: str | None,
) -> None:
    """The office of a president named as such ("the Office of the President", "dem indonesischen Präsidialamt",
    "Администрации Президента Кыргызской Республики", "канцелярия президента"): of the state its adjective or the
    state after it names, else as the Presidency's (of the president its sentence names, else of the state the story
    is told from), else of the president named first."""
    for match in cue(lex.lang, "president_office").finditer(text):
        group = next(name for name in _PRESIDENT_OFFICE_NAMES if match.groupdict().get(name))
        adjective = match.groupdict().get("adjective")
        code = lex.state_of(adjective) if adjective else None
        end = match.end()
        after = of_state_re(lex.lang).match(text, end)
        if code is None and after:
            code, end = lex.state_of(after.group().strip()), after.end()
        code = _office_state(code, sentences, people, match.start(), home)
        if code:
            start = match.start("adjective") if adjective else match.start(group)
            name = f"{_PRESIDENT_OFFICE_NAMES[group]} of {official_name(code)}"
            _presidential_office(
                orgs, code, name, f"{code.lower()}-{group}-of-the-president", text[start:end], (start, end)
            )


def _office_state(
    named: str | None, sentences: list[tuple[int, int]], people: Any, position: int, home: str | None
) -> str | None:
    """The state of a president's office named at ``position``: the one its words name, else as a State House's,
    else of the president the story names first."""
    code = named or _president_state(sentences, people, position, home)
    if code is None:
        first = [p.country for _, p in people.mentioned(0, position, {"president"}) if p.country]
        code = first[0] if first else None
    return code


def _president_state(sentences: list[tuple[int, int]], people: Any, position: int, home: str | None) -> str | None:
    """The state of a president's office named at ``position``: of the president its sentence names last before it
    ("received by President William Ruto at State House"), else of the state the story is told from."""
    start = next((s for s, e in sentences if s <= position < e), position)
    presidents = [p.country for _, p in people.mentioned(start, position, {"president"}) if p.country]
    return presidents[-1] if presidents else home


def _presidential_office(
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    code: str,
    name: str,
    key: str,
    form: str,
    span: tuple[int, int],
) -> None:
    """Record a mention ``form`` at ``span`` of the office of ``code``'s president called ``name``."""
    org = _add(orgs, "presidential-administration", [code], name, key)
    if form not in org.aliases:
        org.aliases.append(form)
    org.mentions.append(span)


def _statistics_and_customs(
    text: str, lex: Any, orgs: dict[tuple[str, tuple[str, ...], str], Org], home: str | None
) -> None:
    """The statistics and customs bodies whose figures wires quote ("По данным Национального статистического
    комитета Беларуси ..."): the lexicon's ``agency_names`` give their English names; the state is the one named
    right after (or before) them, else the publisher's."""
    for entry in lex.data.get("agency_names") or []:
        for match in re.finditer(rf"(?<![\w-])(?:{entry['re']})(?![\w-])", text):
            taken = [span for org in orgs.values() for span in org.mentions]
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            after = re.split(r"[,.;:()\n]", text[match.end() : match.end() + 90], maxsplit=1)[0]  # up to a break
            before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 40) : match.start()])
            code = _first_state(lex, after) or (lex.state_of(before.group(1)) if before else None) or home
            if code is None:
                continue
            president = re.match(
                r"\s+(?:при [Пп]резиденте|under the President|beim Präsidenten)\b", text[match.end() :]
            )
            # "Агентство статистики при Президенте Республики Узбекистан": its name says whose it is
            name = f"{entry['name']}{' under the President' if president else ''} of {official_name(code)}"
            office = (_ministries().get("statistics_offices") or {}).get(code) if "Statistic" in name else None
            key = f"{code.lower()}-{slug(entry['name'])}"
            org = _add(orgs, str(entry["kind"]), [code], str(office["name"]) if office else name, key)
            for alias in [name, *(office.get("aliases") or [])] if office else []:
                if alias not in org.aliases:
                    org.aliases.append(str(alias))  # "Bureau of National Statistics of the Agency for …"
            org.mentions.append((match.start(), match.end()))
    # offices named without a generic head ("Laut Statistik Austria", "по данным Белстата")
    forms_re, office_of = _statistics_office_forms()
    taken = [span for org in orgs.values() for span in org.mentions]
    for match in forms_re.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        taken.append(match.span())
        code, office = office_of[match.group()]
        kind = str(office.get("kind") or "agency")
        org = _add(orgs, kind, [code], str(office["name"]), f"{code.lower()}-statistics-agency")
        if match.group() != org.name and match.group() not in org.aliases:
            org.aliases.append(match.group())
        org.mentions.append((match.start(), match.end()))


@cache
def _statistics_office_forms() -> tuple[re.Pattern[str], dict[str, tuple[str, dict[str, Any]]]]:
    """The names of ``statistics_offices`` written without a generic head, as one pattern, and each one's state
    and office."""
    office_of = {
        str(form): (str(code), office)
        for code, office in (_ministries().get("statistics_offices") or {}).items()
        for form in office.get("forms") or []
    }
    forms = "|".join(re.escape(form) for form in sorted(office_of, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])"), office_of


def _first_state(lex: Any, phrase: str) -> str | None:
    found = lex.state_re.search(phrase)
    return lex.state_of(found.group()) if found else None


# Head words of a national or regional government; "administration" and the like are regional only.
_GOVERNMENT_HEAD = {
    "en": r"(?<![\w-])(?:[Gg]overnment|Council of Ministers|Cabinet of Ministers|"
          r"(?:Oblast |Regional )?Executive Committee|[Aa]kimat|[Kk]h?okimiyat|"
          r"(?:Regional |Oblast )?[Aa]dministration)(?![\w-])(?! House)",
    "de": r"(?<![\w-])(?:Bundesregierung|Ministerrat(?:e?s)?|Ministerkabinett(?:s)?|Landesregierung|Staatsregierung|"
          r"Provinzregierung|Gebietsregierung|Volksregierung|Regierung|Gebietsexekutivkomitee|Gebietsverwaltung|"
          r"Akimat|Chokimijat)(?:e?s)?(?![\w-])",
    "ru": r"(?<![\w-])(?:[Пп]равительств(?:о|а|у|ом|е)|Совет(?:а|у|ом|е)? [Мм]инистров|Совмин\w*|Кабмин\w*|"
          r"Кабинет(?:а|у|ом|е)? [Мм]инистров|[Оо]блисполком\w*|[Аа]кимат\w*|[Хх]окимият\w*|"
          r"[Аа]дминистраци(?:я|и|ю|ей))(?![\w-])",
}  # fmt: skip
_REGIONAL_ONLY = re.compile(r"Executive|[Aa]kimat|[Kk]h?okimiyat|[Aa]dministration|Landes|Provinz|Gebiet|Akimat|"
                            r"Chokimijat|облисполком|акимат|хокимият|администрац", re.IGNORECASE)  # fmt: skip


def _governments(
    text: str,
    lang: str,
    lex: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    home: str | None = None,
    people: Any = None,
) -> None:
    """Governments the text names: a region's ("правительство Амурской области", "the Saxon government",
    "Gebietsexekutivkomitee Grodno") or a state's ("the Chinese government", "правительства КНР", "seine Regierung":
    of the state of the person named before)."""
    for match in re.finditer(_GOVERNMENT_HEAD[lang], text):
        head = match.group()
        after = re.match(r"[^.;:,()]{0,45}", text[match.end() :]).group()  # type: ignore[union-attr]
        before = re.search(r"[^.;:,()]{0,30}$", text[: match.start()]).group()  # type: ignore[union-attr]
        after_words = re.match(r"\s+(?:of (?:the )?|der |des |von )?(\S+(?:\s+\S+)?)", after)
        before_word = re.search(r"(\S+)\s+(?:(?:State|Provincial|Regional|Oblast|Municipal) )?$", before)
        region = None
        if after_words and (lang == "ru" or re.match(r"\s+(?:of|der|des|von)\b", after) or "komitee" in head):
            region = region_in(after_words.group(1), lang)
        if region is None and before_word:
            region = region_in(before_word.group(1), lang)
        if region is not None:
            key = f"{region.state.lower()}-{slug(region.name)}-government"
            name, *other_names = regional_government_names(region)
            org = _add(orgs, "regional-government", [region.state], name, key)
            org.aliases = list(dict.fromkeys([*org.aliases, *other_names]))
            org.mentions.append((match.start(), match.end()))
            continue
        if _REGIONAL_ONLY.search(head):
            continue
        code = None
        if before_word:
            code = lex.state_of(before_word.group(1))
        if code is None and after_words and (lang == "ru" or re.match(r"\s+(?:of|der|des)\b", after)):
            code = lex.state_of(after_words.group(1)) or lex.state_of(after_words.group(1).split()[0])
        if code is None and people is not None and cue(lang, "own_government").search(before):
            named = people.mentioned(0, match.start())
            code = named[-1][1].country if named else None  # "Han kündigte an, seine Regierung wolle …": Slovenia's
        if code is None and head.startswith("Bundesregierung"):
            code = "DE"
        if code is None and re.search(r"Ministers|Ministerrat|Ministerkabinett|[Мм]инистров|Совмин|Кабмин", head):
            code = home  # "the press service of the Council of Ministers": of the publisher's state
        if code is None:
            continue
        name, *other_names = government_names(code)
        org = _add(orgs, "government", [code], name, f"{code.lower()}-government")
        org.aliases = list(dict.fromkeys([*org.aliases, *other_names]))
        org.mentions.append((match.start(), match.end()))


def _add(
    orgs: dict[tuple[str, tuple[str, ...], str], Org], kind: str, countries: list[str], name: str, key: str
) -> Org:
    marker = (kind, tuple(countries), name)
    if marker not in orgs:
        orgs[marker] = Org(key[:80].rstrip("-"), name, kind, countries)
    return orgs[marker]


def _owner_before(orgs: dict[Any, Org], position: int, kind: str) -> Org | None:
    best: tuple[int, Org] | None = None
    for org in orgs.values():
        for s, _e in org.mentions:
            if org.kind == kind and s < position and (best is None or s > best[0]):
                best = (s, org)
    return best[1] if best else None


def _place_of_name(lex: Any, name: str) -> str | None:
    """The state of a company named after its state, a city or a region ("Azerbaijan Railways",
    "Minsker Traktorenwerk", "Shandong Hi-Speed")."""
    first = name.split()[0]
    state = lex.state_of(first)
    if state:
        return str(state)
    for form in (first, first[:-2] if first.endswith("er") else first):
        city = lex.city(form)
        if city:
            return str(city[1])
    return regions().get(first)


def _last_state(lex: Any, phrase: str) -> str | None:
    found = list(lex.state_re.finditer(phrase))
    return lex.state_of(found[-1].group()) if found else None


def presence(chunk: str) -> bool:
    """Whether a sentence says that officials were only present ("im Beisein", "in the presence of")."""
    return bool(_PRESENCE.search(chunk))


# Two bodies joined by "und"/"and" that sign ("Am Rande unterzeichneten die Schweizerische Exportrisikoversicherung
# (Serv) und die peruanische Entwicklungsbank Cofide eine Absichtserklärung", "a memorandum between Kenya's Foreign
# Service Academy and Tanzania's Centre for Foreign Relations"): names no dictionary knows, told as a signing's sides.
# The words are the lexicon's (``signing_bodies``); a word of a name is the same in every language.
_NAME_WORD = r"(?:[A-ZÄÖÜ][\w'’&-]*(?:\.(?=\w))?[\w'’&-]*|d['’][A-Z][\w-]*|de|des|du|la|of|for|für|\d+)"


def _filled(source: str, pieces: dict[str, str]) -> str:
    """``source`` with each ``{name}`` of ``pieces`` replaced by its piece."""
    for name, piece in pieces.items():
        source = source.replace(f"{{{name}}}", piece)
    return source


@cache
def _signing_words(lang: str) -> dict[str, Any] | None:
    """The lexicon's ``signing_bodies`` compiled once: the pattern of the two sides, the kinds of their head nouns,
    and the words that make a phrase no body's name."""
    data = load_lexicon(lang).data.get("signing_bodies")
    if not data:
        return None
    body = str(data["body"]).replace("{name}", _NAME_WORD)
    compiled: dict[str, Any] = {
        name: re.compile(str(data[name]))
        for name in ("bare_noun", "not_a_body", "descriptor", "common_ending", "proper_after")
    }
    sources = data["pair"] if isinstance(data["pair"], list) else [data["pair"]]
    # (the pieces the pair patterns share, written once: a side, and where given, a clause's start and a document)
    pieces = {"body": body, **{key: str(data[key]) for key in ("clause_start", "document") if key in data}}
    compiled["pairs"] = [re.compile(_filled(str(source), pieces)) for source in sources]
    compiled["kinds"] = [(re.compile(str(source)), str(kind)) for source, kind in data["kinds"]]
    return compiled


def _signing_bodies(
    text: str,
    lang: str,
    lex: Any,
    sentences: list[tuple[int, int]],
    people: Any,
    orgs: dict[tuple[str, tuple[str, ...], str], Org],
    pair: tuple[str, ...],
) -> None:
    """Add to ``orgs`` the two sides of a signing named as bodies no pattern found: each of the state its name tells
    (an adjective, a possessive, a city), else of the pair's other state when the other side's state is known; a
    side with no state is left out, for its state would be a guess."""
    words = _signing_words(lang)
    if words is None:
        return
    named = [(m.start, m.end) for p in people.people for m in p.mentions]
    taken = [span for org in orgs.values() for span in org.mentions]
    told: list[tuple[int, int]] = []  # (the pairs read, which a second pattern may find again)
    found = [m for start, end in sentences for pattern in words["pairs"] for m in pattern.finditer(text, start, end)]
    for match in found:
        if any(s < match.end() and match.start() < e for s, e in told):
            continue
        told.append(match.span())
        sides: list[tuple[int, int, str]] = []
        for group in ("a", "b"):
            a, b = match.span(group)
            phrase = re.sub(r"^(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Tt]he)\s+", "", match.group(group))
            a = b - len(phrase)
            # ("das Institut für Diplomatische Studien des ägyptischen …": not up to a particle; not a bare noun)
            phrase = re.sub(r"(?:\s+(?:de|des|du|la|of|for|für))+$", "", phrase)
            b = a + len(phrase)
            if " " not in phrase and words["bare_noun"].fullmatch(phrase):
                sides = []
                break
            if words["not_a_body"].search(phrase) or any(s < b and a < e for s, e in named):
                sides = []
                break
            if any(s < b and a < e for s, e in taken):
                sides.append((a, b, ""))  # a body found already ("die Austrian Business Agency (ABA)")
                continue
            if lex.state_of(phrase) or lex.city(phrase):
                sides = []  # "Serbien und Belarus": states, not bodies
                break
            sides.append((a, b, phrase))
        if len(sides) != 2:
            continue
        states = []
        for a, b, phrase in sides:
            if not phrase:
                owner = next((o for o in orgs.values() if any(s < b and a < e for s, e in o.mentions)), None)
                states.append(owner.countries[0] if owner and len(owner.countries) == 1 else None)
                continue
            states.append(_first_state(lex, phrase) or (lex.last_city(phrase) or (None, None))[1])
        if len(pair) == 2 and states.count(None) == 1:
            known = next(state for state in states if state)
            other = [state for state in pair if state != known]
            states = [state or (other[0] if other else None) for state in states]
        for (a, b, phrase), state in zip(sides, states, strict=True):
            if state is None or not phrase:
                continue
            kind = next((k for head, k in words["kinds"] if head.search(phrase)), "enterprise")
            # "peruanische Entwicklungsbank Cofide": the written name without the state's adjective, and its
            # proper name after a common noun; "Schweizerische Exportrisikoversicherung (Serv)": without and the
            # abbreviation
            bare = re.sub(r"^[a-zäöü]+(?:e|en|er|es)\s+", "", phrase)
            bare = re.sub(r"^[A-Z][\w ]*?['’]s\s+", "", bare)  # "Tanzania's Centre for Foreign Relations"
            # "Energieversorger Druk Green Power Corporation": a German common noun before the name
            bare = words["descriptor"].sub("", bare)
            if " " not in bare and words["common_ending"].search(bare):
                continue  # "die Investitionsförderagentur": a common noun, no name
            without = re.sub(r"\s*\([^()]*\)$", "", bare)
            abbreviation = re.search(r"\(([^()]*)\)$", bare)
            proper = words["proper_after"].match(without)
            org = _add(orgs, kind, [state], without, f"{state.lower()}-{slug(without)}")
            aliases = [bare, without, *([abbreviation.group(1)] if abbreviation else []),
                       *([proper.group(1)] if proper else [])]  # fmt: skip
            org.aliases = list(dict.fromkeys([*org.aliases, *aliases]))
            org.mentions.append((a, b))
