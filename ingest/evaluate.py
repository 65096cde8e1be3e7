"""Score the extractor against the gold facts of the evaluation corpus.

``python -m ingest.evaluate tests/eval/corpus/dev tests/eval/corpus/test`` runs
:func:`ingest.extract.extract_facts` on every ``NAME.txt`` of each split folder
(with ``NAME.meta.json`` when there is one; without it the extractor gets no
publication date, language, publisher or title and must find them in the text),
compares each document with ``ID.gold.yaml`` and prints precision, recall and F1
per entity type, overall and per language, the date accuracy and the speed.

A folder laid out like ``data/`` (``articles/NAME.txt`` and ``articles/NAME.meta.json``,
gold in ``facts/ID.yaml``) is scored the same way: ``python -m ingest.evaluate data``.

Matching rules (per article; every match is one-to-one)
-------------------------------------------------------
persons
    A system person matches a gold person of the same ``country`` when the
    spelling-independent :func:`~ingest.names.name_key` of its name or of one of its
    aliases equals that of the gold name or of one of the gold aliases.  Pairs whose
    canonical names agree are matched first, then pairs sharing more keys.
posts
    ``(person, role, receiving_country)``, where ``person`` is the matched gold
    person (a post of an unmatched system person can only be a false positive).
    The English title and the organisation are not scored.
organisations
    Same ``kind``, same set of ``countries``, and a shared name key (name or aliases),
    matched like persons.  Besides the full name, the name without the designations
    of the body's own states and of the state an embassy is in counts ("Ministry of Education
    of Belarus" is "Ministry of Education of the Republic of Belarus"): the English labels of
    those states (from
    ``ontology/vocab/countries.ttl``), "of", "the", "in", "on", "for", "between" and "and" are left out
    ("Commission for Industrial Cooperation between Belarus and China" is "Belarus-China Commission for
    Industrial Cooperation"), and so does the name without an abbreviation in brackets ("State Secretariat
    for Economic Affairs (SECO)" is "State Secretariat for Economic Affairs").  Other wording must agree
    ("Federal Foreign Office" is not "Ministry of Foreign Affairs").
events
    ``(kind, date, participants)``: ``participants`` is the set of the event's
    participants plus its speaker (statements name a speaker, not participants),
    each mapped to its matched gold person or organisation; groups (unnamed
    delegations) are left out on both sides.  A participant the gold does not know
    makes the event a miss.  Status, place, topics and attendees are not scored.
date accuracy
    Over events matched on ``(kind, participants)`` alone (one-to-one, preferring
    pairs with equal dates): the share whose date equals the gold date exactly
    (both undated counts as equal).  Also reported: the share of articles whose
    publication date the extractor got right.
host and guest
    Over events matched on ``(kind, date, participants)`` whose gold gives host or guest
    roles: the share where the system gives each of those participants the same role.

Counts are summed over articles before P/R/F1 are computed (micro average).  With
nothing to find and nothing found, P = R = F1 = 1; with nothing found, P = 0.

Examples
--------
>>> gold = {"article": {"id": "a", "language": "en", "published": "2025-01-02"},
...         "persons": [{"key": "k", "name": "Andrei Kuznetsov", "country": "BY",
...                      "posts": [{"title": "Minister", "role": "minister"}]}],
...         "events": [{"key": "e", "kind": "meeting", "date": "2025-01-02", "participants": ["k"]}]}
>>> system = {"article": {"id": "a", "language": "en", "published": "2025-01-02"},
...           "persons": [{"key": "p1", "name": "Andrej Kusnezow", "country": "BY",
...                        "posts": [{"title": "Industry Minister", "role": "minister"}]}],
...           "events": [{"key": "x", "kind": "meeting", "date": "2025-01-01", "participants": ["p1"]}]}
>>> score = score_article(gold, system)
>>> score.counts["persons"], score.counts["posts"], score.counts["events"]
(Counts(tp=1, fp=0, fn=0), Counts(tp=1, fp=0, fn=0), Counts(tp=0, fp=1, fn=1))
>>> score.dates_correct, score.dates_total
(0, 1)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rdflib import Literal
from rdflib.namespace import SKOS

from ingest.articles import meta_path, read_meta
from ingest.facts import _Loader
from ingest.names import name_key, transliterate
from ontology.load import countries

__all__ = [
    "TYPES",
    "ArticleScore",
    "Counts",
    "SplitResult",
    "as_json",
    "count_sentences",
    "evaluate_split",
    "format_errors",
    "format_result",
    "load_gold",
    "main",
    "match_entities",
    "score_article",
]

TYPES = ("persons", "posts", "organisations", "events")
Extractor = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else (1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _multiset(gold: Iterable[Any], system: Iterable[Any]) -> Counts:
    g, s = Counter(gold), Counter(system)
    tp = sum((g & s).values())
    return Counts(tp, sum(s.values()) - tp, sum(g.values()) - tp)


def _keys(item: dict[str, Any]) -> set[str]:
    names = [item.get("name") or "", *(item.get("aliases") or [])]
    return {key for key in map(name_key, names) if key}


@cache
def _state_words() -> dict[str, frozenset[str]]:
    """Per ISO alpha-2 code, the words of the state's English labels ("republic", "belarus" ...)."""
    from ontology.load import load_reference  # only needed to score organisations

    reference = load_reference()
    words: dict[str, frozenset[str]] = {}
    for code, concept in countries(reference).items():
        labels = [
            str(label)
            for predicate in (SKOS.prefLabel, SKOS.altLabel)
            for label in reference.objects(concept, predicate)
            if isinstance(label, Literal) and label.language == "en"
        ]
        words[code] = frozenset(re.findall(r"[a-z]+", transliterate(" ".join(labels))))
    return words


