"""Datelines, absolute dates and relative dates in German, English and Russian.

Dates are found with the month and weekday names of the lexicon and resolved
against an anchor (the publication date).  A date without a year gets the year
that puts it closest to the anchor and the basis ``inferred``, as do weekdays
("am Dienstag", "on Tuesday", "во вторник"), "yesterday" and "next year".

Examples
--------
>>> import datetime as dt
>>> anchor = dt.date(2025, 8, 6)
>>> [(d.value, d.basis) for d in find_dates("am 21. Mai 2025 und am Dienstag", "de", anchor)]
[('2025-05-21', 'stated'), ('2025-08-05', 'inferred')]
>>> [(d.value, d.basis) for d in find_dates("on 25 February and August 20-21, yesterday", "en", anchor)]
[('2025-02-25', 'inferred'), ('2025-08-20', 'inferred'), ('2025-08-05', 'inferred')]
>>> [(d.value, d.basis) for d in find_dates("вчера, в декабре и в 2026 году", "ru", anchor)]
[('2025-08-05', 'inferred'), ('2025-12', 'inferred'), ('2026', 'stated')]
>>> line = parse_dateline("МИНСК, 6 августа (БЕЛТА) – Министр ...", "ru")
>>> line.city, line.country, line.month, line.day, line.year, line.agency
('Minsk', 'BY', 8, 6, None, 'BelTA')
>>> parse_dateline("BEIJING, Aug. 6 (Xinhua) -- Chinese ...", "en").city
'Beijing'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from ingest.extract.lexicon import Lexicon, cue, english_name, load_lexicon
from ingest.extract.scan import PatternScan, matches_at, pattern_scan

__all__ = ["DateMention", "Dateline", "find_dates", "parse_dateline", "resolve_year"]


@dataclass(frozen=True)
class DateMention:
    """A date in the text: ``value`` is YYYY, YYYY-MM or YYYY-MM-DD."""

    start: int
    end: int
    value: str
    basis: str  # stated | inferred | dateline
    precision: str  # day | month | year
    relative: bool = False
    season: int | None = None  # the first month of a season named without a year ("im Herbst"): its year is read


@dataclass(frozen=True)
class Dateline:
    """Where and when a story was filed, and by whom."""

    start: int
    end: int
    city: str | None
    country: str | None
    day: int | None
    month: int | None
    year: int | None
    agency: str | None


def _month_alternation(lex: Lexicon) -> str:
    parts = []
    for key in sorted(lex["months"], key=len, reverse=True):
        if lex.lang == "ru":
            # "18 фев": an abbreviation is a word of its own, not the start of another ("в Марокко" is no March)
            abbreviation = any(other != key and other.startswith(key) for other in lex["months"])
            parts.append(f"{key}[йяе]" if len(key) <= 2 else rf"{key}\.?(?![\w-])" if abbreviation else f"{key}\\w*")
        else:
            # "16 OCT 2025" (PIB's "Posted On" line): a month in capitals too
            written = f"(?:{re.escape(key[:1].upper() + key[1:])}|{re.escape(key.upper())})"
            parts.append(written + (r"\.?" if len(key) <= 4 else ""))
    return "|".join(parts)


# A German weekday may carry its time of day ("am Montagabend", "am Donnerstagvormittag")
_DAYTIME = "(?:abend|nachmittag|morgen|vormittag)?"


def lead_weekdays(text: str, lang: str) -> tuple[int, ...]:
    """The weekdays the lead (the first 400 characters) names, in order and once each, not another week's ("on
    Tuesday", "am Montagabend", "во вторник"; not "next Tuesday").

    >>> lead_weekdays("MOSCOW, April 1 -- Lavrov held talks on Tuesday with Wang Yi.", "en")
    (1,)
    >>> lead_weekdays("Berlin (dpa) - Am kommenden Dienstag reist er ab, am Montagabend telefonierte er.", "de")
    (0,)
    >>> lead_weekdays("BANGKOK, Nov 18 - X called Y on Monday evening, the ministry said on Tuesday.", "en")
    (0, 1)
    """
    names = load_lexicon(lang)["weekdays"]
    lead = text[:400]
    found: list[int] = []
    for match in _lead_weekday_re(lang).finditer(lead):
        if not cue(lang, "other_week", re.IGNORECASE).search(lead, max(0, match.start() - 15), match.start()):
            weekday = int(names[match.group(1).lower()])
            if weekday not in found:
                found.append(weekday)
    return tuple(found)


@cache
def _lead_weekday_re(lang: str) -> re.Pattern[str]:
    alternation = "|".join(sorted(map(re.escape, load_lexicon(lang)["weekdays"]), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])({alternation}){_DAYTIME}(?![\w-])")


@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    lex = load_lexicon(lang)
    month = f"(?P<m>{_month_alternation(lex)})"
    year = r"(?P<y>(?:19|20)\d\d)"
    weekdays = "|".join(sorted(lex["weekdays"], key=len, reverse=True))
    days = "|".join(re.escape(k) for k in sorted(lex["relative_days"], key=len, reverse=True))
    years = "|".join(re.escape(k) for k in sorted(lex["relative_years"], key=len, reverse=True))
    # "накануне заседания", "the day before the talks": the eve of an event, not a day counted from the article
    eve_of = f"(?!{lex.data['relative_day_of_event']})" if lex.data.get("relative_day_of_event") else ""
    flags = re.IGNORECASE
    out: list[tuple[str, re.Pattern[str]]] = [
        ("numeric", re.compile(r"\b(?P<d>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<y>\d{4})\b"))
    ]
    if lang == "de":
        out += [
            # Sentence-initial prepositions ("Im Mai 2024") are matched whatever their case.
            # "vom 3. bis 4. November", "am 2. und 3. März": a range is dated by its first day
            ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*(?:(?:bis|und|[-–])\s*\d{{1,2}}\.\s*)?{month}(?:\s+{year})?")),
            # "im April vergangenen Jahres": a month of the year the phrase names
            ("myrel", re.compile(rf"\b(?i:im|seit|ab|Anfang|Ende|Mitte)\s+{month}\s+(?P<r>{years})(?!\w)", flags)),
            # "im vergangenen November": the last one before the story's month, "im kommenden März": the first after
            (
                "mlast",
                re.compile(
                    rf"\b(?i:im)\s+(?P<r>vergangenen|vorigen|letzten|kommenden|nächsten)\s+{month}(?!\w)(?!\s*\d)",
                    flags,
                ),
            ),
            # ("für November vorgesehen", "bis Juni": a month too)
            ("my", re.compile(rf"\b(?i:im|seit|ab|Anfang|Ende|Mitte|für|bis)\s+{month}(?:\s+{year})?")),
            ("y", re.compile(rf"\b(?i:im Jahr(?:e)?|in)\s+{year}\b")),
            ("y", re.compile(lex["period_year"].replace("{year}", year))),  # a quarter, half or season of a year
            (
                "weekday",
                # "am Mittwoch vergangener Woche": that day of another week; "am kommenden Montag": the next one,
                # "am gestrigen Mittwoch": the one before
                re.compile(
                    rf"\b(?:am|vom|seit)\s+(?:(?P<dir>kommenden|nächsten|gestrigen|vorgestrigen|heutigen|"
                    rf"vergangenen|letzten)\s+)?(?P<w>{weekdays}){_DAYTIME}\b"
                    r"(?:\s+(?P<wk>vergangener|letzter|kommender|nächster)\s+Woche\b)?",
                    flags,
                ),
            ),
            # German writes a year without a preposition ("soll 2026 in Minsk stattfinden", "war 2022 gegründet
            # worden"); not a span ("bis 2030", "2026–2027"), a document's years ("Programm für 2026") or a name
            (
                "y",
                re.compile(
                    rf"(?<![\w./–-])(?<!bis )(?<!seit )(?<!für )(?<!Agenda )(?<!Vision )(?<!Strategie )(?<![–-] )"
                    rf"{year}(?![\w./%–-])(?! [–-] ?\d| bis \d)"
                ),
            ),
        ]
    elif lang == "en":
        out += [
            # "3-5 June", "3 to 5 June": a range is dated by its first day
            (
                "dmy",
                re.compile(
                    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
                    rf"\s+{month}(?:,?\s+{year})?"
                ),
            ),
            (
                "mdy",
                re.compile(rf"\b{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+{year})?"),
            ),
            ("myrel", re.compile(rf"\b(?i:in|since|from|early|late|mid-?)\s+{month}\s+(?P<r>{years})(?!\w)", flags)),
            (
                "my",
                re.compile(
                    rf"\b(?i:in|since|from|early|late|mid-?|for|by|until|before)\s+{month}(?!\w)(?:\s+{year})?(?!\s*\d)"
                ),
            ),
            # "last August": the last one before the story's month, "next March": the first after it
            ("mlast", re.compile(rf"\b(?P<r>last|next)\s+{month}(?!\w)(?!\s*\d)", flags)),
            ("y", re.compile(rf"\b(?i:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?{year}\b")),
            ("y", re.compile(lex["period_year"].replace("{year}", year))),  # a quarter, half or season of a year
            # ("on Tuesday last week": that day of another week)
            (
                "weekday",
                re.compile(rf"\b(?:on|last|this|next)\s+(?P<w>{weekdays})\b(?:\s+(?P<wk>last|next)\s+week\b)?", flags),
            ),
        ]
    else:
        out += [
            # "с 14 по 16 апреля", "14-16 апреля": a range is dated by its first day
            ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:\s*(?:[-–]|по|и)\s*\d{{1,2}})?\s+{month}(?:\s+{year})?", flags)),
            # "в апреле прошлого года": a month of the year the phrase names
            ("myrel", re.compile(rf"\b(?:в|во|с|до|к)\s+{month}\s+(?P<r>{years})(?!\w)", flags)),
            # ("намечен на ноябрь": the month something is set for; not "на 2026 год", mostly a plan's year)
            ("my", re.compile(rf"\b(?:в|во|с|до|к|на)\s+{month}(?:\s+{year})?(?!\s*\d)", flags)),
            ("y", re.compile(rf"\b(?:в|во|с)\s+{year}\s+год\w*", flags)),
            ("y", re.compile(lex["period_year"].replace("{year}", year))),  # a quarter, half or season of a year
            # ("во вторник на прошлой неделе": that day of another week)
            (
                "weekday",
                re.compile(
                    rf"\b(?:в|во)\s+(?P<w>{weekdays})\b(?:\s+на\s+(?P<wk>прошлой|следующей)\s+неделе\b)?", flags
                ),
            ),
        ]
    out += [
        ("reldays", re.compile(rf"(?<!\w)(?P<r>{days})(?!\w){eve_of}", flags)),
        ("relyears", re.compile(rf"(?<!\w)(?P<r>{years})(?!\w)", flags)),
    ]
    # a season without a year ("im Herbst", "осенью"; not "осенью 2026 года")
    seasons = lex.data.get("seasons") or {}
    if seasons:
        alternation = "|".join(re.escape(k) for k in sorted(seasons, key=len, reverse=True))
        out.append(("season", re.compile(rf"(?<!\w)(?P<r>{alternation})(?!\w)(?!\s+(?:\d|of|des|{year}))", flags)))
    # the relative phrases a lexicon may have ("last week", "в прошлом месяце", "im kommenden Frühjahr")
    for key, name in (
        ("relative_weeks", "relweeks"),
        ("relative_months", "relmonths"),
        ("relative_seasons", "relseasons"),
    ):
        phrases = lex.data.get(key) or {}
        if phrases:
            alternation = "|".join(re.escape(k) for k in sorted(phrases, key=len, reverse=True))
            out.append((name, re.compile(rf"(?<!\w)(?P<r>{alternation})(?!\w)", flags)))
    return out


def _month_number(lex: Lexicon, word: str) -> int:
    word = word.lower().rstrip(".")
    months: dict[str, int] = lex["months"]
    if word in months:
        return int(months[word])
    for key in sorted(months, key=len, reverse=True):
        if word.startswith(key):
            return int(months[key])
    raise KeyError(word)


def resolve_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts ``day``.``month`` closest to ``anchor``.

    >>> resolve_year(12, 30, dt.date(2026, 1, 3)), resolve_year(8, 6, dt.date(2025, 8, 6))
    (2025, 2025)
    """
    best = anchor.year
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, month, min(day, 28) if month == 2 else day)
        except ValueError:
            continue
        if abs((candidate - anchor).days) < abs((dt.date(best, month, min(day, 28)) - anchor).days):
            best = year
    return best


