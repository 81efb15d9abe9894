"""Write throughput of the project's write path against a raw ``UNWIND $rows MERGE``, one run.

A synthetic graph (100k documents, 1k agencies, 400k CITES and 100k ISSUED_BY relationships)
is written into an embedded FalkorDB in a temporary folder twice, each time into an empty graph
with the same indexes and batch size: first by the plainest MERGE statements (cypher/bench_raw_*),
then by ``FalkorStore.write_graph`` (schema, update tag, parallel-edge keys, sweep), which
includes turning the networkx graph into rows.
Prints rows/s of both and their ratio (goal >= 0.7).
"""

import tempfile
import time
from pathlib import Path

import networkx as nx

from graph.store import StoreSettings, open_store
from graph.store.core import batched, graph_rows, split_statements
from graph.store.falkordb_server import FalkorServer

DOCUMENTS = 100_000
AGENCIES = 1_000
CITES_PER_DOCUMENT = 4
BATCH = 1000
RAW = {
    "load_nodes_document": "bench_raw_nodes_document",
    "load_nodes_agency": "bench_raw_nodes_agency",
    "load_rels_document_cites_document": "bench_raw_rels_document_cites_document",
    "load_rels_document_issued_by_agency": "bench_raw_rels_document_issued_by_agency",
}


def synthetic_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for a in range(AGENCIES):
        g.add_node(f"agency-{a}", label="Agency", name=f"机构{a}", level="municipal")
    for d in range(DOCUMENTS):
        g.add_node(f"doc-{d}", label="Document", title=f"关于中小企业的第{d}号通知",
                   doc_number=f"柳政规〔2024〕{d}号", level="municipal", kind="policy",
                   in_corpus=True, region_code="450200")
        g.add_edge(f"doc-{d}", f"agency-{d % AGENCIES}", type="ISSUED_BY", role="lead")
    for d in range(DOCUMENTS):
        for step in range(1, CITES_PER_DOCUMENT + 1):
            g.add_edge(f"doc-{d}", f"doc-{(d + step * 7) % DOCUMENTS}", type="CITES",
                       evidence="根据《通知》要求", file="bench.txt", line=d, method="bench",
                       confidence=0.9)
    return g


def main() -> None:
    g = synthetic_graph()
    rows = graph_rows(g)
    total = sum(len(r) for r in rows.values())
    print(f"synthetic graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships")
    with tempfile.TemporaryDirectory(prefix="pg-bench-") as folder:
        server = FalkorServer(Path(folder))
        server.start()
        try:
            raw = open_store(StoreSettings(data_dir=folder, graph="bench_raw"))
            for statement in split_statements(raw.statement("schema")):
                raw._schema(statement)
            start = time.perf_counter()
            for name, statement_rows in rows.items():
                text = raw.statement(RAW[name])
                for batch in batched(statement_rows, BATCH):
                    raw._write(text, {"rows": batch})
            raw_s = time.perf_counter() - start
            project = open_store(StoreSettings(data_dir=folder, graph="bench_project",
                                               batch_size=BATCH))
            start = time.perf_counter()
            project.write_graph(g)
            project_s = time.perf_counter() - start
            assert project.counts()["relationships"] == {"CITES": 400_000, "ISSUED_BY": 100_000}
            assert raw.counts() == project.counts()
            project.close()
            raw.close()
        finally:
            server.stop()
    print(f"project write path: {total / project_s:,.0f} rows/s ({project_s:.1f}s for {total} rows)")
    print(f"raw UNWIND MERGE:   {total / raw_s:,.0f} rows/s ({raw_s:.1f}s)")
    print(f"ratio project/raw throughput: {raw_s / project_s:.2f} (goal >= 0.7)")


if __name__ == "__main__":
    main()
