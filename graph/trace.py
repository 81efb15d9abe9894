"""Cascade tracing: which measures implement a document, what a measure rests on, where the gaps
are, and what applies to an enterprise in a region.

Every function takes a ``Store`` and reads the graph through named statements in cypher/. Every
answer carries the evidence of each edge (the sentence, file, line, method and confidence), and
an edge the loader inferred with low confidence is marked so.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.store.base import Store
from loaders.errors import PolicyGraphError
from loaders.normalize import DOC_NUMBER_RE, normalize_doc_number, normalize_title

LOW_CONFIDENCE = 0.6
MAX_DEPTH = 10
LEVEL_ORDER = ("national", "provincial", "municipal", "county")
_CANDIDATE_LIMIT = 20


class TraceError(PolicyGraphError):
    """A cascade question could not be answered as asked."""


class DocumentNotFound(TraceError):
    """No document matches the reference."""


class AmbiguousDocument(TraceError):
    """A title fragment matches several documents; the candidates are listed."""

    def __init__(self, message: str, candidates: list[dict[str, Any]]):
        super().__init__(message)
        self.candidates = candidates


class RegionNotFound(TraceError):
    """No region in the graph has this code or name."""


class CategoryNotFound(TraceError):
    """No enterprise category in the graph has this id or name."""


@dataclass(frozen=True)
class Evidence:
    """Why an edge exists: the sentence in the source and where it is."""

    sentence: str | None
    file: str | None
    line: int | None
    method: str | None
    confidence: float | None
    low_confidence: bool


@dataclass(frozen=True)
class DocumentInfo:
    """What an answer shows about a document."""

    id: str
    title: str | None
    doc_number: str | None
    kind: str | None
    level: str | None
    region_code: str | None
    region: str | None
    date: str | None
    in_corpus: bool
    issuers: list[str]


@dataclass
class TraceNode:
    """A document in a cascade tree; ``edge`` links it to its parent in the tree (None at the root).

    ``cycle`` marks a document already on the path from the root: it is shown, not expanded again.
    """

    document: DocumentInfo
    edge: Evidence | None = None
    children: list["TraceNode"] = field(default_factory=list)
    cycle: bool = False


@dataclass
class Trace:
    """A cascade tree from one document, down (documents implementing it) or up (its basis)."""

    direction: str
    depth: int
    root: TraceNode
    documents: int
    edges: int
    low_confidence_edges: int


@dataclass
class Implementer:
    """A document of a region that implements the traced one, directly or through the documents
    in ``via`` (nearest the traced one first)."""

    document: DocumentInfo
    edge: Evidence
    via: list[DocumentInfo]


@dataclass
class RegionCoverage:
    """One region: the documents by which it implements the traced document, or none.

    ``status`` is ``implemented`` (the region has its own measure), ``implemented_below`` (only
    regions inside it do) or ``gap``.
    """

    code: str
    name: str | None
    level: str | None
    parent: str | None
    status: str
    documents: list[Implementer]


@dataclass
class Coverage:
    """Which regions implement a document; ``covered`` counts regions that are not gaps."""

    document: DocumentInfo
    regions: list[RegionCoverage]
    covered: int
    gaps: int


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str | None
    level: str | None


@dataclass(frozen=True)
class Reason:
    """Why a document applies: it targets ``category``, which the enterprise's ``requested``
    category is (or belongs to)."""

    category: str
    requested: str
    evidence: Evidence


@dataclass(frozen=True)
class ProgramInfo:
    id: str
    name: str | None
    relation: str


@dataclass
class MatchEntry:
    document: DocumentInfo
    reasons: list[Reason]
    programs: list[ProgramInfo]


@dataclass
class MatchLevel:
    level: str
    documents: list[MatchEntry]


@dataclass
class MatchResult:
    """What applies to an enterprise of the given categories in the given region, by level."""

    region: RegionInfo
    regions: list[RegionInfo]
    categories: list[str]
    levels: list[MatchLevel]
    documents: int
    programs: int


def resolve_document(store: Store, ref: str) -> DocumentInfo:
    """The one document that ``ref`` names: an id, a document number in any printed form
    (财建〔2023〕117号, 财建[2023]117 号) or a title fragment.

    Raises DocumentNotFound, or AmbiguousDocument listing the candidates.
    """
    text = ref.strip()
    if not text:
        raise DocumentNotFound("empty document reference; give an id, a document number or a title")
    rows = store.run("resolve_id", id=text)
    if not rows and DOC_NUMBER_RE.fullmatch(text):
        rows = store.run("resolve_doc_number", doc_number=normalize_doc_number(text))
    if not rows:
        fragments = sorted({text, normalize_title(text), "".join(normalize_title(text).split())} - {""})
        rows = store.run("resolve_title", fragments=fragments, limit=_CANDIDATE_LIMIT + 1)
        exact = [r for r in rows if r.get("exact")]
        rows = exact or rows
    if not rows:
        raise DocumentNotFound(
            f"no document matches {ref!r} by id, document number or title; "
            "check the spelling, or search with `policy-graph query` or GET /documents?q=…"
        )
    if len(rows) > 1:
        candidates = [
            {k: r.get(k) for k in ("id", "doc_number", "title", "level", "date")}
            for r in rows[:_CANDIDATE_LIMIT]
        ]
        listing = "".join(
            f"\n  {c['id']}  {c['doc_number'] or '-'}  {c['title'] or ''}" for c in candidates
        )
        more = "\n  … and more; use a longer fragment" if len(rows) > _CANDIDATE_LIMIT else ""
        raise AmbiguousDocument(
            f"{ref!r} matches several documents; give one of these ids or document numbers, "
            f"or a longer title fragment:{listing}{more}",
            candidates,
        )
    return _documents(store, [rows[0]["id"]])[rows[0]["id"]]


def implementations(store: Store, doc: str | DocumentInfo, depth: int = 3) -> Trace:
    """The tree of documents that implement ``doc``, transitively, ``depth`` levels down."""
    return _trace(store, doc, depth, "down")


def basis(store: Store, doc: str | DocumentInfo, depth: int = 3) -> Trace:
    """The chain from ``doc`` up to the documents it says it implements, ``depth`` levels up."""
    return _trace(store, doc, depth, "up")


def coverage(store: Store, doc: str | DocumentInfo) -> Coverage:
    """For each region below ``doc``'s own that has documents in the graph, the documents by
    which it implements ``doc`` (directly or through an intermediate measure), or none: a gap.

    A national document, or one whose region is unknown, is checked against every region."""
    root = _as_document(store, doc)
    edges = _walk(store, root.id, MAX_DEPTH, "down")
    by_region: dict[str, list[Implementer]] = {}
    infos = _documents(store, list(_reached(root.id, edges)))
    for doc_id, (edge, path) in _first_paths(root.id, edges).items():
        info = infos.get(doc_id)
        if info and info.region_code:
            via = [infos[v] for v in path if v in infos]
            by_region.setdefault(info.region_code, []).append(Implementer(info, edge, via))
    everywhere = root.level == "national" or not root.region_code
    rows = [
        row for row in store.run("coverage_regions")
        if row["level"] != "national" and row["code"] != root.region_code
        and (everywhere or root.region_code in row["ancestors"])
    ]
    below = {a for row in rows if by_region.get(row["code"]) for a in row["ancestors"]}
    regions = []
    for row in rows:
        found = sorted(by_region.get(row["code"], []), key=lambda i: (i.document.date or "", i.document.id))
        status = "implemented" if found else "implemented_below" if row["code"] in below else "gap"
        regions.append(RegionCoverage(
            code=row["code"], name=row["name"], level=row["level"],
            parent=next(iter(row["ancestors"]), None), status=status, documents=found,
        ))
    regions.sort(key=lambda r: r.code)
    gaps = sum(1 for r in regions if r.status == "gap")
    return Coverage(document=root, regions=regions, covered=len(regions) - gaps, gaps=gaps)


def match(
    store: Store, region: str, categories: Iterable[str], kinds: Iterable[str] = (),
) -> MatchResult:
    """Documents and programmes that apply to an enterprise of ``categories`` in ``region``:
    national documents and those of the region and every region it lies in (Region PART_OF), that
    target one of the categories or a broader one (EnterpriseCategory SUBSET_OF), with why."""
    requested = [c.strip() for c in categories if c and c.strip()]
    if not requested:
        raise CategoryNotFound("no enterprise category given; name at least one, e.g. 专精特新中小企业")
    place, chain = _region(store, region.strip())
    cause = _categories(store, requested)
    codes = [r.code for r in chain]
    requested_by = {cid: term for term, ids in cause.items() for cid in ids}
    rows = store.run("match_documents", region_codes=codes, category_ids=sorted(requested_by), kinds=list(kinds))
    reasons: dict[str, list[Reason]] = {}
    for row in rows:
        reasons.setdefault(row["id"], []).append(
            Reason(row["category"], requested_by[row["category_id"]], _evidence(row["targets"]))
        )
    infos = _documents(store, list(reasons))
    programs: dict[str, list[ProgramInfo]] = {}
    for row in store.run("match_programs", ids=list(reasons)):
        programs.setdefault(row["document"], []).append(ProgramInfo(row["id"], row["name"], row["relation"]))
    grouped: dict[str, list[MatchEntry]] = {}
    for doc_id, why in reasons.items():
        info = infos[doc_id]
        grouped.setdefault(info.level or "unknown", []).append(
            MatchEntry(info, why, programs.get(doc_id, []))
        )
    levels = [
        MatchLevel(level, sorted(entries, key=lambda e: (e.document.date or "", e.document.id), reverse=True))
        for level, entries in sorted(grouped.items(), key=lambda kv: _level_rank(kv[0]))
    ]
    distinct_programs = {p.id for entries in programs.values() for p in entries}
    return MatchResult(
        region=place, regions=chain,
        categories=sorted({name for ids in cause.values() for name in ids.values()}),
        levels=levels, documents=len(reasons), programs=len(distinct_programs),
    )


def _trace(store: Store, doc: str | DocumentInfo, depth: int, direction: str) -> Trace:
    if not 1 <= depth <= MAX_DEPTH:
        raise TraceError(f"depth must be between 1 and {MAX_DEPTH}, got {depth}")
    root = _as_document(store, doc)
    edges = _walk(store, root.id, depth, direction)
    infos = _documents(store, list(_reached(root.id, edges)))
    infos[root.id] = root

    def build(doc_id: str, edge: Evidence | None, path: tuple[str, ...]) -> TraceNode:
        node = TraceNode(document=infos[doc_id], edge=edge)
        if doc_id in path:
            node.cycle = True
            return node
        if len(path) < depth:
            node.children = sorted(
                (build(child, child_edge, path + (doc_id,)) for child, child_edge in edges.get(doc_id, [])),
                key=_node_key,
            )
        return node

    tree = build(root.id, None, ())
    all_edges = [e for out in edges.values() for _, e in out]
    return Trace(
        direction=direction, depth=depth, root=tree, documents=len(infos),
        edges=len(all_edges), low_confidence_edges=sum(1 for e in all_edges if e.low_confidence),
    )


def _node_key(node: TraceNode) -> tuple:
    return (_level_rank(node.document.level), node.document.date or "", node.document.id)


def _walk(store: Store, root_id: str, depth: int, direction: str) -> dict[str, list[tuple[str, Evidence]]]:
    """Breadth-first, one query per level: for each reached document, its neighbours along the
    cascade (implementers going down, implemented documents going up) with the edge evidence."""
    query = "trace_implementations" if direction == "down" else "trace_basis"
    edges: dict[str, list[tuple[str, Evidence]]] = {}
    seen, frontier = {root_id}, [root_id]
    for _ in range(depth):
        if not frontier:
            break
        rows = store.run(query, ids=frontier)
        frontier = []
        for row in rows:
            here, there = (row["target"], row["source"]) if direction == "down" else (row["source"], row["target"])
            edges.setdefault(here, []).append((there, _evidence(row["edge"])))
            if there not in seen:
                seen.add(there)
                frontier.append(there)
    for out in edges.values():
        out.sort(key=lambda pair: pair[0])
    return edges


def _reached(root_id: str, edges: dict[str, list[tuple[str, Evidence]]]) -> set[str]:
    return {root_id} | {other for out in edges.values() for other, _ in out}


def _first_paths(root_id: str, edges: dict[str, list[tuple[str, Evidence]]]) -> dict[str, tuple[Evidence, list[str]]]:
    """For each document reachable from the root, the edge that reaches it on a shortest path and
    the intermediate documents on that path (empty when it implements the root directly)."""
    found: dict[str, tuple[Evidence, list[str]]] = {}
    frontier = [(root_id, [])]
    seen = {root_id}
    while frontier:
        nxt = []
        for doc_id, path in frontier:
            for other, edge in edges.get(doc_id, []):
                if other not in seen:
                    seen.add(other)
                    found[other] = (edge, path)
                    nxt.append((other, path + [other]))
        frontier = nxt
    return found


def _as_document(store: Store, doc: str | DocumentInfo) -> DocumentInfo:
    return doc if isinstance(doc, DocumentInfo) else resolve_document(store, doc)


def _documents(store: Store, ids: list[str]) -> dict[str, DocumentInfo]:
    infos = {}
    for row in store.run("trace_documents", ids=ids):
        d = row["document"]
        issuers = sorted(
            (i for i in row["issuers"] if i.get("name")),
            key=lambda i: (i.get("role") != "lead", i["name"]),
        )
        infos[d["id"]] = DocumentInfo(
            id=d["id"], title=d.get("title"), doc_number=d.get("doc_number"), kind=d.get("kind"),
            level=d.get("level"), region_code=d.get("region_code"), region=row.get("region_name"),
            date=_text(d.get("date")), in_corpus=bool(d.get("in_corpus")),
            issuers=list(dict.fromkeys(i["name"] for i in issuers)),
        )
    return infos


def _evidence(edge: dict[str, Any]) -> Evidence:
    confidence = edge.get("confidence")
    line = edge.get("line")
    return Evidence(
        sentence=edge.get("evidence"), file=edge.get("file"),
        line=int(line) if line is not None else None, method=edge.get("method"),
        confidence=float(confidence) if confidence is not None else None,
        low_confidence=confidence is not None and float(confidence) < LOW_CONFIDENCE,
    )


def _region(store: Store, region: str) -> tuple[RegionInfo, list[RegionInfo]]:
    if not region:
        raise RegionNotFound("no region given; name one, e.g. 柳州市, or give its code, e.g. 450200")
    rows = store.run("match_region", region=region)
    if not rows:
        raise RegionNotFound(f"no region in the graph is named or coded {region!r}; list them with GET /regions")
    exact = [r for r in rows if r["exact"]]
    if not exact and len(rows) > 1:
        names = ", ".join(f"{r['name']} ({r['code']})" for r in rows[:_CANDIDATE_LIMIT])
        raise RegionNotFound(f"{region!r} names several regions: {names}; give the full name or the code")
    row = (exact or rows)[0]
    place = RegionInfo(row["code"], row["name"], row["level"])
    chain = [place] + [RegionInfo(a["code"], a["name"], a["level"]) for a in row["ancestors"] if a.get("code")]
    return place, chain


def _categories(store: Store, requested: list[str]) -> dict[str, dict[str, str]]:
    """For each requested term, the category it names and every broader one, as id -> name.

    A term names a category by id or exact name, else by a fragment of exactly one name.
    """
    named: dict[str, dict[str, bool]] = {}
    closure: dict[str, dict[str, str]] = {}
    for row in store.run("match_categories", names=requested):
        named.setdefault(row["requested"], {})[row["matched"]] = row["exact"]
        closure.setdefault(row["matched"], {})[row["id"]] = row["name"]
    found = {}
    for term in requested:
        names = named.get(term)
        if not names:
            raise CategoryNotFound(
                f"no enterprise category in the graph is named {term!r}; list them with GET /categories"
            )
        exact = [n for n, is_exact in names.items() if is_exact]
        if not exact and len(names) > 1:
            raise CategoryNotFound(
                f"{term!r} is part of several category names: {', '.join(sorted(names))}; give one in full"
            )
        found[term] = {cid: name for n in (exact or names) for cid, name in closure[n].items()}
    return found


def _level_rank(level: str | None) -> int:
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
