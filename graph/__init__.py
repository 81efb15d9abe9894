"""Records of the loaders -> one resolved graph (networkx): identity, agencies, regions, categories.

``build_graph`` follows ``graph.model``; ``stats`` counts it; ``export`` writes it for other tools.
"""

from graph.build import build_graph
from graph.export import FORMATS, export
from graph.stats import stats

__all__ = ["FORMATS", "build_graph", "export", "stats"]
