r"""Scanning a sentence for many patterns at once: where any of them can begin, then each only there.

A rule's patterns begin with a look-behind (``(?<![\w-])``), which gives the regular expression engine no first
character to skip ahead to; scanned one by one, each fails slowly at every position of every sentence.
:func:`pattern_scan` scans once for where any can begin, and :func:`matches_at` tries each there only.

Examples
--------
>>> words = [re.compile(r"(?<!\w)met(?!\w)"), re.compile(r"(?<!\w)talks", re.IGNORECASE)]
>>> text = "Talks: they met, then metal talks"
>>> starts = pattern_scan(words, r"(?<!\w)").starts(text)
>>> [[m.group() for m in matches_at(pattern, text, starts)] for pattern in words]
[['met'], ['Talks', 'talks']]
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

__all__ = ["PatternScan", "first_characters", "matches_at", "pattern_scan", "whole_word"]

# CPython's own parser of regular expressions, whose tree tells what a pattern begins with.  It is private (and
# untyped): where it is missing, or its tree reads otherwise than 3.11's, no pattern has a known first character,
# and the scan finds the same starts, more slowly.
try:
    _PARSER: Any = importlib.import_module("re._parser")
    _OP: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover (a Python without them)
    _PARSER = _OP = None

# A token of a regular expression as far as its groups go: an escape, a character class, the opening of a
# look-around, a parenthesis
_REGEX_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?<?[=!]|[()]", re.DOTALL)


def _without_lookarounds(source: str, longer_than: int = 0) -> str:
    r"""``source`` with its look-aheads and look-behinds of more than ``longer_than`` characters emptied: a pattern
    that matches wherever ``source`` does, and perhaps elsewhere.  (An empty group, not nothing, stands for each: a
    quantifier after it stays its own.)

    >>> _without_lookarounds(r"(?<!trade )talks(?! about (?:this|that \)))[(?!]\(?!x")
    '(?:)talks(?:)[(?!]\\(?!x'
    >>> _without_lookarounds(r"(?<!trade )talks(?! about (?:this|that \)))", longer_than=12)
    '(?<!trade )talks(?:)'
    """
    kept: list[str] = []
    depth = 0  # of parentheses inside the look-around being read
    opened = last = 0
    for token in _REGEX_TOKEN.finditer(source):
        found = token.group()
        if depth:
            depth += 1 if found[0] == "(" else -1 if found == ")" else 0
            if depth == 0 and token.end() - opened > longer_than:
                kept.append(source[last:opened] + "(?:)")
                last = token.end()
        elif found.startswith("(?") and found[-1] in "=!":
            opened, depth = token.start(), 1
    return "".join(kept) + source[last:]


@cache
def _cased_characters() -> str:
    """Every character of the Basic Multilingual Plane that has another case, the ones case-insensitive matching
    can take for another."""
    return "".join(ch for ch in map(chr, range(0x10000)) if ch.lower() != ch or ch.upper() != ch)


@cache
def _same_but_case(ch: str) -> frozenset[str]:
    """``ch`` and every character a case-insensitive pattern of it matches, as the engine itself tells
    ("k": k, K and the Kelvin sign)."""
    return frozenset({ch} | {m.group() for m in re.compile(re.escape(ch), re.IGNORECASE).finditer(_cased_characters())})


def _first_of(items: list[tuple[Any, Any]], ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The characters a sequence of parsed items can begin with (None: any, or this cannot tell), and whether the
    sequence can match nothing at all."""
    chars: set[str] = set()
    for op, value in items:
        if op in (_OP.AT, _OP.ASSERT, _OP.ASSERT_NOT):  # "\b", look-arounds: no character of their own
            continue
        if op is _OP.LITERAL:
            return chars | (_same_but_case(chr(value)) if ignore_case else {chr(value)}), False
        if op is _OP.IN:
            for kind, member in value:
                if kind is _OP.LITERAL:
                    codes = [member]
                elif kind is _OP.RANGE and member[1] - member[0] < 256:
                    codes = list(range(member[0], member[1] + 1))
                else:  # a category (\w, \d), a negated class, a wide range
                    return None, False
                for code in codes:
                    chars |= _same_but_case(chr(code)) if ignore_case else {chr(code)}
            return chars, False
        if op is _OP.SUBPATTERN:
            _, add_flags, del_flags, inner = value
            inner_ignore = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            first, empty = _first_of(inner.data, inner_ignore)
        elif op is _OP.BRANCH:
            first, empty = set(), False
            for branch in value[1]:
                branch_first, branch_empty = _first_of(branch.data, ignore_case)
                if branch_first is None:
                    return None, False
                first, empty = first | branch_first, empty or branch_empty
        elif op in (_OP.MAX_REPEAT, _OP.MIN_REPEAT, getattr(_OP, "POSSESSIVE_REPEAT", _OP.MAX_REPEAT)):
            least, _, inner = value
            first, empty = _first_of(inner.data, ignore_case)
            empty = empty or least == 0
        elif op is getattr(_OP, "ATOMIC_GROUP", None):
            first, empty = _first_of(value.data, ignore_case)
        else:  # any character, a back reference, ...
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def first_characters(source: str, flags: int = 0) -> frozenset[str] | None:
    r"""The characters a match of ``source`` (compiled with ``flags``) can begin with; None when it may begin with
    any, or with nothing at all.

    >>> sorted(first_characters(r"(?<![\w-])(?:met|talks?)\b"))
    ['m', 't']
    >>> sorted(first_characters(r"(?:[Ss]tellvertretende[nmrs]? )?(?i:Minister)"))
    ['M', 'S', 'm', 's']
    >>> sorted(first_characters("met", re.IGNORECASE))
    ['M', 'm']
    >>> first_characters(r"\d+"), first_characters(r"(?:ab)?")
    (None, None)
    """
    if _PARSER is None:  # pragma: no cover
        return None
    try:
        tree = _PARSER.parse(source, flags)
        first, empty = _first_of(tree.data, bool(tree.state.flags & re.IGNORECASE))
    except (AttributeError, TypeError, ValueError):  # pragma: no cover (a parser unlike 3.11's)
        return None
    return None if first is None or empty else frozenset(first)


