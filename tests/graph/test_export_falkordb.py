"""The statements of the `cypher` export run on a real engine (the embedded FalkorDB) and rebuild the graph."""

import cypher
from graph import build_graph, stats
from graph.export import cypher_batches


def test_cypher_export_statements_rebuild_the_graph(graph_store, liuzhou, national):
    g = build_graph([liuzhou, national])
    for name, rows in cypher_batches(g):
        graph_store.graph.query(cypher.load(name), {"rows": rows})
    counts = graph_store.counts()
    expected = stats(g)
    assert counts["nodes"] == expected["nodes"]
    assert counts["relationships"] == expected["relationships"]
