"""The extractor: from an article's text to a facts document (``ingest/facts.schema.json``).

An event coder in the TABARI/PETRARCH tradition, rebuilt for German, English and Russian:
dictionaries of states, titles, organisations and event patterns (``lexicon/*.yaml``),
morphology for inflected names, datelines and relative dates, and evidence (sentence,
offsets, rule, confidence) on every fact.

Examples
--------
>>> text = ("MINSK, 6. August (BelTA) – Der belarussische Industrieminister Andrej Kusnezow hat sich "
...         "mit dem chinesischen Botschafter in Belarus, Xie Xiaoyong, getroffen.")
>>> facts = extract_facts(text, article_id="demo")
>>> facts["article"]["published"], facts["article"]["language"], facts["article"]["dateline"]
('...-08-06', 'de', 'Minsk')
>>> [(p["name"], p["country"]) for p in facts["persons"]]
[('Andrei Kuznetsov', 'BY'), ('Xie Xiaoyong', 'CN')]
>>> [(e["kind"], e["status"], e["participants"], e["countries"]) for e in facts["events"]]
[('meeting', 'held', ['kuznetsov', 'xie'], ['BY', 'CN'])]
"""

from __future__ import annotations

from ingest.extract.core import EXTRACTOR_VERSION, extract_facts

__all__ = ["EXTRACTOR_VERSION", "extract_facts"]
