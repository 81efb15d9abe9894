"""Cascades: GET /documents/{doc_id}/implementations, /basis and /coverage, and POST /match.

Each endpoint resolves the document and walks the graph in one thread-pool hop."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from starlette.concurrency import run_in_threadpool

from api.deps import DocRef, StoreDep
from api.errors import error_responses
from api.trace_models import CoverageOut, MatchIn, MatchOut, TraceOut
from graph import trace
from graph.store.base import Store

router = APIRouter(tags=["trace"])

Depth = Annotated[int, Query(ge=1, le=trace.MAX_DEPTH, description="How many levels to follow.")]


def _document(store: Store, ref: str) -> trace.DocumentInfo:
    """The document a path names, 404 when none, 422 listing the candidates when several."""
    try:
        return trace.resolve_document(store, ref)
    except trace.DocumentNotFound as e:
        raise HTTPException(404, str(e)) from e
    except trace.AmbiguousDocument as e:
        raise HTTPException(422, str(e)) from e


@router.get("/documents/{doc_id}/implementations", response_model=TraceOut,
            responses=error_responses(404, 422, 503))
async def implementations(store: StoreDep, doc_id: DocRef, depth: Depth = 3) -> trace.Trace:
    """The tree of documents that implement this one, transitively (national → province → city),
    each with level, region, issuers, date and the evidence of its edge.

    `doc_id` may be an id, a document number in any printed form or a title fragment."""
    return await run_in_threadpool(
        lambda: trace.implementations(store, _document(store, doc_id), depth)
    )


@router.get("/documents/{doc_id}/basis", response_model=TraceOut,
            responses=error_responses(404, 422, 503))
async def basis(store: StoreDep, doc_id: DocRef, depth: Depth = 3) -> trace.Trace:
    """The chain from this document up to the documents it says it implements."""
    return await run_in_threadpool(lambda: trace.basis(store, _document(store, doc_id), depth))


@router.get("/documents/{doc_id}/coverage", response_model=CoverageOut,
            responses=error_responses(404, 422, 503))
async def coverage(store: StoreDep, doc_id: DocRef) -> trace.Coverage:
    """Each region below the document's own that has documents in the graph, with the measures by
    which it implements this document, or none: a gap."""
    return await run_in_threadpool(lambda: trace.coverage(store, _document(store, doc_id)))


@router.post("/match", response_model=MatchOut, responses=error_responses(422, 503))
async def match(store: StoreDep, profile: MatchIn) -> trace.MatchResult:
    """The documents and programmes that apply to an enterprise of these categories in this
    region, at national, provincial and municipal level, each with the TARGETS evidence."""
    try:
        return await run_in_threadpool(
            trace.match, store, profile.region, profile.categories, profile.kinds
        )
    except (trace.RegionNotFound, trace.CategoryNotFound) as e:
        raise HTTPException(422, str(e)) from e
