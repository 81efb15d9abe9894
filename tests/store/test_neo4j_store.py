"""What of the Neo4j adapter runs without a Neo4j server: its statements and its errors."""

import neo4j
import pytest

from graph.store import StoreUnavailable
from graph.store.core import split_statements
from graph.store.neo4j_store import Neo4jStore

CLOSED = "bolt://127.0.0.1:9"


@pytest.fixture
def neo4j_store():
    driver = neo4j.GraphDatabase.driver(CLOSED, auth=("neo4j", "x"), connection_timeout=2)
    store = Neo4jStore(driver, "neo4j", uri=CLOSED)
    yield store
    store.close()


def test_neo4j_gets_the_shared_statements_and_constraints(neo4j_store, graph_store):
    schema = split_statements(neo4j_store.statement("schema"))
    assert all(s.startswith("CREATE ") and "IF NOT EXISTS" in s for s in schema)
    assert sum("REQUIRE n.id IS UNIQUE" in s for s in schema) == 5
    falkordb_schema = split_statements(graph_store.statement("schema"))  # the override
    assert falkordb_schema and all(s.startswith("CREATE INDEX FOR") for s in falkordb_schema)
    for name in ("load_nodes_document", "load_rels_document_implements_document",
                 "sweep_nodes", "counts_nodes"):
        assert neo4j_store.statement(name) == graph_store.statement(name)


def test_a_neo4j_server_that_is_down_is_a_clear_error(neo4j_store):
    with pytest.raises(StoreUnavailable, match="NEO4J_URI"):
        neo4j_store.read_only("RETURN 1 AS one", {}, timeout_ms=1000, limit=1)
