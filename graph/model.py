"""The graph model: the contract between ``graph``, ``graph.store`` and ``api``.

The resolved graph is a ``networkx.MultiDiGraph``:

- a node's key is the value of its label's key property (``KEY`` below); Document, Agency,
  EnterpriseCategory, Program and Compilation keys are prefixed ids (``doc-…``, ``agency-…``,
  ``category-…``, ``program-…``, ``compilation-…``), Region keys are bare GB/T 2260 codes, so no
  two labels share a key;
- every node has the attribute ``label`` plus the properties listed in ``NODE_PROPERTIES``;
- every edge has the attribute ``type`` plus the properties in ``RELATIONSHIPS``; an edge derived
  from text also carries the provenance properties ``PROVENANCE``.

Decisions the store and the API rely on (``graph.build_graph`` keeps them):

- Property values are ``str``, ``int``, ``float``, ``bool`` or ``list[str]``. An unknown value is
  omitted, never ``None`` or ``""`` (Neo4j cannot store null), so readers use ``.get``.
- At most one edge of a type between two nodes: a MultiDiGraph edge's key is its type, so a store
  may MERGE on (start, type, end). When several sentences give the same citation, the edge keeps the
  one with the highest confidence; a plain CITES is dropped when IMPLEMENTS, INTERPRETS or REPLACES
  links the same two documents.
- Ids are stable: ``doc-`` + 16 hex of sha1 of ``number:<normalised doc number>`` when the document
  has one, else of ``title:<shortest normalised title>``; ``agency-`` + 12 hex of sha1 of the
  canonical name; ``category-``/``program-`` likewise; ``compilation-`` + the first 16 hex of the
  file's sha256. The same set of files gives the same ids in any order.
- Regions: ``ROOT_REGION`` (000000, 中国) is the root; every province has ``PART_OF`` to it,
  prefecture-level cities to their province, counties to their city. ``Region.level`` uses the
  document vocabulary ``LEVELS`` (a province is "provincial", a prefecture-level city "municipal").
- ``Document.in_corpus`` is false for a document only cited; ``title_source`` is then "referenced".
  ``Document.status`` is "replaced" when a loaded document REPLACES it, otherwise omitted.
- Citation edges carry ``method`` as ``pattern:<relation>-verb;resolve:<how>`` where how is
  doc-number, title or title-fragment, and ``confidence`` in 0..1 (lower for a title fragment or a
  verb far from the reference).
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
ROOT_REGION = "000000"
CITATION_TYPES = ("IMPLEMENTS", "CITES", "INTERPRETS", "REPLACES")
ISSUER_ROLES = ("lead", "co")
KINDS = ("policy", "law", "interpretation", "news", "other")
