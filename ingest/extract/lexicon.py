"""The coder's dictionaries: per-language YAML files plus the shared list of states.

Everything a person may want to extend lives in ``ingest/extract/lexicon/``:
``{de,en,ru}.yaml`` (titles, organisations, event patterns, dates), ``states.yaml``
(adjectives and cities) and ``publishers.yaml``.  State names come from
``ontology/vocab/countries.ttl`` and ``country-aliases.tsv`` as well, inflected by
the rules below (Russian cases, German genitive and adjective endings).

Examples
--------
>>> lex = load_lexicon("ru")
>>> lex.state_of("Беларуси"), lex.state_of("белорусско"), lex.state_of("Российской Федерации")
('BY', 'BY', 'RU')
>>> load_lexicon("de").state_of("belarussischen"), load_lexicon("de").state_of("Russlands")
('BY', 'RU')
>>> load_lexicon("en").city("MOSCOW")
('Moscow', 'RU')
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ingest.names import name_key, transliterate

__all__ = [
    "LANGUAGES",
    "LEXICON_DIR",
    "Lexicon",
    "LexiconError",
    "Region",
    "actor",
    "actor_names",
    "actor_state",
    "actor_states",
    "actors",
    "chinese_surnames",
    "cue",
    "domain_alternation",
    "domain_english",
    "english_name",
    "enterprises",
    "federal_state",
    "load_lexicon",
    "loose_key",
    "of_state_re",
    "official_name",
    "read_lexicon_file",
    "region_forms",
    "region_in",
    "regions",
    "regions_in",
    "ru_forms",
    "states",
    "trie_alternation",
]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_VOCAB_DIR = Path(__file__).resolve().parents[2] / "ontology" / "vocab"
LANGUAGES = ("de", "en", "ru")


class LexiconError(ValueError):
    """A lexicon file people extended cannot be used: which file, where in it, what is wrong."""

    def __init__(self, file: str, where: str, message: str):
        self.file, self.where, self.message = file, where, message
        super().__init__(f"{LEXICON_DIR / file}: {where}: {message}")


def read_lexicon_file(file: str) -> Any:
    """A lexicon file's YAML, or a :class:`LexiconError` naming the line that does not parse.

    >>> read_lexicon_file("publishers.yaml") is not None
    True
    """
    try:
        return yaml.safe_load((LEXICON_DIR / file).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "document"
        raise LexiconError(file, where, f"not valid YAML ({getattr(error, 'problem', None) or error})") from None


# Russian noun and adjective endings by case: nominative, genitive, dative, accusative, instrumental, locative.
_RU_CLASSES: list[tuple[str, tuple[str, ...]]] = [
    ("ая", ("ая", "ой", "ой", "ую", "ой", "ой")),
    ("ий", ("ий", "ого", "ому", "ий", "им", "ом")),
    ("ый", ("ый", "ого", "ому", "ый", "ым", "ом")),
    ("ия", ("ия", "ии", "ии", "ию", "ией", "ии")),
    ("ь", ("ь", "и", "и", "ь", "ью", "и")),
    ("й", ("й", "я", "ю", "й", "ем", "е")),
    ("я", ("я", "и", "е", "ю", "ей", "е")),
]
_RU_ADJ_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ие", "ые", "ого", "ому", "ым", "им", "ом", "ую", "ых", "их", "ими",
                   "ыми", "ей", "о")  # fmt: skip
_DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def _ru_word_forms(word: str) -> tuple[str, ...]:
    if not word or word.isupper() or not re.search(r"[а-яё]$", word):
        return (word,) * 6
    head, hyphen, tail = word.partition("-")
    if hyphen and head[:1].isupper() and len(set(_ru_word_forms(tail))) == 1:
        # "Гвинея-Бисау", "Ростов-на-Дону": the first part declines before a part that does not ("Гвинеи-Бисау")
        head_forms = _ru_word_forms(head)
        if len(set(head_forms)) > 1:
            return tuple(f"{form}-{tail}" for form in head_forms)
    for ending, forms in _RU_CLASSES:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return tuple(stem + form for form in forms)
    if word.endswith("а"):
        stem = word[:-1]
        gen = "и" if stem[-1:] in "кгхжшчщ" else "ы"
        return tuple(stem + form for form in ("а", gen, "е", "у", "ой", "е"))
    if word[-1] in "оеиуюэы":
        return (word,) * 6
    return tuple(word + form for form in ("", "а", "у", "", "ом", "е"))


def ru_forms(name: str) -> set[str]:
    """All case forms of a Russian proper name, the words of a phrase kept in the same case.

    >>> {"Республики Беларусь", "Республике Беларусь", "Республикой Беларусь"} <= ru_forms("Республика Беларусь")
    True
    """
    words = [_ru_word_forms(word) for word in name.split(" ")]
    out = set()
    if len(words) == 1 and name.endswith("ь"):  # "Кремль": a masculine soft noun (Кремля, Кремле), not "Казань"
        out |= {name[:-1] + ending for ending in ("я", "ю", "ем", "е")}
    for inflected in range(1, len(words) + 1):  # "Республики Узбекистан": the apposition stays nominative
        for case in range(6):
            out.add(" ".join(word[case] if i < inflected else word[0] for i, word in enumerate(words)))
    return out


# words of a state's official name, which takes the genitive in its article ("der Republik Angola"), not an -s
_DE_OFFICIAL_WORD = (
    r"(?i:republik)|Königreich|Staat|Fürstentum|Großherzogtum|Commonwealth|Eidgenossenschaft|Heiliger|^VR |"
    r"Föderation|Union|Vereinigte"
)


def _de_forms(name: str) -> set[str]:
    words = name.split(" ")
    out = {name}
    if len(words) == 1:
        out |= {name + "s", name + "'"}
    elif re.fullmatch(r"[A-ZÄÖÜ][\w'-]*[^\WsxzßeEn]", words[-1]) and not re.search(_DE_OFFICIAL_WORD, name):
        out.add(name + "s")  # "Sri Lankas Botschafterin", "Costa Ricas Außenminister": the genitive of a proper name
    inflected = [w + "n" if w.endswith("e") and w[:1].isupper() and w.endswith("ische") else w for w in words]
    out.add(" ".join(inflected))
    return out


def _en_forms(name: str) -> set[str]:
    return {name, name + "'s", name + "’s", name + "'" if name.endswith("s") else name}


def _forms(lang: str, name: str) -> set[str]:
    if lang == "ru":
        return ru_forms(name)
    return _de_forms(name) if lang == "de" else _en_forms(name)


def _adjective_forms(lang: str, stem: str) -> set[str]:
    if lang == "en":
        return {stem}
    endings = _RU_ADJ_ENDINGS if lang == "ru" else _DE_ADJ_ENDINGS
    out: set[str] = set()
    for ending in endings:
        out.add(stem + ending)
        out.add(stem[:1].upper() + stem[1:] + ending)
    return out


@cache
def _countries() -> dict[str, dict[str, Any]]:
    """Alpha-2 code -> {alpha3, labels: {lang: [labels]}} from countries.ttl and country-aliases.tsv."""
    source = (_VOCAB_DIR / "countries.ttl").read_text(encoding="utf-8")
    out: dict[str, dict[str, Any]] = {}
    by_alpha3: dict[str, str] = {}
    for block in re.split(r"\n(?=country:[A-Z]{3}\n)", source):
        head = re.match(r"country:([A-Z]{3})\n", block)
        if not head:
            continue
        alpha3 = head[1]
        block = block.split("\n.\n", 1)[0]  # the concept's own statements, not what follows the last one
        # the alpha-2 code from the notations: a two-letter label ("UK"@en) is not a code
        notation = re.search(r"skos:notation\s+(.*?)[;.]\s*\n", block, re.S)
        alpha2 = next(iter(re.findall(r'"([A-Z]{2})"', notation.group(1))), None) if notation else None
        if not alpha2:
            continue
        labels: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        for label, lang in re.findall(r'"([^"]+)"@(de|en|ru)', block):
            labels[lang].append(label)
        pref = re.search(r"skos:prefLabel\s+(.*?)[;.]\s*\n", block, re.S)
        english = re.search(r'"([^"]+)"@en', pref.group(1)) if pref else None
        out[alpha2] = {"alpha3": alpha3, "labels": labels, "en": english.group(1) if english else alpha2}
        by_alpha3[alpha3] = alpha2
    with (_VOCAB_DIR / "country-aliases.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = by_alpha3.get(row["alpha3"])
            if code and row["lang"] in LANGUAGES:
                out[code]["labels"][row["lang"]].append(row["alias"])
    return out


def english_name(code: str) -> str:
    """The English short name of a state (``BY`` -> ``Belarus``)."""
    return str(_countries().get(code, {}).get("en", code))


@dataclass
class Lexicon:
    """The compiled dictionaries of one language."""

    lang: str
    data: dict[str, Any]
    state_forms: dict[str, str] = field(default_factory=dict)
    adjective_forms: dict[str, str] = field(default_factory=dict)
    cities: dict[str, tuple[str, str]] = field(default_factory=dict)
    state_re: re.Pattern[str] = field(default=re.compile("(?!)"))
    city_re: re.Pattern[str] = field(default=re.compile("(?!)"))
    publishers: dict[str, dict[str, str]] = field(default_factory=dict)
    official_prefix_re: re.Pattern[str] | None = None

    def state_of(self, form: str) -> str | None:
        """The alpha-2 code a state name or adjective form stands for, if any.

        A name after a prefix of official names counts as the name ("Socialist Republic of Vietnam").
        """
        code = self.state_forms.get(form) or self.adjective_forms.get(form)
        if code is None and self.official_prefix_re is not None:
            prefix = self.official_prefix_re.match(form)
            code = self.state_forms.get(form[prefix.end() :]) if prefix else None
        return code

    def city(self, form: str) -> tuple[str, str] | None:
        """(English name, alpha-2 code) of a city form, case-insensitively (datelines are upper case)."""
        return self.cities.get(form.casefold())

    def last_city(self, phrase: str) -> tuple[str, str] | None:
        """(English name, alpha-2 code) of the last city ``phrase`` names ("Botschafter in Jakarta")."""
        found = list(self.city_re.finditer(phrase))
        return self.city(found[-1].group()) if found else None

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


def trie_alternation(forms: list[str]) -> str:
    """A regular expression matching any of ``forms``, longest first, written as a trie.

    Thousands of state and city forms as a flat alternation would be tried one by one at every
    position of a text; as a trie each character is tried once.

    >>> pattern = re.compile(f"(?:{trie_alternation(['Belarus', 'Belarusian', 'Bel', 'China'])})$")
    >>> [bool(pattern.match(w)) for w in ("Belarus", "Belarusian", "Bel", "Belar", "China")]
    [True, True, True, False, True]
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # a longer form is tried first, then the form that ends here
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return emit(trie) or "(?!)"


