"""The project's exception root. Every package raises a subclass, so callers catch one type.

It lives in ``loaders`` because that is the lowest layer: ``graph`` and ``api`` may import it,
while ``loaders`` imports nothing of theirs.
"""


class PolicyGraphError(Exception):
    """Root of every error policy-graph raises on purpose."""


class LoaderError(PolicyGraphError):
    """A compilation file could not be read or yielded no usable records."""


class EmptyInput(LoaderError):
    """The input file has no text."""


class BinaryInput(LoaderError):
    """The input is binary (NUL bytes, control characters), not extracted text."""


class UndecodableInput(LoaderError):
    """The input is neither UTF-8 nor GB18030/GBK text."""


class InputTooLarge(LoaderError):
    """The input is larger than any compilation can reasonably be."""


class NoDocuments(LoaderError):
    """The text holds no recognisable policy document."""
