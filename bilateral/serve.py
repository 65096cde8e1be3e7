"""A read-only SPARQL 1.1 Protocol endpoint over the store, run by Oxigraph's own server.

The queries run on Oxigraph's engine, in the Oxigraph server binary (the ``oxigraph``
PyPI package) started as a child process with ``serve-read-only`` on a free loopback
port.  As in the embedded store, a query's default graph is the merged graph
(:func:`ingest.iri.union_graph`, sent as ``default-graph-uri`` unless the client names
its own graphs) and ``GRAPH ?g`` reaches every named graph.  In front of the binary a
small stdlib HTTP server adds what it lacks:

- ``/sparql`` (GET ``?query=``, POST form ``query=`` or ``application/sparql-query``)
  forwards queries only: SPARQL Update (``update=``, ``application/sparql-update``, or a
  text starting with INSERT, DELETE, LOAD, …) is refused with 403 and never forwarded;
  so is ``SERVICE`` (the binary would fetch any URL a query names);
- a result-size limit: at most ``max_bytes`` are buffered, beyond that 413;
- a hard time limit: the binary's own ``--timeout-s`` does not stop every query (an
  ``ORDER BY`` over a large join ignores it and grows without bound), so a query still
  running ``grace`` seconds after the limit gets 503 and the child is restarted; the
  child's address space is capped (``max_memory_mb``) so such a query dies early;
- ``/`` a self-contained query page (no external script, style or font) listing the
  named queries.

While serving, the store's write lock is held, so ``bilateral ingest`` into the same
store fails with a clear message instead of writing under a reader (undefined
behaviour in Oxigraph); if a writer already holds it, :func:`start_server` refuses.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import hashlib
import html
import http.client
import ipaddress
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bilateral.store import StoreError
from ingest.iri import union_graph
from queries import NamedQuery, load_query, query_names

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_MEMORY_MB",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "ServeError",
    "ServerHandle",
    "find_oxigraph",
    "is_loopback",
    "query_form",
    "render_page",
    "start_server",
    "uses_service",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30  # seconds per query
DEFAULT_MAX_BYTES = 50_000_000
DEFAULT_MAX_MEMORY_MB = 4096
GRACE = 2.0  # seconds past the time limit before the engine is restarted
MAX_QUERY_BYTES = 1_000_000
QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
JSON_RESULTS = "application/sparql-results+json"
CANCELLED = b"The SPARQL operation has been cancelled"


class ServeError(RuntimeError):
    """The server cannot start; the message says why and what to do."""


# --- reading a request's SPARQL text, without parsing it ----------------------------

# Strings, IRIs and comments, matched left to right as a SPARQL lexer would.
_OPAQUE = re.compile(
    r"'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
    r'|"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n\r]*",
    re.DOTALL,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*)*([A-Za-z]+)", re.IGNORECASE)
_GRAPH = re.compile(r"(?<![\w:?$])(?:GRAPH|NAMED)(?![\w:-])", re.IGNORECASE)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


def _skeleton(text: str) -> str:
    return _OPAQUE.sub(" ", text)


def query_form(text: str) -> str | None:
    """The first keyword after the prologue, upper-cased (``SELECT``, ``INSERT``, …), or None.

    >>> query_form("PREFIX ex: <http://ex.org/#a> # SELECT\\nask { ?s ?p ?o }")
    'ASK'
    >>> query_form("INSERT DATA { <a:b> <a:c> 'SELECT' }")
    'INSERT'
    """
    match = _PROLOGUE.match(_skeleton(text))
    return match.group(1).upper() if match else None


def uses_service(text: str) -> bool:
    """Whether the query has a ``SERVICE`` clause (outside strings, IRIs and comments).

    >>> uses_service('SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT ?service { ?service ex:SERVICE "SERVICE" } # SERVICE')
    False
    """
    return _SERVICE.search(_skeleton(text)) is not None


# --- the Oxigraph child -------------------------------------------------------------


def find_oxigraph() -> str:
    """The Oxigraph server binary: next to the running Python first, then on ``PATH``."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError(
            "the Oxigraph server binary 'oxigraph' is neither next to Python nor on PATH: "
            "pip install 'oxigraph>=0.5,<0.6'"
        )
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class _Answer:
    status: int
    content_type: str
    body: bytes


