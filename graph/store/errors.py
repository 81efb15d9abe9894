"""Errors raised by the stores."""

from loaders.errors import PolicyGraphError


class StoreError(PolicyGraphError):
    """A graph store could not do what was asked."""


class StoreUnavailable(StoreError):
    """The store cannot be reached (server down, socket gone, authentication refused)."""


class ReadOnlyViolation(StoreError):
    """A query sent through the read-only path tried to write."""


class QueryError(StoreError):
    """The store rejected a query (syntax error, unknown function, bad parameter)."""


class QueryTimeout(StoreError):
    """A query ran longer than the configured timeout."""
