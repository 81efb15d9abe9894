"""graph.export in every format, read back by the tools' own readers where Python has one."""

import csv
import json

import networkx as nx
import pytest

import cypher
from graph import build_graph, export
from graph.errors import ExportError


@pytest.fixture
def g(liuzhou, national):
    return build_graph([liuzhou, national])


def test_graphml_reads_back_with_lists_as_json(g, tmp_path):
    [path] = export(g, "graphml", tmp_path / "g.graphml")
    h = nx.read_graphml(path, force_multigraph=True)
    assert h.number_of_nodes() == g.number_of_nodes() and h.number_of_edges() == g.number_of_edges()
    notice = next(n for n, a in g.nodes(data=True) if a.get("doc_number") == "柳政办〔2025〕3号")
    assert json.loads(h.nodes[notice]["alt_titles"]) == g.nodes[notice]["alt_titles"]
    assert h.nodes[notice]["labels"] == "Document"
    assert h.nodes[notice]["label"] == g.nodes[notice]["title"]


def test_json_is_node_link(g, tmp_path):
    [path] = export(g, "json", tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    h = nx.node_link_graph(data, edges="edges")
    assert sorted(h.edges(keys=True)) == sorted(g.edges(keys=True))


def test_neo4j_csv_headers_and_rows(g, tmp_path):
    paths = export(g, "neo4j-csv", tmp_path / "csv")
    names = {p.name for p in paths}
    assert {"nodes_document.csv", "nodes_region.csv", "rels_document_implements_document.csv",
            "rels_region_part_of_region.csv", "rels_agency_part_of_agency.csv"} <= names
    with (tmp_path / "csv" / "nodes_document.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header[0] == "id:ID(Document)" and header[-1] == ":LABEL"
    assert "alt_titles:string[]" in header and "in_corpus:boolean" in header
    assert len(rows) - 1 == sum(1 for _, a in g.nodes(data=True) if a["label"] == "Document")
    with (tmp_path / "csv" / "rels_document_implements_document.csv").open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:2] == [":START_ID(Document)", ":END_ID(Document)"]
    assert "confidence:float" in header and "line:int" in header and header[-1] == ":TYPE"
    with (tmp_path / "csv" / "nodes_region.csv").open(encoding="utf-8") as f:
        assert next(csv.reader(f))[0] == "code:ID(Region)"


def test_cypher_script_uses_statements_from_cypher_dir(g, tmp_path):
    [path] = export(g, "cypher", tmp_path / "g.cypher")
    text = path.read_text(encoding="utf-8")
    assert text.count(":param tag => 0") == 1
    assert text.count(":param rows => [") >= 10
    assert "MERGE (n:Document {id: row.key})" in text
    assert cypher.load("load_rels_document_implements_document").splitlines()[-1] in text
    assert '"财建〔2023〕117号"' in text  # values are JSON literals


def test_unknown_format_names_the_choices(g, tmp_path):
    with pytest.raises(ExportError, match="graphml, json, neo4j-csv, cypher"):
        export(g, "xml", tmp_path / "g.xml")


def test_unwritable_path_is_an_export_error(g, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        export(g, "json", tmp_path / "file" / "g.json")
