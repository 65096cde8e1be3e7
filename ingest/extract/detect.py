"""Language detection for de/en/ru: share of Cyrillic letters, then German vs English stopwords.

Examples
--------
>>> detect_language("МИНСК, 6 августа (БЕЛТА) – Министр встретился с послом.")
'ru'
>>> detect_language("Der Minister hat sich mit dem Botschafter getroffen.")
'de'
>>> detect_language("The minister met with the ambassador of China.")
'en'
"""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-zäöüß]", re.IGNORECASE)
_WORD = re.compile(r"[a-zäöüß]+")
_DE = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "den",
        "dem",
        "des",
        "mit",
        "hat",
        "sich",
        "nicht",
        "ein",
        "eine",
        "zu",
        "von",
        "für",
        "auf",
        "ist",
        "wurde",
        "im",
        "bei",
        "zur",
        "zum",
    ]
)
_EN = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "to",
        "in",
        "on",
        "for",
        "was",
        "were",
        "has",
        "have",
        "said",
        "that",
        "which",
        "is",
        "at",
        "by",
        "from",
        "as",
        "an",
    ]
)


def detect_language(text: str) -> str:
    """Return ``de``, ``en`` or ``ru`` for ``text`` (a cheap test; the three languages are far apart)."""
    sample = text[:3000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic > latin:
        return "ru"
    words = _WORD.findall(sample.lower())
    german = sum(word in _DE for word in words) + 3 * len(re.findall(r"[äöüß]", sample))
    english = sum(word in _EN for word in words)
    return "de" if german > english else "en"