def _org_keys(org: dict[str, Any]) -> set[str]:
    """Name keys of an organisation: of its names, and of its names without its own states' designations."""
    states = [*(org.get("countries") or []), *([org["receiving_country"]] if org.get("receiving_country") else [])]
    # "between Belarus and China" designates the states as "Belarus-China" does
    # ("Embassy of Germany to the Holy See" is the embassy "in" it)
    drop = {"of", "the", "in", "to", "on", "for", "between", "and"}.union(
        *(_state_words().get(code, frozenset()) for code in states)
    )
    cores = set()
    names = [org.get("name") or "", *(org.get("aliases") or [])]
    for name in names + [re.sub(r"\s*\([^()]*\)", "", name) for name in names]:
        core = name_key(" ".join(w for w in re.findall(r"[a-z]+", transliterate(name)) if w not in drop))
        if core:
            cores.add(f"core:{core}")
    return _keys(org) | cores


def match_entities(
    gold: list[dict[str, Any]],
    system: list[dict[str, Any]],
    compatible: Callable[[dict[str, Any], dict[str, Any]], bool],
    keys: Callable[[dict[str, Any]], set[str]] | None = None,
) -> dict[str, str]:
    """One-to-one matching of system to gold entities (see the module docstring).

    Returns system key -> gold key for the matched pairs.

    >>> gold = [{"key": "g", "name": "Sergei Lavrov", "aliases": ["Lawrow"]}]
    >>> system = [{"key": "s1", "name": "Sergej Lawrow"}, {"key": "s2", "name": "Lavrov"}]
    >>> match_entities(gold, system, lambda g, s: True)
    {'s1': 'g'}
    """
    keys = keys or _keys
    pairs = []
    system_keys = [keys(s) for s in system]
    for gi, g in enumerate(gold):
        gkeys = keys(g)
        for si, s in enumerate(system):
            shared = gkeys & system_keys[si]
            if shared and compatible(g, s):
                same_name = name_key(g.get("name") or "") == name_key(s.get("name") or "")
                pairs.append((not same_name, -len(shared), gi, si))
    matched: dict[str, str] = {}
    used: set[int] = set()
    for _, _, gi, si in sorted(pairs):
        skey = system[si]["key"]
        if skey in matched or gi in used:
            continue
        matched[skey] = gold[gi]["key"]
        used.add(gi)
    return matched