@cache
def load_lexicon(lang: str) -> Lexicon:
    """Load and compile the lexicon of ``lang`` (``de``, ``en`` or ``ru``), once per process."""
    data = read_lexicon_file(f"{lang}.yaml")
    for name, source in (data.get("cues") or {}).items():  # a broken pattern is named here, not deep in a rule
        try:
            re.compile(str(source))
        except re.error as error:
            raise LexiconError(f"{lang}.yaml", f"cues.{name}", f"not a valid regular expression ({error})") from None
    lex = Lexicon(lang=lang, data=data)
    for code, info in _countries().items():
        for label in info["labels"][lang]:
            for form in _forms(lang, label):
                lex.state_forms.setdefault(form, code)
    for code, per_lang in states().items():
        entry = per_lang.get(lang) or {}
        for name in entry.get("names") or []:
            # a first part of a compound ("азербайджано-"), written with a capital at the start of a name too
            written = {name, name[:1].upper() + name[1:]} if name[:1].islower() else {name}
            for form in set().union(*(_forms(lang, w) for w in written)):
                lex.state_forms.setdefault(form, code)
        for form in entry.get("forms") or []:  # forms the rules do not make ("Египта": a fleeting vowel)
            lex.state_forms.setdefault(form, code)
        for stem in entry.get("adj") or []:
            for form in _adjective_forms(lang, stem):
                lex.adjective_forms.setdefault(form, code)
        english_cities = (per_lang.get("en") or {}).get("cities") or []
        for index, city in enumerate(entry.get("cities") or []):
            english = english_cities[index] if index < len(english_cities) else city
            for form in _forms(lang, city) | {city}:
                lex.cities.setdefault(form.casefold(), (english, code))
        if lang == "de":  # German wires write many cities as English does ("Beijing", "Jakarta")
            for english in english_cities:
                lex.cities.setdefault(str(english).casefold(), (english, code))
    # Forms that are ordinary words or given names too ("Chad", "Jordan"), or part of other names ("Niger Delta",
    # "Papua New Guinea")
    for word in ("US", "Chad", "Georgia", "Jordan", "Niger", "Guinea"):
        if lang != "en" or word != "US":
            lex.state_forms.pop(word, None)
    states_alt = trie_alternation([*lex.state_forms, *lex.adjective_forms])
    official = data.get("official_state_prefix")  # "Socialist Republic of": before a name, the name is the state's
    if official:
        lex.official_prefix_re = re.compile(official)
        states_alt = f"{official}(?:{trie_alternation(list(lex.state_forms))})|{states_alt}"
    lex.state_re = re.compile(rf"(?<!\w)(?:{states_alt})(?!\w)")
    if "domain_re" in data:  # {domain_word}: the field words of the lexicon; {state}: any state name or adjective
        words = trie_alternation(list(data.get("domain_words") or []))
        data["domain_re"] = data["domain_re"].replace("{domain_word}", words).replace("{state}", f"(?:{states_alt})")
        if "field_before_re" in data:  # a field written before the post word ("Trade and Tourism Minister")
            data["field_before_re"] = data["field_before_re"].replace("{domain_word}", words)
    city_forms = list(lex.cities)
    lex.city_re = re.compile(rf"(?<!\w)(?:{trie_alternation(city_forms)})(?!\w)", re.IGNORECASE)
    lex.publishers = read_lexicon_file("publishers.yaml")
    return lex


