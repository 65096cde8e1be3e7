"""Organisations: bilateral bodies (commissions, committees, working groups), ministries, embassies.

A bilateral body is a head word of the lexicon ("Kommission", "Committee", "комиссии")
with its field ("für industrielle Zusammenarbeit", "on Economic Cooperation") and the pair
of states from adjectives ("belarussisch-chinesischen", "Uzbek-Belarusian") or from
"zwischen Belarus und China".

Examples
--------
>>> text = "Die Kommission für industrielle Zusammenarbeit zwischen Belarus und China wurde gegründet."
>>> [(b.kind, b.countries, b.name) for b in find_bodies(text, "de", [(0, len(text))], ("BY", "CN"))]
[('commission', ('BY', 'CN'), 'Commission for Industrial Cooperation between Belarus and China')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.extract.lexicon import english_name, load_lexicon

__all__ = ["Body", "find_bodies"]

_FIELDS = {
    "industrielle": "Industrial", "wirtschaftliche": "Economic", "handelswirtschaftliche": "Trade and Economic",
    "экономическому": "Economic", "промышленному": "Industrial", "торгово-экономическому": "Trade and Economic",
    "сельского хозяйства": "Agriculture", "образования": "Education",
}  # fmt: skip


@dataclass
class Body:
    """A bilateral body mentioned in the text."""

    start: int
    end: int
    form: str
    kind: str
    countries: tuple[str, ...]
    name: str


@cache
def _body_re(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    country = f"(?:{lex.state_re.pattern})"
    source = lex["bodies"][0]["re"].replace("{country}", country)
    source = source.replace("{country_adj_pair}", rf"{country}-{country}")
    prefix = rf"(?:(?:{country})(?:-|\s)(?:{country})?(?:\s|-)?)?" if lang != "ru" else ""
    return re.compile(prefix + source)


def _head_kind(lang: str, form: str) -> str | None:
    heads: dict[str, str] = load_lexicon(lang)["body_heads"]
    lowered = form.lower()
    best = None
    for head, kind in heads.items():
        index = lowered.find(head)
        if index >= 0 and (best is None or index < best[0] or (index == best[0] and len(head) > best[2])):
            best = (index, kind, len(head))
    return best[1] if best else None


def find_bodies(text: str, lang: str, sentences: list[tuple[int, int]], pair: tuple[str, ...]) -> list[Body]:
    """Bilateral bodies in ``text``; their states default to the article's ``pair``."""
    lex = load_lexicon(lang)
    out: list[Body] = []
    for start, end in sentences:
        for match in _body_re(lang).finditer(text, start, end):
            form = match.group().strip()
            kind = _head_kind(lang, form)
            if not kind:
                continue
            states = []
            for state in lex.state_re.finditer(form):
                code = lex.state_of(state.group())
                if code and code not in states:
                    states.append(code)
            bilateral = len(states) >= 2 or re.search(r"межправ|zwischenstaatlich|intergovernmental", form, re.I)
            if len(states) < 2:
                if kind == "council" and not bilateral:
                    continue
                if not bilateral and not re.search(r"(?:Zusammenarbeit|[Cc]ooperation|сотрудничеств)", form):
                    continue
                states = list(dict.fromkeys([*states, *pair]))[:2]
            if len(states) < 2:
                continue
            out.append(
                Body(match.start(), match.end(), form, kind, (states[0], states[1]), _english(form, kind, states))
            )
    return out


def _english(form: str, kind: str, states: list[str]) -> str:
    head = {"commission": "Commission", "intergovernmental-committee": "Intergovernmental Committee",
            "working-group": "Working Group", "council": "Council"}[kind]  # fmt: skip
    if re.search(r"^[A-Z]", form) and re.search(r"[a-z]", form) and not re.search(r"[äöüß]|[а-я]", form):
        return form[0].upper() + form[1:]  # English already
    field = ""
    for word, english in _FIELDS.items():
        if word in form.lower():
            field = f" for {english} Cooperation"
            break
    if re.search(r"zwischen|between", form):
        return f"{head}{field} between {english_name(states[0])} and {english_name(states[1])}"
    return f"{english_name(states[0])}-{english_name(states[1])} {head}{field}"