@cache
def _date_scan(lang: str) -> PatternScan:
    # (every date pattern begins with a word boundary before a letter or digit, or with a look-behind for no letter)
    return pattern_scan([pattern for _, pattern in _patterns(lang)], guard=r"(?<!\w)")


def find_dates(text: str, lang: str, anchor: dt.date, offset: int = 0) -> list[DateMention]:
    """All date expressions of ``text``, in order, resolved against ``anchor``."""
    lex = load_lexicon(lang)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # (each pattern tried only where one of them can begin, and only if one can begin there: see pattern_scan)
    starts, tried = _date_scan(lang).candidates(text)
    patterns = _patterns(lang)
    for name, pattern in (patterns[i] for i in tried):
        for match in matches_at(pattern, text, starts):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            mention = _resolve(name, match, lex, anchor, offset)
            if mention:
                found.append(mention)
                taken.append((match.start(), match.end()))
    found.sort(key=lambda m: m.start)
    for index, mention in enumerate(found):
        # "в октябре 2021 года …, а … в декабре того же года": the year of the date stated before
        if (
            mention.basis == "inferred"
            and not mention.relative
            and cue(lang, "same_year").match(text, mention.end - offset)
        ):
            stated = next((m for m in reversed(found[:index]) if m.basis == "stated"), None)
            if stated is not None:
                found[index] = replace(mention, value=stated.value[:4] + mention.value[4:], basis="stated")
    return found


