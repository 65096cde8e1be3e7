"""Evidence spans: find a quoted sentence in an article and check given offsets.

Offsets are 0-based and count Unicode code points of the article text exactly as
stored (no newline or whitespace normalisation), so ``text[start:end] == quote``.

Examples
--------
>>> text = "MINSK, 6. August (BelTA) – Der Minister traf den Botschafter. Beide sprachen."
>>> locate(text, "Beide sprachen.")
(62, 77)
>>> add_offsets('    - text: "Beide sprachen."\\n', text)
'    - text: "Beide sprachen."\\n      start: 62\\n      end: 77\\n'
"""

from __future__ import annotations

import re

import yaml

__all__ = ["EvidenceError", "add_offsets", "locate"]


class EvidenceError(ValueError):
    """A quote that is not in the article text, or is in it more than once."""


def locate(text: str, quote: str) -> tuple[int, int]:
    """Return ``(start, end)`` of the only occurrence of ``quote`` in ``text``."""
    start = text.find(quote)
    if start < 0:
        raise EvidenceError(f"not found in the article text: {quote[:60]!r}")
    if text.find(quote, start + 1) >= 0:
        raise EvidenceError(f"occurs more than once in the article text: {quote[:60]!r}")
    return start, start + len(quote)


_TEXT_LINE = re.compile(r"^(?P<indent>\s*)- text: (?P<value>.+?)\s*$")


def add_offsets(facts_yaml: str, text: str) -> str:
    """Insert ``start:``/``end:`` after every evidence ``text:`` line that lacks them.

    Works on the YAML source line by line, so comments and layout survive.  Used by
    ``bilateral locate`` when writing facts by hand.
    """
    lines = facts_yaml.splitlines(keepends=True)
    out: list[str] = []
    for number, line in enumerate(lines):
        out.append(line)
        match = _TEXT_LINE.match(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not match or re.match(r"^\s*start:", following):
            continue
        quote = yaml.safe_load(match["value"])
        if not isinstance(quote, str):
            continue
        start, end = locate(text, quote)
        indent = " " * (len(match["indent"]) + 2)
        out.append(f"{indent}start: {start}\n{indent}end: {end}\n")
    return "".join(out)
