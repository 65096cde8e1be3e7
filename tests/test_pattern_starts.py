"""The one-scan pre-filter of title, event and date patterns finds what each pattern's own scan finds, on real
text; and each pattern is offered by the characters its matches begin with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.articles import read_meta
from ingest.extract.dates import _date_scan, _patterns
from ingest.extract.detect import detect_language
from ingest.extract.events import _event_patterns, _event_scan
from ingest.extract.people import _title_patterns, _title_scan
from ingest.extract.scan import matches_at, pattern_scan
from ingest.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "tests" / "eval" / "corpus" / "dev").glob("*.txt")) + sorted(
    (ROOT / "data" / "articles").glob("*.txt")
)


def _sentences_of(lang: str) -> list[tuple[str, int, int]]:
    out = []
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        if (read_meta(path).get("language") or detect_language(text)) == lang:
            out += [(text, start, end) for start, end in split_sentences(text, lang)]
    return out


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_title_event_and_date_patterns_match_as_their_own_scans_do(lang: str) -> None:
    sentences = _sentences_of(lang)
    assert len(sentences) > 500
    compared = 0
    for finder, patterns in (
        (_title_scan(lang), [p for p, _ in _title_patterns(lang)]),
        (_event_scan(lang), [p for p, _ in _event_patterns(lang)]),
        (_date_scan(lang), [p for _, p in _patterns(lang)]),
    ):
        for text, start, end in sentences:
            starts = finder.starts(text, start, end)
            for index, pattern in enumerate(patterns):
                expected = [m.span() for m in pattern.finditer(text, start, end)]
                assert [m.span() for m in matches_at(pattern, text, starts, end, start)] == expected, (
                    pattern.pattern[:80],
                    text[start:end],
                )
                # (a pattern is offered wherever a match of it begins)
                assert all(index in finder.beginning_with(text[s]) for s, _ in expected), pattern.pattern[:80]
                compared += len(expected)
    assert compared > 1000  # titles and triggers were found, not only their absence compared


def test_a_pattern_without_the_look_behind_is_refused() -> None:
    with pytest.raises(ValueError, match="does not begin with"):
        pattern_scan([re.compile(r"(?<!\w)met"), re.compile("talks")], r"(?<!\w)")


def test_each_pattern_keeps_its_own_flags() -> None:
    finder = pattern_scan([re.compile(r"(?i)\bmay\b"), re.compile(r"\bJune\b"), re.compile(r"^\d+", re.MULTILINE)])
    assert finder.starts("MAY and june\n12 and JUNE") == [0, 13]


def test_a_later_match_begins_after_the_one_before_ends() -> None:
    # "aba" at 0 covers the starts at 1 and 2, which the pattern's own scan skips too
    pattern = re.compile("aba|ba")
    found = [m.span() for m in matches_at(pattern, "ababa", [0, 1, 2, 3])]
    assert found == [m.span() for m in pattern.finditer("ababa")] == [(0, 3), (3, 5)]