def _resolve(name: str, match: re.Match[str], lex: Lexicon, anchor: dt.date, offset: int) -> DateMention | None:
    groups = match.groupdict()
    start, end = match.start() + offset, match.end() + offset
    try:
        if name == "numeric":
            date = dt.date(int(groups["y"]), int(groups["mm"]), int(groups["d"]))
            return DateMention(start, end, date.isoformat(), "stated", "day")
        if name in ("dmy", "mdy"):
            month, day = _month_number(lex, groups["m"]), int(groups["d"])
            if groups.get("y"):
                return DateMention(start, end, dt.date(int(groups["y"]), month, day).isoformat(), "stated", "day")
            year = resolve_year(month, day, anchor)
            return DateMention(start, end, dt.date(year, month, day).isoformat(), "inferred", "day")
        if name == "my":
            month = _month_number(lex, groups["m"])
            if groups.get("y"):
                return DateMention(start, end, f"{groups['y']}-{month:02d}", "stated", "month")
            year = resolve_year(month, 15, anchor)
            return DateMention(start, end, f"{year}-{month:02d}", "inferred", "month")
        if name == "mlast":
            month = _month_number(lex, groups["m"])
            if groups["r"].lower() in ("last", "vergangenen", "vorigen", "letzten"):
                year = anchor.year if month < anchor.month else anchor.year - 1
            else:
                year = anchor.year if month > anchor.month else anchor.year + 1
            return DateMention(start, end, f"{year}-{month:02d}", "inferred", "month", relative=True)
        if name == "myrel":
            month = _month_number(lex, groups["m"])
            year = anchor.year + int(lex["relative_years"][groups["r"].lower()])
            return DateMention(start, end, f"{year}-{month:02d}", "inferred", "month", relative=True)
        if name == "y":
            return DateMention(start, end, groups["y"], "stated", "year")
        if name == "weekday":
            weekday = int(lex["weekdays"][groups["w"].lower()])
            direction = (groups.get("dir") or "").lower()  # "am kommenden Montag", "am gestrigen Mittwoch"
            if groups.get("wk"):  # that weekday in the week before or after the anchor's
                weeks = -1 if groups["wk"].lower() in ("vergangener", "letzter", "last", "прошлой") else 1
                date = anchor + dt.timedelta(days=weekday - anchor.weekday() + 7 * weeks)
            elif match.group().lower().startswith("next") or direction in ("kommenden", "nächsten"):
                # "next Tuesday", "am kommenden Montag": the coming one
                date = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
            elif match.group().lower().startswith("last") or direction in ("vergangenen", "letzten"):
                # "last Friday", "am vergangenen Freitag" on a Friday: a week ago
                date = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
            else:
                back = (anchor.weekday() - weekday) % 7
                date = anchor - dt.timedelta(days=back)
            return DateMention(start, end, date.isoformat(), "inferred", "day", relative=True)
        if name == "reldays":
            shift = int(lex["relative_days"][groups["r"].lower()])
            date = anchor + dt.timedelta(days=shift)
            basis = "dateline" if shift == 0 else "inferred"
            return DateMention(start, end, date.isoformat(), basis, "day", relative=True)
        if name == "relweeks":  # "last week": the month of the week before, inferred
            when = anchor + dt.timedelta(days=7 * int(lex["relative_weeks"][groups["r"].lower()]))
            return DateMention(start, end, f"{when.year}-{when.month:02d}", "inferred", "month", relative=True)
        if name == "relmonths":
            index = anchor.year * 12 + anchor.month - 1 + int(lex["relative_months"][groups["r"].lower()])
            return DateMention(start, end, f"{index // 12}-{index % 12 + 1:02d}", "inferred", "month", relative=True)
        if name == "relyears":
            shift = int(lex["relative_years"][groups["r"].lower()])
            return DateMention(start, end, str(anchor.year + shift), "inferred", "year", relative=True)
        if name == "season":  # the last such season begun: a plan's is moved to the next (events._forward)
            first_month = int(lex["seasons"][groups["r"].lower()])
            year = anchor.year if first_month <= anchor.month else anchor.year - 1
            return DateMention(start, end, str(year), "inferred", "year", season=first_month)
        if name == "relseasons":  # "im kommenden Frühjahr": the year of the next such season
            first_month = int(lex["relative_seasons"][groups["r"].lower()])
            year = anchor.year if first_month > anchor.month else anchor.year + 1
            return DateMention(start, end, str(year), "inferred", "year", relative=True)
    except (ValueError, KeyError):
        return None
    return None


