"""The rows that write a resolved graph with the cypher/load_* statements (no database here).

``graph_rows(g)`` gives, per statement name, the ``$rows`` of ``UNWIND $rows AS row``: nodes
``{key, props}``, relationships ``{start, end, key, props}`` (``key`` is the networkx edge key,
which keeps parallel edges apart). The store's write path (graph.store.core) and the ``cypher``
export (graph.export) both send these rows to the same statements.
"""

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Any

import networkx as nx

from graph.errors import GraphError
from graph.model import KEY

NODE_STATEMENTS = "load_nodes_"
RELATIONSHIP_STATEMENTS = "load_rels_"
SCALARS = (str, int, float, bool)
SCALAR_TYPES = frozenset(SCALARS)

Rows = dict[str, list[dict[str, Any]]]


@cache
def snake(label: str) -> str:
    """``EnterpriseCategory`` -> ``enterprise_category``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", label).lower()


def node_statement(label: str) -> str:
    return f"{NODE_STATEMENTS}{snake(label)}"


def relationship_statement(start: str, rel_type: str, end: str) -> str:
    return f"{RELATIONSHIP_STATEMENTS}{snake(start)}_{rel_type.lower()}_{snake(end)}"


def batched(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last may be shorter); itertools.batched is Python 3.12+."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _property(name: str, value: Any) -> Any:
    if isinstance(value, (list, tuple)) and all(isinstance(v, SCALARS) for v in value):
        return list(value)
    raise GraphError(
        f"property {name!r} is a {type(value).__name__}; graph properties must be strings, "
        "numbers, booleans or lists of them (fix the graph builder)"
    )


def _props(attrs: dict[str, Any], skip: str) -> dict[str, Any]:
    props = {k: v for k, v in attrs.items() if v is not None}
    props.pop(skip, None)
    for k, v in props.items():
        if type(v) not in SCALAR_TYPES:
            props[k] = _property(k, v)
    return props


def graph_rows(g: nx.MultiDiGraph) -> Rows:
    """Rows per load statement name, node statements first; checks every label, type and
    property, so a graph that cannot be written fails before the first write."""
    nodes: Rows = {}
    for key, attrs in g.nodes(data=True):
        label = attrs.get("label")
        if label not in KEY:
            raise GraphError(f"node {key!r} has label {label!r}; graph.model.KEY lists the labels")
        try:
            props = _props(attrs, "label")
        except GraphError as e:
            raise GraphError(f"node {key!r}: {e}") from None
        props[KEY[label]] = key
        nodes.setdefault(node_statement(label), []).append({"key": key, "props": props})
    labels = dict(g.nodes(data="label"))
    rels: Rows = {}
    for start, end, key, attrs in g.edges(keys=True, data=True):
        rel_type = attrs.get("type")
        if not rel_type:
            raise GraphError(
                f"edge {start!r}->{end!r} has no type attribute; see graph.model.RELATIONSHIPS"
            )
        try:
            props = _props(attrs, "type")
        except GraphError as e:
            raise GraphError(f"edge {start!r}-[{rel_type}]->{end!r}: {e}") from None
        props["key"] = key = str(key)
        name = relationship_statement(labels[start], rel_type, labels[end])
        rels.setdefault(name, []).append({"start": start, "end": end, "key": key, "props": props})
    return nodes | rels


def sorted_rows(g: nx.MultiDiGraph) -> list[tuple[str, list[dict[str, Any]]]]:
    """``graph_rows(g)`` in a fixed order for a diffable output: node statements, then
    relationship statements, each by name, their rows by key."""
    rows = graph_rows(g)
    names = sorted(rows, key=lambda name: (name.startswith(RELATIONSHIP_STATEMENTS), name))
    return [(name, sorted(rows[name], key=_row_order)) for name in names]


def _row_order(row: dict[str, Any]) -> tuple[str, ...]:
    return (row.get("start", ""), row.get("end", ""), row["key"])
