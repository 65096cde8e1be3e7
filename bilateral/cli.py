"""The ``bilateral`` command line: a thin shell over :mod:`bilateral.commands`.

Exit codes: 0 success; 1 bad input or failed validation (nothing written);
2 usage error; 3 the store cannot be opened (e.g. another process holds it).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from bilateral import __version__
from bilateral.commands import InvalidGraphsError, run_ingest, run_stats, run_validate
from bilateral.export import FORMATS, ExportError, export
from bilateral.store import StoreError, describe_location, opened, resolve_location
from ingest.evidence import EvidenceError, add_offsets
from ingest.extract.lexicon import LexiconError
from ingest.facts import FactsError

__all__ = ["main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3


# Commands that live in their own module: each has register(commands, store_parent)
# to add its subparser, and run(args) -> exit code.  One line per module.
COMMAND_MODULES: tuple[str, ...] = (
    "bilateral.cmd_query",
    "bilateral.cmd_view",
    "bilateral.cmd_serve",
    "bilateral.cmd_extract",
)


def _command_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in COMMAND_MODULES]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bilateral",
        description="A knowledge graph of bilateral (state-to-state) relations built from news articles.",
        epilog="Exit codes: 0 ok, 1 bad input or validation failed (nothing written), 2 usage, 3 store unavailable.",
    )
    parser.add_argument("--version", action="version", version=f"bilateral {__version__}")
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument(
        "--store", metavar="PATH",
        help="store folder, or 'memory' (default: $BILATERAL_STORE, else ./.bilateral/store)",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ingest = commands.add_parser(
        "ingest", parents=[store], help="check facts files (and extract article texts), then load them into the store"
    )
    ingest.add_argument(
        "paths", nargs="+", metavar="PATH", help="facts files (.yaml/.json), article texts (.txt) or folders of them"
    )

    commands.add_parser("validate", parents=[store], help="check the whole store against the SHACL shapes")

    stats = commands.add_parser("stats", parents=[store], help="count what the store holds")
    stats.add_argument("--json", action="store_true", help="print JSON instead of text")
    stats.add_argument(
        "--network", action="store_true", help="also: top officials by degree and betweenness, components, bridges"
    )

    exporter = commands.add_parser(
        "export", parents=[store], help="write the graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD"
    )
    exporter.add_argument("--format", choices=FORMATS, default="turtle")
    exporter.add_argument(
        "--graph", default=None, metavar="GRAPH",
        help="all (quad formats' default), union (triple formats' default), reference, or an article id",
    )  # fmt: skip
    exporter.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")

    for module in _command_modules():
        module.register(commands, store)

    locate = commands.add_parser("locate", help="fill in evidence offsets (start/end) in a hand-written facts file")
    locate.add_argument("facts", type=Path, metavar="FACTS.yaml")
    locate.add_argument("--text", type=Path, required=True, metavar="ARTICLE.txt")
    locate.add_argument("--in-place", action="store_true", help="rewrite the file instead of printing it")
    return parser


def _err(message: str) -> None:
    print(f"bilateral: {message}", file=sys.stderr)


def _ingest(args: argparse.Namespace) -> int:
    location = resolve_location(args.store)
    try:
        with opened(location) as dataset:
            report = run_ingest(dataset, args.paths)
    except InvalidGraphsError as error:
        for problem in error.problems:
            _err(f"error: {problem}")
        _err(f"{error}")
        return EXIT_INVALID
    print(
        f"ingested {len(report.articles)} article(s) from {len(report.files)} file(s) into the "
        f"{describe_location(location)}: {report.quads_before} -> {report.quads_after} quads"
    )
    print(report.summary())
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    location = resolve_location(args.store)
    with opened(location, create=False) as dataset:
        violations = run_validate(dataset)
    for violation in violations:
        print(f"violation: {violation}")
    if violations:
        _err(f"{len(violations)} violation(s) in the {describe_location(location)}")
        return EXIT_INVALID
    print(f"the {describe_location(location)} conforms to the shapes")
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    with opened(resolve_location(args.store), create=False) as dataset:
        stats = run_stats(dataset)
        if args.network:
            from views.network import network_summary  # networkx work only when asked for

            stats["network"] = network_summary(dataset)
    if args.json:
        print(json.dumps(stats, indent=2, sort_keys=True))
        return EXIT_OK
    per_kind = stats.pop("events_per_kind")
    network = stats.pop("network", None)
    for key in ("articles", "graphs", "quads", "persons", "organizations", "events", "countries", "relations"):
        print(f"{key:<14}{stats[key]:>8}")
    for kind, count in per_kind.items():  # type: ignore[attr-defined]
        print(f"  {kind:<12}{count:>8}")
    if network:
        print(f"\n{network}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    try:
        with opened(resolve_location(args.store), create=False) as dataset:
            text = export(dataset, args.format, args.graph)
    except ExportError as error:
        _err(str(error))
        return EXIT_USAGE
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _locate(args: argparse.Namespace) -> int:
    try:
        filled = add_offsets(args.facts.read_text(encoding="utf-8"), args.text.read_text(encoding="utf-8"))
    except OSError as error:
        _err(f"cannot read: {error}")
        return EXIT_INVALID
    except EvidenceError as error:
        _err(f"{args.facts}: {error}")
        return EXIT_INVALID
    if args.in_place:
        args.facts.write_text(filled, encoding="utf-8")
    else:
        sys.stdout.write(filled)
    return EXIT_OK


HANDLERS = {"ingest": _ingest, "validate": _validate, "stats": _stats, "export": _export, "locate": _locate}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = dict(HANDLERS)
    for module in _command_modules():
        handlers.update(dict.fromkeys(module.COMMANDS, module.run))
    try:
        return handlers[args.command](args)
    except FactsError as error:
        _err(f"error: {error}")
        return EXIT_INVALID
    except LexiconError as error:  # a lexicon someone extended
        _err(f"error: {error}")
        return EXIT_INVALID
    except StoreError as error:
        _err(str(error))
        return EXIT_STORE
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