_DASH = r"(?:–|—|--|-)"


@cache
def _dateline_re(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    month = _month_alternation(lex)
    # "October 14/2025" (ENA): the year after a slash; "21st October, 2025" (WAM): an ordinal day
    # "Bern, 15.05.2025 -", "ДУШАНБЕ, 18.09.2025 /НИАТ «Ховар»/": a date in figures; "20 ноября 2025 года": the
    # Russian word for year after it
    date = (
        rf"(?:\d{{1,2}}\.\d{{1,2}}\.(?:(?:19|20)\d\d|\d\d(?!\d))"
        rf"|(?:\d{{1,2}}(?:\.|st|nd|rd|th)?\s*(?:{month})|(?:{month})\s*\d{{1,2}})\.?(?:(?:,?\s*|/)(?:19|20)\d\d(?:\s+года|\s*г\.)?)?)"
    )
    return re.compile(
        # ("NUKU'ALOFA": an apostrophe between letters is part of a city's name; "г. Бишкек, 17 сентября 2026 г. –":
        # the Russian word for city before it)
        rf"^\s*(?:г\.\s*)?(?P<city>[^\W\d_](?:[^\W\d_'’. -]|['’](?=[^\W\d_]))*(?:[ -][^\W\d_]+)?)"
        # "Abu Dhabi (GTAI), 16.09.2025 –": the agency in brackets before the date
        rf"(?:\s*\((?P<a0>[^)]{{2,30}})\)(?=\s*,\s*{date}))?"
        # "BAKU, Azerbaijan, November 4.": the state after the city (Trend, AzerTAc)
        # ("MANILA, Philippines — …" (Inquirer): the state after the city, then the dash)
        rf"(?:\s*,\s*(?P<country>[^\W\d_]+(?: [^\W\d_]+)?)(?=\s*,\s*{date}|\s*{_DASH}))?"
        # "BELMOPAN, Wed. Oct. 15, 2025--" (Amandala): an abbreviated weekday before the date
        rf"(?:\s*,\s*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?=\.\s*{date}))?"
        # "Москва. 12 ноября. ИНТЕРФАКС -": a full stop after the city too; "Баку/14.05.25/Turan:" (Turan): slashes
        rf"(?:\s*[,./]\s*(?P<date>{date}))?"
        rf"\s*(?:,\s*(?=\())?"  # "Accra, July 16, (GNA) -": a comma before the agency's bracket
        rf"(?:\((?P<a1>[^)]{{2,30}})\)|/(?P<a2>[^/:\n]{{2,30}})(?:/|(?=:\s))"
        rf"|\.\s*(?P<a3>[A-ZА-ЯЁ][\w ]{{1,25}}?)(?=\s*{_DASH})"
        # "Баку, 14 октября, АЗЕРТАДЖ.": the agency in capitals after the date
        # "Accra, July 16, GNA – Ghana and Nigeria …": or before the dash
        rf"|(?(date),\s*(?P<a5>[A-ZА-ЯЁ]{{3,}}[A-Za-zА-ЯЁа-яё]*)(?:\.(?=\s)|(?=[ \t]*\n)|(?=\s*{_DASH}))|(?!)))?"
        rf"(?:\.?\s*{_DASH}\s*(?:(?P<a4>[A-ZА-ЯЁ][\w]+(?: [A-ZА-ЯЁ][\w]+)?)\.\s)?|(?<=/)\.\s+"
        # "BAKU, Azerbaijan, November 4. The session ...": a dated dateline ending with a full stop;
        # "ANKARA" alone on the first line (Anadolu)
        rf"|(?(date)(?<=\.)\s+(?=[A-ZА-ЯЁ«\"“])|(?!))|(?P<line>[ \t]*\n)"
        # "New Delhi, Mar 24 (PTI) Japan's minister ...", "Ашхабад, 12 февраля 2025 г. (ЦентрАзия). Вчера ...": the
        # agency in brackets ends the dateline
        rf"|(?(a1)\.?\s+(?=[A-ZА-ЯЁ«\"“])|(?!))"
        # "ISLAMABAD, June 17 (APP): Deputy Prime Minister ...": a colon after the agency
        rf"|(?(a1)\s*:\s+|(?(a2)\s*:\s+|(?!)))"
        # "KATHMANDU, Jan 14: Minister ..." (Republica, The Himalayan Times): a colon after the date
        rf"|(?(date):\s+(?=[A-ZА-ЯЁ«\"“])|(?!))"
        # "SINGAPORE: Singapore and India on Tuesday ..." (CNA, The Straits Times): a known city and a colon
        rf"|(?(date)(?!)|(?P<colon>:\s+(?=[A-ZА-ЯЁ«\"“]))))",
        re.IGNORECASE if lang == "ru" else 0,
    )


# What may stand above a dateline: a headline, a byline and a time stamp of their own; first without, then with a
# short kicker line above the headline ("Pressemitteilung"), so that a short headline is not taken for a kicker and
# the dateline's paragraph for the headline ("Merz empfängt Michal\n\nBerlin, 17. September –")
_HEADER = (
    r"[^\n]{1,200}\n\s*(?:(?:By|Von|Автор:?)\s[^\n\d]{1,60}\n\s*)?"
    r"(?:(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:,?\s+\d{1,2}:\d\d(?::\d\d)?)?[ \t]*\n\s*)?"
)
_HEADERS = (re.compile(_HEADER), re.compile(r"[^\n.!?]{1,40}\n\s*(?=[^\n]{1,200}\n)" + _HEADER))


def parse_dateline(text: str, lang: str) -> Dateline | None:
    """The dateline at the start of ``text`` ("MINSK, 6. August (BelTA) –"), if there is one; after a headline line,
    at the start of the next paragraph ("Dresden, 12. März 2025 – ...").

    >>> parse_dateline("Kretschmer in Prag\\n\\nDresden, 12. März 2025 – Der Ministerpräsident ...", "de").year
    2025
    >>> parse_dateline("Hilfe für die Regenwälder\\n\\nAntananarivo (dpa) - Die Ministerin ...", "de").country
    'MG'
    """
    found = _dateline_at_start(text, lang)
    # (a blank line after it, or none: "…\nATHEN, 17. Juli."; and a byline of its own: "By A Staff Reporter")
    # ("Pressemitteilung\n\nDeutsch-Ugandischer Wirtschaftsrat gegründet\n\nBerlin, 13.11.2025 –": a kicker above it)
    # ("…\n\n20.01.2026 16:12\n\nTALLINN, Jan 20 (BNS) –": and a time stamp of its own)
    for header in _HEADERS:
        if found is not None:
            break
        headline = header.match(text)
        if headline is None or headline.group().rstrip().endswith((".", "!", "?")):
            continue
        after = _dateline_at_start(text[headline.end() :], lang)
        if after is not None and (after.day is not None or (after.agency and after.country)):
            # a dated dateline or a known city with its agency ("Antananarivo (dpa) -"): not any capitalised word
            found = replace(after, start=after.start + headline.end(), end=after.end + headline.end())
    return found


def _is_calendar_word(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` names a weekday or a month ("Dienstag", "March"), which begins a date, not a place."""
    folded = word.casefold()
    return folded in lex["weekdays"] or bool(re.fullmatch(rf"(?:{_month_alternation(lex)})\.?", word, re.IGNORECASE))


def _dateline_at_start(text: str, lang: str) -> Dateline | None:
    lex = load_lexicon(lang)
    match = _dateline_re(lang).match(text)
    if not match:
        return None
    city_form = match["city"]
    city = lex.city(city_form)
    state = lex.state_forms.get(city_form) or lex.state_forms.get(city_form.title())
    if city is None and state and (match["date"] or match["a0"] or match["a1"] or match["a2"]):
        city = (english_name(state), state)  # "Luxemburg, 18. November 2025 –": a city-state's dateline names it
    if match["colon"] and not (city and city_form.isupper()):
        return None  # "Note: …", "UPDATE: …": no place
    # ("Bellinzona, 10. März 2026 –": a place no gazetteer knows, dated by day and month, is a dateline too; not a
    # weekday's or month's name)
    dated_place = bool(match["date"]) and not _is_calendar_word(lex, city_form) and match["line"] is None
    if not city and not (city_form.isupper() or match["a0"] or match["a1"] or match["a2"] or dated_place):
        return None
    agency_raw = next((match[g] for g in ("a0", "a1", "a2", "a3", "a4", "a5") if match[g]), None)
    if match["line"] is not None and not city_form.isupper() and not (match["date"] and agency_raw):
        # a first line that is not a city in capitals is a headline, not a dateline ("Баку, 8 июля, АЗЕРТАДЖ" is one)
        return None
    agency = None
    if agency_raw:
        info = lex.publishers.get(agency_raw.strip()) or {k.casefold(): v for k, v in lex.publishers.items()}.get(
            agency_raw.strip().casefold()
        )
        agency = info["name"] if info else agency_raw.strip()
    day = month_number = year = None
    figures = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)", match["date"] or "")
    if figures:
        # ("14.05.25": a year in two figures is of this century)
        day, month_number = int(figures[1]), int(figures[2])
        year = int(figures[3]) + (2000 if len(figures[3]) == 2 else 0)
    elif match["date"]:
        mentions = find_dates(match["date"], lang, dt.date.today())
        numbers = re.findall(r"\d+", match["date"])
        if mentions:
            word = re.search(rf"(?:{_month_alternation(lex)})", match["date"], re.IGNORECASE)
            if word:
                month_number = _month_number(lex, word.group())
            day = int(next(n for n in numbers if len(n) <= 2))
            year_match = re.search(r"(?:19|20)\d\d", match["date"])
            year = int(year_match.group()) if year_match else None
    name = city[0] if city else city_form.title()
    return Dateline(match.start("city"), match.end(), name, city[1] if city else None, day, month_number, year, agency)
