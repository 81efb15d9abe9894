"""Shared end-to-end fixtures: one embedded FalkorDB server for the whole test session.

- ``falkordb_dir``: a temporary data folder with a server running in it (stopped at the end).
- ``store_env``: points this process (``os.environ``, so CliRunner and in-process code) at that
  server, and returns the environment to pass to subprocesses (an API server, the CLI).
- ``store``: a FalkorStore on graph ``policy_graph`` loaded with the bundled corpus.
- ``corpus_files``: the bundled compilations, data/corpus/*.txt.
Tests that write their own graph use another graph name on the same server (``graph_store``).
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import StoreSettings, open_store
from graph.store.falkordb_server import FalkorServer
from graph.store.falkordb_store import FalkorStore

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted((ROOT / "data" / "corpus").glob("*.txt"))


@pytest.fixture(scope="session")
def falkordb_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data_dir = tmp_path_factory.mktemp("falkordb")
    server = FalkorServer(data_dir)
    server.start()
    yield data_dir
    server.stop()


@pytest.fixture(scope="session")
def store_env(falkordb_dir: Path) -> Iterator[dict[str, str]]:
    variables = {"POLICY_GRAPH_STORE": "falkordb", "POLICY_GRAPH_DATA_DIR": str(falkordb_dir)}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in variables.items():
            patch.setenv(name, value)
        yield {**os.environ, **variables}


@pytest.fixture(scope="session")
def store(store_env: dict[str, str], corpus_files: list[Path]) -> Iterator[FalkorStore]:
    opened = open_store(StoreSettings())
    opened.load(corpus_files)
    yield opened
    opened.close()


@pytest.fixture
def graph_store(store_env: dict[str, str], request: pytest.FixtureRequest) -> Iterator[FalkorStore]:
    """An empty store on a graph of its own (named after the test), deleted afterwards."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:60]
    keys = (name, f"{name}__staging", f"{name}__load_lock")
    opened = open_store(StoreSettings(graph=name))
    opened.db.connection.delete(*keys)
    yield opened
    opened.db.connection.delete(*keys)
    opened.close()
