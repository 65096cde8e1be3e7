"""Event coding: verb and noun patterns per sentence, participants, status, date and the state pair.

Each sentence is matched against the event patterns of the lexicon (kind + trigger).
Participants are the persons mentioned in the sentence (host and guest from the order
of mention where the pattern says ``roles: host-guest``); the status comes from tense
and modal cues (``status`` in the lexicon: postponed, announced, planned); the date
from the dates of the sentence or, for a held event, the dateline; the state pair from
the participants' states, completed by the article's main pair.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import pairwise
from typing import Any

from ingest.extract.dates import DateMention
from ingest.extract.lexicon import cue, load_lexicon, trie_alternation
from ingest.extract.orgs import Body, Org, head_kind, ministry_of, presence
from ingest.extract.people import Mention, People, Person, russian_morphology
from ingest.extract.scan import PatternScan, matches_at, pattern_scan

__all__ = ["Event", "find_events"]


@dataclass
class Event:
    """One coded event."""

    kind: str
    status: str
    sentence: tuple[int, int]
    rule: str
    confidence: float
    participants: list[tuple[Person, str | None]] = field(default_factory=list)
    date: str | None = None
    date_basis: str | None = None
    countries: tuple[str, ...] = ()
    speaker: Person | None = None
    body: Body | None = None
    session_number: int | None = None
    founded: Body | None = None
    documents: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    part_of: Event | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    place: str | None = None
    org_participants: list[tuple[str, str | None]] = field(default_factory=list)
    speaker_org: str | None = None
    by_chairs_of: Event | None = None  # "the co-chairs signed": the chairs of that session, once they are known
    weak: bool = False  # coded from a weak trigger ("hat mit X gesprochen"), which a later word may name better


@cache
def _event_patterns(lang: str) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    lex = load_lexicon(lang)
    ordinals = trie_alternation(list(lex["ordinals"]))
    ordinal = rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th|\.|-?[ея]|-?го)?|{ordinals})"
    out = []
    for entry in lex["events"]:
        source = entry["re"].replace("{ordinal}", ordinal).replace("{session_word}", lex["session_words"])
        # English triggers are whole words ("met" is not "metal", "said" not "Saidov").
        tail = r"(?!\w)" if lang == "en" else ""
        out.append((re.compile(rf"(?<!\w){source}{tail}", re.IGNORECASE), entry))
    return out


@cache
def _event_scan(lang: str) -> PatternScan:
    return pattern_scan([pattern for pattern, _ in _event_patterns(lang)], r"(?<!\w)")


@cache
def _status_patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    lex = load_lexicon(lang)
    return [(name, re.compile(rf"(?<!\w){lex['status'][name]}", re.IGNORECASE)) for name in
            ("postponed", "cancelled", "announced", "planned")]  # fmt: skip


def _ordinal(lang: str, word: str) -> int | str | None:
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    ordinals: dict[str, Any] = load_lexicon(lang)["ordinals"]
    lowered = word.lower()
    for key in sorted(ordinals, key=len, reverse=True):
        if lowered.startswith(key):
            return ordinals[key]
    return None


def _status(lang: str, sentence: str, dates: list[DateMention], published: dt.date) -> str:
    # "war auf Reiches Einladung gekommen", "came at the invitation of": the invitation was made before; the event it
    # brought about is no plan
    sentence = cue(lang, "invited_by").sub(lambda m: " " * len(m.group()), sentence)
    # "vereinbarten … bei Verhandlungen": agreed at an event held, so no plan of it
    sentence = cue(lang, "agreed_at").sub(lambda m: " " * len(m.group()), sentence)
    for name, pattern in _status_patterns(lang):
        if pattern.search(sentence):
            if name in ("postponed", "cancelled"):
                return name
            future = [d for d in dates if d.value >= published.isoformat()[: len(d.value)]]
            if name == "announced":
                return "announced" if future else "planned"
            return "announced" if future and name == "planned" and lang == "xx" else "planned"
    # "Peters flies on to Nuku'alofa tomorrow": told in the present, but of a day still to come
    to_come = bool(dates) and all(d.relative and d.value > published.isoformat()[: len(d.value)] for d in dates)
    return "announced" if to_come else "held"


def find_events(
    text: str,
    lang: str,
    sentences: list[tuple[int, int]],
    people: People,
    bodies: list[Body],
    dates: list[DateMention],
    published: dt.date,
    pair: tuple[str, ...],
    place_of: Any,
    orgs: list[Org] | None = None,
) -> list[Event]:
    """Code the events of an article, sentence by sentence."""
    lex = load_lexicon(lang)
    orgs = [] if orgs is None else orgs  # (the caller's list: ministries an event implies are added to it)
    attend_re = re.compile(_ATTEND[lang], re.IGNORECASE)
    group_re = re.compile(_GROUP[lang], re.IGNORECASE)

    word_end = r"(?!\w)" if lang == "en" else ""
    statement_re = re.compile(
        rf"(?<!\w){lex['statement_verbs']}{word_end}|{cue(lang, 'speech_colon').pattern}", re.IGNORECASE
    )
    passive_re = re.compile(lex["host_guest_passive"], re.IGNORECASE)
    weekday_re = re.compile("|".join(map(re.escape, lex["weekdays"])), re.IGNORECASE)
    chair_re = re.compile(_CHAIR[lang], re.IGNORECASE)
    status_patterns = _status_patterns(lang)
    events: list[Event] = []
    anchor: Event | None = None
    signed_or_founded: Event | None = None  # a signing or founding of the story's days, if no event anchors it
    last_speaker: Person | None = None
    consumed: set[tuple[int, int]] = set()
    signatories_told: set[tuple[int, int]] = set()  # sentences that name the signatories of a signing before
    # the day the lead tells ("Liberia and Sierra Leone on Tuesday launched …"): the story's day, which a visit that
    # anchors the story, dated by its first day, is not
    lead = sentences[0] if sentences else (0, 0)
    # a first line without a full stop is a headline, which tells the lead's event again
    title = lead if not text[lead[0] : lead[1]].rstrip().endswith((".", "!", "?", "»", '"')) else None
    # (of the first sentence after a headline: "Portugal and Ireland sign memorandum" / "… today signed …")
    lead_told = sentences[1] if title is not None and len(sentences) > 1 else lead
    lead_day = next(
        (
            d.value
            for d in dates
            if lead_told[0] <= d.start < lead_told[1] and d.precision == "day" and d.value <= published.isoformat()
        ),
        None,
    )
    lead_next = sentences.index(lead_told) + 1 if lead_told in sentences else -1  # the sentence after the lead
    unnumbered: list[Event] = []  # "the next session" of a body before the text tells any session of it
    quoted_until = -1  # the last sentence of a quote signed on the line after it, told as one statement
    for index, sentence in enumerate(sentences):
        if index <= quoted_until:
            continue
        signed_quote = _signed_quote(text, sentences, index, people)
        if signed_quote is not None:
            # "“Ghana is one of Canada's most trusted partners …” / - The Honourable Anita Anand, Minister of Foreign
            # Affairs" (a release's quotes): a statement of the one who signs it, on the day of the release
            signer, quoted_until = signed_quote
            quote = Event("statement", "held", sentence, f"{lang}:statement-signed", 0.7, speaker=signer)
            quote.date, quote.date_basis = published.isoformat(), "dateline"
            quote.countries = _pair([signer], pair)
            quoted_until += 1  # the signature line, which names the speaker and tells nothing else
            quote.evidence += sentences[index : quoted_until + 1]
            events.append(quote)
            last_speaker = signer
            continue
        speech: Event | None = None  # a statement made at an event coded in this sentence
        # "Geleitet wurde die Sitzung von A und B": already the participants of the event before, whose sentence
        # may tell another event only ("…, who arrived yesterday for a two-day visit")
        followed = sentence in consumed
        s_start, s_end = sentence
        chunk = text[s_start:s_end]
        mentions = sorted(
            ((m.start, person, m) for person in people.people for m in person.mentions if s_start <= m.start < s_end),
            key=lambda item: item[0],
        )
        persons: list[Person] = []
        for _, person, _ in mentions:
            if person not in persons:
                persons.append(person)
        anaphors = [(s, role) for s, _e, role, holder in people.titles if holder is None and s_start <= s < s_end]
        # ("after last December's earthquake": a time of a thing, not of an event; "Tuesday's talks" are dated)
        in_sentence = [
            d
            for d in dates
            if s_start <= d.start < s_end
            and not _OF_A_THING.match(text, d.end)
            and not cue(lang, "document_period").search(text, max(s_start, d.start - 30), d.start)
            and not cue(lang, "event_ends").search(text, max(s_start, d.start - 30), d.start)
            and not _since_then(lang, text, s_start, d.start)
        ]
        as_written = in_sentence  # before a future status moves weekdays forward: the speech act is past
        s_bodies = [b for b in bodies if s_start <= b.start < s_end]
        eve = cue(lang, "eve_opening").match(chunk)
        of_event = lex.data.get("relative_day_of_event")
        # ("Накануне заседания …": the eve of the event the next word names, dated below)
        eve_of_named = bool(eve and of_event and re.match(of_event, chunk[eve.end() :]))
        if eve and anchor is not None and anchor.status == "held" and anchor.date and len(anchor.date) == 10:
            # "…провел во вторник консультации. Накануне …": the day before that event, not before publication
            day_before = (dt.date.fromisoformat(anchor.date) - dt.timedelta(days=1)).isoformat()
            a, b = s_start + eve.start(), s_start + eve.end()
            if any(a <= d.start < b for d in in_sentence):
                in_sentence = [replace(d, value=day_before) if a <= d.start < b else d for d in in_sentence]
            elif not in_sentence and not eve_of_named:
                # ("Днем ранее …": words no date reader counts from the article)
                in_sentence = [DateMention(a, b, day_before, "inferred", "day")]
        inline_eves = [] if eve else list(cue(lang, "eve_inline").finditer(chunk))
        if inline_eves and anchor is not None and anchor.status == "held" and anchor.date and len(anchor.date) == 10:
            # "X, who arrived in the Kazakh capital a day earlier": the day before the event told before
            day_before = (dt.date.fromisoformat(anchor.date) - dt.timedelta(days=1)).isoformat()
            for inline in inline_eves:
                a, b = s_start + inline.start(), s_start + inline.end()
                in_sentence = [d for d in in_sentence if not (a <= d.start < b)]
                in_sentence.append(DateMention(a, b, day_before, "inferred", "day"))
            in_sentence.sort(key=lambda d: d.start)
        if eve and eve_of_named and not in_sentence:
            # "Накануне заседания грузинский министр была принята …": the day before the event that word names
            word = re.match(r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(\w+)", chunk[eve.end() :])
            eve_kinds = _noun_kinds(word.group(1)) if word else set()
            eve_event = next(
                (e for e in reversed(events)
                 if e.kind in eve_kinds and e.status == "held" and e.date and len(e.date) == 10),
                None,
            )  # fmt: skip
            if eve_event is not None and eve_event.date is not None:
                day_before = (dt.date.fromisoformat(eve_event.date) - dt.timedelta(days=1)).isoformat()
                in_sentence = [DateMention(s_start + eve.start(), s_start + eve.end(), day_before, "inferred", "day")]
        status = _status(lang, chunk, in_sentence, published)
        date, basis = _date(in_sentence, status, published)
        if cue(lang, "visit_began").search(chunk):
            # "The visit began on Monday in Mogilev, where …": the visit told before began that day
            visit = next((e for e in reversed(events) if e.kind == "visit" and e.status == "held"), None)
            if visit is not None and _first_day(date, basis, visit.date):
                visit.date, visit.date_basis = date, basis
        if cue(lang, "session_opened").search(chunk) and date and basis != "dateline" and len(date) == 10:
            # "… co-chaired the third session. The session opened on Friday": the session told before, undated but by
            # the dateline, began that day
            # (or dated only by the visit it is told in: "arrived last Thursday for a visit, during which he co-chaired
            # the third session")
            session = next(
                (
                    e
                    for e in reversed(events)
                    if e.kind == "session"
                    and e.status == "held"
                    and (e.date_basis == "dateline" or _dated_by_its_visit(e, events))
                ),
                None,
            )
            if session is not None and session.date and (session.date_basis != "dateline" or date <= session.date):
                session.date, session.date_basis = date, basis
        took_place = cue(lang, "event_took_place").match(chunk)
        if took_place and date and basis != "dateline" and len(date) == 10 and date <= published.isoformat():
            # "… has presented her credentials to President X. The ceremony took place … on Tuesday": the event told
            # just before, dated only by the dateline, was held that day
            kinds = _noun_kinds(took_place.group(1))
            noun_event = next((e for e in reversed(events) if e.kind in kinds and e.status == "held"), None)
            if (
                noun_event is not None
                and noun_event.date_basis == "dateline"
                and noun_event.date
                and date <= noun_event.date
            ):
                noun_event.date, noun_event.date_basis = date, basis
                noun_event.evidence.append(sentence)
        # statements
        verb = statement_re.search(chunk) if not followed else None
        later = (
            statement_re.search(chunk, verb.end()) if verb and cue(lang, "attribution").search(verb.group()) else None
        )
        if verb and later and any(s_start + verb.end() < p < s_start + later.start() for p, _person, _m in mentions):
            verb = later  # "According to the ministry, Sugiono told Wong that …": he speaks, as the ministry reports
        referred = [s for s, _role in anaphors] + [s for s, _role in people.bare if s_start <= s < s_end]
        # ('"…," he said': a person speaks, whom the sentences before name)
        pronoun_subject = _pronoun_subject(lang, chunk, verb) if verb else None
        attribution = verb and _attribution_without_person(chunk, verb, s_start, mentions, referred)
        if lang == "en" and attribution and not pronoun_subject:
            verb = None  # "..., the Russian Foreign Ministry said.": the source of the report, not a person
        if verb and cue(lang, "press_source").fullmatch(chunk, verb.start()):
            verb = None  # "…, сообщила пресс-служба главы государства.": the source of the report, no statement
        if (
            verb
            and cue(lang, "attribution").search(verb.group())
            and re.search(r",\s*\S+\s+\S+\s*$", chunk[: verb.start()])  # a clause opening: ", bei denen"
            and any(
                entry["kind"] in ("meeting", "talks") and pattern.search(chunk, 0, verb.start())
                for pattern, entry in _event_patterns(lang)
            )
        ):
            # "führte sie Gespräche mit X, bei denen nach Angaben des Außenministeriums … im Mittelpunkt standen":
            # the source of what the talks told before were about, no statement
            verb = None
        if status in ("planned", "announced"):
            in_sentence = [_forward(d, published, bool(weekday_re.search(text[d.start : d.end]))) for d in in_sentence]
            date, basis = _date(in_sentence, status, published)
        kinds_found: list[tuple[re.Match[str], dict[str, Any]]] = []
        # "A and B signed the minutes, while C and D inked a memorandum": one event of a kind per clause
        boundaries = [m.start() for m in cue(lang, "clause_break").finditer(chunk)]
        clause_of: dict[int, tuple[int, int]] = {}  # id of a trigger -> its clause, when triggers are in several

        # (each pattern tried only where one of them can begin, and only if one can begin there: see pattern_scan)
        starts, tried = _event_scan(lang).candidates(chunk)
        event_patterns = _event_patterns(lang)
        for pattern, entry in (event_patterns[i] for i in tried):
            if entry["kind"] == "statement":
                continue
            match = next(matches_at(pattern, chunk, starts), None)
            if match and entry.get("after"):
                # "The next round will be held in Dhaka in 2026": a word that tells an event only after a cue
                match = next(
                    (
                        m
                        for m in matches_at(pattern, chunk, starts)
                        if cue(lang, entry["after"]).search(chunk, max(0, m.start() - 120), m.start())
                    ),
                    None,
                )
            if match and status in ("planned", "announced"):
                # "agreed to relaunch ministerial talks …, after X held talks with Y": the talks told in the past
                match = next(
                    (m for m in matches_at(pattern, chunk, starts) if _clause_is_past(lang, chunk, m, status_patterns)),
                    match,
                )
            same_kind = [m for m, k in kinds_found if k["kind"] == entry["kind"]]
            if (
                match
                and same_kind
                and all(
                    _clause_span(boundaries, len(chunk), m.start())
                    != _clause_span(boundaries, len(chunk), match.start())
                    for m in same_kind
                )
            ):
                kinds_found.append((match, entry))  # "ein Treffen mit X ..., wo ihn Y empfangen wird": another
            elif match and not same_kind:
                kinds_found.append((match, entry))
                repeats = [match]
                for later in matches_at(pattern, chunk, starts, after=match.end()):
                    if any(repeats[-1].start() < b < later.start() for b in boundaries):
                        repeats.append(later)
                        kinds_found.append((later, entry))

        # "Die nächste Runde der Konsultationen": a word that yields to any other of talking or meeting in the sentence
        if any(not k.get("yields") and k["kind"] in ("meeting", "talks", "session") for _, k in kinds_found):
            kinds_found = [(m, k) for m, k in kinds_found if not k.get("yields")]
        # "soll das Gremium erstmals … zusammenkommen": the words of a session are no meeting of their own
        sessions = [m for m, k in kinds_found if k["kind"] == "session"]
        kinds_found = [
            (m, k) for m, k in kinds_found
            if k["kind"] not in ("meeting", "talks") or not any(o.start() <= m.start() < o.end() for o in sessions)
        ]  # fmt: skip
        # "held a virtual meeting", "telephone talks": a meeting or talks whose words tell a call is that call
        calls = [m for m, k in kinds_found if k["kind"] in ("phone-call", "video-call")]
        kinds_found = [
            (m, k)
            for m, k in kinds_found
            if k["kind"] not in ("meeting", "talks")
            or not any(
                (o.start() < m.end() and m.start() < o.end())
                # "провел переговоры в формате видеоконференции", "held talks via video link", and further on in
                # the clause: "Консультации … прошли в четверг в формате видеоконференции"
                or (
                    o.start() > m.end()
                    and re.search(rf"(?:{cue(lang, 'call_format').pattern})$", chunk[m.end() : o.start()])
                    and not re.search(r"[;:]|,\s+(?:and|und|и|а)\s", chunk[m.end() : o.start()])
                )
                # "провел в формате видеоконференции встречу": the format may come first
                or (
                    o.end() <= m.start()
                    and not chunk[o.end() : m.start()].strip()
                    and re.search(rf"(?:{cue(lang, 'call_format').pattern})$", chunk[: o.start()])
                )
                for o in calls
            )
        ]
        # a weak trigger ("hat mit X gesprochen") codes an event only when the sentence tells no other, and the
        # article told no call before (of which it then speaks)
        if any(not k.get("alone") and k["kind"] != "statement" for _, k in kinds_found) or any(
            e.kind in ("phone-call", "video-call") for e in events
        ):
            kinds_found = [(m, k) for m, k in kinds_found if not k.get("alone")]
        kinds_found = [
            (m, k) for m, k in kinds_found if not k.get("alone") or any(p >= s_start + m.end() for p, _, _ in mentions)
        ]  # (its partner is named after "mit")
        # "По итогам встречи аким и губернатор подписали", "sagte X nach dem Telefonat": the event told before,
        # no new one
        frames = [(m.start(), m.end()) for m in cue(lang, "framed").finditer(chunk)]
        # (not "during the visit of Prime Minister Modi to Hanoi in September 2016": a time of its own)
        own_times = [d.value[:7] for d in in_sentence if d.basis == "stated" and not d.relative]
        told_last = next((e for e in reversed(events) if e.kind != "statement"), None)
        if told_last is not None and told_last.weak:
            # "Reiche hat mit Ebrard gesprochen. In dem Telefonat am Mittwoch …": what was told as talking was a call
            told_last.kind = next(
                (k["kind"] for m, k in kinds_found
                 if k["kind"] in ("phone-call", "video-call") and any(a <= m.start() < b for a, b in frames)),
                told_last.kind,
            )  # fmt: skip
        for m, k in kinds_found:
            framed_events = (
                [e for e in events if _may_name(k["kind"], e)] if any(a <= m.start() < b for a, b in frames) else []
            )
            if (
                framed_events
                and framed_events[-1].status == "held"
                and framed_events[-1].date_basis == "dateline"
                and not own_times
            ):
                # "… hat Hussein in Berlin empfangen. Bei dem Treffen ging es am Dienstag um …": the day it was held
                told, told_basis = _date(in_sentence, "held", published)
                if told and len(told) == 10 and told_basis != "dateline":
                    framed_events[-1].date, framed_events[-1].date_basis = told, told_basis
        _heads_of_sides(lang, chunk, kinds_found, frames, events, persons)
        kinds_found = [
            (m, k)
            for m, k in kinds_found
            if not any(a <= m.start() < b for a, b in frames)
            or not any(
                _may_name(k["kind"], e) and not (own_times and e.date and not _same_time(own_times[0], e.date[:7]))
                for e in events
            )
        ]
        if followed:
            kinds_found = [(m, k) for m, k in kinds_found if k["kind"] not in ("meeting", "talks", "session")]
            if not kinds_found:
                continue
        if sentence in signatories_told:
            kinds_found = [(m, k) for m, k in kinds_found if k["kind"] != "signing"]
        # (a trigger in a relative clause about a person has that person: "A led one side at the consultations,
        # while B, who arrived on Sunday for a visit, led the other" splits no clauses of its own)
        who_clauses = [(m.start(), m.end()) for m in cue(lang, "relative_who").finditer(chunk)]
        main_triggers = [m for m, _ in kinds_found if not any(a <= m.start() < b for a, b in who_clauses)]
        if len({_clause_span(boundaries, len(chunk), m.start()) for m in main_triggers}) > 1:
            # "Li Qiang met with Puan, ..., during which he also held talks with Prabowo": each event has the
            # persons of its own clause
            clause_of = {id(m): _clause_span(boundaries, len(chunk), m.start()) for m, _ in kinds_found}
        if attend_re.search(chunk) and events and not kinds_found:
            events[-1].evidence.append(sentence)  # "An dem Treffen nahm auch ... teil": an attendee
            continue
        # "An dem Gespräch nahm auch X teil" after a video conference: the talk told before, named by a word of talking
        talked_of = any(
            k["kind"] in ("meeting", "talks") and cue(lang, "talked_of").search(chunk[: m.start()])
            for m, k in kinds_found
        )
        attended = [
            e
            for e in events
            if any(_may_name(k["kind"], e) if talked_of else k["kind"] == e.kind for _, k in kinds_found)
        ]
        attending = attend_re.search(chunk)
        if attending and any(
            k["kind"] == "signing"
            and any(s_start + m.end() <= position < s_start + attending.start() for position, _, _ in mentions)
            for m, k in kinds_found
        ):
            attending = None  # "unterzeichneten A und B im Beisein der beiden Regierungschefs": present at the signing
        if (
            attending
            and cue(lang, "not_signing", re.IGNORECASE).fullmatch(attending.group())
            and any(k["kind"] == "signing" and m.start() > attending.end() for m, k in kinds_found)
        ):
            attending = None  # "Im Beisein X und Y schlossen zudem A und B eine Vereinbarung": present at this signing
        # "…, wurde er von X empfangen, an dem auch Y teilnahm": Y attends the event of the main clause
        relative_attending = (
            attending is not None
            and not attended
            and attending.groupdict().get("relative") is not None
            and any(m.end() <= chunk.rfind(",", 0, attending.start()) for m, _ in kinds_found)
        )
        if (
            attending
            and not attended
            and not relative_attending
            and len(kinds_found) == 1
            and kinds_found[0][1]["kind"] in ("meeting", "talks")
            and kinds_found[0][0].start() < attending.end()
            and len(chunk[: kinds_found[0][0].start()].split()) <= 3
            and (
                conversation_before := next((e for e in reversed(events) if e.kind not in ("statement", "visit")), None)
            )
            and conversation_before.status == "held"
            and len(conversation_before.participants) >= 2
        ):
            # "Die beiden Minister unterzeichneten … An dem Treffen nahmen auch X und Y teil": a meeting no sentence
            # told before, of those of the event told last; X and Y attend it
            kind = kinds_found[0][1]["kind"]
            event = Event(kind, "held", sentence, f"{lang}:attended-{kind}", 0.6)
            event.participants = [(p, None) for p, _ in conversation_before.participants]
            event.date, event.date_basis = conversation_before.date, conversation_before.date_basis
            event.countries = conversation_before.countries
            event.evidence.append(sentence)
            events.append(event)
            continue
        if attending and (attended or relative_attending):
            # "Am Vormittag war Wadephul mit X zusammengetroffen, an dem Treffen nahm auch Y teil": an event told
            # before the clause of attending is one of its own, with the persons named before that clause
            cut = chunk.rfind(",", 0, attending.start())
            told_first = [
                (m, k) for m, k in kinds_found
                if m.end() <= cut and not cue(lang, "talked_of").search(chunk[: m.start()])
            ]  # fmt: skip
            if not told_first:
                attended[-1].evidence.append(sentence)  # "В переговорах ... приняли участие ...": that event's
                continue
            kinds_found = told_first
            mentions = [item for item in mentions if item[0] < s_start + cut]
            persons = [p for p in persons if any(p is person for _, person, _ in mentions)]
        # "Bayramov noted that relations, raised after the signing of the treaty by presidents A and B, ...":
        # an event told inside a statement; both are coded, the event with the persons after "that" only
        org_before = verb is not None and any(
            s_start <= position < s_start + verb.start() for o in orgs for position, _ in o.mentions
        )  # "Eine Sprecherin des Auswärtigen Amts sagte, …"
        reported = (
            _reported_from(
                lang,
                chunk,
                verb,
                kinds_found,
                mentions,
                s_start,
                in_sentence,
                org_before or bool(pronoun_subject and pronoun_subject.start() < verb.start()),
            )
            if verb
            else None
        )
        invitation = re.search(f"{_INVITE_VERB[lang]}|{cue(lang, 'invitation_word').pattern}", chunk)
        if verb and (
            reported is not None
            or not any(
                k["kind"] in ("signing", "founding", "session", "credentials", "phone-call", "video-call")
                # "мы заинтересованы в создании совместных производств", – отметил X: a noun of founding is a topic
                and not (k["kind"] == "founding" and cue(lang, "founding_noun", re.IGNORECASE).match(m.group()))
                for m, k in kinds_found
            )
        ):
            bare = [(s, role) for s, role in people.bare if s_start <= s < s_end]
            # "Kamau conveyed the greetings of President William Ruto and said …": the sender of greetings is no
            # speaker
            senders = [(s_start + m.end(), s_start + m.end() + 60) for m in cue(lang, "sent_by").finditer(chunk)]
            speaking = [item for item in mentions if not any(a <= item[0] < b for a, b in senders)]
            speaker = _speaker(
                verb.start() + s_start, speaking, sorted(anaphors + bare), people, last_speaker, s_start, text,
                cue(lang, "plural_before"),
            )  # fmt: skip
            at_verb = s_start + verb.start()
            if (
                speaker is not None
                and cue(lang, "attribution").match(verb.group())
                and all(p < at_verb and ";" in text[p:at_verb] for p, person, _ in mentions if person is speaker)
            ):
                # "According to the Prime Minister's Office, the two discussed …", "A traf den Papst …; das Gespräch
                # dauerte nach Angaben des Vatikans …": a source speaks, not a person of another clause or sentence
                speaker = None
            if speaker is None and pronoun_subject:
                # '"…," he said.', "sagte er", "— заявил он": the one the sentences before are about
                told_last = next((e for e in reversed(events) if e.kind == "statement"), None)
                speaker = _pronoun_referent(people, sentences, index, told_last)
            quoted_before = cue(lang, "speaker_after").search(chunk[: verb.start()])
            if quoted_before:
                # "..., said Foreign Minister Murat Nurtleu.", "«…», – отметил Жамшид Ходжаев": the speaker follows
                # the verb, after title words only
                words = r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for))*\s*" if lang == "en" else r"(?:\s+\S+){0,6}?\s*"
                after = [
                    p
                    for position, p, _ in mentions
                    if 0 <= position - s_start - verb.end() <= 80
                    and re.fullmatch(words, text[s_start + verb.end() : position])
                ]
                speaker = after[0] if after else speaker
            # (a news agency reports what others say: "как передает агентство «Анадолу»" is no statement of its own)
            sources = [org for org in orgs if org.kind != "news-agency"]
            speaking_org = _org_subject(lang, sources, s_start, s_start + verb.start(), mentions, text)
            attributed = _attributed_org(lang, sources, text, (s_start + verb.start(), s_start + verb.end()), mentions)
            positions_before = [position for position, _, _ in mentions] + [position for position, _ in anaphors]
            if attributed is not None and any(position < s_start + verb.start() for position in positions_before):
                # "Bayramov hob nach Angaben des Ministeriums … hervor", "Im anschließenden Gespräch sprach die
                # Präsidentin nach Angaben des State House … an": the person speaks, as reported
                attributed = None
            source = speaking_org or attributed
            if source is not None:
                # "The Belarusian Foreign Ministry said ...": the ministry speaks, at the event the article tells;
                # "По данным министерства, ...": the ministry's figures, given for the report, on its day
                event = Event("statement", "held", sentence, f"{lang}:statement-org", 0.6)
                event.speaker_org = source.key
                event.part_of = anchor
                event.date, event.date_basis = (
                    (anchor.date, anchor.date_basis)
                    if anchor and speaking_org is not None
                    else (published.isoformat(), "dateline")
                )
                event.countries = _pair([], (*source.countries, *pair))
                event.evidence.append(sentence)
                events.append(event)
                if reported is None:
                    continue
                # "Eine Sprecherin des Auswärtigen Amts sagte, die erste Sitzung … werde im November stattfinden"
                mentions, persons, anaphors = _in_span(reported, s_start, mentions, persons, anaphors)
                in_sentence = as_written
                date, basis = _date(in_sentence, status, published)
            if speaker is not None and speaker.country and len(pair) == 2 and speaker.country not in pair:
                continue  # "Der ukrainische Präsident kritisierte den Besuch": a third state's voice
            if speaker is not None:
                last_speaker = speaker
                # the statement told last (an event told aside in its sentence may have been coded after it)
                previous = next((e for e in reversed(events) if e.kind == "statement"), None)
                # ('X said … . "…," he said.': the same utterance goes on, with a quote's opening sentence between)
                if (
                    previous
                    and previous.speaker is speaker
                    and (
                        previous.evidence[-1][1] >= s_start - 2
                        or (pronoun_subject and previous.evidence[-1] in sentences[index - 2 : index])
                    )
                ):
                    previous.evidence += [s for s in sentences[index - 1 : index] if previous.evidence[-1][1] < s[0]]
                    previous.evidence.append(sentence)
                    if reported is None:
                        continue
                    # "Глава МИД напомнил, что … раунд консультаций прошел в октябре 2024 года": the speaker goes on,
                    # and the event the words report is coded below
                    event = previous
                else:
                    event = Event("statement", "held", sentence, f"{lang}:statement", 0.7, speaker=speaker)
                    # "В ходе переговоров Рыженков отметил …": made at the talks told before, not at the article's event
                    # ("Как отметил на переговорах Саидов": a frame between the verb and the speaker's name)
                    named_after = [p for p, person, _ in mentions if person is speaker and p > s_start + verb.end()]
                    between = chunk[verb.start() : named_after[0] - s_start] if named_after else ""
                    # ("12 февраля И.Сакович был принят Министром … Бахрейнский министр высоко оценил": at the event the
                    # sentence before told with the speaker, not at the article's first)
                    just_before = next(
                        (e for e in reversed(events)
                         if e.kind not in ("statement", "visit") and e.status == "held"
                         and _news_of_the_day(e, published) and index
                         and e.sentence == sentences[index - 1] and any(p is speaker for p, _ in e.participants)),
                        None,
                    )  # fmt: skip
                    # ("„…“, sagte Kerschbaumer bei der Unterzeichnung", "told reporters after the talks": a frame of
                    # being at the event or right after it, close after the verb; not "dabei" or "the talks were")
                    after_speaker = chunk[verb.end() : verb.end() + 70]
                    frame_after = cue(lang, "framed").search(after_speaker)
                    named_frame_after = (
                        frame_after.group()
                        if frame_after
                        and frame_after.start() <= 40
                        and not re.search(r"[,;]", after_speaker[: frame_after.start()])
                        and cue(lang, "framed_at").match(frame_after.group())
                        else ""
                    )
                    at = (
                        _framed_by(lang, chunk[: verb.start()], events, speaker)
                        or _framed_by(lang, between, events, speaker)
                        or _framed_by(lang, named_frame_after, events, speaker)
                        or just_before
                        or anchor
                        or signed_or_founded
                    )
                    if (
                        previous
                        and previous.speaker is not speaker
                        and index
                        and previous.evidence[-1] in sentences[max(0, index - 2) : index]
                        and cue(lang, "in_reply").search(chunk)
                    ):
                        # "The Tanzanian minister, for his part, said": a reply, made where the statement before it was
                        at = previous.part_of
                    event.part_of = at
                    event.date, event.date_basis = (
                        (at.date, at.date_basis) if at else (published.isoformat(), "dateline")
                    )
                    if at is not None and at is anchor:
                        # "… complained in the Oval Office on Wednesday. Mr Martin, who arrived on Tuesday …"
                        event.date, event.date_basis = _day_in_story(anchor, lead_day)
                    said_on = _date_of_verb(
                        as_written,
                        s_start + verb.start(),
                        s_start + verb.end(),
                        published,
                        text,
                        s_start,
                        cue(lang, "speech_audience"),
                    )
                    frame = cue(lang, "speaking_frame").match(chunk)
                    framed_day = next(
                        (d for d in as_written
                         if d.precision == "day" and s_start <= d.start < s_start + frame.end()
                         and d.value <= published.isoformat()),
                        None,
                    ) if frame else None  # fmt: skip
                    if said_on is None and framed_day is not None and at is not None and at.date != framed_day.value:
                        # "Speaking to journalists on Thursday evening, Khaleel said": not at Wednesday's event told
                        # before
                        event.part_of, said_on = None, framed_day
                    if said_on is not None:  # "Fidan said on Thursday": the day the verb gives
                        event.date, event.date_basis = said_on.value, said_on.basis
                    event.countries = _pair([speaker], pair)
                    event.evidence.append(sentence)
                    events.append(event)
                    contrast = cue(lang, "other_speaker").search(chunk, verb.end())
                    second_verb = statement_re.search(chunk, contrast.end()) if contrast else None
                    second_speaker = next(
                        (p for position, p, _ in mentions
                         if contrast and second_verb and p is not speaker
                         and s_start + contrast.end() <= position < s_start + second_verb.start()),
                        None,
                    )  # fmt: skip
                    if second_speaker is not None and (len(pair) != 2 or second_speaker.country in (None, *pair)):
                        # "Odumegwu-Ojukwu described Ireland as …, while Richmond said …": the other side speaks too
                        reply = Event("statement", "held", sentence, f"{lang}:statement", 0.7, speaker=second_speaker)
                        reply.part_of, reply.date, reply.date_basis = event.part_of, event.date, event.date_basis
                        reply.countries = _pair([second_speaker], pair)
                        reply.evidence.append(sentence)
                        events.append(reply)
                        last_speaker = second_speaker
                if reported is not None:
                    # the reported event is coded below like any other, from the persons of the reported clause
                    own_mentions = [item for item in mentions if item[1] is speaker]
                    if pronoun_subject and not own_mentions and speaker is not None:
                        # ("He added that he planned to lead a trade mission to Beijing": the pronoun names him)
                        said_by = s_start + pronoun_subject.start()
                        own_mentions = [
                            (said_by, speaker, Mention(said_by, s_start + pronoun_subject.end(), "pronoun"))
                        ]
                    mentions, persons, anaphors = _in_span(reported, s_start, mentions, persons, anaphors)
                    travels = cue(lang, "speaker_travels").search(chunk, reported[0], reported[1])
                    if travels and not mentions and not anaphors and own_mentions:
                        # "Reiche kündigte an, im Frühjahr nach Bangkok zu reisen": the speaker travels
                        mentions, persons = own_mentions[:1], [speaker]
                    in_sentence = as_written
                    date, basis = _date(in_sentence, status, published)
                else:
                    talks_after = [
                        (m, e)
                        for m, e in kinds_found
                        if e["kind"] in ("talks", "meeting") and m.start() > verb.end() and len(persons) >= 2
                    ]
                    # (not one the words report: "stated that the Summit Meeting between A and B, held in October",
                    # but "told X that …, after talks with Y")
                    after_talks = [
                        (m, e)
                        for m, e in talks_after
                        if not cue(lang, "that").search(chunk, verb.end(), m.start())
                        or cue(lang, "after_words").search(chunk, max(0, m.start() - 12), m.start())
                    ]
                    invited_visits = [
                        (m, e) for m, e in kinds_found
                        if e["kind"] == "visit" and invitation and invitation.start() < m.start()
                    ]  # fmt: skip
                    if after_talks:
                        # "Fidan said on Thursday after talks with his counterpart Bayramov": the talks too, at which
                        # the statement was made, on the day of the statement
                        kinds_found, speech = after_talks[:1], event
                        told, told_basis = _date(as_written, "held", published)
                        if said_on is None and told and told_basis != "dateline":
                            # "… called for … during a meeting with X … on Wednesday": the day of the sentence
                            event.date, event.date_basis = told, told_basis
                        in_sentence, date, basis, status = as_written, event.date, event.date_basis, "held"
                    elif invited_visits:
                        # "Mohamad reiterated an invitation for Lavrov to pay an official visit": the visit too
                        kinds_found = invited_visits[:1]
                    elif talks_after:
                        # "Он напомнил, что в июне прошлого года Арсе встретился с Путиным": the meeting the words
                        # report, not one the statement was made at
                        kinds_found = talks_after[:1]
                    elif met_before := [
                        (m, e) for m, e in kinds_found
                        if e["kind"] in ("meeting", "talks") and m.start() < verb.start()
                        and (len(persons) >= 2 or (anchor is not None and cue(lang, "follow_up").search(chunk)))
                    ]:  # fmt: skip
                        # "President Tinubu on Tuesday received the German minister and assured her ...": the
                        # reception (or talks, meeting) too, at which the statement was made
                        kinds_found, speech = met_before[:1], event
                    elif visits_told := [
                        (m, e) for m, e in kinds_found
                        if e["kind"] == "visit" and _visit_told_aside(lang, chunk, m, verb, as_written, published)
                    ]:  # fmt: skip
                        # "Son, who arrived in Manila on Monday for a visit, noted …", "Путин напомнил о своём
                        # государственном визите в Ханой в июне 2024 года": the visit too, on its own day
                        kinds_found = visits_told[:1]
                        aside = s_start + visits_told[0][0].start()
                        in_sentence = [d for d in as_written if d.start >= aside] or as_written
                        date, basis = _date(in_sentence, "held", published)
                    else:
                        continue
        received_at = next(((m, e) for m, e in kinds_found if e["kind"] == "meeting" and e.get("roles")), None)
        received = received_at[1] if received_at else None
        if received_at is not None and any(
            e["kind"] == "talks"
            # (not talks of a clause of their own: "Тогда его принял президент X, а Лавров провел переговоры с Y")
            and _clause_span(boundaries, len(chunk), m.start())
            == _clause_span(boundaries, len(chunk), received_at[0].start())
            for m, e in kinds_found
        ):
            kinds_found = [(m, {**e, "roles": "host-guest"} if e["kind"] == "talks" else e)
                           for m, e in kinds_found if e is not received]  # fmt: skip
        in_this: list[Event] = []
        # the two of different states who met in the sentence before: whom "both" or "the two" stand for first
        pair_before = next(
            (
                e for e in reversed(events)
                if index and sentences[index - 1] in e.evidence and e.status == "held" and len(e.participants) == 2
                and e.participants[0][0].country != e.participants[1][0].country
            ),
            None,
        )  # fmt: skip
        # Which triggers a cue of plan or future is nearest to; a trigger no cue is nearest to, in a sentence with
        # a cue, is told in the past ("the invitation, passed on in their phone call on 3 September")
        cue_is_mine = (
            {id(m): _nearest_cue_is_mine(lang, chunk, m, kinds_found, status_patterns) for m, _ in kinds_found}
            # (not a future told by its day alone: "flies on to Nuku'alofa tomorrow")
            if status != "held" and any(pattern.search(chunk) for _name, pattern in status_patterns)
            else {}
        )
        for m, _k in kinds_found:
            # "wird im Mai nach Skopje reisen und dort mit X zusammentreffen", "will travel to X and meet Y": a
            # trigger joined by "and" to one that has the cue shares it
            if cue_is_mine and not cue_is_mine[id(m)]:
                cue_is_mine[id(m)] = any(
                    cue_is_mine[id(o)]
                    and o.end() <= m.start()
                    and re.search(r"\s(?:und|and|и)\s", chunk[o.end() : m.start()])
                    and not re.search(r"[,;]", chunk[o.end() : m.start()])
                    for o, _ in kinds_found
                )
        mixed = not all(cue_is_mine.values())
        # once per sentence: its relative clauses of founding or signing, and whether it is framed by an earlier event
        relative_spans = [(m.start(), m.end()) for m in cue(lang, "relative_clause").finditer(chunk)]
        frame_words, same_day = cue(lang, "framed").search(chunk), cue(lang, "same_day").search(chunk)
        framed_sentence = bool(frame_words or same_day)
        # "… arrived in Yerevan on Wednesday. The same day, X received him": the day the sentence before tells
        same_day_only = bool(same_day) and not frame_words
        named_frame = _named_frame(lang, chunk, sentences[index - 1] if index else None) if framed_sentence else None
        # relative clauses about a person named right before them ("Szijjártó, der am Nachmittag …"), and that person
        about_persons = [
            (clause, named)
            for clause in who_clauses
            if (named := _antecedent(mentions, s_start + clause[0], text, people)) is not None
        ]
        for match, entry in kinds_found:
            kind = entry["kind"]
            if kind in ("meeting", "talks", "visit", "session") and cue(lang, "document_topic_before").search(
                chunk[max(0, match.start() - 120) : match.start()]
            ):
                continue  # "eine Absichtserklärung über regelmäßige politische Konsultationen": what the paper is about
            ev_status, ev_dates, ev_date, ev_basis = status, in_sentence, date, basis
            if status in ("planned", "announced") and _only_topics_planned(lang, chunk, match, status_patterns):
                # "Bei dem anschließenden Gespräch erörterten die Diplomaten die Vorbereitung des Forums": the plan is
                # what they talked of; the talk itself was held
                ev_status, ev_dates = "held", as_written
                ev_date, ev_basis = _date(ev_dates, ev_status, published)
            own = _dates_of_clause(relative_spans, s_start, match.start(), ev_dates)
            # "Die Ministerin, die sich seit Montag … aufhält, traf im Anschluss X": a relative clause about a
            # person the trigger is not in has its own time
            told_aside, antecedent = next(
                (((a, b), named) for (a, b), named in about_persons if a <= match.start() < b), (None, None)
            )
            if told_aside is None:
                own = [d for d in own if not any(a <= d.start - s_start < b for (a, b), _named in about_persons)]
            # "The visa-free regime, which took effect in January 2024, was agreed during the visit in November
            # 2023": the time of a relative clause about a thing, which the trigger is not in, is its own
            asides = [(m.start(), m.end()) for m in cue(lang, "relative_thing").finditer(chunk)]
            if not any(a <= match.start() < b for a, b in asides):
                own = [d for d in own if not any(a <= d.start - s_start < b for a, b in asides)]
            report_tail = (
                cue(lang, "said_after").search(chunk, match.end()) if ev_status in ("planned", "announced") else None
            )
            if report_tail is not None:
                # "… agreed to set up a committee, the FCDO said in a statement on Tuesday evening": the day of the
                # report, not of what is planned
                own = [d for d in own if d.start - s_start < report_tail.start()]
            own_in_clause: list[DateMention] = []
            if id(match) in clause_of:
                # "… co-chaired the fourth session – the first since the third was held in Monrovia in 2021": a time
                # told in a clause after a dash with an event of its own is that event's
                my_clause = clause_of[id(match)]
                others = {
                    clause_of[id(m)]
                    for m, _ in kinds_found
                    if clause_of.get(id(m), my_clause) != my_clause
                    and re.match(r"\s*[–—]", chunk[clause_of[id(m)][0] :])
                }  # (after a dash: what the other clauses tell may be of one event, told in parts)
                own = [d for d in own if not any(a <= d.start - s_start < b for a, b in others)]
                # "… during the visit of A to X in November last year and the visit of B to Y in April": a time told
                # in the trigger's own clause is its own
                in_clause = [d for d in own if my_clause[0] <= d.start - s_start < my_clause[1]]
                twin = any(k["kind"] == kind and clause_of.get(id(m)) != my_clause for m, k in kinds_found)
                own_in_clause = in_clause if twin else []
                own = own_in_clause or own
            if own != ev_dates:  # "…, which was established last year, was also held": not the session's date
                ev_dates = own
                ev_date, ev_basis = _date(ev_dates, ev_status, published)
            # "Collins will travel to Canberra in May for talks with Marles": talks that are the purpose of a
            # planned trip are planned with it
            cue_elsewhere = not cue_is_mine.get(id(match), True) and not _is_purpose(lang, chunk, match)
            planned = ev_status in ("planned", "announced")
            if (
                status in ("planned", "announced")
                and (cue_elsewhere or _clause_is_past(lang, chunk, match, status_patterns))
            ) or (
                planned
                and (
                    # "Merz hatte Mickoski im Juli in einem Telefonat nach Berlin eingeladen": the invitation is to a
                    # visit; the call it was made in was held
                    (kind in ("phone-call", "video-call") and _invited_by_call(lang, chunk, status_patterns))
                    # "Mr Aingimea and Ms Leckie signed a grant arrangement under which New Zealand will fund …": the
                    # plan is the thing's, told in a relative clause after the event's verb in the past
                    or _plan_in_relative_after_past_verb(lang, chunk, match, status_patterns)
                )
            ):
                # "Bayramov, who is paying a visit at the invitation of Fidan, arrived on Wednesday": the future
                # or plan is in another clause; this one is past, and its weekday is not moved to the coming week
                # ("who arrived on Monday …, conveyed an invitation to visit Manila next year")
                clause_starts = {d.start for d in own_in_clause}
                ev_status, ev_dates = "held", [d for d in as_written if d.start in clause_starts] or as_written
                ev_date, ev_basis = _date(ev_dates, ev_status, published)
            elif planned and _plan_after_past_date(chunk, s_start, match, status_patterns, own, published):
                # "In September 2024, during X's state visit to Beijing, the two sides agreed to …": the plan comes
                # after the event, which the date its own clause states before publication dates
                ev_status, ev_dates = "held", own
                ev_date, ev_basis = _date(ev_dates, ev_status, published)
            if (
                told_aside
                and kind in ("meeting", "talks")
                and _status(lang, chunk[told_aside[0] : told_aside[1]], [], published) == "held"
            ):
                # "Begleitet wird der Gast von Außenminister Szijjártó, der am Nachmittag mit Meinl-Reisinger
                # zusammentraf": told in the past, the relative clause's own event, of its antecedent
                ev_status, ev_dates = "held", [d for d in as_written if told_aside[0] <= d.start - s_start]
                ev_date, ev_basis = _date(ev_dates, ev_status, published)
            else:
                told_aside = None
            event = Event(
                kind, ev_status, sentence, f"{lang}:{kind}:{entry['re'][:40]}", 0.75, weak=bool(entry.get("alone"))
            )
            event.evidence.append(sentence)
            here, chaired = persons, chunk
            if told_aside and antecedent:
                inside = [
                    p for p in persons if any(told_aside[0] <= m.start - s_start < told_aside[1] for m in p.mentions)
                ]
                here = [antecedent, *(p for p in inside if p is not antecedent)]
            if id(match) in clause_of:
                here = _clause_persons(lang, chunk, clause_of[id(match)], kind, mentions, s_start) or persons
            relative = next(((a, b) for a, b in relative_spans if a <= match.start() < b), None)
            if relative is not None:  # "the treaty, which was signed in Tashkent in 2024, Goyal said": its own persons
                here = [p for p in persons if any(relative[0] <= m.start - s_start < relative[1] for m in p.mentions)]
            if (
                not persons
                and (ev_status == "held" or kind == "session")  # ("It will be co-chaired by A and B": a session's)
                and kind in ("meeting", "talks", "session", "video-call", "phone-call")
                and index + 1 < len(sentences)
            ):
                following = _follow_up(text, sentences[index + 1], chair_re, people)
                if following:
                    # "Die Sitzung leiteten A und B." / "The talks were attended by A and B.": the next sentence
                    # names the participants of this event
                    here, chaired = following, text[sentences[index + 1][0] : sentences[index + 1][1]]
                    consumed.add(sentences[index + 1])
                    event.evidence.append(sentences[index + 1])
                    opening = chair_re.match(text, *sentences[index + 1])
                    subject_dates = [d for d in dates if opening and opening.start() <= d.start < opening.end()]
                    if ev_basis == "dateline" and len(subject_dates) == 1:  # "The session on Thursday was …"
                        ev_date, ev_basis = _date(subject_dates, ev_status, published)
            if not persons and ev_status == "held" and kind == "founding" and index + 1 < len(sentences):
                following = _follow_up(text, sentences[index + 1], cue(lang, "body_founded_by"), people)
                if following:
                    # "Kenya and the UK launched the council. The council was launched in Nairobi by A and B": the
                    # next sentence names its founders
                    here = following
                    event.evidence.append(sentences[index + 1])
            if not persons and ev_status == "held" and kind == "signing" and index + 1 < len(sentences):
                following = _follow_up(text, sentences[index + 1], cue(lang, "document_signed_by"), people)
                if following:
                    # "Kenya and Uganda on Monday signed an agreement. The agreement was signed … by A and B": the
                    # next sentence names its signatories
                    here = following
                    signatories_told.add(sentences[index + 1])
                    event.evidence.append(sentences[index + 1])
                    # ("… have signed a memorandum. The memorandum was signed on Wednesday by A and B": its day)
                    low, high = sentences[index + 1]
                    named_at = min(
                        (m.start for p in following for m in p.mentions if low <= m.start < high), default=high
                    )
                    dates_told = [d for d in dates if low <= d.start < named_at]
                    if ev_date == published.isoformat() and ev_basis != "stated" and len(dates_told) == 1:
                        ev_date, ev_basis = _date(dates_told, ev_status, published)
            event.date, event.date_basis = ev_date, ev_basis
            # (not when a twin's own clause gave the time: "Die 16. Sitzung hatte im vergangenen Jahr …; die 17. …")
            if len(kinds_found) > 1 and not own_in_clause and (len(ev_dates) > 1 or (ev_dates and mixed)):
                # several events in one sentence: a date belongs to the trigger nearest to it ("the invitation
                # to visit Russia, passed on during their phone call on 3 September": the call's date)
                triggers = [s_start + m.start() for m, _ in kinds_found]
                mine = [
                    d for d in ev_dates
                    if min(triggers, key=lambda t: _distance(text, d.start, t)) == s_start + match.start()
                ]  # fmt: skip
                if not mine and kind == "visit":
                    # "will travel to Dublin in November to meet with X": a trip and the meeting that is its purpose
                    # share the time told between them
                    purposes = [
                        s_start + m.start()
                        for m, _ in kinds_found
                        if m.start() > match.start() and _is_purpose(lang, chunk, m)
                    ]
                    mine = [
                        d
                        for d in ev_dates
                        if min(triggers, key=lambda t: _distance(text, d.start, t)) in purposes
                        and s_start + match.start() < d.start
                    ]
                if not mine and kind in ("meeting", "talks") and _is_purpose(lang, chunk, match):
                    # "On Thursday he will travel to Shanghai to meet the mayor": the meeting that is a trip's purpose
                    # shares the time told before the trip
                    trips = [
                        s_start + m.start() for m, k in kinds_found if k["kind"] == "visit" and m.end() <= match.start()
                    ]
                    mine = [
                        d
                        for d in ev_dates
                        if d.start < s_start + match.start()
                        and min(triggers, key=lambda t: _distance(text, d.start, t)) in trips
                    ]
                if not mine and kind in ("meeting", "talks"):
                    # "Ramful met the Foreign Secretary at the Foreign Office on Tuesday, on his first visit to the
                    # UK": a day told between a meeting and the visit it is part of is the meeting's too
                    visits = [s_start + m.start() for m, k in kinds_found if k["kind"] == "visit"]
                    mine = [
                        d
                        for d in ev_dates
                        if len(d.value) == 10
                        and d.start > s_start + match.start()
                        and min(triggers, key=lambda t: _distance(text, d.start, t)) in visits
                    ]
                framing_date = (
                    len({d.value for d in ev_dates}) == 1
                    and ev_dates[0].value < published.isoformat()[: len(ev_dates[0].value)]  # a past event's frame
                    and ev_dates[0].start < s_start + match.start()  # the framed event and its date come first
                    and cue(lang, "frame_before").search(chunk, max(0, match.start() - 60), match.start())
                )
                if mine:
                    event.date, event.date_basis = mine[0].value, mine[0].basis
                elif framing_date:  # "set up in September 2024, during X's state visit": the visit frames it
                    event.date, event.date_basis = ev_dates[0].value, ev_dates[0].basis
                else:
                    event.date, event.date_basis = _date([], ev_status, published)
            if ev_status == "postponed" and not re.search(_NEW_DATE[lang], chunk, re.IGNORECASE):
                event.date, event.date_basis = None, None  # the date it was planned for is no longer its date
            if anchor is not None and ev_status == "held" and not ev_dates and anchor.date:
                event.date, event.date_basis = (
                    (anchor.date, anchor.date_basis) if kind == "visit" else _day_in_story(anchor, lead_day)
                )
            elif signed_or_founded is not None and ev_status == "held" and not ev_dates and signed_or_founded.date:
                # "Am Montag ist … der Wirtschaftsrat gegründet worden. Die Gründungsvereinbarung unterzeichneten …":
                # of a story of a founding or signing, the day of that
                event.date, event.date_basis = signed_or_founded.date, signed_or_founded.date_basis
            then = cue(lang, "then_in_clause").search(chunk, 0, match.start())
            told_then = [d for d in as_written if then and d.start - s_start < then.start()]
            if ev_status == "held" and not ev_dates and told_then:
                # "… визита в Астану в мае …, которая тогда провела переговоры с …": the time told before "then"
                event.date, event.date_basis = told_then[-1].value, told_then[-1].basis
            if ev_status == "held" and not ev_dates and cue(lang, "follow_up").match(chunk.lstrip()):
                # "Am Montag hatten Li und Mischustin … abgehalten. … Im Anschluss unterzeichneten Li und Mischustin
                # …": a sentence that goes on from the event told last, naming no day, is of that event's day (not a
                # visit's, which spans days: "Die Ministerin hält sich seit Dienstag in Tansania auf")
                told_last = next(
                    (e for e in reversed(events) if e not in in_this and e.kind not in ("statement", "visit")), None
                )
                if told_last is not None and _told_day_before(told_last, published):
                    event.date, event.date_basis = told_last.date, "inferred"
                elif told_last is not None and told_last.status == "held" and told_last.date == published.isoformat():
                    # "Heute führte Rösti … Gespräche … Im Anschluss unterzeichneten die beiden Minister": of the
                    # day of the story too, not of an earlier event the story began with
                    event.date, event.date_basis = told_last.date, told_last.date_basis
            if ev_status == "held" and not ev_dates and cue(lang, "spoke_after").search(chunk):
                # "…, Moleko said yesterday. Ntate Moleko was speaking after talks in Maseru with …": the talks were
                # on the day of the words
                said = next((e for e in reversed(events) if e.kind == "statement" and e not in in_this), None)
                if said is not None and said.date:
                    event.date, event.date_basis = said.date, said.date_basis
            framing = (
                (
                    (_same_day_before(lang, text, events, sentences[index - 1]) if same_day_only and index else None)
                    or _framing_event(events, named_frame, {p.key for _, p, _ in mentions})
                )
                if framed_sentence and ev_status == "held" and not ev_dates
                else None
            )
            if framing is not None:  # "Following the talks, …", "On the same day, …": the day of the event told before
                event.date, event.date_basis = framing.date, framing.date_basis
            elif (
                ev_status == "held"
                and event.date_basis == "dateline"
                and lead_day is not None
                and index > 0
                and any(a <= match.start() < b for a, b in frames)
                and kind in _kinds_named(lang, text[lead[0] : lead[1]])
            ):
                # "… following bilateral consultations held in Abuja on Monday. A led the Nigerian side at the
                # consultations": the ones the lead tells, of the lead's day
                event.date, event.date_basis = lead_day, "inferred"
            elif (
                ev_status == "held"
                and event.date_basis == "dateline"
                and lead_day is not None
                and not ev_dates
                and index == lead_next
                and all(e.kind == "statement" for e in events if lead_told in e.evidence)
            ):
                # "Foreign Minister A on Tuesday urged his Mexican counterpart to … In a phone call with B, A noted
                # …": the event the lead's words were said at, told next, is of the lead's day
                event.date, event.date_basis = lead_day, "inferred"
            if (
                # "Spajić ist am Mittwoch in Belgrad eingetroffen. Im Palast Serbien empfing ihn Macut": a sentence
                # that goes on in the paragraph, naming no day of its own, is of the day the sentence before tells
                framing is None
                and ev_status == "held"
                and event.date == published.isoformat()
                and not ev_dates
                and index > 0
                and kind != "statement"
                and "\n" not in text[sentences[index - 1][1] : s_start]
                and not cue(lang, "earlier_opening").match(chunk)
            ):
                day_before_told = [
                    e for e in events
                    if e.sentence == sentences[index - 1] and e.status == "held" and e.kind != "statement"
                    and e.date_basis in ("stated", "inferred") and len(e.date or "") == 10
                    # ("Die Ministerin hält sich seit Dienstag in Tansania auf": not the day of what follows)
                    and not (e.kind == "visit" and cue(lang, "staying_since").search(text, *sentences[index - 1]))
                ]  # fmt: skip
                if day_before_told and day_before_told[-1].date != event.date:
                    event.date, event.date_basis = day_before_told[-1].date, "inferred"
            if not ev_dates and cue(lang, "at_that_time").match(chunk):
                # "Последний раз Лавров побывал в Бразилии в феврале 2024 года. Тогда его принял …": that time
                dated_before = [e for e in events if e.date and e.kind != "statement" and e.sentence != sentence]
                if dated_before:
                    event.date, event.date_basis = dated_before[-1].date, dated_before[-1].date_basis
            if kind == "session":
                number = _ordinal(lang, match.group("ord"))
                if entry.get("body") == "previous":  # "the committee's sixth session": the body named before
                    body = _last_body(events, bodies, s_start + match.start())
                else:
                    body = _nearest_body(s_bodies, s_start + match.end()) or _last_body(events)
                head = re.match(r"\s+(\w+)", chunk[match.end() :])
                named_kind = head_kind(lang, head.group(1)) if head else None
                if body is not None and named_kind and body.kind != named_kind:
                    # "шестого заседания комитета" next to the name of a commission: the committee named before
                    before = [b for b in bodies if b.kind == named_kind and b.start < s_start + match.start()]
                    body = before[-1] if before else body
                if body is None and named_kind:
                    # "Четырнадцатое заседание комиссии состоялось …": the commission named in a sentence before
                    before = [b for b in bodies if b.kind == named_kind and b.start < s_start]
                    body = before[-1] if before else None
                if body is None:
                    continue
                if number in ("next", "previous"):
                    # "the next session", "the previous session took place in Kasane": one after, or before, the
                    # last one of the body told so far
                    numbers = [e.session_number for e in events if _same_body(e.body, body) and e.session_number]
                    if not numbers and number == "next" and ev_status != "held":
                        # "Следующее заседание … пройдет в июне. Предыдущее, четырнадцатое заседание состоялось …":
                        # one after the last one the text tells, once it has told it
                        unnumbered.append(event)
                        number = 0
                    else:
                        number = (max(numbers) + (1 if number == "next" else -1)) if numbers else None
                if not isinstance(number, int) or (number < 1 and event not in unnumbered):
                    continue
                event.body, event.session_number = body, number
                held = [e.session_number or 0 for e in events if _same_body(e.body, body) and e.status == "held"]
                if held and number < max(held) and not ev_dates:
                    event.date, event.date_basis = None, None  # "the committee's sixth session": an earlier one
                # (not a month without a year the year inference put ahead, "in February" told in the past: the
                # last February, which _held_before gives)
                if (
                    ev_status == "held"
                    and ev_dates
                    and ev_dates[0].value > published.isoformat()
                    and ev_dates[0].basis == "stated"
                ):
                    event.status = "announced"
                event.participants = (
                    [(p, "co-chairing") for p in here]
                    if re.search(r"co-?chair|leitete|[Gg]eleitet|сопредседател|под председательством|провел", chaired)
                    else [(p, None) for p in here]
                )
                event.countries = body.countries
                if event.status != "held" and chaired is chunk:
                    # (unless the next sentence names who will chair it, or this one after the session: "…, which will
                    # be co-chaired by A and B in Beijing", "…, which A is expected to co-chair with B"; those who
                    # agreed on it before do not chair it)
                    chair_word = _PLANNED_CHAIR.search(chunk, match.end())
                    low, high = s_start + match.end(), s_start + len(chunk)
                    chairs = [p for p in here if chair_word and any(low <= m.start < high for m in p.mentions)]
                    event.participants = [(p, "co-chairing") for p in chairs[:2]]
            elif kind == "founding":
                demonstrative = re.match(r"\s*(?:Diese[rs]?|This|The|Эт[аоиу]\w*|Данн\w+)\s+\w+", chunk)
                founded = (_last_body(events, bodies, s_start) if demonstrative or not s_bodies else s_bodies[0]) or (
                    s_bodies[0] if s_bodies else None
                )
                if founded is None:
                    continue
                nominal = cue(lang, "founding_noun", re.IGNORECASE).match(match.group())
                signed = next((e for e in reversed(events) if e.kind == "signing" and e.sentence == sentence), None)
                # "подписали соглашение об учреждении делового совета", "signed an MoU establishing the Joint
                # Committee": the document signed founds the body; a declaration of intent only plans it
                by_document = (
                    nominal is not None
                    and signed is not None
                    and ev_status == "held"
                    and cue(lang, "founding_document").search(chunk[: match.start()]) is not None
                    # (the body named right after it: "a memorandum on the creation of a joint digital freight
                    # platform" founds no commission told before)
                    and any(
                        0 <= b.start - (s_start + match.start()) <= match.end() - match.start() + 40 for b in s_bodies
                    )
                )
                if by_document:
                    founded = next(b for b in s_bodies if b.start >= s_start + match.start())
                if nominal and not ev_dates and ev_status == "held" and not by_document:
                    continue  # "a memorandum on the creation of …", "обсудили создание": a topic, not a founding
                event.founded = founded
                event.countries = founded.countries
                event.status = ev_status if ev_status in ("planned", "announced") else "held"
                framed = cue(lang, "framed").search(chunk)
                if framed and anchor is not None and event.status == "held" and framed.start() < match.end():
                    event.date, event.date_basis = anchor.date, anchor.date_basis  # "По итогам видеоконференции ..."
                elif not ev_dates and not (event.status == "held" and cue(lang, "founded_by").match(match.group())):
                    event.date, event.date_basis = None, None
                # "министры учредили", "Karner und Dobrindt hatten … eingerichtet": those who found it; else the
                # organisations that do ("gründeten die Wirtschaftskammer Österreich und die Qatar Chamber …")
                actively = cue(lang, "founded_by").match(match.group()) or cue(lang, "founded_perfect").search(
                    chunk[: match.start()]
                )
                # "ТПП РФ и Торговая палата Иордании учредили совет, соглашение об этом подписали A и B": the
                # organisations named before the verb found it, those who sign after it do not
                org_subjects = _acting_orgs(orgs, s_start, s_start + match.start()) if actively else []
                if org_subjects and not any(
                    s_start <= m.start < s_start + match.start() for p in here for m in p.mentions
                ):
                    event.org_participants = [(o.key, None) for o in org_subjects]
                elif actively:
                    founders = here or (
                        [p for p, _ in anchor.participants] if anchor is not None and group_re.search(chunk) else []
                    )
                    event.participants = [(p, None) for p in founders]
                    if not founders:
                        event.org_participants = [(o.key, None) for o in _acting_orgs(orgs, s_start, s_end)]
                elif cue(lang, "founded_by_agents").match(chunk, match.end()) and not here:
                    # "Совет был учрежден … Белорусской торгово-промышленной палатой и Федерацией саудовских палат"
                    event.org_participants = [(o.key, None) for o in _acting_orgs(orgs, s_start + match.end(), s_end)]
                intent = by_document and cue(lang, "intent_document").search(chunk[: match.start()]) is not None
                if intent:
                    event.status, event.date, event.date_basis = "planned", None, None
                elif signed is not None and (
                    by_document
                    or (event.status == "held" and cue(lang, "founded_by_document").search(chunk[: match.start()]))
                ):
                    # "подписали соглашение, которым учрежден деловой совет": those who signed found it, that day
                    event.participants = [(p, None) for p, _ in signed.participants]
                    event.org_participants = [(key, None) for key, _ in signed.org_participants]
                    event.date, event.date_basis = signed.date, signed.date_basis
                elif cue(lang, "founded_by_passive").match(chunk, match.end()) and not event.participants:
                    # "The council was established by the Federation of Saudi Chambers and NACCIMA": those after "by"
                    by_from = s_start + match.end()
                    event.participants = [(p, None) for p in here if any(m.start >= by_from for m in p.mentions)]
                    event.org_participants = [(o.key, None) for o in _acting_orgs(orgs, by_from, s_end)]
                    if event.status == "held" and not ev_dates and (event.participants or event.org_participants):
                        event.date, event.date_basis = published.isoformat(), "dateline"  # as "Стороны учредили"
                if event.status != "held":
                    # "They agreed to set up a business council": a body to come, founded by no one yet
                    event.participants, event.org_participants = [], []
                earlier_founding = next(
                    (
                        e
                        for e in events
                        if e.kind == "founding"
                        and e.status == event.status
                        and e.founded is not None
                        and _same_body(e.founded, founded)
                    ),
                    None,
                )
                if by_document and earlier_founding is not None:
                    # "Singapore and South Korea on Sept 18 set up a joint committee … The MoU establishing the
                    # committee was signed by A and B": the founding told before, by those who signed
                    if not (earlier_founding.participants or earlier_founding.org_participants):
                        earlier_founding.participants, earlier_founding.org_participants = (
                            event.participants,
                            event.org_participants,
                        )
                        if earlier_founding.date is None or earlier_founding.date_basis == "dateline":
                            earlier_founding.date, earlier_founding.date_basis = (
                                event.date,
                                event.date_basis,
                            )  # the day it was signed
                    earlier_founding.evidence.append(sentence)
                    continue
            elif kind == "signing":
                documents = _documents(text, lang, sentence, match.end() + s_start)
                if not documents:
                    continue
                event.documents = documents
                # (not a body the signing took place at, nor one a person present works in: "signed at the Ministry
                # of Foreign Affairs … in the presence of the Chief Executive Officer in the Ministry of Defence")
                s_orgs = [
                    o
                    for o in _acting_orgs(orgs, s_start, s_end)
                    if not all(cue(lang, "venue_before").search(text, max(s_start, s - 30), s) for s, _ in o.mentions
                               if s_start <= s < s_end)
                ]  # fmt: skip
                signing_persons = persons
                if id(match) in clause_of:
                    # "A and B signed the minutes, after which agency C and agency D signed a memorandum": the
                    # organisations named before the verb in its own clause, when no person is named there
                    a, b = clause_of[id(match)]
                    s_orgs = [
                        o for o in s_orgs if any(s_start + a <= s < s_start + match.start() for s, _ in o.mentions)
                    ]
                    signing_persons = [
                        p for p in persons if any(s_start + a <= m.start < s_start + b for m in p.mentions)
                    ]
                trigger = s_start + match.start()
                # "the two co-chairs signed the minutes, while A and B signed an agreement": a group word of its own
                # clause
                clause_start, clause_end = clause_of.get(id(match), (0, len(chunk)))
                # (one character of the verb in view: "Beide" is a group word only before a lower-case word)
                group_word = group_re.search(chunk, clause_start, min(len(chunk), match.start() + 1))
                group_subject = group_word is not None and group_word.start() < match.start()
                witnesses: list[Person] = []
                if cue(lang, "witnessing").search(chunk, max(0, match.start() - 40), match.start()):
                    # "The two ministers witnessed the signing of an MoU between A and B": those before are present
                    group_subject = False
                    witnesses = [
                        p for p in here if any(trigger > m.start >= s_start + clause_start for m in p.mentions)
                    ]
                    signing_persons = [p for p in signing_persons if p not in witnesses]
                # "… in January 2024, during which the two sides signed …": a group word of another time is not
                # those of the event the sentence follows
                background = bool(
                    anchor is not None and ev_dates and ev_date and anchor.date and not _same_time(ev_date, anchor.date)
                )
                # "Im Anschluss an das Treffen mit Scheich Mohammed unterzeichneten die beiden Außenminister": a group
                # word right after the verb is its subject, whoever else the sentence names
                inverted = group_re.match(chunk[match.end() :].lstrip()) is not None
                # ("главы государств подписали декларацию, а министры A и B – меморандум": the clause's own group)
                by_role = (
                    _group_members(lang, chunk, people, pair, anchor, s_start, lead[1])
                    if not persons or inverted or (id(match) in clause_of and group_subject and not signing_persons)
                    else []
                )
                witnessed = cue(lang, "witnessed_by").search(chunk, clause_start, match.start())
                # (where the word after "в присутствии", "in the presence of" begins)
                after_witnessed = len(chunk) - len(chunk[witnessed.end() :].lstrip()) if witnessed else 0
                if witnessed and any(pattern.match(chunk, after_witnessed) for pattern, _ in _group_roles(lang)):
                    # "в присутствии сопредседателей палата X и палата Y заключили соглашение": present, not signing
                    by_role, group_word, group_subject = [], None, False
                if id(match) in clause_of and not group_subject:
                    by_role = []
                group_subject = group_subject or inverted
                if by_role and (group_subject or re.match(r"\s*(?:by|von)\b", chunk[match.end() :]) or lang == "ru"):
                    # "Die beiden Minister unterzeichneten ...", "сопредседатели подписали протокол"
                    event.participants = [(p, "signatory") for p in by_role]
                    event.countries = _pair(by_role, pair)
                elif (
                    group_subject
                    and not persons
                    and (told_pair := pair_before or anchor) is not None
                    and told_pair.participants
                    and not background
                ):
                    # "the ministers signed a memorandum between ministry A and ministry B": the ministers sign;
                    # "… traf im Anschluss Finanzminister X. Beide unterzeichneten": the two of the sentence before
                    signing_pair = [p for p, _ in told_pair.participants]
                    event.participants = [(p, "signatory") for p in signing_pair]
                    event.countries = _pair(signing_pair, pair)
                elif (
                    s_orgs
                    and (not signing_persons or (presence(chunk) and not _heads_of(text, s_orgs, signing_persons)))
                    and (
                        lang != "en"
                        or any(s < trigger for o in s_orgs for s, _ in o.mentions)
                        or not group_subject
                        or re.match(r"\s*by\b", chunk[match.end() :])  # "was signed by X and Y"
                    )
                ):
                    event.org_participants = [(o.key, "signatory") for o in s_orgs]
                    event.countries = _pair([], tuple(dict.fromkeys(c for o in s_orgs for c in o.countries)) + pair)
                else:
                    # ("the two sides" of another time sign nothing here, nor do those who witness; but "the
                    # presidents of Russia and Venezuela, Vladimir Putin and Nicolas Maduro, signed" name them)
                    named_in_group = group_word is not None and any(
                        s_start + group_word.end() <= position < trigger for position, _, _ in mentions
                    )
                    signers = (
                        [] if background and group_subject and not named_in_group
                        else [p for p in here if p not in witnesses]
                    )  # fmt: skip
                    # "13 agreements were signed in the presence of the two presidents", "было подписано в ходе
                    # государственного визита Президента X": those present or visiting do not sign
                    present_cues = list(cue(lang, "not_signing", re.IGNORECASE).finditer(chunk))
                    present_spans = [_present_span(m, match.start(), boundaries, sentence) for m in present_cues]
                    present = (
                        _named_only(signers, sentence, partial(_in_spans, present_spans, 0)) if present_spans else []
                    )
                    # ("в присутствии Лидера нации министр финансов … Каххорзода и Пак Юн Джу подписали": one named in
                    # the nominative after those present is a subject, who signs)
                    witnessed_only = all(
                        cue(lang, "witnessed_by", re.IGNORECASE).match(m.group()) for m in present_cues
                    )
                    subject_from = min(
                        (m.start for p in present for m in p.mentions
                         if witnessed_only and m.case == "nomn" and s_start <= m.start < s_end),
                        default=s_end,
                    )  # fmt: skip
                    present = [
                        p for p in present if not any(subject_from <= m.start < s_end for m in p.mentions)
                    ]  # fmt: skip
                    signers = [p for p in signers if p not in present]
                    if (
                        not signers
                        and anchor is not None
                        and group_re.search(chunk, clause_start, clause_end)
                        and not background
                    ):
                        signers = [p for p, _ in anchor.participants]
                    if (
                        not signers
                        and anchor is not None
                        and anchor.kind == "session"
                        and _co_chairs(lang, chunk[clause_start:clause_end])
                    ):
                        event.by_chairs_of = anchor  # its chairs are found after all sentences are read
                    event.participants = [(p, "signatory") for p in signers]
                    event.countries = _pair(signers, pair)
            else:
                participants = here
                asides = [(m.start(), m.end()) for m in cue(lang, "relative_who").finditer(chunk)]
                if kind == "visit":
                    titled_visitor = _visitor_of_relative_clause(people, anaphors, asides, match.start(), s_start)
                    if titled_visitor is not None:
                        # "Die Ministerin, die sich seit Montag zu einem Besuch in dem Land aufhält, wurde von
                        # Präsident Chapo empfangen": the one the title before the clause refers to, not the host
                        participants = [titled_visitor]
                if kind in ("meeting", "talks", "visit", "credentials") and not any(
                    a <= match.start() < b for a, b in asides
                ):
                    # "… was received by Mirziyoyev, who asked them to convey his greetings to President Erdogan":
                    # one named only in a relative clause the trigger is not in takes no part
                    set_aside = _named_only(participants, sentence, partial(_in_spans, asides, s_start))
                    # "…, where he delivered a message from President Tinubu": the sender is not there
                    senders = [(m.end(), m.end() + 60) for m in cue(lang, "sent_by").finditer(chunk, match.end())]
                    # "… presented their credentials to the Head of State in a ceremony witnessed by X": X attends
                    senders += [(m.end(), m.end() + 80) for m in cue(lang, "witnessed_by").finditer(chunk)]
                    set_aside += _named_only(participants, sentence, partial(_in_spans, senders, s_start))
                    if len(set_aside) < len(participants):
                        participants = [p for p in participants if p not in set_aside]
                conversation = kind in ("meeting", "talks", "phone-call", "video-call")
                discussed = cue(lang, "discussed").search(chunk, match.end()) if conversation else None
                if discussed:
                    # "В ходе беседы стороны обсудили подготовку к визиту Президента X": X is talked of, not present
                    spoken_of = _named_only(
                        participants, sentence, partial(_topic_after, lang, chunk, discussed.end(), s_start)
                    )
                    participants = [p for p in participants if p not in spoken_of]
                    if spoken_of and not participants and anchor is not None and group_re.search(chunk):
                        participants = [p for p, _ in anchor.participants]  # "the sides": those of the event before
                holder = participants[0].counterpart_of if len(participants) == 1 and conversation else None
                if (
                    holder is not None
                    and holder is not participants[0]
                    # (named as a counterpart in this sentence, not "der Gast" of a later one)
                    and any(post.sentence == sentence for post in participants[0].posts)
                ):
                    # "In einem Telefonat mit seinem armenischen Amtskollegen Mirsojan habe der CDU-Politiker …": the
                    # one whose counterpart is named takes part too
                    participants = [holder, *participants]
                politician = cue(lang, "party_politician").search(chunk[: match.start()])
                own_clause = clause_of.get(id(match), (0, len(chunk)))[0]
                pronoun = politician or (  # (German "sie", Russian "она" may be a thing or "they": talks, calls)
                    # (of the trigger's own clause: not "führte er …, anschließend empfing ihn X")
                    cue(lang, "personal_pronoun", re.IGNORECASE).search(chunk, own_clause, match.start())
                    # "Am Dienstag traf sie in Lima den Vizeminister": German puts the subject after the verb
                    or (cue(lang, "personal_pronoun").match(chunk, match.end() + 1) if lang == "de" else None)
                    if lang == "en" or kind in ("talks", "meeting", "phone-call", "video-call")
                    else None
                )
                # "the State Visit of X": the visitor is named
                visitor_named = kind == "visit" and (
                    match.group().lower().endswith(" of") or re.match(r"\s+of\b", chunk[match.end() :]) is not None
                )
                if (
                    pronoun
                    and not visitor_named
                    and not any(s_start <= pos < s_start + match.start() for pos, _p, _m in mentions)
                ):
                    # "During the visit, he met with X": the guest of the visit, else the last speaker
                    guests = [p for p, role in anchor.participants if role == "guest"] if anchor else []
                    referent = guests[0] if guests else last_speaker
                    if referent is None and politician:
                        # "Außenminister X hat … zugesichert. Der CDU-Politiker war … eingetroffen": the one named last
                        referent = next((p for _, p in reversed(people.mentioned(0, s_start))), None)
                    if referent is None and participants:
                        # "… co-chaired the commission with Son. Earlier, he was received by Prime Minister X": the
                        # one of another state than those named here, named last before
                        here_states = {p.country for p in participants}
                        referent = next(
                            (p for _, p in reversed(people.mentioned(0, s_start)) if p.country not in here_states),
                            None,
                        )
                    if referent is not None and referent not in participants:
                        participants = [referent, *participants]
                # "Тогда в Бразилиа его принял президент Лула", "empfing ihn": the one received is a pronoun
                object_pronoun = cue(lang, "object_pronoun")
                received_pronoun = bool(
                    object_pronoun.search(chunk[max(0, match.start() - 12) : match.start()])
                    or object_pronoun.match(chunk, match.end())
                )
                received_first = False  # the one received put first, before the host named in the sentence
                if (
                    entry.get("roles") == "host-guest"
                    and len(participants) == 1
                    and ((passive_re.search(chunk) and (anaphors or lang != "en")) or received_pronoun)
                ):
                    # "Anschließend wurde die Staatssekretärin von Vizepremierminister X empfangen": the one received
                    # is the visitor told before, of the other state (in English a description of them is a title
                    # without a name, "the minister was received by"; a pronoun is resolved above)
                    host = participants[0]
                    earlier = list(anchor.participants) if anchor else []
                    visitors = [p for p, role in earlier if role == "guest"] or [p for p, _ in earlier]
                    visitors = [p for p in visitors if p.country and p.country != host.country]
                    if len(visitors) != 1:
                        # no event told before names the visitor: the one the title words or the pronoun before
                        # the verb refer to, named in an earlier sentence ("Im Anschluss an die Unterzeichnung wurde
                        # die Ministerin von Premierminister Abiy Ahmed empfangen")
                        visitors = _received_before(
                            people, anaphors, host, s_start, chunk[: match.start()], lang, received_pronoun
                        )
                    if len(visitors) == 1:
                        participants, received_first = [visitors[0], host], True
                elif kind == "credentials" and len(participants) == 1 and cue(lang, "handed_to_pronoun").search(chunk):
                    # "… hat den neuen Botschafter empfangen. Mwale überreichte ihr dabei sein Beglaubigungsschreiben":
                    # the one handed them is the other side of the last event the envoy took part in
                    envoy = participants[0]
                    envoy_event = next(
                        (e for e in reversed(events) if any(p is envoy for p, _ in e.participants)), None
                    )
                    receivers = [
                        p
                        for p, _ in (envoy_event.participants if envoy_event else [])
                        if p.country and p.country != envoy.country
                    ]
                    if len(receivers) == 1:
                        participants = [envoy, receivers[0]]
                elif (
                    conversation
                    and len(participants) == 1
                    and not any(s_start <= position < s_start + match.start() for position, _, _ in mentions)
                ):
                    # "Earlier in the day, the envoy paid a courtesy call on Minister Todd": the title before the
                    # verb stands for its holder of another state, named before
                    titles_before = [
                        (start, role)
                        for start, role in [*anaphors, *people.bare]
                        if s_start <= start < s_start + match.start()
                    ]
                    before_verb = chunk[: match.start()]
                    inverted_title = [
                        (start, role)
                        for start, role in [*anaphors, *people.bare]
                        if 0 <= start - (s_start + match.end()) <= 6
                        and cue(lang, "subject_after_verb").match(chunk, match.end())
                    ]
                    if not titles_before and inverted_title:
                        # "Am Dienstag traf der Regierungschef in Berlin Ministerin Reiche": the subject after the verb
                        titles_before = inverted_title
                        before_verb = chunk[: inverted_title[0][0] - s_start + 1]
                    holders = (
                        _received_before(people, titles_before, participants[0], s_start, before_verb, lang)
                        if titles_before
                        else []
                    )
                    if len(holders) == 1:
                        participants = [holders[0], participants[0]]
                if kind == "visit" and _DEFINITE.fullmatch(_word_before(chunk, match.start())):
                    same = [e for e in events if e.kind == "visit"]
                    # "the visit": the one told before, unless of others ("during the visit of Prime Minister Modi
                    # to Hanoi in September 2016")
                    guests = [p for p, role in same[-1].participants if role == "guest"] if same else []
                    if same and participants and guests and not any(p in guests for p in participants):
                        same = []
                    if same:
                        same[-1].evidence.append(sentence)
                        continue
                group_words = [
                    (m.start(), m.end()) for pattern, _ in _group_roles(lang) for m in pattern.finditer(chunk)
                ]
                # "führten die Minister Gespräche": the title in a group word is that group, no one else
                titled = [a for a in anaphors if not any(s <= a[0] - s_start < e for s, e in group_words)]
                # ("The two ministers agreed to hold the next round": who agrees on a round of a format need not hold
                # it; a group stands for those who meet only at a word of meeting of its own)
                group_meets = not entry.get("yields")
                if group_meets and not participants and not titled:
                    # "The ministers agreed to meet again in Paris", "Die beiden Minister wollen sich treffen"
                    participants = _group_members(lang, chunk, people, pair, anchor, s_start, lead[1])
                elif (
                    group_meets
                    and conversation
                    and any(end <= match.start() for _, end in group_words)
                    and not any(s_start <= position < s_start + match.start() for position, _, _ in mentions)
                ):
                    # "The two Ministers had last met in Paris in February, during the visit of Prime Minister
                    # Modi": the group before the verb meets, with those named in the verb's own clause
                    members = _group_members(lang, chunk[: match.start()], people, pair, anchor, s_start, lead[1])
                    if len(members) == 2:
                        clause_end = _clause_span(boundaries, len(chunk), match.start())[1]
                        participants = members + [
                            p
                            for position, p, _ in mentions
                            if match.end() <= position - s_start < clause_end and p not in members
                        ]
                told_before = [p for p, _ in anchor.participants] if anchor is not None else []
                if (
                    len(participants) < len(told_before)
                    and all(p in told_before for p in participants)
                    # ("Im anschließenden Gespräch sprach die Präsidentin …": a title of one of them)
                    and all(any(post.role == role for p in told_before for post in p.posts) for _, role in anaphors)
                    and ev_status == "held"
                    and anchor is not None
                    and anchor.kind != kind
                    and cue(lang, "follow_up").search(chunk)
                ):
                    # "Bei dem anschließenden Gespräch erörterten die Diplomaten ...", "После церемонии состоялась
                    # беседа, в ходе которой стороны …": those of the event before, not some of them
                    participants = told_before
                possessive = re.search(_POSSESSIVE[lang], chunk[: match.start()]) if kind == "visit" else None
                if not participants and possessive and last_speaker is not None and last_speaker.mentions:
                    # "Глава государства отметил … договоренности, достигнутые в ходе его государственного визита":
                    # the visit of the one who speaks
                    participants = [last_speaker]
                ministries = cue(lang, "between_ministries").search(chunk, match.end(), match.end() + 80)
                ministries_before = cue(lang, "ministries_before").search(
                    chunk, max(0, match.start() - 40), match.end()
                )
                # "The sixth round", "Предыдущий раунд консультаций": an instance of a recurring format
                instance_word = cue(lang, "instance_before").search(chunk, max(0, match.start() - 120), match.start())
                if (
                    entry.get("yields")
                    and index
                    and _BARE_ROUND.fullmatch(match.group())
                    and instance_word
                    and not re.match(r"\s+(?:of|der|des|von)\b", chunk[match.end() :])
                ):
                    # "Die erste Runde soll im Herbst in Vientiane stattfinden": a round of what the sentence
                    # before tells, talks ("politische Konsultationen") or a meeting, else of the last such event
                    # told ("Zum Abschluss vereinbarten beide Seiten, die nächste Runde ... abzuhalten")
                    sentence_before = text[sentences[index - 1][0] : sentences[index - 1][1]]
                    kinds_told = [e.kind for e in events if e.kind in ("talks", "meeting")]
                    talks = "talks" in _kinds_named(lang, sentence_before) or kinds_told[-1:] == ["talks"]
                    event.kind = "talks" if talks else "meeting"
                if (
                    kind in ("meeting", "talks")
                    and len(pair) == 2
                    and ((ministries and not chunk[match.end() : ministries.start()].strip()) or ministries_before)
                    # ("erörterten A und B die Vorbereitung einer neuen Runde von Konsultationen zwischen den
                    # Außenministerien": those who talk of a round to come need not hold it)
                    and (not here or ev_status != "held")
                ):
                    # "die Runde der politischen Konsultationen zwischen den beiden Außenministerien": the two
                    # foreign ministries meet, when no one is named to hold them ("Собеседники вспомнили о раунде
                    # консультаций между внешнеполитическими ведомствами", "межмидовские консультации"); a meeting,
                    # as the corpus codes such rounds
                    event.kind, participants = "meeting", []
                    event.org_participants = [
                        (_foreign_ministry(orgs, people, code, sentence).key, None) for code in pair
                    ]
                elif not participants and not anaphors:
                    same = [e for e in events if e.kind == kind]
                    further = group_re.search(chunk) or cue(lang, "round_of").search(chunk)
                    # "Im Juni 2024 hatte eine Delegation aus Heilongjiang Grodno besucht": a delegation's dated visit
                    delegation = kind == "visit" and cue(lang, "delegation_travels").search(chunk)
                    # "The next summit will take place in Ireland next year", "The sixth round took place in
                    # Melbourne in May 2024": a dated instance of a recurring format, held or not
                    instance = (
                        kind in ("meeting", "talks")
                        and instance_word
                        # ("the first annual summit in Japan since 2018": a bound, not the summit's time)
                        and not any(_SINCE.match(text, d.start) for d in ev_dates)
                    )
                    series = instance and next(
                        (
                            e
                            for e in reversed(events)
                            if e.kind in ("talks", "meeting") and e.org_participants and not e.participants
                        ),
                        None,
                    )
                    if series:
                        # "… консультаций между МИД двух стран в 2026 году. Предыдущий раунд консультаций прошел в
                        # июне 2024 года": an earlier or later round of the two ministries' consultations told before
                        event.kind = series.kind
                        event.org_participants = list(series.org_participants)
                    if (
                        (ev_status == "held" and not delegation and not instance)
                        or not ev_dates
                        or not (further or delegation or instance)
                    ):
                        if same:
                            same[-1].evidence.append(sentence)
                        continue
                    # "the two sides agreed to hold the next round of consultations in 2026": a further event
                roles: list[str | None] = [None] * len(participants)
                if entry.get("roles") == "host-guest" and len(participants) >= 2:
                    participants, host_first = _host_named_first(
                        lang,
                        chunk,
                        match,
                        s_start,
                        mentions,
                        participants,
                        bool(received_first or passive_re.search(chunk)),
                    )
                    roles = ["host" if (i == 0) == host_first else "guest" for i in range(len(participants))]
                elif kind == "visit" and len(participants) == 1:
                    roles = ["guest"]
                event.participants = list(zip(participants, roles, strict=True))
                # "X accepted the invitation to visit …", "Министр принял приглашение …": the one accepting visits
                # (the word of invitation may be the trigger itself: "nahm eine Einladung Al Busaidis nach Maskat an")
                accepted = cue(lang, "accepted_invitation").search(chunk, 0, match.end()) if kind == "visit" else None
                if kind == "visit" and len(participants) > 1:
                    where = _place_state(lex, place_of(s_start, s_end))
                    invitation = re.search(_INVITATION[lang], chunk)
                    inviters = [
                        p for position, p, _ in mentions if invitation and position >= s_start + invitation.end()
                    ]
                    guests = [p for p in participants if where and p.country and p.country != where]
                    guests = [p for p in guests or participants if p not in inviters[:1]]
                    trigger = s_start + match.start()
                    invited = re.search(_INVITE_VERB[lang], chunk[: match.start()])
                    # those named between the word of inviting and the trigger, with where
                    invited_named = [
                        (position, p)
                        for position, p, _ in mentions
                        if invited and s_start + invited.end() <= position < trigger
                    ]
                    invitees = [p for _, p in invited_named]
                    # "передал приглашение министра … Сихасака … коллеге Рыженкову посетить": the one the invitation
                    # is passed to (dative) is invited, the one it is of invites
                    after_noun = [
                        (p, m.case)
                        for position, p, m in mentions
                        if invited
                        and cue(lang, "invitation_word").match(invited.group())
                        and s_start + invited.end() <= position < trigger
                    ]  # (only Russian mentions have a case)
                    of_inviter = (
                        [p for p, case in after_noun if case != "datv"]
                        if any(case == "datv" for _, case in after_noun)
                        else []
                    )
                    invitees = [p for p in invitees if p not in of_inviter]
                    passing = cue(lang, "invitation_passed").search(chunk, 0, invited.start()) if invited else None
                    passed_to = [
                        p
                        for position, p, _m in mentions
                        if passing
                        and invited
                        and cue(lang, "invitation_word").match(invited.group())
                        and s_start + passing.end() <= position < s_start + invited.start()
                    ]
                    if passed_to and after_noun and not any(case == "datv" for _, case in after_noun):
                        # "передал Майе Санду приглашение президента … Мирзиёева посетить Ташкент": the one it is
                        # passed to before the word is invited, the one it is of (after it) invites
                        of_inviter, invitees = [p for p, _ in after_noun], passed_to[-1:]
                    if not invitees and lang == "de" and re.search(r"\b(?:eingeladen|einlud|lädt)\b", chunk):
                        # "Merz hatte Mirsijojew im Sommer zu einem Besuch nach Berlin eingeladen": the object
                        # named last before "zu einem Besuch"
                        named_before = [p for position, p, _ in mentions if position < trigger]
                        zu_einem = re.search(r"\bzu(?:m| einem| einer)?\s+(?:\w+\s+)?$", chunk[: match.start()])
                        if len(named_before) >= 2 and zu_einem:
                            invitees = named_before[-1:]
                    accepting = [p for position, p, _ in mentions if accepted and position < s_start + accepted.start()]
                    subject = _relative_subject(text, mentions, trigger, lang)
                    if accepting:
                        # "Nurmukhambetov accepted the invitation of his Omsk counterpart to visit Omsk": he visits
                        inviters = [p for p in participants if p is not accepting[-1]][:1]
                        guests = accepting[-1:]
                    elif subject is not None:
                        guests = [subject]  # "US Special Envoy Witkoff, who visited Moscow": the visitor
                    elif invitees:
                        # "Ebrard lud Reiche ein, … nach Mexiko zu reisen": the invited visits, the one inviting hosts
                        inviters = [
                            p for position, p, _ in mentions if invited and position < s_start + invited.start()
                        ]
                        if (
                            lang == "de"
                            and invited is not None
                            and re.fullmatch(r"lud(?:en)?", invited.group())
                            and not inviters
                            and len(invitees) >= 2
                            and len(invited_named) >= 2
                            and not re.search(r",|\bund\b", text[invited_named[0][0] : invited_named[1][0]])
                        ):
                            # "Nach Angaben der Präsidentschaft lud Tshisekedi König Philippe zu einem Besuch ein": no
                            # one named before the verb, the first after it is its subject, who invites
                            inviters, invitees = invitees[:1], invitees[1:]
                        inviters, guests = of_inviter[:1] or inviters[-1:], invitees[:1]
                    event.participants = [(guests[0], "guest")] if guests else []
                    if inviters and guests and inviters[0].country != guests[0].country:
                        event.participants.append((inviters[0], "host"))  # "at the invitation of X": X hosts
                if (
                    accepted
                    and ev_status != "held"
                    and len(event.participants) == 1
                    and not any(position < s_start + accepted.start() for position, _, _ in mentions)
                ):
                    # "Министр принял приглашение Рустама Минниханова посетить Казань": the one the title before the
                    # verb stands for (of another state, named before) accepts and visits; the one invited by hosts
                    invitee = event.participants[0][0]
                    titles = [
                        (start, role)
                        for start, role in [*anaphors, *people.bare]
                        if s_start <= start < s_start + accepted.start()
                    ]
                    holders = (
                        _received_before(people, titles, invitee, s_start, chunk[: accepted.start()], lang)
                        if titles
                        else []
                    )
                    if len(holders) == 1:
                        event.participants = [(holders[0], "guest"), (invitee, "host")]
                if (
                    kind == "visit" and ev_status != "held" and invitation is not None and anchor is not None
                    and len(event.participants) == 1
                ):  # fmt: skip
                    # "Albanese nahm die Einladung dankend an", "Приглашение было принято": a visit the two of the
                    # conversation told first agreed on, the one not visiting hosts
                    conversed = [p for p, _ in anchor.participants]
                    invitee = event.participants[0][0]
                    if len(conversed) == 2 and invitee in conversed:
                        inviter = conversed[1 - conversed.index(invitee)]
                        if inviter.country and inviter.country != invitee.country:
                            event.participants.append((inviter, "host"))
                    elif invitee not in conversed and re.search(_INVITE_VERB[lang], chunk[: match.start()]):
                        # "Er lud Bundeskanzler Friedrich Merz zu einem Besuch in Albanien ein": one of the
                        # conversation told first, of the state to be visited, invites and hosts
                        where = _place_state(lex, place_of(s_start, s_end))
                        state_named = lex.state_re.search(chunk, match.end(), match.end() + 40)
                        where = where or (lex.state_of(state_named.group()) if state_named else None)
                        hosts = [p for p in conversed if p.country and p.country == where != invitee.country]
                        if len(hosts) == 1:
                            event.participants.append((hosts[0], "host"))
                event.countries = _pair(participants, pair, chunk, lang)
                if kind == "visit" and event.participants:
                    where = _place_state(lex, place_of(s_start, s_end))
                    guest = event.participants[0][0].country
                    if where and guest and where != guest:
                        event.countries = (guest, where)
                    visitor = event.participants[0][0]
                    bound = where or (lex.last_city(chunk[match.end() :]) or (None, None))[1]  # "nach Almaty"
                    ongoing = [
                        e for e in events
                        if e.kind == "visit" and e.status == "held" and e.participants
                        and e.participants[0][0] is visitor and bound in e.countries
                    ]  # fmt: skip
                    if bound and bound != guest and event.status != "held" and ongoing:
                        # "Am Mittwoch reist Bettel nach Almaty weiter": on within the state he visits, the same visit
                        ongoing[-1].evidence.append(sentence)
                        continue
            event.place = place_of(s_start, s_end)
            nth_day = cue(lang, "day_of_visit").search(chunk) if kind == "visit" else None
            nth = _ordinal(lang, nth_day.group("n")) if nth_day else None
            if isinstance(nth, int) and nth > 1 and event.date and len(event.date) == 10:
                # "on Thursday, the second day of his official visit": the visit is dated by its first day
                first = dt.date.fromisoformat(event.date) - dt.timedelta(days=nth - 1)
                event.date, event.date_basis = first.isoformat(), "inferred"
            if (
                event.status in ("planned", "announced")
                and event.date_basis == "dateline"
                and not any(d.basis == "dateline" for d in in_sentence)  # (kept when told: "will today host")
            ):
                event.date, event.date_basis = None, None
            if event.status in ("planned", "announced") and not event.date and cue(lang, "later_today").match(chunk):
                # "Вечером турецкого министра примет премьер-министр": this evening, the day of the story
                event.date, event.date_basis, event.status = published.isoformat(), "dateline", "announced"
            # (the lead's talks, told again in the next sentence as a meeting of a day: one event)
            merged = _merge(events, event, lead if index == 1 else None, title)
            if merged is None and kind == "signing":
                merged = _signing_told_again(lang, chunk, events, event, title)
            if merged is None:
                events.append(event)
                in_this.append(event)
                if (
                    event.status == "held"
                    and kind
                    in (
                        "meeting",
                        "talks",
                        "session",
                        "phone-call",
                        "credentials",
                        "video-call",
                        "visit",
                    )
                    and (event.participants or kind == "session")
                    and (anchor is None or (anchor.kind == "visit" and kind != "visit"))
                ):
                    anchor = event
                if signed_or_founded is not None and not any(e is signed_or_founded for e in events):
                    signed_or_founded = None  # the headline's, told again in the lead (_merge)
                if anchor is None and signed_or_founded is None and kind in ("signing", "founding"):
                    # "Kenya and the UK on Tuesday launched the council": the story's event, where quotes were said
                    signed_or_founded = event if _news_of_the_day(event, published) else None
        if speech is not None and in_this:
            speech.part_of = in_this[0]
        _link_within(in_this)
        if cue(lang, "visit_received").search(chunk):
            _host_of_visit([e for e in events if sentence in e.evidence])
    for event in unnumbered:
        same = [e for e in events if e.body and event.body and _same_body(e.body, event.body) and e.session_number]
        last = max(same, key=lambda e: e.session_number or 0) if same else None
        if last is not None and last.status != "held":
            # "… подготовку к очередному заседанию …; седьмое заседание пройдет в Баку": the one to come, told again
            last.evidence[:0] = [event.sentence]
            events.remove(event)
        elif last is not None:
            event.session_number = (last.session_number or 0) + 1
        else:
            events.remove(event)
    _session_chairs(text, lang, sentences, people, events)
    # a meeting or talks with one person and nobody else named is a reference, not an event the text codes; unless
    # the other side is a group ("wird … mit Vertretern heimischer Unternehmen zusammentreffen")
    events = [
        e
        for e in events
        if not (
            e.kind in ("meeting", "talks")
            and len(e.participants) == 1
            and not e.org_participants
            and not cue(lang, "meets_group").search(text, e.sentence[0], e.sentence[1])
        )
    ]
    for event in events:
        chairs = _chairs_of(event.by_chairs_of) if event.by_chairs_of else []
        if not event.participants and chairs:
            event.participants = [(p, "signatory") for p in chairs]
            event.countries = _pair(chairs, pair)
        event.date = _held_before(event, published)
    _founded_by_signatories(events, sentences)
    return events


def _founded_by_signatories(events: list[Event], sentences: list[tuple[int, int]]) -> None:
    """A body two states set up, told with no one who did ("Singapore and South Korea on Sept 18 set up a joint
    committee"), was founded by the two of its states who sign in the next sentence ("Gan … and … Yeo signed a
    memorandum establishing the committee", "unterzeichneten dazu eine Absichtserklärung"), on their day."""
    next_sentence = dict(pairwise(sentences))
    for founding in events:
        if (
            founding.kind != "founding"
            or founding.status != "held"
            or founding.participants
            or founding.org_participants
        ):
            continue
        after = next_sentence.get(founding.sentence)
        signing = next(
            (
                e
                for e in events
                if e.kind == "signing"
                and e.status == "held"
                and e.sentence == after
                and len(e.participants) == 2
                and {p.country for p, _ in e.participants} == set(founding.countries)
            ),
            None,
        )
        if signing is None or (founding.date_basis != "dateline" and founding.date != signing.date):
            continue
        founding.participants = [(p, None) for p, _ in signing.participants]
        founding.date, founding.date_basis = signing.date, signing.date_basis


def _named_only(persons: list[Person], sentence: tuple[int, int], where: Callable[[int], bool]) -> list[Person]:
    """The persons every mention of whom in ``sentence`` lies where ``where`` (of a text position) says."""
    low, high = sentence
    return [p for p in persons if all(where(m.start) for m in p.mentions if low <= m.start < high)]


def _in_spans(spans: list[tuple[int, int]], offset: int, at: int) -> bool:
    """Whether text position ``at`` lies in one of ``spans`` (positions in the sentence starting at ``offset``)."""
    return any(a <= at - offset < b for a, b in spans)


def _topic_after(lang: str, chunk: str, after: int, offset: int, at: int) -> bool:
    """Whether text position ``at`` lies after a verb of discussing (ending at ``after`` in ``chunk``) and not after
    "with": one named there is talked of."""
    return at - offset >= after and not cue(lang, "with_person").search(chunk[after : at - offset])


def _held_before(event: Event, published: dt.date) -> str | None:
    """The date of an event told as held, which lies before publication: a day or month without a year that the
    nearest year put after it ("his visit to China in March", in October) is of the year before."""
    date = event.date
    if event.status != "held" or event.date_basis != "inferred" or not date or len(date) < 7:
        return date
    if date <= published.isoformat()[: len(date)]:
        return date
    earlier = f"{int(date[:4]) - 1}{date[4:]}"
    return earlier if earlier <= published.isoformat()[: len(date)] else date


def _may_name(kind: str, event: Event) -> bool:
    """Whether a word of ``kind`` may name ``event`` told before: one of its kind, or for a word of meeting or talks
    any conversation ("das Gespräch" after a video conference)."""
    return event.kind == kind or (
        kind in ("meeting", "talks") and event.kind in ("meeting", "talks", "phone-call", "video-call", "session")
    )


def _visit_told_aside(
    lang: str, chunk: str, trigger: re.Match[str], verb: re.Match[str], dates: list[DateMention], published: dt.date
) -> bool:
    """Whether a statement's sentence tells a visit of its own: in a relative clause before the speech verb ("Son,
    who arrived in Manila on Monday for a three-day visit, noted"), or after it with a stated date before
    publication ("recalled his state visit to Hanoi in June 2024")."""
    if trigger.start() < verb.start():
        opening = re.search(_RELATIVE[lang], chunk[: trigger.start()])
        return bool(opening) and "," in chunk[trigger.end() : verb.start()]
    return any(d.basis == "stated" and not d.relative and d.value < published.isoformat() for d in dates)


def _same_time(a: str, b: str) -> bool:
    """Whether two dates of different precision may be the same time ("2025-06" and "2025-06-17")."""
    return a.startswith(b) or b.startswith(a)


# Organisations that sign documents in their own name: ministries, enterprises, agencies, academies, chambers.
_SIGNING_ORG_KINDS = frozenset(["ministry", "enterprise", "agency", "university", "business-association"])


def _chairs_of(event: Event) -> list[Person]:
    """The two co-chairs of an event, one per state: those chairing it, or the two who led a session; else none."""
    chairs = [p for p, role in event.participants if role == "co-chairing"]
    if event.kind == "session" and len(chairs) != 2:
        chairs = [p for p, _ in event.participants]
    return chairs if len(chairs) == 2 and chairs[0].country != chairs[1].country else []


def _co_chairs(lang: str, chunk: str) -> bool:
    """Whether the sentence names the co-chairs as a group ("сопредседатели подписали", "the co-chairs")."""
    return any(role == "co-chairing" and pattern.search(chunk) for pattern, role in _group_roles(lang))


def _clause_span(boundaries: list[int], length: int, position: int) -> tuple[int, int]:
    """The clause of a sentence (between two clause breaks) that ``position`` lies in."""
    left = max((b for b in boundaries if b < position), default=0)
    return left, min((b for b in boundaries if b > position), default=length)


def _clause_persons(
    lang: str,
    chunk: str,
    span: tuple[int, int],
    kind: str,
    mentions: list[tuple[int, Person, Any]],
    s_start: int,
) -> list[Person]:
    """The persons of an event told in one clause of a sentence that tells several: those named in the clause,
    all named up to its end for "they", and the sentence's subject (named first) where an event of two
    parties has only one in its clause ("..., during which he also held talks with Prabowo")."""
    left, right = span
    out: list[Person] = []

    def add(person: Person) -> None:
        if all(person is not other for other in out):
            out.append(person)

    if left > 0 and cue(lang, "they", re.IGNORECASE).search(chunk[left:right]):
        for position, person, _ in mentions:
            if position - s_start < right:
                add(person)
        return out
    for position, person, _ in mentions:
        if left <= position - s_start < right:
            add(person)
    if (
        out
        and len(out) < 2
        and kind not in ("visit", "statement")
        and mentions
        and mentions[0][1] is not out[0]
        # ("Am Montag führte er Gespräche mit X, anschließend empfing ihn Y": the subject is a pronoun before the
        # first name, resolved later)
        and not cue(lang, "personal_pronoun").search(chunk, 0, mentions[0][0] - s_start)
    ):
        out.insert(0, mentions[0][1])
    return out


def _heads_of_sides(
    lang: str,
    chunk: str,
    kinds_found: list[tuple[re.Match[str], dict[str, Any]]],
    frames: list[tuple[int, int]],
    events: list[Event],
    persons: list[Person],
) -> None:
    """Talks of two ministries told before, whose sides a sentence names the heads of ("Foreign secretary A led the
    Bangladesh side at the consultations, while the Bhutanese delegation was headed by B"), were held by those heads,
    one per state, who co-chair them."""
    if not frames or not cue(lang, "chair", re.IGNORECASE).search(chunk):
        return
    for match, entry in kinds_found:
        if entry["kind"] not in ("meeting", "talks") or not any(a <= match.start() < b for a, b in frames):
            continue
        told = next((e for e in reversed(events) if _may_name(entry["kind"], e)), None)
        if told is None or told.participants or not told.org_participants or len(told.countries) != 2:
            continue
        heads: dict[str, Person] = {}
        for person in persons:
            if person.country in told.countries:
                heads.setdefault(person.country, person)
        if len(heads) == 2:
            told.participants = [(heads[code], "co-chairing") for code in told.countries]
            told.org_participants = []
            # (a round of two ministries is coded a meeting; held by persons, it is what the word naming it says)
            told.kind = entry["kind"]


def _session_chairs(
    text: str, lang: str, sentences: list[tuple[int, int]], people: People, events: list[Event]
) -> None:
    """A held session with fewer than two participants gets as co-chairs one person per state of its body
    named with a word of chairing in its sentence or the three after it."""
    chairing = cue(lang, "chair", re.IGNORECASE)
    for event in events:
        if event.kind != "session" or event.status != "held" or event.body is None or len(event.participants) >= 2:
            continue
        index = next((i for i, s in enumerate(sentences) if s == event.sentence), None)
        if index is None:
            continue
        chairs: dict[str, Person] = {p.country: p for p, _ in event.participants if p.country}
        for start, end in sentences[index : index + 4]:
            if not chairing.search(text, start, end):
                continue
            here = sorted(
                (m.start, person) for person in people.people for m in person.mentions if start <= m.start < end
            )
            for _, person in here:
                if person.country in event.body.countries and person.country not in chairs:
                    chairs[person.country] = person
        if len(chairs) == 2:
            event.participants = [(chairs[code], "co-chairing") for code in event.body.countries]


_ATTEND = {
    # ("…, an dem auf österreichischer Seite auch X teilnahm": a relative clause of attending)
    # ("К видеоконференции также подключился посол", "also joined the call": present, not an event of their own)
    "de": r"nahm(?:en)? (?:auch |ebenfalls )?.{0,120}? teil|im Beisein|(?:war|waren) (?:auch |ebenfalls )?zugeschaltet"
    r"|(?P<relative>(?<=, )(?:an|bei) de[mnr] [^.]{0,120}?teil(?:nahmen|nahm)\b)",
    "en": r"\b(?:also )?(?:attended|took part in the (?:meeting|talks)|joined the (?:call|meeting|talks|video ?call))",
    "ru": r"(?:также )?(?:принял\w* участие во? (?:встрече|переговорах|беседе)|присутствовал\w*|участвовал\w*"
    r"|подключил(?:ся|ась|ись)|присоединил(?:ся|ась|ись))"
    r"|во? (?:встрече|переговорах|беседе)[^.]{0,60}?принял\w* участие"
    # ("провели переговоры, в которых также принял участие X": a relative clause of attending)
    r"|(?P<relative>(?<=, )в (?:котор|чь)\w+ (?:также |тоже )?(?:принял\w* участие|участвовал\w*)\b)",
}
# German plurals of holders of one post ("die Minister", "die Regierungschefs")
_DE_HOLDERS = r"(?:Staatschefs|Regierungschefs|\w*[Mm]inister(?:innen)?|\w*[Pp]räsident(?:en|innen))"

# "The two ministers met at X, where they signed …": the two of the event the sentence follows
_THEY_WHERE_SIGNED = r"(?<=, where )they(?= signed\b)"

_GROUP = {
    "de": rf"\b(?:(?:die beiden|beide)\s+(?:{_DE_HOLDERS}|Chefdiplomat\w*"
    r"|Co-Vorsitzenden"
    r"|Ko-Vorsitzenden|Kovorsitzenden|Seiten)\b|die Seiten\b"
    r"|die (?:beiden )?(?:Delegationsleiter|Leiter der (?:beiden )?Delegationen)\b"
    r"|(?<![\w-])Beide(?= [a-zäöüß])"  # "Beide unterzeichneten ...": the two just named
    r"|(?<=[a-zäöüß]ten )die beiden(?= (?:das|den|die|der|ein\w*|eine?)\b)"  # "unterzeichneten die beiden das …"
    r"|(?<=[a-zäöüß]ten )sie\b"  # "Zum Abschluss unterzeichneten sie …": a plural verb's "sie" is the two
    # "Zum Abschluss unterzeichneten die Minister ein Protokoll", "Die Minister vereinbarten": as "the ministers"
    rf"|(?<=[a-zäöüß]ten )die {_DE_HOLDERS}\b"
    rf"|(?<![\w-])Die {_DE_HOLDERS}(?= [a-zäöüß]+ten\b))",
    "en": r"\b(?:the (?:two |both )?(?:co-chairs|leaders|ministers|presidents|heads of state|sides|parties"
    r"|heads of (?:the )?(?:two )?delegations|delegation heads)|[Bb]oth (?:sides|leaders|ministers|men|women)"
    r"|(?<![\w-])Both(?= [a-z])"
    rf"|{_THEY_WHERE_SIGNED})\b",
    "ru": r"(?:стороны|сопредседатели|главы государств|министры|президенты|(?:главы|руководители) делегаций"
    r"|(?:главы|руководители) (?:внешнеполитических|дипломатических) ведомств|(?:главы|руководители) МИД\b)",
}


_CHAIR = {
    "de": r"\s*(?:(?:Geleitet|Geführt|Ko-geleitet|Kogeleitet) (?:wurden?|werden|wird) "
    r"(?:(?:die|das|der|den) \w+|sie|es|er) vo[nm]"
    r"|(?:Die|Das|Den) (?:Sitzung|Treffen|Gespräche|Verhandlungen|Beratungen?|Konsultationen|Vorsitz)\w* "
    r"(?:leitete|führte|hatte|wurden? vo[nm])"
    r"|(?:Ko-|Co-)?Vorsitzende (?:waren|der \w+ waren)|Teilnehmer (?:waren|der \w+ waren))",
    "en": r"\s*(?:(?:The|This|That|It) (?:(?:(?:ministerial|plenary|formal|official) )?"
    r"(?:meeting|talks|session|consultations|negotiations|sitting) (?:on \w+ )?)?(?:was|were|will be|is to be"
    r"|(?:is|are) expected to be) "
    r"(?:co-?chaired|chaired|led|headed|attended|conducted) by"
    r"|(?:The )?(?:co-?chairs|participants)(?: of the (?:meeting|session|talks))? were"
    r"|It (?:was|will be|is to be) (?:co-?)?chaired by"
    # "The Sri Lankan side was led by A, while B headed the Thai delegation": the heads of the two sides
    r"|(?:The )?[A-Z][\w-]*(?: [A-Z][\w-]*)? (?:side|delegation) (?:was|will be) (?:led|headed) by)",
    "ru": r"\s*(?:(?:Заседание|Встречу|Переговоры|Консультации|Сессию)\s+"
    r"(?:со)?(?:провели|провел[аи]?|возглавил[аи]?|вели)"
    r"|(?:Со)?председател\w+\s+(?:заседания\s+|встречи\s+)?(?:выступили|были|стали|будут|станут|выступят)"
    r"|Участниками\s+(?:заседания|встречи|переговоров)\s+(?:стали|были)"
    # "Белорусскую делегацию возглавил X, камерунскую – Y": the heads of the two delegations
    r"|[А-ЯЁ][а-яё]+\s+делегаци[юи]\s+возглавил[аи]?)",
}


# Group words and the post they stand for ("the two ministers": the article's ministers of the two states).
# a possessive after an English date whose noun is no event ("last December's earthquake")
_OF_A_THING = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|visit|call|session|conference|signing|consultations|trip|"
    r"dialogue|negotiations|ceremony|statement|announcement|remarks)\b)"
)