def _participants(event: dict[str, Any], mapping: dict[str, str], groups: set[str]) -> frozenset[str]:
    entries = [p if isinstance(p, str) else p.get("key", "") for p in event.get("participants") or []]
    if event.get("speaker"):
        entries.append(event["speaker"])
    return frozenset(mapping.get(key, f"?{key}") for key in entries if key not in groups)


@dataclass
class ArticleScore:
    """The scores of one article."""

    article_id: str
    language: str
    counts: dict[str, Counts]
    dates_correct: int = 0
    dates_total: int = 0
    roles_correct: int = 0
    roles_total: int = 0
    published_correct: bool = False
    language_correct: bool = False
    sentences: int = 0
    seconds: float = 0.0
    misses: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    """Per type: the gold items the system missed and the system items the gold lacks, readable."""


def score_article(gold: dict[str, Any], system: dict[str, Any]) -> ArticleScore:
    """Compare one system document with its gold document (see the module docstring)."""
    gold_persons, system_persons = gold.get("persons") or [], system.get("persons") or []
    persons = match_entities(gold_persons, system_persons, lambda g, s: g.get("country") == s.get("country"))
    gold_orgs, system_orgs = gold.get("organizations") or [], system.get("organizations") or []
    orgs = match_entities(
        gold_orgs,
        system_orgs,
        lambda g, s: g.get("kind") == s.get("kind") and set(g.get("countries") or []) == set(s.get("countries") or []),
        _org_keys,
    )
    counts = {
        "persons": Counts(len(persons), len(system_persons) - len(persons), len(gold_persons) - len(persons)),
        "organisations": Counts(len(orgs), len(system_orgs) - len(orgs), len(gold_orgs) - len(orgs)),
    }

    def posts(items: list[dict[str, Any]], mapping: dict[str, str] | None) -> list[tuple[str, str, str | None]]:
        out: list[tuple[str, str, str | None]] = []
        for person in items:
            who = person["key"] if mapping is None else mapping.get(person["key"], f"?{person['key']}")
            out.extend((who, post.get("role"), post.get("receiving_country")) for post in person.get("posts") or [])
        return out

    gold_posts, system_posts = posts(gold_persons, None), posts(system_persons, persons)
    counts["posts"] = _multiset(gold_posts, system_posts)

    identity = {item["key"]: item["key"] for item in gold_persons + gold_orgs}
    mapping = {**persons, **orgs}
    gold_groups = {g["key"] for g in gold.get("groups") or []}
    system_groups = {g["key"] for g in system.get("groups") or []}
    gold_events = [
        (e["kind"], e.get("date"), _participants(e, identity, gold_groups)) for e in gold.get("events") or []
    ]
    system_events = [
        (e["kind"], e.get("date"), _participants(e, mapping, system_groups)) for e in system.get("events") or []
    ]
    counts["events"] = _multiset(gold_events, system_events)

    gold_names = {item["key"]: item.get("name") or item["key"] for item in gold_persons + gold_orgs}
    system_names = {item["key"]: item.get("name") or item["key"] for item in system_persons + system_orgs}

    def label(key: str) -> str:  # a gold key, or "?" and the key of a system entity the gold does not have
        return f"?{system_names.get(key[1:], key[1:])}" if key.startswith("?") else gold_names.get(key, key)

    def event_text(event: tuple[Any, ...]) -> str:
        kind, date, who = event
        return f"{kind} {date or 'undated'} [" + ", ".join(sorted(map(label, who))) + "]"

    def post_text(post: tuple[str, str, str | None]) -> str:
        who, role, receiving = post
        return f"{label(who)}: {role}" + (f" -> {receiving}" if receiving else "")

    misses = {
        "persons": _unmatched(gold_persons, system_persons, set(persons.values()), set(persons), _name),
        "organisations": _unmatched(gold_orgs, system_orgs, set(orgs.values()), set(orgs), _org_name),
        "posts": _difference(gold_posts, system_posts, post_text),
        "events": _difference(gold_events, system_events, event_text),
    }

    correct, total = _date_pairs(gold_events, system_events)
    roles_correct, roles_total = _role_pairs(
        list(zip(gold_events, (_roles(e, identity) for e in gold.get("events") or []), strict=True)),
        list(zip(system_events, (_roles(e, mapping) for e in system.get("events") or []), strict=True)),
    )
    article, system_article = gold.get("article") or {}, system.get("article") or {}
    return ArticleScore(
        article_id=str(article.get("id")),
        language=str(article.get("language")),
        counts=counts,
        dates_correct=correct,
        dates_total=total,
        roles_correct=roles_correct,
        roles_total=roles_total,
        published_correct=system_article.get("published") == article.get("published"),
        language_correct=system_article.get("language") == article.get("language"),
        misses=misses,
    )


