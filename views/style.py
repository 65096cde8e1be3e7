"""How each node class looks: shape, colour, legend label, in one table.

Every class has its own (shape, colour) pair, and its shape draws the label
*below* the node, so that a node's size can show its degree.

Examples
--------
>>> STYLES["person"].shape, STYLES["person"].color
('dot', '#2471a3')
>>> len({(s.shape, s.color) for s in STYLES.values()}) == len(STYLES)
True
>>> cooperation_color(10.0), cooperation_color(0.0), cooperation_color(-10.0)
('#1e8449', '#95a5a6', '#c0392b')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CLASS_ORDER", "STYLES", "ClassStyle", "cooperation_color"]


@dataclass(frozen=True)
class ClassStyle:
    """The look of one node class: a vis-network shape, a colour and the legend's words."""

    shape: str
    color: str
    singular: str
    plural: str


STYLES: dict[str, ClassStyle] = {
    "state": ClassStyle("star", "#c0392b", "state", "states"),
    "relation": ClassStyle("hexagon", "#8e44ad", "bilateral relation", "bilateral relations"),
    "person": ClassStyle("dot", "#2471a3", "official", "officials"),
    "post": ClassStyle("triangleDown", "#5dade2", "post", "posts"),
    "government-body": ClassStyle("square", "#1e8449", "government body", "government bodies"),
    "mission": ClassStyle("triangle", "#148f77", "diplomatic mission", "diplomatic missions"),
    "bilateral-body": ClassStyle("hexagon", "#d35400", "bilateral body", "bilateral bodies"),
    "organization": ClassStyle("square", "#7f8c8d", "other organisation", "other organisations"),
    "group": ClassStyle("dot", "#aab7b8", "unnamed group", "unnamed groups"),
    "event": ClassStyle("diamond", "#d4ac0d", "event", "events"),
    "document": ClassStyle("triangle", "#873600", "document", "documents"),
    "folded": ClassStyle("dot", "#5d6d7e", "folded nodes", "folded nodes"),
}
#: The order of the legend, and of the classes everywhere else.
CLASS_ORDER: tuple[str, ...] = tuple(STYLES)


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def cooperation_color(score: float) -> str:
    """Colour of a cooperation index (mean Goldstein score, -10 ... +10): red, grey, green."""
    t = max(-1.0, min(1.0, score / 10.0))
    return _mix("#95a5a6", "#1e8449", t) if t >= 0 else _mix("#95a5a6", "#c0392b", -t)
