"""FalkorStore on a synthetic graph: batched writes, idempotence, sweep, staging, read-only path."""

import asyncio
import signal
import subprocess
import sys

import networkx as nx
import pytest

from graph.errors import GraphError
from graph.store import QueryError, QueryTimeout, ReadOnlyViolation, StoreError
from graph.store.core import GraphStore


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("doc-national", label="Document", title="关于开展中小企业数字化转型城市试点工作的通知",
               doc_number="财建〔2023〕117号", level="national", alt_titles=["数字化转型"], date=None)
    g.add_node("doc-liuzhou", label="Document", title="柳州市中小企业数字化转型实施方案",
               level="municipal", in_corpus=True)
    g.add_node("agency-miit", label="Agency", name="工业和信息化部", aliases=["工信部"])
    g.add_node("450200", label="Region", name="柳州市", level="municipal")
    g.add_node("450000", label="Region", name="广西壮族自治区", level="provincial")
    g.add_edge("doc-liuzhou", "doc-national", type="IMPLEMENTS", evidence="贯彻落实财建〔2023〕117号",
               file="liuzhou.txt", line=120, method="pattern", confidence=0.9)
    g.add_edge("doc-liuzhou", "doc-national", type="IMPLEMENTS", evidence="按照通知要求",
               file="liuzhou.txt", line=180, method="pattern", confidence=0.8)
    g.add_edge("doc-national", "agency-miit", type="ISSUED_BY", role="lead")
    g.add_edge("450200", "450000", type="PART_OF")
    return g


EXPECTED = {
    "nodes": {"Agency": 1, "Document": 2, "Region": 2},
    "relationships": {"IMPLEMENTS": 2, "ISSUED_BY": 1, "PART_OF": 1},
}


def test_write_graph_is_idempotent_and_keeps_parallel_edges(graph_store):
    assert graph_store.write_graph(small_graph()) == {"nodes": 5, "relationships": 4}
    assert graph_store.counts() == EXPECTED
    graph_store.write_graph(small_graph())
    assert graph_store.counts() == EXPECTED


def test_small_batches_write_the_same_graph(graph_store):
    graph_store.batch_size = 1
    seen = []
    graph_store.write_graph(small_graph(), lambda stage, done, total: seen.append((stage, done, total)))
    assert graph_store.counts() == EXPECTED
    assert seen == [("write", n, 9) for n in range(1, 10)]


def test_rows_are_plain_dicts_with_label_and_type(graph_store):
    graph_store.write_graph(small_graph())
    rows = graph_store.run("ping")
    assert rows == [{"ok": 1}]
    columns, rows = graph_store.read_only(
        "MATCH (d:Document {id: $id})-[r:IMPLEMENTS]->(n) RETURN d, r, n.doc_number AS number "
        "ORDER BY r.line",
        {"id": "doc-liuzhou"}, timeout_ms=2000, limit=10,
    )
    assert columns == ["d", "r", "number"]
    assert [r["r"]["line"] for r in rows] == [120, 180]
    assert rows[0]["d"]["_label"] == "Document" and rows[0]["d"]["level"] == "municipal"
    assert rows[0]["r"]["_type"] == "IMPLEMENTS" and rows[0]["r"]["evidence"] == "贯彻落实财建〔2023〕117号"
    assert rows[0]["number"] == "财建〔2023〕117号"
    assert "date" not in rows[0]["d"]  # None properties are not stored


def test_sweep_removes_what_the_new_graph_no_longer_has(graph_store):
    graph_store.write_graph(small_graph())
    smaller = small_graph()
    smaller.remove_node("doc-liuzhou")
    smaller.remove_edge("450200", "450000")
    smaller.nodes["agency-miit"]["aliases"] = None
    graph_store.write_graph(smaller)
    assert graph_store.counts() == {
        "nodes": {"Agency": 1, "Document": 1, "Region": 2},
        "relationships": {"ISSUED_BY": 1},
    }
    [row] = graph_store.run("counts_nodes") and graph_store.read_only(
        "MATCH (a:Agency) RETURN a", {}, timeout_ms=1000, limit=5)[1]
    assert "aliases" not in row["a"]  # a property the new graph dropped is gone too