def _name(item: dict[str, Any]) -> str:
    return f"{item.get('name')} ({item.get('country')})"


def _org_name(item: dict[str, Any]) -> str:
    return f"{item.get('name')} ({item.get('kind')}, {'/'.join(item.get('countries') or [])})"


def _unmatched(
    gold: list[dict[str, Any]],
    system: list[dict[str, Any]],
    matched_gold: set[str],
    matched_system: set[str],
    describe: Callable[[dict[str, Any]], str],
) -> tuple[list[str], list[str]]:
    return (
        [describe(g) for g in gold if g["key"] not in matched_gold],
        [describe(s) for s in system if s["key"] not in matched_system],
    )


def _difference(gold: list[Any], system: list[Any], describe: Callable[[Any], str]) -> tuple[list[str], list[str]]:
    g, s = Counter(gold), Counter(system)
    return (
        sorted(describe(item) for item in (g - s).elements()),
        sorted(describe(item) for item in (s - g).elements()),
    )


def _date_pairs(gold: list[tuple[Any, ...]], system: list[tuple[Any, ...]]) -> tuple[int, int]:
    """Pair events on (kind, participants), equal dates first; return (equal dates, pairs)."""
    free = list(range(len(system)))
    unpaired = []
    correct = 0
    for event in gold:
        index = next((i for i in free if system[i] == event), None)
        if index is None:
            unpaired.append(event)
        else:
            free.remove(index)
            correct += 1
    total = correct
    for kind, _, who in unpaired:
        index = next((i for i in free if system[i][0] == kind and system[i][2] == who), None)
        if index is not None:
            free.remove(index)
            total += 1
    return correct, total


def _roles(event: dict[str, Any], mapping: dict[str, str]) -> dict[str, str]:
    """The host and guest of an event, each mapped to its matched gold person ("?" and its key if none)."""
    return {
        mapping.get(p["key"], f"?{p['key']}"): p["role"]
        for p in event.get("participants") or []
        if isinstance(p, dict) and p.get("role") in ("host", "guest")
    }


def _role_pairs(
    gold: list[tuple[tuple[Any, ...], dict[str, str]]], system: list[tuple[tuple[Any, ...], dict[str, str]]]
) -> tuple[int, int]:
    """Pair the gold events that give host or guest roles with system events of the same (kind, date,
    participants), one to one; return (pairs whose system gives each of them the gold's role, pairs)."""
    free = list(range(len(system)))
    correct = total = 0
    for event, roles in gold:
        index = next((i for i in free if system[i][0] == event), None) if roles else None
        if index is None:
            continue
        free.remove(index)
        total += 1
        correct += all(system[index][1].get(key) == role for key, role in roles.items())
    return correct, total


# --- running over a split ----------------------------------------------------------------


_FALLBACK_SENTENCE = re.compile(r"[.!?…]+[»“”\"')]*\s+|\n+")