def domain_alternation(lang: str) -> str:
    """A regular expression of a ministry's field as the lexicon's ``domains`` write it.

    Russian fields combine ("энергетики и водных ресурсов", "труда, занятости и социальной защиты"): any
    sequence of known fields joined by "и" or commas.  German compounds ("Wirtschafts-") also match in lower case.
    """
    lex = load_lexicon(lang)
    forms = set(lex.data.get("domains") or {})
    if lang == "de":  # "Bundeswirtschaftsministerin": the field word inside a compound, in lower case
        forms |= {d[:1].lower() + d[1:] for d in forms}
    one = trie_alternation(list(forms))
    if lang == "ru":
        return rf"(?:{one})(?:(?:,\s*|\s+и\s+)(?:{one}))*(?![\w-])"
    return one


@cache
def cue(lang: str, name: str, flags: int = 0) -> re.Pattern[str]:
    """A cue of the lexicon's ``cues``, compiled once: clause breaks, framing words, words of chairing, the side a
    sentence names, a guest referred to by a word ...

    >>> cue("de", "side").search("Auf omanischer Seite stand ...").group(1)
    'omanischer'
    """
    return re.compile(str(load_lexicon(lang)["cues"][name]), flags)


@cache
def of_state_re(lang: str) -> re.Pattern[str]:
    """A state named after a title or a body in the lexicon's ``of_state`` form ("of Belarus", "Belarus'",
    "Беларуси"), compiled once for the people finder and the organisations alike: the states' alternation makes it
    cost a fraction of a second to compile.

    >>> of_state_re("en").match(" of Belarus").group()
    ' of Belarus'
    """
    lex = load_lexicon(lang)
    return re.compile(r"\s+" + str(lex["of_state"]).replace("{country}", f"(?:{lex.state_re.pattern})"))


