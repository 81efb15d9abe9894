"""FalkorDB adapter: statements through the ``falkordb`` client, loads through a staging graph.

A FalkorDB graph is one Redis key. A load takes a lock key, copies the live graph to
``<graph>__staging`` (GRAPH.COPY), writes and sweeps there, then renames the staging key over the
live one (RENAME is atomic). Readers see the old graph until that instant; a failed or killed load
leaves the live graph untouched, and the next load deletes the leftover staging graph.

Reads awaited on an event loop (the API) go through falkordb's async graph on a ``redis.asyncio``
client of the same socket, so the loop waits for FalkorDB without a thread-pool hop.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import falkordb
import redis
import redis.asyncio
from falkordb.asyncio.graph import AsyncGraph
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from falkordb.query_result import QueryResult
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from graph.store.config import StoreSettings
from graph.store.core import GraphStore
from graph.store.errors import StoreError, StoreUnavailable, refused
from graph.store.falkordb_server import FalkorServer

# FalkorDB's answer to a read of a graph that has never been written: read it as empty.
EMPTY_GRAPH = "empty key"


def plain(value: Any) -> Any:
    """A driver value as plain Python: nodes and relationships become property dicts."""
    if isinstance(value, Node):
        return {**{k: plain(v) for k, v in value.properties.items()}, "_label": value.labels[0]}
    if isinstance(value, Edge):
        return {**{k: plain(v) for k, v in value.properties.items()}, "_type": value.relation}
    if isinstance(value, FalkorPath):
        return {
            "nodes": [plain(n) for n in value.nodes()],
            "relationships": [plain(e) for e in value.edges()],
        }
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def columns_and_rows(result: QueryResult) -> tuple[list[str], list[dict[str, Any]]]:
    columns = [name for _, name in result.header]
    return columns, [dict(zip(columns, map(plain, row))) for row in result.result_set]


def fast_fail(retry: type[Retry] | type[AsyncRetry]) -> Retry | AsyncRetry:
    """Two quick retries, not redis-py's default backoff: a server that is down should be
    reported at once (the API answers 503) and found again when it is back."""
    return retry(ExponentialBackoff(cap=0.2, base=0.02), 2)


def store_error(e: redis.RedisError, where: str) -> StoreError:
    """Our error for a Redis/FalkorDB one."""
    message = str(e)
    if isinstance(e, (redis.ConnectionError, redis.TimeoutError)):
        return StoreUnavailable(
            f"the FalkorDB server at {where} does not answer ({message}); "
            "start it with `policy-graph db start`"
        )
    return refused(
        "FalkorDB", message, writes="read-only" in message, timed_out="timed out" in message.lower()
    )


class FalkorStore(GraphStore):
    engine = "falkordb"

    def __init__(
        self, db: falkordb.FalkorDB, graph: str, *, batch_size: int = 1000, where: str = ""
    ) -> None:
        super().__init__(batch_size)
        self.db = db
        self.name = graph
        self.graph = db.select_graph(graph)
        self.where = where  # the server's unix socket
        self._async_graph: AsyncGraph | None = None

    @classmethod
    def connect(cls, settings: StoreSettings, *, start: bool = True) -> "FalkorStore":
        """Connect to the embedded server of ``settings.data_dir``, starting it when allowed."""
        server = FalkorServer(settings.data_dir)
        if start:
            server.start()
        elif not server.is_running():
            raise StoreUnavailable(
                f"no FalkorDB server runs in {server.data_dir}; "
                "start it with `policy-graph db start`"
            )
        try:
            db = falkordb.FalkorDB(unix_socket_path=str(server.socket), retry=fast_fail(Retry))
        except redis.RedisError as e:
            raise store_error(e, str(server.socket)) from e
        return cls(db, settings.graph, batch_size=settings.batch_size, where=str(server.socket))

    def _read(
        self, text: str, params: dict[str, Any], timeout_ms: int | None = None
    ) -> tuple[list[str], list[dict[str, Any]]]:
        try:
            result = self.graph.ro_query(text, params or None, timeout=timeout_ms)
        except redis.RedisError as e:
            return self._empty_or_raise(e)
        return columns_and_rows(result)

    async def _aread(
        self, text: str, params: dict[str, Any], timeout_ms: int | None = None
    ) -> tuple[list[str], list[dict[str, Any]]]:
        if self._async_graph is None:  # made on first use, inside the event loop that uses it
            client = redis.asyncio.Redis(
                unix_socket_path=self.where, decode_responses=True, retry=fast_fail(AsyncRetry)
            )
            self._async_graph = AsyncGraph(client, self.name)
        try:
            result = await self._async_graph.ro_query(text, params or None, timeout=timeout_ms)
        except redis.RedisError as e:
            return self._empty_or_raise(e)
        return columns_and_rows(result)

    def _empty_or_raise(self, e: redis.RedisError) -> tuple[list[str], list[dict[str, Any]]]:
        """No rows from a graph that has never been written; our error for anything else."""
        if isinstance(e, redis.ResponseError) and EMPTY_GRAPH in str(e):
            return [], []
        raise store_error(e, self.where) from e

    async def aread_only(
        self, text: str, params: dict[str, Any], *, timeout_ms: int, limit: int
    ) -> tuple[list[str], list[dict[str, Any]]]:
        columns, rows = await self._aread(text, params, timeout_ms)
        return columns, rows[:limit]

    def _write(self, text: str, params: dict[str, Any]) -> None:
        try:
            self.graph.query(text, params or None)
        except redis.RedisError as e:
            raise store_error(e, self.where) from e

    def _schema(self, statement: str) -> None:
        try:
            self.graph.query(statement)
        except redis.ResponseError as e:
            if "already indexed" not in str(e):
                raise store_error(e, self.where) from e
        except redis.RedisError as e:
            raise store_error(e, self.where) from e

    def read_only(
        self, text: str, params: dict[str, Any], *, timeout_ms: int, limit: int
    ) -> tuple[list[str], list[dict[str, Any]]]:
        columns, rows = self._read(text, params, timeout_ms)
        return columns, rows[:limit]

    @contextmanager
    def _load_target(self) -> Iterator["FalkorStore"]:
        connection = self.db.connection
        lock = f"{self.name}__load_lock"
        staging = FalkorStore(
            self.db, f"{self.name}__staging", batch_size=self.batch_size, where=self.where
        )
        try:
            if not connection.set(lock, os.getpid(), nx=True):
                holder = int(connection.get(lock) or 0)
                if holder and _alive(holder):
                    raise StoreError(
                        f"process {holder} is loading into graph {self.name!r}; wait for it "
                        "to finish (or stop it) and load again"
                    )
                connection.set(lock, os.getpid())  # the holder died: its load is void
        except redis.RedisError as e:
            raise store_error(e, self.where) from e
        try:
            connection.delete(staging.name)
            if connection.exists(self.name):
                self.graph.copy(staging.name)
            yield staging
            connection.rename(staging.name, self.name)
        except redis.RedisError as e:
            raise store_error(e, self.where) from e
        finally:
            try:
                connection.delete(staging.name)
                if int(connection.get(lock) or 0) == os.getpid():
                    connection.delete(lock)
            except redis.RedisError:
                pass  # the server is gone; the next load clears the leftovers

    def close(self) -> None:
        self.db.connection.close()

    async def aclose(self) -> None:
        if self._async_graph is not None:
            await self._async_graph.client.aclose()
        self.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
