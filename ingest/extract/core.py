"""Assembling the facts document from the coder's findings.

Examples
--------
>>> doc = extract_facts("Лавров встретился с Ван И.", article_id="x", published="2025-04-01")
>>> doc["article"]["language"], doc["article"]["method"]
('ru', 'extracted')
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from functools import cache
from typing import Any

from ingest.extract.chinese import looks_chinese
from ingest.extract.dates import Dateline, DateMention, find_dates, lead_weekdays, parse_dateline
from ingest.extract.detect import detect_language
from ingest.extract.events import Event, find_events
from ingest.extract.lexicon import Region, actor, actor_state, cue, load_lexicon, official_name, regions_in
from ingest.extract.orgs import (
    Body,
    Org,
    embassy_names,
    find_bodies,
    find_orgs,
    government_names,
    ministry_of,
    noun_pair_name,
    regional_government_names,
)
from ingest.extract.people import (
    EAST_ASIAN,
    POST_SOVIET,
    People,
    Person,
    _canonical,
    assign_keys,
    co_chair_posts,
    find_people,
    lead_state,
    regional_state,
    settle_roles,
)
from ingest.extract.sentences import split_sentences
from ingest.names import name_key, slug

__all__ = ["EXTRACTOR_VERSION", "extract_facts"]

EXTRACTOR_VERSION = "extract-0.43.1"

# Common Vietnamese family names (the first word of "Pham Minh Chinh", "Nguyen Minh Hang").
_VIETNAMESE_SURNAMES = frozenset([
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly",
    "Trinh", "Dinh", "Luong", "Truong", "Lam",
])  # fmt: skip


# Japanese official style writes the family name first, in capitals ("Prime Minister ISHIBA Shigeru",
# "Mr. MOTEGI Toshimitsu,"), after a title or an honorific; Roman numerals, acronyms without a vowel and a company's
# officers ("CEO Cosmin Ghita") are no names, and the given name is a whole word.
_FAMILY_NAME_FIRST = re.compile(
    r"(?<=[A-Za-z.] )(?![IVXLCDM]+\b|C[EFOT]O\b)([A-Z]*[AEIOUY][A-Z]*[A-Z]) ([A-Z][a-z]{2,})\b"
    r"(?=[^A-Za-z]*(?:[a-z,.;:)]|$))"
)


def _given_name_first(text: str) -> tuple[str, dict[str, str]]:
    """Write "ISHIBA Shigeru" as "Shigeru Ishiba" in place; return the text and the written form of each swapped name.

    Both forms have the same length, so every offset found in the new text holds in the original.

    >>> _given_name_first("Prime Minister TAKAICHI Sanae and Mr. MOTEGI Toshimitsu, with the UAE President.")[0]
    'Prime Minister Sanae Takaichi and Mr. Toshimitsu Motegi, with the UAE President.'
    """
    written: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        if re.search(r"\b[a-z]+ $", text[max(0, match.start() - 20) : match.start()]):
            return match.group()  # "the UAE President"
        name = f"{match.group(2)} {match.group(1).capitalize()}"
        written[name] = match.group()
        return name

    return _FAMILY_NAME_FIRST.sub(swap, text), written


def _stated_days(part: str, lang: str, today: dt.date) -> list[DateMention]:
    """The full dates ``part`` states (not "on Monday", not "in May")."""
    return [d for d in find_dates(part, lang, today) if d.precision == "day" and d.basis == "stated"]


def _published(
    published: str | None, dateline: Dateline | None, text: str, lang: str = "en", today: dt.date | None = None
) -> tuple[dt.date, bool]:
    """The publication date and whether it is inferred: from the metadata, the dateline, a date given as
    today's ("heute (09.09.2025)", "today (4 June 2025)"), the date a release is signed with on its last line, the
    first full date of the lead, else ``today``."""
    today = today or dt.date.today()
    if published:
        return dt.date.fromisoformat(published), False
    if dateline and dateline.month and dateline.day:
        if dateline.year:
            return dt.date(dateline.year, dateline.month, dateline.day), False
        # "Published On: January 14, 2025 08:15 AM NPT" above "KATHMANDU, Jan 14:": the year of that day
        month_day = f"{dateline.month:02}-{dateline.day:02}"
        above = [d for d in _stated_days(text[: dateline.start], lang, today) if d.value[5:] == month_day]
        if above:
            return dt.date.fromisoformat(above[0].value), False
        year = _infer_year(dateline.month, dateline.day, text, today, lang)
        return dt.date(year, dateline.month, dateline.day), True
    said_today = re.search(r"(?i:today|heute|сегодня)\s*\(([^)]{6,30})\)", text)
    if said_today:
        full = [d for d in find_dates(said_today[1], lang, today) if d.precision == "day" and not d.relative]
        if full:
            return dt.date.fromisoformat(full[0].value), False
    note = _PUBLISHED_NOTE.search(text)
    if note:  # "This report by The Canadian Press was first published Feb. 11, 2026."
        noted = _stated_days(text[note.end() : note.end() + 40], lang, today)
        if noted and noted[0].start == 0:
            return dt.date.fromisoformat(noted[0].value), False
        # "Veröffentlicht am 04.09.25 um 15:20": a year of two figures
        short = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.])", text[note.end() : note.end() + 12])
        if short:
            with contextlib.suppress(ValueError):  # (not a day of the calendar)
                return dt.date(2000 + int(short[3]), int(short[2]), int(short[1])), False
    stated = re.search(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b", text)
    if stated:
        return dt.date(int(stated[3]), int(stated[2]), int(stated[1])), False
    # a release signed at its end with the issuer and the date ("Eidgenössisches Departement für auswärtige
    # Angelegenheiten, 5. November 2025")
    last = text.rstrip().rsplit("\n\n", 1)[-1].strip()
    if len(last) <= 120 and "\n" not in last and last != text.strip():
        signed = _stated_days(last, lang, today)
        if signed and last[: signed[-1].start].rstrip().endswith(",") and not last[signed[-1].end :].strip(" ."):
            return dt.date.fromisoformat(signed[-1].value), False
    # or with the issuer and the date on lines of their own ("MINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n9 OCTOBER 2025")
    lines = [line.strip() for line in last.split("\n")]
    if 2 <= len(lines) <= 4 and all(len(line) <= 60 for line in lines) and last != text.strip():
        signed = _stated_days(lines[-1], lang, today)
        if signed and signed[0].start == 0 and not lines[-1][signed[0].end :].strip(" ."):
            return dt.date.fromisoformat(signed[0].value), False
    # or under its headline, with a date on a line of its own ("Media release\n21 July 2025", "MARCH 18, 2025"), or
    # before the place and the issuer ("September 18, 2025 - Ottawa, Ontario - Global Affairs Canada")
    for line in [line.strip() for line in text.split("\n")[:12]]:
        # ("2025-09-24 13:05:42" (Agerpres): the date and time of the story in figures)
        iso = re.fullmatch(r"((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?)?", line)
        if iso:
            return dt.date.fromisoformat(iso[1]), False
        alone = _stated_days(line, lang, today)
        rest = line[alone[0].end :] if alone else ""
        if (
            alone
            and alone[0].start == 0
            and (not rest.strip(" .") or re.match(r"\s+[-–—|]\s+\w[^.!?]*$", rest) or _TIME_OF_DAY.fullmatch(rest))
        ):
            return dt.date.fromisoformat(alone[0].value), False
    lead = text.split("\n\n", 1)[0][:600]  # a release without a dated dateline dates its news in the lead
    in_lead = _stated_days(lead, lang, today)
    paragraphs = text.strip().split("\n\n")
    if not in_lead and len(paragraphs) > 1 and len(lead) <= 150 and not lead.rstrip().endswith((".", "!", "?")):
        # a headline line first ("Japan-Malaysia Foreign Ministers' Telephone Talk"): the lead is the next paragraph
        lead = paragraphs[1][:600]
        in_lead = _stated_days(lead, lang, today)
    if in_lead and dt.date.fromisoformat(in_lead[0].value) <= today:
        lead_day = dt.date.fromisoformat(in_lead[0].value)
        # "am gestrigen Donnerstag, dem 16. Oktober 2025": the day before the story's
        before = lead[max(0, in_lead[0].start - 40) : in_lead[0].start]
        shift = [value for word, value in load_lexicon(lang)["relative_days"].items() if word[:4] in before.lower()]
        return lead_day - dt.timedelta(days=shift[0]) if len(shift) == 1 and shift[0] < 0 else lead_day, True
    # "Brazil and Nigeria on Tuesday (Sept. 23) launched …": a day and month of the lead, its year inferred
    partial = [d for d in find_dates(lead, lang, today) if d.precision == "day" and d.basis == "inferred"]
    partial = [d for d in partial if not d.relative]
    if partial:
        month, day = int(partial[0].value[5:7]), int(partial[0].value[8:10])
        return dt.date(_infer_year(month, day, text, today, lang), month, day), True
    return today, True


# Clauses that speak of the past, and of the future, per language: a month the text dates in the past
# ("was founded on 14 May 2024") lies before the publication date.
_PAST = {
    "en": re.compile(r"\b(?:was|were|had|has been|took place|ago|last)\b"
                     r"|\b(?!(?:schedul|plann|expect)ed)\w+ed\b"),
    "de": re.compile(r"\b(?:wurden?|war(?:en)?|hatten?|hat|haben|fanden?|gegründet|unterzeichnet|ins Leben gerufen|"
                     r"vergangenen)\b"),
    "ru": re.compile(r"(?<![\w-])(?:[а-яё]{2,}(?:ал|ял|ел|ил|ыл|ла|ли|лось|лась|лись|лся)"
                     r"|[а-яё]+енн(?:ый|ого|ой|ом|ая|ые|ых)|прошл\w+)(?![\w-])", re.IGNORECASE),
}  # fmt: skip
# An invitation is to something still to come.
_FUTURE = {
    "en": re.compile(r"\b(?:will|would|shall|to be held|scheduled|planned|expected|next|upcoming|invit\w*)\b"),
    "de": re.compile(
        r"\b(?:wird|werden?|würden?|soll(?:en|e)?|geplant|kommenden?|nächste[nmrs]?"
        r"|Einladung|eingeladen)\b"
    ),
    "ru": re.compile(
        r"(?:будет|будут|состоится|пройд[её]т|планир|намеч|предстоящ|следующ|очередн"
        r"|приглаш|пригласи)",
        re.IGNORECASE,
    ),
}


# Where a clause of a sentence ends: a comma or semicolon, or a conjunction that begins a clause of its own.
_CLAUSE_BREAK = {
    "en": re.compile(r"[,;]|\b(?:that|and|while|but|which)\b"),
    "de": re.compile(r"[,;]|\b(?:dass|und|während|aber)\b"),
    "ru": re.compile(r"[,;]|(?<![\w-])(?:что|и|а|но|которые|который|которая|которое)(?![\w-])", re.IGNORECASE),
}

# Where a reported clause begins: what a speaker said is told in its own tense.
_REPORTED = {
    "en": re.compile(r"\bthat\b"),
    "de": re.compile(r"\bdass\b"),
    "ru": re.compile(r"(?<![\w-])что(?![\w-])", re.IGNORECASE),
}


def _filed(dateline: Dateline | None, published: dt.date) -> dt.date:
    """The day the story was filed, which its relative dates and undated events are of: the dateline's day when it
    is one to three days before publication ("ATHEN, 17. Juli." in a paper of 18 July), else the publication date.

    >>> _filed(parse_dateline("ATHEN, 17. Juli. Bundesaußenminister Wadephul", "de"), dt.date(2025, 7, 18))
    datetime.date(2025, 7, 17)
    >>> _filed(parse_dateline("MINSK, 6. August (BelTA) – Der Minister", "de"), dt.date(2025, 8, 6))
    datetime.date(2025, 8, 6)
    """
    if dateline is None or not dateline.day or not dateline.month:
        return published
    try:
        filed = dt.date(dateline.year or published.year, dateline.month, dateline.day)
        if filed > published and not dateline.year:
            filed = dt.date(published.year - 1, dateline.month, dateline.day)
    except ValueError:
        return published
    return filed if 0 < (published - filed).days <= 3 else published


def _infer_year(month: int, day: int, text: str, today: dt.date, lang: str = "en") -> int:
    """The year of a dateline without one: the latest year in which the date is not after ``today`` and
    that best explains the dates the text gives.

    A year alone counts by the tense of its clause (of its sentence when the clause has none, and there from
    a "что"/"dass"/"that" on, as reported speech keeps its own): in a clause about plans ("will", "for
    2026-2028", an invitation) most for the next year; in one about the past most for this and last year
    (earlier visits); a year's results ("по итогам 2024 года") for the year after; elsewhere as much for
    this year as for last.  A month with its year ("im Juni 2025", "14 мая 2024 года") counts more the
    nearer it is to the publication date, and against a year in which a past-tense clause would date it
    after publication.  Each weekday the lead names ("on Tuesday") counts for a year in which it is the day
    of the dateline or one or two days before it (most for the day itself), so that "called on Monday
    evening, the ministry said on Tuesday" is a Tuesday's story.  Each year back costs a little, as a
    weekday recurs every few years and a story is most likely recent.  On a tie, the year nearest the latest
    year mentioned wins, else the latest.

    >>> _infer_year(6, 17, "По итогам 2024 года ... на 2025–2027 годы", dt.date(2026, 11, 28), "ru")
    2025
    >>> _infer_year(12, 18, "in 2026 the sides will", dt.date(2026, 11, 28))
    2025
    >>> _infer_year(2, 19, "am 10. Januar 2025 ernannt", dt.date(2026, 11, 28), "de")
    2025
    >>> _infer_year(2, 19, "совета, учрежденного 14 мая 2024 года. Товарооборот в 2024 году вырос",
    ...             dt.date(2026, 11, 28), "ru")
    2025
    >>> _infer_year(10, 14, "The forum was held in June 2025. A delegation will visit in the first half "
    ...             "of 2026.", dt.date(2026, 11, 28))
    2025
    >>> _infer_year(5, 20, "заседание намечено во второй половине 2025 года", dt.date(2026, 11, 28), "ru")
    2025
    >>> _infer_year(10, 20, "the session will be held in the first half of 2026", dt.date(2026, 11, 28))
    2025
    >>> _infer_year(3, 1, "no year at all", dt.date(2026, 11, 28))
    2026
    >>> _infer_year(4, 1, "Lavrov held talks on Tuesday with Wang Yi.", dt.date(2026, 11, 28))  # 1 April 2025 was one
    2025
    >>> _infer_year(5, 15, "Lawrow hat am Mittwochabend mit Wang telefoniert.", dt.date(2026, 11, 28), "de")
    2024
    >>> _infer_year(11, 18, "X called Y on Monday evening, the ministry said on Tuesday.", dt.date(2026, 11, 28))
    2025
    >>> _infer_year(8, 14, "Der Umsatz hat sich im ersten Halbjahr 2025 verdoppelt. Im März 2023 hatte X Phnom Penh "
    ...             "besucht.", dt.date(2026, 11, 28), "de")  # an old visit in the background
    2025
    >>> _infer_year(5, 16, "The third meeting was held in October 2023. Trade reached 6.8 billion USD in the first "
    ...             "four months of 2025. The fifth meeting will be held in 2027.", dt.date(2026, 11, 28))
    2025
    """
    anchor = dt.date(today.year, 6, 30)  # any date: only mentions with their own year are used
    sentences = [(m.start(), m.end()) for m in re.finditer(r"(?:[^.!?]|(?<=\d)\.(?=\d))+", text)]  # not "6.8"

    def tense(position: int) -> str:
        a, b = next(((a, b) for a, b in sentences if a <= position < b), (position, position))
        # the clause of the year first ("вспомнили о консультациях, которые прошли в ноябре 2023 года, и
        # договорились провести следующий раунд"), then its sentence from the clause that reports the year on
        # ("заверил, что посольство окажет содействие ... в первом полугодии 2026 года")
        starts = [m.end() for m in _CLAUSE_BREAK[lang].finditer(text, a, position)]
        end = _CLAUSE_BREAK[lang].search(text, position, b)
        own_clause = text[starts[-1] if starts else a : end.start() if end else b]
        reported = [m.end() for m in _REPORTED[lang].finditer(text, a, position)]
        from_report = text[max([a, *reported]) : b]
        for clause in (own_clause, from_report):
            if _FUTURE[lang].search(clause):
                return "future"
            if _PAST[lang].search(clause):
                return "past"
        return "neutral"

    dated: list[tuple[int, int, str]] = []  # (year, month, tense)
    dated_spans: list[tuple[int, int]] = []
    for mention in find_dates(text, lang, anchor):
        if mention.basis != "stated" or mention.precision == "year" or mention.relative:
            continue
        dated.append((int(mention.value[:4]), int(mention.value[5:7]), tense(mention.start)))
        dated_spans.append((mention.start, mention.end))
    years: list[tuple[int, str]] = []
    for found in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text):
        if any(a <= found.start() < b for a, b in dated_spans):
            continue
        before = text[max(0, found.start() - 12) : found.start()]
        plan = re.search(r"(?:\b(?:for|für|bis|until)|(?<![\w-])(?:на|до))\s+(?:die\s+|the\s+)?$", before)
        if re.search(r"\d\s*[-–—]\s*$", before) and years:
            continue  # "на 2026–2027 годы": a range counts once, by its first year
        results = re.search(r"(?:итогам|results? (?:of|for)|Bilanz|Ergebnisse?n? (?:des Jahres|von))\s+$",
                            text[max(0, found.start() - 20) : found.start()])  # fmt: skip
        kind = "future" if plan else ("results" if results else tense(found.start()))
        if _NAMED_YEAR.search(text, max(0, found.start() - 8), found.start()):
            kind = "named"  # the year of an exhibition, not of the clause's time
        ends = _period_end(lang, text[max(0, found.start() - 40) : found.start()])
        if kind == "future" and ends is not None:
            # "во второй половине 2025 года" planned in May: a period still to come this year, or one of next year
            kind = "future, this year" if month <= ends else "future, next year"
        elif kind == "past" and ends is not None:
            # "trade reached ... in the first four months of 2025" in May: a period over by now, this year's or
            # (when it ends after this month) last year's
            kind = "past, this year" if month > ends else "past, last year"
        years.append((int(found.group()), kind))
    weights = {
        "future": {1: 3, 0: 2, 2: 1},
        "future, this year": {0: 3, 1: 3},  # a part of the year still to come: this year or next
        "future, next year": {1: 3},
        "past": {0: 3, -1: 2, -2: 1},
        "past, this year": {0: 4, -1: 1},
        "past, last year": {-1: 4},
        "results": {-1: 3, -2: 1},  # "по итогам 2024 года": a year's results come after it
        "named": {0: 3},  # an exhibition a story of the time speaks of ("will tour the pavilion at Expo 2025")
        "neutral": {0: 3, -1: 3, 1: 1},  # a year told without a plan: this year's news or last year's, rarely after
    }
    latest = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    newest = max([y for y, _ in years] + [y for y, _, _ in dated], default=latest)
    weekdays = lead_weekdays(text, lang)

    def score(year: int) -> tuple[float, int, int]:
        total: float = sum(weights[kind].get(m - year, 0) for m, kind in years)
        for weekday in weekdays:
            # a wire tells of the day it is dated or of the day before: "MOSCOW, April 1 ... on Tuesday"
            total += _DAYS_BACK_WEIGHT.get((dt.date(year, month, day).weekday() - weekday) % 7, 0)
        for mentioned_year, mentioned_month, kind in dated:
            months_before = (year - mentioned_year) * 12 + month - mentioned_month  # how long before publication
            if months_before < 0 and kind == "past":
                total -= 3  # the text tells of it as past
            elif abs(months_before) <= 6:
                total += 3
            elif abs(months_before) <= 12:
                total += 2
            elif abs(months_before) <= 24:
                total += 1
        return total - _YEAR_BACK_COST * (latest - year), -abs(year - newest), year

    return max(range(latest, latest - 15, -1), key=score)


# a line that tells when the story was published: "Published on: 12 March 2025", "Veröffentlicht am 3. Mai 2025",
# "Опубликовано: 5 мая 2025", a footer field "Date : 14 May 2025" (BOPA), and the closing line of the Canadian Press,
# "This report by The Canadian Press was first published Feb. 11, 2026."
# the time of day after a date on a line of its own: "August 20, 2025 — 5.00am", "12 May 2025, 14:05 CET"
_TIME_OF_DAY = re.compile(r"\s*[-–—|,]?\s*[0-2]?\d[.:][0-5]\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*", re.IGNORECASE)

_PUBLISHED_NOTE = re.compile(
    r"^[ \t]*(?:This (?:report|story|article)\b[^\n]{0,60}?\bfirst published|(?:First )?Published|Veröffentlicht|"
    r"Publiziert|Опубликовано|(?:Date|Datum|Дата)[ \t]*(?=:))(?: on| am)?:?[ \t]+",
    re.MULTILINE | re.IGNORECASE,
)

# a year inside the name of an exhibition ("Expo 2025 Osaka", "ЭКСПО-2025"): the year it is held in
_NAMED_YEAR = re.compile(r"(?:\b(?:Expo|EXPO)|(?<![\w-])(?:ЭКСПО|Экспо))[\s-]?$")

_YEAR_BACK_COST = 0.3  # less than a weekday's day itself is worth over the day before it (0.5)

_DAYS_BACK_WEIGHT: dict[int, float] = {
    0: 4,
    1: 3.5,
    2: 1,
}  # how many days before the story the weekday of its lead falls


def _period_end(lang: str, before: str) -> int | None:
    """The last month of the part of a year named right before the year ("in the second half of", "Ende")."""
    return next((month for pattern, month in _period_end_res(lang) if pattern.search(before)), None)


@cache
def _period_end_res(lang: str) -> list[tuple[re.Pattern[str], int]]:
    """The lexicon's ``period_end_months``, each as a pattern ending where the year begins, compiled once."""
    return [
        (re.compile(rf"(?<!\w){words}\s+(?:of\s+(?:the\s+)?|des Jahres\s+)?$", re.IGNORECASE), int(month))
        for words, month in (load_lexicon(lang).data.get("period_end_months") or {}).items()
    ]


def _home(dateline: Dateline | None, publisher: str | None, lang: str) -> str | None:
    """The state the story is told from: the dateline's, else the publisher's."""
    if dateline and dateline.country:
        return dateline.country
    return _publisher_state(publisher, lang)


def _publisher_state(publisher: str | None, lang: str) -> str | None:
    """The home state of a publisher of ``publishers.yaml``, else the state its name begins with ("Australian
    Minister for Trade and Tourism", "Singapore Ministry of Foreign Affairs"), else that of a city it names."""
    if not publisher:
        return None
    info = load_lexicon(lang).publishers.get(publisher)
    if info:
        return str(info["country"])
    for name_lang in dict.fromkeys(("en", lang)):
        lex = load_lexicon(name_lang)
        first = lex.state_re.match(publisher)
        if first:
            return lex.state_of(first.group())
    # "General-Anzeiger Bonn", "Minsk Herald": a paper named after its city
    lex = load_lexicon(lang)
    city = lex.city_re.search(publisher)
    return (lex.city(city.group()) or (None, None))[1] if city else None


def _region_named(text: str, lang: str, state: str, near: int) -> Region | None:
    """The region of ``state`` that ``text`` names nearest to ``near``, if any.

    >>> _region_named("Kretschmer empfing den Gast. Sachsen und Lettland wollen kooperieren.", "de", "DE", 0).name
    'Saxony'
    >>> _region_named("The governor met the envoy in Lower Saxony.", "en", "DE", 0).name
    'Lower Saxony'
    """
    found = [(abs(start - near), region) for start, region in regions_in(text, lang) if region.state == state]
    return min(found, key=lambda item: item[0])[1] if found else None


# Posts on a president's staff: their holder serves the president's state
_PRESIDENTS_STAFF = frozenset({"press-secretary", "assistant-to-the-president", "head-of-administration"})


def _resolve_countries(
    people: People, text: str, lang: str, home: str | None, sentences: list[tuple[int, int]]
) -> None:
    for person in people.people:
        tokens = person.aliases[0].split()
        latin = _canonical(tokens, lang, None).lower()
        if person.country is None:
            person.country = actor_state(latin) or actor_state(" ".join(tokens))
            person.country_confidence = 0.7
        if person.country is None and looks_chinese(latin.split()):
            person.country = "CN"
            person.country_confidence = 0.6
        if person.country is None and len(tokens) >= 2 and tokens[0] in _VIETNAMESE_SURNAMES:
            person.country = "VN"  # "Pham Minh Chinh", "Nguyen Minh Hang"
            person.country_confidence = 0.6
        if person.country is None:
            person.country = regional_state(person, text, lang)
        if person.country is None and any(post.role in _PRESIDENTS_STAFF for post in person.posts):
            # "пресс-секретарь Президента Руслан Жаксылык": the staff of the president named before, of that state
            first = min((m.start for m in person.mentions), default=0)
            presidents = [other.country for _, other in people.mentioned(0, first, {"president"}) if other.country]
            # (of the story's own state when its president is among them: "A statement signed by the Presidential
            # Spokesperson" in Accra after the presidents of Ghana and Côte d'Ivoire; else of the president named
            # first, whom the story is about: "President Cyril Ramaphosa and his Angolan counterpart … Presidency
            # spokesperson Vincent Magwenya said")
            person.country = (home if home in presidents else presidents[0]) if presidents else None
            person.country_confidence = 0.6
        if person.country is None:
            person.country = _companion_state(person, people, text, lang, sentences)
            person.country_confidence = 0.6
        if person.country is None:
            person.country = home
            person.country_confidence = 0.5
        for post in person.posts:
            if post.receiving == person.country:
                post.receiving = None
        if person.country in EAST_ASIAN:
            person.surname = tokens[0]
        person.name = _canonical(tokens, lang, person.country)
        for written in (person.name, " ".join(tokens), latin):
            known = actor(written)
            if known and known[1] == person.country:
                # "Laziz Kudratow", "Садыр Жапаров": the English spelling of the actor dictionary, but the text's
                # own where the two differ only in a hyphen ("Reem Alabali-Radovan")
                if _letters(known[0]) != _letters(person.name):
                    person.name = known[0]
                break


def _letters(name: str) -> str:
    """A name without its spaces and hyphens, in lower case."""
    return re.sub(r"[\s-]", "", name).casefold()


def _companion_state(
    person: Person, people: People, text: str, lang: str, sentences: list[tuple[int, int]]
) -> str | None:
    """The state of the one a person accompanies, named before the words of accompanying in the sentence ("Herath
    was accompanied by Foreign Secretary Aruni Wijewardane" in a story from Singapore: Sri Lanka's)."""
    words = cue(lang, "accompanied_by")
    for mention in person.mentions:
        start = next((s for s, e in sentences if s <= mention.start < e), mention.start)
        found = [m for m in words.finditer(text, start, mention.start) if mention.start - m.end() <= 120]
        if not found or re.search(r"[;:]", text[found[-1].end() : mention.start]):
            continue
        before = [
            (m.start, other.country)
            for other in people.people
            if other is not person and other.country
            for m in other.mentions
            if start <= m.start < found[-1].start()
        ]
        if before:
            return max(before)[1]
    return None


def _main_pair(people: People, text: str, lang: str, start: int) -> tuple[str, ...]:
    lex = load_lexicon(lang)
    counts: Counter[str] = Counter()
    for person in people.people:
        if person.country:
            counts[person.country] += 3 * max(1, len(person.mentions))
        for post in person.posts:
            if post.receiving:
                counts[post.receiving] += 2
    for match in lex.state_re.finditer(text, start):
        code = lex.state_of(match.group())
        if code:
            counts[code] += 1
    return tuple(code for code, _ in counts.most_common(2))


def _country_from_lead(people: People, text: str, lang: str, sentences: list[tuple[int, int]]) -> None:
    """An official whose state nothing else gives, in a release without a dateline or a known publisher, is of the
    side the text tells first (:func:`~ingest.extract.people.lead_state`).  Not in Russian, where such a person is
    mostly a title read as a name ("Председатель Совета"), nor for a name in lower case ("von Spitzenbeamten")."""
    lead = None if lang == "ru" else lead_state(people.people, text, lang, sentences)
    if lead is None:
        return
    for person in people.people:
        if person.country is None and person.name[:1].isupper():
            person.country, person.country_confidence = lead, 0.4
            for post in person.posts:
                post.state = post.state or lead


def _state_of_counterparts(people: People, pair: tuple[str, ...]) -> None:
    """A counterpart of an official of one state of the article's pair is of the other, whatever state the name
    alone suggests ("Defence Minister Judith Collins … talks with her counterpart, Chan Chun Sing")."""
    if len(pair) != 2:
        return
    for person in people.people:
        model = person.counterpart_of
        if model is None or model.country not in pair or person.country in pair or person.country_confidence > 0.6:
            continue
        person.country = next(code for code in pair if code != model.country)
        for post in person.posts:
            post.state = person.country


def _country_from_counterpart(
    people: People, pair: tuple[str, ...], text: str, sentences: list[tuple[int, int]]
) -> None:
    """An official whose state nothing gives, named in a sentence with officials of one state of the article's
    pair, is of the other ("Minister for Trade and Tourism Don Farrell held a virtual meeting with India's
    Minister of Commerce and Industry Piyush Goyal", in an Australian release without a dateline); one joined to
    such an official by "and" is of theirs. The sentence of the title first, else the next that names them with
    others ("Minister Cecilie Myrseth is leading a delegation to India. … Myrseth held talks with India's
    Minister of Commerce and Industry, Piyush Goyal")."""
    if len(pair) != 2:
        return

    def states_with(person: Person, low: int, high: int) -> set[str]:
        return {
            other.country
            for other in people.people
            if other is not person and other.country in pair and any(low <= m.start < high for m in other.mentions)
        }

    for person in people.people:
        if person.country is not None or not person.posts:
            continue
        low, high = person.posts[0].sentence
        others = states_with(person, low, high)
        if not others:
            later = [(a, b) for a, b in sentences if a >= high and any(a <= m.start < b for m in person.mentions)]
            others = next((found for a, b in later if (found := states_with(person, a, b))), set())
        mine = next((m for m in person.mentions if low <= m.start < high), None)
        joined = {
            other.country
            for other in people.people
            for m in other.mentions
            if mine is not None
            and other.country in pair
            and low <= m.end <= mine.start
            and re.fullmatch(r"\s+(?:and|und|и)\s+[^,;()]*", text[m.end : mine.start])
        }  # "Minister X and Secretary to the President Y were also present": one side
        # "Prime Minister Dr Navinchandra Ramgoolam", in a story that named India's prime minister: a state has one
        role = person.posts[0].role
        head_of = {
            other.country
            for other in people.people
            if role in ("president", "prime-minister")
            and other is not person
            and other.country in pair
            and any(q.role == role for q in other.posts)
        }
        if len(joined) == 1:
            person.country = next(iter(joined))
            person.country_confidence = 0.4
        elif len(others) == 1:
            person.country = next(code for code in pair if code not in others)
            person.country_confidence = 0.4
        elif len(head_of) == 1:
            person.country = next(code for code in pair if code not in head_of)
            person.country_confidence = 0.4
        else:
            continue
        for post in person.posts:
            post.state = post.state or person.country
            if post.receiving == person.country:
                post.receiving = None


_ENVOYS = frozenset({"ambassador", "charge-d-affaires"})


def _accredited_to_home(people: People, pair: tuple[str, ...], home: str | None) -> None:
    """A foreign envoy the text accredits nowhere is accredited to the state the story is told from, when that state
    is one of the story's pair ("British High Commissioner Jane Marriott said" in a story from Islamabad)."""
    if home is None or home not in pair:
        return
    for person in people.people:
        for post in person.posts:
            state = post.state or person.country
            if post.role in _ENVOYS and post.receiving is None and state and state != home:
                post.receiving = home


def _evidence(text: str, span: tuple[int, int], rule: str, confidence: float) -> dict[str, Any]:
    return {"text": text[span[0] : span[1]], "start": span[0], "end": span[1], "rule": rule,
            "confidence": round(confidence, 2)}  # fmt: skip


def extract_facts(
    text: str,
    *,
    article_id: str,
    published: str | None = None,
    language: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
    url: str | None = None,
    text_path: str | None = None,
) -> dict[str, Any]:
    """Return a facts document (a dict valid against ``ingest/facts.schema.json``, method ``extracted``).

    ``language`` None: detected (de/en/ru).  ``published`` None: from the dateline (a missing
    year inferred from the years the text mentions, see :func:`_infer_year`), or a date the text
    gives as today's; else today.
    """
    lang = language or detect_language(text)
    lex = load_lexicon(lang)
    original = text  # evidence quotes the text as written
    text, written = _given_name_first(text) if lang == "en" else (text, {})
    dateline = parse_dateline(text, lang)
    published_date, _inferred = _published(published, dateline, text, lang)
    story_date = _filed(dateline, published_date)
    if publisher is None and dateline and dateline.agency:
        publisher = dateline.agency
    sentences = split_sentences(text, lang)
    home = _home(dateline, publisher, lang)
    people = find_people(text, lang, sentences, home)
    people.home = _publisher_state(publisher, lang) or home  # a wire's own officials, named by title alone
    body_start = dateline.end if dateline else 0
    _resolve_countries(people, text, lang, home, sentences)
    settle_roles(people)
    assign_keys(people.people, "-2")
    dates = []
    for start, end in sentences:
        s = max(start, body_start)
        dates += find_dates(text[s:end], lang, story_date, offset=s)
    pair = _main_pair(people, text, lang, body_start)
    _country_from_counterpart(people, pair, text, sentences)
    if home is None:
        _country_from_lead(people, text, lang, sentences)
    _state_of_counterparts(people, pair)
    _accredited_to_home(people, pair, home)
    # a body named without its states is of the pair, the story's own state first ("unserer Binationalen Kommission")
    own_first = tuple(sorted(pair, key=lambda code: code != home)) if home in pair else pair
    bodies = find_bodies(text, lang, sentences, own_first)
    co_chair_posts(text, lang, sentences, people, bodies)
    orgs = find_orgs(
        text, lang, sentences, people, pair, home, _publisher_state(publisher, lang), body_start, publisher
    )

    def place_of(start: int, end: int) -> str | None:
        for match in lex.city_re.finditer(text, max(start, body_start), end):
            before = text[max(0, match.start() - 4) : match.start()]
            before = text[max(0, match.start() - 10) : match.start()]
            if re.search(r"(?:\bin|\bв|\bво|\bvisited|\bvisit to|\btrip to)\s$", before, re.IGNORECASE):
                city = lex.city(match.group())
                return city[0] if city else None
        return None

    events = find_events(text, lang, sentences, people, bodies, dates, story_date, pair, place_of, orgs)
    _accredited_by_credentials(events)
    doc: dict[str, Any] = {
        "article": {
            "id": article_id,
            "title": title,
            "publisher": publisher or "unknown",
            "url": url,
            "language": lang,
            "published": published_date.isoformat(),
            "dateline": dateline.city if dateline else None,
            "text": text_path,
            "primary_source": None,
            "method": "extracted",
        }
    }
    for person in people.people:
        person.aliases += [written[alias] for alias in person.aliases if alias in written]
    organizations = _organizations(original, lang, people, bodies, events, orgs)
    doc["persons"] = [_person_doc(original, person) for person in people.people if person.country]
    doc["organizations"] = organizations
    doc["documents"], doc["events"] = _events_doc(
        original, events, {p["key"] for p in doc["persons"]}, {o["key"] for o in organizations}
    )
    return doc


def _accredited_by_credentials(events: list[Any]) -> None:
    """An ambassador the text names without the state they are accredited to ("Die neue Botschafterin der Republik
    Indonesien, Ratna Kusumawardhani, hat … Bundespräsident Guy Parmelin … ihr Beglaubigungsschreiben überreicht") is
    accredited to the state of the one they present their credentials to, when that is another state."""
    for event in events:
        if event.kind != "credentials":
            continue
        envoys = [p for p, _role in event.participants if any(q.role == "ambassador" for q in p.posts)]
        hosts = {p.country for p, _role in event.participants if p not in envoys and p.country}
        if len(envoys) != 1 or len(hosts) != 1:
            continue
        (host_state,) = hosts
        posts = [q for q in envoys[0].posts if q.role == "ambassador"]
        if envoys[0].country not in (None, host_state) and not any(q.receiving for q in posts):
            posts[0].receiving = host_state


def _names_field(body_name: str) -> bool:
    """Whether a body's English name says what it is for ("… Commission for Economic Cooperation", "… between A and
    B"), as a vague one ("межправкомиссия": "Intergovernmental Commission") does not."""
    return " for " in body_name or " between " in body_name


def _capital_words(name: str) -> set[str]:
    """The capitalised words of a name ("Georgian", "Commission"), by which two names of one body are compared."""
    return set(re.findall(r"\b[A-Z][a-z]+\b", name))


def _person_doc(text: str, person: Person) -> dict[str, Any]:
    posts = []
    seen = set()
    for post in person.posts:
        marker = (post.role, post.title, post.receiving)
        if marker in seen:
            continue
        seen.add(marker)
        posts.append({
            "title": post.title,
            "role": post.role,
            "organization": post.organization,
            "receiving_country": post.receiving,
            "evidence": [_evidence(text, post.sentence, post.rule, post.confidence)],
        })  # fmt: skip
    aliases = list(dict.fromkeys(a for a in person.aliases if a))
    return {"key": person.key, "name": person.name, "aliases": aliases, "country": person.country, "posts": posts}


def _organizations(
    text: str, lang: str, people: People, bodies: list[Body], events: list[Event], orgs: list[Org]
) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    body_keys: dict[int, str] = {}
    for body in bodies:
        a, b = sorted(body.countries)
        key = f"{a}-{b}-{body.kind}".lower()
        existing = next(
            (k for k, v in out.items() if k.startswith(key) and name_key(v["name"]) == name_key(body.name)), None
        )
        vague = (
            next(
                (
                    k
                    for k, v in out.items()
                    if v["kind"] == body.kind
                    and sorted(v["countries"]) == [a, b]
                    and not _names_field(v["name"])
                    and _capital_words(v["name"]) <= _capital_words(body.name)
                    and (_names_field(body.name) or _capital_words(v["name"]) < _capital_words(body.name))
                ),
                None,
            )
            if existing is None
            else None
        )
        if vague is not None:
            # "Грузия и Венгрия провели седьмое заседание межправкомиссии", then "… заседание … межправительственной
            # комиссии по экономическому сотрудничеству": the body a headline named vaguely, now named in full (or
            # with more words: "Strategischer Kooperationsrat", then "Hochrangiger Strategischer Kooperationsrat")
            out[vague]["aliases"].append(out[vague]["name"])
            out[vague]["name"] = body.name
            existing = vague
        if existing is None:
            if any(k.startswith(key) for k in out):
                key = f"{key}-{slug(body.name)}"[:80].rstrip("-")
            for k, v in out.items():
                same = v["kind"] == body.kind and sorted(v["countries"]) == [a, b]
                short = not _names_field(body.name)  # "межправкомиссия": no field
                # "Supreme Strategic Committee" after "Joint Strategic Planning Committee": a word of its own
                known = set(re.findall(r"\w+", " ".join([v["name"], *v["aliases"]])))
                own_word = not _capital_words(body.form) <= known
                if (
                    same
                    and not own_word
                    and (short or any(alias.lower().startswith(body.form.lower()) for alias in v["aliases"]))
                ):
                    key = k  # "die Kommission für ...", "the commission": the body named before in full
                    break
            else:
                out[key] = {"key": key, "name": body.name, "aliases": [], "kind": body.kind,
                            "countries": [a, b], "founded": None, "part_of": None,
                            "evidence": [_evidence(text, (body.start, body.end), f"{lang}:body", 0.7)]}  # fmt: skip
            existing = key
        for alias in (body.form, body.topic_form, noun_pair_name(body), *body.other_names):
            if alias and alias != out[existing]["name"] and alias not in out[existing]["aliases"]:
                out[existing]["aliases"].append(alias)
        body_keys[id(body)] = existing
    # "gemeinsame Arbeitsgruppe für Berufsbildung" is also written without the word that makes it joint
    # (added once every body is read, so that the shorter form merges no later mention)
    joint = cue(lang, "joint_word")
    for item in (out[key] for key in dict.fromkeys(body_keys.values())):
        bare = [joint.sub("", alias, count=1) for alias in item["aliases"] if joint.match(alias)]
        # (not the head alone, "working group", "Kommission": a topic or the states must remain)
        bare = [alias for alias in bare if len(alias.split()) >= 3 or re.search(r"\w[–-]\w", alias)]
        item["aliases"] += [alias for alias in bare if alias not in item["aliases"] and alias != item["name"]]
    for org in orgs:
        out.setdefault(org.key, _org_item(text, lang, org))
    for person in people.people:
        for post in person.posts:
            if post.ministry and person.country:
                # "Minister of Industry": the ministry the post is in, also when named by the title only
                match = ministry_of(orgs, person.country, post.ministry, post.sentence)
                out.setdefault(match.key, _org_item(text, lang, match))
                post.organization = match.key
            if post.role in _GOVERNMENT_ROLES and person.country and not post.organization:
                name, *other_names = government_names(person.country)
                government = next((o for o in orgs if o.kind == "government" and o.countries == [person.country]), None)
                if government is None:
                    government = Org(f"{person.country.lower()}-government", name, "government", [person.country],
                                     aliases=other_names, mentions=[post.sentence])  # fmt: skip
                    orgs.append(government)
                    out.setdefault(government.key, _org_item(text, lang, government))
                post.organization = government.key
            if post.role == "governor" and post.region is None and person.country:
                # "Ministerpräsident Michael Kretschmer (CDU)" in a story about Saxony: the region of his state the
                # text names nearest to the post
                post.region = _region_named(text, lang, person.country, post.sentence[0])
            if post.region and post.role == "governor" and not post.organization:  # the region's government
                region_key = f"{post.region.state.lower()}-{slug(post.region.name)}-government"
                government = next((o for o in orgs if o.key == region_key), None)
                if government is None:
                    name, *other_names = regional_government_names(post.region)
                    government = Org(region_key, name, "regional-government", [post.region.state], aliases=other_names,
                                     mentions=[post.sentence])  # fmt: skip
                    orgs.append(government)
                    out.setdefault(government.key, _org_item(text, lang, government))
                post.organization = government.key
            if post.role == "co-chair" and post.body is not None:
                post.organization = body_keys.get(id(post.body))
            # an ambassador also accredited elsewhere is accredited from the embassy of their first post
            first_embassy = (
                next((q.organization for q in person.posts if q.role == "ambassador" and q.organization), None)
                if post.rule.endswith(":accredited-also")
                else None
            )
            if first_embassy:
                post.organization = first_embassy
            elif post.role == "ambassador" and post.receiving and person.country:
                embassy = next(
                    (o for o in orgs if o.kind == "embassy" and o.countries == [person.country]
                     and o.receiving == post.receiving), None
                )  # fmt: skip
                if embassy is None:  # "the Belarusian ambassador to China": the embassy the post is in
                    name, *other_names = embassy_names(person.country, post.receiving)
                    embassy = Org(f"{person.country.lower()}-embassy-{post.receiving.lower()}", name, "embassy",
                                  [person.country], aliases=other_names, mentions=[post.sentence])  # fmt: skip
                    embassy.receiving = post.receiving
                    orgs.append(embassy)
                    out.setdefault(embassy.key, _org_item(text, lang, embassy))
                post.organization = embassy.key
    for event in events:
        if event.founded is not None and event.date:
            out[body_keys[id(event.founded)]]["founded"] = event.date
    _BODY_KEYS.clear()
    _BODY_KEYS.update(body_keys)
    return list(out.values())


_BODY_KEYS: dict[int, str] = {}


# Posts in a state's government ("Prime Minister", "Vice Premier"): linked to the government.
_GOVERNMENT_ROLES = frozenset(["prime-minister", "deputy-prime-minister"])


def _org_item(text: str, lang: str, org: Org) -> dict[str, Any]:
    item: dict[str, Any] = {"key": org.key, "name": org.name, "aliases": list(org.aliases), "kind": org.kind,
                            "countries": list(org.countries)}  # fmt: skip
    if org.receiving:
        item["receiving_country"] = org.receiving
    generic = f"Ministry of {org.domain} of {official_name(org.countries[0])}" if org.domain else None
    if org.kind == "ministry" and generic and generic != org.name and generic not in item["aliases"]:
        item["aliases"].append(generic)  # "Federal Foreign Office": also known by the generic name
    if org.mentions:
        item["evidence"] = [_evidence(text, org.mentions[0], f"{lang}:{org.kind}", 0.7)]
    return item


def _events_doc(
    text: str, events: list[Event], person_keys: set[str], org_keys: set[str] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    org_keys = org_keys or set()
    documents: list[dict[str, Any]] = []
    out: list[dict[str, Any]] = []
    keys: dict[int, str] = {}
    counts: Counter[str] = Counter()
    for event in events:
        counts[event.kind] += 1
        keys[id(event)] = f"{event.kind}-{counts[event.kind]}"
    for event in events:
        key = keys[id(event)]
        participants: list[Any] = []
        for person, role in event.participants:
            if person.key not in person_keys:
                continue
            participants.append({"key": person.key, "role": role} if role else person.key)
        for org_key, role in event.org_participants:
            if org_key in org_keys:
                participants.append({"key": org_key, "role": role} if role else org_key)
        item: dict[str, Any] = {
            "key": key,
            "kind": event.kind,
            "title": _title(event),
            "status": event.status,
            "date": event.date,
            "date_basis": event.date_basis if event.date else None,
            "place": event.place,
            "participants": participants,
            "evidence": [_evidence(text, span, event.rule, event.confidence) for span in dict.fromkeys(event.evidence)],
        }
        if len(event.countries) == 2 and event.countries[0] != event.countries[1]:
            item["countries"] = sorted(event.countries)
        if event.kind == "statement":
            if event.speaker_org and event.speaker_org in org_keys:
                item["speaker"] = event.speaker_org
            elif event.speaker is None or event.speaker.key not in person_keys:
                continue
            else:
                item["speaker"] = event.speaker.key
            item.pop("participants")
        if event.part_of is not None and id(event.part_of) in keys and _kept(event.part_of, person_keys):
            item["part_of"] = keys[id(event.part_of)]
        if event.body is not None:
            item["body"] = _BODY_KEYS[id(event.body)]
            item["session_number"] = event.session_number
        if event.founded is not None:
            item["founded"] = _BODY_KEYS[id(event.founded)]
        if event.documents:
            item["documents"] = []
            for phrase, kind, span in event.documents:
                doc_key = f"{kind}-{len(documents) + 1}"
                signatories = [p if isinstance(p, str) else p["key"] for p in participants]
                documents.append({"key": doc_key, "title": phrase, "kind": kind, "signatories": signatories,
                                  "evidence": [_evidence(text, span, "document", 0.6)]})  # fmt: skip
                item["documents"].append(doc_key)
        out.append(item)
    return documents, out


def _kept(event: Event, person_keys: set[str]) -> bool:
    return event.kind != "statement" or (event.speaker is not None and event.speaker.key in person_keys)


def _title(event: Event) -> str:
    names = [p.name for p, _ in event.participants] or ([event.speaker.name] if event.speaker else [])
    what = {"phone-call": "Phone call", "video-call": "Video call", "credentials": "Presentation of credentials"}.get(
        event.kind, event.kind.capitalize()
    )
    if event.session_number and event.body:
        return f"Session {event.session_number} of the {event.body.name}"
    return f"{what}: {', '.join(names)}" if names else what


_unused = (POST_SOVIET,)
