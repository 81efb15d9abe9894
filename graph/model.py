"""The graph model: the contract between ``graph``, ``graph.store`` and ``api``.

The resolved graph is a ``networkx.MultiDiGraph``:

- a node's key is the value of its label's key property (``KEY`` below); Document, Agency,
  EnterpriseCategory, Program and Compilation keys are prefixed ids (``doc-…``, ``agency-…``,
  ``category-…``, ``program-…``, ``compilation-…``), Region keys are bare GB/T 2260 codes, so no
  two labels share a key;
- every node has the attribute ``label`` plus the properties listed in ``NODE_PROPERTIES``;
- every edge has the attribute ``type`` plus the properties in ``EDGE_PROPERTIES``; an edge derived
  from text also carries the provenance properties ``PROVENANCE``.
"""

DOCUMENT = "Document"
AGENCY = "Agency"
REGION = "Region"
CATEGORY = "EnterpriseCategory"
PROGRAM = "Program"
COMPILATION = "Compilation"

KEY = {
    DOCUMENT: "id",
    AGENCY: "id",
    REGION: "code",
    CATEGORY: "id",
    PROGRAM: "id",
    COMPILATION: "id",
}

NODE_PROPERTIES = {
    DOCUMENT: ("id", "title", "alt_titles", "doc_number", "kind", "level", "region_code",
               "date", "in_corpus", "status", "title_source"),
    AGENCY: ("id", "name", "aliases", "level", "region_code"),
    REGION: ("code", "name", "level"),
    CATEGORY: ("id", "name"),
    PROGRAM: ("id", "name"),
    COMPILATION: ("id", "title", "publisher", "date", "file", "sha256"),
}

PROVENANCE = ("evidence", "file", "line", "method", "confidence")

# relationship type -> (start label, end label, properties beyond provenance)
RELATIONSHIPS = {
    "CONTAINS": (COMPILATION, DOCUMENT, ("line_start", "line_end")),
    "ISSUED_BY": (DOCUMENT, AGENCY, ("role",)),
    "PART_OF": (None, None, ()),  # Agency -> Agency, Region -> Region
    "IN": (AGENCY, REGION, ()),
    "IMPLEMENTS": (DOCUMENT, DOCUMENT, PROVENANCE),
    "CITES": (DOCUMENT, DOCUMENT, PROVENANCE),
    "INTERPRETS": (DOCUMENT, DOCUMENT, PROVENANCE),
    "REPLACES": (DOCUMENT, DOCUMENT, PROVENANCE),
    "TARGETS": (DOCUMENT, CATEGORY, PROVENANCE),
    "SUBSET_OF": (CATEGORY, CATEGORY, ()),
    "ESTABLISHES": (DOCUMENT, PROGRAM, PROVENANCE),
    "MENTIONS": (DOCUMENT, PROGRAM, PROVENANCE),
}

LEVELS = ("national", "provincial", "municipal", "county")
KINDS = ("policy", "law", "interpretation", "news", "other")