def test_a_bad_property_fails_before_anything_is_written(graph_store):
    graph_store.write_graph(small_graph())
    g = small_graph()
    g.add_node("doc-new", label="Document", title="新文件")
    g.remove_node("doc-national")
    g.nodes["450000"]["issuers"] = {"lead": "柳州市人民政府"}  # a dict cannot be a property
    graph_store.batch_size = 1
    with pytest.raises(GraphError, match="450000.*'issuers' is a dict"):
        graph_store.write_graph(g)
    assert graph_store.counts() == EXPECTED  # nothing written, nothing swept


def test_an_edge_without_a_load_statement_fails_before_writing(graph_store):
    g = small_graph()
    g.add_edge("450200", "doc-liuzhou", type="IMPLEMENTS")
    with pytest.raises(StoreError, match="load_rels_region_implements_document"):
        graph_store.write_graph(g)
    assert graph_store.counts()["nodes"] == {}


def test_a_failed_load_leaves_the_last_good_graph(graph_store):
    graph_store.write_graph(small_graph())
    bigger = small_graph()
    bigger.add_node("doc-extra", label="Document", title="额外文件")
    with pytest.raises(RuntimeError):
        with graph_store._load_target() as staging:
            staging.write_graph(bigger)
            assert staging.counts()["nodes"]["Document"] == 3
            assert graph_store.counts() == EXPECTED  # readers still see the live graph
            raise RuntimeError("killed mid-load")
    assert graph_store.counts() == EXPECTED
    with graph_store._load_target() as staging:
        staging.write_graph(bigger)
    assert graph_store.counts()["nodes"]["Document"] == 3
    assert graph_store.db.list_graphs().count(graph_store.name + "__staging") == 0


def test_a_second_load_waits_for_a_live_one(graph_store):
    graph_store.db.connection.set(graph_store.name + "__load_lock", 1)  # pid 1 is always alive
    their_staging = graph_store.db.select_graph(graph_store.name + "__staging")
    their_staging.query("CREATE (:Document {id: 'theirs'})")
    with pytest.raises(StoreError, match="process 1 is loading"):
        with graph_store._load_target():
            pass
    assert graph_store.name + "__staging" in graph_store.db.list_graphs()  # left alone
    graph_store.db.connection.set(graph_store.name + "__load_lock", 2**22 + 7)  # no such pid
    with graph_store._load_target() as staging:
        staging.write_graph(small_graph())
    assert graph_store.counts() == EXPECTED
    assert graph_store.db.connection.get(graph_store.name + "__load_lock") is None


def test_read_only_refuses_writes(graph_store):
    graph_store.write_graph(small_graph())
    for text in ("CREATE (:Document {id: 'x'})", "MATCH (n) DETACH DELETE n",
                 "MATCH (n:Document) SET n.title = 'x'"):
        with pytest.raises(ReadOnlyViolation):
            graph_store.read_only(text, {}, timeout_ms=1000, limit=10)
    assert graph_store.counts() == EXPECTED


def test_read_only_caps_rows_times_out_and_reports_syntax(graph_store):
    graph_store.write_graph(small_graph())
    columns, rows = graph_store.read_only("UNWIND range(1, 100) AS x RETURN x", {},
                                          timeout_ms=1000, limit=7)
    assert columns == ["x"] and [r["x"] for r in rows] == [1, 2, 3, 4, 5, 6, 7]
    with pytest.raises(QueryTimeout):
        graph_store.read_only(
            "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b WITH a, b WHERE a * b % 7 = 1 "
            "RETURN count(*)", {}, timeout_ms=20, limit=1)
    with pytest.raises(QueryError, match="Invalid input"):
        graph_store.read_only("MATCH (n RETURN n", {}, timeout_ms=1000, limit=1)


