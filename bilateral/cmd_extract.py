"""Command ``extract``: a draft facts document from an article text, to review before ingesting.

``bilateral extract ARTICLE.txt [--published DATE] [--lang auto|de|en|ru] [--format yaml|json] [-o FILE]``

The metadata file ``NAME.meta.json`` beside the text is read when present; the
options win over it.  The document is checked with the same checks as a facts file
before it is written; its ``article.text`` points to the text, relative to the output
file (or to the current folder when printing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from ingest.articles import LANGUAGES, check_document, extract_article, read_text
from ingest.facts import SCHEMA_PATH, FactsError
from ontology.load import load_reference

__all__ = ["COMMANDS", "dump_json", "dump_yaml", "order_like_schema", "register", "run"]

COMMANDS = ("extract",)
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> str:
    """An argparse type: a real date written YYYY-MM-DD."""
    try:
        valid = len(value) == 10 and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        valid = False
    if not valid:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {value!r}")
    return value


def register(commands: Any, store: argparse.ArgumentParser) -> None:
    extract = commands.add_parser(
        "extract", help="extract a draft facts document from an article text (review it, then ingest it)"
    )
    extract.add_argument(
        "article", type=Path, metavar="ARTICLE.txt", help="the article text (NAME.meta.json beside it is read)"
    )
    extract.add_argument(
        "--published", type=_date, metavar="DATE", help="publication date YYYY-MM-DD (default: metadata, else the text)"
    )
    extract.add_argument(
        "--lang",
        choices=("auto", *LANGUAGES),
        default="auto",
        help="the article's language (default: metadata, else detected)",
    )
    extract.add_argument("--format", choices=("yaml", "json"), default="yaml")
    extract.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")


# --- output --------------------------------------------------------------------------


def _schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def order_like_schema(value: Any, node: dict[str, Any] | None = None, schema: dict[str, Any] | None = None) -> Any:
    """``value`` with the keys of every object in the order the schema lists them (unknown keys last).

    >>> order_like_schema({"persons": [], "article": {"language": "de", "id": "x"}})
    {'article': {'id': 'x', 'language': 'de'}, 'persons': []}
    """
    schema = schema if schema is not None else _schema()
    node = _resolve(schema, node if node is not None else schema)
    if isinstance(value, dict):
        properties: dict[str, Any] = {}
        for option in [node, *(_resolve(schema, o) for o in node.get("anyOf", []))]:
            properties.update(option.get("properties", {}))
        keys = [k for k in properties if k in value] + [k for k in value if k not in properties]
        return {k: order_like_schema(value[k], properties.get(k, {}), schema) for k in keys}
    if isinstance(value, list):
        items: dict[str, Any] = node.get("items", {})
        return [order_like_schema(item, items, schema) for item in value]
    return value


class _Dumper(yaml.SafeDumper):
    """Block style, list items indented under their key; short lists of short strings in flow style."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flow = bool(data) and all(isinstance(item, str) and len(item) < 40 for item in data) and len(data) <= 6
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def dump_yaml(doc: dict[str, Any]) -> str:
    """The facts document as readable YAML: block style, unicode, keys in schema order."""
    version = doc.get("article", {}).get("extractor") or "?"
    header = (
        f"# Draft facts extracted by bilateral (extractor {version}): review every fact against the text,\n"
        "# then ingest this file with `bilateral ingest`.\n"
    )
    body = yaml.dump(
        order_like_schema(doc),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=4096,
    )
    return header + body


def dump_json(doc: dict[str, Any]) -> str:
    """The facts document as JSON (unicode, keys in schema order)."""
    return json.dumps(order_like_schema(doc), ensure_ascii=False, indent=2) + "\n"


# --- the command ---------------------------------------------------------------------


def _err(message: str, code: int) -> int:
    print(f"bilateral: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    article: Path = args.article
    if article.suffix != ".txt":
        return _err(f"error: {article}: expected an article text (.txt)", EXIT_INVALID)
    if not article.is_file():
        return _err(f"error: {article}: no such file", EXIT_INVALID)
    base = args.output.resolve().parent if args.output else Path.cwd()
    text_ref = Path(os.path.relpath(article.resolve(), base)).as_posix()
    try:
        text = read_text(article)
        doc = extract_article(
            article,
            published=args.published,
            language=None if args.lang == "auto" else args.lang,
            text_ref=text_ref,
            text=text,
        )
        check_document(doc, article, text, load_reference())
    except FactsError as error:
        return _err(f"error: {error}", EXIT_INVALID)
    output = dump_json(doc) if args.format == "json" else dump_yaml(doc)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return EXIT_OK
