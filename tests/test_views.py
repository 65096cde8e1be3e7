"""Graph views without a browser: projection, selection, folding, escaping, determinism, the command."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from bilateral.cli import main
from bilateral.commands import run_ingest
from tests.conftest import DATA, SEED_FACTS
from views.aggregate import fold
from views.build import ViewRequest, build_view
from views.html import script_json
from views.project import project
from views.select import EventFilter

BLR, CHN = "https://w3id.org/bilateral/id/country/BLR", "https://w3id.org/bilateral/id/country/CHN"
BLR_CHN = "https://w3id.org/bilateral/id/relation/BLR-CHN"
PAIR = ViewRequest(mode="pair", states=(BLR, CHN), relation=BLR_CHN)
REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*https?:|url\(\s*["']?\s*https?:|@import""", re.IGNORECASE)


def page_data(page: str) -> dict:
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match
    return json.loads(match.group(1))


def labels(graph: nx.Graph) -> dict[str, str]:
    return {d["label"]: d["cls"] for _, d in graph.nodes(data=True)}


def test_seed_pair_view_shows_what_the_article_says(seed_store: Dataset) -> None:
    view = build_view(seed_store, PAIR, store="test store", generator="bilateral test")
    found = labels(view.graph)
    for name, cls in {
        "Andrei Kuznetsov": "person",
        "Alexander Chervyakov": "person",
        "Ministry of Industry of the Republic of Belarus": "government-body",
        "Embassy of the Republic of Belarus in the People's Republic of China": "mission",
        "Commission for Industrial Cooperation between Belarus and China": "bilateral-body",
        "Belarusian-Chinese Intergovernmental Committee for Cooperation": "bilateral-body",
        "6th session of the Belarusian-Chinese Intergovernmental Committee for Cooperation": "event",
        "Belarus": "state",
        "China": "state",
    }.items():
        assert found.get(name) == cls, name
    meeting = next(n for n, d in view.graph.nodes(data=True) if d.get("kind") == "meeting")
    relations = {r for _, _, r in view.graph.in_edges(meeting, keys=True)} | {
        r for _, _, r in view.graph.out_edges(meeting, keys=True)
    }
    assert {"participated in", "attended", "concerns", "part of"} <= relations
    data = page_data(view.page)
    assert data["counts"] == {"nodes": view.graph.number_of_nodes(), "edges": view.graph.number_of_edges()}
    # the timeline: events numbered in date order, the planned session (undated) last
    assert "#1 2025-05-21 · session" in json.dumps(data["nodes"], ensure_ascii=False)
    assert re.search(r"#8 undated · session \(planned\)", json.dumps(data["nodes"], ensure_ascii=False))


def test_page_is_self_contained_utf8_and_says_how_it_was_made(seed_store: Dataset) -> None:
    page = build_view(seed_store, PAIR, store="Oxigraph store at X", generator="bilateral test").page
    assert not REMOTE.search(page), REMOTE.search(page)
    assert "bootstrap" not in page.lower()
    assert "vis.Network" in page and "<title>Belarus – China" in page
    assert "data as of 2025-08-06" in page and "Oxigraph store at X" in page and "filters: none" in page
    page.encode("utf-8")
    tooltips = " ".join(n["title"] for n in page_data(page)["nodes"])
    assert "Außerordentlichen und Bevollmächtigten Botschafter" in tooltips  # umlauts as written
    assert "— BelTA, 2025-08-06" in tooltips  # evidence with its source


def test_same_store_same_bytes(seed_store: Dataset) -> None:
    first = build_view(seed_store, replace(PAIR, date="2030-01-01"), store="s").page
    second = build_view(seed_store, replace(PAIR, date="2030-01-01"), store="s").page
    assert first == second
    other_date = build_view(seed_store, replace(PAIR, date="2031-02-02"), store="s").page
    assert other_date.replace("2031-02-02", "2030-01-01") == first


