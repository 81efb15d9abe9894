"""Write a resolved graph for other tools: GraphML, node-link JSON, neo4j-admin CSV, a Cypher script."""

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

import cypher
from graph import model
from graph.errors import ExportError
from graph.rows import batched, snake, sorted_rows

FORMATS = ("graphml", "json", "neo4j-csv", "cypher")
ARRAY_DELIMITER = ";"
CYPHER_BATCH = 500
EXPORT_TAG = 0  # the $tag of the load_* statements: the update tag on everything the script writes
_DISPLAY = ("title", "name")


def export(g: nx.MultiDiGraph, fmt: str, out: str | Path) -> list[Path]:
    """Write g in the given format; returns the files written (neo4j-csv: a folder of CSV files)."""
    writers = {"graphml": _graphml, "json": _json, "neo4j-csv": _neo4j_csv, "cypher": _cypher}
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    try:
        if fmt != "neo4j-csv":
            out.parent.mkdir(parents=True, exist_ok=True)
        return writers[fmt](g, out)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e.strerror or e}; choose a writable path") from e


def _graphml(g: nx.MultiDiGraph, out: Path) -> list[Path]:
    """GraphML for Gephi/yEd: lists become JSON strings, `label` is the text to show, `labels` the type."""
    h = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        row = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
               for k, v in attrs.items() if k != "label"}
        row["labels"] = attrs["label"]
        row["label"] = next((str(attrs[k]) for k in _DISPLAY if attrs.get(k)), str(n))
        h.add_node(n, **row)
    for s, t, k, attrs in g.edges(keys=True, data=True):
        h.add_edge(s, t, key=k, **attrs)
    nx.write_graphml(h, out, encoding="utf-8", named_key_ids=True)
    return [out]


def _json(g: nx.MultiDiGraph, out: Path) -> list[Path]:
    """node-link JSON: {"directed", "multigraph", "graph", "nodes": [...], "edges": [...]}."""
    data = nx.node_link_data(g, edges="edges")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [out]


def _csv_type(values: list[Any]) -> str:
    kinds = {type(v) for v in values}
    if kinds <= {bool}:
        return ":boolean"
    if kinds <= {int}:
        return ":int"
    if kinds <= {int, float}:
        return ":float"
    if kinds <= {list}:
        return ":string[]"
    return ""


def _csv_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        # The array delimiter never occurs inside an item: a ";" becomes the full-width "；".
        return ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "；") for x in v)
    return str(v)


def _columns(rows: list[dict], preferred: tuple[str, ...]) -> list[tuple[str, str]]:
    names = [p for p in preferred if any(p in r for r in rows)]
    names += sorted({k for r in rows for k in r} - set(names))
    return [(n, _csv_type([r[n] for r in rows if n in r])) for n in names]


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def _neo4j_csv(g: nx.MultiDiGraph, out: Path) -> list[Path]:
    """One CSV per label and per (type, start label, end label), with neo4j-admin import headers."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    nodes: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for n, attrs in g.nodes(data=True):
        nodes[attrs["label"]].append((n, {k: v for k, v in attrs.items() if k != "label"}))
    for label, items in sorted(nodes.items()):
        key = model.KEY[label]
        rows = [a for _, a in items]
        cols = [c for c in _columns(rows, model.NODE_PROPERTIES[label]) if c[0] != key]
        header = [f"{key}:ID({label})"] + [n + t for n, t in cols] + [":LABEL"]
        body = [[str(n)] + [_csv_value(a[c]) if c in a else "" for c, _ in cols] + [label]
                for n, a in sorted(items)]
        path = out / f"nodes_{snake(label)}.csv"
        _write_csv(path, header, body)
        written.append(path)
    rels: dict[tuple[str, str, str], list[tuple[str, str, dict]]] = defaultdict(list)
    for s, t, attrs in g.edges(data=True):
        rels[(attrs["type"], g.nodes[s]["label"], g.nodes[t]["label"])].append(
            (s, t, {k: v for k, v in attrs.items() if k != "type"}))
    for (rel, start, end), items in sorted(rels.items()):
        rows = [a for _, _, a in items]
        cols = _columns(rows, model.RELATIONSHIPS[rel][2])
        header = [f":START_ID({start})", f":END_ID({end})"] + [n + t for n, t in cols] + [":TYPE"]
        body = [[str(s), str(t)] + [_csv_value(a[c]) if c in a else "" for c, _ in cols] + [rel]
                for s, t, a in sorted(items, key=lambda i: (i[0], i[1]))]
        path = out / f"rels_{snake(start)}_{rel.lower()}_{snake(end)}.csv"
        _write_csv(path, header, body)
        written.append(path)
    return written


def _cypher_literal(v: Any) -> str:
    """A Cypher literal: JSON values, maps with bare property-name keys."""
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_cypher_literal(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_cypher_literal(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def _statement(name: str) -> str:
    text = "\n".join(line for line in cypher.load(name).splitlines() if not line.startswith("//"))
    return text.strip().rstrip(";") + ";"


def cypher_batches(g: nx.MultiDiGraph) -> list[tuple[str, list[dict]]]:
    """(cypher/load_* statement name, $rows) pairs that recreate g: nodes first, then
    relationships; the rows the store writes (graph.rows), CYPHER_BATCH per batch."""
    return [(name, batch) for name, rows in sorted_rows(g) for batch in batched(rows, CYPHER_BATCH)]


def _cypher(g: nx.MultiDiGraph, out: Path) -> list[Path]:
    """A cypher-shell / Neo4j Browser script: `:param tag => 0` once, then for each batch
    `:param rows => [...]` and the cypher/load_* statement the store runs."""
    chunks = [
        "// policy-graph export: run with `cypher-shell -f <file>` or paste into Neo4j Browser.\n"
        f":param tag => {EXPORT_TAG}\n"
    ]
    for name, rows in cypher_batches(g):
        chunks.append(f":param rows => {_cypher_literal(rows)}\n{_statement(name)}\n")
    out.write_text("\n".join(chunks), encoding="utf-8")
    return [out]
