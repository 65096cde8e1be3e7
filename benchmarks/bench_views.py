"""Benchmark: how soon a 2,000-node view is drawn and responds in headless chromium (network off).

Run: ``.venv/bin/python benchmarks/bench_views.py [--events 1100] [--runs 3]``.  Prints the
layout and page-writing time in Python, then for each run the time from navigation
start until the page has drawn its network (the page's ``afterDrawing`` flag), and how
long a selection + redraw takes after that.  Needs Debian's chromium and chromedriver.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import offline_chromium, synthetic_graph, wait_ready  # noqa: E402
from views.html import PageInfo, render_page, write_page  # noqa: E402
from views.layout import layout  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1100, help="synthetic events (1100 -> ~2,040 nodes)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    chromedriver = shutil.which("chromedriver")
    if chromedriver is None:
        print("chromedriver is not installed (apt-get install chromium chromium-driver)", file=sys.stderr)
        return 2
    graph = synthetic_graph(args.events)
    started = time.perf_counter()
    positions = layout(graph)
    laid = time.perf_counter() - started
    page = render_page(graph, positions, PageInfo(title="synthetic benchmark", what="", how=""))
    drawn_page = time.perf_counter() - started - laid
    folder = Path(tempfile.mkdtemp(prefix="bilateral-bench-"))
    path = write_page(folder / "synthetic.html", page)
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; page {len(page) / 1e6:.1f} MB")
    print(f"python: layout {laid:.2f} s, page {drawn_page:.2f} s")
    ready, respond = [], []
    with offline_chromium(chromedriver) as driver:
        for run in range(args.runs):
            driver.get(path.as_uri())
            wait_ready(driver, timeout=60)
            ready.append(float(driver.execute_script("return window.bilateral.readyAt")))
            t0 = time.perf_counter()
            driver.execute_script("window.network.selectNodes(['urn:p:1']); window.network.redraw();")
            respond.append(time.perf_counter() - t0)
            count = driver.execute_script("return window.network.body.data.nodes.length")
            print(f"run {run + 1}: drawn {ready[-1]:.0f} ms after navigation start; select+redraw {respond[-1]:.3f} s;"
                  f" {count} nodes drawn")  # fmt: skip
    print(f"median: drawn {statistics.median(ready):.0f} ms, select+redraw {statistics.median(respond):.3f} s")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