def count_sentences(text: str, language: str) -> int:
    """Sentences in ``text``, as the extractor's own splitter counts them.

    Falls back to a plain splitter (end punctuation or a line break) when the
    extractor has none.
    """
    try:
        from ingest.extract.sentences import split_sentences  # the extractor's, if it has one
    except ImportError:
        return sum(1 for part in _FALLBACK_SENTENCE.split(text) if part.strip())
    return len(split_sentences(text, language))


@dataclass
class SplitResult:
    """The scores of every article of one split folder."""

    name: str
    articles: list[ArticleScore] = field(default_factory=list)

    def counts(self, language: str | None = None) -> dict[str, Counts]:
        total = {kind: Counts() for kind in TYPES}
        for article in self.articles:
            if language is None or article.language == language:
                for kind in TYPES:
                    total[kind] = total[kind] + article.counts[kind]
        return total

    def languages(self) -> list[str]:
        return sorted({a.language for a in self.articles})

    @property
    def date_accuracy(self) -> float:
        total = sum(a.dates_total for a in self.articles)
        return sum(a.dates_correct for a in self.articles) / total if total else 1.0

    @property
    def role_accuracy(self) -> float:
        total = sum(a.roles_total for a in self.articles)
        return sum(a.roles_correct for a in self.articles) / total if total else 1.0

    @property
    def sentences_per_second(self) -> float:
        seconds = sum(a.seconds for a in self.articles)
        return sum(a.sentences for a in self.articles) / seconds if seconds else 0.0


def _gold_path(text_path: Path) -> Path:
    """``ID.gold.yaml`` next to the text (corpus layout), or ``../facts/ID.yaml`` (``data/`` layout)."""
    stem = re.sub(r"\.(?:de|en|ru)$", "", text_path.name.removesuffix(".txt"))
    if _is_data_layout(text_path.parent.parent) and text_path.parent.name == "articles":
        return text_path.parent.parent / "facts" / f"{stem}.yaml"
    return text_path.with_name(f"{stem}.gold.yaml")


def _is_data_layout(folder: Path) -> bool:
    """Whether ``folder`` holds ``articles/*.txt`` and ``facts/`` (the layout of ``data/``)."""
    return (folder / "articles").is_dir() and (folder / "facts").is_dir()


def _article_texts(folder: Path) -> list[Path]:
    if not any(folder.glob("*.txt")) and _is_data_layout(folder):
        folder = folder / "articles"
    return sorted(folder.glob("*.txt"))


def load_gold(path: Path) -> dict[str, Any]:
    """A gold file, dates kept as strings (as :func:`ingest.facts.load_facts` reads them)."""
    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 -- _Loader is a SafeLoader
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: not a facts document")
    return doc


def evaluate_split(folder: Path, extract: Extractor | None = None, use_meta: bool = True) -> SplitResult:
    """Extract every ``NAME.txt`` of ``folder`` and score it against ``ID.gold.yaml``.

    ``folder`` is a split folder (``NAME.txt`` next to ``ID.gold.yaml``) or a folder laid
    out like ``data/`` (``articles/NAME.txt``, gold in ``facts/ID.yaml``).
    ``extract`` defaults to :func:`ingest.extract.extract_facts`.  With ``use_meta`` false every text is extracted
    without its ``NAME.meta.json``, as if none had come with it: the date and language must come from the text.
    """
    texts = _article_texts(folder)
    if not texts:
        raise ValueError(f"{folder}: no article texts (*.txt)")
    if extract is None:
        from ingest.extract import extract_facts  # only needed to evaluate

        extract = extract_facts
        # Warm up (each language's lexicon and compiled patterns) outside the timed calls.
        first_per_language = {path.name.rsplit(".", 2)[-2]: path for path in reversed(texts)}
        for path in first_per_language.values():
            extract(path.read_text(encoding="utf-8"), article_id="warm-up")
    result = SplitResult(folder.name)
    for text_path in texts:
        gold = load_gold(_gold_path(text_path))
        meta = read_meta(text_path) if use_meta and meta_path(text_path).is_file() else {}
        text = text_path.read_text(encoding="utf-8")
        started = time.perf_counter()
        system = extract(
            text,
            article_id=str(gold["article"]["id"]),
            published=meta.get("published"),
            language=meta.get("language"),
            publisher=meta.get("publisher"),
            title=meta.get("title"),
            url=meta.get("url"),
            text_path=text_path.name,
        )
        seconds = time.perf_counter() - started
        score = score_article(gold, system)
        score.seconds = seconds
        score.sentences = count_sentences(text, score.language)
        result.articles.append(score)
    return result