@cache
def _folded_domains(lang: str) -> dict[str, str]:
    """The lexicon's ministry fields, case-folded -> English; built once, not for each title."""
    return {key.casefold(): str(value) for key, value in (load_lexicon(lang).data.get("domains") or {}).items()}


def domain_english(lang: str, written: str) -> str:
    """The English name of a field written in ``lang`` ("энергетики и водных ресурсов" -> "Energy and Water Resources").

    >>> domain_english("ru", "труда, занятости и социальной защиты")
    'Labour, Employment and Social Protection'
    """
    domains = _folded_domains(lang)
    if written.casefold() in domains:
        return domains[written.casefold()]
    parts = re.split(r",\s*|\s+и\s+", written)
    english = [domains.get(part.casefold(), part) for part in parts]
    return english[0] if len(english) == 1 else ", ".join(english[:-1]) + " and " + english[-1]


_OFFICIAL = re.compile(r"\b(?:Republic|Federation|Kingdom|Union|Commonwealth|Emirates|Confederation|Principality)\b")


@cache
def official_name(code: str) -> str:
    """The official English name of a state, with "the" where English uses it ("the Republic of Belarus").

    >>> official_name("BY"), official_name("RU")
    ('the Republic of Belarus', 'the Russian Federation')
    """
    labels = [label for label in _countries().get(code, {}).get("labels", {}).get("en", []) if _OFFICIAL.search(label)]
    name = max(labels, key=len) if labels else english_name(code)
    return f"the {name}" if _OFFICIAL.search(name) else name


