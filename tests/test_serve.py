"""``bilateral serve``: the real Oxigraph server behind our front, used as real clients use it.

One store ingested from ``data/facts`` is served for the module; tests that need a
server of their own (updates, timeouts, locks) serve a copy of it.  Expected rows are
computed in-process (``dataset.query()`` on the embedded store, and ``bilateral query``)
before the server starts: while it serves, the store's write lock is taken.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest
from rdflib import Graph, Literal
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from bilateral.cli import main
from bilateral.commands import run_ingest
from bilateral.serve import GRACE, ServeError, ServerHandle, find_oxigraph, render_page, start_server
from bilateral.store import StoreError, open_store, opened, quad_count
from queries import NamedQuery, load_query, query_names

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "data" / "facts"
MAX_BYTES = 200_000

PERSONS = """
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?label WHERE { ?person a foaf:Person ; rdfs:label ?label } ORDER BY ?person ?label
"""
PERSONS_GRAPH = """
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?person a foaf:Person ; rdfs:label ?label } WHERE { ?person a foaf:Person ; rdfs:label ?label }
"""
SELECTS = {
    "stats-counts": load_query("stats-counts").text,
    "stats-events-per-kind": load_query("stats-events-per-kind").text,
}
SELECTS["persons-labels"] = PERSONS
SELECTS["named-graphs"] = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
INSERT = "INSERT DATA { <urn:x:s> <urn:x:p> 'written' }"
# Oxigraph cancels this one itself when the time limit passes (the stream ends "cancelled").
SLOW = "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?a"
# This one it does not: the ORDER BY materialises the join; only our hard deadline (or the
# memory cap) stops it, and the engine is restarted.
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c"


def _require_oxigraph() -> None:
    try:
        find_oxigraph()
    except ServeError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(str(error))
        pytest.skip(str(error))


Row = dict[str, tuple[str, str]]


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"  # in RDF 1.1 a simple literal is an xsd:string


def _row_of_json(binding: dict[str, dict[str, str]]) -> Row:
    return {name: (term["value"], term.get("datatype") or term.get("xml:lang", "")) for name, term in binding.items()}


def _row_of_rdflib(row: Any, names: list[str]) -> Row:
    out: Row = {}
    for name in names:
        term = row[name]
        if term is None:
            continue
        extra = (str(term.datatype or "") or term.language or "") if isinstance(term, Literal) else ""
        out[name] = (str(term), "" if extra == XSD_STRING else extra)
    return out


def _plain(graph: Graph) -> set[tuple[Any, ...]]:
    """The triples, with ``"x"^^xsd:string`` written as the simple literal ``"x"`` it is."""
    return {
        (s, p, Literal(str(o)) if isinstance(o, Literal) and str(o.datatype) == XSD_STRING else o) for s, p, o in graph
    }


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_oxigraph()
    path = tmp_path_factory.mktemp("served") / "store"
    with opened(str(path)) as dataset:
        run_ingest(dataset, [FACTS])
    return path


@pytest.fixture(scope="module")
def expected(store_path: Path) -> dict[str, Any]:
    """Rows, graphs and counts computed in-process, before any server holds the store."""
    out: dict[str, Any] = {}
    with opened(str(store_path), create=False) as dataset:
        for name, text in SELECTS.items():
            result = dataset.query(text)
            names = [str(v) for v in result.vars or []]
            out[name] = [_row_of_rdflib(row, names) for row in result]
        graph = dataset.query(PERSONS_GRAPH).graph
        assert graph is not None
        out["persons-graph"] = graph
        out["quads"] = quad_count(dataset)
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        assert main(["query", "stats-events-per-kind", "--store", str(store_path), "--format", "json"]) == 0
    out["cli stats-events-per-kind"] = [_row_of_json(b) for b in json.loads(stdout.getvalue())["results"]["bindings"]]
    return out


@pytest.fixture(scope="module")
def server(store_path: Path, expected: dict[str, Any]) -> Iterator[ServerHandle]:
    handle = start_server(store_path, "127.0.0.1", 0, timeout=5, max_bytes=MAX_BYTES, quiet=True)
    yield handle
    handle.stop()


@pytest.fixture
def store_copy(store_path: Path, expected: dict[str, Any], tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    return copy


def _request(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str, bytes, dict[str, str]]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read(), dict(error.headers)


def _get(endpoint: str, query: str, accept: str | None = None, **params: str) -> tuple[int, str, bytes]:
    url = endpoint + "?" + urllib.parse.urlencode({"query": query, **params})
    status, kind, body, _ = _request(url, headers={"Accept": accept} if accept else {})
    return status, kind, body


def _post_form(endpoint: str, fields: dict[str, str], accept: str | None = None) -> tuple[int, str, bytes]:
    headers = {"Content-Type": "application/x-www-form-urlencoded"} | ({"Accept": accept} if accept else {})
    status, kind, body, _ = _request(endpoint, data=urllib.parse.urlencode(fields).encode(), headers=headers)
    return status, kind, body


# --- same rows as in-process --------------------------------------------------------


@pytest.mark.parametrize("name", list(SELECTS))
@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_gets_the_rows_of_the_embedded_store(
    server: ServerHandle, expected: dict[str, Any], name: str, method: str
) -> None:
    client = SPARQLWrapper(server.endpoint)
    client.setQuery(SELECTS[name])
    client.setReturnFormat(JSON)
    client.setMethod(method)
    result: Any = client.queryAndConvert()
    rows = [_row_of_json(binding) for binding in result["results"]["bindings"]]
    assert rows, f"{name} gave no rows"
    assert rows == expected[name]


def test_sparqlwrapper_gets_the_rows_of_bilateral_query(server: ServerHandle, expected: dict[str, Any]) -> None:
    client = SPARQLWrapper(server.endpoint, returnFormat=JSON)
    client.setQuery(load_query("stats-events-per-kind").text)
    result: Any = client.queryAndConvert()
    assert [_row_of_json(b) for b in result["results"]["bindings"]] == expected["cli stats-events-per-kind"]


# --- plain HTTP: formats --------------------------------------------------------------


@pytest.mark.parametrize("how", ["GET", "POST form", "POST sparql-query"])
@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        (None, "application/sparql-results+json"),
    ],
    ids=["json", "xml", "csv", "tsv", "default"],
)
def test_select_in_each_format(
    server: ServerHandle, expected: dict[str, Any], how: str, accept: str | None, content_type: str
) -> None:
    query = load_query("stats-events-per-kind").text
    if how == "GET":
        status, kind, body = _get(server.endpoint, query, accept)
    elif how == "POST form":
        status, kind, body = _post_form(server.endpoint, {"query": query}, accept)
    else:
        headers = {"Content-Type": "application/sparql-query"} | ({"Accept": accept} if accept else {})
        status, kind, body, _ = _request(server.endpoint, data=query.encode(), headers=headers)
    assert (status, kind.split(";")[0]) == (200, content_type), body[:200]
    want = [(row["kind"][0], row["events"][0]) for row in expected["stats-events-per-kind"]]
    text = body.decode("utf-8")
    if content_type.endswith("json"):
        rows = [_row_of_json(b) for b in json.loads(text)["results"]["bindings"]]
        assert [(r["kind"][0], r["events"][0]) for r in rows] == want
    elif content_type.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        results = ET.fromstring(body).findall("r:results/r:result", ns)  # noqa: S314  (our own server's answer)
        got = [tuple(b.find("r:literal", ns).text for b in result.findall("r:binding", ns)) for result in results]  # type: ignore[union-attr]
        assert got == want
    elif content_type == "text/csv":
        records = list(csv.reader(io.StringIO(text)))
        assert records[0] == ["kind", "events"]
        assert [tuple(r) for r in records[1:]] == want
    else:
        lines = text.splitlines()
        assert lines[0].split("\t") == ["?kind", "?events"]
        assert [line.split("\t")[0].strip('"') for line in lines[1:]] == [kind for kind, _ in want]


@pytest.mark.parametrize("accept", ["text/turtle", None])
def test_construct_gives_turtle(server: ServerHandle, expected: dict[str, Any], accept: str | None) -> None:
    status, kind, body = _get(server.endpoint, PERSONS_GRAPH, accept)
    assert (status, kind.split(";")[0]) == (200, "text/turtle")
    graph = Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert len(graph) > 0
    assert _plain(graph) == _plain(expected["persons-graph"])


def test_ask(server: ServerHandle) -> None:
    status, _, body = _get(server.endpoint, "ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }")
    assert status == 200
    assert json.loads(body)["boolean"] is True


def test_a_syntax_error_is_a_400_with_the_position(server: ServerHandle) -> None:
    status, _, body = _get(server.endpoint, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400
    assert b"1:" in body


# --- read-only ------------------------------------------------------------------------


def test_updates_are_refused_and_the_store_is_unchanged(store_copy: Path, expected: dict[str, Any]) -> None:
    handle = start_server(store_copy, "127.0.0.1", 0, quiet=True)
    try:
        endpoint = handle.endpoint
        answers = {
            "form update=": _post_form(endpoint, {"update": INSERT}),
            "GET ?update=": _request(endpoint + "?" + urllib.parse.urlencode({"update": INSERT}))[:3],
            "sparql-update body": _request(
                endpoint, data=INSERT.encode(), headers={"Content-Type": "application/sparql-update"}
            )[:3],
            "form query=INSERT": _post_form(endpoint, {"query": INSERT}),
            "GET ?query=INSERT": _get(endpoint, INSERT),
            "query=DROP ALL": _post_form(endpoint, {"query": "PREFIX ex: <urn:x:#> DROP ALL"}),
            "POST /update": _request(handle.url + "update", data=urllib.parse.urlencode({"update": INSERT}).encode())[
                :3
            ],
        }
        for how, (status, kind, body) in answers.items():
            assert status == 403, how
            assert kind.startswith("text/plain"), how
            assert b"read-only" in body, how
            assert body.count(b"\n") == 1, how
        status, _, body = _get(endpoint, "ASK { <urn:x:s> ?p ?o }")
        assert json.loads(body)["boolean"] is False
    finally:
        handle.stop()
    with opened(str(store_copy), create=False) as dataset:
        assert quad_count(dataset) == expected["quads"]


def test_service_is_refused(server: ServerHandle) -> None:
    status, _, body = _get(server.endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403
    assert b"SERVICE" in body


def test_not_a_query_is_refused(server: ServerHandle) -> None:
    assert _get(server.endpoint, "hello")[0] == 400
    status, _, _, _ = _request(server.endpoint)  # no query at all
    assert status == 400


# --- limits ---------------------------------------------------------------------------


def test_a_result_over_the_size_limit_is_a_413(server: ServerHandle) -> None:
    status, _, body = _get(server.endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 413
    assert body.decode() == f"result larger than {MAX_BYTES} bytes; add LIMIT\n"
    assert _get(server.endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200


def test_queries_over_the_time_limit_are_a_503_and_the_server_recovers(store_copy: Path) -> None:
    handle = start_server(store_copy, "127.0.0.1", 0, timeout=1, max_memory_mb=2048, quiet=True)
    try:
        started = time.monotonic()
        status, _, body = _get(handle.endpoint, SLOW)
        assert (status, body) == (503, b"query stopped: it ran longer than the 1 s limit\n")
        assert time.monotonic() - started < 1 + GRACE + 2
        restarts = handle.restarts  # 0, unless a busy machine made Oxigraph miss its own limit
        started = time.monotonic()
        status, _, body = _get(handle.endpoint, RUNAWAY)
        assert status == 503, body
        assert time.monotonic() - started < 1 + GRACE + 2
        assert handle.restarts == restarts + 1
        assert _get(handle.endpoint, "ASK { ?s ?p ?o }")[:2] == (200, "application/sparql-results+json")
    finally:
        handle.stop()


# --- the store's lock -----------------------------------------------------------------


def test_no_writer_while_serving(server: ServerHandle, store_path: Path) -> None:
    with pytest.raises(StoreError, match="in use by another"):
        open_store(str(store_path))


def test_no_serving_while_a_writer_holds_the_store(store_copy: Path) -> None:
    dataset = open_store(str(store_copy))
    try:
        with pytest.raises(StoreError, match="locked by another process"):
            start_server(store_copy, "127.0.0.1", 0, quiet=True)
    finally:
        dataset.close()
    start_server(store_copy, "127.0.0.1", 0, quiet=True).stop()


def test_a_store_without_the_merged_graph_is_refused(tmp_path: Path) -> None:
    old = pyoxigraph.Store(str(tmp_path / "old"))
    old.add(pyoxigraph.Quad(pyoxigraph.NamedNode("urn:x:s"), pyoxigraph.NamedNode("urn:x:p"), pyoxigraph.Literal("o"),
                            pyoxigraph.NamedNode("urn:x:g")))  # fmt: skip
    old.flush()
    del old
    with pytest.raises(ServeError, match="no merged graph"):
        start_server(tmp_path / "old", "127.0.0.1", 0, quiet=True)


def test_no_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        start_server(tmp_path / "missing", "127.0.0.1", 0, quiet=True)


# --- the page -------------------------------------------------------------------------


def test_the_page_is_offline_and_lists_the_named_queries(server: ServerHandle) -> None:
    status, kind, body, headers = _request(server.url)
    assert (status, kind) == (200, "text/html; charset=utf-8")
    page = body.decode("utf-8")
    names = query_names()
    assert names
    for name in names:
        assert f'<button type="button">{name}</button>' in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert "<link" not in page
    assert "<script src" not in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_the_page_escapes_names_summaries_and_texts() -> None:
    evil = NamedQuery(
        name="<b>bold</b>",
        summary='a <script>alert("x")</script> & more',
        text="SELECT * { ?s ?p '</pre><script>alert(1)</script>' }",
        params="a (<img src=x>)",
    )
    page = render_page([evil])
    assert "<script>alert" not in page
    assert "<b>bold" not in page
    assert "<img" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in page
    assert "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page


# --- the command ----------------------------------------------------------------------


def test_serve_needs_a_persistent_store(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--store", "memory"]) == 2
    assert "persistent store" in capsys.readouterr().err


def test_the_command_serves_until_sigterm(store_copy: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bilateral.cli", "serve", "--store", str(store_copy), "--port", "0", "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+/) \(SPARQL endpoint (\S+)\)", line)
        assert match, line
        status, _, body = _get(match.group(2), "ASK { ?s ?p ?o }")
        assert (status, json.loads(body)["boolean"]) == (200, True)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "stopped" in out
    with opened(str(store_copy), create=False) as dataset:  # the lock is released
        assert quad_count(dataset) > 0
