"""Why the default store is Oxigraph: the same graph and queries in rdflib's memory store.

Builds a synthetic corpus through the real pipeline (facts -> RDF), loads it into
both stores and times loading and three queries of the library.  Each query run is
capped (``--cap`` seconds, in a subprocess); a capped run is reported as "> cap".

    python benchmarks/bench_store.py --articles 2000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import synthetic_facts
from bilateral.store import open_store, quad_count, replace_graphs
from ingest.to_rdf import facts_to_graph
from ontology.load import load_reference
from queries.run import run_named

QUERIES = [
    ("officials-met", {"a": "BY", "b": "CN"}),
    ("events-of-pair", {"a": "BY", "b": "CN"}),
    ("pairs", {}),
]


def _build(articles: int) -> dict:
    reference = load_reference()
    graphs = {a.iri: a.graph for a in (facts_to_graph(f, reference) for f in synthetic_facts(articles))}
    return {"graphs": graphs, "reference": reference}


def _run(kind: str, articles: int, out: mp.Queue) -> None:
    from rdflib import Graph

    from ingest import iri

    built = _build(articles)
    dataset = open_store("memory") if kind == "memory" else open_store(tempfile.mkdtemp(prefix="bilateral-bench-"))
    start = time.perf_counter()
    replace_graphs(dataset, {iri.reference_graph(): built["reference"], **built["graphs"]}, Graph(), [])
    out.put(("load", time.perf_counter() - start, quad_count(dataset)))
    for name, params in QUERIES:
        start = time.perf_counter()
        rows = len(list(run_named(dataset, name, params)))
        out.put((name, time.perf_counter() - start, rows))


def measure(kind: str, articles: int, cap: float) -> list[tuple[str, str]]:
    queue: mp.Queue = mp.Queue()
    process = mp.Process(target=_run, args=(kind, articles, queue))
    process.start()
    results: list[tuple[str, str]] = []
    deadline = time.perf_counter() + cap * (len(QUERIES) + 1) + 120
    while len(results) < len(QUERIES) + 1 and time.perf_counter() < deadline:
        try:
            step, seconds, size = queue.get(timeout=cap + 120 if not results else cap)
        except Exception:
            break
        results.append((step, f"{seconds:.3f} s ({size} {'quads' if step == 'load' else 'rows'})"))
    process.kill()
    done = {step for step, _ in results}
    results += [(name, f"> {cap:.0f} s (stopped)") for name, _ in QUERIES if name not in done]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--cap", type=float, default=60.0)
    args = parser.parse_args()
    print(f"synthetic corpus: {args.articles} articles")
    for kind in ("oxigraph", "memory"):
        for step, figure in measure(kind, args.articles, args.cap):
            print(f"  {kind:<9} {step:<16} {figure}")


if __name__ == "__main__":
    main()
