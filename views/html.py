"""Draw a view as one self-contained HTML page: pyvis's data model, vis-network inlined, our template.

The page needs no network: vis-network (shipped inside pyvis) is inlined, and our
own template (``views/templates/graph.html.j2``) replaces pyvis's, which links
Bootstrap from a CDN.  Node positions come from :mod:`views.layout` and physics is
off, so the page is usable as soon as it is drawn.

Escaping: every tooltip is markup built here with :func:`html.escape` around each
piece of text from the store; labels are drawn on a canvas (text, never markup); the
graph travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``
and ``&`` written as ``\\u003c`` …, so no text can end that script; and the
template escapes everything else (Jinja2 autoescape).

Examples
--------
>>> tooltip_markup("<img src=x onerror=alert(1)>", ["person"], [])
'<b>&lt;img src=x onerror=alert(1)&gt;</b><div class="k">person</div>'
>>> script_json({"label": "</script><b>"})
'{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
>>> wrap_label("Commission for Industrial Cooperation between Belarus and China", 24)
'Commission for\\nIndustrial Cooperation\\nbetween Belarus and…'
"""

from __future__ import annotations

import html
import json
import math
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from views.layout import timeline_order
from views.project import Evidence
from views.style import CLASS_ORDER, STYLES, cooperation_color

__all__ = [
    "PageInfo",
    "render_page",
    "script_json",
    "tooltip_markup",
    "wrap_label",
    "write_page",
]

TEMPLATES = Path(__file__).resolve().parent / "templates"
MAX_EVIDENCE = 2  # sentences per tooltip
MAX_QUOTE = 400  # characters per sentence


@dataclass(frozen=True)
class PageInfo:
    """What the page header says: the view, how it was made, and what was folded."""

    title: str
    what: str
    how: str
    folded: str = ""
    timeline: bool = False
    generator: str = "bilateral"
    extra: Mapping[str, Any] = field(default_factory=dict)


def wrap_label(text: str, width: int = 24, lines: int = 3) -> str:
    """Break a long label into at most ``lines`` lines of about ``width`` characters."""
    return "\n".join(textwrap.wrap(text, width=width, max_lines=lines, placeholder="…")) or text


def script_json(value: object) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028/9 escaped; keys sorted."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _quote(text: str) -> str:
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def tooltip_markup(heading: str, facts: Sequence[str], evidence: Iterable[Evidence], iri: str = "") -> str:
    """Tooltip markup: a heading, a line of facts, evidence sentences with their source; all escaped."""
    parts = [f"<b>{html.escape(heading)}</b>"]
    facts = [f for f in facts if f]
    if facts:
        parts.append(f'<div class="k">{" · ".join(html.escape(f) for f in facts)}</div>')
    for item in list(evidence)[:MAX_EVIDENCE]:
        source = ", ".join(p for p in (item.publisher, item.issued) if p)
        parts.append(f"<blockquote>“{html.escape(_quote(item.text))}”</blockquote>")
        if source:
            parts.append(f'<div class="src">— {html.escape(source)}</div>')
    if iri:
        parts.append(f'<div class="iri">{html.escape(iri)}</div>')
    return "".join(parts)


def _node_label(attrs: Mapping[str, Any], order: int | None = None) -> str:
    cls, label = attrs["cls"], attrs["label"]
    if cls == "event":
        head = " · ".join(p for p in (attrs.get("date") or "undated", attrs.get("kind", "")) if p)
        if order is not None:
            head = f"#{order} {head}"
        if attrs.get("status") and attrs["status"] != "held":
            head += f" ({attrs['status']})"
        return head + "\n" + wrap_label(label, 30, 2)
    if cls == "state" or cls == "person":
        return label
    return wrap_label(label, 26, 3)


def _node_facts(attrs: Mapping[str, Any]) -> list[str]:
    if attrs["cls"] == "folded":
        cls = attrs["folded_class"]
        return [
            f"{attrs['count']} {STYLES[cls].plural if cls in STYLES else 'nodes'} folded",
            "; ".join(attrs["members"]) + " …",
        ]
    facts = [STYLES[attrs["cls"]].singular, attrs.get("kind", ""), attrs.get("code", "")]
    if attrs.get("status"):
        facts.append(f"status: {attrs['status']}")
    if attrs.get("date"):
        facts.append(f"date: {attrs['date']}")
    if attrs.get("place"):
        facts.append(f"place: {attrs['place']}")
    if attrs.get("score") is not None:
        facts.append(f"Goldstein {attrs['score']:+.1f}")
    return facts


