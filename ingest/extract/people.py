"""People: titles and posts next to names, their states, inflected and surname-only mentions.

A post is a title of the lexicon ("Industrieminister", "Ambassador Extraordinary and
Plenipotentiary", "министр иностранных дел") with the state before it (an adjective or a
genitive: "der belarussische", "Chinese", "Russlands"), the state after it ("of Belarus",
"der Republik Belarus", "Беларуси") and, for ambassadors, the state they are accredited to
("in der Volksrepublik China", "to Belarus", "во Вьетнаме").  The name follows the title
(also after a comma: "den Außenminister der Republik Kasachstan, Murat Nurtleu") or
precedes it in an apposition ("Laziz Kudratov, Minister of ...").  Russian names are put
into the nominative with pymorphy3; German genitives lose their -s.

Examples
--------
>>> text = ("Der belarussische Industrieminister Andrej Kusnezow traf den Botschafter der Republik Belarus "
...         "in der Volksrepublik China, Alexander Tscherwjakow.")
>>> found = find_people(text, "de", [(0, len(text))])
>>> [(p.name, p.country, p.posts[0].role, p.posts[0].receiving) for p in found.people]
[('Andrei Kuznetsov', 'BY', 'minister', None), ('Alexander Chervyakov', 'BY', 'ambassador', 'CN')]
>>> text = "Министр иностранных дел Беларуси Максиму Рыженкову вручил копии."
>>> [p.name for p in find_people(text, "ru", [(0, len(text))]).people]
['Maksim Ryzhenkov']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from ingest.extract.chinese import is_pinyin, looks_chinese, palladius_to_pinyin
from ingest.extract.lexicon import (
    Lexicon,
    Region,
    actor,
    actor_state,
    actor_states,
    actors,
    chinese_surnames,
    cue,
    domain_alternation,
    domain_english,
    enterprises,
    federal_state,
    load_lexicon,
    loose_key,
    of_state_re,
    region_in,
)
from ingest.extract.orgs import Body, ru_short_names
from ingest.extract.scan import PatternScan, matches_at, pattern_scan, whole_word
from ingest.names import name_key, slug, transliterate

__all__ = [
    "Mention",
    "People",
    "Person",
    "Post",
    "co_chair_posts",
    "find_people",
    "lead_state",
    "normalise_ru",
    "russian_morphology",
    "settle_roles",
]

POST_SOVIET = frozenset({"BY", "RU", "KZ", "UZ", "UA", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD"})
EAST_ASIAN = frozenset({"CN", "VN", "KP", "KR", "TW"})
# States whose officials the press calls by their first name: "Prabowo" (Subianto), "Anwar" (Ibrahim), "Paetongtarn",
# "Thongsavanh" (Phomvihane, Laos); Ethiopians and Eritreans, who have no family names; Mongolians by their given
# name, written before the patronymic ("Battsetseg Batmunkh" is "Battsetseg")
CALLED_BY_FIRST_NAME = frozenset({"ID", "MY", "BN", "TH", "LA", "ET", "ER", "MN"})
# Without family names, the last word is the father's name: "Sultan Ibrahim" is not Anwar Ibrahim.
_NO_FAMILY_NAME = frozenset({"ID", "MY", "BN", "ET", "ER"})
# States of two family names, the father's then the mother's, where the press calls a person by the first:
# "Luis Ccori Huamán" is "Ccori", "Ricaurte Vásquez Morales" is "Vásquez"
_TWO_SURNAMES = frozenset(
    {"ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY"}
)
# States of Portuguese names, several family names, the press calling a person by any of them: "Luiz Inácio Lula
# da Silva" is "Lula", "Geraldo Alckmin" "Alckmin", "Ulisses Correia e Silva" "Correia"
_PORTUGUESE_NAMES = frozenset({"BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"})

# Latin letters with diacritics (Latin-1 Supplement, Extended-A and -B): Vučić, Szijjártó, Yılmaz, Lazarević.
_LATIN_EXTRA = [chr(code) for code in range(0xC0, 0x250) if chr(code).isalpha()]
_UPPER = "A-Z" + "".join(c for c in _LATIN_EXTRA if c.isupper())
_LOWER = "a-z" + "".join(c for c in _LATIN_EXTRA if not c.isupper())
# Name particles between two name words: "Alexander Van der Bellen", "Ursula von der Leyen".
# ("Ulisses Correia e Silva", "Ribeiro do Amaral": the Portuguese "e" and "do" join the surnames)
# ("Mourad Ben Hassine": the Maghreb "Ben")
_PARTICLES = (
    r"(?:(?<!\w)(?:(?:[Vv]an|von|de|da|di|du|dos|do|del|e|bin|ibn|[Bb]en|al|Al|el)\s+(?:der\s+|den\s+|la\s+)?"
    r"|(?:al|el)-))"
)
# a Polynesian glottal stop before a vowel is part of the name ("'Aisake Valu Eke", "ʻAkilisi Pōhiva")
_GLOTTAL = r"(?<![\w'’ʻ‘])['’ʻ‘](?=[AEIOU][a-zā-ū])"
# a Gaelic prefix before a capital is part of the word ("Todd McClay", "Ramsay MacDonald", "Seán O'Brien")
_GAELIC = rf"(?:Ma?c|O['’])(?=[{_UPPER}][{_LOWER}])"
# ("Staatssekretärin von Wirtschafts- und Finanzminister X": a word cut short before "und" is no name)
_LAT = (
    rf"(?:{_PARTICLES}(?=[{_UPPER}])|{_GLOTTAL})?(?:{_GAELIC})?(?![{_UPPER}][{_LOWER}'’]*-\s)[{_UPPER}][{_LOWER}'’]+"
    rf"(?:-(?:el-|al-)?[{_UPPER}]?[{_LOWER}]+)?"
)
# Arabic name particles in Russian: words ("бин Ибрагим", "Аль Сайед") and prefixes ("аль-Ахмад", "аз-Зайяни")
# a father's name follows ("бин Хамада"; Mauritanian "Мохтар ульд Джай")
_RU_ARABIC_PARTICLES = frozenset(["бин", "бен", "ибн", "бинт", "ульд"])
# Portuguese, Spanish, Italian and German particles ("Лула да Силва", "Тарсизиу де Фрейтас"), in lower case only
# ("Ду Вэйвэй" is a Chinese surname); not "ван" ("Ван И" is Wang Yi)
_RU_LATIN_PARTICLES = frozenset(["да", "де", "ду", "дос", "ди", "дель", "фон", "ван"])
_RU_PARTICLE_WORDS = _RU_ARABIC_PARTICLES | _RU_LATIN_PARTICLES | {"аль", "эль", "абу"}
_RU_PARTICLE = (
    rf"(?:(?<![\w-])(?i:{'|'.join(sorted(_RU_PARTICLE_WORDS - _RU_LATIN_PARTICLES, key=lambda w: (-len(w), w)))})\s+"
    rf"|(?<![\w-])(?:{'|'.join(sorted(_RU_LATIN_PARTICLES, key=lambda w: (-len(w), w)))})\s+"
    r"|(?<![\w-])(?:аль|ас|аз|ат|ад|ар|ан|аш|эль|эд|эр|эс|эт)-)"
)


def _without_ru_particle(word: str) -> str:
    """A Russian name word without its Arabic particle, in any case ("аль-Хатибом", "Аль-Хатиб" -> "Хатиб…")."""
    return re.sub(rf"^{_RU_PARTICLE}", "", word, flags=re.IGNORECASE)


_CYR = rf"(?:{_RU_PARTICLE}(?=[А-ЯЁ]))?[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]+)?"
_TOKEN = {"de": _LAT, "en": _LAT, "ru": _CYR}
# initials before a name ("S. Jaishankar", "С.В. Лавров"); in English also "Ma." (María), as Filipinos write it
# ("Ma. Theresa Lazaro")
_INITIALS = {"de": r"(?:[A-Z]\.\s?){1,2}", "en": r"(?:(?:[A-Z]|Ma)\.\s?){1,2}", "ru": r"(?:[А-ЯЁ]\.\s?){1,2}"}
# A German capitalised word followed by a genitive or possessive article is a common noun.
_GERMAN_NOUN_AFTER = re.compile(r"\s+(?:des|der|eines|einer|seines|seiner|ihres|ihrer|unseres|unserer)\s")

# Titles that are also family names ("Resources Minister Madeleine King")
_SURNAME_TITLES = frozenset({"King"})

# What may stand between a company's name and the title of its head ("SOCAR Vice-President", "KHNP (…) president")
_NOTHING_BUT_ABBREVIATION = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?")

# Surnames written as a state's name ("Prime Minister Luís Montenegro"): a surname after a given name, not the state
_STATE_SURNAMES = frozenset({"Montenegro"})

# Honorifics before a name, not part of it: "Shri Piyush Goyal", "Mr. Denis Manturov", "г-н Алипов".
_HONORIFIC = (  # one or more: "Senator the Hon Don Farrell"
    r"(?:(?:Shri|Smt\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Sir|Dame|H\.\s?E\.|H\.\s?H\.|"
    r"His Excellency|Her Excellency|"
    r"His Highness|Her Highness|His Royal Highness|Her Royal Highness|HRH|His Majesty|HM|Prince|Princess|Prinz|"
    r"Alhaji|Alhaja|Hajia|Haji|Hajjah|Hj\.|Engr\.|"
    # (Brunei's: "Yang Berhormat Dato Seri Setia Haji A", "Dato Paduka Haji B", "Pehin Orang Kaya C")
    r"Yang (?:Amat )?(?:Berhormat|Mulia)|Pehin(?: Orang Kaya)?|Dato['’]? (?:Seri )?Paduka|"
    r"Excellency|Hon\.|Honourable|Datuk Seri|Datuk|Dato['’]? S(?:e)?ri(?: Utama| Setia)?|Dato['’]?|Tan Sri|Tun|"
    r"Sheikh|Sheikha|Awang|Dayang|Pengiran|"
    # (Bhutan's: "Prime Minister Dasho Tshering Tobgay", "Foreign Minister Lyonpo D.N. Dhungyel")
    r"Dasho|Lyonpo|Aum|"
    # (Papua New Guinea's traditional title: "Governor-General Grand Chief Sir Bob Dadae")
    r"Grand Chief|"
    # the number of a second minister of one field after the title ("Minister of Foreign Affairs II Dato …")
    r"II|"
    r"Scheich|Sayyid|"
    r"Bapak|Pak|Ibu|Mme\.?|Madame|Monsieur|Herrn?|Frau|Seine[rm]? Exzellenz|Senator|Senatorin|г-н|г-жа|господин\w*|"
    # a German civil servant's rank, no post ("die Leiterin der deutschen Delegation, Ministerialdirigentin X")
    r"Ministerialdirigent(?:in)?|Ministerialdirektor(?:in)?|Ministerialr(?:at|ätin)|"
    r"госпож\w*|сенатор|уважаем\w*|принц(?:есс)?\w*|"
    r"шейх\w*|Его Превосходительств\w*|the (?:Most |Right |Rt\.? )?Hon(?:ourable|\.)?|Most Hon\.?|Hon|"
    # a military rank between a title and a name ("старшим генералом Мин Аун Хлайном", "капитан Ибраим Траоре")
    r"Senior General|[Сс]тарш\w+ генерал(?:ом|а|у|е)?|генерал(?:-лейтенант|-майор|-полковник)?(?:ом|а|у|е)?|"
    r"капитан(?:ом|а|у|е)?|полковник(?:ом|а|у|е)?|адмирал(?:ом|а|у|е)?|маршал(?:ом|а|у|е)?|"
    r"(?:Lieutenant |Major |Brigadier |Air Chief )?General|Gen\.|Captain|Capt\.|Colonel|Col\.|Admiral|Field Marshal|"
    r"General(?:leutnant|major)?|Hauptmann|Oberst|Admiral)\s+){0,4}"
)


_OUR_COUNTRY = {
    "en": re.compile(r"\s+(?:to|in) our country\b"),
    "de": re.compile(r"\s+(?:in|bei) unserem Land\b"),
    "ru": re.compile(r"\s+в нашей стране\b"),
}


_TIME_WORDS = frozenset(["Anfang", "Mitte", "Ende", "Early", "Late", "Mid"])

_STOP_TOKENS = frozenset(
    [
        # words of organisations, never of a name ("the Foreign Office Spokesperson")
        "Office",
        "Ministry",
        "Government",
        "Embassy",
        "Department",
        "Council",
        "Committee",
        "Commission",
        "Agency",
        "Service",
        "Press",
        "Chamber",
        "Commerce",
        "Industry",
        "Association",
        "Federation",
        "Authority",
        "Corporation",
        "The",
        "A",
        "An",
        "Der",
        "Die",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Am",
        "Im",
        "In",
        "Und",
        "Mit",
        "Bei",
        "Nach",
        "Von",
        "Zu",
        "Auf",
        "Als",
        "Auch",
        "On",
        "At",
        "Of",
        "And",
        "With",
        "For",
        "By",
        "From",
        "To",
        "His",
        "Her",
        "Its",
        "Their",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Herr",
        "Frau",
        "В",
        "Во",
        "На",
        "С",
        "По",
        "Об",
        "Для",
        "При",
        "От",
        "За",
        "Из",
    ]
)


@dataclass
class Post:
    """A post held by a person, as the text states it."""

    title: str
    role: str
    ministry: str | None
    receiving: str | None
    state: str | None
    sentence: tuple[int, int]
    rule: str
    confidence: float
    organization: str | None = None  # key of the organization the post is in, set when the document is built
    region: Region | None = None  # the region a governor or mayor heads ("Amur Oblast")
    body: Body | None = None  # the bilateral body a co-chair chairs
    # the role the title stands for in some states, for a holder whose state is learnt later ("Foreign Secretary":
    # a minister in the UK, the top diplomat in India or Nepal)
    roles_by_state: dict[str, str] | None = None


@dataclass
class Mention:
    """A mention of a person: where, and the form as written."""

    start: int
    end: int
    form: str
    case: str | None = None  # Russian grammatical case, if known
    guest: bool = False  # "the Vietnamese guest": a participant, but never the subject of a speech verb


@dataclass
class Person:
    """A person with canonical name, state and posts."""

    key: str
    name: str
    country: str | None
    surname: str
    aliases: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    country_confidence: float = 0.9
    counterpart_of: Person | None = None  # "seinem armenischen Amtskollegen X": the one whose counterpart X is


@dataclass
class People:
    """All persons of an article and the title spans that are not names (anaphors)."""

    people: list[Person]
    titles: list[tuple[int, int, str, Person | None]]  # start, end, role, holder
    bare: list[tuple[int, str]] = field(default_factory=list)  # "the minister": start, role (speakers only)
    # the state of the publisher (else the dateline), whose officials a wire names by title; set by the caller,
    # which knows the publisher
    home: str | None = None
    # the state of a title that names no one, where the title tells it ("the Indian Foreign Secretary"): by its start
    title_states: dict[int, str] = field(default_factory=dict)

    def mentioned(
        self, low: int = 0, high: int | None = None, roles: Collection[str] | None = None
    ) -> list[tuple[int, Person]]:
        """Every mention in ``[low, high)`` of a person (holding one of ``roles``, if given), as (where, person), in
        the order of the text: who was named before a point, first or last."""
        return sorted(
            ((m.start, p) for p in self.people for m in p.mentions
             if low <= m.start and (high is None or m.start < high)
             and (roles is None or any(post.role in roles for post in p.posts))),
            key=lambda item: item[0],
        )  # fmt: skip


_WORD_START = r"(?<![\w-])"  # (before each title pattern)


@cache
def _title_patterns(lang: str) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    lex = load_lexicon(lang)
    domain_alt = domain_alternation(lang)
    domain_re = lex.data.get("domain_re", "(?!)")
    out = []
    for entry in lex["titles"]:
        source = entry["re"]
        if lang == "en":
            source = source.replace("{domain}", f"(?P<domain>{domain_re})")
        source = source.replace("{domain_free}", f"(?P<domain>{domain_re})").replace("{domains}", domain_alt)
        source = source.replace("{field_before}", f"(?P<domain>{lex.data.get('field_before_re', '(?!)')})")
        # a ministry by its Russian short name, inflected ("глава Минфина", "главы Минэкономразвития")
        source = source.replace("{ru_short}", rf"(?P<domain>{'|'.join(map(re.escape, ru_short_names()))})[а-я]{{0,2}}")
        # English writes titles without a field in lower case too ("Kazakhstan's foreign minister").
        flags = re.IGNORECASE if lang == "en" and "{domain" not in entry["re"] else 0
        out.append((re.compile(rf"{_WORD_START}(?:{source})(?![\w])", flags), entry))
    return out


@cache
def _title_scan(lang: str) -> PatternScan:
    return pattern_scan([pattern for pattern, _ in _title_patterns(lang)], _WORD_START)


@cache
def russian_morphology() -> Any:
    """The pymorphy3 analyser of Russian words (loaded once, on first use)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def _ru_parse(word: str, case: str | None) -> tuple[str, str | None]:
    """Nominative of a Russian name word and its case, preferring names, surnames and ``case``."""
    parses = [p for p in russian_morphology().parse(word) if p.tag.number != "plur"]  # a person is one
    if not parses:  # "Ходжаев" read only as a plural of "Ходжай": a surname in the nominative
        return word, "nomn"

    def rank(parse: Any) -> tuple[int, int, int, float]:
        tag = parse.tag
        is_name = int(bool({"Name", "Surn", "Patr"} & tag.grammemes))
        return (
            int(case is not None and tag.case == case),
            is_name,
            int(tag.gender != "femn"),
            parse.score,
        )

    best = max(parses, key=rank)
    if case == "nomn" and best.tag.case != "nomn" and word.endswith(("а", "я", "у", "ю")):
        # "Рамеш Бахадур Тхапа": a man's name in -а in the nominative, which the morphology reads only as a genitive
        return word, case
    lemma = best.normal_form if best.tag.POS == "NOUN" else word.lower()
    if best.tag.case == "nomn" and best.tag.gender == "femn" and "Surn" not in best.tag.grammemes:
        lemma = word.lower()
    return "-".join(part[:1].upper() + part[1:] for part in lemma.split("-")), best.tag.case