# a word for a round of a recurring format, which takes the kind of what the sentence before tells
_BARE_ROUND = re.compile(r"(?i:round|runde|раунд\w*)")

# A word of chairing after a planned session in its sentence ("to be co-chaired by", "unter dem Vorsitz von")
_PLANNED_CHAIR = re.compile(r"co-?chair|[Gg]eleitet|[Vv]orsitz|сопредседател|под председательством")

# a word before a time that makes it a bound of a span, not the time of an event ("since 2018")
_SINCE = re.compile(r"(?:[Ss]ince|[Ss]eit|[Сс]о?)\s")

_GROUP_ROLES = {
    "en": [
        (r"\b(?:the )?(?:two |both )?(?:foreign )?ministers\b", "minister"),
        (r"\b(?:the )?(?:two |both )?(?:presidents|heads of state|leaders)\b", "president"),
        (r"\b(?:the )?(?:two |both )?(?:prime ministers|premiers|heads of government)\b", "prime-minister"),
        (r"\b(?:the )?(?:two |both )?(?:governors)\b", "governor"),
        (r"\b(?:the )?(?:two )?co-?chairs?\b", "co-chairing"),
    ],
    "de": [
        (
            r"(?<!\w)(?:die |den )?(?:beiden )?(?:(?:Außen)?[Mm]inister(?:innen)?|Chefdiplomat(?:en|innen))\b",
            "minister",
        ),
        (r"(?<!\w)(?:die |den )?(?:beiden )?(?:Präsidenten|Staatschefs|Staatsoberhäupter)\b", "president"),
        (
            r"(?<!\w)(?:die |den )?(?:beiden )?(?:Regierungschefs|Premierminister|Ministerpräsidenten)\b",
            "prime-minister",
        ),
        (r"(?<!\w)(?:die |den )?(?:beiden )?(?:Gouverneure)\b", "governor"),
        (r"(?<!\w)(?:die |den )?(?:beiden )?Parlamentspräsidenten\b", "speaker-of-parliament"),
        (r"(?<!\w)(?:die |den )?(?:beiden )?(?:Ko-|Co-|Ko|Co)?[Vv]orsitzenden\b", "co-chairing"),
    ],
    "ru": [
        (
            r"(?<!\w)(?:министр(?:ы|ов|ами)|(?:глав|руководител)(?:и|ы|ей|ами) (?:(?:внешнеполитических|"
            r"дипломатических) ведомств|МИД))\b",
            "minister",
        ),
        (r"(?<!\w)(?:президент(?:ы|ов|ами)|глав(?:ы|ами) государств|лидер(?:ы|ов|ами))\b", "president"),
        (r"(?<!\w)(?:премьер-министр(?:ы|ов|ами)|глав(?:ы|ами) правительств)\b", "prime-minister"),
        (r"(?<!\w)губернатор(?:ы|ов|ами)\b", "governor"),
        (r"(?<!\w)сопредседател(?:и|ей|ями)\b", "co-chairing"),
    ],
}


