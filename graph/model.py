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
- ``Document.level_source`` says how ``level`` and ``region_code`` were obtained (``LEVEL_SOURCES``):
  "printed" — as the loader read them from a reproduced document; "number" — from the issuer 代字
  of the document number (graph/data/issuer_codes.csv: 财建〔2023〕117号 → 财政部 → national);
  "title" — from a title: the issuer before 关于 (工业和信息化部办公厅关于…), a leading province or
  city name (贵州省…条例), 中华人民共和国/国家/全国/中国, or a law (…法, …条例) naming no region,
  which is national; "citing_region" — a relative prefix (自治区…, 省…, 市…, 全省) read in the
  region of the documents that cite it, when they all agree. Absent when none applies (a standard or
  guide cited by its bare name: 企业会计准则, 关于…的意见 without an issuer). The same inference
  fills a reproduced document the loader gave no level or region. See ``graph.infer``.
- ``kind`` of a cited-only document comes from its title: law (…法 but not 办法, …条例),
  interpretation (…解读…), otherwise policy.
- ``ISSUED_BY.source`` is "printed" for the issuers a reproduced document prints, else the
  ``level_source`` of the inference that named the lead issuer ("number", "title" or
  "citing_region"); an inferred issuer is the lead one only (``role`` "lead").
- Citation edges carry ``method`` as ``pattern:<relation>-verb;resolve:<how>`` where how is
  doc-number, title or title-fragment, and ``confidence`` in 0..1: 0.9 for a relation the loader
  classified by its verb (implements, replaces, interprets), 0.85 for a plain citation (or the
  loader's own figure), × ``RESOLUTION_FACTOR`` for how the target was resolved (doc-number 1.0,
  exact title 0.95, title fragment 0.7) and × 0.8 when the nearest verb of the relation is more
  than 40 characters before the reference in the evidence, or none precedes it (checked when the
  reference is found in the evidence). ``graph.trace`` flags an IMPLEMENTS edge below 0.6 as low
  confidence: a title-fragment target with a far verb (0.9 × 0.7 × 0.8 ≈ 0.5).
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
               "level_source", "date", "in_corpus", "status", "title_source"),
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
    "ISSUED_BY": (DOCUMENT, AGENCY, ("role", "source")),
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
LEVEL_SOURCES = ("printed", "number", "title", "citing_region")
RESOLUTION_FACTOR = {"doc-number": 1.0, "title": 0.95, "title-fragment": 0.7}
