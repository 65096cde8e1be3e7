"""The scorer of the evaluation harness, on tiny hand-made gold/system pairs."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from ingest.evaluate import (
    Counts,
    SplitResult,
    evaluate_split,
    format_errors,
    format_result,
    load_gold,
    match_entities,
    score_article,
)

CORPUS = Path(__file__).resolve().parent / "eval" / "corpus"


def _doc(persons: list[dict[str, Any]], events: list[dict[str, Any]] | None = None, **more: Any) -> dict[str, Any]:
    article = {"id": "a", "language": "de", "published": "2025-08-06"}
    return {"article": article, "persons": persons, "events": events or [], **more}


KUZNETSOV = {
    "key": "kuznetsov",
    "name": "Andrei Kuznetsov",
    "aliases": ["Andrej Kusnezow", "Kusnezows"],
    "country": "BY",
    "posts": [{"title": "Minister of Industry", "role": "minister", "receiving_country": None}],
}
CHERVYAKOV = {
    "key": "chervyakov",
    "name": "Alexander Chervyakov",
    "aliases": ["Alexander Tscherwjakow"],
    "country": "BY",
    "posts": [{"title": "Ambassador of Belarus to China", "role": "ambassador", "receiving_country": "CN"}],
}
MEETING = {"key": "m", "kind": "meeting", "date": "2025-08-06", "participants": ["kuznetsov", "chervyakov"]}


def test_counts() -> None:
    assert (Counts(3, 1, 2).precision, Counts(3, 1, 2).recall) == (0.75, 0.6)
    assert Counts(3, 1, 2).f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(0, 0, 4).precision, Counts(0, 0, 4).f1) == (0.0, 0.0)
    assert (Counts(0, 2, 0).recall, Counts(0, 2, 0).f1) == (0.0, 0.0)


def test_a_perfect_system_scores_one() -> None:
    gold = _doc([KUZNETSOV, CHERVYAKOV], [MEETING])
    score = score_article(gold, copy.deepcopy(gold))
    assert all(c == Counts(c.tp, 0, 0) and c.tp > 0 for k, c in score.counts.items() if k != "organisations")
    assert (score.dates_correct, score.dates_total) == (1, 1)


def test_spellings_match_through_the_name_key_but_not_across_states() -> None:
    gold = _doc([KUZNETSOV])
    german = {**KUZNETSOV, "key": "p1", "name": "Andrej Kusnezow", "aliases": []}
    russian = {**KUZNETSOV, "key": "p2", "name": "Андрей Кузнецов", "aliases": [], "country": "RU"}
    assert score_article(gold, _doc([german])).counts["persons"] == Counts(1, 0, 0)
    assert score_article(gold, _doc([russian])).counts["persons"] == Counts(0, 1, 1)


def test_matching_is_one_to_one() -> None:
    twice = [{**KUZNETSOV, "key": "p1"}, {**KUZNETSOV, "key": "p2", "name": "Kusnezow", "aliases": ["Kusnezows"]}]
    assert score_article(_doc([KUZNETSOV]), _doc(twice)).counts["persons"] == Counts(1, 1, 0)
    assert match_entities([KUZNETSOV], twice, lambda g, s: True) == {"p1": "kuznetsov"}


def test_a_post_needs_the_right_person_role_and_receiving_state() -> None:
    gold = _doc([KUZNETSOV, CHERVYAKOV])
    wrong_state = copy.deepcopy(gold)
    wrong_state["persons"][1]["posts"][0]["receiving_country"] = "RU"
    assert score_article(gold, wrong_state).counts["posts"] == Counts(1, 1, 1)
    unmatched = copy.deepcopy(gold)
    unmatched["persons"][0]["name"], unmatched["persons"][0]["aliases"] = "Andrei Kozlov", []
    score = score_article(gold, unmatched)
    assert score.counts["persons"] == Counts(1, 1, 1)
    assert score.counts["posts"] == Counts(1, 1, 1)


def test_an_event_needs_kind_date_and_the_matched_participants() -> None:
    gold = _doc([KUZNETSOV, CHERVYAKOV], [MEETING])
    cases = {
        "kind": {**MEETING, "kind": "talks"},
        "date": {**MEETING, "date": "2025-08-05"},
        "participant": {**MEETING, "participants": ["kuznetsov"]},
    }
    for name, event in cases.items():
        score = score_article(gold, _doc([KUZNETSOV, CHERVYAKOV], [event]))
        assert score.counts["events"] == Counts(0, 1, 1), name
    # A wrong date is still a matched event for the date accuracy, and it counts as wrong.
    score = score_article(gold, _doc([KUZNETSOV, CHERVYAKOV], [cases["date"]]))
    assert (score.dates_correct, score.dates_total) == (0, 1)


def test_host_and_guest_are_scored_over_matched_events_the_gold_gives_them() -> None:
    received = {
        **MEETING,
        "participants": [{"key": "kuznetsov", "role": "host"}, {"key": "chervyakov", "role": "guest"}],
    }
    gold = _doc([KUZNETSOV, CHERVYAKOV], [received])
    swapped = {
        **MEETING,
        "participants": [{"key": "kuznetsov", "role": "guest"}, {"key": "chervyakov", "role": "host"}],
    }
    cases = {"right": (received, (1, 1)), "swapped": (swapped, (0, 1)), "none given": (MEETING, (0, 1))}
    for name, (event, expected) in cases.items():
        score = score_article(gold, _doc([KUZNETSOV, CHERVYAKOV], [event]))
        assert score.counts["events"] == Counts(1, 0, 0), name
        assert (score.roles_correct, score.roles_total) == expected, name
    # an event of another date is no matched event: its roles are not scored
    score = score_article(gold, _doc([KUZNETSOV, CHERVYAKOV], [{**received, "date": "2025-08-05"}]))
    assert (score.roles_correct, score.roles_total) == (0, 0)
    # an event whose gold gives no roles is not scored either
    score = score_article(_doc([KUZNETSOV, CHERVYAKOV], [MEETING]), _doc([KUZNETSOV, CHERVYAKOV], [swapped]))
    assert (score.roles_correct, score.roles_total) == (0, 0)


def test_a_statement_is_matched_by_its_speaker() -> None:
    statement = {"key": "s", "kind": "statement", "date": "2025-08-06", "speaker": "kuznetsov"}
    gold = _doc([KUZNETSOV], [statement])
    system = _doc([{**KUZNETSOV, "key": "k2"}], [{**statement, "key": "x", "speaker": "k2"}])
    assert score_article(gold, system).counts["events"] == Counts(1, 0, 0)
    other = _doc([{**KUZNETSOV, "key": "k2"}, CHERVYAKOV], [{**statement, "speaker": "chervyakov"}])
    assert score_article(gold, other).counts["events"] == Counts(0, 1, 1)


def test_organisations_need_kind_countries_and_name() -> None:
    ministry = {"key": "o", "name": "Ministry of Industry", "kind": "ministry", "countries": ["BY"]}
    gold = _doc([], organizations=[ministry])
    assert score_article(gold, _doc([], organizations=[{**ministry, "key": "x"}])).counts["organisations"] == Counts(
        1, 0, 0
    )
    for change in ({"kind": "agency"}, {"countries": ["CN"]}, {"name": "Ministry of Economy"}):
        system = _doc([], organizations=[{**ministry, **change}])
        assert score_article(gold, system).counts["organisations"] == Counts(0, 1, 1), change


def test_an_organisation_may_leave_out_the_formal_name_of_its_own_state_only() -> None:
    def embassy(name: str, countries: list[str]) -> dict[str, Any]:
        return {"key": name, "name": name, "kind": "embassy", "countries": countries}

    gold = _doc(
        [], organizations=[embassy("Embassy of the People's Republic of China in the Republic of Belarus", ["CN"])]
    )
    same = _doc([], organizations=[embassy("Embassy of China in the Republic of Belarus", ["CN"])])
    assert score_article(gold, same).counts["organisations"] == Counts(1, 0, 0)
    # The host state is part of the name: an embassy in Russia is another embassy.
    other = _doc([], organizations=[embassy("Embassy of China in Russia", ["CN"])])
    assert score_article(gold, other).counts["organisations"] == Counts(0, 1, 1)
    office = {"key": "o", "name": "Federal Foreign Office of Germany", "kind": "ministry", "countries": ["DE"]}
    ministry = {**office, "name": "Ministry of Foreign Affairs of Germany"}
    assert score_article(_doc([], organizations=[office]), _doc([], organizations=[ministry])).counts[
        "organisations"
    ] == Counts(0, 1, 1)


def test_a_body_may_name_its_states_before_it_or_after_between() -> None:
    def body(name: str, countries: list[str]) -> dict[str, Any]:
        return {"key": name, "name": name, "kind": "commission", "countries": countries}

    between = body("Commission for Industrial Cooperation between Belarus and China", ["BY", "CN"])
    gold = _doc([], organizations=[between])
    same = _doc([], organizations=[body("Belarus-China Commission for Industrial Cooperation", ["BY", "CN"])])
    assert score_article(gold, same).counts["organisations"] == Counts(1, 0, 0)
    other = _doc([], organizations=[body("Belarus-China Commission for Trade Cooperation", ["BY", "CN"])])
    assert score_article(gold, other).counts["organisations"] == Counts(0, 1, 1)


def test_an_abbreviation_in_brackets_is_no_part_of_an_organisation_s_name() -> None:
    def agency(name: str) -> dict[str, Any]:
        return {"key": name, "name": name, "kind": "agency", "countries": ["CH"]}

    gold = _doc([], organizations=[agency("State Secretariat for Economic Affairs (SECO)")])
    same = _doc([], organizations=[agency("State Secretariat for Economic Affairs")])
    assert score_article(gold, same).counts["organisations"] == Counts(1, 0, 0)
    other = _doc([], organizations=[agency("State Secretariat for Migration (SEM)")])
    assert score_article(gold, other).counts["organisations"] == Counts(0, 1, 1)


def test_the_harness_gives_gold_a_perfect_score_on_the_dev_split() -> None:
    golds = {load_gold(p)["article"]["id"]: load_gold(p) for p in sorted((CORPUS / "dev").glob("*.gold.yaml"))}
    assert len(golds) == 676
    seen: list[dict[str, Any]] = []

    def replay(text: str, **kwargs: Any) -> dict[str, Any]:
        seen.append(kwargs)
        return copy.deepcopy(golds[kwargs["article_id"]])

    result = evaluate_split(CORPUS / "dev", replay)
    assert len(result.articles) == 676
    assert all(c.fp == c.fn == 0 for c in result.counts().values())
    assert result.date_accuracy == 1.0
    assert result.role_accuracy == 1.0 and sum(a.roles_total for a in result.articles) > 500
    # Without a metadata file the extractor is given no publication date.
    without_meta = [t for t in (CORPUS / "dev").glob("*.txt") if not t.with_suffix(".meta.json").exists()]
    assert without_meta
    assert sum(call["published"] is None for call in seen) == len(without_meta)
    table = format_result(result)
    assert "== split: dev (676 articles: 226 de, 226 en, 224 ru)" in table
    assert "[ru]" in table and "date accuracy" in table and "host and guest" in table
    # --without-meta: no text is given its metadata
    seen.clear()
    evaluate_split(CORPUS / "dev", replay, use_meta=False)
    assert len(seen) == 676 and all(call["published"] is None and call["language"] is None for call in seen)


def test_the_error_list_names_what_was_missed_and_what_was_extra() -> None:
    gold = _doc([KUZNETSOV, CHERVYAKOV], [MEETING])
    system = _doc(
        [{**KUZNETSOV, "key": "p1"}, {**CHERVYAKOV, "key": "p2", "country": "CN"}],
        [{"key": "x", "kind": "meeting", "date": "2025-08-05", "participants": ["p1", "p2"]}],
    )
    misses = score_article(gold, system).misses
    assert misses["persons"] == (["Alexander Chervyakov (BY)"], ["Alexander Chervyakov (CN)"])
    assert misses["events"] == (
        ["meeting 2025-08-06 [Alexander Chervyakov, Andrei Kuznetsov]"],
        ["meeting 2025-08-05 [?Alexander Chervyakov, Andrei Kuznetsov]"],
    )
    result = SplitResult("dev", [score_article(gold, system)])
    lines = format_errors(result).splitlines()
    assert lines[:2] == ["== errors: dev", "  a (de)"]
    assert "    events: - meeting 2025-08-06 [Alexander Chervyakov, Andrei Kuznetsov]" in lines


def test_the_error_list_keeps_gold_and_system_names_apart_when_keys_collide() -> None:
    gold = _doc([KUZNETSOV])
    system = _doc([{**KUZNETSOV, "name": "Andrej Kusnezow", "aliases": [], "country": "RU"}])  # same key "kuznetsov"
    misses = score_article(gold, system).misses
    assert misses["posts"] == (["Andrei Kuznetsov: minister"], ["?Andrej Kusnezow: minister"])


def test_an_empty_system_scores_zero_recall() -> None:
    def nothing(text: str, **kwargs: Any) -> dict[str, Any]:
        return {"article": {"id": kwargs["article_id"], "language": "en", "published": None}}

    result = evaluate_split(CORPUS / "test", nothing)
    assert all(c.tp == 0 and c.fn > 0 and c.recall == 0.0 for c in result.counts().values())


def test_a_data_style_folder_is_scored_against_its_facts(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    golds = {p.stem: load_gold(p) for p in sorted((data / "facts").glob("*.yaml"))}
    assert len(golds) == 15

    def replay(text: str, **kwargs: Any) -> dict[str, Any]:
        assert kwargs["published"] == golds[kwargs["article_id"]]["article"]["published"]
        return copy.deepcopy(golds[kwargs["article_id"]])

    result = evaluate_split(data, replay)
    assert len(result.articles) == 15
    assert all(c.fp == c.fn == 0 and c.tp > 0 for c in result.counts().values())
    assert "== split: data (15 articles: 6 de, 5 en, 4 ru)" in format_result(result)
    # A folder with neither texts nor the data layout is refused.
    (tmp_path / "articles").mkdir()
    with pytest.raises(ValueError, match="no article texts"):
        evaluate_split(tmp_path, replay)
