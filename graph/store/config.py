"""Store settings, read from the environment when ``StoreSettings()`` is built (never at import).

``POLICY_GRAPH_STORE`` (falkordb | neo4j), ``POLICY_GRAPH_DATA_DIR``, ``POLICY_GRAPH_GRAPH``,
``POLICY_GRAPH_BATCH_SIZE``, and Neo4j's own ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE``. A ``.env`` file in the working directory is read too.
"""

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


# The project folder (the checkout holding graph/): the embedded store's data lives under it by
# default, whatever the working directory, so every command and the API find the same server.
PROJECT_DIR = Path(__file__).resolve().parents[2]


class StoreSettings(BaseSettings):
    """Which graph store to use and how to reach it."""

    model_config = SettingsConfigDict(
        env_prefix="POLICY_GRAPH_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    store: Literal["falkordb", "neo4j"] = "falkordb"
    data_dir: Path = Field(
        PROJECT_DIR / "var" / "falkordb",
        description="Folder of the embedded FalkorDB server: data, socket, log.",
    )
    graph: str = Field(
        "policy_graph",
        pattern=r"^[A-Za-z][A-Za-z0-9_]*$",
        description="FalkorDB graph (Redis key).",
    )
    batch_size: int = Field(1000, gt=0, description="Rows per UNWIND batch when writing.")
    neo4j_uri: str = Field(
        "bolt://localhost:7687", validation_alias=AliasChoices("NEO4J_URI", "neo4j_uri")
    )
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER", "neo4j_user"))
    neo4j_password: SecretStr = Field(
        SecretStr(""), validation_alias=AliasChoices("NEO4J_PASSWORD", "neo4j_password")
    )
    neo4j_database: str = Field(
        "neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "neo4j_database")
    )
