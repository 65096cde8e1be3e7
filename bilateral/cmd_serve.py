"""``bilateral serve``: the store as a read-only SPARQL endpoint, see :mod:`bilateral.serve`."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import Any

from bilateral.serve import (
    DEFAULT_HOST,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    ServeError,
    is_loopback,
    start_server,
)
from bilateral.store import MEMORY, StoreError, describe_location, resolve_location

__all__ = ["COMMANDS", "register", "run"]

COMMANDS = ("serve",)
EXIT_OK, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 2, 3


def register(commands: Any, store_parent: argparse.ArgumentParser) -> None:
    """Add the ``serve`` subparser to ``commands`` (an argparse subparsers object)."""
    serve = commands.add_parser(
        "serve",
        parents=[store_parent],
        help="serve the store read-only as a SPARQL endpoint (/sparql) with a query page (/)",
        description="Serve the store read-only over the SPARQL 1.1 Protocol, run by the Oxigraph server. "
        "Stop it before writing to the same store: 'bilateral ingest' is refused while it runs.",
    )
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST})")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT}; 0: any free)")
    serve.add_argument(
        "--timeout", type=_positive, default=DEFAULT_TIMEOUT, metavar="SECONDS",
        help=f"time limit per query, whole seconds (default: {DEFAULT_TIMEOUT})",
    )  # fmt: skip
    serve.add_argument(
        "--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
        help=f"largest result sent; beyond it HTTP 413 (default: {DEFAULT_MAX_BYTES})",
    )  # fmt: skip
    serve.add_argument(
        "--max-memory", type=int, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
        help=f"address-space cap of the query engine, Linux only; 0: none (default: {DEFAULT_MAX_MEMORY_MB})",
    )  # fmt: skip
    serve.add_argument("--quiet", action="store_true", help="do not log each request")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be a whole number of at least 1")
    return value


def _err(message: str) -> None:
    print(f"bilateral: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C or SIGTERM; exit 2 for a memory store, 3 when the server cannot start."""
    location = resolve_location(args.store)
    if location == MEMORY:
        _err("serve needs a persistent store (a folder): an in-memory store would be empty; pass --store PATH")
        return EXIT_USAGE
    if not is_loopback(args.host):
        _err(
            f"warning: listening on {args.host}, reachable from other machines; the endpoint has no "
            "authentication (use the default 127.0.0.1 unless you mean it)"
        )
    try:
        handle = start_server(
            location, args.host, args.port,
            timeout=args.timeout, max_bytes=args.max_bytes, max_memory_mb=args.max_memory, quiet=args.quiet,
        )  # fmt: skip
    except (StoreError, ServeError) as error:
        _err(str(error))
        return EXIT_UNAVAILABLE
    except OSError as error:
        _err(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}")
        return EXIT_UNAVAILABLE
    stopping = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    previous = signal.signal(signal.SIGTERM, _on_signal)
    print(
        f"serving the {describe_location(location)} read-only at {handle.url} "
        f"(SPARQL endpoint {handle.endpoint}); Ctrl-C to stop",
        flush=True,
    )
    try:
        while not stopping.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        handle.stop()
    print("stopped", flush=True)
    return EXIT_OK
