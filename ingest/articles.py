"""Article texts as input: their metadata file, their id, their extraction and its checks.

An article text ``NAME.txt`` (``NAME`` is ``ID.LANG``, e.g. ``belta-2025-08-06-industry-china.de``)
may have a metadata file ``NAME.meta.json`` beside it with ``id``, ``title``, ``publisher``,
``url``, ``language``, ``published`` and ``dateline``.  Without one, the extractor detects
the language and finds the date in the dateline and the text.

:func:`extract_article` runs the extractor (:mod:`ingest.extract`, imported only when a
text is extracted) and :func:`check_document` puts the result through exactly the checks
that :func:`ingest.facts.load_facts` applies to a facts file (JSON Schema, code lists,
countries, keys, evidence offsets), so that an extracted article and a curated one are
held to the same rules.

Examples
--------
>>> from pathlib import Path
>>> article_id_for(Path("data/articles/belta-2025-08-06-industry-china.de.txt"), {})
'belta-2025-08-06-industry-china'
>>> article_id_for(Path("notes/Some Article.txt"), {})
'some-article'
>>> article_id_for(Path("x.en.txt"), {"id": "from-meta"})
'from-meta'
>>> meta_path(Path("a/b.ru.txt")).as_posix()
'a/b.ru.meta.json'
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rdflib import Graph

from ingest.facts import Facts, FactsError, check_facts
from ingest.names import slug

__all__ = [
    "LANGUAGES",
    "META_FIELDS",
    "TEXT_SUFFIX",
    "article_id_for",
    "check_document",
    "extract_article",
    "extractor_version",
    "meta_path",
    "read_meta",
    "read_text",
]

TEXT_SUFFIX = ".txt"
LANGUAGES = ("de", "en", "ru")
META_FIELDS = ("id", "title", "publisher", "url", "language", "published", "dateline")
_LANGUAGE_SUFFIX = re.compile(r"\.(?:de|en|ru)$")


def meta_path(text_path: Path) -> Path:
    """The metadata file that belongs beside ``text_path`` (``NAME.txt`` -> ``NAME.meta.json``)."""
    return text_path.with_name(text_path.name.removesuffix(TEXT_SUFFIX) + ".meta.json")


def read_meta(text_path: Path) -> dict[str, Any]:
    """The article's metadata file as a dict, or ``{}`` when it has none.

    Raises
    ------
    FactsError
        The file exists but is not a JSON object.
    """
    path = meta_path(text_path)
    if not path.is_file():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise FactsError(path, "", f"cannot read the metadata file: {error}") from None
    except json.JSONDecodeError as error:
        raise FactsError(path, "", f"invalid JSON: {error.msg}", error.lineno) from None
    if not isinstance(meta, dict):
        raise FactsError(path, "", "expected a JSON object with id, title, publisher, url, language, published")
    return meta


def read_text(text_path: Path) -> str:
    """The article text, exactly as stored (evidence offsets count its code points)."""
    try:
        return text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactsError(text_path, "", f"cannot read the article text: {error}") from None


def article_id_for(text_path: Path, meta: dict[str, Any]) -> str:
    """The article id: the metadata's ``id``, else the file stem without its language suffix."""
    if meta.get("id"):
        return str(meta["id"])
    stem = _LANGUAGE_SUFFIX.sub("", text_path.name.removesuffix(TEXT_SUFFIX))
    return slug(stem)[:80].strip("-") or "article"


def extractor_version() -> str:
    """The version of the extractor, ``ingest.extract.EXTRACTOR_VERSION``."""
    from ingest.extract import EXTRACTOR_VERSION  # only needed to extract

    return str(EXTRACTOR_VERSION)


def extract_article(
    text_path: Path,
    *,
    published: str | None = None,
    language: str | None = None,
    text_ref: str | None = None,
    text: str | None = None,
) -> dict[str, Any]:
    """Extract the facts document of the article at ``text_path``.

    Parameters
    ----------
    text_path
        The article text, ``NAME.txt``; ``NAME.meta.json`` beside it is read if present.
    published, language
        Override the metadata file (``None``: take the metadata's, else let the extractor find them).
    text_ref
        What to write into ``article.text`` (a path relative to where the facts document
        will live); default: the text's file name, i.e. relative to the text's folder.
    text
        The text, if already read.

    Returns
    -------
    dict
        The facts document, ``article.method == "extracted"``.
    """
    meta = read_meta(text_path)
    text = read_text(text_path) if text is None else text
    try:
        from ingest.extract import extract_facts  # only needed to extract
    except ImportError as error:
        raise FactsError(text_path, "", f"cannot extract: the extractor is not available ({error})") from None
    doc = extract_facts(
        text,
        article_id=article_id_for(text_path, meta),
        published=published or meta.get("published"),
        language=language or meta.get("language"),
        publisher=meta.get("publisher"),
        title=meta.get("title"),
        url=meta.get("url"),
        text_path=text_ref if text_ref is not None else text_path.name,
    )
    article = doc.setdefault("article", {})
    article["method"] = "extracted"
    article.setdefault("extractor", extractor_version())
    if text_ref is not None or not article.get("text"):
        article["text"] = text_ref if text_ref is not None else text_path.name
    return doc


def check_document(doc: Any, path: Path, text: str | None, reference: Graph) -> Facts:
    """Check an in-memory facts document exactly as a facts file is checked (see :func:`ingest.facts.check_facts`)."""
    return check_facts(doc, path, text, reference)