def _size(degree: int) -> int:
    return min(48, round(10 + 5 * math.sqrt(degree)))


def _event_of(graph: nx.Graph, source: str, target: str) -> Mapping[str, Any] | None:
    for node in (source, target):
        if graph.nodes[node].get("cls") == "event":
            return graph.nodes[node]
    return None


def _edge(graph: nx.Graph, source: str, target: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    if "events" in attrs:  # a pair of the states view
        label = f"{attrs['events']} event{'s' if attrs['events'] != 1 else ''} · {attrs['cooperation']:+.1f}"
        kinds = ", ".join(f"{k} {n}" for k, n in attrs["kinds"].items())
        title = tooltip_markup(
            attrs["label"],
            [f"{attrs['events']} events", f"cooperation index {attrs['cooperation']:+.2f}",
             f"{attrs['first']} – {attrs['last']}", kinds],
            [], attrs["iri"],
        )  # fmt: skip
        width = 1 + 2 * math.sqrt(attrs["events"])
        return {"label": label, "title": title, "width": round(width, 1), "arrows": "",
                "color": {"color": cooperation_color(attrs["cooperation"]), "highlight": "#1c2833"}}  # fmt: skip
    relation = attrs["relation"]
    label = relation + (f" ×{attrs['count']}" if attrs.get("count", 1) > 1 else "")
    facts = [f"relation: {relation}"]
    if attrs.get("capacity"):
        facts.append(f"as {attrs['capacity']}")
    if attrs.get("role"):
        facts.append(f"role: {attrs['role']}")
    event = _event_of(graph, source, target)
    evidence: Iterable[Evidence] = attrs.get("evidence") or ()
    if event is not None:
        facts += [f"{event.get('kind', '')}", f"date: {event.get('date') or 'unknown'}",
                  f"status: {event.get('status') or 'unknown'}"]  # fmt: skip
        evidence = evidence or event.get("evidence", ())
    heading = f"{graph.nodes[source]['label']} — {relation} → {graph.nodes[target]['label']}"
    return {"label": label, "title": tooltip_markup(heading, facts, evidence), "arrows": "to"}


def _node(
    graph: nx.Graph, node: str, position: tuple[int, int], states_view: bool, order: int | None
) -> dict[str, Any]:
    attrs = graph.nodes[node]
    style = STYLES[attrs["cls"]]
    if states_view:
        weight = sum(d.get("events", 0) for _, _, d in graph.edges(node, data=True))
        size = min(60, round(14 + 6 * math.sqrt(weight)))
    else:
        size = _size(graph.degree(node))
    color = style.color
    out: dict[str, Any] = {
        "id": node,
        "label": _node_label(attrs, order),
        "name": attrs["label"],
        "cls": attrs["cls"],
        "kind": attrs.get("kind", "") if attrs["cls"] == "event" else "",
        "shape": style.shape,
        "size": size,
        "x": position[0],
        "y": position[1],
        "color": {
            "background": color,
            "border": "#1c2833",
            "highlight": {"background": color, "border": "#000000"},
            "hover": {"background": color, "border": "#000000"},
        },
        "title": tooltip_markup(
            attrs["label"], _node_facts(attrs), attrs.get("evidence", ()), "" if node.startswith("folded:") else node
        ),
    }
    if attrs.get("status") in ("planned", "announced", "cancelled", "postponed") or attrs["cls"] == "folded":
        out["shapeProperties"] = {"borderDashes": [4, 3]}
        out["borderWidth"] = 2
    return out


def _options(big: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": True,
        },
        "nodes": {
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": 3}},
            "font": {
                "size": 15,
                "face": "DejaVu Sans, Arial, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "multi": False,
            },
        },
        "edges": {
            "smooth": False,
            "width": 1,
            "color": {"color": "#aab7b8", "highlight": "#1c2833", "hover": "#566573"},
            "font": {"size": 10, "align": "middle", "color": "#566573", "strokeWidth": 2, "strokeColor": "#ffffff"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
        },
    }


def _swatch(cls: str) -> str:
    style = STYLES[cls]
    fill = html.escape(style.color)
    shapes = {
        "dot": '<circle cx="7" cy="7" r="6"',
        "square": '<rect x="1" y="1" width="12" height="12"',
        "diamond": '<polygon points="7,0 14,7 7,14 0,7"',
        "triangle": '<polygon points="7,1 13,13 1,13"',
        "triangleDown": '<polygon points="1,1 13,1 7,13"',
        "star": '<polygon points="7,0 9,5 14,5 10,8 12,14 7,10 2,14 4,8 0,5 5,5"',
        "hexagon": '<polygon points="4,1 10,1 13,7 10,13 4,13 1,7"',
    }
    dash = ' stroke-dasharray="3,2"' if cls == "folded" else ""
    shape = f'{shapes[style.shape]} fill="{fill}" stroke="#1c2833"{dash}/>'
    return f'<svg width="14" height="14" aria-hidden="true">{shape}</svg>'


def render_page(graph: nx.Graph, positions: Mapping[str, tuple[int, int]], info: PageInfo) -> str:
    """The HTML page of a view: ``graph`` drawn at ``positions``, with header, legend, filters, search.

    Parameters
    ----------
    graph : networkx.Graph
        A view graph (see :mod:`views.project`), or the states view (:func:`views.select.states_view`).
    positions : mapping
        Node -> (x, y) pixels, from :func:`views.layout.layout`.
    info : PageInfo
        Title and header text; nothing in the page depends on the clock.
    """
    import jinja2
    import pyvis
    from markupsafe import Markup
    from pyvis.network import Network

    states_view = not graph.is_multigraph()
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    ranks = {event: i for i, event in enumerate(timeline_order(graph), 1)} if info.timeline else {}
    for node in sorted(graph.nodes):
        spec = _node(graph, node, positions[node], states_view, ranks.get(node))
        net.add_node(spec.pop("id"), label=spec.pop("label"), shape=spec.pop("shape"), color=spec.pop("color"), **spec)
    edges = (
        graph.edges(keys=True, data=True)
        if graph.is_multigraph()
        else ((u, v, "", d) for u, v, d in graph.edges(data=True))
    )
    for i, (source, target, _, attrs) in enumerate(sorted(edges, key=lambda e: (e[0], e[1], e[2]))):
        spec = _edge(graph, source, target, attrs)
        net.add_edge(source, target, id=f"e{i}", **spec)
    nodes, edge_list, _, _, _, _ = net.get_network_data()
    big = len(nodes) > 800
    data = {"nodes": nodes, "edges": edge_list, "options": _options(big),
            "counts": {"nodes": len(nodes), "edges": len(edge_list)}}  # fmt: skip

    classes = Counter(d["cls"] for _, d in graph.nodes(data=True))
    legend = [
        {"cls": cls, "name": STYLES[cls].plural, "count": classes[cls], "swatch": Markup(_swatch(cls))}  # noqa: S704
        for cls in CLASS_ORDER
        if classes.get(cls)
    ]
    kinds = Counter(d.get("kind", "") for _, d in graph.nodes(data=True) if d["cls"] == "event")
    timeline: list[dict[str, Any]] = []
    if info.timeline:
        for event in timeline_order(graph):
            attrs = graph.nodes[event]
            timeline.append(
                {
                    "order": len(timeline) + 1,
                    "date": attrs.get("date") or "undated",
                    "kind": attrs.get("kind", ""),
                    "status": attrs.get("status", ""),
                    "label": attrs["label"],
                }
            )
    edge_scale = []
    if states_view:
        edge_scale = [{"color": cooperation_color(s), "name": f"{s:+d}"} for s in (-10, -5, 0, 2, 5, 10)]
    vis = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, keep_trailing_newline=True
    )
    return environment.get_template("graph.html.j2").render(
        title=info.title,
        what=info.what,
        how=info.how,
        folded=info.folded,
        generator=info.generator,
        legend=legend,
        kinds=[{"kind": k, "count": n} for k, n in sorted(kinds.items())],
        timeline=timeline,
        edge_scale=edge_scale,
        vis_css=Markup(_no_sourcemap((vis / "vis-network.css").read_text(encoding="utf-8"))),  # noqa: S704
        vis_js=Markup(_no_sourcemap((vis / "vis-network.min.js").read_text(encoding="utf-8"))),  # noqa: S704
        data_json=Markup(script_json(data)),  # noqa: S704 - escaped by script_json
    )


def _no_sourcemap(text: str) -> str:
    # A sourceMappingURL comment makes DevTools fetch a file that is not there.
    return "\n".join(line for line in text.split("\n") if not line.startswith("//# sourceMappingURL"))


def write_page(path: Path | str, page: str) -> Path:
    """Write ``page`` as UTF-8 (whatever the locale), creating the folder; return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return target
