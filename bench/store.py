"""Write throughput of the project's write path against a raw ``UNWIND $rows MERGE``, one run.

A synthetic graph (100k documents, 1k agencies, 400k CITES and 100k ISSUED_BY relationships)
is written into an embedded FalkorDB in a temporary folder, each time into an empty graph with the
same indexes and batch size, deleted afterwards: by the plainest MERGE statements
(cypher/bench_raw_*), and by ``FalkorStore.write_graph`` (schema, update tag, parallel-edge keys,
sweep), which also turns the networkx graph into rows while the raw run gets them ready-made.
The two alternate for ROUNDS rounds (the machine is shared, so single runs are noisy); prints
rows/s of every run, the best of each and their ratio (goal >= 0.7).
"""

import tempfile
import time
from pathlib import Path

import networkx as nx

from graph.rows import batched, graph_rows
from graph.store import StoreSettings, open_store
from graph.store.falkordb_server import FalkorServer
from graph.store.falkordb_store import FalkorStore

DOCUMENTS = 100_000
AGENCIES = 1_000
CITES_PER_DOCUMENT = 4
BATCH = 1000
ROUNDS = 3
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


def run_raw(store: FalkorStore, batches: list[tuple[str, list[dict]]]) -> None:
    store.ensure_schema()
    for name, rows in batches:
        store._write(store.statement(RAW[name]), {"rows": rows})


def main() -> None:
    g = synthetic_graph()
    batches = [(name, batch) for name, rows in graph_rows(g).items()
               for batch in batched(rows, BATCH)]
    total = sum(len(rows) for _, rows in batches)
    print(f"synthetic graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships")
    runs = {
        "raw": lambda store: run_raw(store, batches),
        "project": lambda store: store.write_graph(g),
    }
    best = dict.fromkeys(runs, float("inf"))
    with tempfile.TemporaryDirectory(prefix="pg-bench-") as folder:
        server = FalkorServer(Path(folder))
        server.start()
        try:
            for round_ in range(1, ROUNDS + 1):
                for kind, run in runs.items():
                    store = open_store(StoreSettings(data_dir=folder, graph=f"bench_{kind}",
                                                     batch_size=BATCH))
                    start = time.perf_counter()
                    run(store)
                    seconds = time.perf_counter() - start
                    written = store.counts()["relationships"]
                    assert written == {"CITES": 400_000, "ISSUED_BY": 100_000}
                    store.graph.delete()
                    store.close()
                    best[kind] = min(best[kind], seconds)
                    rate = total / seconds
                    print(f"round {round_} {kind:7} {rate:>9,.0f} rows/s ({seconds:.1f}s)")
        finally:
            server.stop()
    print(f"project write path: {total / best['project']:,.0f} rows/s (best of {ROUNDS})")
    print(f"raw UNWIND MERGE:   {total / best['raw']:,.0f} rows/s (best of {ROUNDS})")
    print(f"ratio project/raw throughput: {best['raw'] / best['project']:.2f} (goal >= 0.7)")


if __name__ == "__main__":
    main()
