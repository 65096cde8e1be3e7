"""Read and check facts documents (YAML or JSON), with errors that say where.

A facts document is what one article states (see ``ingest/facts.schema.json`` and
``README.md``).  :func:`load_facts` parses it, checks it against the JSON Schema and
against the reference data (code lists, countries), resolves its internal keys and
verifies every evidence span against the article text.  Every problem becomes a
:class:`FactsError` naming the file, the field and, for YAML, the line.

Examples
--------
>>> from pathlib import Path
>>> from ontology import load_reference
>>> seed = Path(__file__).parents[1] / "data/facts/belta-2025-08-06-industry-china.yaml"
>>> facts = load_facts(seed, load_reference())
>>> facts.article_id, [p["name"] for p in facts.doc["persons"]]
('belta-2025-08-06-industry-china', ['Andrei Kuznetsov', 'Alexander Chervyakov'])
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from rdflib import Graph

from ontology.load import codes, countries

__all__ = ["FACTS_SUFFIXES", "SCHEMA_PATH", "Facts", "FactsError", "check_facts", "load_facts"]

SCHEMA_PATH = Path(__file__).resolve().parent / "facts.schema.json"
FACTS_SUFFIXES = (".yaml", ".yml", ".json")


class FactsError(ValueError):
    """A problem in a facts document: file, field (a path like ``events[2].date``), line."""

    def __init__(self, path: Path | str, field: str, message: str, line: int | None = None):
        self.path, self.field, self.message, self.line = str(path), field, message, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {field or 'document'}: {message}")


@dataclass
class Facts:
    """A checked facts document and the article text its evidence points into."""

    path: Path
    doc: dict[str, Any]
    text: str | None
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def article_id(self) -> str:
        return str(self.doc["article"]["id"])

    @property
    def language(self) -> str:
        return str(self.doc["article"]["language"])


# --- parsing -----------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings, so that 2025-02-30 is our error to report."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_index(node: yaml.Node, path: str, lines: dict[str, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = f"{path}.{key.value}" if path else str(key.value)
            lines[child] = key.start_mark.line + 1
            _line_index(value, child, lines)
            lines[child] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_index(item, f"{path}[{index}]", lines)


def _parse(path: Path, source: str) -> tuple[Any, dict[str, int]]:
    lines: dict[str, int] = {}
    if path.suffix == ".json":
        try:
            return json.loads(source), lines
        except json.JSONDecodeError as error:
            raise FactsError(path, "", f"invalid JSON: {error.msg}", error.lineno) from None
    try:
        loader = _Loader(source)
        try:
            node = loader.get_single_node()
            if node is None:
                raise FactsError(path, "", "the file is empty")
            _line_index(node, "", lines)
            return loader.construct_document(node), lines
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise FactsError(path, "", f"invalid YAML: {error.problem or error}", line) from None
    except yaml.YAMLError as error:
        raise FactsError(path, "", f"invalid YAML: {error}") from None


# --- checking ----------------------------------------------------------------------


@cache
def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _field(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_message(error: jsonschema.ValidationError) -> str:
    if error.validator == "additionalProperties":
        return f"unknown field ({error.message.split('(')[-1].rstrip(')')})"
    if error.validator == "required":
        return f"missing field {error.message.split(' ')[0]}"
    if error.validator == "pattern":
        described = {
            "^[A-Z]{2}$": "an ISO 3166-1 alpha-2 country code such as BY",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "a date YYYY-MM-DD",
            "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$": "a date YYYY, YYYY-MM or YYYY-MM-DD",
            "^[a-z0-9][a-z0-9-]*$": "a key of lower-case letters, digits and hyphens",
            "^[a-z][a-z0-9-]*$": "a code of lower-case letters, digits and hyphens",
        }.get(str(error.validator_value), f"text matching {error.validator_value}")
        return f"expected {described}, got {error.instance!r}"
    if error.validator == "anyOf" and error.context:
        deepest = max(error.context, key=lambda e: len(e.path))
        return _schema_message(deepest)
    return error.message


class _Checker:
    """Collects the semantic errors of one document after it passed the schema."""

    def __init__(self, path: Path, doc: dict[str, Any], lines: dict[str, int], reference: Graph):
        self.path, self.doc, self.lines = path, doc, lines
        self.countries = countries(reference)
        self.codes = {
            scheme: set(codes(reference, scheme))
            for scheme in ("event-kind", "status", "role", "org-kind", "topic", "document-kind")
        }
        self.errors: list[FactsError] = []

    def error(self, where: str, message: str) -> None:
        line = self.lines.get(where)
        probe = where
        while line is None and probe:  # fall back to the nearest enclosing field
            probe = probe.rpartition(".")[0] if "." in probe else probe.rpartition("[")[0]
            line = self.lines.get(probe)
        self.errors.append(FactsError(self.path, where, message, line))

    def items(self, section: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for index, item in enumerate(self.doc.get(section) or []):
            yield f"{section}[{index}]", item

    def date(self, where: str, value: str | None) -> None:
        if not value:
            return
        parts = value.split("-")
        try:
            dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        except ValueError as error:
            self.error(where, f"impossible date {value!r} ({error})")

    def country(self, where: str, value: str | None) -> None:
        if value and value not in self.countries:
            self.error(
                where, f"unknown country code {value!r}: expected the ISO 3166-1 alpha-2 code of a sovereign state"
            )

    def code(self, where: str, scheme: str, value: str | None) -> None:
        if value and value not in self.codes[scheme]:
            known = ", ".join(sorted(self.codes[scheme]))
            self.error(where, f"unknown {scheme} {value!r}: expected one of {known}")

    def run(self, text: str | None) -> list[FactsError]:
        article = self.doc["article"]
        self.date("article.published", article.get("published"))
        keys: dict[str, str] = {}
        kinds: dict[str, str] = {}
        for section, kind in (("persons", "person"), ("organizations", "organization"),
                              ("groups", "group"), ("documents", "document"), ("events", "event")):  # fmt: skip
            for where, item in self.items(section):
                if item["key"] in keys:
                    self.error(f"{where}.key", f"key {item['key']!r} is already used at {keys[item['key']]}")
                keys.setdefault(item["key"], where)
                kinds.setdefault(item["key"], kind)

        def ref(where: str, value: str | None, *allowed: str) -> None:
            if value is None:
                return
            if value not in kinds:
                self.error(
                    where, f"{value!r} is not declared in this document (expected the key of a {' or '.join(allowed)})"
                )
            elif kinds[value] not in allowed:
                self.error(where, f"{value!r} is a {kinds[value]}, expected a {' or '.join(allowed)}")

        ref("article.primary_source", article.get("primary_source"), "organization")
        for where, person in self.items("persons"):
            self.country(f"{where}.country", person["country"])
            for index, post in enumerate(person.get("posts") or []):
                at = f"{where}.posts[{index}]"
                self.code(f"{at}.role", "role", post["role"])
                self.country(f"{at}.receiving_country", post.get("receiving_country"))
                ref(f"{at}.organization", post.get("organization"), "organization")
                if post.get("receiving_country") == person["country"]:
                    self.error(f"{at}.receiving_country", "a post cannot be accredited to the person's own state")
        for where, org in self.items("organizations"):
            self.code(f"{where}.kind", "org-kind", org["kind"])
            for index, code in enumerate(org["countries"]):
                self.country(f"{where}.countries[{index}]", code)
            self.country(f"{where}.receiving_country", org.get("receiving_country"))
            self.date(f"{where}.founded", org.get("founded"))
            ref(f"{where}.part_of", org.get("part_of"), "organization")
            if org.get("part_of") == org["key"]:
                self.error(f"{where}.part_of", "an organization cannot be part of itself")
        for where, group in self.items("groups"):
            self.country(f"{where}.country", group.get("country"))
            ref(f"{where}.affiliation", group.get("affiliation"), "organization")
        for where, document in self.items("documents"):
            self.code(f"{where}.kind", "document-kind", document["kind"])
            for index, signatory in enumerate(document.get("signatories") or []):
                ref(f"{where}.signatories[{index}]", signatory, "person", "organization")
        for where, event in self.items("events"):
            self.check_event(where, event, ref)
        if text is not None:
            self.check_evidence(text)
        elif any(True for _ in self.evidence()):
            self.error("article.text", "evidence is given but the article text is missing (set article.text)")
        return self.errors

    def check_event(self, where: str, event: dict[str, Any], ref: Any) -> None:
        kind = event["kind"]
        self.code(f"{where}.kind", "event-kind", kind)
        self.code(f"{where}.status", "status", event["status"])
        self.date(f"{where}.date", event.get("date"))
        if event.get("date") and not event.get("date_basis"):
            self.error(f"{where}.date_basis", "a dated event needs date_basis: stated, dateline or inferred")
        for index, code in enumerate(event.get("countries") or []):
            self.country(f"{where}.countries[{index}]", code)
        for index, topic in enumerate(event.get("topics") or []):
            self.code(f"{where}.topics[{index}]", "topic", topic)
        for section in ("participants", "attendees"):
            for index, item in enumerate(event.get(section) or []):
                at = f"{where}.{section}[{index}]"
                entry = {"key": item} if isinstance(item, str) else item
                ref(at, entry["key"], "person", "organization", "group")
                self.code(f"{at}.role", "role", entry.get("role"))
                ref(f"{at}.on_behalf_of", entry.get("on_behalf_of"), "organization")
                if entry.get("post") and not any(
                    post["title"] == entry["post"] for person in self.doc.get("persons") or []
                    if person["key"] == entry["key"] for post in person.get("posts") or []
                ):  # fmt: skip
                    self.error(f"{at}.post", f"{entry['key']!r} has no post titled {entry['post']!r}")
        ref(f"{where}.speaker", event.get("speaker"), "person", "organization")
        ref(f"{where}.on_behalf_of", event.get("on_behalf_of"), "person", "organization")
        ref(f"{where}.part_of", event.get("part_of"), "event")
        ref(f"{where}.body", event.get("body"), "organization")
        ref(f"{where}.founded", event.get("founded"), "organization")
        for index, document in enumerate(event.get("documents") or []):
            ref(f"{where}.documents[{index}]", document, "document")
        if event.get("part_of") == event["key"]:
            self.error(f"{where}.part_of", "an event cannot be part of itself")
        required = {"session": ("body", "session_number"), "statement": ("speaker",), "founding": ("founded",)}
        for name in required.get(kind, ()):
            if event.get(name) in (None, ""):
                self.error(f"{where}.{name}", f"a {kind} event needs {name}")
        if kind == "signing" and not event.get("documents"):
            self.error(f"{where}.documents", "a signing event needs the documents signed")

    def evidence(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for section in ("persons", "organizations", "groups", "documents", "events"):
            for where, item in self.items(section):
                for index, span in enumerate(item.get("evidence") or []):
                    yield f"{where}.evidence[{index}]", span
                for p, post in enumerate(item.get("posts") or []):
                    for index, span in enumerate(post.get("evidence") or []):
                        yield f"{where}.posts[{p}].evidence[{index}]", span

    def check_evidence(self, text: str) -> None:
        for where, span in self.evidence():
            start, end = span["start"], span["end"]
            if text[start:end] != span["text"]:
                found = text.find(span["text"])
                hint = (
                    f" (the quote is at {found}-{found + len(span['text'])})"
                    if found >= 0
                    else " (the quote is not in the text)"
                )
                self.error(where, f"offsets {start}-{end} do not match the quoted text{hint}")


def load_facts(path: Path | str, reference: Graph) -> Facts:
    """Read, check and return one facts document; raise :class:`FactsError` on the first problem."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactsError(path, "", f"cannot read the file: {error}") from None
    doc, lines = _parse(path, source)
    _check_schema(path, doc, lines)
    text = None
    if doc["article"].get("text"):
        text_path = (path.parent / doc["article"]["text"]).resolve()
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise FactsError(
                path, "article.text", f"cannot read the article text: {error}", lines.get("article.text")
            ) from None
    return _checked(path, doc, text, lines, reference)


def check_facts(doc: Any, path: Path, text: str | None, reference: Graph) -> Facts:
    """Check an in-memory facts document (e.g. an extracted one) exactly as :func:`load_facts` checks a file.

    ``path`` is the file it stands for (named in errors); ``text`` the article text its
    evidence offsets point into.  Raises :class:`FactsError` on the first problem.
    """
    _check_schema(path, doc, {})
    return _checked(path, doc, text, {}, reference)


def _check_schema(path: Path, doc: Any, lines: dict[str, int]) -> None:
    if not isinstance(doc, dict):
        raise FactsError(path, "", "expected a mapping with an 'article' field at the top")
    schema_errors = sorted(_schema_validator().iter_errors(doc), key=lambda e: (len(e.path), list(map(str, e.path))))
    if schema_errors:
        first = schema_errors[0]
        where = _field(first.path)
        raise FactsError(path, where, _schema_message(first), lines.get(where))


def _checked(path: Path, doc: dict[str, Any], text: str | None, lines: dict[str, int], reference: Graph) -> Facts:
    errors = _Checker(path, doc, lines, reference).run(text)
    if errors:
        raise errors[0]
    return Facts(path=path, doc=doc, text=text, lines=lines)
