"""Every .cypher file: a header, the official Neo4j parser's approval, and a real run on FalkorDB."""

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import cypher
from graph.store.core import split_statements

ROOT = Path(__file__).resolve().parent.parent
LINTER = ROOT / "tests" / "js" / "lint_cypher.mjs"
FILES = cypher.files()
# A FalkorDB override is exempt from the Neo4j parser only when its header says so.
NEO4J_EXEMPT = "Neo4j rejects this syntax"
WRITES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|REMOVE)\b")


def rel(path: Path) -> str:
    return str(path.relative_to(cypher.CYPHER_DIR))


@pytest.fixture(scope="session")
def lint_report() -> dict[str, list[dict[str, Any]]]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH; install Node.js 18+ and run `npm ci`")
    done = subprocess.run([node, str(LINTER), *map(str, FILES)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_linter_catches_a_syntax_error(tmp_path):
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (n:Document RETURN n\n")
    done = subprocess.run(["node", str(LINTER), str(bad)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    diagnostics = json.loads(done.stdout)[str(bad)]
    assert diagnostics and diagnostics[0]["severity"] == 1 and diagnostics[0]["line"] == 1


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_file_has_a_header_naming_its_parameters(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("//")]
    assert lines[0].startswith("// ") and len(lines[0]) > 10, f"{rel(path)}: no header comment"
    assert any("Parameters" in line for line in header), f"{rel(path)}: header names no parameters"


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_file_passes_the_neo4j_parser(path, lint_report):
    if path.parent.name != "cypher" and NEO4J_EXEMPT in path.read_text(encoding="utf-8"):
        pytest.skip(f"{rel(path)}: FalkorDB-only syntax")
    errors = [d for d in lint_report[str(path)] if d["severity"] == 1]
    assert errors == [], f"{rel(path)}: {errors}"


# -- every shared statement runs on the embedded FalkorDB ------------------------------------

CASCADE_TOP = "财建〔2023〕117号"


@pytest.fixture(scope="module")
def corpus_values(store) -> dict[str, Any]:
    """Real ids from the loaded corpus, to fill parameters with values that hit data."""
    [top] = store.read_only("MATCH (d:Document {doc_number: $n}) RETURN d.id AS id",
                            {"n": CASCADE_TOP}, timeout_ms=5000, limit=2)[1]
    one = store.read_only(
        "MATCH (d:Document)-[:ISSUED_BY]->(a:Agency), (d)-[:TARGETS]->(c:EnterpriseCategory), "
        "(d)-[:MENTIONS|ESTABLISHES]->(p:Program) WHERE d.region_code IS NOT NULL "
        "RETURN d.id AS document, a.id AS agency, c.id AS category, c.name AS category_name, "
        "p.id AS program, d.region_code AS region LIMIT 1",
        {}, timeout_ms=5000, limit=1)[1][0]
    [low] = store.read_only(
        "MATCH (d:Document)-[:IMPLEMENTS]->(:Document) WHERE d.doc_number IS NOT NULL "
        "RETURN d.id AS id, d.doc_number AS number ORDER BY d.id LIMIT 1",
        {}, timeout_ms=5000, limit=1)[1]
    return {"top": top["id"], "low": low["id"], "low_number": low["number"], **one}


def parameters(name: str, v: dict[str, Any]) -> dict[str, Any]:
    """Parameter values by name, with per-statement exceptions where a name means another id."""
    table = {
        "q": "中小企业", "number": CASCADE_TOP, "doc_number": CASCADE_TOP, "level": None,
        "kind": None, "year": None, "region": None, "issuer": None, "category": None,
        "parent": None, "used": True, "offset": 0, "limit": 10, "id": v["top"], "code": "450200",
        "ids": [v["top"]], "names": [v["category_name"]], "category_ids": [v["category"]],
        "region_codes": [v["region"]], "kinds": [], "fragments": ["数字化转型"],
    }
    overrides = {
        "api_agency": {"id": v["agency"]},
        "api_category": {"id": v["category"]},
        "api_program": {"id": v["program"]},
        "match_programs": {"ids": [v["document"]]},
        "trace_basis": {"ids": [v["low"]]},
        "guide_trace_up": {"number": v["low_number"]},
        "match_region": {"region": "柳州"},
        "guide_targets": {"category": v["category_name"]},
    }
    return table | overrides.get(name, {})


READ_NAMES = [n for n in cypher.names() if not WRITES.search(
    "\n".join(line for line in cypher.load(n).splitlines() if not line.startswith("//")))]
WRITE_NAMES = [n for n in cypher.names() if n not in READ_NAMES]


@pytest.mark.parametrize("name", READ_NAMES)
def test_read_statement_returns_rows_on_the_corpus(name, store, corpus_values):
    text = store.statement(name)
    wanted = set(re.findall(r"\$(\w+)", text))
    table = parameters(name, corpus_values)
    missing = wanted - set(table)
    assert not missing, f"add a test value for ${', $'.join(sorted(missing))}"
    columns, rows = store.read_only(text, {k: table[k] for k in wanted}, timeout_ms=10000,
                                    limit=100)
    assert columns and rows, f"{name} returned no rows on the bundled corpus"


def test_write_statements_are_load_or_store_internal():
    assert all(re.match(r"(load_|sweep_|save_|bench_raw_|schema$)", n) for n in WRITE_NAMES)


def test_store_statements_write_and_sweep_on_falkordb(graph_store):
    """The schema, a node and a relationship load, the sweep and the extraction record."""
    for statement in split_statements(graph_store.statement("schema")):
        graph_store._schema(statement)
    graph_store._schema(split_statements(graph_store.statement("schema"))[0])  # idempotent
    nodes = [{"key": k, "props": {"id": k, "title": t}}
             for k, t in (("doc-a", "国家文件"), ("doc-b", "柳州文件"))]
    graph_store._write(graph_store.statement("load_nodes_document"), {"rows": nodes, "tag": 1})
    rel_row = {"start": "doc-b", "end": "doc-a", "key": "0", "props": {"key": "0", "line": 7}}
    graph_store._write(graph_store.statement("load_rels_document_implements_document"),
                       {"rows": [rel_row], "tag": 1})
    graph_store._write(graph_store.statement("save_extraction"),
                       {"sha256": "ab", "source": "x.txt", "json": "{}", "loaded_at": "2026"})
    assert graph_store.counts() == {"nodes": {"Document": 2}, "relationships": {"IMPLEMENTS": 1}}
    graph_store._write(graph_store.statement("load_nodes_document"), {"rows": nodes[:1], "tag": 2})
    graph_store._write(graph_store.statement("sweep_relationships"), {"tag": 2})
    graph_store._write(graph_store.statement("sweep_nodes"), {"tag": 2})
    assert graph_store.counts() == {"nodes": {"Document": 1}, "relationships": {}}
    assert [r["source"] for r in graph_store.run("extractions")] == ["x.txt"]