@dataclass(frozen=True)
class Region:
    """A region of a state (oblast, province, federal state) from ``regions.yaml``."""

    name: str  # English ("Amur Oblast")
    state: str  # ISO alpha-2
    adjective: str | None = None  # English ("Saxon"), where names use it


@cache
def region_forms() -> dict[str, Region]:
    """The region gazetteer (``regions.yaml``): every form a text may use -> the region.

    >>> region_forms()["Амурская"], region_forms()["sächsisch"].adjective
    (Region(name='Amur Oblast', state='RU', adjective=None), 'Saxon')
    """
    data = read_lexicon_file("regions.yaml")
    out: dict[str, Region] = {}
    for code, entries in data.items():
        for name, entry in entries.items():
            forms = entry["forms"] if isinstance(entry, dict) else entry
            adjective = entry.get("adjective") if isinstance(entry, dict) else None
            region = Region(str(name), str(code), adjective)
            for form in [*forms, *([adjective] if adjective else [])]:
                out.setdefault(str(form), region)
    return out


@cache
def chinese_surnames(lang: str) -> frozenset[str]:
    """Chinese surnames as ``lang`` writes them (``chinese_surnames``; Palladius transcription in Russian).

    >>> "Ван" in chinese_surnames("ru")
    True
    """
    return frozenset(load_lexicon(lang).data.get("chinese_surnames") or [])


@cache
def enterprises(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[str, ...], str]]]:
    """The enterprises of ``enterprises.yaml`` as found in a text of ``lang``: a pattern of every form (Russian
    ones in every case, German ones also in the genitive) and form -> (English name, state, kind).

    >>> pattern, known = enterprises("ru")
    >>> known[pattern.search("соглашение с Минским тракторным заводом").group()]
    ('Minsk Tractor Works', ('BY',), 'enterprise')
    """
    data = read_lexicon_file("enterprises.yaml")
    known: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for code, entries in data.items():
        for name, entry in entries.items():
            forms = entry["forms"] if isinstance(entry, dict) else entry
            kind = str(entry.get("kind", "enterprise")) if isinstance(entry, dict) else "enterprise"
            for form in forms:
                form = str(form)
                cyrillic = bool(re.search(r"[А-Яа-яЁё]", form))
                if cyrillic and lang != "ru":
                    continue
                if not cyrillic and lang == "ru":
                    variants = {form}  # Russian texts write many companies in Latin letters ("ACWA Power", "MATRADE")
                else:
                    variants = ru_forms(form) | {form} if cyrillic else {form, form + "s", form + "es", form + "'s"}
                for variant in variants:
                    known.setdefault(variant, (str(name), tuple(str(code).split("/")), kind))
    pattern = re.compile(rf"(?<![\w-])(?:{trie_alternation(list(known))})(?![\w-])")
    return pattern, known


_RU_ADJECTIVE_END = re.compile(r"(?:ая|ой|ую|ого|ому|ом|ий|ый|ое|ые|ых|ым|ими|ей|ие)$")


