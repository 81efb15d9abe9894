"""The project's exception root. Every package raises a subclass, so callers catch one type.

It lives in ``loaders`` because that is the lowest layer: ``graph`` and ``api`` may import it,
while ``loaders`` imports nothing of theirs.
"""


class PolicyGraphError(Exception):
    """Root of every error policy-graph raises on purpose."""


class LoaderError(PolicyGraphError):
    """A compilation file could not be read or yielded no usable records."""
