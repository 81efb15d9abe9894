"""Counts of a resolved graph: by label, relationship type, document level and region."""

from collections import Counter
from typing import Any

import networkx as nx

from graph import model

CITATION_TYPES = model.CITATION_TYPES


def stats(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Node counts by label, edge counts by type, documents by level and region, citation resolution,
    how the level of cited-only documents is known, and IMPLEMENTS edges by level pair.

    A citation is unresolved when its target is a document no loaded compilation reproduces.
    """
    labels = Counter(a["label"] for _, a in g.nodes(data=True))
    types = Counter(a["type"] for _, _, a in g.edges(data=True))
    docs = [a for _, a in g.nodes(data=True) if a["label"] == model.DOCUMENT]
    in_corpus = [a for a in docs if a.get("in_corpus")]
    levels = Counter(a.get("level", "unknown") for a in in_corpus)
    regions = Counter(g.nodes[a["region_code"]]["name"] if a.get("region_code") in g else "unknown"
                      for a in in_corpus)
    citations = [(s, t) for s, t, a in g.edges(data=True) if a["type"] in CITATION_TYPES]
    resolved = sum(1 for _, t in citations if g.nodes[t].get("in_corpus"))
    sources = Counter(a.get("level_source", "unknown") for a in docs if not a.get("in_corpus"))
    cascades = Counter(f"{g.nodes[s].get('level', 'unknown')}→{g.nodes[t].get('level', 'unknown')}"
                       for s, t, a in g.edges(data=True) if a["type"] == "IMPLEMENTS")
    return {
        "nodes": dict(sorted(labels.items())),
        "relationships": dict(sorted(types.items())),
        "documents": {
            "total": len(docs),
            "in_corpus": len(in_corpus),
            "cited_only": len(docs) - len(in_corpus),
            "by_level": dict(sorted(levels.items())),
            "by_region": dict(sorted(regions.items(), key=lambda kv: (-kv[1], kv[0]))),
            "cited_only_level_source": dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))),
        },
        "implements_by_level": dict(sorted(cascades.items(), key=lambda kv: (-kv[1], kv[0]))),
        "citations": {
            "total": len(citations),
            "resolved": resolved,
            "unresolved": len(citations) - resolved,
        },
    }
