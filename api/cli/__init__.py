"""The ``policy-graph`` command line: thin commands over ``loaders``, ``graph`` and ``graph.store``.

Each module below registers its commands on the root group when imported.
"""

from api.cli.main import cli
from api.cli import extract  # noqa: F401  registers `extract`
from api.cli import serve  # noqa: F401  registers `serve`
from api.cli import trace  # noqa: F401  registers `trace`, `coverage`, `match`
from api.cli import graph  # noqa: F401  registers `stats`, `export`
from api.cli import store  # noqa: F401  registers `load`, `query`, `db`

__all__ = ["cli"]