class _Engine:
    """``oxigraph serve-read-only`` on a loopback port, restarted when a query runs away."""

    def __init__(self, binary: str, location: Path, timeout: int, max_memory_mb: int, quiet: bool) -> None:
        self.binary, self.location, self.timeout = binary, location, timeout
        self.max_memory_mb, self.quiet = max_memory_mb, quiet
        self.restarts = 0
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._generation = 0
        self._output: collections.deque[str] = collections.deque(maxlen=20)

    def start(self) -> None:
        with self._lock:
            self._spawn()

    def stop(self) -> None:
        with self._lock:
            self._kill(graceful=True)

    def _spawn(self) -> None:
        for _attempt in range(3):  # the free port may be taken between probe and bind
            self._port = _free_port()
            command = [
                self.binary, "serve-read-only", "--location", str(self.location),
                "--bind", f"127.0.0.1:{self._port}", "--timeout-s", str(self.timeout),
            ]  # fmt: skip
            process = subprocess.Popen(  # noqa: S603  (our own argument list, no shell)
                command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
            self._limit_memory(process.pid)
            threading.Thread(target=self._drain, args=(process,), daemon=True).start()
            self._process = process
            self._generation += 1
            if self._wait_ready(process):
                return
            self._kill()
        raise ServeError(f"the Oxigraph server did not start: {' / '.join(self._output) or 'no output'}")

    def _limit_memory(self, pid: int) -> None:
        if self.max_memory_mb <= 0:
            return
        try:
            import resource  # POSIX only

            limit = self.max_memory_mb * 2**20
            resource.prlimit(pid, resource.RLIMIT_AS, (limit, limit))
        except (ImportError, AttributeError, OSError):  # not Linux: no cap
            return

    def _drain(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace").rstrip()
            self._output.append(line)
            if not self.quiet and not line.startswith("Listening for requests"):
                print(f"oxigraph: {line}", file=sys.stderr)

    def _wait_ready(self, process: subprocess.Popen[bytes], seconds: float = 15.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if process.poll() is not None:
                time.sleep(0.05)  # let the drain thread read the last words
                return False
            connection = http.client.HTTPConnection("127.0.0.1", self._port, timeout=2)
            try:
                connection.request("GET", "/query?query=ASK%7B%7D")
                if connection.getresponse().status == 200:
                    return True
            except OSError:
                time.sleep(0.01)
            finally:
                connection.close()
        return False

    def _kill(self, *, graceful: bool = False) -> None:
        """Stop the child: a runaway query is killed at once (a read-only engine has nothing to save)."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        if graceful:
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
        if process.poll() is None:
            process.kill()
        process.wait()

    def _restart(self, generation: int) -> None:
        """Restart the child, unless another thread already did since ``generation``."""
        with self._lock:
            if generation != self._generation:
                return
            self._kill()
            self.restarts += 1
            self._spawn()

    def query(self, text: str, accept: str, graphs: list[tuple[str, str]], max_bytes: int) -> _Answer:
        """Run ``text`` on the child; the answer is buffered whole, or refused (413, 503)."""
        with self._lock:
            port, generation = self._port, self._generation
        deadline = time.monotonic() + self.timeout + GRACE

        def remaining() -> float:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            return left

        form = urllib.parse.urlencode([("query", text), *graphs]).encode("utf-8")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=remaining())
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        try:
            connection.request("POST", "/query", body=form, headers=headers)
            sock = connection.sock  # kept: the response may take it over from the connection
            assert sock is not None
            sock.settimeout(remaining())
            response = connection.getresponse()
            chunks, size = [], 0
            while True:
                sock.settimeout(remaining())  # one deadline for the whole answer, not per read
                chunk = response.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    return _text(413, f"result larger than {max_bytes} bytes; add LIMIT")
                chunks.append(chunk)
            body = b"".join(chunks)
        except TimeoutError:
            self._restart(generation)
            return _text(503, f"query stopped: it ran longer than the {self.timeout} s limit")
        except (OSError, http.client.HTTPException):
            self._restart(generation)
            return _text(
                503,
                f"the query engine stopped (a query over the {self.max_memory_mb} MB memory limit?); "
                "it was restarted: try again, or narrow the query",
            )
        finally:
            connection.close()
        if response.status == 200 and body.endswith(CANCELLED):
            return _text(503, f"query stopped: it ran longer than the {self.timeout} s limit")
        return _Answer(response.status, response.getheader("Content-Type", "application/octet-stream"), body)


def _text(status: int, message: str) -> _Answer:
    return _Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


# --- the store's write lock ---------------------------------------------------------


class _WriteLock:
    """Hold the store's RocksDB ``LOCK`` so that no writer opens it while we serve.

    An open-file-description lock (Linux) conflicts with RocksDB's POSIX lock even in
    this same process, and closing it leaves RocksDB's lock of an open Dataset alone.
    """

    def __init__(self, location: Path) -> None:
        self._fd: int | None = None
        try:
            import fcntl  # POSIX only
        except ImportError:
            return
        fd = os.open(location / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if hasattr(fcntl, "F_OFD_SETLK"):
                fcntl.fcntl(fd, fcntl.F_OFD_SETLK, struct.pack("@hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))
            else:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreError(
                f"the store at {location} is locked by another process (a running 'bilateral ingest', or another "
                "'bilateral serve'); serving a store while it is written is unsafe: wait for that process to finish"
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


# --- the query page -----------------------------------------------------------------

_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5em; max-width: 80em; }
textarea { width: 100%; height: 14em; font: 13px monospace; }
table { border-collapse: collapse; margin-top: 1em; }
td, th { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; font-size: 13px; }
#status { margin-left: 1em; }
pre { background: #f4f4f4; padding: .5em; overflow-x: auto; }
.queries li { margin: .3em 0; }
.queries pre { display: none; }
.params { color: #555; font-size: 13px; }
"""

_SCRIPT = """
const box = document.getElementById("query");
const out = document.getElementById("results");
const status = document.getElementById("status");
for (const button of document.querySelectorAll(".queries button")) {
  button.addEventListener("click", () => {
    box.value = button.parentElement.querySelector("pre").textContent;
    box.focus();
  });
}
function cell(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + " @" + term["xml:lang"];
  return term.value;
}
async function run() {
  status.textContent = "running…";
  out.replaceChildren();
  const started = performance.now();
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: {"Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: new URLSearchParams({query: box.value}),
    });
    const type = response.headers.get("Content-Type") || "";
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok || !type.startsWith("application/sparql-results+json")) {
      const pre = document.createElement("pre");
      pre.textContent = await response.text();
      out.append(pre);
      status.textContent = (response.ok ? "" : "error " + response.status + ", ") + seconds + " s";
      return;
    }
    const data = await response.json();
    if ("boolean" in data) {
      out.textContent = String(data.boolean);
      status.textContent = seconds + " s";
      return;
    }
    const table = document.createElement("table");
    const head = table.insertRow();
    for (const name of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.append(th);
    }
    for (const row of data.results.bindings) {
      const tr = table.insertRow();
      for (const name of data.head.vars) tr.insertCell().textContent = cell(row[name]);
    }
    out.append(table);
    status.textContent = data.results.bindings.length + " row(s), " + seconds + " s";
  } catch (error) {
    status.textContent = "failed: " + error;
  }
}
document.getElementById("run").addEventListener("click", run);
box.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
});
"""


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


# No network but this server: inline script and style are allowed by their hashes only.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src {_csp_hash(_SCRIPT)}; style-src {_csp_hash(_STYLE)}; "
    "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def render_page(named: Sequence[NamedQuery], store: str = "") -> str:
    """The query page: a query box, a results table, and the named queries (all escaped)."""
    esc = html.escape
    items = []
    for query in named:
        params = f'<div class="params">params: {esc(query.params)}</div>' if query.params else ""
        items.append(
            f'<li><button type="button">{esc(query.name)}</button> {esc(query.summary)}{params}'
            f"<pre>{esc(query.text)}</pre></li>"
        )
    listing = "\n".join(items) or "<li>none</li>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bilateral SPARQL</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>bilateral SPARQL endpoint</h1>
<p>Read-only {esc(store)}. The endpoint is <code>/sparql</code> (SPARQL 1.1 Protocol, GET or POST;
results as JSON, XML, CSV or TSV by <code>Accept</code>, Turtle for CONSTRUCT). Updates are refused.</p>
<textarea id="query" spellcheck="false">SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<p><button type="button" id="run">Run</button> <span class="params">(Ctrl+Enter)</span>
<span id="status"></span></p>
<div id="results"></div>
<h2>Named queries</h2>
<p class="params">Click a name to load its text. Where a query lists <code>#+ params</code>, those are
placeholders in its text: fill them in before running.</p>
<ul class="queries">
{listing}
</ul>
<script>{_SCRIPT}</script>
</body>
</html>
"""


# --- the front server ---------------------------------------------------------------


class _FrontServer(ThreadingHTTPServer):
    daemon_threads = True
    engine: _Engine
    page: bytes
    max_bytes: int
    quiet: bool
    named_graphs: list[str]

    def dataset(self, text: str) -> list[tuple[str, str]]:
        """The dataset of the embedded store (:class:`bilateral.store.MergedDataset`), as protocol parameters.

        The merged graph is the default graph and ``GRAPH ?g`` reaches every named graph; the
        protocol has no "all named graphs" once a default graph is given, so they are listed
        (the list cannot change: no one writes while we serve), for queries that use GRAPH.
        """
        default = [("default-graph-uri", str(union_graph()))]
        if _GRAPH.search(_skeleton(text)) is None:
            return default
        return default + [("named-graph-uri", name) for name in self.named_graphs]


class _Handler(BaseHTTPRequestHandler):
    server: _FrontServer
    server_version = "bilateral-serve"

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(
                200, "text/html; charset=utf-8", self.server.page, {"Content-Security-Policy": CONTENT_SECURITY_POLICY}
            )
        elif url.path == "/sparql":
            self._sparql(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        else:
            self._reply_text(404, "not found: the endpoint is /sparql, the query page /")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._reply_text(404 if url.path != "/update" else 403, "read-only endpoint: POST queries to /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self._reply_text(413, f"request larger than {MAX_QUERY_BYTES} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            self._reply_text(403, "SPARQL Update is refused: this endpoint is read-only")
        elif kind == "application/sparql-query":
            self._sparql([*params, ("query", body)])
        elif kind == "application/x-www-form-urlencoded":
            self._sparql(params + urllib.parse.parse_qsl(body, keep_blank_values=True))
        else:
            self._reply_text(415, "send application/sparql-query, or a form with query=")

    def do_PUT(self) -> None:
        self._reply_text(403, "read-only endpoint")

    def do_DELETE(self) -> None:
        self.do_PUT()

    def do_PATCH(self) -> None:
        self.do_PUT()

    def _sparql(self, params: list[tuple[str, str]]) -> None:
        names = {name for name, _ in params}
        if "update" in names:
            self._reply_text(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        texts = [value for name, value in params if name == "query"]
        if len(texts) != 1:
            self._reply_text(400, "give exactly one query parameter (…/sparql?query=SELECT…)")
            return
        text = texts[0]
        form = query_form(text)
        if form in UPDATE_KEYWORDS:
            self._reply_text(403, f"SPARQL Update ({form}) is refused: this endpoint is read-only")
            return
        if form not in QUERY_FORMS:
            self._reply_text(400, "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE after the prologue")
            return
        if uses_service(text):
            self._reply_text(403, "SERVICE is refused: this endpoint makes no requests to other servers")
            return
        accept = self.headers.get("Accept", "").strip()
        if accept in ("", "*/*"):
            accept = "text/turtle" if form in ("CONSTRUCT", "DESCRIBE") else JSON_RESULTS
        graphs = [(name, value) for name, value in params if name in ("default-graph-uri", "named-graph-uri")]
        if not graphs:
            graphs = self.server.dataset(text)
        answer = self.server.engine.query(text, accept, graphs, self.server.max_bytes)
        self._send(answer.status, answer.content_type, answer.body)

    def _reply_text(self, status: int, message: str) -> None:
        answer = _text(status, message)
        self._send(answer.status, answer.content_type, answer.body)

    def _send(self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _check_merged_graph(engine: _Engine, path: Path) -> None:
    """Refuse a store whose graphs lack the merged graph: every query would find nothing."""

    def ask(text: str) -> bool:
        answer = engine.query(text, JSON_RESULTS, [], 10_000)
        return answer.status == 200 and b"true" in answer.body

    merged = union_graph().n3()
    if ask("ASK { GRAPH ?g { ?s ?p ?o } }") and not ask(f"ASK {{ GRAPH {merged} {{ ?s ?p ?o }} }}"):
        raise ServeError(
            f"the store at {path} has no merged graph {merged} (an older bilateral wrote it): "
            "run 'bilateral ingest' into it again"
        )


def _named_graphs(engine: _Engine) -> list[str]:
    answer = engine.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", JSON_RESULTS, [], 2**31)
    if answer.status != 200:
        raise ServeError(f"cannot list the store's graphs: {answer.body.decode('utf-8', 'replace').strip()}")
    bindings = json.loads(answer.body)["results"]["bindings"]
    return sorted(row["g"]["value"] for row in bindings if row.get("g", {}).get("type") == "uri")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) only ever means this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos)


@dataclass
class ServerHandle:
    """A running server: its base ``url`` (the query page), ``endpoint`` (``url + "sparql"``), ``stop()``."""

    url: str
    endpoint: str
    _front: _FrontServer
    _engine: _Engine
    _lock: _WriteLock
    _thread: threading.Thread

    @property
    def restarts(self) -> int:
        """How many times the engine was restarted after a runaway or crashed query."""
        return self._engine.restarts

    def stop(self) -> None:
        """Stop answering, stop the Oxigraph child, and release the store's lock."""
        self._front.shutdown()
        self._front.server_close()
        self._thread.join()
        self._engine.stop()
        self._lock.release()


def start_server(
    location: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    timeout: int = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
    named: Sequence[NamedQuery] | None = None,
    quiet: bool = False,
) -> ServerHandle:
    """Serve the store at ``location`` read-only on ``host:port`` (``port=0``: any free port).

    Returns once the endpoint answers.  Raises :class:`~bilateral.store.StoreError` when
    there is no store or a writer holds it, :class:`ServeError` when the Oxigraph binary
    is missing or fails, ``OSError`` when ``host:port`` cannot be bound.
    """
    path = Path(location)
    if not (path / "CURRENT").is_file():
        raise StoreError(f"no store at {path}: run 'bilateral ingest' first, or pass --store")
    if timeout < 1:
        raise ValueError("timeout must be at least 1 second")
    binary = find_oxigraph()
    lock = _WriteLock(path)
    try:
        server_class = (
            type("_Front6", (_FrontServer,), {"address_family": socket.AF_INET6}) if ":" in host else _FrontServer
        )
        front = server_class((host, port), _Handler)
    except BaseException:
        lock.release()
        raise
    engine = _Engine(binary, path, timeout, max_memory_mb, quiet)
    try:
        engine.start()
        _check_merged_graph(engine, path)
    except BaseException:
        engine.stop()
        front.server_close()
        lock.release()
        raise
    front.engine, front.max_bytes, front.quiet = engine, max_bytes, quiet
    front.named_graphs = _named_graphs(engine)
    queries = [load_query(name) for name in query_names()] if named is None else list(named)
    front.page = render_page(queries, f"Oxigraph store at {path}").encode("utf-8")
    thread = threading.Thread(target=front.serve_forever, args=(0.1,), name="bilateral-serve", daemon=True)
    thread.start()
    bound_port = front.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{bound_port}/"
    return ServerHandle(url=url, endpoint=url + "sparql", _front=front, _engine=engine, _lock=lock, _thread=thread)
