"""Benchmark: sentences per second of extraction on one core, over the whole evaluation corpus.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--runs 3] [--repeat 5]``.  Pins the
process to one CPU, warms the extractor up once (lexicons, compiled patterns), then
times ``extract_facts`` over every text of ``tests/eval/corpus`` (dev and test, with
each text's metadata file when it has one) ``--repeat`` times per run, and prints the
median of ``--runs`` runs.  Sentences are counted with the extractor's own sentence
splitter (:func:`ingest.evaluate.count_sentences`), outside the timed section.
Exit code 1 when the median is below ``--target`` (default 1,000 sentences/s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.articles import article_id_for, read_meta  # noqa: E402
from ingest.evaluate import count_sentences  # noqa: E402

CORPUS = ROOT / "tests" / "eval" / "corpus"


def _pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity on this system)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus per run")
    parser.add_argument("--target", type=float, default=1000.0, help="sentences/s to reach")
    args = parser.parse_args(argv)
    pinned = _pin_to_one_core()
    from ingest.extract import EXTRACTOR_VERSION, extract_facts

    texts = sorted(CORPUS.glob("*/*.txt"))
    if not texts:
        print(f"no texts under {CORPUS}", file=sys.stderr)
        return 2
    jobs: list[tuple[str, dict[str, Any]]] = []
    sentences = 0
    for path in texts:
        meta = read_meta(path)
        text = path.read_text(encoding="utf-8")
        kwargs = {
            "article_id": article_id_for(path, meta),
            "published": meta.get("published"),
            "language": meta.get("language"),
            "publisher": meta.get("publisher"),
            "title": meta.get("title"),
            "url": meta.get("url"),
            "text_path": path.name,
        }
        jobs.append((text, kwargs))
        language = meta.get("language") or extract_facts(text, **kwargs)["article"]["language"]
        sentences += count_sentences(text, language)
    for text, kwargs in jobs:  # warm-up: lexicons, compiled patterns, caches
        extract_facts(text, **kwargs)
    rates = []
    for run in range(args.runs):
        started = time.perf_counter()
        for _ in range(args.repeat):
            for text, kwargs in jobs:
                extract_facts(text, **kwargs)
        seconds = time.perf_counter() - started
        rates.append(sentences * args.repeat / seconds)
        print(f"run {run + 1}: {sentences * args.repeat} sentences in {seconds:.3f} s = {rates[-1]:,.0f} sentences/s")
    median = statistics.median(rates)
    print(
        f"extractor {EXTRACTOR_VERSION}, {len(jobs)} articles, {sentences} sentences per pass, {pinned}: "
        f"median {median:,.0f} sentences/s (target {args.target:,.0f})"
    )
    return 0 if median >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
