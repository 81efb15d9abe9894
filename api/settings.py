"""API settings: the store settings plus where the API listens and how far POST /cypher may go.

Read from the environment (``POLICY_GRAPH_HOST``, ``POLICY_GRAPH_PORT``,
``POLICY_GRAPH_CYPHER_TIMEOUT_MS``, ``POLICY_GRAPH_CYPHER_ROW_CAP``, and every store variable in
``graph.store.config``) when ``Settings()`` is built, never at import.
"""

from pydantic import Field

from graph.store.config import StoreSettings


class Settings(StoreSettings):
    """A StoreSettings (so ``open_store(settings)`` takes it as is) with the API's own fields."""

    host: str = Field("127.0.0.1", description="Interface `policy-graph serve` binds.")
    port: int = Field(8000, ge=0, le=65535, description="TCP port `policy-graph serve` binds.")
    cypher_timeout_ms: int = Field(5000, gt=0, description="Time limit of one POST /cypher query.")
    cypher_row_cap: int = Field(1000, gt=0, description="Most rows one POST /cypher returns.")
