"""The `cypher` export script runs on a real engine (the embedded FalkorDB) and rebuilds the graph.

FalkorDB has no `:param`, so each `:param name => literal` line of the script becomes the
`CYPHER name=literal` prefix FalkorDB takes parameters by; statements and literals are the
script's own text.
"""

from graph import build_graph, export, stats


def script_queries(text: str) -> list[str]:
    """Each statement of a cypher-shell script, prefixed with the parameters set before it."""
    params: dict[str, str] = {}
    queries, statement = [], []
    for line in text.splitlines():
        if line.startswith(":param "):
            name, literal = line.removeprefix(":param ").split(" => ", 1)
            params[name] = literal
        elif line.strip() and not line.startswith("//"):
            statement.append(line)
            if line.endswith(";"):
                prefix = " ".join(f"{k}={v}" for k, v in params.items())
                queries.append(f"CYPHER {prefix} " + "\n".join(statement).rstrip(";"))
                statement = []
    assert not statement, "the script ends inside a statement"
    return queries


def test_cypher_export_script_rebuilds_the_graph(graph_store, liuzhou, national, tmp_path):
    g = build_graph([liuzhou, national])
    [path] = export(g, "cypher", tmp_path / "g.cypher")
    queries = script_queries(path.read_text(encoding="utf-8"))
    assert len(queries) >= 10
    for query in queries:
        graph_store.graph.query(query)
    counts = graph_store.counts()
    expected = stats(g)
    assert counts["nodes"] == expected["nodes"]
    assert counts["relationships"] == expected["relationships"]
    [row] = graph_store.read_only(
        "MATCH (d:Document {doc_number: $n}) RETURN d.title AS title, d.update_tag AS tag",
        {"n": "柳政办〔2025〕3号"}, timeout_ms=5000, limit=5)[1]
    assert row == {"title": next(a["title"] for _, a in g.nodes(data=True)
                                 if a.get("doc_number") == "柳政办〔2025〕3号"), "tag": 0}