# --- output ---------------------------------------------------------------------------------


def _row(label: str, counts: Counts) -> str:
    return (
        f"  {label:<16}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
        f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
    )


def format_result(result: SplitResult) -> str:
    """A plain-text table: P/R/F1 per type overall and per language, dates, speed."""
    lines = [
        f"== split: {result.name} ({len(result.articles)} articles: "
        + ", ".join(f"{sum(a.language == lang for a in result.articles)} {lang}" for lang in result.languages())
        + ")",
        f"  {'':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for language in [None, *result.languages()]:
        lines.append(f"  [{language or 'all'}]")
        for kind, counts in result.counts(language).items():
            lines.append(_row(kind, counts))
    dated = sum(a.dates_total for a in result.articles)
    published = sum(a.published_correct for a in result.articles)
    detected = sum(a.language_correct for a in result.articles)
    count = len(result.articles)
    lines += [
        f"  date accuracy (matched events): {result.date_accuracy:.3f} ({dated} events matched on kind + participants)",
        f"  host and guest (matched events the gold gives them): {result.role_accuracy:.3f} "
        f"({sum(a.roles_correct for a in result.articles)} of {sum(a.roles_total for a in result.articles)})",
        f"  publication date right: {published}/{count}; language right: {detected}/{count}",
        f"  speed: {result.sentences_per_second:,.0f} sentences/s "
        f"({sum(a.sentences for a in result.articles)} sentences, one process)",
    ]
    return "\n".join(lines)


def format_errors(result: SplitResult) -> str:
    """Per article, what the system missed (-) and what it found that the gold lacks (+)."""
    lines = [f"== errors: {result.name}"]
    for article in result.articles:
        rows = [
            f"    {kind}: {sign} {text}"
            for kind, (missed, extra) in article.misses.items()
            for sign, texts in (("-", missed), ("+", extra))
            for text in texts
        ]
        if rows:
            lines += [f"  {article.article_id} ({article.language})", *rows]
    return "\n".join(lines)


def as_json(result: SplitResult) -> dict[str, Any]:
    """The figures of a split as plain data."""

    def figures(counts: Counts) -> dict[str, float | int]:
        return {"precision": counts.precision, "recall": counts.recall, "f1": counts.f1, **counts.__dict__}

    return {
        "split": result.name,
        "articles": len(result.articles),
        "overall": {kind: figures(c) for kind, c in result.counts().items()},
        "per_language": {
            lang: {kind: figures(c) for kind, c in result.counts(lang).items()} for lang in result.languages()
        },
        "date_accuracy": result.date_accuracy,
        "sentences_per_second": result.sentences_per_second,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m ingest.evaluate SPLIT...``: print the tables (or JSON) of each split folder."""
    parser = argparse.ArgumentParser(prog="python -m ingest.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument(
        "splits",
        nargs="+",
        type=Path,
        metavar="SPLIT",
        help="split folders (tests/eval/corpus/dev) or data/-style folders (data)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="also list, per article, the gold items missed (-) and the system items the gold lacks (+)",
    )
    parser.add_argument(
        "--without-meta",
        action="store_true",
        help="extract every text without its metadata file (publication date and language from the text alone)",
    )
    args = parser.parse_args(argv)
    results = [evaluate_split(folder, use_meta=not args.without_meta) for folder in args.splits]
    if args.json:
        print(json.dumps([as_json(r) for r in results], indent=2))
    else:
        print("\n\n".join(format_result(r) for r in results))
        if args.errors:
            print("\n\n" + "\n\n".join(format_errors(r) for r in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
