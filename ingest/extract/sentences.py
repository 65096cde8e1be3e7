"""Sentence splitting with exact character offsets.

A sentence ends at ``.``, ``!`` or ``?`` (and closing quotes) followed by white space
and an upper-case letter, a digit or an opening quote, or at a line break; not after
abbreviations (``Dr.``, ``z. B.``, ``т.е.``, ``г.``), initials (``S.``, ``С.В.``) or
ordinal days (``6. August``).

Examples
--------
>>> text = "MINSK, 6. August (BelTA) – Dr. Weber traf den Minister. Beide sprachen."
>>> [text[s:e] for s, e in split_sentences(text, "de")]
['MINSK, 6. August (BelTA) – Dr. Weber traf den Minister.', 'Beide sprachen.']
>>> text = "In Baku ist die 14. Sitzung der Kommission zu Ende gegangen. Sie tagte zwei Tage."
>>> len(split_sentences(text, "de"))
2
>>> text = "Лавров встретился с С.В. Ивановым в 2025 г. в Москве. Стороны обсудили вопросы."
>>> len(split_sentences(text, "ru"))
2
>>> len(split_sentences("Sie trafen sich in Wien. Đurić sagte, er sei zufrieden.", "de"))
2
>>> len(split_sentences("Лавров провел переговоры с Ван И. Стороны обсудили вопросы.", "ru"))
2
"""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.lexicon import chinese_surnames, load_lexicon

__all__ = ["split_sentences"]

# Upper-case letters a sentence may begin with: Latin with diacritics ("Đurić", "Łukasz", "Şahin") and Cyrillic
# beyond Russian ("Ўзбекистон", "Қасым")
_UPPER = "".join(chr(code) for code in [*range(0xC0, 0x250), *range(0x400, 0x530)] if chr(code).isupper())
_BOUNDARY = re.compile(rf"[.!?…]+[»“”\"')]*(?=\s+[\"„«“‘(]?[A-Z{_UPPER}0-9])|\n+")


# An article or preposition before a number with a full stop makes it a German ordinal ("die 14. Sitzung").
_GERMAN_ORDINAL_BEFORE = re.compile(
    r"\b(?:der|die|das|des|dem|den|zur|zum|am|im|vom|beim|seit|bis|ab|ihre[rsmn]?|seine[rsmn]?)\s+\d{1,3}$",
    re.IGNORECASE,
)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower().replace(" ", "") for a in load_lexicon(lang)["abbreviations"])


def _chinese_given_name(before: str, lang: str) -> bool:
    """A letter after a Chinese surname is a given name, not an initial: "с Ван И. Стороны …" ends a sentence."""
    surname = re.search(r"(\w+)\s+\w$", before)
    return surname is not None and surname.group(1) in chinese_surnames(lang)


def _month_words(lang: str) -> tuple[str, ...]:
    return tuple(load_lexicon(lang)["months"])


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence of ``text``, stripped of surrounding white space."""
    abbreviations = _abbreviations(lang)
    months = _month_words(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith(("\n",)):
            end = match.start()
        else:
            before = text[max(start, match.start() - 12) : match.start()]
            word = re.search(r"([\w.]+)$", before)
            token = word.group(1).lower() if word else ""
            spaced = re.search(r"((?:\w\.\s?)*\w)$", before)
            following = text[match.end() : match.end() + 12].lstrip().lower()
            if token in abbreviations or (spaced and spaced.group(1).replace(" ", "").lower() in abbreviations):
                continue
            if (re.fullmatch(r"\w", token) and not _chinese_given_name(before, lang)) or re.fullmatch(
                r"(?:\w\.)+\w", token
            ):
                continue  # initials: S. Jaishankar, С.В.Лавров
            if token.isdigit() and following.startswith(months):
                continue  # "6. August"
            if lang == "de" and token.isdigit() and len(token) <= 3 and _GERMAN_ORDINAL_BEFORE.search(before):
                continue  # "die 14. Sitzung", "zum 30. Mal": a German ordinal
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + len(chunk) - len(chunk.lstrip())
        spans.append((offset, offset + len(stripped)))
