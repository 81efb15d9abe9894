"""Neo4j adapter over the official ``neo4j`` driver: managed transactions, READ sessions.

Writes go through ``session.execute_write`` (the driver retries transient failures such as a
leader switch or a deadlock), one transaction per batch. A load writes into the database itself:
everything is extracted and checked before the first write, and the sweep that removes stale
nodes runs only after every batch succeeded, so a failed load leaves the previous graph in place
(plus, at worst, the new nodes written before the failure, which the next good load sweeps).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from graph.store.config import StoreSettings
from graph.store.core import GraphStore
from graph.store.errors import StoreError, StoreUnavailable, refused


def plain(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships become property dicts."""
    if isinstance(value, Node):
        labels = sorted(value.labels)
        return {**{k: plain(v) for k, v in value.items()}, "_label": labels[0] if labels else None}
    if isinstance(value, Relationship):
        return {**{k: plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value


def store_error(e: Exception, uri: str) -> StoreError:
    """Our error for a driver one."""
    code = getattr(e, "code", "") or ""
    if isinstance(e, (ServiceUnavailable, DriverError)) or "Security" in code:
        return StoreUnavailable(
            f"Neo4j at {uri} cannot be used ({e}); check NEO4J_URI, NEO4J_USER and "
            "NEO4J_PASSWORD, or start it with `docker compose up --wait`"
        )
    return refused(
        "Neo4j",
        getattr(e, "message", None) or str(e),
        writes="AccessMode" in code or "WriteOnReadOnlyAccessDbException" in code,
        timed_out="TransactionTimedOut" in code,
    )


class Neo4jStore(GraphStore):
    engine = "neo4j"

    def __init__(
        self, driver: neo4j.Driver, database: str, *, batch_size: int = 1000, uri: str = ""
    ) -> None:
        super().__init__(batch_size)
        self.driver = driver
        self.database = database
        self.uri = uri

    @classmethod
    def connect(cls, settings: StoreSettings) -> "Neo4jStore":
        """A store on the Neo4j server named by the settings (NEO4J_* environment)."""
        auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
        try:
            driver = neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=auth)
            driver.verify_connectivity()
        except (Neo4jError, DriverError, ValueError) as e:
            raise store_error(e, settings.neo4j_uri) from e
        return cls(
            driver, settings.neo4j_database, batch_size=settings.batch_size, uri=settings.neo4j_uri
        )

    def _read(
        self, text: str, params: dict[str, Any], timeout_ms: int | None = None, limit: int = 0
    ) -> tuple[list[str], list[dict[str, Any]]]:
        query = neo4j.Query(text, timeout=timeout_ms / 1000 if timeout_ms else None)
        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                result = session.run(query, params)
                columns = list(result.keys())
                rows = []
                for record in result:
                    rows.append({k: plain(v) for k, v in record.items()})
                    if limit and len(rows) >= limit:
                        break
                result.consume()
        except (Neo4jError, DriverError) as e:
            raise store_error(e, self.uri) from e
        return columns, rows

    def _write(self, text: str, params: dict[str, Any]) -> None:
        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(lambda tx: tx.run(text, params).consume())
        except (Neo4jError, DriverError) as e:
            raise store_error(e, self.uri) from e

    def read_only(
        self, text: str, params: dict[str, Any], *, timeout_ms: int, limit: int
    ) -> tuple[list[str], list[dict[str, Any]]]:
        return self._read(text, params, timeout_ms, limit)

    @contextmanager
    def _load_target(self) -> Iterator["Neo4jStore"]:
        yield self

    def close(self) -> None:
        self.driver.close()

