"""The ``policy-graph`` command line: thin commands over ``loaders``, ``graph`` and ``graph.store``.

Each module below registers its commands on the root group when imported.
"""

from api.cli.main import cli

__all__ = ["cli"]
