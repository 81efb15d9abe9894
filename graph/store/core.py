"""The write and load path both engines share; each engine adapter supplies three primitives.

An adapter (``FalkorStore``, ``Neo4jStore``) implements ``_read`` (one read statement), ``_write``
(one write statement in one transaction) and ``_load_target`` (where a load writes: FalkorDB a
staging copy of the graph swapped in on success, Neo4j the database itself). Everything else —
batching the rows of graph.rows, schema first, update tag, sweep, extraction storage,
counts — is here, once. The async reads an event loop awaits (``arun``, ``aread_only``) run the
sync ones in a worker thread here; an engine with an async client overrides ``_aread`` and
``aread_only``.
"""

import asyncio
import gc
import json
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any

import networkx as nx

import cypher
from graph.build import build_graph
from graph.rows import batched, graph_rows
from graph.store.errors import StoreError
from loaders import extract_file

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; stages are "extract" (files) and "write" (rows)."""


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building and sending hundreds of thousands of small,
    acyclic row dicts otherwise triggers full collections over the whole graph again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def split_statements(text: str) -> list[str]:
    """The statements of a multi-statement file such as schema.cypher, comments removed."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


class GraphStore:
    """Shared behaviour of the stores; see graph.store.base.Store for the contract."""

    engine: str

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size

    # -- engine primitives -------------------------------------------------------------------
    def _read(
        self, text: str, params: dict[str, Any], timeout_ms: int | None = None
    ) -> tuple[list[str], list[dict[str, Any]]]:
        raise NotImplementedError

    async def _aread(
        self, text: str, params: dict[str, Any], timeout_ms: int | None = None
    ) -> tuple[list[str], list[dict[str, Any]]]:
        return await asyncio.to_thread(self._read, text, params, timeout_ms)

    def _write(self, text: str, params: dict[str, Any]) -> None:
        raise NotImplementedError

    def _schema(self, statement: str) -> None:
        self._write(statement, {})

    def _load_target(self) -> AbstractContextManager["GraphStore"]:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------
    def statement(self, name: str) -> str:
        return cypher.load(name, self.engine)

    def run(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return self._read(self.statement(name), params)[1]

    # -- for an event loop -------------------------------------------------------------------
    async def arun(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return (await self._aread(self.statement(name), params))[1]

    async def aread_only(
        self, text: str, params: dict[str, Any], *, timeout_ms: int, limit: int
    ) -> tuple[list[str], list[dict[str, Any]]]:
        return await asyncio.to_thread(
            self.read_only, text, params, timeout_ms=timeout_ms, limit=limit
        )

    async def aclose(self) -> None:
        self.close()

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            "nodes": {r["label"]: r["count"] for r in self.run("counts_nodes")},
            "relationships": {r["type"]: r["count"] for r in self.run("counts_relationships")},
        }

    def ping(self) -> None:
        self.run("ping")

    def ensure_schema(self) -> None:
        for statement in split_statements(self.statement("schema")):
            self._schema(statement)

    def write_graph(
        self, graph: nx.MultiDiGraph, progress: Progress | None = None
    ) -> dict[str, int]:
        with paused_gc():
            return self._write_graph(graph, progress)

    def _write_graph(self, graph: nx.MultiDiGraph, progress: Progress | None) -> dict[str, int]:
        rows = graph_rows(graph)
        statements = {name: self.statement_for_load(name) for name in rows}
        self.ensure_schema()
        tag = time.time_ns()
        total = sum(len(r) for r in rows.values())
        done = 0
        for name, statement_rows in rows.items():
            for batch in batched(statement_rows, self.batch_size):
                self._write(statements[name], {"rows": batch, "tag": tag})
                done += len(batch)
                if progress:
                    progress("write", done, total)
        # Only a complete write reaches the sweep: a failure above leaves every older node.
        self._write(self.statement("sweep_relationships"), {"tag": tag})
        self._write(self.statement("sweep_nodes"), {"tag": tag})
        return {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}

    def statement_for_load(self, name: str) -> str:
        try:
            return self.statement(name)
        except cypher.UnknownQueryError as e:
            raise StoreError(
                f"the graph needs cypher/{name}.cypher, which does not exist; add it "
                "(copy a load_rels_* or load_nodes_* file) or fix the graph builder"
            ) from e

    def stored_extractions(self) -> list[dict[str, Any]]:
        """The extractions of every compilation loaded so far, one per file name."""
        return [json.loads(r["json"]) for r in self.run("extractions")]

    def load(self, paths: list[Path], progress: Progress | None = None) -> dict[str, Any]:
        files: dict[str, Path] = {}
        for path in map(Path, paths):
            first = files.setdefault(path.name, path)
            if first.resolve() != path.resolve():
                raise StoreError(
                    f"two files named {path.name} in one load ({first} and {path}); "
                    "a compilation is known by its file name, so rename one"
                )
        new: dict[str, dict[str, Any]] = {}
        for name, path in files.items():
            new[name] = extract_file(path)  # its sha256 is of the bytes it read
            if progress:
                progress("extract", len(new), len(files))
        with self._load_target() as target:
            # A compilation is its file name: a new version of a file replaces the stored one.
            stored = {file_name(e): e for e in target.stored_extractions()}
            replaced = [
                {"name": name, "old": stored[name]["sha256"], "new": e["sha256"]}
                for name, e in sorted(new.items())
                if name in stored and stored[name]["sha256"] != e["sha256"]
            ]
            merged = stored | new
            extractions = [merged[name] for name in sorted(merged)]
            written = target.write_graph(build_graph(extractions), progress)
            loaded_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            for name, e in new.items():
                target._write(
                    target.statement("save_extraction"),
                    {
                        "source": name,
                        "sha256": e["sha256"],
                        "json": json.dumps(e, ensure_ascii=False),
                        "loaded_at": loaded_at,
                    },
                )
        return {
            "files": len(new),
            "compilations": len(extractions),
            "replaced": replaced,
            **written,
        }


def file_name(extraction: dict[str, Any]) -> str:
    """The name a compilation is stored under: its file's name without folders."""
    return PurePath(str(extraction.get("source", ""))).name
