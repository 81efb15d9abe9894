"""What every store offers; ``graph.store.open_store`` returns one of these.

Rows are lists of plain dicts: nodes become their property dicts plus ``_label``, relationships
their property dicts plus ``_type``, so callers never see a driver's own types. Besides the
properties of graph.model, the write path adds ``update_tag`` (an integer, on every node and
relationship) and ``key`` (on relationships: the networkx edge key, which keeps parallel edges
apart). Each loaded compilation's extraction is kept in an ``Extraction {source, sha256, json,
loaded_at}`` node outside the graph model, keyed by the file's name (``source``, without folders):
loading a file of that name again replaces it. ``counts()`` leaves it out.

``progress`` arguments are callables ``progress(stage, done, total)``, stage "extract" (files)
or "write" (rows).
"""

from pathlib import Path
from typing import Any, Protocol

import networkx as nx


class Store(Protocol):
    engine: str  # "falkordb" or "neo4j"

    def run(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the named read statement from cypher/ with parameters; rows as dicts."""

    def read_only(
        self, text: str, params: dict[str, Any], *, timeout_ms: int, limit: int
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """Run caller-supplied Cypher that the engine itself holds to reading; columns and rows."""

    async def arun(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """``run`` for an event loop: it waits for the store without blocking the loop."""

    async def aread_only(
        self, text: str, params: dict[str, Any], *, timeout_ms: int, limit: int
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """``read_only`` for an event loop."""

    def load(self, paths: list[Path], progress: Any = None) -> dict[str, Any]:
        """Extract, resolve and write compilations; the last good graph stays on failure.

        A file whose name is stored already replaces that compilation. Returns {"files",
        "compilations" (now in the store), "replaced" (a list of {"name", "old", "new"}: the file
        name and the SHA-256 of the replaced and of the new version), "nodes", "relationships"}.
        """

    def write_graph(self, graph: nx.MultiDiGraph, progress: Any = None) -> dict[str, int]:
        """Write a resolved graph (see graph.model) in batches and sweep what it no longer has.

        Returns {"nodes", "relationships"} written.
        """

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type."""

    def ping(self) -> None:
        """Raise StoreUnavailable when the store cannot answer."""

    def close(self) -> None:
        """Release connections (an embedded server is left running for other processes)."""

    async def aclose(self) -> None:
        """``close``, and the connections of the async reads too."""
