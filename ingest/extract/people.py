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
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ingest.extract.lexicon import Lexicon, load_lexicon
from ingest.names import name_key, slug, transliterate

__all__ = ["Mention", "People", "Person", "Post", "find_people", "normalise_ru"]

POST_SOVIET = frozenset({"BY", "RU", "KZ", "UZ", "UA", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD"})
EAST_ASIAN = frozenset({"CN", "VN", "KP", "KR", "TW"})

_LAT = r"[A-ZÄÖÜÉ][a-zäöüßéèáíóúçñğşıãõâêô'’]+(?:-[A-ZÄÖÜ]?[a-zäöüßéèáíóúçñ]+)?"
_CYR = r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]+)?"
_TOKEN = {"de": _LAT, "en": _LAT, "ru": _CYR}
_INITIALS = {"de": r"(?:[A-Z]\.\s?){1,2}", "en": r"(?:[A-Z]\.\s?){1,2}", "ru": r"(?:[А-ЯЁ]\.\s?){1,2}"}
_STOP_TOKENS = frozenset(
    [
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


@dataclass
class Mention:
    """A mention of a person: where, and the form as written."""

    start: int
    end: int
    form: str
    case: str | None = None  # Russian grammatical case, if known


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


@dataclass
class People:
    """All persons of an article and the title spans that are not names (anaphors)."""

    people: list[Person]
    titles: list[tuple[int, int, str, Person | None]]  # start, end, role, holder


@cache
def _title_patterns(lang: str) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    lex = load_lexicon(lang)
    domains = lex.data.get("domains") or {}
    domain_alt = "|".join(re.escape(d) for d in sorted(domains, key=len, reverse=True)) or "(?!)"
    domain_re = lex.data.get("domain_re", "(?!)")
    out = []
    for entry in lex["titles"]:
        source = entry["re"]
        if lang == "en":
            source = source.replace("{domain}", f"(?P<domain>{domain_re})")
        source = source.replace("{domain_free}", f"(?P<domain>{domain_re})").replace("{domains}", domain_alt)
        out.append((re.compile(rf"(?<![\w-])(?:{source})(?![\w])"), entry))
    return out


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _ru_parse(word: str, case: str | None) -> tuple[str, str | None]:
    """Nominative of a Russian name word and its case, preferring names, surnames and ``case``."""
    parses = _morph().parse(word)

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
    lemma = best.normal_form if best.tag.POS == "NOUN" else word.lower()
    if best.tag.case == "nomn" and best.tag.gender == "femn" and "Surn" not in best.tag.grammemes:
        lemma = word.lower()
    return "-".join(part[:1].upper() + part[1:] for part in lemma.split("-")), best.tag.case


def normalise_ru(tokens: list[str]) -> tuple[list[str], str | None]:
    """Russian name tokens in the nominative; the case is read from the first token that tells it.

    >>> normalise_ru(["Йоханом", "Вадефулем"])[0], normalise_ru(["Бахтиёра", "Саидова"])[0]
    (['Йохан', 'Вадефуль'], ['Бахтиёр', 'Саидов'])
    """
    case = None
    for token in tokens:
        parses = _morph().parse(token)
        names = [p for p in parses if {"Name", "Surn"} & p.tag.grammemes]
        if names and len({p.tag.case for p in names}) == 1:
            case = names[0].tag.case
            break
        if names and case is None:
            case = max(names, key=lambda p: p.score).tag.case
    return [_ru_parse(token, case)[0] if len(token) > 1 else token for token in tokens], case


_DE_ROMAN = [
    ("schtsch", "Š"), ("tsch", "Č"), ("sch", "Ž"), ("ch", "kh"), ("z", "ts"), ("ss", "S"), ("w", "v"),
    ("je", "ye"), ("ja", "ya"), ("ju", "yu"), ("jo", "yo"), ("ej", "ei"), ("aj", "ai"), ("oj", "oi"),
    ("uj", "ui"), ("ij", "iy"), ("j", "y"), ("Š", "shch"), ("Č", "ch"), ("Ž", "sh"), ("S", "s"),
]  # fmt: skip


def _romanise_de(token: str) -> str:
    """German spelling of a Slavic name in English transliteration: Kusnezow -> Kuznetsov.

    >>> _romanise_de("Tscherwjakow"), _romanise_de("Kusnezow"), _romanise_de("Sergej")
    ('Chervyakov', 'Kuznetsov', 'Sergei')
    """
    word = re.sub(r"(?<=[aeiouy])s(?=[aeiouybdglmnrvw])", "Z", token.lower())
    for old, new in _DE_ROMAN:
        word = word.replace(old, new)
    word = word.replace("Z", "z")
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _canonical(tokens: list[str], lang: str, country: str | None) -> str:
    if lang == "ru":
        latin = transliterate(" ".join(tokens)).replace("'", "")
        return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in latin.split())
    if lang == "de" and country in POST_SOVIET:
        return " ".join(_romanise_de(t) for t in tokens)
    return " ".join(tokens)


class _Finder:
    def __init__(self, text: str, lang: str):
        self.text, self.lang = text, lang
        self.lex: Lexicon = load_lexicon(lang)
        token = _TOKEN[lang]
        self.name_re = re.compile(rf"(?:{_INITIALS[lang]})?{token}(?:\s+{token}){{0,3}}")
        country = f"(?:{self.lex.state_re.pattern})"
        self.of_re = re.compile(r"\s+" + self.lex["of_state"].replace("{country}", country))
        self.to_re = re.compile(r"\s+" + self.lex["to_state"].replace("{country}", country))
        region = {
            "de": r"\s+(?:der|des) (?:Provinz|Region|Oblast|Stadt|Gebiet\w*|\w*land\w*) [A-ZÄÖÜ][\w-]+",
            "en": r"\s+of (?:the )?[A-Z][\w-]+(?: (?:Province|Region|Oblast|Region))?",
            "ru": r"\s+(?:провинции|области|региона|города|края) [А-ЯЁ][\w-]+",
        }[lang]
        self.region_re = re.compile(region)
        self.people: list[Person] = []
        self.titles: list[tuple[int, int, str, Person | None]] = []

    # -- names ---------------------------------------------------------------------------
    def _name_tokens(self, start: int, limit: int) -> tuple[list[str], int, int] | None:
        match = self.name_re.match(self.text, start, limit)
        if not match:
            return None
        tokens: list[str] = []
        end = match.start()
        for token in re.finditer(r"\S+", match.group()):
            word = token.group()
            if word in _STOP_TOKENS or self.lex.state_of(word) or self.lex.city(word) or self._is_title(word):
                break
            if self.lang == "ru" and word.lower() in self.lex["months"]:
                break
            tokens.append(word)
            end = match.start() + token.end()
        if not tokens:
            return None
        initials = re.match(_INITIALS[self.lang], tokens[0])
        if initials and initials.end() < len(tokens[0]):
            tokens = [tokens[0][: initials.end()].replace(" ", ""), tokens[0][initials.end() :], *tokens[1:]]
        if len([t for t in tokens if not t.endswith(".")]) < 2 and not (self.lang == "ru" and len(tokens) == 2):
            return None
        return tokens, match.start(), end

    @cache  # noqa: B019  (one finder per article)
    def _is_title(self, word: str) -> bool:
        return any(pattern.fullmatch(word) for pattern, _ in _title_patterns(self.lang))

    # -- titles --------------------------------------------------------------------------
    def run(self, sentences: list[tuple[int, int]]) -> None:
        for sentence in sentences:
            self._sentence(sentence)

    def _sentence(self, sentence: tuple[int, int]) -> None:
        start, end = sentence
        taken: list[tuple[int, int]] = []
        matches = []
        for pattern, entry in _title_patterns(self.lang):
            for match in pattern.finditer(self.text, start, end):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                matches.append((match, entry))
        for match, entry in sorted(matches, key=lambda m: m[0].start()):
            self._title(match, entry, sentence)

    def _states_before(self, position: int, floor: int) -> str | None:
        window = self.text[max(floor, position - 40) : position]
        found = list(self.lex.state_re.finditer(window))
        if not found:
            return None
        last = found[-1]
        between = window[last.end() :]
        if re.search(r"[,;:.]|\b(?:and|und|и|with|mit|с)\b", between) or len(between.split()) > 3:
            return None
        return self.lex.state_of(last.group())

    def _title(self, match: re.Match[str], entry: dict[str, Any], sentence: tuple[int, int]) -> None:
        text = self.text
        role = entry["role"]
        sending = self._states_before(match.start(), sentence[0])
        if sending is None and re.match(r"Bundes", match.group()):
            sending = "DE"
        position = match.end()
        receiving = None
        of = self.of_re.match(text, position, sentence[1])
        if of:
            state = self.lex.state_of(re.sub(r"^\s+(?:of (?:the )?|der |des |von )", "", of.group()).strip())
            state = state or self._state_in(of.group())
            sending = state or sending
            position = of.end()
        else:
            region = self.region_re.match(text, position, sentence[1])
            if region:
                position = region.end()
        to = self.to_re.match(text, position, sentence[1])
        if to:
            if role in ("ambassador", "charge-d-affaires", "consul-general"):
                receiving = self._state_in(to.group())
            position = to.end()
        if receiving == sending:
            receiving = None
        gap = re.match(r"\s*,?\s*(?:\([^)]{1,20}\)\s*)?", text[position : sentence[1]])
        name_start = position + (gap.end() if gap else 0)
        name = self._name_tokens(name_start, sentence[1])
        rule = f"{self.lang}:title-name"
        if name is None:
            name = self._name_before(match.start(), sentence[0])
            rule = f"{self.lang}:name-comma-title"
        title = self._english_title(entry, match)
        if name is None:
            self.titles.append((match.start(), match.end(), role, None))
            return
        tokens, n_start, n_end = name
        confidence = 0.85 if sending else 0.6
        post = Post(title, role, self._ministry(entry, match), receiving, sending, sentence, rule, confidence)
        person = self._person(tokens, n_start, n_end, sending)
        person.posts.append(post)
        if person.country is None and sending:
            person.country = sending
        self.titles.append((match.start(), match.end(), role, person))

    def _state_in(self, phrase: str) -> str | None:
        found = list(self.lex.state_re.finditer(phrase))
        return self.lex.state_of(found[-1].group()) if found else None

    def _name_before(self, position: int, floor: int) -> tuple[list[str], int, int] | None:
        window = self.text[floor:position]
        match = re.search(
            rf"({_TOKEN[self.lang]}(?:\s+{_TOKEN[self.lang]}){{1,2}})\s*,\s*(?:the\s+)?(?:\S+\s+)?$", window
        )
        if not match:
            return None
        return self._name_tokens(floor + match.start(1), floor + match.end(1))

    def _english_title(self, entry: dict[str, Any], match: re.Match[str]) -> str:
        title = str(entry["title"])
        if "{domain}" in title:
            title = title.replace("{domain}", self._domain(match) or "")
        if "{word0}" in title:
            title = title.replace("{word0}", match.group().split()[0])
        return title.strip()

    def _domain(self, match: re.Match[str]) -> str | None:
        domain = match.groupdict().get("domain")
        if not domain:
            return None
        if self.lang == "en":
            return domain
        domains = self.lex.data.get("domains") or {}
        if domain in domains:
            return str(domains[domain])
        words = self.lex.data.get("domain_words") or {}
        return re.sub(r"[\wäöüß]+", lambda m: str(words.get(m.group(), m.group())), domain).replace(" und ", " and ")

    def _ministry(self, entry: dict[str, Any], match: re.Match[str]) -> str | None:
        ministry = entry.get("ministry")
        if not ministry:
            return None
        value = str(ministry).replace("{domain}", self._domain(match) or "")
        return value.replace("{word0}", match.group().split()[0]) or None

    # -- persons -------------------------------------------------------------------------
    def _person(self, tokens: list[str], start: int, end: int, country: str | None) -> Person:
        case = None
        if self.lang == "ru":
            nominative, case = normalise_ru(tokens)
        else:
            nominative = tokens
        form = self.text[start:end]
        east_asian = country in EAST_ASIAN
        name = _canonical(nominative, self.lang, country)
        key = name_key(" ".join(nominative))
        for person in self.people:
            if name_key(" ".join(person.aliases[:1])) == key or name_key(person.name) == name_key(name):
                person.mentions.append(Mention(start, end, form, case))
                if form not in person.aliases:
                    person.aliases.append(form)
                return person
        surname = nominative[0] if east_asian else nominative[-1]
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
                person = self._resolve(match.group())
                if person is None:
                    continue
                m_end = match.end()
                following = re.match(rf"\s+({_TOKEN[self.lang]})", self.text[m_end:end])
                if following and self._resolve(following.group(1)) is person:
                    m_end += following.end()
                elif following and self.lang != "ru" and person.surname == match.group() and False:
                    pass
                form = self.text[match.start() : m_end]
                case = _ru_parse(match.group(), None)[1] if self.lang == "ru" else None
                person.mentions.append(Mention(match.start(), m_end, form, case))
                taken.add((match.start(), m_end))
                if form not in person.aliases:
                    person.aliases.append(form)

    def _resolve(self, word: str) -> Person | None:
        bare = re.sub(_INITIALS[self.lang], "", word)
        candidates = {bare}
        if self.lang == "de" and bare.endswith(("s", "'")):
            candidates.add(bare[:-1])
        if self.lang == "en":
            candidates.add(re.sub(r"['’]s?$", "", bare))
        if self.lang == "ru" and len(bare) > 2:
            candidates.add(_ru_parse(bare, None)[0])
        for person in self.people:
            forms = {person.surname, person.aliases[0].split()[0] if person.country in EAST_ASIAN else person.surname}
            if candidates & forms:
                return person
        return None


def find_people(text: str, lang: str, sentences: list[tuple[int, int]]) -> People:
    """Persons with posts, then their other mentions (full name, surname, inflected)."""
    finder = _Finder(text, lang)
    finder.run(sentences)
    finder.corefer(sentences)
    used: set[str] = set()
    for person in finder.people:
        base = slug(person.name.split()[0] if person.country in EAST_ASIAN else person.name.split()[-1]) or "person"
        key = base if base not in used else slug(person.name)
        while key in used:
            key += "-x"
        used.add(key)
        person.key = key
        person.mentions.sort(key=lambda m: m.start)
    return People(finder.people, finder.titles)