@cache
def _group_roles(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """The group words of ``_GROUP_ROLES``, compiled once, in any case ("The two Ministers")."""
    return [(re.compile(source, re.IGNORECASE), role) for source, role in _GROUP_ROLES.get(lang, [])]


def _group_members(
    lang: str,
    chunk: str,
    people: People,
    pair: tuple[str, ...],
    anchor: Event | None,
    start: int,
    lead: int,
) -> list[Person]:
    """The persons a group word stands for: one holder of its post for each state of the article's pair
    ("die beiden Minister"), or the co-chairs of the event the sentence follows; nobody when unclear."""
    for pattern, role in _group_roles(lang):
        if not pattern.search(chunk):
            continue
        if role == "co-chairing":
            return _chairs_of(anchor) if anchor else []
        in_anchor = [p for p, _ in anchor.participants if any(post.role == role for post in p.posts)] if anchor else []
        if len(in_anchor) == 2 and in_anchor[0].country != in_anchor[1].country:
            return in_anchor  # "The ministers agreed to meet again": the ministers of the talks just told
        if len(pair) != 2:
            return []
        members = []
        for state in pair:
            holders = [p for p in people.people if p.country == state and any(post.role == role for post in p.posts)]
            if anchor is not None:  # prefer those who took part in the event the sentence follows
                taking_part = [p for p in holders if any(q is p for q, _ in anchor.participants)]
                holders = taking_part or holders
            if len(holders) > 1:
                # "Die beiden Minister unterzeichneten …", with a third minister named only after: those named before
                named_before = [p for p in holders if any(m.start < start for m in p.mentions)]
                holders = named_before or holders
                # of several, the one named first, in the lead, is the one the story is about
                first = min(holders, key=lambda p: min(m.start for m in p.mentions))
                if min(m.start for m in first.mentions) < lead:
                    holders = [first]
            if len(holders) != 1:
                return []
            members.append(holders[0])
        return members
    # "…, where they signed": the two who took part in the event the sentence follows, one per state
    taking_part = [p for p, _ in anchor.participants] if anchor else []
    if (
        re.search(_THEY_WHERE_SIGNED, chunk)
        and len(taking_part) == 2
        and taking_part[0].country != taking_part[1].country
    ):
        return taking_part
    return []


def _follow_up(text: str, sentence: tuple[int, int], chair_re: re.Pattern[str], people: People) -> list[Person]:
    """The persons a sentence opening with leaders or participants names ("Geleitet wurde die Sitzung von A und B")."""
    start, end = sentence
    if not chair_re.match(text, start, end):
        return []
    found = sorted((m.start, person) for person in people.people for m in person.mentions if start <= m.start < end)
    out: list[Person] = []
    for _, person in found:
        if person not in out:
            out.append(person)
    return out if len(out) >= 2 else []


# Verbs of inviting: the person named after the verb is the visitor ("invited X to visit").
_INVITE_VERB = {
    "de": r"\blud(?:en)?\b|\beingeladen\b|\bEinladung (?:an|für)\b",
    "en": r"\binvit(?:ed|es|ing)\b|\binvitation (?:for|to)\b",
    "ru": r"(?<![\w-])(?:пригласил\w*|приглашени\w+)",
}
_RELATIVE = {
    "de": r"\s*,\s*(?:der|die)\s+(?:[\w-]+\s+){0,6}",
    "en": r"\s*,\s*who\s+(?:[\w-]+\s+){0,8}",
    # "Токаевым, прибывшим в Россию с государственным визитом": a participle clause is a relative one too
    "ru": r"\s*,\s*(?:(?:который|которая)\s+(?:\w+\s+){0,7}|(?:прибывш|находящ)\w+\s+(?:\w+\s+){0,6})",
}


def _relative_subject(text: str, mentions: list[tuple[int, Person, Any]], trigger: int, lang: str) -> Person | None:
    """The person a relative clause opening right before the trigger refers to ("X, who visited"), after their
    title if one stands between."""
    last = _last_named(mentions, trigger)
    if last is None:
        return None
    end, person = last
    # "Jaishankar, Minister of External Affairs of India, who is on an official visit": a title may stand between
    # (commas inside the title too: "Cabinet Secretary for Investments, Trade and Industry of the Republic of Kenya")
    apposition = r"(?:\s*,\s*[^;.]{3,120}?)?"
    relative = _RELATIVE[lang]
    if lang == "ru" and re.match(r"(?:прибывш|находящ)", text[trigger:]):
        relative = r"\s*,\s*"  # "аль-Фалихом, прибывшую в нашу страну": the participle is the word of visiting
    return person if re.fullmatch(apposition + relative, text[end:trigger]) else None


_INVITATION = {
    "de": r"\b[Aa]uf Einladung (?:von |des |der )?",
    "en": r"\b[Aa]t the invitation of ",
    "ru": r"(?<!\w)[Пп]о приглашению ",
}

_NEW_DATE = {
    "de": r"\b(?:auf|bis)\s+(?:den\s+|das\s+|Anfang\s+|Ende\s+|Mitte\s+)?(?:\d|[A-ZÄÖÜ]\w+\s+\d{4})",
    "en": r"\b(?:to|until)\s+(?:the\s+|early\s+|late\s+|mid-?)?(?:\d|[A-Z]\w+\s+\d)",
    "ru": r"(?:\bна|\bдо)\s+\d",
}

# a possessive pronoun right before a word of visiting (an adjective or two between): "his state visit"
_POSSESSIVE = {
    "de": r"(?<![\w-])(?:sein|ihr)\w*\s+(?:[\w-]+\s+){0,2}$",
    "en": r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$",
    "ru": r"(?<![\w-])(?:его|её|ее|своего|своей|своим|своём|своем|свой)\s+(?:[\w-]+\s+){0,2}$",
}

_DEFINITE = re.compile(r"(?:den|der|dem|des|diesen|dieser|diesem|the|this|that|этот|этого|этим|данный|данного)", re.I)


def _last_named(mentions: list[tuple[int, Person, Any]], position: int) -> tuple[int, Person] | None:
    """The end of the last mention that begins before ``position``, and its person."""
    before = [(m.end, person) for start, person, m in mentions if start < position]
    return max(before, key=lambda item: item[0]) if before else None


def _antecedent(mentions: list[tuple[int, Person, Any]], comma: int, text: str, people: People) -> Person | None:
    """The person a relative clause at ``comma`` is about: the one whose mention ends right before it, or before the
    title of theirs set off by commas ("Yeo Han-koo, South Korea's Minister for Trade, who was …")."""
    last = _last_named(mentions, comma)
    if last is None:
        return None
    end, person = last
    if 0 <= comma - end <= 2:
        return person
    titled = any(holder is person and end < start and stop <= comma for start, stop, _role, holder in people.titles)
    return person if titled and re.fullmatch(r",\s+[^,;]{1,80}", text[end:comma]) else None


def _word_before(chunk: str, position: int) -> str:
    words = chunk[:position].split()
    return words[-1] if words else ""


def _place_state(lex: Any, place: str | None) -> str | None:
    if not place:
        return None
    for english, code in lex.cities.values():
        if english == place:
            return str(code)
    return None


def _link_within(events: list[Event]) -> None:
    """A founding or signing reported with a session in one sentence took place at that session."""
    sessions = [e for e in events if e.kind == "session"]
    for event in events:
        if event.kind in ("founding", "signing") and sessions and event.part_of is None:
            event.part_of = sessions[0]


def _host_of_visit(events: list[Event]) -> None:
    """A visitor received to the visit the sentence tells is the guest of the one receiving them ("hat ihren
    Amtskollegen X zu einem offiziellen Besuch in Wien empfangen")."""
    receptions = [e for e in events if e.kind in ("meeting", "talks") and any(r == "host" for _, r in e.participants)]
    for visit in (e for e in events if e.kind == "visit" and len(e.participants) == 1):
        guest, role = visit.participants[0]
        for reception in receptions:
            hosts = [p for p, r in reception.participants if r == "host"]
            if role == "guest" and (guest, "guest") in reception.participants and len(hosts) == 1:
                if hosts[0].country != guest.country:
                    visit.participants.append((hosts[0], "host"))
                break


def _attribution_without_person(
    chunk: str, verb: re.Match[str], offset: int, mentions: list[Any], referred: list[int]
) -> bool:
    """Whether the statement verb closes the sentence after a comma and no person is named in that clause, nor
    referred to by a post word ('…," the head of government said.')."""
    source = r"\s+(?:a|the|an official)\s+(?:press\s+release|statement|communiqué|readout|release)\b[^,;]{0,80}"
    if not re.fullmatch(r"[\s.\"”]*", chunk[verb.end() :]) and not re.fullmatch(
        source + r"[.\"”]*", chunk[verb.end() :]
    ):
        return False  # (not "…, said a press release of the commerce ministry.": the source too)
    clause = re.search(r",\s*[^,]{1,80}$", chunk[: verb.start()])
    if clause is None:
        return False
    start, end = offset + clause.start(), offset + verb.start()
    positions = [position for position, _person, _mention in mentions] + referred
    return not any(start <= position < end for position in positions)


def _org_subject(lang: str, orgs: list[Org], start: int, verb: int, mentions: list[Any], text: str) -> Org | None:
    """The organisation named just before a statement verb, with no person named in between, and not as a place
    ("received X at the State House, Abuja, and assured her")."""
    best: tuple[int, Org] | None = None
    for org in orgs:
        for m_start, m_end in org.mentions:
            if cue(lang, "place_before").search(text, max(0, m_start - 12), m_start):
                continue
            if cue(lang, "head_of_org").search(text, max(0, m_start - 30), m_start):
                continue  # "Глава российского МИД заверил": the head of the organisation speaks, not it
            if start <= m_start and m_end <= verb and verb - m_end <= 40 and (best is None or m_start > best[0]):
                best = (m_start, org)
    if best is None or any(best[0] <= position < verb for position, _person, _mention in mentions):
        return None
    # "Yeo, who leads trade negotiations at Seoul's Ministry of Trade, Industry and Energy, said": the organisation
    # of a relative clause about the person before it, who speaks
    if any(
        position < best[0] and cue(lang, "relative_who").match(text, mention.end)
        for position, _person, mention in mentions
        if start <= position
    ):
        return None
    return best[1]


def _attributed_org(lang: str, orgs: list[Org], text: str, verb: tuple[int, int], mentions: list[Any]) -> Org | None:
    """The organisation a statement is attributed to right after the verb ("По данным Федеральной таможенной
    службы", "nach Angaben des Ministeriums"): one named there, or the last one of the kind the word names that
    was mentioned before."""
    if not cue(lang, "attribution").search(text[verb[0] : verb[1]]):
        return None
    first_person = min((position for position, _p, _m in mentions if position >= verb[1]), default=len(text))
    named = [
        (m_start, org)
        for org in orgs
        for m_start, _m_end in org.mentions
        if verb[1] <= m_start <= verb[1] + 40 and m_start < first_person
    ]
    if named:
        return min(named, key=lambda item: item[0])[1]
    word = cue(lang, "attributed_org").match(text, verb[1])
    kinds: dict[str, str] = load_lexicon(lang).data.get("attributed_org_kinds") or {}
    kind = kinds.get(word.group(1).lower()) if word else None
    before = [
        (m_start, org) for org in orgs if org.kind == kind for m_start, _m_end in org.mentions if m_start < verb[0]
    ]
    return max(before, key=lambda item: item[0])[1] if before else None


def _forward(mention: DateMention, published: dt.date, weekday: bool = False) -> DateMention:
    """A future event's inferred date lies after the publication date: next year's month, next week's day."""
    if mention.season and mention.value == str(published.year) and mention.season + 2 < published.month:
        # "im Frühjahr" planned in November: next spring
        return replace(mention, value=str(published.year + 1))
    if mention.basis != "inferred" or mention.value >= published.isoformat()[: len(mention.value)]:
        return mention
    if weekday and mention.precision == "day":  # "am Mittwoch wird ... empfangen": the coming Wednesday
        later = dt.date.fromisoformat(mention.value) + dt.timedelta(days=7)
        return DateMention(mention.start, mention.end, later.isoformat(), mention.basis, mention.precision, True)
    if mention.relative:
        return mention
    if mention.precision == "day" and (published - dt.date.fromisoformat(mention.value)).days <= 31:
        return mention  # a visit under way ("is paying a visit from March 31 to April 1")
    year = int(mention.value[:4]) + 1
    return DateMention(mention.start, mention.end, f"{year}{mention.value[4:]}", mention.basis, mention.precision)


_CLAUSE_END = re.compile(r"[,;:“”\"«»()–—]")
# ", Elisabeth Zehetner,": a name set off by commas, two to four words in capitals, which the clause goes on after
# (not "…, Narendra Modi, when the two leaders met": a clause of its own begins)
_NAME_APPOSITION = re.compile(
    r",\s(?:[A-ZÄÖÜÀ-ÞА-ЯЁ][\w.'-]+\s){1,3}[A-ZÄÖÜÀ-ÞА-ЯЁ][\w.'-]+,"
    r"(?!\s*(?:when|while|where|which|who|whom|whose|that|and|but|as|after|before|als|wenn|wo|während|nachdem|bevor|"
    r"der|die|das|dem|den|und|aber|котор\w+|когда|где|и|а|но)(?!\w))"
)
_PAST = {
    "en": r"\b(?:was|were|had|held|met|arrived|visited|signed|received|discussed|took place|spoke|paid|made|took|"
    r"gave|led|came|went|began|sent|flew|told|said|\w+ed|yesterday|following|ago)\b",
    "de": r"\b(?:hat|haben|hatte|hatten|war|waren|wurden?|traf(?:en)?|fand(?:en)?|empfing(?:en)?|ist|sind"
    r"|unterzeichnete[n]?|besuchte[n]?|erörterte[n]?|führte[n]?|sprach(?:en)?|gründete[n]?|riefen|\w+ge\w+t)\b",
    "ru": r"(?<!\w)\w+(?:ал|ял|ил|ел|ла|ли|лся|лась|лись|лось)(?!\w)",
}


# The kinds of event a noun names, by its first letters in lower case: for sentences that tell an event told before
# by its noun ("The ceremony took place …", "Накануне заседания …")
_EVENT_NOUNS = {
    "ceremony": "credentials", "zeremonie": "credentials", "übergabe": "credentials", "церемони": "credentials",
    "meeting": "meeting", "treffen": "meeting", "встреч": "meeting", "беседа": "meeting",
    "talks": "talks", "gespräch": "talks", "переговор": "talks",
    "call": "phone-call", "conversation": "phone-call", "telefonat": "phone-call", "разговор": "phone-call",
    "session": "session", "заседани": "session", "visit": "visit", "визит": "visit",
    "signing": "signing", "подписани": "signing",
}  # fmt: skip


def _noun_kinds(word: str) -> set[str]:
    """The kinds of event ``word`` names (``_EVENT_NOUNS``)."""
    return {kind for stem, kind in _EVENT_NOUNS.items() if word.lower().startswith(stem)}


def _nearest_cue_is_mine(
    lang: str, chunk: str, match: re.Match[str], kinds_found: list[tuple[re.Match[str], Any]], status_patterns: Any
) -> bool:
    """Whether a cue of plan or future in the sentence is nearer to this trigger than to any other
    ("the invitation to visit Russia, passed on during their phone call on 3 September": the plan is the visit's).
    What is agreed comes after the word of agreeing, and not in a phrase that frames it ("vereinbarte am Mittwoch in
    einer Videokonferenz mit X, eine Arbeitsgruppe einzurichten": the plan is the working group's)."""
    for _name, pattern in status_patterns:
        for marker in pattern.finditer(chunk):
            candidates = kinds_found
            if cue(lang, "agreeing").fullmatch(marker.group()):
                after = [(m, k) for m, k in kinds_found if m.start() >= marker.end()]
                framed = [
                    (m, k) for m, k in after if cue(lang, "framing_phrase").search(chunk[marker.end() : m.start()])
                ]
                agreed = [item for item in after if item not in framed]
                # ("Об этом договорились в ходе телефонного разговора": what was agreed is told before, the
                # conversation that frames it was held)
                candidates = agreed or [item for item in kinds_found if item not in framed]
            distance = {id(m): min(abs(marker.start() - m.end()), abs(m.start() - marker.end())) for m, _ in candidates}
            if id(match) in distance and distance[id(match)] == min(distance.values()):
                return True
    return False


def _visitor_of_relative_clause(
    people: People, anaphors: list[tuple[int, str]], asides: list[tuple[int, int]], trigger: int, s_start: int
) -> Person | None:
    """The one a relative clause of visiting is about when the title right before it names no one ("Die
    Ministerin, die sich … zu einem Besuch … aufhält"): the one holding that post named last before the sentence."""
    clause = next(((a, b) for a, b in asides if a <= trigger < b), None)
    if clause is None:
        return None
    roles = {role for start, role in anaphors if 0 < s_start + clause[0] - start <= 25}
    if not roles:
        return None
    named = people.mentioned(0, s_start, roles)
    return named[-1][1] if named else None


def _received_before(
    people: People,
    anaphors: list[tuple[int, str]],
    host: Person,
    s_start: int,
    before_verb: str,
    lang: str,
    pronoun: bool = False,
) -> list[Person]:
    """The one received in a passive sentence that names only the host: of another state than the host's, named
    in an earlier sentence, and holding the post the title words before the verb give; with a pronoun, the one of
    them named last."""
    named = [
        (max(m.start for m in p.mentions if m.start < s_start), p)
        for p in people.people
        if p.country and p.country != host.country and any(m.start < s_start for m in p.mentions)
    ]
    roles = {role for start, role in anaphors if start < s_start + len(before_verb)}
    if roles:
        holding = [p for _, p in named if any(post.role in roles for post in p.posts)]
        return holding if len(holding) == 1 else []
    if named and (pronoun or cue(lang, "personal_pronoun", re.IGNORECASE).search(before_verb)):
        return [max(named, key=lambda item: item[0])[1]]
    return []


def _plan_cues(chunk: str, status_patterns: Any) -> list[re.Match[str]]:
    """Every cue of a plan, future or change of plan (``_status_patterns``) in a sentence."""
    return [m for _name, pattern in status_patterns for m in pattern.finditer(chunk)]


def _only_topics_planned(lang: str, chunk: str, match: re.Match[str], status_patterns: Any) -> bool:
    """Whether every cue of a plan in the sentence comes after a verb of discussing that follows the trigger: the
    plans are topics of the event, which was held."""
    topic = cue(lang, "discussed").search(chunk, match.end())
    if topic is None:
        return False
    at = [m.start() for m in _plan_cues(chunk, status_patterns)]
    return bool(at) and min(at) >= topic.end()


def _clause_is_past(lang: str, chunk: str, match: re.Match[str], status_patterns: Any) -> bool:
    """Whether the clause of a trigger is told in the past and has no cue of a plan or future of its own."""
    # a name in apposition does not end the clause ("Für Februar ist ein Besuch der Staatssekretärin im
    # Wirtschaftsministerium, Elisabeth Zehetner, in Sydney geplant")
    chunk = _NAME_APPOSITION.sub(lambda m: " " + m.group()[1:-1] + " ", chunk)
    starts = [m.end() for m in _CLAUSE_END.finditer(chunk, 0, match.start())]
    end = _CLAUSE_END.search(chunk, match.end())
    begin = starts[-1] if starts else 0
    reported = list(re.finditer(r"\b(?:that|dass|что)\b", chunk[begin : match.start()]))
    if reported:  # "The Minister also announced that the 4th meeting …": the past is the telling's, not the event's
        begin += reported[-1].end()
    clause = chunk[begin : end.start() if end else len(chunk)]
    after = end.end() if end is not None else len(chunk)
    close = re.compile(r"[^)]*\)\s*,?").match(chunk, after) if end is not None and end.group() == "(" else None
    if close:  # "… Coordination Council (SMCC), held at Wisma Putra": past the name's abbreviation
        after = close.end()
    if end is not None and cue(lang, "held_relative").match(chunk, after):
        return True  # "agreed to … at the 17th session of the Commission, which was held on Monday"
    if any(pattern.search(clause) for _name, pattern in status_patterns):
        return False
    return re.search(_PAST[lang], clause, re.IGNORECASE) is not None


# A relative clause's opening word, after which a plan is the thing's, not the event's
_RELATIVE_OPENING = {
    "en": re.compile(r"\b(?:which|whereby|that)\b"),
    "de": re.compile(r",\s*(?:de[rmns]|die|das|wo(?:mit|nach|durch)?)\b"),
    "ru": re.compile(r",\s*(?:котор\w+|согласно котор\w+|в рамках котор\w+)"),
}


def _plan_in_relative_after_past_verb(lang: str, chunk: str, match: re.Match[str], status_patterns: Any) -> bool:
    """Whether the trigger is a verb in the past and every cue of a plan in the sentence comes after a relative
    clause opens after it."""
    # (the trigger, or the verb whose object it is: "witnessed the signing of a memorandum … that will help")
    governed = re.search(f"(?:{_PAST[lang]})" + r"\s+(?:the\s+|die\s+|der\s+|das\s+)?$", chunk[: match.start()])
    if not re.fullmatch(_PAST[lang], match.group(), re.IGNORECASE) and governed is None:
        return False
    opening = _RELATIVE_OPENING[lang].search(chunk, match.end())
    cues = [m.start() for m in _plan_cues(chunk, status_patterns)]
    return opening is not None and bool(cues) and min(cues) >= opening.end()


def _invited_by_call(lang: str, chunk: str, status_patterns: Any) -> bool:
    """Whether every cue of a plan in a sentence told in the past is a word of inviting."""
    cues = [m.group() for m in _plan_cues(chunk, status_patterns)]
    inviting = re.compile(_INVITE_VERB[lang], re.IGNORECASE)
    told_in_past = re.search(_PAST[lang], chunk, re.IGNORECASE) is not None
    return bool(cues) and all(inviting.search(c) for c in cues) and told_in_past


def _plan_after_past_date(
    chunk: str, offset: int, match: re.Match[str], status_patterns: Any, dates: list[DateMention], published: dt.date
) -> bool:
    """Whether every cue of a plan in ``chunk`` (which starts at ``offset``) comes after the trigger, and the dates
    before the first all state a time before publication ("In September 2024, during X's state visit, the two sides
    agreed to …")."""
    cues = [m.start() for m in _plan_cues(chunk, status_patterns)]
    if not cues or min(cues) < match.end():
        return False
    before = [d for d in dates if d.start - offset < min(cues)]
    return bool(before) and all(
        d.basis == "stated" and not d.relative and d.value < published.isoformat()[: len(d.value)] for d in before
    )


def _dates_of_clause(
    spans: list[tuple[int, int]], offset: int, trigger: int, dates: list[DateMention]
) -> list[DateMention]:
    """The dates of the trigger's own clause: inside the relative clause (``spans``, in the sentence) it is in, or
    outside all of them."""
    if not spans:
        return dates
    mine = next(((s, e) for s, e in spans if s <= trigger < e), None)
    if mine is not None:
        return [d for d in dates if mine[0] <= d.start - offset < mine[1]]
    return [d for d in dates if not any(s <= d.start - offset < e for s, e in spans)]


def _is_purpose(lang: str, chunk: str, trigger: re.Match[str]) -> bool:
    """Whether a trigger tells the purpose of a trip: after "for" ("will travel to Canberra for talks with X"), or
    as an infinitive itself ("will travel to Dublin in November to meet with X")."""
    before = cue(lang, "purpose_before").search(chunk, max(0, trigger.start() - 6), trigger.start())
    return bool(before or cue(lang, "purpose_trigger").match(trigger.group()))


def _day_in_story(anchor: Event, lead_day: str | None) -> tuple[str | None, str | None]:
    """The day of what a story anchored by ``anchor`` tells without a day of its own: the anchor's, unless the anchor
    is a visit, dated by its first day, and the lead tells a later day ("Liberia and Sierra Leone on Tuesday …")."""
    if anchor.kind == "visit" and lead_day and anchor.date and lead_day > anchor.date:
        return lead_day, "inferred"
    return anchor.date, anchor.date_basis


def _present_span(
    present: re.Match[str], verb: int, boundaries: list[int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """Where those a signing is held in the presence of are named, in the text: from the words ``present`` to the
    verb when it follows them ("im Beisein von Scholz und Ruto unterzeichnet"), else to the end of their clause
    ("signed by the two co-chairs in the presence of the Minister of Trade, A, and the High Commissioner of Nigeria
    to Cameroon, B"). ``present``, ``verb`` and the clauses' ``boundaries`` are positions in the ``sentence``."""
    s_start, s_end = sentence
    if present.end() < verb:
        # (to the comma that ends the fronted phrase: "During the visit, Fidan and Timothewos signed")
        text = present.string
        end = min(present.end() + 80, verb)
        comma = text.rfind(", ", present.end(), end)
        return s_start + present.start(), s_start + (comma if comma >= 0 else end)
    return s_start + present.start(), min((s_start + b for b in boundaries if b > present.end()), default=s_end)


def _heads_of(text: str, orgs: list[Org], persons: list[Person]) -> list[Person]:
    """Those named right after an organisation, as the one who heads it: "im Beisein von A und B unterzeichneten
    die Geschäftsführerin der WFS, C, und der Direktor der LIAA, D" - C and D sign, not their agencies."""
    ends = [e for o in orgs for _, e in o.mentions]
    return [
        p
        for p in persons
        if any(_APPOSITION.fullmatch(text, e, m.start) for m in p.mentions for e in ends if e < m.start <= e + 16)
    ]


_APPOSITION = re.compile(r"(?:\s*\([^()]*\))?,\s*")


def _since_then(lang: str, text: str, start: int, date_start: int) -> bool:
    """Whether the date at ``date_start`` tells the time a first event is the first since ("Es war Quirnos erster
    Besuch in Berlin, seit er Ende Oktober … übernommen hatte"), which is not its time; unless it is the time of
    an event told there ("the first since the second session was held in Accra in 2019")."""
    since = cue(lang, "first_since").search(text, start, date_start)
    if since is None:
        return False
    starts, tried = _event_scan(lang).candidates(text, since.end(), date_start)
    patterns = _event_patterns(lang)
    return not any(next(matches_at(patterns[i][0], text, starts, date_start), None) for i in tried)


def _dated_by_its_visit(event: Event, events: list[Event]) -> bool:
    """Whether ``event`` has the day of a visit told in its sentence ("arrived last Thursday for a visit, during
    which he co-chaired the third session"), not one of its own."""
    return any(v.kind == "visit" and v.sentence == event.sentence and v.date == event.date for v in events)


def _told_day_before(event: Event, published: dt.date) -> bool:
    """Whether ``event`` is dated by the text to a day of the week before the article was filed."""
    if event.status != "held" or event.date_basis not in ("stated", "inferred") or len(event.date or "") != 10:
        return False
    return published - dt.timedelta(days=7) <= dt.date.fromisoformat(str(event.date)) < published


def _date(found: list[DateMention], status: str, published: dt.date) -> tuple[str | None, str | None]:
    if status in ("planned", "announced"):
        # "received in Jakarta on Tuesday, …, which is scheduled to take place in Tokyo in November": a plan is of
        # the time still to come, not of the telling's
        later = [d for d in found if d.value > published.isoformat()[: len(d.value)]]
        found = later or [d for d in found if d.value >= published.isoformat()[: len(d.value)]] or found
    if found:
        return found[0].value, found[0].basis
    if status == "held":
        return published.isoformat(), "dateline"
    return None, None


def _in_span(
    span: tuple[int, int],
    s_start: int,
    mentions: list[tuple[int, Person, Any]],
    persons: list[Person],
    anaphors: list[tuple[int, str]],
) -> tuple[list[tuple[int, Person, Any]], list[Person], list[tuple[int, str]]]:
    """The mentions, persons and title anaphors of a sentence within ``span`` (relative to the sentence)."""
    low, high = s_start + span[0], s_start + span[1]
    inside = [item for item in mentions if low <= item[0] < high]
    return (
        inside,
        [p for p in persons if any(q is p for _, q, _ in inside)],
        [a for a in anaphors if low <= a[0] < high],
    )


def _reported_from(
    lang: str,
    chunk: str,
    verb: re.Match[str],
    kinds_found: list[tuple[re.Match[str], Any]],
    mentions: list[tuple[int, Person, Any]],
    s_start: int,
    dates: list[DateMention] | None = None,
    subject_before: bool = False,
) -> tuple[int, int] | None:
    """The span of the reported content of a speech verb, when every event trigger of the sentence lies in it:
    after the verb ("X noted that ..."), when a person named (or ``subject_before``: an organisation or a pronoun)
    speaks before it; or
    before a verb that ends the
    sentence ("The agreements reached during Putin's visit in June 2024 are being implemented, Lavrov said"),
    when the content dates its event itself.  Else None."""
    if not kinds_found:
        return None
    that = cue(lang, "that").match(chunk, verb.end()) or cue(lang, "that_omitted").match(chunk, verb.start())
    if that and (subject_before or any(position < s_start + verb.start() for position, _, _ in mentions)):
        if any(m.start() < that.end() for m, _ in kinds_found):
            return None
        return that.end(), len(chunk)
    # "Вице-премьер напомнил о договорённостях, достигнутых в ходе визита X в Москву в июле прошлого года": what
    # is recalled, when it dates its event itself
    # (not "напомнил о своих переговорах с X": the speaker's own, which this span would leave him out of)
    recalled = cue(lang, "recalled").match(chunk, verb.start())
    if recalled and all(m.start() >= recalled.end() for m, _ in kinds_found):
        dated = any(d.start >= s_start + recalled.end() for d in dates or [])  # ("в июле прошлого года" too)
        return (recalled.end(), len(chunk)) if dated else None
    # "..., said X" or "..., X said": the content ends at the comma before the speaker
    # (told with a date of its own, and a person speaking)
    tail = re.search(r"[,”\"»]\s*[^,.;:”\"»]{0,80}$", chunk[: verb.start()])
    if not tail or not all(m.end() <= tail.start() for m, _ in kinds_found):
        return None
    dated = any(not d.relative and d.basis == "stated" and d.start < s_start + tail.start() for d in dates or [])
    speaker = any(s_start + tail.start() <= position < s_start + verb.end() + 60 for position, _, _ in mentions)
    return (0, tail.start()) if dated and speaker else None


def _acting_orgs(orgs: list[Org], low: int, high: int) -> list[Org]:
    """The organisations that may sign or found (ministries, enterprises, agencies, universities, chambers) named
    between text positions ``low`` and ``high``."""
    return [o for o in orgs if o.kind in _SIGNING_ORG_KINDS and any(low <= s < high for s, _ in o.mentions)]


def _foreign_ministry(orgs: list[Org], people: People, code: str, sentence: tuple[int, int]) -> Org:
    """The foreign ministry of a state: the one found in the text, else the one of a post held there, else a new one
    (added to ``orgs``)."""
    foreign = re.compile(r"Foreign|External")
    found = next(
        (o for o in orgs if o.kind == "ministry" and o.countries == [code] and foreign.search(o.domain or "")), None
    )
    if found is not None:
        return found
    field_name = next(
        (
            q.ministry
            for p in people.people
            if p.country == code
            for q in p.posts
            if q.ministry and foreign.search(q.ministry)
        ),
        "Foreign Affairs",
    )
    return ministry_of(orgs, code, field_name, sentence)


def _date_of_verb(
    dates: list[DateMention],
    verb_start: int,
    verb_end: int,
    published: dt.date,
    text: str,
    opening: int,
    audience: re.Pattern[str],
) -> DateMention | None:
    """A day right next to a speech verb ("said on Thursday", "erklärte am Mittwoch"), or after whom and where it
    was said (``audience``: "told reporters at a briefing on Monday"), not after publication; not one a comma parts
    from the verb before it ("Mohamad, who is on a visit that began on Monday, told"); or the one day of a sentence
    that opens with it ("Ранее, в четверг, официальный представитель … заявила")."""
    for mention in dates:
        before = 0 <= verb_start - mention.end <= 12 and "," not in text[mention.end : verb_start]
        told_to = audience.fullmatch(text, verb_end, mention.start) is not None
        near = 0 <= mention.start - verb_end <= 12 or before or told_to
        if near and mention.precision == "day" and mention.value <= published.isoformat():
            return mention
    days = [d for d in dates if d.precision == "day"]
    if (
        len(days) == 1
        and 0 <= days[0].start - opening <= 12
        and days[0].end < verb_start
        and days[0].value <= published.isoformat()
        and days[0].relative
    ):
        return days[0]
    return None


def _pronoun_subject(lang: str, chunk: str, verb: re.Match[str]) -> re.Match[str] | None:
    """A personal pronoun that is the subject of the speech verb ``verb``: the word right before it ("he said", "sie
    betonte"), or in German and Russian right after it ("sagte er", "заявил он"; not "Lavrov said he would …")."""
    pronoun = cue(lang, "pronoun_speaker")
    before = re.search(r"(?<!\S)\S+\s$", chunk[: verb.start()])
    said_by = pronoun.fullmatch(chunk, before.start(), verb.start() - 1) if before else None
    if said_by and not chunk[verb.end() : verb.end() + 1].isalpha():  # (not "sie sagten": they)
        return said_by
    if chunk[verb.end() : verb.end() + 1] != " ":
        return None
    return cue(lang, "pronoun_after_verb").match(chunk, verb.end() + 1)


def _pronoun_referent(
    people: People, sentences: list[tuple[int, int]], index: int, told_last: Event | None
) -> Person | None:
    """Whom a pronoun subject of sentence ``index`` stands for: the speaker of a statement told in the two sentences
    before (a quote's opening sentence may stand between), else the first person the nearer of them names (its
    subject, in wire style)."""
    before = sentences[max(0, index - 2) : index]
    if told_last is not None and told_last.speaker is not None and told_last.evidence[-1] in before:
        return told_last.speaker
    for start, end in reversed(before):
        named = sorted((m.start, person) for person in people.people for m in person.mentions if start <= m.start < end)
        if named:
            return named[0][1]
    return None


def _speaker(
    position: int,
    mentions: list[tuple[int, Person, Any]],
    anaphors: list[tuple[int, str]],
    people: People,
    last: Person | None,
    sentence_start: int = 0,
    text: str = "",
    plural_before: re.Pattern[str] | None = None,
) -> Person | None:
    """The subject of a speech verb at ``position``: a person named or referred to by a post word
    (``plural_before``: the words before a post word that make it stand for two, "beide Minister").

    A person opening the sentence is its subject ("Mischustin übermittelte Xi ... und sagte"); otherwise the
    last one before the verb ("Am Rande des Treffens mit Putin sagte Modi"), else the first one after it.
    """
    candidates = [(start, person) for start, person, mention in mentions if not getattr(mention, "guest", False)]
    for start, role in anaphors:
        if text and any(re.fullmatch(r"\S+\s+", text[start:named]) for named, _p, _m in mentions if named > start):
            continue  # "Министр Байрамов", "Aussenministerin Battsetseg": the title of the name after it
        holders = [p for p in people.people if any(post.role == role for post in p.posts)]
        of_state = [p for p in holders if p.country == people.title_states.get(start)]
        holders = of_state or holders  # "the Indian Foreign Secretary told reporters": India's, not Nepal's
        holder = last if last in holders else (holders[0] if len(holders) == 1 else None)
        own = [p for p in holders if people.home and p.country == people.home]
        if holder is None and len(own) == 1:
            holder = own[0]  # "the Prime Minister said" in APP: Pakistan's, not the Saudi crown prince and premier
        both = plural_before.search(text[max(0, start - 10) : start]) if plural_before else None
        if holder is None and not both:
            # "Глава государства" after the sentence naming one of two presidents: the one named last
            named_before = [(max(m.start for m in p.mentions if m.start < start), p) for p in holders
                            if any(m.start < start for m in p.mentions)]  # fmt: skip
            holder = max(named_before, key=lambda item: item[0])[1] if named_before else None
        if holder is not None:
            candidates.append((start, holder))
    if not candidates:
        return None
    candidates.sort(key=lambda item: item[0])
    first_start, first = candidates[0]
    opening = re.split(r"[,:]", text[sentence_start:first_start])[-1]  # "For his part, Liu ... assured": after it
    # ... unless the verb is in a clause of its own ("..., where the president reaffirmed")
    relative = re.search(r",\s+(?:where|who|which|when|wo|wobei|der|die|где|который|которая|когда)\b",
                         text[first_start:position])  # fmt: skip
    if relative and re.search(r",\s*(?:\S+\s+){0,2}$", text[first_start + relative.end() : position]):
        relative = None  # "Fidan, who met Bayramov on Monday, said": the clause closes before the verb
    if text and first_start < position and len(opening.split()) <= 1 and not relative:
        return first
    before = [person for start, person in candidates if start <= position]
    return before[-1] if before else candidates[0][1]


# A line that signs a quote above it: a dash, the speaker with a courtesy title ("- The Honourable X, Minister")
_SIGNATURE = re.compile(r"[-–—]\s*(?:(?:The\s+)?(?:Honourable|Hon\.?)\s+|Senator\s+(?:the\s+Hon\.?\s+)?)?")


def _signed_quote(text: str, sentences: list[tuple[int, int]], index: int, people: People) -> tuple[Person, int] | None:
    """The speaker and the last sentence of a quote that opens sentence ``index`` and is signed on a line of its own
    right after it ("“…”\n- The Honourable Anita Anand, Minister of Foreign Affairs"), if it is one."""
    start = sentences[index][0]
    if text[start : start + 1] not in ('"', "“", "«", "„"):
        return None
    for last in range(index, min(index + 8, len(sentences) - 1)):
        end = sentences[last][1]
        if text[start:end].rstrip()[-1:] in ('"', "”", "»", "“") and "\n" in text[end : sentences[last + 1][0] + 1]:
            line_start, line_end = sentences[last + 1]
            sign = _SIGNATURE.match(text, line_start, line_end)
            if sign is None:
                return None
            named = [p for p in people.people if any(m.start == sign.end() for m in p.mentions)]
            return (named[0], last) if named else None
    return None


def _pair(persons: list[Person], pair: tuple[str, ...], chunk: str = "", lang: str = "") -> tuple[str, ...]:
    states: list[str] = []
    for person in persons:
        if person.country and person.country not in states:
            states.append(person.country)
        for post in person.posts:
            if post.receiving and post.receiving not in states and len(persons) == 1:
                states.append(post.receiving)
    for state in pair:
        if len(states) >= 2:
            break
        if state not in states:
            states.append(state)
    return tuple(states[:2]) if len(states) >= 2 else ()


def _distance(text: str, a: int, b: int) -> int:
    """How far apart two positions of a sentence are, a comma counting as a long way: a date belongs to the
    trigger of its own clause ("der am Dienstagabend ... eingetroffen war, wurde am Mittwoch ... empfangen")."""
    low, high = min(a, b), max(a, b)
    return high - low + 200 * text.count(",", low, high)


def _nearest_body(bodies: list[Body], position: int) -> Body | None:
    after = [b for b in bodies if b.start >= position - 5]
    return after[0] if after else (bodies[-1] if bodies else None)


def _last_body(events: list[Event], bodies: list[Body] | None = None, before: int = 0) -> Body | None:
    if bodies:
        earlier = [b for b in bodies if b.start < before]
        if earlier:
            return earlier[-1]
    for event in reversed(events):
        if event.body or event.founded:  # "Первое заседание группы пройдет в октябре": the group founded before
            return event.body or event.founded
    return None


@cache
def _document_patterns(lang: str) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    return [
        (re.compile(rf"(?<!\w){entry['re']}(?!\w)", re.IGNORECASE), entry) for entry in load_lexicon(lang)["documents"]
    ]


def _documents(text: str, lang: str, sentence: tuple[int, int], trigger: int) -> list[tuple[str, str, tuple[int, int]]]:
    out: list[tuple[str, str, tuple[int, int]]] = []
    for pattern, entry in _document_patterns(lang):
        for match in pattern.finditer(text[sentence[0] : sentence[1]]):
            start = sentence[0] + match.start()
            if any(s <= start < e for _, _, (s, e) in out):
                continue
            tail = re.match(r"[^.,;]{0,120}", text[start : sentence[1]])
            phrase = tail.group().strip() if tail else match.group()
            phrase = re.split(r"\s(?:unterzeichnet|signed|подписан|was|were|wurde)\b", phrase)[0]
            out.append((phrase, entry["kind"], (start, start + len(phrase))))
    return sorted(out, key=lambda d: d[2][0])[:3]


def _framed_by(lang: str, before_verb: str, events: list[Event], speaker: Person | None) -> Event | None:
    """The held event a statement is framed by ("During the talks, X said", "Y said after the signing"): of those the
    frame's words may name (any but a visit or a statement, if they name no kind), the last told, preferring one of
    the kind named, then one ``speaker`` took part in."""
    frame = cue(lang, "framed").search(before_verb)
    if frame is None:
        return None
    kinds = _frame_kinds(lang, frame.group())
    held = [
        e
        for e in events
        if e.status == "held"
        and e.kind not in ("visit", "statement")
        and (not kinds or any(_may_name(kind, e) for kind in kinds))
    ]
    if not held:
        return None
    # First of the kind named ("told reporters after the talks": the talks, not a meeting with another minister later
    # that day; "sagte Meinl-Reisinger bei der Unterzeichnung": a signing of two agencies, not her meeting in
    # September), then the speaker's own ("sagte Merz nach dem Gespräch": his talks, not a meeting of two others
    # told in between), then the last told.
    return max(
        reversed(held),
        key=lambda e: (e.kind in kinds, any(person is speaker for person, _ in e.participants)),
    )


def _named_frame(lang: str, chunk: str, previous: tuple[int, int] | None) -> tuple[tuple[int, int], set[str]] | None:
    """The sentence before and the kinds a frame's word names ("По итогам переговоров": talks), if the sentence
    opens with such a frame; not "the same day", which names no event."""
    frame = cue(lang, "framed").search(chunk)
    if frame is None or previous is None:
        return None
    return previous, _frame_kinds(lang, frame.group(), nouns=("session_noun",))


def _frame_kinds(lang: str, words: str, nouns: tuple[str, ...] = ("session_noun", "signing_noun")) -> set[str]:
    """The kinds of event a frame's words name: by their event patterns, and by a noun with no verb of its own
    ("По итогам заседания", "betonte in der Sitzung": a session, unnumbered; "bei der Unterzeichnung": a signing)."""
    noun_kinds = {"session_noun": "session", "signing_noun": "signing"}
    return _kinds_named(lang, words) | {noun_kinds[n] for n in nouns if cue(lang, n).search(words)}


def _kinds_named(lang: str, words: str) -> set[str]:
    """The kinds of event the words of a frame name ("По итогам переговоров": talks; none for "dabei")."""
    return {entry["kind"] for pattern, entry in _event_patterns(lang) if pattern.search(words)}


def _framing_event(
    events: list[Event], named: tuple[tuple[int, int], set[str]] | None = None, keys: set[str] | None = None
) -> Event | None:
    """The held event of one day told last, for a sentence that opens with a frame ("Following the talks",
    "По итогам переговоров") or with "the same day"; a visit of several days or a statement is no such event. Of
    several of the kind the frame names, the last one most of those named in the sentence (``keys``) took part in."""
    earlier = [e for e in events if e.status == "held" and e.date and e.kind not in ("visit", "statement")]
    if (
        earlier
        and len(earlier[-1].date or "") != 10
        and named is not None
        and earlier[-1].sentence == named[0]
        and earlier[-1].kind in named[1]
    ):
        # one told to the month in the sentence just before: "Напомним, в январе состоялись переговоры … . По
        # итогам переговоров главы правительств подписали"
        return earlier[-1]
    earlier = [e for e in earlier if len(e.date or "") == 10]
    named_kind = [e for e in earlier if named is not None and e.kind in named[1]]
    candidates = named_kind or earlier
    shared = [len((keys or set()) & {p.key for p, _ in e.participants}) for e in candidates]
    if (named_kind and keys) or (shared and max(shared) > 0):
        # "По итогам встречи Пырко и Сомбие подписали": their meeting, not Sombié's with Gorlov told after it;
        # "Following the meeting, Conroy and Aitaro signed": Conroy's meeting, not a credentials ceremony told aside
        return [e for e, n in zip(candidates, shared, strict=True) if n == max(shared)][-1]
    return earlier[-1] if earlier else None


def _same_day_before(lang: str, text: str, events: list[Event], previous: tuple[int, int]) -> Event | None:
    """The held event of one day told last in the sentence before, a visit's day of arrival too, for a sentence
    that opens with "the same day" and names no event it follows ("Туркменская делегация прибыла в Ереван в
    среду. В тот же день …": Wednesday; not a visit told with its last day, "from 19 to 22 November")."""
    spans_days = bool(cue(lang, "event_ends").search(text, *previous) or cue(lang, "day_span").search(text, *previous))
    told = [
        e for e in events
        if e.sentence == previous and e.status == "held" and len(e.date or "") == 10 and e.kind != "statement"
        and not (e.kind == "visit" and spans_days)
    ]  # fmt: skip
    return told[-1] if told else None


def _news_of_the_day(event: Event, published: dt.date) -> bool:
    """Whether a held event took place on the story's day or up to three days before it."""
    if event.status != "held" or not event.date or len(event.date) != 10:
        return False
    return 0 <= (published - dt.date.fromisoformat(event.date)).days <= 3


def _host_named_first(
    lang: str,
    chunk: str,
    verb: re.Match[str],
    s_start: int,
    mentions: list[tuple[int, Person, Any]],
    participants: list[Person],
    received_first: bool,
) -> tuple[list[Person], bool]:
    """The participants of a verb of receiving, in the order the sentence names them, and whether the first is the
    host; ``received_first`` (a passive, or the visitor a pronoun stands for put first): the first is the guest."""
    host_first = not received_first
    if lang == "de" and host_first and not any(position < s_start + verb.start() for position, _, _ in mentions):
        # "Im Anschluss empfing Parmelin … die Botschafterin": the subject, named right after the verb
        right_after = [p for position, p, _ in mentions if 0 <= position - (s_start + verb.end()) <= 40]
        if right_after and right_after[0] in participants[1:]:
            participants = [right_after[0], *[p for p in participants if p is not right_after[0]]]
    if lang == "ru" and host_first:  # "был принят Президентом": the one in the nominative is the guest
        nominative = [m for _, _, m in mentions if m.case == "nomn"]
        host_first = not nominative or nominative[0].start == mentions[0][0]
        subject_after = re.match(r"\s+([А-ЯЁа-яё-]+)", chunk[verb.end() :])
        if (
            host_first
            and subject_after
            and mentions[0][0] < s_start + verb.start() < mentions[1][0]
            and _ru_nominative(subject_after.group(1).lower())
        ):
            # "министра Сомбие принял министр … Горлов": the verb's subject after it, in the nominative, is the
            # host (an indeclinable "Сомбие" tells no case of its own)
            host_first = False
    return participants, host_first


def _ru_nominative(word: str) -> bool:
    """Whether a Russian word is read first as a noun in the nominative and never as a genitive ("министр", "посол";
    not "министра", "делегацию", "в")."""
    parses = russian_morphology().parse(word)
    return parses[0].tag.POS == "NOUN" and parses[0].tag.case == "nomn" and all(p.tag.case != "gent" for p in parses)


def _same_body(a: Body | None, b: Body) -> bool:
    """Whether two mentions name one body: "межправкомиссия" after the commission's full name is that commission."""
    return a is b or (a is not None and a.kind == b.kind and set(a.countries) == set(b.countries))


def _first_day(date: str | None, basis: str | None, told_first: str | None) -> bool:
    """Whether a later mention of a visit dates it to a day before the one told first, at most three days before."""
    if not date or not told_first or len(date) != 10 or len(told_first) != 10 or basis == "dateline":
        return False
    return 0 < (dt.date.fromisoformat(told_first) - dt.date.fromisoformat(date)).days <= 3


def _signing_told_again(
    lang: str, chunk: str, events: list[Event], event: Event, title: tuple[int, int] | None
) -> Event | None:
    """The signing told before that a held signing tells again with its signatories, given them and this sentence
    as evidence: the lead's, told by its document ("Belize and the UK on Monday signed an arrangement. The arrangement
    was signed … by A and B"), or a headline's of a document of the same kind ("Беларусь и Кувейт подписали протокол
    второго заседания", then "По итогам заседания сопредседатели подписали протокол"), which may name them too
    ("Лавров и Мухриддин подписали план консультаций"), the headline being ``title``; that one takes this one's
    day."""
    if event.status != "held":
        return None
    unsigned = next(
        (e for e in reversed(events) if e.kind == "signing" and e.status == "held" and not e.participants), None
    )
    if (
        unsigned is not None
        and (event.participants or event.by_chairs_of)  # ("The agreements were signed by the two co-chairs")
        # (no day of its own: the dateline's, or the one of the story's signing it took)
        and (event.date_basis == "dateline" or (event.date, event.date_basis) == (unsigned.date, unsigned.date_basis))
        and cue(lang, "document_signed_again").match(chunk)
    ):
        unsigned.participants, unsigned.by_chairs_of = event.participants, event.by_chairs_of
        unsigned.evidence.append(event.sentence)
        for founding in events:
            if (
                founding.kind == "founding"
                and founding.sentence == unsigned.sentence
                and founding.status == "held"
                and not (founding.participants or founding.org_participants)
            ):
                # "Oman and Kenya on Monday signed a memorandum establishing the Joint Commission. The memorandum was
                # signed … by A and B": those who signed it founded the body
                founding.participants = [(p, None) for p, _ in event.participants]
        return unsigned
    headline = next((e for e in events if e.kind == "signing" and e.sentence == title), None) if title else None
    if (
        headline is not None
        and headline.status == "held"
        and not headline.org_participants
        and (event.participants or event.by_chairs_of)
        and (
            not headline.participants
            or {p.key for p, _ in headline.participants} == {p.key for p, _ in event.participants}
        )
        and {kind for _, kind, _ in headline.documents} & {kind for _, kind, _ in event.documents}
    ):
        headline.participants, headline.by_chairs_of = event.participants, event.by_chairs_of
        headline.date, headline.date_basis = event.date, event.date_basis
        headline.evidence.append(event.sentence)
        return headline
    return None


def _merge(
    events: list[Event], event: Event, lead: tuple[int, int] | None = None, title: tuple[int, int] | None = None
) -> Event | None:
    """Fold a repeated mention of the same event (same kind, participants, status) into the earlier one; or, told
    in the sentence after the lead ``lead``, a meeting of a day into the lead's talks of the same persons. The event of
    the headline ``title`` whose words made it look planned gives way to the same one told held."""
    keys = {p.key for p, _ in event.participants}
    for other in events:
        if (
            other.sentence == title
            and other.kind == event.kind not in ("statement", "signing", "session")  # (told again otherwise)
            and other.status == event.status == "held"
            and other.date_basis == "dateline"
            and not (other.participants or other.org_participants)
            and (other.founded is None or event.founded is None or _same_body(other.founded, event.founded))
        ):
            # "Грузия и Китай создали рабочую группу", then "Министерства … в среду учредили совместную рабочую
            # группу"; "New Indonesian envoy presents credentials to Governor-General", then "… yesterday presented
            # his letters of credence to …": the headline's event, naming no one, is the lead's, of its day and its
            # participants
            events.remove(other)
            event.evidence.append(other.sentence)
            return None
        if (
            other.sentence == title
            and other.kind == event.kind
            and other.status != event.status == "held"
            and keys
            and keys == {p.key for p, _ in other.participants}
        ):
            # "Саидов и глава МИД Бахрейна обсудили по телефону подготовку заседания": the call the lead tells held,
            # which stands in its place (later statements are of the lead's)
            events.remove(other)
            event.evidence.append(other.sentence)
            return None
        if (
            other.sentence == lead
            and {other.kind, event.kind} == {"talks", "meeting"}
            and other.status == event.status == "held"
            and other.date_basis == "dateline"
            and event.date_basis in ("stated", "inferred")
            and len(keys) >= 2
            and keys == {p.key for p, _ in other.participants}
        ):
            # "…, minister X has said after talks with his counterpart. X … met Y … on Monday": the lead's talks,
            # of the day the next sentence tells
            other.date, other.date_basis = event.date, event.date_basis
            other.evidence.append(event.sentence)
            return other
        if other.kind != event.kind or other.status != event.status or other.kind in ("signing", "founding"):
            continue
        # "Туркменистан и Оман провели третье заседание межправкомиссии": a headline may name the body vaguely
        headline = other.sentence[0] == 0 and other.session_number is not None
        if other.kind == "session" and (
            other.session_number != event.session_number
            or ((other.body is None or event.body is None) and not headline)
            or (other.body and event.body and set(other.body.countries) != set(event.body.countries))
        ):
            continue  # "das Protokoll der dritten Sitzung": the third session told before
        theirs = {p.key for p, _ in other.participants}
        # a headline names fewer ("New NZ High Commissioner presents credentials to King"), the lead dates it
        fuller = (
            other.sentence[0] == 0
            and bool(theirs)
            and theirs < keys
            # (a headline without a full stop is no lead telling an event of its own, whatever day the lead names:
            # "Новый посол Кении вручил копии верительных грамот в МИД Казахстана", then "… сегодня вручил …")
            and ((other.date_basis == "dateline" and event.date_basis != "dateline") or other.sentence == title)
        )
        same_session = other.kind == "session" and headline  # the lead tells the headline's numbered session
        if (
            keys
            and keys != theirs
            and not (other.kind == "credentials" and keys < theirs)
            and not fuller
            and not same_session
        ):
            continue  # (an envoy presents credentials once: "Dalhatu was among seven envoys who presented …")
        if fuller or (same_session and keys):
            other.participants = event.participants
        a, b = (event.date or "")[:7], (other.date or "")[:7]
        if a and b and not _same_time(a, b):
            continue  # "Предыдущие переговоры ... состоялись в апреле прошлого года": an earlier round
        told_days = {other.date_basis, event.date_basis} <= {"stated", "inferred"}
        two_days = len(event.date or "") == len(other.date or "") == 10 and event.date != other.date
        if other.kind != "visit" and told_days and two_days:
            continue  # "am Donnerstagabend zu einem Abendessen empfangen", "am Freitag beim Ministerrat": two
        if other.kind == "visit" and _first_day(event.date, event.date_basis, other.date):
            # "Визит аль-Хулейфи начался накануне": a visit of several days is dated by its first day
            other.date, other.date_basis = event.date, event.date_basis
        elif other.date_basis == "dateline" and event.date and event.date_basis in ("stated", "inferred"):
            # a headline tells it undated ("Keller-Sutter telefoniert mit Wong"), the lead dates it ("am Mittwoch")
            other.date, other.date_basis = event.date, event.date_basis
        other.evidence.append(event.sentence)
        return other
    return None
