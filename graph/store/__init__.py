"""Writing and reading the graph in a database: the embedded FalkorDB (default) or Neo4j.

``open_store()`` returns a ``Store`` (graph.store.base) for the configured engine; for FalkorDB
it starts the project's embedded server first, or reuses the one already running.
"""

from graph.store.base import Store
from graph.store.config import StoreSettings
from graph.store.errors import (
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    StoreUnavailable,
)

__all__ = [
    "QueryError",
    "QueryTimeout",
    "ReadOnlyViolation",
    "Store",
    "StoreError",
    "StoreSettings",
    "StoreUnavailable",
    "open_store",
]


def open_store(settings: StoreSettings | None = None, *, start: bool = True) -> Store:
    """A connected store; ``start=False`` fails instead of starting the embedded server."""
    settings = settings or StoreSettings()
    if settings.store == "neo4j":
        from graph.store.neo4j_store import Neo4jStore

        return Neo4jStore.connect(settings)
    from graph.store.falkordb_store import FalkorStore

    return FalkorStore.connect(settings, start=start)