@cache
def _ru_region_stems() -> dict[str, str]:
    """Stems of the Russian region forms ("амурск") -> the form ("Амурская")."""
    return {_RU_ADJECTIVE_END.sub("", form).lower(): form for form in region_forms() if re.match("[А-ЯЁ]", form)}


def region_in(phrase: str, lang: str) -> Region | None:
    """The first region of the gazetteer named in ``phrase``, by name or adjective in any inflected form.

    >>> region_in("der sächsischen Staatsregierung", "de").name, region_in("Амурской области", "ru").name
    ('Saxony', 'Amur Oblast')
    """
    return next((region for _, region in regions_in(phrase, lang)), None)


def regions_in(phrase: str, lang: str) -> Iterator[tuple[int, Region]]:
    """Every region of the gazetteer named in ``phrase``, in order, with where its name begins: a name of two words
    ("Lower Saxony"), or of one, or a region's adjective in any inflected form.

    >>> [(start, region.name) for start, region in regions_in("Sachsen und Lower Saxony", "de")]
    [(0, 'Saxony'), (12, 'Lower Saxony')]
    """
    forms = region_forms()
    words = list(re.finditer(r"[^\W\d_][\w-]*", phrase))
    skip_to = 0
    for index, match in enumerate(words):
        if match.start() < skip_to:
            continue  # the second word of a name of two
        pair = f"{match.group()} {words[index + 1].group()}" if index + 1 < len(words) else ""
        if pair in forms:
            skip_to = words[index + 1].end()
            yield match.start(), forms[pair]
        elif (region := _region_of_word(match.group(), lang, forms)) is not None:
            yield match.start(), region


def _region_of_word(word: str, lang: str, forms: dict[str, Region]) -> Region | None:
    if word in forms:
        return forms[word]
    german = re.sub(r"(?:e|en|er|es|em)$", "", word) if lang == "de" else ""
    if german in forms:  # "bayerische": the stem of a region's adjective
        return forms[german]
    if lang == "de" and word.endswith("s") and word[:-1] in forms:  # "Sachsens Wirtschaftsminister"
        return forms[word[:-1]]
    if lang == "ru":  # "Амурской области", "амурский губернатор": the region's adjective in any case
        stem = _RU_ADJECTIVE_END.sub("", word).lower()
        if len(stem) >= 4 and stem in _ru_region_stems():
            return forms[_ru_region_stems()[stem]]
    return None


def federal_state(home: str | None) -> str:
    """The state of a "Bundes-" title or body: Austria or Switzerland when the story is told from one, else Germany.

    >>> federal_state("AT"), federal_state("TN"), federal_state(None)
    ('AT', 'DE', 'DE')
    """
    return home if home in ("AT", "CH") else "DE"


@cache
def regions() -> dict[str, str]:
    """Every form of a region (see :func:`region_forms`) -> the state it lies in."""
    return {form: region.state for form, region in region_forms().items()}


@cache
def states() -> dict[str, Any]:
    """``states.yaml``: per state (ISO alpha-2) and language, adjectives, extra names and cities."""
    data = dict(read_lexicon_file("states.yaml"))
    wrong = [key for key in data if not (isinstance(key, str) and re.fullmatch(r"[A-Z]{2}", key))]
    if wrong:  # an unquoted NO is YAML's false
        raise LexiconError("states.yaml", "keys", f"must be ISO alpha-2 codes (quote NO), found {wrong!r}")
    return data


@cache
def actors(file: str = "actors.yaml") -> dict[str, str]:
    """The actor dictionary (``actors.yaml``, as in TABARI/PETRARCH): English name of a well-known office
    holder -> the state they act for.  ``office_holders.yaml`` lists more, known by full name only."""
    data = read_lexicon_file(file)
    wrong = [code for code in data.values() if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code))]
    if wrong:  # an unquoted NO is YAML's false
        raise LexiconError(file, "states", f"must be ISO alpha-2 codes (quote NO), found {wrong!r}")
    return {str(name): str(code) for name, code in data.items()}