def normalise_ru(tokens: list[str]) -> tuple[list[str], str | None]:
    """Russian name tokens in the nominative; the case is read from the first token that tells it.

    >>> normalise_ru(["Йоханом", "Вадефулем"])[0], normalise_ru(["Бахтиёра", "Саидова"])[0]
    (['Йохан', 'Вадефуль'], ['Бахтиёр', 'Саидов'])
    """
    nominative, case = _normalise_ru(tuple(tokens))
    return list(nominative), case


_RU_CASE_OF_ENDING = {"ом": "ablt", "ем": "ablt", "а": "gent", "я": "gent", "у": "datv", "ю": "datv", "е": "loct"}


@lru_cache(maxsize=4096)  # names recur within and across articles; the morphology is the costly part
def _normalise_ru(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    if len(tokens) == 2 and tokens[0] in chinese_surnames("ru"):
        # "Лян Хуэйлином", "Дин Сюэсяна": the surname does not decline; the given name takes Russian endings
        # after a final -н only (syllables end in a vowel, -н or -р)
        given = re.match(r"(.+н)(ом|ем|а|я|у|ю|е)$", tokens[1])
        if given:
            return (tokens[0], given.group(1)), _RU_CASE_OF_ENDING[given.group(2)]
        return tokens, None
    case = None
    # "Касым-Жомартом Токаевым", "Сердаром Бердымухамедовым": the surname's ending tells the case of a compound
    # or foreign given name the morphology does not know (-ым and -у always; -а and -е are also a woman's name)
    endings = r"(ым|а|у|е)" if "-" in tokens[0] else r"(ым|у)"
    surname_case = re.search(rf"(?:ов|ев|ёв|ин|ын){endings}$", tokens[-1]) if len(tokens) >= 2 else None
    if surname_case:
        case = {"ым": "ablt", "а": "gent", "у": "datv", "е": "loct"}[surname_case.group(1)]
    for token in tokens if case is None else ():
        token = _without_ru_particle(token)  # "аль-Ахмада": the word after the particle declines
        parses = russian_morphology().parse(token)
        # (one person, and no one is addressed in a news story: not plural or vocative readings)
        names = [
            p for p in parses
            if {"Name", "Surn"} & p.tag.grammemes and p.tag.number != "plur" and p.tag.case != "voct"
        ]  # fmt: skip
        if names and len({p.tag.case for p in names}) == 1:
            case = names[0].tag.case
            break
        if names and case is None:
            case = max(names, key=lambda p: p.score).tag.case
    words = [token if _ROMAN.fullmatch(token) else _ru_word(token, case) for token in tokens]  # ("Абдаллой II")
    for index in range(1, len(tokens)):
        # "Тамима бин Хамада": the father's name after "бин" declines with the given name, though the morphology
        # may take it for a nominative ("Хамада"); its masculine case ending is dropped
        if tokens[index - 1].lower() in _RU_ARABIC_PARTICLES and words[index] == tokens[index] and case:
            ending = _RU_FATHER_ENDINGS.get(case)
            if ending and len(tokens[index]) > 4 and re.search(f"(?:{ending})$", tokens[index]):
                words[index] = re.sub(f"(?:{ending})$", "", tokens[index])
    woman = _RU_WOMANS_SURNAME.fullmatch(tokens[-1]) if len(tokens) >= 2 else None
    if woman:
        genders = _ru_given_name_genders(tokens[0])
        if "masc" not in genders and (woman.group(2) == "ой" or "femn" in genders):
            # "Айжан Бижанова", "Анной Петровой", "Марию Захарову": a woman's surname, whose lemma the morphology
            # gives in the man's form ("Бижанов"); after a woman's given name, or in -ой after any but a man's
            # ("Андрей Луговой" is a man's nominative)
            words[-1] = woman.group(1) + "а"
    return tuple(words), case


def _ru_given_name_genders(token: str) -> set[str]:
    """The genders the morphology reads a given name in ("Анну": a woman's; "Алибека": a man's; none if unknown)."""
    parses = russian_morphology().parse(token)
    return {str(parse.tag.gender) for parse in parses if "Name" in parse.tag.grammemes and parse.tag.gender}


# A surname in -ов, -ев, -ин with the ending of a woman's nominative (-а), accusative (-у) or other case (-ой)
_RU_WOMANS_SURNAME = re.compile(r"(\w{2,}(?:ов|ев|ёв|ин|ын))(а|у|ой)")


# The masculine case endings of a foreign name ending in a consonant, by case.
_RU_FATHER_ENDINGS = {"gent": "а", "datv": "у", "ablt": "ом|ем", "loct": "е"}


def _ru_word(token: str, case: str | None) -> str:
    """One name word in the nominative; of a hyphenated given name only the last part declines ("Касым-Жомартом"),
    after a particle only the word ("бин Мохаммеда", "аль-Ахмада")."""
    if len(token) <= 1:
        return token
    if token.lower() in _RU_PARTICLE_WORDS:  # "бин", "Аль": not declined
        return token
    if re.search(r"[^и]и$", token):  # "Тани", "Моди", "аз-Зайяни": foreign names in -и do not decline ("Марии" does)
        return token
    if case in ("nomn", "ablt", "gent") and token.endswith("е"):  # "Траоре", "Селестеном Симпоре": nor in -е
        return token
    particle = re.match(_RU_PARTICLE, token)
    if particle and particle.end() < len(token):
        return particle.group() + _ru_word(token[particle.end() :], case)
    head, dash, last = token.rpartition("-")
    ending = re.search(r"(ом|ем|а|я|у|ю|е)$", last)
    if dash and head and len(last) > 3 and ending and _RU_CASE_OF_ENDING[ending.group(1)] == case:
        return f"{head}-{_ru_parse(last, case)[0]}"
    word = _ru_parse(token, case)[0]
    # a surname the morphology does not know, in a man's instrumental or dative ("Андреем Лыковым", "Лыкову")
    unknown = re.fullmatch(r"(.+(?:ов|ев|ёв|ин|ын))(ым|у)", token) if word == token else None
    if unknown and {"ым": "ablt", "у": "datv"}[unknown.group(2)] == case:
        return unknown.group(1)
    return word


_DE_ROMAN = [
    ("schtsch", "Š"), ("tsch", "Č"), ("dsch", "Ď"), ("sch", "Ž"), ("ch", "kh"), ("z", "ts"), ("ss", "S"), ("w", "v"),
    ("je", "ye"), ("ja", "ya"), ("ju", "yu"), ("jo", "yo"), ("ej", "ei"), ("aj", "ai"), ("oj", "oi"),
    ("uj", "ui"), ("ij", "iy"), ("j", "y"), ("Š", "shch"), ("Č", "ch"), ("Ž", "sh"), ("Ď", "dzh"), ("S", "s"),
]  # fmt: skip


def _romanise_de(token: str) -> str:
    """German spelling of a Slavic name in English transliteration: Kusnezow -> Kuznetsov.

    >>> _romanise_de("Tscherwjakow"), _romanise_de("Kusnezow"), _romanise_de("Sergej"), _romanise_de("Dschabbarow")
    ('Chervyakov', 'Kuznetsov', 'Sergei', 'Dzhabbarov')
    """
    word = re.sub(r"(?<=[aeiouy])s(?=[aeiouybdglmnrvw])", "Z", token.lower())
    for old, new in _DE_ROMAN:
        word = word.replace(old, new)
    word = word.replace("Z", "z")
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _given_name_pinyin(token: str) -> str | None:
    """The pinyin of a Chinese name word written in Russian, in any case ("Ханьхуэем" -> "Hanhui"); None if the
    word is no Chinese name.

    >>> _given_name_pinyin("Ханьхуэем"), _given_name_pinyin("Карлос")
    ('Hanhui', None)
    """
    for stem in (token, *(token[: -len(end)] + add for end in ("ем", "ом", "ю", "я", "е", "у", "а", "ой")
                          if token.endswith(end) for add in ("й", ""))):  # fmt: skip
        pinyin = palladius_to_pinyin(stem)
        if is_pinyin(pinyin):
            return pinyin
    return None


_LATIN_PARTICLE = {"ульд": "Ould"}  # particles whose Latin spelling is not their transliteration
_ROMAN = re.compile(r"[IVX]{1,4}")  # a monarch's number ("Абдалла II")
# a monarch's number written as a Russian ordinal ("Абдаллой Вторым", "Карла Третьего"), by stem
_RU_REGNAL = {"перв": "I", "втор": "II", "трет": "III", "четв": "IV", "пят": "V", "шест": "VI"}
_RU_REGNAL_WORD = re.compile(r"(Перв|Втор|Трет|Четв[её]рт|Пят|Шест)(?:ый|ой|ого|ому|ым|ом|ий|ьего|ьему|ьим|ьем)")


def _canonical(tokens: list[str], lang: str, country: str | None) -> str:
    if lang == "ru" and tokens and tokens[0] in chinese_surnames("ru"):
        pinyin = [_given_name_pinyin(token) for token in tokens]
        if all(pinyin):  # "Ли Цян" is Li Qiang, not "Li Tsyan"; not "Хуан Карлос Эрнандес Падрон"
            return " ".join(str(p) for p in pinyin)
    if lang == "ru":
        latin = transliterate(" ".join(tokens)).replace("'", "").split()
        return " ".join(
            # ("ульд": the Mauritanian "son of" is written "Ould" in English and French)
            _LATIN_PARTICLE.get(written) or (written if _ROMAN.fullmatch(written) else _capitalised(word, written))
            for word, written in zip(latin, tokens, strict=False)
        )
    if lang == "de" and country in POST_SOVIET:
        return " ".join(_romanise_de(t) for t in tokens)
    return " ".join(tokens)


# Malay titles that stand in a father's name after "bin" ("bin Pehin Datu Pekerma Jaya Haji Mohd Yusof")
_MALAY_TITLE = frozenset(["Haji", "Hajah", "Hj", "Hj.", "Awang", "Dayang", "Pehin", "Datu", "Dato", "Pengiran", "Tun"])
MALAY_STATES = frozenset({"MY", "BN"})


def malay_name(tokens: list[str], country: str | None) -> list[str] | None:
    """The name a Malay is known by, from the full name with the father's ("Mohamad bin Haji Hasan" -> Mohamad Hasan,
    "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof" -> Erywan Yusof); None for other names ("Haitham bin
    Tarik", "Mohammed bin Salman Al Saud" keep their "bin")."""
    joint = next((i for i, token in enumerate(tokens) if token in ("bin", "binti", "bt")), None)
    if joint is None or joint == 0 or joint == len(tokens) - 1:
        return None
    if country not in MALAY_STATES and not any(token in _MALAY_TITLE for token in tokens[joint + 1 :]):
        return None
    given = [token for token in tokens[:joint] if token not in _MALAY_TITLE]
    return [*given, tokens[-1]] if given else None


def _capitalised(latin: str, written: str) -> str:
    """A transliterated name word with each part capitalised, except particles written in lower case
    ("бин" -> "bin", "аль-Ахмад" -> "al-Akhmad", "Касым-Жомарт" -> "Kasym-Zhomart")."""
    parts, written_parts = latin.split("-"), written.split("-")
    return "-".join(
        part if index < len(written_parts) and written_parts[index][:1].islower() else part[:1].upper() + part[1:]
        for index, part in enumerate(parts)
    )


@cache
def _finder_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The per-language patterns of the finder, compiled once (name, of-state, to-state, region, offices, other
    states)."""
    lex = load_lexicon(lang)
    token = _TOKEN[lang]
    middle = r"(?:[A-Z]\.\s+)?" if lang != "ru" else ""  # "Ferdinand R. Marcos Jr.": a middle initial
    # "KP Sharma Oli", "M Riaz Hamidullah": initials without full stops before two names
    # ("Vice-President JD Vance": before one name too, unless they are a state's or a body's ("US", "EU"))
    initials = (
        _INITIALS[lang]
        if lang == "ru"
        else rf"{_INITIALS[lang]}|[A-Z]{{1,2}}\s(?=[A-Z][a-z]+\s[A-Z][a-z])"
        + r"|(?!(?:EU|UN|US|UK|AU)\b)[A-Z]{2}\s(?=[A-Z][a-z]+\b)"
    )
    name_re = re.compile(rf"(?:{initials})?{token}(?:\s+{middle}{token}){{0,3}}")
    country = f"(?:{lex.state_re.pattern})"
    of_re = of_state_re(lang)
    city = f"(?i:{lex.city_re.pattern})"  # "Botschafter in Jakarta": a capital names the state
    to_re = re.compile(r"\s+" + lex["to_state"].replace("{country}", country).replace("{city}", city))
    also_to_re = re.compile(r"\s+" + lex["also_to_state"].replace("{country}", country))
    # an ambassador's other states right after the name ("who is also accredited to Bhutan"): never, where the
    # lexicon has no words for it
    accredited_also_re = re.compile(lex["cues"].get("accredited_also", "(?!)").replace("{country}", country))
    region = {
        # ("den Gouverneur des Bundesstaates, Tarcísio de Freitas": a federated state not named)
        "de": r"\s+(?:der|des) (?:Provinz|Region|Oblast|Stadt|Gebiet\w*|\w*land\w*) [A-ZÄÖÜ][\w-]+"
        r"|\s+des Bundesstaate?s\b|\s+der Stadt(?=,)",
        # ("the Governor of the Mexican state of Quintana Roo, Mara Lezama": a state's adjective and the region)
        # ("the Governor of Quintana Roo, Mara Lezama": a region of two words before the comma)
        "en": r"\s+(?:of the (?:[A-Z][\w-]+ )?)?(?:state|province|region|prefecture|canton|county) of [A-Z][\w-]+"
        r"(?: [A-Z][\w-]+)?|\s+of (?:the )?[A-Z][\w-]+ [A-Z][\w-]+(?=,)"
        r"|\s+of (?:the )?[A-Z][\w-]+(?: (?:Province|Region|Oblast))?",
        # the region's own name only if a two-word name follows ("провинции Хэйлунцзян Лян Хуэйлином",
        # but "акимом региона Гауезом Нурмухамбетовым")
        "ru": r"\s+(?:[а-яё]+(?:ой|ого) )?(?:провинции|области|региона|города|края)"
        r"(?: [А-ЯЁ][\w-]+(?= [А-ЯЁ]\w+ [А-ЯЁ]))?"
        r"|\s+[А-ЯЁ][\w-]+(?:ой|ого|ая|ий) (?:области|провинции|края|республики|автономного округа)",
    }[lang]
    region_re = re.compile(region)
    domain = lex.data.get("domain_re", "(?!)")
    office = (
        rf"(?:(?:Federal )?Foreign Office|Ministry of {domain}|Government|Presidential Administration|"
        r"Cabinet of Ministers|Council of Ministers|State Council)"
    )
    if lang == "en":
        office_re = re.compile(rf"\s+(?:of|at) the (?:{country}\s+)?{office}(?:\s+of (?:the )?{country})?")
        office_tail_re = re.compile(rf"\s+{office}")
    else:  # "вице-премьер Госсовета КНР", "Vizepremier des Staatsrats der Volksrepublik China"
        office = {
            "de": r"(?:des Staatsrat(?:e)?s|der Regierung|der Bundesregierung|des Ministerrats"
            # "Staatsminister für Europa im Auswärtigen Amt", "im französischen Ministerium für Europa und ..."
            # ("im tunesischen Ministerium für Industrie, Bergbau und Energie, X": fields listed with commas)
            r"|im (?:[a-zäöüß]+en )?(?:Auswärtigen Amt|\w*[Mm]inisterium(?: für (?:[\wäöüß-]+(?:, [\wäöüß-]+)+ und "
            r"[\wäöüß-]+|(?:[\wäöüß-]+ (?:und )?){0,4}?[\wäöüß-]+)(?=,))?)"
            # "Parlamentarische Staatssekretär im BMZ", "beim Bundesminister für Wirtschaft und Energie",
            # "Generalsekretär des Bundesministeriums für europäische und internationale Angelegenheiten"
            r"|(?:im|beim) (?:[A-ZÄÖÜ]{2,6}\b|(?:[a-zäöüß]+en )?Bundes\w+(?: für [^,]{0,70}?)?(?=,))"
            r"|des (?:[a-zäöüß]+en )?(?:Bundes)?[Mm]inisteriums(?: für [^,]{0,80}?)?(?=,)"
            r"|des Auswärtigen Amt(?:e)?s)",  # "die Lateinamerika-Beauftragte des Auswärtigen Amts, X"
            # ("генеральный секретарь Министерства промышленности и торговли Королевства Марокко X": the ministry's
            # fields in lower case, up to the state)
            "ru": r"(?:Госсовета|Государственного совета|Правительства|правительства|Совета Министров"
            r"|[Мм]инистерства (?:[а-яё-]+ ){0,5}?[а-яё-]+(?= [А-ЯЁ]))",
        }[lang]
        office_re = re.compile(rf"\s+{office}(?:\s+{country})?")
        office_tail_re = office_re
    return name_re, of_re, to_re, region_re, office_re, office_tail_re, also_to_re, accredited_also_re


# Parties of the German-speaking states, written in brackets after a politician's name ("Hendrik Wüst (CDU)")
_PARTY_STATES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("CDU", "CSU", "SPD", "AfD", "BSW", "Linke", "Die Linke"), ("DE",)),
    **dict.fromkeys(("ÖVP", "SPÖ", "FPÖ", "NEOS"), ("AT",)),
    **dict.fromkeys(("SVP", "SP", "GLP", "Mitte", "Die Mitte", "EVP"), ("CH",)),
    "FDP": ("DE", "CH"),
    "Grüne": ("DE", "AT", "CH"),
    "Grünen": ("DE", "AT", "CH"),
}
_PARTY_AFTER_NAME = re.compile(
    rf"\s*\(({'|'.join(sorted(map(re.escape, _PARTY_STATES), key=lambda p: (-len(p), p)))})(?:,\s*\d{{2}})?\)"
)


class _Finder:
    def __init__(self, text: str, lang: str, home: str | None = None):
        self.text, self.lang = text, lang
        self.home = home  # the state of the dateline or publisher: "our country"
        self.lex: Lexicon = load_lexicon(lang)
        (
            self.name_re,
            self.of_re,
            self.to_re,
            self.region_re,
            self.office_re,
            self.office_tail_re,
            self.also_to_re,
            self.accredited_also_re,
        ) = _finder_patterns(lang)
        self.people: list[Person] = []
        self.titles: list[tuple[int, int, str, Person | None]] = []
        # titles without a name: start, end, role, state (None: not said; "!XX": a counterpart of a person of XX)
        self.unnamed: list[tuple[int, int, str, str | None, str | None]] = []  # ... and the ministry
        # an unnamed title joined by "and" to the next one: (where the next starts, state, entry, match)
        self._pending: tuple[int, str | None, dict[str, Any], re.Match[str]] | None = None
        self._unnamed_titles: dict[int, str] = {}  # where a title without a name starts -> its English title
        self.unnamed_counterparts: set[int] = set()  # where an unnamed "counterpart", "Amtskollegin" starts
        # a title given after its holder's name ("X, Deputy Prime Minister"): where its phrase ends, and the holder
        self._named_before: tuple[int, Person] | None = None
        self._titled_before: tuple[int, Person] | None = None  # the end of a name a title came before, its person
        self._courtesy_until = 0  # where the name after "Minister …, Ambassador" begins: no title before it
        self.possessors: list[tuple[int, int]] = []  # "Lavrov's" in "Lavrov's predecessor X": no mention of an actor

    # -- names ---------------------------------------------------------------------------
    def _name_tokens(self, start: int, limit: int, single: bool = False) -> tuple[list[str], int, int] | None:
        match = self.name_re.match(self.text, start, limit)
        if not match:
            return None
        group = match.group()
        # "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof": a Malay father's name with its titles runs longer
        while re.search(r"(?<!\S)(?:bin|binti)\s", group) and len(group.split()) < 12:
            more = self.name_re.match(self.text, match.start() + len(group) + 1, limit)
            if not more or self.text[match.start() + len(group)] != " ":
                break
            group = self.text[match.start() : more.end()]
        tokens: list[str] = []
        end = match.start()
        words = group.split()
        for index, token in enumerate(re.finditer(r"\S+", group)):
            word = token.group()
            if tokens and any(self.lex.city(" ".join(words[index : index + n])) for n in (2, 3)):
                break  # "Sergej Alejnik Phnom Penh besucht": a city of two words after the name
            if tokens and self.lang != "ru" and re.fullmatch(r"[A-Z]\.", word):
                continue  # a middle initial is left out of the name
            if word == "To" and not tokens and self.lang == "en" and len(group.split()) > 1:
                pass  # "To Lam": a Vietnamese given name, not the preposition
            elif word in _STOP_TOKENS or self.lex.city(word):
                break
            elif self.lex.state_of(word) and not (tokens and word in _STATE_SURNAMES):
                break  # (not "Luís Montenegro": a surname that is a state's name, after a given name)
            elif (
                self._is_title(word)
                and not re.match(r"\s+(?:bin|bint|ibn)\s", group[token.end() :])
                # ("Resources Minister Madeleine King met": a surname that is a title, last after a given name)
                and not (tokens and index == len(words) - 1 and word in _SURNAME_TITLES)
            ):
                break  # (not "Sultan bin Ahmed Al Jaber": a given name before "bin")
            elif self.lang == "en" and self._title_starts(match.start() + token.start()):
                break  # "his Indian counterpart, External Affairs Minister Dr S. Jaishankar": a title, no name
            if tokens and cue(self.lang, "noun_after_name").fullmatch(word):
                break  # "mit ihrer Amtskollegin Penny Wong Gespräche über …": the object after the name
            noun_after = _GERMAN_NOUN_AFTER.match(self.text, match.start() + token.end())
            if self.lang == "de" and len(tokens) >= 2 and noun_after:
                break  # "Maxim Ryschenkow Kopien seines Beglaubigungsschreibens": a noun with its genitive, not a name
            after_word = self.text[match.start() + token.end() : match.start() + token.end() + 3]
            # ("Jan Lipavský": a short month name is a given name unless a full stop or a day follows it)
            month = word.lower() in self.lex["months"] and (len(word) > 3 or re.match(r"\.|\s*\d", after_word))
            if month or word.lower() in self.lex["weekdays"] or word in _TIME_WORDS:
                break  # "die beiden Regierungschefs Anfang Mai": a time, not a name
            possessive = re.search(r"['’]s?$", word) if self.lang == "en" else None
            if possessive:  # "President Tokayev's visit": the name without the possessive
                word = word[: possessive.start()]
                tokens.append(word)
                end = match.start() + token.start() + len(word)
                break
            tokens.append(word)
            end = match.start() + token.end()
        while tokens and re.fullmatch(_PARTICLES, tokens[-1] + " "):
            tokens.pop()  # "Lukaschenko von Belarus": a particle before a place is no part of the name
            end = match.start() + group.rindex(tokens[-1]) + len(tokens[-1]) if tokens else end
        if not tokens:
            return None
        if self.lang == "ru" and len(tokens) == 2 and (ordinal := _RU_REGNAL_WORD.fullmatch(tokens[1])):
            return [tokens[0], _RU_REGNAL[ordinal.group(1)[:4].lower()]], match.start(), end
        regnal = re.match(r"\s+([IVX]{1,4})(?![\w-])", self.text[end:limit]) if len(tokens) == 1 else None
        if regnal:  # "King Mohammed VI", "König Charles III.": a monarch's name and number
            tokens.append(regnal.group(1))
            end += regnal.end()
            return tokens, match.start(), end
        initials = re.match(_INITIALS[self.lang], tokens[0])
        if initials and initials.end() < len(tokens[0]):
            tokens = [tokens[0][: initials.end()].replace(" ", ""), tokens[0][initials.end() :], *tokens[1:]]
        if len([t for t in tokens if not t.endswith(".")]) < 2 and not (len(tokens) == 2 and self.lang != "de"):
            # "President Putin": a surname alone after a title, if no weekday, month or place
            word = tokens[0]
            mononym = len(tokens) == 1 and _is_mononym(word, self.lang)  # "министром ... Индонезии Сугионо"
            if not mononym and not (single and len(tokens) == 1 and len(word) > 2 and "." not in word):
                return None
            if word.lower() in self.lex["months"] or word.lower() in self.lex["weekdays"]:
                return None
            if cue(self.lang, "place_named_after").match(self.text, end, limit):
                return None  # "the Queen Salote wharf", "the King Fahd causeway": a place named after a person
        return tokens, match.start(), end

    def _title_starts(self, position: int) -> bool:
        """Whether a title of several words begins at ``position`` ("External Affairs Minister")."""
        patterns = _title_patterns(self.lang)
        return position < len(self.text) and any(
            (found := patterns[i][0].match(self.text, position)) and " " in found.group()
            for i in _title_scan(self.lang).beginning_with(self.text[position])
        )

    @cache  # noqa: B019  (one finder per article)
    def _is_title(self, word: str) -> bool:
        patterns = _title_patterns(self.lang)
        return bool(word) and any(
            patterns[i][0].fullmatch(word) for i in _title_scan(self.lang).beginning_with(word[0])
        )

    # -- titles --------------------------------------------------------------------------
    def run(self, sentences: list[tuple[int, int]]) -> None:
        for sentence in sentences:
            self._sentence(sentence)

    def _sentence(self, sentence: tuple[int, int]) -> None:
        start, end = sentence
        taken: list[tuple[int, int]] = []
        matches: list[tuple[re.Match[str], dict[str, Any]]] = []
        # (each pattern tried only where one of them can begin, and only if one can begin there: see pattern_scan)
        starts, tried = _title_scan(self.lang).candidates(self.text, start, end)
        patterns = _title_patterns(self.lang)
        for pattern, entry in (patterns[i] for i in tried):
            for match in matches_at(pattern, self.text, starts, end):
                if (
                    self.lang == "en"
                    and re.match(r"['’]s\b", self.text[match.end() : match.end() + 3])
                    and re.search(
                        r"\b[A-Z][\w-]*,\s+the\s+$", self.text[max(start, match.start() - 30) : match.start()]
                    )
                ):
                    continue  # "Blair House, the president's guest residence": a thing of the post, not a holder
                clash = [i for i, (s, e) in enumerate(taken) if s < match.end() and match.start() < e]
                if clash:
                    # "министр продовольствия, сельского хозяйства и легкой промышленности": of one post, the
                    # longer title that begins where another does
                    i = clash[0]
                    earlier, earlier_entry = matches[i]
                    if (
                        len(clash) == 1
                        and earlier.start() == match.start()
                        and match.end() > earlier.end()
                        and earlier_entry["role"] == entry["role"]
                    ):
                        taken[i], matches[i] = (match.start(), match.end()), (match, entry)
                    continue
                taken.append((match.start(), match.end()))
                matches.append((match, entry))
        for match, entry in sorted(matches, key=lambda m: m[0].start()):
            self._title(match, entry, sentence)

    def _states_before(self, position: int, floor: int) -> str | None:
        window = self.text[max(floor, position - 60) : position]
        found = list(self.lex.state_re.finditer(window))
        if not found:
            return None
        last = found[-1]
        between = window[last.end() :]
        # "Kazakhstan's foreign minister", "der russische Präsident", "Russlands Präsident": right before the
        # title; not "zwischen Deutschland und Polen haben Bundeskanzler Merz"
        # ("the German Federal Minister for ...": a word of the post's level may stand between)
        if not re.fullmatch(
            r"(?:['’]s?)?\s*(?:(?:the|der|die|des|dem|den)\s+)?(?:Federal\s+)?"
            # "Luxemburgs neuer Botschafter", "Kazakhstan's new ambassador"
            r"(?:(?:neue[nmrs]?|new|newly appointed|outgoing|scheidende[nmrs]?|designierte[nmrs]?)\s+)?"
            # "his Romanian counterpart, Transport Minister X", "seinen rumänischen Amtskollegen, Verkehrsminister X":
            # the counterpart's state is the apposed title's
            r"(?:\s*(?:counterpart|colleague|(?:Amts)?[Kk]olleg(?:e|en|in)|коллег\w*)\s*,\s*)?"
            r"(?:[A-ZÄÖÜ][\wäöüß]*- und\s+)?",  # ("Verkehrs- und Infrastrukturminister": the first part of the title)
            between,
            re.IGNORECASE,
        ):
            return None
        return self.lex.state_of(last.group())

    def _title(self, match: re.Match[str], entry: dict[str, Any], sentence: tuple[int, int]) -> None:
        text = self.text
        if match.start() < self._courtesy_until:
            return  # the courtesy title of a name a title before it was given to
        role = entry["role"]
        if role == "president":
            # "Korea Hydro & Nuclear Power (KHNP) president Whang Joo-ho": a company's president heads it
            pattern, companies = enterprises(self.lang)
            company = next(
                (c for c in pattern.finditer(text, max(sentence[0], match.start() - 80), match.start())
                 if _NOTHING_BUT_ABBREVIATION.fullmatch(text, c.end(), match.start())),
                None,
            )  # fmt: skip
            if company is not None and companies[company.group()][2] == "enterprise":
                role, entry = "head-of-enterprise", {**entry, "role": "head-of-enterprise", "title": "President"}
        sending = self._states_before(match.start(), sentence[0])
        guessed = False  # a state only guessed from the title ("Bundes-"), which the actor dictionary overrides
        if sending is None and re.match(r"Bundes", match.group()):
            # (the federal state the story is told from: Austria's and Switzerland's titles are "Bundes-" too)
            sending, guessed = federal_state(self.home), True
        region: Region | None = None  # the region the title names, for the government a governor heads
        # (the words right before the title: a window of the sentence, which no two words outrun, is searched, not
        # all of the sentence before it)
        words_before = text[max(sentence[0], match.start() - 120) : match.start()]
        before = re.search(r"([^\W\d_]+)\s+$", words_before)
        if before:  # "der bayerische Innenminister", "амурский губернатор": a region's adjective
            region = self._region(before.group(1))
        two_before = re.search(r"([^\W\d_]+\s+[^\W\d_]+)\s+$", words_before)
        if region is None and two_before:  # "Western Australian Premier Roger Cook": a region's name of two words
            region = self._region(two_before.group(1))
        if sending is None:
            sending = self._region_state(before.group(1)) if before else None
        region = region or self._region(match.group())  # "Chairman of the Mogilev Regional Executive Committee"
        if sending is None:  # ... and the state of the city
            city = self.lex.city_re.search(match.group())
            sending = (self.lex.city(city.group()) or (None, None))[1] if city else None
        if sending is None and (entry.get("role") == "head-of-agency" or entry.get("state_inside")):
            # "Director General of the French National Police", "Secretary of India's Ministry of …"
            inside = self.lex.state_re.search(match.group())
            sending = self.lex.state_of(inside.group()) if inside else None
            agencies_pattern, agencies = enterprises(self.lang)
            agency = agencies_pattern.search(match.group()) if sending is None else None
            prefix = match.group().split("-")[0]  # "Seco-Direktorin"
            if agency is not None:  # "der Direktorin des Seco": the state of the agency the dictionary knows
                sending = agencies[agency.group()][1][0]
            elif sending is None and prefix in agencies:
                sending = agencies[prefix][1][0]
        pending = self._pending if self._pending and self._pending[0] == match.start() else None
        self._pending = None
        if pending and sending is None:
            sending = pending[1]  # "Kazakh Deputy Prime Minister and Foreign Minister X": the state of both titles
        position = match.end()
        receiving = None
        of = self.of_re.match(text, position, sentence[1])
        qualified = re.match(rf"\s+{cue(self.lang, 'title_qualifier').pattern}", text[position : sentence[1]])
        if of is None and qualified:  # "Президент переходного периода Буркина-Фасо": the qualifier before the state
            of = self.of_re.match(text, position + qualified.end() - 1, sentence[1])
        state_noun = cue(self.lang, "state_noun").match(text, position, sentence[1]) if of is None else None
        if state_noun:
            # "главой МИД королевства Абдуллатифом бин Рашидом": a word for the state, which the text tells elsewhere
            position = state_noun.end()
            of = self.of_re.match(text, position, sentence[1])
        if of:
            state = self.lex.state_of(re.sub(r"^\s+(?:of (?:the )?|der |des |von )", "", of.group()).strip())
            state = state or self._state_in(of.group())
            sending = state or sending
            position = of.end()
            after_state = self.region_re.match(text, position, sentence[1])
            if after_state:  # "губернатором китайской провинции Хэйлунцзян Лян Хуэйлином": the region after the state
                position = after_state.end()
                region = self._region(after_state.group()) or region
            field = cue(self.lang, "field_after_state").match(text, position, sentence[1])
            if field:  # "помощник министра иностранных дел Кувейта по делам Европы Мансур аль-Кандари"
                position = field.end()
        else:
            named = self.region_re.match(text, position, sentence[1])
            if named and not self.office_re.match(text, position, sentence[1]):  # not "of the State Council"
                position = named.end()
                sending = sending or self._region_state(named.group())
                region = self._region(named.group()) or region
                state_after = self.of_re.match(text, position, sentence[1])
                if state_after:  # "хокимом Самаркандской области Узбекистана Эркинжоном Турдимовым": its state next
                    sending = self._state_in(state_after.group()) or sending
                    position = state_after.end()
            elif (
                sending is None
                and self.lang == "en"
                and re.search(r",\s*(?:the\s+)?$", text[sentence[0] : match.start()])
            ):
                # "Minister Delegate for Foreign Trade and French Nationals Abroad of the French Republic": the
                # state at the end of a long title, before the next comma
                tail = re.match(r"[^,;:.]{0,60}?\s(?=of )", text[position : sentence[1]])
                later = self.of_re.match(text, position + tail.end() - 1, sentence[1]) if tail else None
                sending = self._state_in(later.group()) if later else None
            else:  # "Der Vorsitzende des Gebietsexekutivkomitees Grodno, Juri Karajew": a known place after the title
                place = re.match(r"\s+([^\W\d_][\w-]+)", text[position : sentence[1]])
                state = self._region_state(place.group(1)) if place else None
                if place and state:
                    position += place.end()
                    sending = sending or state
                    region = self._region(place.group(1)) or region
        office_re = self.office_tail_re if of else self.office_re
        body = office_re.match(text, position, sentence[1])
        if body:  # "State Secretary of the German Federal Foreign Office X": the office is not part of the name
            sending = sending or self._state_in(body.group())
            if sending is None and re.search(r"Auswärtig|Federal Foreign Office", body.group()):
                sending = "DE"  # the Auswärtiges Amt is Germany's foreign ministry
            elif sending is None and re.match(r"\s+(?:im|beim|des) Bundes", body.group()):
                # "Staatssekretärin im Bundesministerium für …": a federal ministry, of the federal state the story is
                # told from (Austria's and Switzerland's are "Bundes-" too), else Germany's
                sending, guessed = federal_state(self.home), True
            position = body.end()
        fields = (
            re.search(r"[Mm]inisterium für (.+)$|[Мм]инистерства ([а-яё -]+?)(?= [А-ЯЁ]|$)", body.group())
            if body
            else None
        )
        office = (fields.group(1) or fields.group(2)) if fields else None
        to = self.to_re.match(text, position, sentence[1])
        ours = _OUR_COUNTRY[self.lang].match(text, position, sentence[1]) if not to else None
        if ours:  # "Посол Республики Узбекистан в нашей стране": the publisher's state
            if self.home and role in ("ambassador", "charge-d-affaires", "consul-general"):
                receiving = self.home
            position = ours.end()
        also_receiving: str | None = None  # "в Республике Узбекистан и Кыргызской Республике по совместительству"
        if to:
            if role in ("ambassador", "charge-d-affaires", "consul-general"):
                receiving = self._state_in(to.group())
            position = to.end()
            also = self.also_to_re.match(text, position, sentence[1]) if receiving else None
            if also:
                also_receiving, position = self._state_in(also.group()), also.end()
        succeeded = _ending_with(self.lang, "succeeds").search(text[sentence[0] : match.start()])
        if succeeded and sending is None:
            # "tritt die Nachfolge von Botschafterin Peggy Frantzen an": the predecessor held the post of the one
            # named before, for the same state
            held = next((q for p in reversed(self.people) for q in reversed(p.posts) if q.role == role), None)
            if held is not None:
                sending, receiving = held.state, receiving or held.receiving
        if receiving == sending:
            receiving = None
        gap = re.match(
            # ("Minister for … Communications (MEIDECC), Hon. Semisi Taufahema": the abbreviation before the comma)
            r"\s*(?:\([A-ZÄÖÜА-ЯЁ][^)]{0,20}\),)?\s*,?\s*(?:\([^)]{1,60}\)\s*)?(?:(?:Government|Cabinet|Regierung|Bundesregierung)\s+)?"
            + f"(?:{cue(self.lang, 'title_qualifier').pattern})?"
            + _HONORIFIC,
            text[position : sentence[1]],
        )
        name_start = position + (gap.end() if gap else 0)
        courtesy = (
            re.match(r"(?:Ambassador|Amb\.)\s+", text[name_start : sentence[1]]) if gap and "," in gap.group() else None
        )
        if courtesy:
            # "Nigeria's Minister of Foreign Affairs, Ambassador Yusuf Tuggar": a courtesy title of a former envoy,
            # not a post
            name_start += courtesy.end()
            self._courtesy_until = name_start
        name = self._name_tokens(name_start, sentence[1])
        rule = f"{self.lang}:title-name"
        if (
            name is not None
            and self.lang == "en"
            and gap
            and "," in gap.group()
            and not re.match(r"\s*[,)]", text[name[2] : sentence[1]])
        ):
            # "In a call with Juan de la Fuente, Mexico's secretary of foreign affairs, Iwaya noted": an apposition to
            # the name before it; the name after the comma, which no comma closes, is the sentence's subject
            apposed = self._name_before(match.start(), sentence[0])
            if apposed is not None:
                name, rule = apposed, f"{self.lang}:name-comma-title"
        if name is None:
            name = self._name_before(match.start(), sentence[0])
            rule = f"{self.lang}:name-comma-title"
        if name is None and (
            (self.lang == "en" and name_start == position + 1) or (entry.get("title") == "Monarch" and gap)
        ):
            # ("König Philippe": a monarch is named by the given name alone)
            name = self._name_tokens(name_start, sentence[1], single=True)
            rule = f"{self.lang}:title-surname"
        joined = self._named_before
        if (
            name is None
            and joined is not None
            and role not in ("predecessor", "counterpart")
            and cue(self.lang, "title_join").fullmatch(text[joined[0] : match.start()])
        ):
            # "Bui Thanh Son, Deputy Prime Minister and Minister of Foreign Affairs": the second title is the
            # holder's too
            self._add_joined_post(entry, match, joined[1], sending, region, sentence, position)
            return
        titled = self._titled_before
        if (
            name is None
            and role == "head-of-agency"
            and titled is not None
            and re.fullmatch(r"\s*,\s*(?:(?:der|die|the)\s+)?", text[titled[0] : match.start()])
        ):
            # "Staatssekretärin Helene Budliger Artieda, Direktorin des Staatssekretariats für Wirtschaft": the
            # agency she heads
            self._add_joined_post(entry, match, titled[1], sending, region, sentence, position)
            return
        if name is None and role not in ("predecessor", "counterpart"):
            holder = self._holder_before(match.start(), sentence[0])
            if holder is not None:  # "Gan, who is also Singapore's minister for trade and industry": his post too
                self._add_joined_post(entry, match, holder, sending, region, sentence, position)
                return
        counterpart = role == "counterpart"
        predecessor = role == "predecessor"
        model: Post | None = None
        if predecessor:
            # "Meinl-Reisingers Amtsvorgänger Alexander Schallenberg": the post of the one named before, held earlier
            model = self._post_of_possessor(sentence, match.start())
            if model is None or name is None:
                return
            entry, role = {**entry, "title": model.title, "role": model.role, "ministry": model.ministry}, model.role
            sending = sending or model.state
        if counterpart:
            model = self._counterpart_of(sentence, match.start())
            if model is None:
                return
            # (a counterpart shares the foreign ministry, not the other fields of the other's: "Minister of Foreign
            # Affairs and International Cooperation Prak Sokhonn and his Thai counterpart")
            shared = re.sub(r"^(Foreign Affairs)(?:,| and) .*$", r"\1", model.ministry) if model.ministry else None
            entry, role = {**entry, "title": model.title, "role": model.role, "ministry": shared}, model.role
        title = self._english_title(entry, match)
        if name is None and model is not None:
            # "invited his German counterpart to visit": the holder of the same post in the other state
            self.unnamed.append(
                (match.start(), match.end(), role, sending or f"!{model.state or ''}", entry.get("ministry"))
            )
            self.unnamed_counterparts.add(match.start())
            return
        if name is None and _title_in_body(self, match.start(), match.start()):
            return  # "the Office of the President said": a body, not its head
        if name is None:
            conjoined = cue(self.lang, "title_join").match(text[position : sentence[1]])
            known = [
                p
                for p in self.people
                if any(q.role == role and q.ministry == self._ministry(entry, match) for q in p.posts)
                and (sending is None or p.country == sending)
            ]
            if conjoined and position == match.end() and len(known) == 1 and sending is None:
                # "с заместителем премьер-министра, министром иностранных дел Иордании X" after Kazakhstan's deputy
                # prime minister: the next title names another state, so another holder
                ahead = re.match(r"[^,;.]{0,80}", text[position + conjoined.end() : sentence[1]])
                named = self.lex.state_re.search(ahead.group()) if ahead else None
                if named and self.lex.state_of(named.group()) not in (None, known[0].country):
                    known = []
            if conjoined and position == match.end() and len(known) != 1:
                self._pending = (position + conjoined.end(), sending, entry, match)
            state = sending or entry.get("state")  # "the Home Secretary": a British post
            # ("the Indian Foreign Secretary": the post the title stands for in that state)
            role = _role_in(entry.get("roles_by_state"), role, state)
            self.titles.append((match.start(), match.end(), role, None))
            self.unnamed.append((match.start(), match.end(), role, state, self._ministry(entry, match)))
            self._unnamed_titles[match.start()] = title
            return
        tokens, n_start, n_end = name
        if of is None and rule.endswith(":title-name"):
            # "Foreign Minister Murat Nurtleu of Kazakhstan": the state after the name, with its preposition
            # (not "Staatspräsident Xi Jinping Serbien einen Staatsbesuch abgestattet")
            after = self.of_re.match(text, n_end, sentence[1])
            if after and not re.match(r"\s+(?:of|von|der|des)\b", after.group()):
                after = None
            state = self._state_in(after.group()) if after else None
            if state:
                sending = state
                later = self.to_re.match(text, after.end(), sentence[1]) if after else None
                if later and role in ("ambassador", "charge-d-affaires", "consul-general"):
                    receiving = self._state_in(later.group())
        if sending is None:
            # "генеральный директор госкорпорации «Росатом» Алексей Лихачев", "SOCAR Vice-President Elshad Nasirov":
            # the state of the enterprise the title names or follows
            pattern, companies = enterprises(self.lang)
            company = pattern.search(match.group()) if role == "head-of-enterprise" else None
            if company is None:
                company = next(
                    (c for c in pattern.finditer(text, max(sentence[0], match.start() - 60), match.start())
                     if _NOTHING_BUT_ABBREVIATION.fullmatch(text, c.end(), match.start())),
                    None,
                )  # fmt: skip
            owners = companies[company.group()][1] if company else ()
            sending = owners[0] if len(owners) == 1 else None
        if sending is None:  # "Auf omanischer Seite ... der Minister": the side the sentence names
            sides = list(cue(self.lang, "side").finditer(text, sentence[0], sentence[1]))
            before_title = [m for m in sides if m.start() < match.start() and not m.groupdict().get("led")]
            # (the nearest before; else the first after, unless it is a side told for the next title: "X, непальскую —")
            after_title = [
                m
                for m in sides
                if m.start() >= match.start()
                and not re.search(r"[–—] $", m.group())
                # ("was led by A, while B headed the Thai delegation": a side one leads is of the name just before)
                and not (m.groupdict().get("led") and re.search(r"[,;]", text[n_end : m.start()]))
            ]
            side = before_title[-1] if before_title else (after_title[0] if after_title else None)
            word = next((g for g in side.groups() if g), None) if side else None
            sending = self.lex.state_of(word) if word else None
        party = _PARTY_AFTER_NAME.match(text, n_end, sentence[1]) if self.lang == "de" else None
        if sending is None or guessed:
            # "Außenminister Péter Szijjártó": no state in the text, so the actor dictionary's
            actor = actor_state(" ".join(normalise_ru(tokens)[0] if self.lang == "ru" else tokens))
            sending = actor or sending
            guessed = guessed and actor is None
        role, title = _national(entry, role, title, sending, region)
        if party and (sending is None or guessed):
            # "Ministerpräsident Hendrik Wüst (CDU)": a party of Germany, Austria or Switzerland (of the home state,
            # when the party is in several), which names no state in the title (a Land's head of government)
            states = _PARTY_STATES[party.group(1)]
            sending = self.home if self.home in states else states[0]
        if sending is None and self.home in (entry.get("home_states") or ()):
            sending = self.home  # "Defense Secretary" in a story from Manila: the Philippines', not the United States'
        by_state = entry.get("roles_by_state") or {}
        role = _role_in(by_state, role, sending or entry.get("state"))  # India's Foreign Secretary: its top diplomat
        if region is not None and entry.get("regional_role"):
            role = str(entry["regional_role"])  # "Bayerns Staatsminister für Europaangelegenheiten": a Land's minister
        confidence = 0.85 if sending else 0.6
        if counterpart:
            rule = f"{self.lang}:counterpart"  # the model's post in the other state: a guess
        elif predecessor:
            rule = f"{self.lang}:predecessor"  # the post held before the one named now holds it
        post = Post(title, role, self._ministry(entry, match, office), receiving, sending, sentence, rule, confidence)
        if by_state and not (sending or entry.get("state")):
            post.roles_by_state = {str(k): str(v) for k, v in by_state.items()}
        if role in ("governor", "mayor") and region and region.state == (sending or region.state):
            post.region = region
        sending = sending or entry.get("state")
        post.state = sending
        person = self._person(tokens, n_start, n_end, sending)
        if counterpart and model is not None:
            person.counterpart_of = next((p for p in self.people if any(q is model for q in p.posts)), None)
        if pending:
            first_entry, first_match = pending[2], pending[3]
            first_role, first_title = _national(
                first_entry, first_entry["role"], self._english_title(first_entry, first_match), sending, region
            )
            if first_role != "none":  # "Crown Prince and Prime Minister X": a monarch's title is no post
                person.posts.append(
                    Post(first_title, first_role, self._ministry(first_entry, first_match), None, sending, sentence,
                         rule, confidence)
                )  # fmt: skip
            self.titles[-1] = (*self.titles[-1][:3], person)
        if counterpart and any(q.role == role for q in person.posts):
            pass  # "Ronald Lamola, Minister of International Relations, … his counterpart Lamola": stated before
        elif role != "none":  # a monarch: the person, without a post of the vocabulary
            _add_post(person, post)
            if also_receiving and also_receiving not in (receiving, sending):
                _add_post(person, replace(post, receiving=also_receiving))  # accredited to both states
        if person.country is None and sending:
            person.country = sending
        self.titles.append((match.start(), match.end(), role, person))
        self._named_before = (position, person) if rule.endswith(":name-comma-title") else None
        self._titled_before = (n_end, person) if rule.endswith(":title-name") else None

    def _add_joined_post(
        self,
        entry: dict[str, Any],
        match: re.Match[str],
        person: Person,
        sending: str | None,
        region: Region | None,
        sentence: tuple[int, int],
        position: int,
    ) -> None:
        """Give ``person`` the post of a title joined to the title given after their name."""
        sending = sending or person.country
        role, title = _national(entry, entry["role"], self._english_title(entry, match), sending, region)
        if role != "none":
            confidence = 0.85 if sending else 0.6
            post = Post(title, role, self._ministry(entry, match), None, sending, sentence,
                        f"{self.lang}:name-comma-titles", confidence)  # fmt: skip
            _add_post(person, post)
        self.titles.append((match.start(), match.end(), role, person))
        self._named_before = (position, person)  # "X, Deputy Prime Minister – Minister of Y and Z": a third

    def _post_of_possessor(self, sentence: tuple[int, int], position: int) -> Post | None:
        """The post of the person whose word of possession stands before ``position`` ("Lavrov's", "Ryschenkows",
        "his"): a titled person of that surname, or for a pronoun the last titled one before it."""
        before = self.text[sentence[0] : position]
        pronoun = re.search(r"\b(?:his|her|their|sein\w*|ihr\w*)\s+$", before, re.IGNORECASE)
        if pronoun:
            return self._counterpart_of(sentence, position)
        word = re.search(r"([^\W\d_][\w-]*?)(?:['’]s|s)?\s+$", before)
        if word is None:
            return None
        keys = {name_key(word.group(1)), name_key(word.group(0).strip().rstrip("'’"))}
        holders = [p for p in self.people if p.posts and p.surname and name_key(p.surname) in keys]
        if holders:  # the possessor is named, not taking part: "Ryschenkows Vorgänger ... besuchte"
            self.possessors.append((sentence[0] + word.start(), sentence[0] + word.end()))
        return holders[-1].posts[-1] if holders else None

    def _counterpart_of(self, sentence: tuple[int, int], position: int) -> Post | None:
        """The post of the person a "counterpart" is the opposite number of: the last titled one before it in the
        sentence, else the last one with a post named there by surname ("Bettel führte Gespräche mit seinem
        Amtskollegen"), else the last titled one before it."""
        for floor in (sentence[0], 0):  # in the sentence, else the last titled person named before it
            if floor == 0:
                before = self.text[sentence[0] : position]
                anaphor = self._state_anaphor_post(sentence[0], position)
                if anaphor is not None:
                    return anaphor
                by_surname = [
                    (found.start(), person)
                    for person in self.people
                    if person.posts and person.surname
                    for found in whole_word(person.surname).finditer(before)
                ]
                if by_surname:
                    return max(by_surname, key=lambda item: item[0])[1].posts[-1]
            for start, _end, role, holder in reversed(self.titles):
                if not floor <= start < position:
                    continue
                if holder is not None and holder.posts:
                    return holder.posts[-1]
                unnamed = next((u for u in self.unnamed if u[0] == start), None)
                if floor == sentence[0] and holder is None and unnamed and not (unnamed[3] or "").startswith("!"):
                    # "Кыргызский премьер пригласил узбекского коллегу", "die Ministerin mit ihrem Amtskollegen": the
                    # post of a title without a name, as the one of that post named before holds it
                    named = [
                        p.posts[-1]
                        for s, _e, r, p in self.titles
                        if p is not None and s < start and r == role and p.posts and p.posts[-1].role == role
                        and (unnamed[3] is None or p.country == unnamed[3])
                    ]  # fmt: skip
                    if named:
                        return named[-1]
                    title = self._unnamed_titles.get(start, role)
                    return Post(title, role, unnamed[4], None, unnamed[3], sentence, f"{self.lang}:counterpart", 0.6)
        return None

    def state_post_words(self, start: int, end: int) -> list[tuple[re.Match[str], str, str]]:
        """A state's post words between ``start`` and ``end`` ("the Japanese minister", "глава оманской
        дипломатии"), in order, with the state and the role each names (``state_anaphor_roles``; "*": any post)."""
        roles: dict[str, str] = self.lex.data.get("state_anaphor_roles") or {}
        found = [
            m
            for name in ("state_anaphor", "state_anaphor_head")
            for m in cue(self.lang, name).finditer(self.text, start, end)
        ]
        suffixes: dict[str, str] = self.lex.data.get("state_anaphor_role_suffixes") or {}
        out = []
        for match in sorted(found, key=lambda m: m.start()):
            word = match.group(2).lower()
            role = roles.get(word) or next((r for suffix, r in suffixes.items() if word.endswith(suffix)), None)
            state = self.lex.state_of(match.group(1))
            if state is not None and role is not None:
                out.append((match, state, role))
        return out

    def _state_anaphor_post(self, start: int, end: int) -> Post | None:
        """The post of the one a state's post word last stands for between ``start`` and ``end`` ("глава оманской
        дипломатии провел переговоры со своим узбекским коллегой", "the Omani foreign minister … his Uzbek
        counterpart"): of the last person named of that state who holds it."""
        for _match, state, role in reversed(self.state_post_words(start, end)):
            holders = [
                post
                for person in self.people
                if person.country == state
                for post in person.posts
                if role == "*" or post.role == role
            ]
            if holders:
                return holders[-1]
        return None

    def _region(self, phrase: str) -> Region | None:
        return region_in(phrase, self.lang)

    def _region_state(self, phrase: str) -> str | None:
        """The state of a region or city named in ``phrase`` ("Amur Oblast", "Амурской области", "Grodno")."""
        region = self._region(phrase)
        if region:
            return region.state
        for word in re.findall(r"[^\W\d_][\w-]*", phrase):
            city = self.lex.city(word)
            if city:
                return str(city[1])
        return None

    def _state_in(self, phrase: str) -> str | None:
        found = list(self.lex.state_re.finditer(phrase))
        if not found:  # "Botschafter in Jakarta": the state of the capital
            return (self.lex.last_city(phrase) or (None, None))[1]
        return self.lex.state_of(found[-1].group())

    def _name_before(self, position: int, floor: int) -> tuple[list[str], int, int] | None:
        window = self.text[floor:position]
        match = re.search(
            rf"({_TOKEN[self.lang]}(?:\s+{_TOKEN[self.lang]}){{1,2}})\s*,\s*(?:the\s+)?"
            # "Li Chenggang, China's vice minister of commerce": the state's possessive before the title
            r"(?:[A-Z][\w-]+['’]s\s+)?"
            # "Liu Jiangping, the newly appointed Ambassador": words of time before the title
            r"(?:(?:newly|recently|then|current|former|new|outgoing|incoming)\s+(?:appointed\s+|elected\s+)?)?"
            # "Ruslan Bekturganow, seit dem Frühjahr Botschafter": since when they hold the post
            r"(?:(?:seit|since)\s+(?:(?:dem|der|den)\s+)?\S+(?:\s+(?:19|20)\d\d)?\s+)?"
            # "Wang Yi, Member of the Political Bureau of the CPC Central Committee and Foreign Minister": a party post
            rf"(?:{cue(self.lang, 'party_post').pattern})?"
            r"(?:\S+\s+|(?:[A-Z][\w.'’-]*\s+){2,3})?$",
            window,
        )
        if not match or re.search(r"\bibni\b[^,;]*$", window[: match.start(1)]):
            return None  # "… ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien Sa'adul Khairi Waddien, Sultan …"
        start = floor + match.start(1)
        noun_of = re.match(r"\S+\s+von\s+(?=\S+\s+\S)", match.group(1)) if self.lang == "de" else None
        if noun_of and re.search(r"(?:\b(?:im|am|vom|zum|beim|de[mnrs]|die|das|eine[mnrs]?)|\w+(?:en|er|es))\s+$",
                                 self.text[max(floor, start - 25) : start]):  # fmt: skip
            start += noun_of.end()  # "im Auswärtigen Amt von Gunther Krichbaum, Staatsminister": "von" of a noun
        honorific = re.match(_HONORIFIC, self.text[start : floor + match.end(1)])
        if honorific and honorific.end() and re.search(r"\s\S", match.group(1)[honorific.end() :]):
            start += honorific.end()  # "Prince Faisal bin Farhan, Saudi Arabia's Minister": not part of the name
        return self._name_tokens(start, floor + match.end(1))

    def _holder_before(self, position: int, floor: int) -> Person | None:
        """The person a relative clause of holding a further post is about ("X, who is also", "X, der zugleich",
        "X, который также является"): one named before, or named here in full."""
        match = _holder_re(self.lang).search(self.text[floor:position])
        if not match:
            return None
        words = match.group(1).split()
        known = self._resolve(words[-1])
        if known is not None:
            return known
        name = self._name_tokens(floor + match.start(1), floor + match.end(1)) if len(words) >= 2 else None
        return self._person(*name, None) if name else None

    def _english_title(self, entry: dict[str, Any], match: re.Match[str]) -> str:
        title = str(entry["title"])
        if "{domain}" in title:
            title = title.replace("{domain}", self._domain(match) or "")
        if "{word0}" in title:
            title = title.replace("{word0}", match.group().split()[0])
        return title.strip()

    def _domain(self, match: re.Match[str]) -> str | None:
        domain = match.groupdict().get("domain")
        return self._domain_english(domain) if domain else None

    def _domain_english(self, domain: str) -> str:
        """The English name of a ministry's field(s) as written ("Industrie, Bergbau und Energie")."""
        domain = re.sub(r"\s*\([^()]*\)$", "", domain)  # "… und Entwicklung (BMZ)": the abbreviation is no field
        if self.lang == "en":  # "minister of agriculture" -> "Agriculture"
            return " ".join(w if w in ("and", "of", "the") else w[:1].upper() + w[1:] for w in domain.split())
        if self.lang == "ru":
            return ru_short_names().get(domain) or domain_english("ru", domain)
        domains = self.lex.data.get("domains") or {}
        folded = {key.casefold(): value for key, value in domains.items()}
        if domain.casefold() in folded:
            return str(folded[domain.casefold()])
        words = {str(key).casefold(): str(value) for key, value in (self.lex.data.get("domain_words") or {}).items()}
        if domain.casefold() in words:  # a phrase of the lexicon ("Binnen- und Außenhandel")
            return words[domain.casefold()]
        adjectives = self.lex.data.get("domain_adjectives") or {}

        def english(item: str) -> str:
            if item.casefold() in words:  # "auswärtige Angelegenheiten"
                return words[item.casefold()]
            head, _, genitive = item.partition(" der ")
            if genitive:  # "Angelegenheiten der Diaspora" -> "Diaspora Affairs"
                return f"{english(genitive)} {english(head)}"
            adjective = re.match(r"([\wäöüß]+?)(?:e|en) (.+)", item)
            if adjective and adjective.group(1).casefold() in adjectives:  # "nationale Produktion"
                return f"{adjectives[adjective.group(1).casefold()]} {english(adjective.group(2))}"
            # "Außen- und Handels": the field words of a compound
            return words.get(item.casefold()) or str(folded.get(item.rstrip("-").casefold(), item))

        parts = re.split(r", | und (?:für )?", domain)  # ("Handel und Investitionen und für Landwirtschaft")
        translated = [english(part) for part in parts]
        return translated[0] if len(translated) == 1 else ", ".join(translated[:-1]) + " and " + translated[-1]

    def _ministry(self, entry: dict[str, Any], match: re.Match[str], office: str | None = None) -> str | None:
        """The ministry of a title's post; ``office``, the fields of a ministry named after the title ("Staatssekretär
        für Energiewende im Ministerium für Industrie, Bergbau und Energie"), is the one the post is in."""
        ministry = entry.get("ministry")
        if office and (not ministry or str(ministry) == "{domain}"):
            english = self._domain_english(office)  # ("генеральный секретарь Министерства внешних сношений Камеруна")
            return None if re.search(r"[а-яё]", english) else english  # not a field the lexicon knows
        if not ministry:
            return None
        domain = self._domain(match) or ""
        if cue(self.lang, "regional_portfolio").search(domain):
            return None  # a portfolio of regions in a department, no ministry of its own
        value = str(ministry).replace("{domain}", domain)
        more = match.groupdict().get("more")
        if more:  # "Minister of Foreign Affairs and Foreign Trade": the ministry of those fields
            value += more.replace(", and ", " and ")
        return value.replace("{word0}", match.group().split()[0]) or None

    # -- persons -------------------------------------------------------------------------
    def _masculine_if_written(self, nominative: list[str]) -> list[str]:
        """ "Жамшида Ходжаева" read as a woman's name in the nominative is a man's in the genitive when the text also
        writes the surname without the -а ("– отметил Жамшид Ходжаев")."""
        surname = nominative[-1]
        if not re.search(r"(?:ов|ев|ин|ын)а$", surname):
            return nominative
        # (not "Петрову", which is as much a woman's accusative: "Анну Петрову")
        if not re.search(rf"(?<![\w-]){re.escape(surname[:-1])}(?:ым|е)?(?![\w-])", self.text):
            return nominative
        return [word[:-1] if word.endswith("а") and len(word) > 3 else word for word in nominative]

    def _person(self, tokens: list[str], start: int, end: int, country: str | None) -> Person:
        case = None
        if self.lang == "ru":
            nominative, case = normalise_ru(tokens)
            nominative = self._masculine_if_written(nominative)
        else:
            nominative = tokens
        form = self.text[start:end]
        written_surname: str | None = None
        if len(nominative) == 1:
            # a surname alone: a person named in full before, or a well-known office holder
            for person in self.people:
                if nominative[0] in _called(person) and country in (None, person.country):
                    person.mentions.append(Mention(start, end, form, case))
                    if form not in person.aliases:
                        person.aliases.append(form)
                    return person
            full = _actor_surnames().get(_canonical(nominative[:1], self.lang, None))
            if full and country in (None, full[1]):
                nominative, country = full[0].split(), full[1]
        elif all(re.fullmatch(r"(?:[^\W\d_]\.)+", word) for word in nominative[:-1]):
            # "S. Jaishankar", "С.В.Лавров": initials and the surname of a well-known office holder whose names
            # they begin
            full = _actor_surnames().get(_canonical(nominative[-1:], self.lang, None))
            initials = [transliterate(word[0])[:1].upper() for word in nominative[:-1]]  # the given name's
            if full and country in (None, full[1]) and [w[0] for w in full[0].split()[: len(initials)]] == initials:
                written_surname = nominative[-1]  # "Лавров": what the text calls him again
                nominative, country = full[0].split(), full[1]
        if "ibni" in nominative[1:] or re.match(r"\s+ibni\b", self.text[end : end + 6]):
            # "Hassanal Bolkiah … ibni Al-Marhum Sultan …": a ruler's father is no part of his name
            nominative = nominative[: nominative.index("ibni")] if "ibni" in nominative else nominative
            # "Hassanal Bolkiah Mu'izzaddin Waddaulah": a well-known ruler's name, then his epithets
            for size in (2, 3):
                holder = actor(" ".join(nominative[:size])) if size < len(nominative) else None
                if holder:
                    nominative, country = nominative[:size], holder[1]
                    break
        malay = malay_name(nominative, country) if self.lang != "ru" else None
        if malay:
            nominative = malay
        if len(nominative) == 2 and actor(" ".join(nominative)) is None:
            turned = actor(" ".join(reversed(nominative)))
            if turned and country in (None, turned[1]):
                # "Iwaya Takeshi": a well-known office holder written family name first; the dictionary's order,
                # so that "Iwaya" alone is his surname
                nominative = nominative[::-1]
        east_asian = country in EAST_ASIAN
        name = _canonical(nominative, self.lang, country)
        key = name_key(" ".join(nominative))
        for person in self.people:
            if len(person.name.split()) == 1 and person.name == nominative[-1] and person.country in (None, country):
                person.name, person.aliases[0] = name, " ".join(nominative)  # the full name, given later
            words = person.aliases[0].split() if person.aliases else []
            tail = name_key(" ".join(words[-len(nominative) :])) if 1 < len(nominative) < len(words) else None
            written = " ".join(nominative).split()
            # "Sheikh Abdullah bin Zayed" after "Abdullah bin Zayed Al Nahyan": the beginning of a longer name
            head = name_key(" ".join(words[: len(written)])) if 2 < len(written) < len(words) else None
            if (
                name_key(" ".join(person.aliases[:1])) == key
                or name_key(person.name) == name_key(name)
                or (tail == key and (country is None or person.country in (None, country)))  # "Ishaq Dar" again
                or (head == key and (country is None or person.country in (None, country)))
            ):
                person.mentions.append(Mention(start, end, form, case))
                if form not in person.aliases:
                    person.aliases.append(form)
                return person
        # (a Malay is called by the given name: "Dato Seri Mohamad")
        surname = written_surname or (nominative[0] if east_asian or malay else nominative[-1])
        if len(nominative) > 2 and _NAME_SUFFIX.fullmatch(surname):
            surname = nominative[-2]  # "Gilberto Teodoro Jr.": "Teodoro" again, not "Jr"
        person = Person(
            key="",
            name=name,
            country=country,
            surname=surname,
            aliases=[" ".join(nominative)],
        )
        if form != person.aliases[0]:
            person.aliases.append(form)
        person.mentions.append(Mention(start, end, form, case))
        self.people.append(person)
        return person

    # -- coreference ---------------------------------------------------------------------
    def corefer(self, sentences: list[tuple[int, int]]) -> None:
        """Find repeated full names and surname-only mentions of the persons found."""
        if not self.people:
            return
        token_re = re.compile(rf"(?:{_INITIALS[self.lang]})?{_TOKEN[self.lang]}")
        taken = {(m.start, m.end) for p in self.people for m in p.mentions}
        for start, end in sentences:
            for match in token_re.finditer(self.text, start, end):
                if any(s <= match.start() < e for s, e in taken):
                    continue
                if match.group() in _SURNAME_TITLES and re.match(r"\s+[A-Z]", self.text[match.end() : end]):
                    continue  # "King Abdullah II" after Madeleine King: the title of another
                if match.group() in _STATE_SURNAMES and re.search(
                    r"\b(?:to|in|from|of|nach|in|aus|von)\s+$", self.text[max(start, match.start() - 8) : match.start()]
                ):
                    continue  # "travel to Montenegro" after Luís Montenegro: the state
                found = list(self._resolved(match.group()))
                if not found and self.lang == "en" and re.search(r"\b(?:Sir|Dame) $", self.text[start : match.start()]):
                    # "Sir Bob" after "Grand Chief Sir Bob Dadae": a knight is called by his given name
                    found = [
                        p
                        for p in self.people
                        if len(p.aliases[0].split()) >= 2 and p.aliases[0].split()[0] == match.group()
                    ]
                if not found:
                    continue
                # "Шахин Мустафаев" after the ambassador Rahman Mustafayev: of two persons of one surname, the one
                # whose given name is written before it
                given = len(found) > 1 and re.search(
                    rf"({_TOKEN[self.lang]})\s$", self.text[max(start, match.start() - 40) : match.start()]
                )
                person = _fitting(found, given.group(1) if given else None)
                m_end = match.end()
                following = re.match(rf"\s+({_TOKEN[self.lang]})", self.text[m_end:end])
                if following and self._resolve(following.group(1)) is person:
                    m_end += following.end()
                form = self.text[match.start() : m_end]
                case = _ru_parse(match.group(), None)[1] if self.lang == "ru" else None
                person.mentions.append(Mention(match.start(), m_end, form, case))
                taken.add((match.start(), m_end))
                if form not in person.aliases:
                    person.aliases.append(form)

    def _resolve(self, word: str, given: str | None = None) -> Person | None:
        """The person a word of a name stands for: the first found before whose name it is a form of, or of several
        the one whose given name fits ``given``, the word written before it."""
        found = list(self._resolved(word))
        return _fitting(found, given) if found else None

    def _resolved(self, word: str) -> Iterator[Person]:
        """Every person found before whose name ``word`` is a form of (a surname, inflected, a given name where one
        is called by it), in the order they were found."""
        candidates = _bare_forms(self.lang, word)
        for person in self.people:
            if candidates & _forms_called(self.lang, person.aliases[0], person.surname, person.country):
                yield person


def _fitting(found: list[Person], given: str | None) -> Person:
    """Of the persons ``found`` (at least one), the first whose given name fits ``given``, else the first."""
    if given is not None and len(found) > 1:
        found = [p for p in found if _given_name_fits(p.name, given)] or found
    return found[0]


@lru_cache(maxsize=16384)  # asked for every capitalised word of every article
def _bare_forms(lang: str, word: str) -> frozenset[str]:
    """The forms of a name ``word`` to look up among the words persons are called by: without initials and
    particles, and without an ending of case where the language has one."""
    bare = re.sub(rf"^{_PARTICLES}", "", re.sub(_INITIALS[lang], "", word))
    candidates = {bare}
    if lang == "de" and bare.endswith(("s", "'")):
        candidates.add(bare[:-1])
    if lang == "en":
        candidates.add(re.sub(r"['’]s?$", "", bare))
    if lang == "ru" and len(bare) > 2:
        bare = _without_ru_particle(bare)  # "Аль-Хатиб" is "аль-Хатиб"
        candidates |= {bare, _ru_parse(bare, None)[0]}
        # a surname in -ов/-ев/-ин declined as surnames are, which the morphology may read as a place or a thing
        # ("Горлова" is "Горлово" to it): the surname without the ending too
        declined = re.match(r"(.+(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е)$", bare)
        if declined:
            candidates.add(declined.group(1))
    return frozenset(candidates)


_ARAB_PARTICLES = frozenset(["bin", "bint", "ibn", "бин", "бен", "ибн"])
# the first word of an Arabic given name of two ("Abdel Aziz", "Abu Bakr"), which is never said alone
_ABD_PREFIXES = frozenset(["Abdel", "Abdul", "Abd", "Abu", "Абдель", "Абдул", "Абдуль", "Абд", "Абу"])


@lru_cache(maxsize=4096)  # asked for every capitalised word of an article, of every person found before
def _forms_called(lang: str, first_alias: str, surname: str, country: str | None) -> frozenset[str]:
    """The words a person, first written ``first_alias``, may be called by alone in ``lang``."""
    words = first_alias.split()
    forms = {surname, words[0] if country in EAST_ASIAN else surname}
    if lang == "ru":
        forms.add(_without_ru_particle(surname))
    if country == "VN" and len(words) >= 3:
        forms.add(words[-1])  # Vietnamese officials are called by their given name: "Son", "Chinh"
    if len(words) == 3 and words[0] in chinese_surnames(lang):
        forms.add(words[0])  # "Gan Kim Yong" (Singapore, Malaysia): a Chinese name, its surname first
    if country in CALLED_BY_FIRST_NAME and len(words) >= 2:
        forms.add(words[0])
    if country in _TWO_SURNAMES and len(words) >= 3:
        forms.add(words[-2])
    forms.update(_portuguese_family_names(words, country))
    if len(words) >= 3 and words[1] in _ARAB_PARTICLES:
        forms.add(words[0])  # "Sheikh Abdullah", "Prince Faisal": an Arab called by his own name
    if len(words) >= 4 and words[2] in _ARAB_PARTICLES and words[0] in _ABD_PREFIXES:
        forms.update(words[:2])  # "Prince Abdulaziz" written "принц Абдель Азиз": a given name of two words
    if country in _NO_FAMILY_NAME and len(words) >= 2 and words[-1] != surname:
        forms.discard(words[-1])
    return frozenset(forms)


def _portuguese_family_names(words: list[str], country: str | None) -> set[str]:
    """The family names a person of a state of Portuguese names is called by ("Lula" of "Luiz Inácio Lula da
    Silva"): of four name words or more the second is a given name too, so from the third."""
    if country not in _PORTUGUESE_NAMES or len(words) < 4:
        return set()
    return {word for word in words[2:] if word[:1].isupper()}


def _called(person: Person) -> set[str]:
    """The words a person named in full before is called by alone (after a title: "President Lula")."""
    words = person.name.split()
    if len(words) >= 2 and (person.country in EAST_ASIAN or (person.country is None and looks_chinese(words))):
        # "Ambassador Wang" after "Ambassador Wang Lixin", also while the text has not yet given his state (and with
        # it his name order): the family name first
        return {person.surname, words[0], words[-1]}
    if person.country in _PORTUGUESE_NAMES:
        return {person.surname, words[-1], *_portuguese_family_names(words, person.country)}
    if person.country in _NO_FAMILY_NAME:
        return {words[0], person.surname} - ({words[-1]} if len(words) >= 2 else set())
    if person.country in CALLED_BY_FIRST_NAME:
        return {person.surname, words[0], words[-1]}
    if person.country in _TWO_SURNAMES and len(words) >= 3:
        return {person.surname, words[-2], words[-1]}
    return {person.surname, words[-1]}


@cache
def _ending_with(lang: str, name: str) -> re.Pattern[str]:
    """A cue that must end where a title begins ("tritt die Nachfolge von |Botschafterin"), compiled once."""
    return re.compile(cue(lang, name).pattern + "$")


@cache
def _holder_re(lang: str) -> re.Pattern[str]:
    """A name, then the words of holding a further post, ending where its title begins ("Gan, who is also ")."""
    token = _TOKEN[lang]
    verb = r"(?:\s+[a-zäöüß]\w+)?" if lang == "de" else ""  # "mit Nurtleu geführt, der zugleich"
    return re.compile(rf"({token}(?:\s+{token}){{0,3}}){verb}\s*(?:{cue(lang, 'also_holds').pattern})$")


def _add_post(person: Person, post: Post) -> None:
    """Give ``person`` a post, in place of one it states more exactly."""
    guessed = [q for q in person.posts if q.role == post.role and q.rule.endswith(":counterpart")]
    # a State Secretary of no ministry who directs a State Secretariat: the rank of its head ("Staatssekretärin
    # Helene Budliger Artieda, Direktorin des Staatssekretariats für Wirtschaft")
    rank = [q for q in person.posts if q.role == "deputy-minister" and not q.ministry]
    if post.role == "ambassador" and any(
        q.role == "ambassador" and q.receiving and post.receiving in (None, q.receiving) for q in person.posts
    ):
        return  # "Ambassador Okubo" after "Ambassador … of Japan to Mongolia OKUBO Tetsuya": the post named before
    if guessed:  # "his South African counterpart, Mr Ronald Lamola, Minister of International Relations"
        person.posts[person.posts.index(guessed[0])] = post
    elif post.role == "head-of-agency" and rank:
        person.posts[person.posts.index(rank[0])] = post
    elif post.role == "deputy-minister" and not post.ministry and any(q.role == "head-of-agency" for q in person.posts):
        pass  # "Staatssekretärin Budliger Artieda" again: the rank of the head of agency she was named as
    elif not (post.ministry or post.receiving) and any(q.role == post.role for q in person.posts):
        pass  # "Министр Байрамов" after "Министр иностранных дел … Джейхун Байрамов": the post named before
    else:
        person.posts.append(post)


def _is_mononym(word: str, lang: str) -> bool:
    """Whether ``word`` after a title is a whole name: of an office holder of the actor dictionaries known by
    one name ("Sugiono"), or the surname of a well-known one ("Präsident Tokajew", "Bundeskanzler Merz")."""
    form = normalise_ru([word])[0][0] if lang == "ru" else word
    if len(form) <= 3:
        return False
    key = name_key(form)
    return key in _mononyms() or key in _actor_surname_keys() or form in _actor_surnames()


@cache
def _mononyms() -> frozenset[str]:
    return frozenset(key for key in actor_states() if " " not in key)


@cache
def _actor_surnames() -> dict[str, tuple[str, str]]:
    """Surname (the first word of East Asian names) -> (full name, state) of the actor dictionary."""
    out: dict[str, tuple[str, str]] = {}
    for name, code in actors().items():
        words = str(name).split()
        surname = words[0] if code in EAST_ASIAN else words[-1]
        if len(words) >= 2 and surname not in out and code not in _NO_FAMILY_NAME:
            out[surname] = (str(name), str(code))
    for name, code in actors().items():  # "President Prabowo": the first name of those called by it
        words = str(name).split()
        if code in CALLED_BY_FIRST_NAME and len(words) >= 2 and words[0] not in out:
            out[words[0]] = (str(name), str(code))
    return out


def _resolve_unnamed_titles(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """A title without a name ("the President of Uzbekistan", "Президента Узбекистана") is a mention of
    the one person of the article who holds that post for that state; with two candidates it stays unresolved."""
    taken = {(m.start, m.end) for p in finder.people for m in p.mentions}
    for start, end, role, state, ministry in finder.unnamed:
        if any(s < end and start < e for s, e in taken):
            continue
        if role in _UNRESOLVED_ROLES and not ministry:
            # "Die Ministerin hält sich seit Dienstag in Tansania auf": the one of that post named before, if only
            # one was
            before = [
                person
                for person in finder.people
                if any(m.start < start for m in person.mentions)
                and any(
                    post.role == role and _state_fits(post.state or person.country or finder.home, state)
                    for post in person.posts
                )
            ]
            # (Russian has no article: "В тот же день заместитель Министра провел встречу" is the one named before)
            definite = finder.lang == "ru" or re.search(
                r"(?:^|\s)(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Tt]he)\s+$", finder.text[max(0, start - 5) : start]
            )
            low, high = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
            passive = re.search(str(finder.lex["host_guest_passive"]), finder.text[low:high], re.IGNORECASE)
            # "Bundesrat Cassis lud seinen Amtskollegen ein": the one of the other state named before
            possessive = re.search(
                r"(?:^|\s)(?:[Ss]eine[nmrs]?|[Ii]hre[nmrs]?|[Hh]is|[Hh]er)\s+$", finder.text[max(0, start - 12) : start]
            )
            counterpart = (state or "").startswith("!") and possessive is not None
            if len(before) > 1 and finder.lang == "de":
                # "Die Ministerin war am Montag eingetroffen" after "Wirtschaftsministerin A … den Minister B": the
                # German title tells the holder's gender
                gender = _german_gender(finder.text[start:end])
                before = [p for p in before if _german_gender_of(finder, p) in (gender, None)]
            if (
                len(before) != 1
                or not (definite or counterpart)
                or role == "counterpart"
                or ((state or "").startswith("!") and not counterpart)
                or passive
            ):
                continue  # (one received in the passive is the visitor of the other state: the event coder's to find)
            before[0].mentions.append(Mention(start, end, finder.text[start:end], None))
            finder.titles = [(s, e, r, before[0] if (s, e) == (start, end) and h is None else h)
                             for s, e, r, h in finder.titles]  # fmt: skip
            continue
        holders = [
            person
            for person in finder.people
            if any(post.role == role and post.ministry == ministry and _state_fits(post.state or person.country, state)
                   for post in person.posts)
        ]  # fmt: skip
        if not holders and (ministry or (state or "").startswith("!")):
            # "seinen kenianischen Amtskollegen" of a foreign minister: Kenya's Minister of Foreign and Diaspora
            # Affairs, whose field includes the other's; of a minister of no field ("Bundesrat Cassis lud seinen
            # Amtskollegen ein"), the one minister of another state
            holders = [
                person
                for person in finder.people
                if any(post.role == role and (ministry or "") in (post.ministry or "")
                       and _state_fits(post.state or person.country, state) for post in person.posts)
            ]  # fmt: skip
        if not holders and start in finder.unnamed_counterparts:
            # "ihre thailändische Amtskollegin" of the economy minister, "свою таиландскую коллегу": the one minister
            # of that state, whatever the field her ministry is named for
            holders = [
                person
                for person in finder.people
                if any(post.role == role and _state_fits(post.state or person.country, state) for post in person.posts)
            ]
        if len(holders) > 1:
            # "his South Korean counterpart" when "Yeo's predecessor, Cheong" is named too: the one in the post now
            current = [
                person
                for person in holders
                if any(post.role == role and not post.rule.endswith(":predecessor") for post in person.posts)
            ]
            holders = current or holders
        several_states = len({p.country for p in finder.people}) > 1
        if len(holders) != 1 or (state is None and several_states and role != "ambassador"):
            continue
        case = _ru_parse(finder.text[start:end].split()[0], None)[1] if finder.lang == "ru" else None
        holders[0].mentions.append(Mention(start, end, finder.text[start:end], case))
        # the title has its holder now: it is no anaphor left for the speakers to resolve
        finder.titles = [
            (s, e, r, holders[0] if (s, e) == (start, end) and h is None else h) for s, e, r, h in finder.titles
        ]


def _german_gender(title: str) -> str:
    """The grammatical gender of a German title, which is its holder's: "Ministerin" f, "Minister" m."""
    return "f" if re.search(r"(?:in|innen)$", title.strip()) else "m"


def _german_gender_of(finder: _Finder, person: Person) -> str | None:
    """The gender the German titles written before ``person``'s name tell, if they agree (None: none or both)."""
    genders = {_german_gender(finder.text[s:e]) for s, e, _role, holder in finder.titles if holder is person}
    return genders.pop() if len(genders) == 1 else None


_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")


def _key_base(person: Person) -> str:
    """The word a person's key is made of: the surname ("Gilberto Teodoro Jr.": teodoro), the family name first of
    an East Asian."""
    tokens = person.name.split()
    if len(tokens) > 2 and _NAME_SUFFIX.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
    return slug(tokens[0] if person.country in EAST_ASIAN else tokens[-1]) or "person"


def assign_keys(persons: list[Person], clash: str) -> None:
    """Give each person a key unique in the document: the surname's, else the full name's, else that with ``clash``
    appended until it is free."""
    used: set[str] = set()
    for person in persons:
        base = _key_base(person)
        key = base if base not in used else slug(person.name)
        while key in used:
            key += clash
        used.add(key)
        person.key = key


def _title_in_body(finder: _Finder, start: int, word: int) -> bool:
    """Whether the title word at ``word`` (its phrase from ``start``) is inside a body's name ("the Office of the
    President said"), which refers to no one."""
    return bool(cue(finder.lang, "title_in_body").search(finder.text, max(0, start - 40), word))


def _state_fits(holder_state: str | None, wanted: str | None) -> bool:
    """Whether a post of ``holder_state`` fits a title of state ``wanted`` (None: any; "!XX": any but XX)."""
    if wanted is None:
        return True
    if wanted.startswith("!"):
        return holder_state is not None and holder_state != wanted[1:]
    return holder_state == wanted


# How far a title between "headed by" and the name may reach ("во главе с заместителем министра инвестиций, …").
_TITLE_SPAN = 120

# Roles too general to stand for one person ("a minister", "the delegation heads").
_UNRESOLVED_ROLES = frozenset(["minister", "deputy-minister", "head-of-delegation", "counterpart"])


# A post word standing for a person named before: "the minister", "der Botschafter", "сказал дипломат".
_BARE_ANAPHOR = {
    # ("the new envoy": the one just named, new in the post)
    "en": r"\b(?-i:[Tt])he (?:(?:new|newly[- ]appointed|newly[- ]accredited) )?({words})\b"
    r"(?!['’]s| of| to| (?-i:[A-Z]))",
    "de": r"\b(?-i:[Dd])(?:er|ie) ({words})(?:in)?\b(?! de[rs]\b| für\b| von\b| (?-i:[A-ZÄÖÜ]))",
    "ru": r"(?<!\w)({words})(?!\w)(?! (?:\w+(?:ых|их|ого|ой|ии)|(?-i:[А-ЯЁ]))\b)",
}


def _bare_anaphors(finder: _Finder, sentences: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """ "the minister", "the diplomat": post words that refer back to a person named before (English)."""
    words: dict[str, str] = finder.lex.data.get("anaphors") or {}
    if not words:
        return []
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    pattern = re.compile(_BARE_ANAPHOR[finder.lang].format(words=alternatives), re.IGNORECASE)
    taken = [(s, e) for s, e, _role, _holder in finder.titles]
    out = []
    for start, end in sentences:
        for match in pattern.finditer(finder.text, start, end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if _title_in_body(finder, match.start(), match.start(1)):
                continue  # "the Office of the President said": a body, not its head
            out.append((match.start(1), words[match.group(1).lower()]))
    return out


def _actors_by_name(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """Well-known office holders named without a title ("Wang Yi, who is also ...", "Merz und Tusk")."""
    known = {name_key(p.name) for p in finder.people}
    # (the mentions of the persons found before, in text order; a person this adds is named inside the match that
    # adds them, which no later match overlaps)
    mentioned = [(start, end) for start, end, _ in _mention_spans(finder.people)]
    mentioned_starts = [start for start, _ in mentioned]
    longest = max((end - start for start, end in mentioned), default=0)
    for start, end in sentences:
        for match in finder.name_re.finditer(finder.text, start, end):
            low = bisect_left(mentioned_starts, match.start() - longest)
            nearby = mentioned[low : bisect_left(mentioned_starts, match.end())]
            if any(match.start() < mention_end for _, mention_end in nearby):
                continue  # a name found with its title already
            raw = match.group().split()
            if len(raw) == 1 and (finder.lex.city(raw[0]) or finder.lex.state_of(raw[0])):
                continue  # "между Алматы и Хошимином": a place, whatever actor's name it resembles
            if len(raw) == 1 and re.search(
                rf"{_TOKEN[finder.lang]}\s$", finder.text[max(start, match.start() - 30) : match.start()]
            ):
                continue  # "Indian Minister Rajiv Ranjan Singh": the last word of a longer name, not Rajnath Singh
            if (
                len(raw) == 1
                and finder.lang == "ru"
                and cue(finder.lang, "place_before").search(finder.text, start, match.start())
            ):
                continue  # "пройдет в Белене": a place a preposition of place names, not Van der Bellen
            initials = re.match(_INITIALS[finder.lang], raw[0]) if len(raw) == 1 else None
            words = [raw[0][initials.end() :]] if initials else raw
            if finder.lang == "ru" and len(words) == 2 and words[0] in chinese_surnames("ru"):
                words = [palladius_to_pinyin(word) for word in normalise_ru(words)[0]]  # "Си Цзиньпином"
            elif finder.lang == "ru":
                prefix = _actor_key_prefix()
                if not any(prefix.fullmatch(name_key(word)) or prefix.fullmatch(loose_key(word)) for word in words):
                    continue  # no actor's name can be an inflected form of these words: spare the morphology
                words = normalise_ru(words)[0]
            surname = re.sub(r"['’]s?$", "", words[0]) if len(words) == 1 else ""
            full = _actor_surname(finder.lang, surname, at_start=match.start() == start) if len(surname) >= 4 else None
            if full and full[1] not in EAST_ASIAN and name_key(full[0]) not in known:
                # "Tokayev and Putin held talks", "С.В.Лавровым": a well-known office holder by surname alone
                form = raw[0] if finder.lang == "ru" or initials else surname
                if initials:  # "С.В.Лавровым": the initials as a token of their own, as after a title
                    tokens = [form[: initials.end()].replace(" ", ""), form[initials.end() :]]
                    finder._person(tokens, match.start(), match.start() + len(form), full[1])
                else:
                    finder._person([form], match.start(), match.start() + len(form), None)
                known.add(name_key(full[0]))
                continue
            spans = [(t.start(), t.end()) for t in re.finditer(r"\S+", match.group())]
            # "unter Leitung von Maxim Ryschenkow": the name may begin after capitalised words that are not one
            for offset, size in ((o, n) for o in range(max(1, len(words) - 1)) for n in (3, 2)):
                phrase = " ".join(words[offset : offset + size]) if len(words) >= offset + size else ""
                known_actor = actor(phrase) if phrase else None
                if known_actor is None:
                    continue
                english, code = known_actor
                # "Касым-Жомарт Токаев" after "Касым-Жомартом Токаевым": the person named before
                last = name_key(words[offset + size - 1])
                named = next(
                    (
                        p
                        for p in finder.people
                        if p.country == code
                        and p.surname
                        and name_key(p.surname) == last
                        and _given_name_fits(p.name, english.split()[0] if len(english.split()) >= 2 else None)
                    ),
                    None,
                )
                if named is not None:
                    if finder.lang != "ru" and phrase not in named.aliases:
                        named.aliases.append(phrase)  # "Ishaq Dar" after "Mohammad Ishaq Dar": a shorter form of his
                elif name_key(english) not in known:
                    low, high = match.start() + spans[offset][0], match.start() + spans[offset + size - 1][1]
                    finder._person(finder.text[low:high].split(), low, high, code)
                    known.add(name_key(english))
                    break


def _given_name_fits(name: str, given: str | None) -> bool:
    """Whether a person of ``name`` may be one called ``given`` before the same surname: the given names begin
    alike, or either is missing ("Шахин Мустафаев" is not the ambassador Rahman Mustafayev named before him).

    >>> _given_name_fits("Rahman Mustafayev", "Shahin"), _given_name_fits("Kassym-Jomart Tokayev", "Kasym-Zhomart")
    (False, True)
    """
    words = name.split()
    if given is None or len(words) < 2:
        return True
    return name_key(words[0])[:1].lower() == name_key(given)[:1].lower()


@lru_cache(maxsize=16384)  # asked for every capitalised word standing alone
def _actor_surname(lang: str, word: str, at_start: bool) -> tuple[str, str] | None:
    """The actor a surname alone stands for.  English and German compare spellings (German capitalises
    every noun, so a consonant skeleton would turn "Reich" into Reiche); Russian, which capitalises only
    names, compares name keys, except at the start of a sentence."""
    if lang == "ru":
        keys = _actor_surname_keys()
        return None if at_start else keys.get(name_key(word)) or keys.get(loose_key(word))
    return _actor_surnames().get(word) or _actor_surnames().get(transliterate(word).title())


@cache
def _actor_key_prefix() -> re.Pattern[str]:
    """Matches the name key of a word that may be an inflected form of an actor's surname."""
    keys = {key for surname in _actor_surnames() for key in (name_key(surname), loose_key(surname))}
    long = "|".join(sorted((re.escape(k) for k in keys if len(k) >= 3), key=len, reverse=True))
    short = "|".join(sorted(re.escape(k) for k in keys if 1 < len(k) < 3))
    # a case ending adds at most two consonants to a surname's key ("Путиным"); short keys ("Лам") must be whole
    return re.compile(rf"(?:{long})[a-z]{{0,2}}|{short}")


@cache
def _actor_surname_keys() -> dict[str, tuple[str, str]]:
    return {
        key: actor
        for surname, actor in _actor_surnames().items()
        for key in (loose_key(surname), name_key(surname))  # the exact key last: it wins
        if len(key) >= 3
    }


# Plural titles followed by two names: "the foreign ministers of the two countries, A and B".
# role, English title, ministry
_PLURAL_TITLES: dict[str, list[tuple[str, tuple[str, str, str | None]]]] = {
    "en": [
        (
            r"(?:foreign ministers|ministers of foreign affairs)",
            ("minister", "Minister of Foreign Affairs", "Foreign Affairs"),
        ),
        (r"deputy prime ministers|vice premiers", ("deputy-prime-minister", "Deputy Prime Minister", None)),
        (r"(?<!deputy )prime ministers", ("prime-minister", "Prime Minister", None)),
        (r"(?:presidents|heads of state)", ("president", "President", None)),
    ],
    "de": [
        (r"Außenminister", ("minister", "Minister of Foreign Affairs", "Foreign Affairs")),
        (
            r"(?:stellvertretenden Ministerpräsidenten|Vizepremiers|Vizepremierminister)",
            ("deputy-prime-minister", "Deputy Prime Minister", None),
        ),
        (r"(?<!stellvertretenden )(?:Ministerpräsidenten|Regierungschefs)", ("prime-minister", "Prime Minister", None)),
        (r"(?:Präsidenten|Staatschefs|Staatsoberhäupter)", ("president", "President", None)),
    ],
    "ru": [
        (
            r"(?:[Мм]инистр\w* иностранных дел|[Гг]лав\w* МИД|[Гг]лав\w* внешнеполитических ведомств)",
            ("minister", "Minister of Foreign Affairs", "Foreign Affairs"),
        ),
        (
            r"(?:[Зз]аместител\w* (?:премьер-министра|председателя правительства)|[Вв]ице-премьер\w*)",
            ("deputy-prime-minister", "Deputy Prime Minister", None),
        ),
        (
            r"(?<!заместители )(?<!заместителей )(?:[Пп]ремьер-министр\w*|[Гг]лав\w* правительств)",
            ("prime-minister", "Prime Minister", None),
        ),
        (r"(?:[Пп]резидент\w*)", ("president", "President", None)),  # ("Президенты A и B", at the start too)
    ],
}
_PLURAL_TAIL = {
    # "of the two countries"; "of Kazakhstan and Uzbekistan", "Kasachstans und Usbekistans", "Казахстана и Узбекистана"
    "en": r"(?:\s+of\s+(?:the\s+)?(?:two|both)\s+countries|\s+of\s+(?P<st1>[A-Z][\w-]+)\s+and\s+(?P<st2>[A-Z][\w-]+))?"
    r"\s*,?\s*",
    "de": r"(?:\s+(?:beider|der\s+beiden)\s+(?:Länder|Staaten)"
    r"|\s+(?P<st1>[A-ZÄÖÜ][\w-]+)\s+und\s+(?P<st2>[A-ZÄÖÜ][\w-]+))?\s*,?\s*",
    "ru": r"(?:\s+(?:двух|обеих)\s+(?:стран|государств)|\s+(?P<st1>[А-ЯЁ][\w-]+)\s+и\s+(?P<st2>[А-ЯЁ][\w-]+))?\s*,?\s*",
}
_AND = {"en": r"\s+and\s+", "de": r"\s+und\s+", "ru": r"\s+и\s+"}
# "the presidents A and B", "Presidents A and B", "die Präsidenten A und B", "Präsidenten A und B"
_PLURAL_HEAD = {
    # "The Kyrgyz and Kazakh foreign ministers, A and B": the states' adjectives may come first
    # ("their foreign ministers, A and B": the two named before)
    "en": r"(?:\b(?:[Tt]he|[Tt]heir)\s+(?:(?P<adj1>[A-Z]\w+) and (?P<adj2>[A-Z]\w+)\s+)?|(?<![\w-])(?=(?-i:[A-Z])))",
    "de": r"(?:(?<!\w)(?:[Dd]ie|[Dd]en|[Dd]er|ihre|ihren)\s+(?:(?P<adj1>[a-zäöü]\w+) und (?P<adj2>[a-zäöü]\w+)\s+)?"
    r"|(?<![\w-]))",
    "ru": r"(?<!\w)",
}


@cache
def _plural_re(lang: str) -> list[tuple[re.Pattern[str], tuple[str, str, str | None]]]:
    return [
        (re.compile(rf"{_PLURAL_HEAD[lang]}{source}{_PLURAL_TAIL[lang]}", re.IGNORECASE if lang == "en" else 0), post)
        for source, post in _PLURAL_TITLES.get(lang, [])
    ]


def _plural_titles(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """Two persons named after one plural title, each with the state from the actor dictionary or the
    article's pair of states (the states of the persons found so far), only when that is unambiguous."""
    patterns = _plural_re(finder.lang)
    if not patterns:
        return
    text = finder.text
    for start, end in sentences:
        for pattern, (role, title, ministry) in patterns:
            for match in pattern.finditer(text, start, end):
                first = finder._name_tokens(match.end(), end)
                if first is None:
                    continue
                conj = re.compile(_AND[finder.lang]).match(text, first[2], end)
                second = finder._name_tokens(conj.end(), end) if conj else None
                if second is None:
                    continue
                if finder.lang == "ru" and len(second[0]) > max(2, len(first[0])):
                    # "Ильхамом Алиевым и Шавкатом Мирзиёевым Договора о ...": two names of one build, not the noun
                    # after them
                    kept = second[0][: len(first[0])]
                    second = (kept, second[1], text.index(kept[-1], second[1]) + len(kept[-1]))
                pair = list(dict.fromkeys(p.country for p in finder.people if p.country))
                names = (first, second)
                # "президентами Эмомали Рахмоном и Садыром Жапаровым": the actor dictionary knows the nominative
                nominative = [list(_normalise_ru(tuple(n[0]))[0]) if finder.lang == "ru" else n[0] for n in names]
                states: list[str | None] = [
                    actor_state(" ".join(n[0])) or actor_state(_canonical(words, finder.lang, None).lower())
                    for n, words in zip(names, nominative, strict=True)
                ]
                adjectives = [match.groupdict().get(g) for g in ("adj1", "adj2")]
                if not all(adjectives):  # "министров иностранных дел Казахстана и Узбекистана A и B"
                    adjectives = [match.groupdict().get(g) for g in ("st1", "st2")]
                if all(adjectives):  # "the Kyrgyz and Kazakh foreign ministers, A and B": in that order
                    named = [finder.lex.state_of(str(a)) for a in adjectives]
                    states = [named[0] or states[0], named[1] or states[1]]
                for i in (0, 1):
                    other = states[1 - i]
                    if states[i] is None and other is not None and len(pair) == 2 and other in pair:
                        states[i] = pair[1 - pair.index(other)]  # the other state of the pair
                side = cue(finder.lang, "side").search(text, start, end)
                side_word = next((g for g in side.groups() if g), None) if side else None
                side_state = finder.lex.state_of(side_word) if side_word else None
                before = finder._states_before(match.start(), start)
                if side_state or before:  # "с узбекской стороны ... заместители премьер-министра A и B": one state
                    states = [before or side_state] * 2
                elif None in states or states[0] == states[1]:
                    continue
                for (tokens, n_start, n_end), state in zip(names, states, strict=True):
                    post = Post(title, role, ministry, None, state, (start, end), f"{finder.lang}:plural-title", 0.7)
                    person = finder._person(tokens, n_start, n_end, state)
                    if not any(p.role == role for p in person.posts):
                        person.posts.append(post)
                    if person.country is None:
                        person.country = state
                    finder.titles.append((match.start(), match.end(), role, person))


def _mention_spans(people: list[Person]) -> list[tuple[int, int, Person]]:
    """Every mention of ``people`` as (start, end, person), in text order (two persons' equal spans keep their
    order: persons do not compare)."""
    return sorted(((m.start, m.end, p) for p in people for m in p.mentions), key=lambda item: (item[0], item[1]))


def _delegation_heads(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """The head of a delegation holds that post: the person named right after "a delegation headed by" (with
    their title between), or the one named last before "who headed a delegation", "во главе делегации". A state
    the delegation's words name ("an Omani delegation headed by") is the head's, when nothing else gives one."""
    after = cue(finder.lang, "delegation_head_after")
    before = cue(finder.lang, "delegation_head_before")
    mentions = _mention_spans(finder.people)
    for start, end in sentences:
        heads: list[tuple[Person, str]] = []
        for match in after.finditer(finder.text, start, end):
            # the title, commas and all, may stand between the words and the name
            following = [p for s, e, p in mentions if match.end() <= s < end and s - match.end() <= _TITLE_SPAN]
            if following:
                # "an Omani delegation", "eine belarussische Delegation": the words just before them
                just_before = re.search(r"(?:\S+\s+){0,2}$", finder.text[start : match.start()])
                words = (just_before.group() if just_before else "") + match.group()
                heads.append((following[0], words))
        for match in before.finditer(finder.text, start, end):
            preceding = [p for s, e, p in mentions if start <= s and e <= match.start()]
            if preceding:
                # "who headed a delegation of Emirati companies": up to the clause's end
                words = re.split(r"[,;]", finder.text[match.start() : end])[0]
                heads.append((preceding[-1], words))
        for person, words in heads:
            if person.country is None:
                named = {finder.lex.state_of(m.group()) for m in finder.lex.state_re.finditer(words)} - {None}
                if len(named) == 1:
                    person.country = named.pop()
            if not any(post.role == "head-of-delegation" for post in person.posts):
                state = _state_so_far(person, finder.text, finder.lang)
                rule = f"{finder.lang}:delegation-head"
                person.posts.append(
                    Post("Head of the delegation", "head-of-delegation", None, None, state, (start, end), rule, 0.7)
                )


def co_chair_posts(text: str, lang: str, sentences: list[tuple[int, int]], people: People, bodies: list[Body]) -> None:
    """Co-chairs of a bilateral body, named as such ("сопредседателями которой являются A и B", "X, der als
    Ko-Vorsitzender der Kommission fungiert", "Y, who also co-chairs the commission"), hold that post in the body of
    their sentence, else the one named last before it. Only persons of the body's states count, one per state.

    Chairing a session ("co-chaired by", "unter dem Vorsitz", "под председательством") makes no post: annotators
    code it as a part in the session, not as an office."""
    mentions = _mention_spans(people.people)
    for start, end in sentences:
        named: list[tuple[str, re.Match[str]]] = [
            (name, match)
            for name in ("co_chairs_after", "co_chair_after", "co_chair_before", "co_chairs_before")
            for match in cue(lang, name).finditer(text, start, end)
        ]
        if not named:
            continue
        here = [b for b in bodies if start <= b.start < end]
        before = [b for b in bodies if b.start < start]
        body = here[0] if here else before[-1] if before else None
        if body is None:
            continue
        for name, match in named:
            if name.endswith("_after"):
                # a title, commas and all, may stand before each name
                candidates = [(s, p) for s, e, p in mentions if match.end() <= s < end]
                chairs = [p for s, p in candidates if s - match.end() <= _TITLE_SPAN * (2 if "chairs" in name else 1)]
            else:
                chairs = [p for s, e, p in reversed(mentions) if start <= s and e <= match.start()]
            chosen: list[Person] = []
            for person in chairs:
                if person.country in body.countries and all(person.country != c.country for c in chosen):
                    chosen.append(person)
                if len(chosen) == (2 if "chairs" in name else 1):
                    break
            for person in chosen:
                if not any(post.role == "co-chair" for post in person.posts):
                    title = f"Co-chair of the {body.name}"
                    post = Post(title, "co-chair", None, None, person.country, (start, end), f"{lang}:co-chair", 0.7)
                    post.body = body
                    person.posts.append(post)


def _predecessors(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """One named without a title after a word of succession ("Mr Demirci succeeds Mehmet Poroy") held the post of
    the one who succeeds them, for the same state."""
    for start, end in sentences:
        for match in cue(finder.lang, "succeeds").finditer(finder.text, start, end):
            name = finder._name_tokens(match.end(), end)
            if name is None or any(m.start == name[1] for p in finder.people for m in p.mentions):
                continue  # no name, or one found already (with its title)
            before = [(m.start, p) for p in finder.people for m in p.mentions if m.start < match.start() and p.posts]
            if not before:
                continue
            successor = max(before, key=lambda item: item[0])[1]
            post = successor.posts[-1]
            person = finder._person(*name, post.state or successor.country)
            if not person.posts:
                person.posts.append(Post(post.title, post.role, post.ministry, post.receiving, post.state, (start, end),
                                         f"{finder.lang}:predecessor", 0.6))  # fmt: skip
            person.country = person.country or post.state or successor.country


def _role_in(roles_by_state: Mapping[str, Any] | None, role: str, state: str | None) -> str:
    """The role a title stands for in ``state``, where the lexicon gives it one of its own ("Foreign Secretary": a
    minister in the UK, the top diplomat, a deputy minister, in India or Nepal); else ``role``."""
    return str((roles_by_state or {}).get(state, role)) if state else role


def settle_roles(people: People) -> None:
    """A post whose holder's state was learnt after its title takes the role the title stands for in that state
    ("at the invitation of Foreign Secretary Amrit Bahadur Rai", of Nepal: its top diplomat)."""
    for person in people.people:
        for post in person.posts:
            if post.roles_by_state:
                post.role = _role_in(post.roles_by_state, post.role, person.country)


def lead_state(people: list[Person], text: str, lang: str, sentences: list[tuple[int, int]]) -> str | None:
    """The state of the person the text names first, when no state is named before them in their sentence: in a
    release without a dateline or a known publisher, the story's own side ("Prime Minister Christopher Luxon held a
    video call with Singapore's Prime Minister Lawrence Wong")."""
    first = min(
        ((person.mentions[0].start, person) for person in people if person.country and person.mentions),
        key=lambda item: item[0],
        default=None,
    )
    if first is None:
        return None
    start, person = first
    sentence_start = next((s for s, e in sentences if s <= start < e), 0)
    return None if load_lexicon(lang).state_re.search(text, sentence_start, start) else person.country


def _guests(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """ "The Vietnamese guest": the first person named before it of the state its adjective names, or
    without one, of a state other than the publisher's."""
    taken = {(m.start, m.end) for p in finder.people for m in p.mentions}
    # (without a dateline or a known publisher, the side the text tells first is the host)
    own = finder.home or lead_state(finder.people, finder.text, finder.lang, sentences)
    for start, end in sentences:
        for match in cue(finder.lang, "guest", re.IGNORECASE if finder.lang == "ru" else 0).finditer(
            finder.text, start, end
        ):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            state = finder.lex.state_of(match.group(1)) if match.group(1) else None
            if match.group(1) and state is None and finder.lang == "de":
                continue  # "der ausländische Gast": an adjective, but of no state
            earlier = [p for p in finder.people if p.mentions and p.mentions[0].start < match.start()]
            if state:
                candidates = [p for p in earlier if p.country == state]
            else:
                candidates = [p for p in earlier if p.country and p.country != own]
            if not candidates:
                continue
            guest = min(candidates, key=lambda p: p.mentions[0].start)
            guest.mentions.append(Mention(match.start(), match.end(), match.group(), guest=True))
            taken.add((match.start(), match.end()))


def _state_anaphors(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """ "The Japanese minister", "Монгольский министр": a mention of the one person of that state named before
    who holds the post the word names (any post for "leader", "co-chair"); with two such persons, of nobody."""
    taken = [(m.start, m.end) for p in finder.people for m in p.mentions]
    taken += [(s, e) for s, e, _role, holder in finder.titles if holder is not None]
    words = [(word, start) for start, end in sentences for word in finder.state_post_words(start, end)]
    for (match, state, role), sentence_start in words:
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        named = [
            p
            for p in finder.people
            if p.posts and p.mentions[0].start < match.start() and _state_so_far(p, finder.text, finder.lang) == state
        ]
        # ("the Nigerian minister" for her Minister of State: a post whose title is called by the word)
        holders = [p for p in named if role == "*" or any(post.role == role for post in p.posts)] or [
            p for p in named if any(match.group(2).lower() in post.title.lower() for post in p.posts)
        ]
        if not holders and len(named) == 1:
            holders = named  # "Туркменский министр" for the one Turkmen official, a deputy prime minister and minister
        if not holders and not named:
            # "Finanzminister Gilles Roth … den Luxemburger Finanzminister": the one holder of the post named before
            # whom no title gave a state is of the state the word names
            stateless = [
                p
                for p in finder.people
                if p.posts
                and p.mentions[0].start < match.start()
                and _stateless_holder(finder, p, role)
                and not any(sentence_start <= m.start < match.start() for m in p.mentions)  # not "X empfing den …"
            ]
            if len(stateless) == 1:
                stateless[0].country = state
                holders = stateless
        if len(holders) != 1:
            continue
        case = _ru_parse(match.group(1), None)[1] if finder.lang == "ru" else None
        holders[0].mentions.append(Mention(match.start(), match.end(), match.group(), case))
        taken.append((match.start(), match.end()))
        # a title inside the words is no anaphor left for the speakers to resolve
        finder.titles = [
            (s, e, r, holders[0] if h is None and match.start() <= s < match.end() else h)
            for s, e, r, h in finder.titles
        ]


def _stateless_holder(finder: _Finder, person: Person, role: str) -> bool:
    """Whether ``person`` holds a post of ``role`` ("*": any) and no title has given them a state."""
    return _state_so_far(person, finder.text, finder.lang) is None and any(role in ("*", q.role) for q in person.posts)


def _concurrent_accreditations(finder: _Finder, sentences: list[tuple[int, int]]) -> None:
    """An ambassador "who is also accredited to Bhutan", "der zugleich in Luxemburg akkreditiert ist": accredited to
    each state that clause names, right after a mention of the ambassador, with no one else named in between."""
    starts = sorted(m.start for p in finder.people for m in p.mentions)
    for person in finder.people:
        posts = [q for q in person.posts if q.role == "ambassador"]
        if not posts:
            continue
        for mention in person.mentions:
            end = next((e for s, e in sentences if s <= mention.start < e), len(finder.text))
            found = finder.accredited_also_re.match(finder.text, mention.end, end)
            if found is None or any(mention.end <= start < found.start("states") for start in starts):
                continue
            sending = _state_so_far(person, finder.text, finder.lang)
            for state in finder.lex.state_re.finditer(found.group("states")):
                code = finder.lex.state_of(state.group())
                if code and code != sending and all(q.receiving != code for q in person.posts):
                    person.posts.append(replace(posts[0], receiving=code, rule=f"{finder.lang}:accredited-also"))


def _residences(finder: _Finder) -> None:
    """An ambassador named as residing in a city, with no state to ("die in Brüssel residierende Botschafterin
    Singapurs"): accredited to that city's state."""
    if "resident_in" not in finder.lex["cues"]:
        return
    resident = cue(finder.lang, "resident_in")
    for start, _end, role, holder in finder.titles:
        if holder is None or role != "ambassador":
            continue
        before = resident.search(finder.text, max(0, start - 60), start)
        posts = [q for q in holder.posts if q.role == "ambassador"]
        city = finder.lex.last_city(before.group()) if before else None
        if city and posts and not any(q.receiving for q in posts) and city[1] != posts[0].state:
            holder.posts[holder.posts.index(posts[0])] = replace(posts[0], receiving=city[1])


def _national(
    entry: dict[str, Any], role: str, title: str, sending: str | None, region: Region | None
) -> tuple[str, str]:
    """The role and title of a post: the national ones of a title a state's and a region's head share, when its
    state and no region are named ("der russische Ministerpräsident" heads a government, "der sächsische" a Land), and
    the title heads a government in that state (``regional_only``: not in Germany)."""
    if sending and entry.get("national_role") and region is None and sending not in entry.get("regional_only", ()):
        return str(entry["national_role"]), str(entry.get("national_title") or title)
    return role, title


def regional_state(person: Person, text: str, lang: str) -> str | None:
    """The state of a regional official (governor, mayor): that of the region their title or its sentence names
    ("Делегация Омской области во главе с губернатором Виталием Хоценко")."""
    for post in person.posts:
        if post.role not in ("governor", "mayor"):
            continue  # a region in the sentence names the state of regional officials only
        region = post.region or region_in(text[post.sentence[0] : post.sentence[1]], lang)  # whole words: not "Perm-"
        if region is not None:
            return region.state
    return None


def _state_so_far(person: Person, text: str, lang: str) -> str | None:
    """A person's state as far as the titles tell it, before all persons are found (the state they will be given)."""
    if person.country:
        return person.country
    return next((post.state for post in person.posts if post.state), None) or regional_state(person, text, lang)


# Japanese official style writes the family name first, in capitals, after an honorific or a title ("Mr. MOTEGI
# Toshimitsu", "Prime Minister TAKAICHI Sanae"): read it in the usual case (same length, so offsets hold)
_CAPITAL_SURNAME = re.compile(
    r"\b(Mr\.|Ms\.|Mrs\.|Dr\.|Minister|Ambassador|President|Secretary) ([A-Z]{3,})(?= [A-Z][a-z]+\b)"
)


def find_people(text: str, lang: str, sentences: list[tuple[int, int]], home: str | None = None) -> People:
    """Persons with posts, then their other mentions (full name, surname, inflected)."""
    if lang != "ru":
        text = _CAPITAL_SURNAME.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)
    finder = _Finder(text, lang, home)
    finder.run(sentences)
    _plural_titles(finder, sentences)
    _actors_by_name(finder, sentences)
    bare = _bare_anaphors(finder, sentences)
    finder.corefer(sentences)
    for person in finder.people:
        kept = [m for m in person.mentions if not any(s <= m.start < e for s, e in finder.possessors)]
        person.mentions = kept or person.mentions
    _resolve_unnamed_titles(finder, sentences)
    _delegation_heads(finder, sentences)  # first: "a delegation of Tanzania headed by X" gives X's state
    _guests(finder, sentences)
    _state_anaphors(finder, sentences)
    _residences(finder)
    _concurrent_accreditations(finder, sentences)
    _predecessors(finder, sentences)
    assign_keys(finder.people, "-x")
    for person in finder.people:
        person.mentions.sort(key=lambda m: m.start)
    # (not the "!XX" of a counterpart's title, which names the state the holder is not of)
    states = {start: state for start, _end, _role, state, _ministry in finder.unnamed if state and state[0] != "!"}
    return People(finder.people, finder.titles, bare, title_states=states)