def test_markup_in_names_is_escaped() -> None:
    evil = "<img src=x onerror=alert(1)></script>"
    graph = nx.MultiDiGraph()
    graph.add_node("urn:x:p", cls="person", label=evil, evidence=(), kind="", status="", date="", score=None)
    graph.add_node("urn:x:e", cls="event", label=evil, evidence=(), kind="meeting", status="held", date="2025")
    graph.add_edge("urn:x:p", "urn:x:e", key="participated in", relation="participated in", capacity=evil)
    from views.html import PageInfo, render_page

    page = render_page(graph, {"urn:x:p": (0, 0), "urn:x:e": (100, 0)}, PageInfo(title=evil, what=evil, how=""))
    assert evil not in page
    assert "<img" not in page
    assert "</script>" not in page.split('<script id="graph-data"')[1].split("</script>")[0]
    data = page_data(page)
    assert {n["name"] for n in data["nodes"]} == {evil}  # the name itself, shown as text
    assert all("&lt;img" in n["title"] for n in data["nodes"])
    assert script_json(evil).count("<") == 0


def test_filters_states_view_and_cooperation(store: Dataset) -> None:
    run_ingest(store, [DATA / "facts"])
    full = project(store)
    signings = build_view(store, ViewRequest(keep=EventFilter(kinds=("signing",))), store="s").graph
    kinds = {d["kind"] for _, d in signings.nodes(data=True) if d["cls"] == "event"}
    assert kinds == {"signing"}
    autumn = build_view(store, ViewRequest(keep=EventFilter(since="2025-10", until="2025-10")), store="s").graph
    dates = {d["date"][:7] for _, d in autumn.nodes(data=True) if d["cls"] == "event"}
    assert dates == {"2025-10"}
    states = build_view(store, ViewRequest(mode="states"), store="s").graph
    pair = states.edges[BLR, CHN]
    concerning = [s for s, _, r in full.in_edges(BLR_CHN, keys=True) if r == "concerns"]
    scores = [full.nodes[e]["score"] for e in concerning]
    assert pair["events"] == len(concerning)
    assert pair["cooperation"] == pytest.approx(sum(scores) / len(scores), abs=0.01)


def test_fold_keeps_pinned_nodes_and_reports(store: Dataset) -> None:
    run_ingest(store, [DATA / "facts"])
    view = build_view(store, ViewRequest(max_nodes=40), store="s")
    assert view.graph.number_of_nodes() <= 40
    assert view.folding.folded > 0 and "folded into" in view.page
    graph = project(store)
    small, report = fold(graph, 10, keep=[BLR_CHN])
    assert BLR_CHN in small and small.number_of_nodes() <= 10
    assert sum(report.per_class.values()) == report.folded


def test_focus_depth(store: Dataset) -> None:
    run_ingest(store, [SEED_FACTS])
    graph = project(store)
    kuznetsov = next(n for n, d in graph.nodes(data=True) if d["label"] == "Andrei Kuznetsov")
    one = build_view(store, ViewRequest(mode="focus", focus=kuznetsov, depth=1), store="s").graph
    two = build_view(store, ViewRequest(mode="focus", focus=kuznetsov, depth=2), store="s").graph
    assert set(one) < set(two)
    assert all(nx.has_path(one.to_undirected(), kuznetsov, n) for n in one)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Nobody Atall"], "no person, body or state matches"),
        (["--pair", "BY", "XX"], "no state matches"),
        (["--pair", "BY", "BLR"], "two different states"),
        (["--kinds", "meeting,dance"], "unknown event kind(s): dance"),
        (["--since", "6 August"], "not an ISO date"),
        (["--until", "2025-13"], "not an ISO date"),
    ],
    ids=["unknown-entity", "unknown-state", "same-state", "unknown-kind", "bad-date", "bad-month"],
)
def test_view_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    location = str(tmp_path / "store")
    assert main(["ingest", "--store", location, str(SEED_FACTS)]) == 0
    capsys.readouterr()
    assert main(["view", "--store", location, "-o", str(tmp_path / "x.html"), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bilateral: ") and message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_view_command_writes_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = str(tmp_path / "store")
    assert main(["ingest", "--store", location, str(SEED_FACTS)]) == 0
    for args, name in (([], "graph.html"), (["--pair", "Belarus", "CN"], "pair.html"), (["--states"], "s.html"),
                       (["--focus", "Kusnezow", "--depth", "1"], "f.html")):  # fmt: skip
        out = tmp_path / "out" / name
        assert main(["view", "--store", location, "-o", str(out), *args]) == 0
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "wrote" in capsys.readouterr().out