def test_an_empty_graph_reads_as_empty(graph_store):
    assert graph_store.counts() == {"nodes": {}, "relationships": {}}
    assert graph_store.read_only("MATCH (n) RETURN n", {}, timeout_ms=1000, limit=5) == ([], [])


def test_async_reads_match_the_sync_ones(graph_store):
    """The API awaits arun/aread_only (FalkorDB's async client); the CLI calls run/read_only."""
    empty = "MATCH (d:Document) RETURN d.id AS id ORDER BY id"

    async def reads() -> None:
        assert await graph_store.aread_only(empty, {}, timeout_ms=1000, limit=5) == ([], [])
        graph_store.write_graph(small_graph())
        assert await graph_store.arun("counts_nodes") == graph_store.run("counts_nodes")
        text, params = "MATCH (d:Document {id: $id}) RETURN d", {"id": "doc-national"}
        expected = graph_store.read_only(text, params, timeout_ms=1000, limit=5)
        assert expected[1][0]["d"]["doc_number"] == "财建〔2023〕117号"
        assert await graph_store.aread_only(text, params, timeout_ms=1000, limit=5) == expected
        # the engine-neutral fallback: the sync read in a worker thread
        assert await GraphStore.aread_only(graph_store, text, params, timeout_ms=1000, limit=5) \
            == expected
        capped = await graph_store.aread_only("UNWIND range(1, 9) AS x RETURN x", {},
                                              timeout_ms=1000, limit=2)
        assert capped == (["x"], [{"x": 1}, {"x": 2}])
        with pytest.raises(ReadOnlyViolation):
            await graph_store.aread_only("CREATE (:Document {id: 'x'})", {}, timeout_ms=1000,
                                         limit=1)
        with pytest.raises(QueryError, match="Invalid input"):
            await graph_store.aread_only("MATCH (n RETURN n", {}, timeout_ms=1000, limit=1)
        await graph_store.aclose()

    asyncio.run(reads())
    assert graph_store.counts() == EXPECTED


KILLED_LOADER = """
import sys, time
import networkx as nx
from graph.store import StoreSettings, open_store
store = open_store(StoreSettings(graph=sys.argv[1]))
g = nx.MultiDiGraph()
g.add_node("doc-only", label="Document", title="只有这一份")
with store._load_target() as staging:
    staging.write_graph(g)
    print("written", flush=True)
    time.sleep(60)
"""


def test_a_killed_load_leaves_the_last_good_graph(graph_store, store_env):
    graph_store.write_graph(small_graph())
    loader = subprocess.Popen([sys.executable, "-c", KILLED_LOADER, graph_store.name],
                              stdout=subprocess.PIPE, text=True, env=store_env)
    assert loader.stdout.readline().strip() == "written"
    loader.send_signal(signal.SIGKILL)
    loader.wait(timeout=10)
    assert graph_store.counts() == EXPECTED
    with graph_store._load_target() as staging:  # the dead loader's lock is taken over
        staging.write_graph(small_graph())
    assert graph_store.counts() == EXPECTED


def test_hostile_text_round_trips_as_a_parameter(graph_store):
    nasty = 'a"b\\c\'d\n“引号”\\" }) MATCH (n) DETACH DELETE n //\ufffd'
    g = small_graph()
    g.nodes["doc-national"]["title"] = nasty
    g.nodes["doc-national"]["alt_titles"] = [nasty, "数字化转型"]
    graph_store.write_graph(g)
    [row] = graph_store.read_only(
        "MATCH (d:Document {id: 'doc-national'}) RETURN d.title AS title, d.alt_titles AS alt, "
        "$echo AS echo", {"echo": nasty}, timeout_ms=1000, limit=5)[1]
    assert row == {"title": nasty, "alt": [nasty, "数字化转型"], "echo": nasty}
    assert graph_store.counts() == EXPECTED
