"""A headless Debian chromium, network off, driven by selenium: for the view tests and the benchmark."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["CHROMIUM_FLAGS", "offline_chromium"]

CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    "--disable-dev-shm-usage", "--window-size=1600,1000",
)  # fmt: skip


@contextmanager
def offline_chromium(chromedriver: str, chromium: str | None = None) -> Iterator[Any]:
    """A selenium Chrome driver on Debian's chromium with the network emulated offline.

    ``window.alert``/``confirm``/``prompt`` are replaced before any page script runs,
    so that a script that should never run leaves a trace (``window.__alerts``).
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="bilateral-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium or shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
        )
        driver.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument",
            {"source": "window.__alerts = []; for (const f of ['alert', 'confirm', 'prompt']) "
             "{ window[f] = (m) => { window.__alerts.push(String(m)); }; }"},
        )  # fmt: skip
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_ready(driver: Any, timeout: float = 10.0) -> None:
    """Wait until the page has drawn its network (the page sets ``window.bilateral.ready``)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return !!(window.bilateral && window.bilateral.ready)")
    )


def shot(driver: Any, page: Path, out: Path) -> Path:
    driver.get(page.resolve().as_uri())
    wait_ready(driver)
    driver.save_screenshot(str(out))
    return out


def synthetic_graph(n_events: int = 1100, seed: int = 1) -> Any:
    """A bilateral-shaped view graph: states, relations, officials with posts, bodies, events, statements.

    ``n_events=1100`` gives about 2,100 nodes.  Names mix Latin, Cyrillic and umlauts.
    """
    import random

    import networkx as nx

    from views.project import Evidence

    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    graph = nx.MultiDiGraph()
    blank = {"kind": "", "status": "", "date": "", "score": None, "place": "", "evidence": ()}

    def node(key: str, cls: str, label: str, **attrs: Any) -> str:
        graph.add_node(key, **{**blank, "cls": cls, "label": label, **attrs})
        return key

    def edge(a: str, b: str, relation: str) -> None:
        graph.add_edge(a, b, key=relation, relation=relation, capacity="", role="", evidence=())

    states = [node(f"urn:s:{i}", "state", f"State {i} Государство Ä{i}", code=f"S{i:02d}") for i in range(30)]
    pairs = []
    for i in range(60):
        a, b = rng.sample(states, 2)
        pairs.append(r := node(f"urn:r:{i}", "relation", f"Relation {i}"))
        edge(r, a, "party")
        edge(r, b, "party")
    people, bodies = [], []
    for i in range(350):
        state = rng.choice(states)
        people.append(p := node(f"urn:p:{i}", "person", f"Official {i} Кузнецов-{i}"))
        post = node(f"urn:post:{i}", "post", f"Minister {i} of Ämter")
        edge(p, post, "holds post")
        edge(p, state, "of state")
    for i in range(150):
        bodies.append(
            b := node(f"urn:b:{i}", rng.choice(["government-body", "mission", "bilateral-body"]), f"Body {i}")
        )
        edge(b, rng.choice(states), "of state")
        edge(f"urn:post:{rng.randrange(350)}", b, "post in")
    kinds = [("meeting", 1.0), ("talks", 7.0), ("signing", 8.0), ("visit", 1.9), ("statement", 0.0)]
    for i in range(n_events):
        kind, score = rng.choice(kinds)
        date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        proof = (Evidence(date, f"a{i}", 0, f"Sentence {i} über Treffen, встреча.", "BelTA"),)
        e = node(f"urn:e:{i}", "event", f"{kind} {i}", kind=kind, score=score, date=date, status="held", evidence=proof)
        edge(e, rng.choice(pairs), "concerns")
        for p in rng.sample(people, rng.randint(1, 3)):
            edge(p, e, "participated in")
        if rng.random() < 0.3:
            edge(e, rng.choice(bodies), "session of")
    return graph
