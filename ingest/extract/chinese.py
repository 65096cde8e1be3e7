"""Chinese names written in Russian (Palladius transcription) back to pinyin.

The same official is "Li Qiang" in English and German but "Ли Цян" in Russian; a plain Cyrillic
transliteration ("Li Tsyan") would make two people of one.  The rules below undo Palladius
syllable by syllable: initials (чж → zh, цз → j/z, ц → q/c, с → x/s), finals (final -н → -ng,
-нь → -n, юэ → ue, уэй → ui, о → uo after most initials) and the spellings pinyin uses at the
start of a syllable (и → yi, у → wu, ю → you).

>>> " ".join(palladius_to_pinyin(w) for w in ["Си", "Цзиньпин"])
'Xi Jinping'
>>> [palladius_to_pinyin(w) for w in ["Дин", "Сюэсян", "Лян", "Хуэйлин", "Го", "Цзякунь", "Дун", "Цзюнь"]]
['Ding', 'Xuexiang', 'Liang', 'Huiling', 'Guo', 'Jiakun', 'Dong', 'Jun']
"""

from __future__ import annotations

import re

__all__ = ["is_pinyin", "looks_chinese", "palladius_to_pinyin"]

# Cyrillic finals (longest first) -> pinyin; the second form is the one written at the start of a syllable.
_FINALS: list[tuple[str, str, str]] = [
    ("юань", "üan", "yuan"),
    ("юэ", "üe", "yue"),
    ("юй", "ü", "yu"),
    ("уэй", "ui", "wei"),
    ("эй", "ei", "ei"),
    ("ай", "ai", "ai"),
    ("ао", "ao", "ao"),
    ("оу", "ou", "ou"),
    ("эр", "er", "er"),
    ("ю", "iu", "you"),
    ("я", "ia", "ya"),
    ("е", "ie", "ye"),
    ("ё", "io", "yo"),
    ("и", "i", "yi"),
    ("у", "u", "wu"),
    ("э", "e", "e"),
    ("ы", "i", "i"),
    ("о", "o", "o"),
    ("а", "a", "a"),
    ("й", "i", "i"),
]
_INITIALS = [("ч", "ch"), ("ш", "sh"), ("ж", "r"), ("х", "h"), ("в", "w"), ("с", "s"), ("б", "b"), ("п", "p"),
             ("м", "m"), ("ф", "f"), ("д", "d"), ("т", "t"), ("л", "l"), ("г", "g"), ("к", "k"), ("р", "r"),
             ("н", "n")]  # fmt: skip
# Spellings the syllable-by-syllable pass produces that pinyin writes otherwise.
_FIXES = [("jiun", "jun"), ("qiun", "qun"), ("xiun", "xun"), ("iung", "iong"), ("ung", "ong"), ("ü", "u")]


def palladius_to_pinyin(word: str) -> str:
    """One word of a Chinese name in Palladius Cyrillic, in pinyin without tones (capitalised)."""
    w = word.lower().replace("нь", "N")
    w = re.sub(r"н(?![аеёиоуыэюя])", "ng", w).replace("N", "n")  # a final -н is -ng, -нь is -n
    w = w.replace("чж", "zh")
    w = re.sub(r"цз(?=[июяе])", "j", w).replace("цз", "z")
    w = re.sub(r"ц(?=[июяе])", "q", w).replace("ц", "c")
    w = re.sub(r"с(?=[июяе])", "x", w)
    out: list[str] = []
    i = 0
    while i < len(w):
        for cyrillic, inside, initial in _FINALS:
            if w.startswith(cyrillic, i):
                previous = out[-1][-1] if out and out[-1] else ""
                if not previous.isalpha() or previous in "aeiouy":
                    latin = initial  # a syllable without an initial consonant
                elif inside.startswith("ü") and previous in "jqx":
                    latin = "u" + inside[1:]
                elif inside == "o" and previous not in "бпмф" and not w.startswith("у", i + 1):
                    latin = "uo"  # го, ло, до: guo, luo, duo
                else:
                    latin = inside
                out.append(latin)
                i += len(cyrillic)
                break
        else:
            out.append(w[i])
            i += 1
    latin = "".join(out)
    for cyrillic, roman in _INITIALS:
        latin = latin.replace(cyrillic, roman)
    for wrong, right in _FIXES:
        latin = latin.replace(wrong, right)
    return latin[:1].upper() + latin[1:]


# One pinyin syllable; a name word written in pinyin is one to three of them ("Xi", "Jinping", "Huiling").
_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u))"
)
_PINYIN = re.compile(_SYLLABLE + "{1,3}")
_ONE_SYLLABLE = re.compile(_SYLLABLE)
_AT_MOST_TWO = re.compile(_SYLLABLE + "{1,2}")


def is_pinyin(word: str) -> bool:
    """Whether ``word`` reads as one to three pinyin syllables.

    >>> is_pinyin("Jinping"), is_pinyin("Karlos")
    (True, False)
    """
    return bool(_PINYIN.fullmatch(word.lower()))


def looks_chinese(words: list[str]) -> bool:
    """Whether a name of two or three words reads as a Chinese one: all pinyin, a surname of one syllable first or
    last, and no word longer than two syllables (not "Mariela Solano Quesada", whose words are pinyin-like too).

    >>> looks_chinese(["Wang", "Wentao"]), looks_chinese(["Mariela", "Solano", "Quesada"])
    (True, False)
    """
    lower = [w.lower() for w in words]
    return (
        2 <= len(lower) <= 3
        and all(_AT_MOST_TWO.fullmatch(w) for w in lower)
        and bool(_ONE_SYLLABLE.fullmatch(lower[0]) or _ONE_SYLLABLE.fullmatch(lower[-1]))
    )
