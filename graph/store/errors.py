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


def refused(engine: str, detail: str, *, writes: bool, timed_out: bool) -> StoreError:
    """Our error for a statement an engine refused; each adapter tells from its driver's error
    whether the statement wrote on the read-only path or ran out of time."""
    if writes:
        return ReadOnlyViolation(
            "this query writes to the graph, and only reading queries are allowed here"
        )
    if timed_out:
        return QueryTimeout(f"the query ran past its time limit ({detail}); make it narrower")
    return QueryError(f"{engine} rejected the query: {detail}")
