"""Name keys: one spelling-independent key for the names of one person or body.

"Kusnezow" (German), "Kuznetsov" (English) and "Кузнецов" (Russian) are one man, and
so are "Tscherwjakow", "Chervyakov", "Charviakou" (Belarusian Latin) and "Червяков".
:func:`name_key` maps each of them to the same key.  The key is lossy on purpose; it
is never an identifier on its own: IRIs combine it with the state (see
:mod:`ingest.iri`), because "Kuznetsov" is many men.

Examples
--------
>>> name_key("Andrej Kusnezow") == name_key("Andrei Kuznetsov") == name_key("Андрей Кузнецов")
True
>>> name_key("Alexander Tscherwjakow") == name_key("Aliaksandr Charviakou") == name_key("Александр Червяков")
True
>>> name_key("Tamim bin Hamad Al Thani") == name_key("Тамим бин Хамад Аль Тани")  # English "th" is Russian "т"
True
>>> name_key("Yasser al-Majali") == name_key("Ясер аль-Маджали")
True
>>> name_key("Dschaischankar") == name_key("Джайшанкар") == name_key("Jaishankar")
True
>>> name_key("Andrei Kuznetsov") == name_key("Andrei Kozlov")
False
>>> slug("Ministry of Industry of the Republic of Belarus")
'ministry-of-industry-of-the-republic-of-belarus'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key", "slug", "transliterate"]

# Russian and Belarusian Cyrillic, close to the BGN/PCGN romanisation.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ў": "u", "є": "ye", "ї": "yi", "ґ": "g",
}  # fmt: skip

# German, Belarusian-Latin and English spellings of the same sounds, applied in order.
# "ch" and "sh" become one symbol each (C, S) before the c -> k fold can split them; Russian "дж" (dzh), German
# "dsch" and French "dj" are the English "j", and an English or German "th" is a Russian "т".
_FOLDS = [
    ("tsch", "ch"), ("shch", "sh"), ("dsch", "j"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "sh"),
    ("th", "t"), ("ch", "C"), ("sh", "S"),
    ("kh", "h"), ("ck", "k"), ("tz", "s"), ("ts", "s"), ("z", "s"), ("w", "v"),
    ("ph", "f"), ("q", "k"), ("c", "k"), ("x", "ks"),
]  # fmt: skip
_VOWELS = frozenset("aeiouyj")


# Latin letters that Unicode does not decompose into a base letter and a diacritic ("Đurić" is "Djuric").
_LATIN = {"đ": "dj", "ł": "l", "ø": "o", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}


@lru_cache(maxsize=65536)  # a name is transliterated for each key and each lookup of it
def transliterate(text: str) -> str:
    """Lower-case ASCII for ``text``: Cyrillic romanised, diacritics dropped.

    >>> transliterate("Червяков Ўладзімір")
    'chervyakov uladzimir'
    >>> transliterate("Außenminister Müller"), transliterate("Marko Đurić")
    ('aussenminister muller', 'marko djuric')
    """
    out = []
    for char in text.lower().replace("ß", "ss"):
        out.append(_CYRILLIC[char] if char in _CYRILLIC else _LATIN.get(char, char))
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _skeleton(token: str) -> str:
    token = re.sub(r"ou$", "ov", token)  # Belarusian-Latin -ou is Russian -ov: Charviakou
    for old, new in _FOLDS:
        token = token.replace(old, new)
    # Keep the first letter, then the consonants: vowels are where spellings differ most.
    out = [token[0]]
    for char in token[1:]:
        if char not in _VOWELS and char != out[-1]:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=65536)  # an article asks for the same few names' keys thousands of times
def name_key(name: str) -> str:
    """A spelling-independent key of a personal or organisational name."""
    return " ".join(_skeleton(token) for token in re.findall(r"[a-z]+", transliterate(name)))


def slug(text: str) -> str:
    """A readable IRI segment: ASCII, lower case, words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", transliterate(text)))