# The letters spellings of Ж, Ш, Дж and J disagree on ("Zhaparov", "Japarov", "Dschaparow", "Kassym-Schomart"),
# folded for dictionary lookups only: name_key (and so every IRI) keeps them apart.
_LOOSE = re.compile(r"dzh|dsch|tsch|dj|zh|sch|sh|j")
_SOFT_C = re.compile(r"(?<![cs])c(?=[eiy])")  # "Inácio", "Cyril": Russian writes an s (not "ch", "sch")
# The Arabic article as English and German texts write it ("al-Sisi", "el-Sisi", "ul-Haq")
_ARABIC_ARTICLE = re.compile(r"(?<![\w-])[aeu]l-", re.IGNORECASE)


@lru_cache(maxsize=65536)  # names recur within and across articles
def loose_key(name: str) -> str:
    """A key of ``name`` looser than :func:`ingest.names.name_key`, to look names up in the actor dictionaries.

    >>> loose_key("Sadyr Zhaparov") == loose_key("Sadyr Japarov") == loose_key("Sadyr Dschaparow")
    True
    >>> loose_key("Luiz Inácio Lula da Silva") == loose_key("Луис Инасиу Лула да Силва")  # a c before e, i is an s
    True
    >>> loose_key("Abdel Fattah al-Sisi") == loose_key("Abdel Fattah el-Sisi")  # the Arabic article, however written
    True
    """
    return name_key(_ARABIC_ARTICLE.sub("al-", _SOFT_C.sub("s", _LOOSE.sub("j", transliterate(name)))))


@cache
def _loose_actors() -> dict[str, tuple[str, str]]:
    return {loose_key(name): (name, code) for name, code in {**actors("office_holders.yaml"), **actors()}.items()}


@lru_cache(maxsize=65536)
def actor(name: str) -> tuple[str, str] | None:
    """(English name, state) of an office holder of the actor dictionaries, by name key, else by the looser key
    ("Садыр Жапаров" -> ("Sadyr Japarov", "KG"))."""
    key = name_key(name)
    if key in actor_states():
        return actor_names()[key], actor_states()[key]
    # initials written together ("KP Sharma Oli" is "K. P. Sharma Oli")
    spaced = re.sub(
        r"\b([A-Z])([A-Z])([A-Z])?\b(?=\s+[A-Z][a-z])", lambda m: " ".join(c for c in m.groups() if c), name
    )
    spaced_key = name_key(spaced) if spaced != name else None
    if spaced_key in actor_states():
        return actor_names()[spaced_key], actor_states()[spaced_key]
    return _loose_actors().get(loose_key(name))


def actor_state(name: str) -> str | None:
    """The state :func:`actor` gives, if any; a name with a middle name also by its first and last name
    ("Bola Ahmed Tinubu" is "Bola Tinubu"), a long one also by its first three words or more, or by its last
    words ("Muhammad Shehbaz Sharif" is "Shehbaz Sharif").

    >>> actor_state("Bola Ahmed Tinubu"), actor_state("Mohamed bin Zayed Al Nahyan")
    ('NG', 'AE')
    >>> actor_state("Muhammad Shehbaz Sharif")
    'PK'
    """
    found = actor(name)
    if found is not None:
        return found[1]
    words = name.split()
    # parts of the name, spelt as the dictionary spells them (a key would find "Alemu Sime" in "Alam Siam")
    parts = [f"{words[0]} {words[-1]}"] if len(words) >= 3 else []
    parts += [" ".join(words[:end]) for end in range(len(words) - 1, 2, -1)]  # "Mohamed bin Zayed Al Nahyan"
    parts += [" ".join(words[start:]) for start in range(1, len(words) - 1)]  # "Muhammad Shehbaz Sharif"
    for part in parts:
        key = name_key(part)
        if key in actor_states() and actor_names()[key].casefold() == part.casefold():
            return actor_states()[key]
    return None


@cache
def actor_names() -> dict[str, str]:
    """Both actor dictionaries by name key -> the English name they give ("Laziz Kudratov")."""
    return {name_key(name): name for name in {**actors("office_holders.yaml"), **actors()}}


@cache
def actor_states() -> dict[str, str]:
    """Both actor dictionaries by spelling-independent name key (:func:`ingest.names.name_key`); the
    well-known actors win."""
    return {name_key(name): code for name, code in {**actors("office_holders.yaml"), **actors()}.items()}