# A look-around longer than this says whether a match holds, not where one can begin (see pattern_scan)
_LONG_LOOKAROUND = 1000


@dataclass(frozen=True)
class PatternScan:
    """Patterns scanned for at once: where any of them can begin, in one pass over a text (:meth:`starts`), and
    which of them (their indices) can begin with a character."""

    starts_re: re.Pattern[str]
    by_first: dict[str, list[int]]  # a character -> the patterns that can begin with it
    anywhere: list[int]  # the patterns whose first character is not known

    def starts(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Where in ``text[start:end]`` one of the patterns can begin."""
        return [found.start() for found in self.starts_re.finditer(text, start, len(text) if end is None else end)]

    def beginning_with(self, ch: str) -> list[int]:
        """The patterns that can begin with ``ch``."""
        return self.by_first.get(ch, self.anywhere)

    def beginning_at(self, text: str, starts: list[int]) -> set[int]:
        """The patterns that can begin at one of ``starts`` in ``text``."""
        return set().union(*(self.beginning_with(text[start]) for start in starts))

    def candidates(self, text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int]]:
        """Where in ``text[start:end]`` one of the patterns can begin (:meth:`starts`), and the patterns that can
        begin at one of those places, in their order: the ones to try there with :func:`matches_at`."""
        starts = self.starts(text, start, end)
        return starts, sorted(self.beginning_at(text, starts))


def pattern_scan(patterns: list[re.Pattern[str]], lead: str = "", guard: str = "") -> PatternScan:
    r"""One scan for where any of ``patterns`` can begin, all beginning with ``lead`` (a look-behind).

    Scanning a sentence once with all patterns as one look-ahead, and trying each only where this finds a start
    (:func:`matches_at`), finds what each pattern's own scan finds.  The lead the patterns share is tested once per
    position, not once per pattern; so is ``guard``, a look-behind that holds wherever any of them can begin, though
    they do not begin with it (a word boundary before a letter or digit is ``(?<!\w)``).

    Each pattern is tried only where a character it can begin with stands (:func:`first_characters`): the engine
    skips a branch that begins with a character class without entering it, and :meth:`PatternScan.beginning_at`
    tells which patterns a start's character can begin.

    The scan leaves out the patterns' long look-arounds (of more than 1,000 characters): such a look-around tells
    whether a match holds, which :func:`matches_at` tests, rather than where one can begin; and the states' names
    that titles must not be followed by, in every title, made the scan's pattern half a megabyte, compiled anew by
    every process.  So the scan finds every start, and perhaps a few more.

    >>> words = [re.compile(r"(?<!\w)met(?!\w)"), re.compile(r"(?<!\w)talks", re.IGNORECASE)]
    >>> scan = pattern_scan(words, r"(?<!\w)")
    >>> scan.starts("Talks: they met, then metal talks")
    [0, 12, 28]
    >>> scan.beginning_with("T"), scan.beginning_with("m"), scan.beginning_with("x")
    ([1], [0], [])
    >>> scan = pattern_scan([re.compile(r"(?i)\bmay\b"), re.compile(r"\d+")])
    >>> scan.starts("May 5"), scan.beginning_at("May 5", [0]), scan.beginning_with("5")
    ([0, 4], {0, 1}, [1])
    >>> scan.candidates("on 5 May", 0, 4)
    ([3], [1])
    """
    alternatives = []
    by_first: dict[str, list[int]] = {}
    anywhere: list[int] = []
    for index, pattern in enumerate(patterns):
        if not pattern.pattern.startswith(lead):
            raise ValueError(f"pattern does not begin with {lead!r}: {pattern.pattern[:60]!r}")
        if pattern.flags & re.VERBOSE:
            raise ValueError(f"a verbose pattern cannot be joined: {pattern.pattern[:60]!r}")
        # (group names repeat across patterns, and only where they begin is wanted here; a pattern's flags, inline
        # at its start or given when compiled, are its own)
        source = _without_lookarounds(pattern.pattern.removeprefix(lead), _LONG_LOOKAROUND)
        source = re.sub(r"^\(\?[aiLmsu]+\)", "", re.sub(r"\(\?P<\w+>", "(?:", source))
        flags = "".join(letter for flag, letter in ((re.I, "i"), (re.M, "m"), (re.S, "s")) if pattern.flags & flag)
        body = f"(?{flags}:{source})" if flags else source
        first = first_characters(body)
        if first is None:
            alternatives.append(f"(?={body})")
            anywhere.append(index)
            for indices in by_first.values():
                indices.append(index)
        else:  # the first character, then a look back to where it stands, and the pattern from there
            alternatives.append(f"[{''.join(map(re.escape, sorted(first)))}](?<=(?={body}).)")
            for ch in first:
                by_first.setdefault(ch, list(anywhere)).append(index)
    return PatternScan(re.compile(f"{guard}{lead}(?:{'|'.join(alternatives)})"), by_first, anywhere)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], end: int | None = None, after: int = 0
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, after, end)`` finds, when its matches can begin only at ``starts``.

    >>> [m.group() for m in matches_at(re.compile("ab|b"), "abab b", [0, 2, 5])]
    ['ab', 'ab', 'b']
    """
    end = len(text) if end is None else end
    for start in starts:
        if start >= after and (match := pattern.match(text, start, end)):
            yield match
            after = max(match.end(), start + 1)


@lru_cache(maxsize=4096)  # a name or abbreviation recurs within an article and across articles
def whole_word(word: str, joiners: str = "") -> re.Pattern[str]:
    r"""``word`` where it is a word of its own, not part of a longer one (nor joined by one of ``joiners``).

    Compiled here, not through ``re``'s own cache: a text's names and abbreviations are as many patterns as it
    has names, and once they fill that cache it drops the rules' patterns, which then are compiled again.

    >>> [m.start() for m in whole_word("EU").finditer("EU, EUR, the EU-level and EU")]
    [0, 13, 26]
    >>> [m.start() for m in whole_word("EU", "-").finditer("EU, EUR, the EU-level and EU")]
    [0, 26]
    """
    edge = rf"[\w{re.escape(joiners)}]" if joiners else r"\w"
    return re.compile(rf"(?<!{edge}){re.escape(word)}(?!{edge})")
