"""load() on the bundled corpus and the store commands of the CLI, against the embedded FalkorDB."""

import json

import pytest
from click.testing import CliRunner

from api.cli import cli
from graph.store import StoreSettings, open_store
from loaders.errors import PolicyGraphError

IDS = "MATCH (n) WHERE NOT n:Extraction RETURN coalesce(n.id, n.code) AS key ORDER BY key"


def keys(store) -> list[str]:
    return [r["key"] for r in store.read_only(IDS, {}, timeout_ms=10000, limit=100000)[1]]


def test_load_order_and_repetition_give_the_same_graph(store, graph_store, corpus_files):
    reference = store.counts()
    assert reference["nodes"]["Compilation"] == len(corpus_files)
    for path in reversed(corpus_files):  # one file per load, in the other order
        graph_store.load([path])
    assert graph_store.counts() == reference
    assert keys(graph_store) == keys(store)
    result = graph_store.load(corpus_files)
    assert result["compilations"] == len(corpus_files) and result["replaced"] == []
    assert graph_store.counts() == reference


def test_reloading_an_edited_file_replaces_its_previous_version(graph_store, corpus_files,
                                                               tmp_path):
    """Load a file, then an edited copy of the same name: the graph is that of a fresh load
    of the edited copy with the others, not of both versions."""
    original, others = corpus_files[-1], corpus_files[:-1]
    edited = tmp_path / original.name
    lines = original.read_text(encoding="utf-8").splitlines(keepends=True)
    edited.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    graph_store.load(corpus_files)
    before = graph_store.counts()
    env = {"POLICY_GRAPH_GRAPH": graph_store.name}
    done = CliRunner().invoke(cli, ["load", "--silent", str(edited)], env=env)
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"replaced {original.name} (sha256 ")
    replaced = graph_store.counts()
    assert replaced != before
    assert replaced["nodes"]["Compilation"] == len(corpus_files)
    replaced_keys = keys(graph_store)
    sources = [e["source"] for e in graph_store.stored_extractions()]
    assert len(sources) == len(corpus_files) and sources.count(str(edited)) == 1
    graph_store.db.connection.delete(graph_store.name)
    fresh = graph_store.load([*others, edited])
    assert fresh["replaced"] == []
    assert graph_store.counts() == replaced
    assert keys(graph_store) == replaced_keys
    again = graph_store.load([edited])  # the same file twice: nothing replaced, nothing changes
    assert again["replaced"] == [] and graph_store.counts() == replaced


def test_two_files_of_one_name_in_one_load_are_refused(graph_store, corpus_files, tmp_path):
    copy = tmp_path / corpus_files[0].name
    copy.write_bytes(corpus_files[0].read_bytes())
    with pytest.raises(PolicyGraphError, match=f"two files named {copy.name}.*rename one"):
        graph_store.load([corpus_files[0], copy])
    assert graph_store.counts() == {"nodes": {}, "relationships": {}}
    graph_store.load([corpus_files[0], corpus_files[0]])  # one file given twice is one file
    assert graph_store.counts()["nodes"]["Compilation"] == 1


def test_a_bad_file_leaves_the_last_good_graph(graph_store, corpus_files, tmp_path):
    graph_store.load(corpus_files[:1])
    before = graph_store.counts()
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(PolicyGraphError):
        graph_store.load([corpus_files[1], binary])
    assert graph_store.counts() == before
    assert len(graph_store.stored_extractions()) == 1


def test_cli_query_reads_and_refuses_writes(store):
    runner = CliRunner()
    done = runner.invoke(cli, ["query", "MATCH (d:Document {doc_number: $n}) RETURN d.id AS id",
                               "-p", "n=财建〔2023〕117号", "--format", "json"])
    assert done.exit_code == 0, done.output
    assert len(json.loads(done.output)["rows"]) == 1
    table = runner.invoke(cli, ["query", "MATCH (c:Compilation) RETURN c.title AS title"])
    assert table.exit_code == 0 and "(3 rows)" in table.output
    refused = runner.invoke(cli, ["query", "MATCH (n) DETACH DELETE n"])
    assert refused.exit_code == 1 and "only reading queries" in refused.output
    assert "Traceback" not in refused.output
    assert store.counts()["nodes"]["Document"] > 0


def test_cli_db_status_and_a_bad_load(store, tmp_path):
    runner = CliRunner()
    status = runner.invoke(cli, ["db", "status", "--format", "json"])
    assert status.exit_code == 0
    info = json.loads(status.output)
    assert info["running"] is True and info["counts"] == store.counts()
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    bad = runner.invoke(cli, ["load", "--silent", str(empty)])
    assert bad.exit_code == 1 and bad.output.startswith("Error: ")
    assert runner.invoke(cli, ["db", "start"]).output.startswith("Already running")


def test_neo4j_store_down_is_a_clear_error():
    with pytest.raises(PolicyGraphError, match="NEO4J_URI"):
        open_store(StoreSettings(store="neo4j", neo4j_uri="bolt://127.0.0.1:9"))
