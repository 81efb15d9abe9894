"""Errors raised while resolving and exporting the graph."""

from loaders.errors import PolicyGraphError


class GraphError(PolicyGraphError):
    """The graph could not be built or written out."""


class ReferenceDataError(GraphError):
    """A reference table under graph/data is missing or unreadable."""


class ExtractionFormatError(GraphError):
    """An extraction dict does not follow the loader's output contract."""


class ExportError(GraphError):
    """An export format is unknown or its output cannot be written."""
