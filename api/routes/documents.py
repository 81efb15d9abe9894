"""GET /documents (search and filter) and GET /documents/{doc_id} (one document and its links)."""

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import DocRef, StoreDep
from api.errors import error_responses
from api.models import DocumentDetail, DocumentSummary, Page
from api.routes.params import Limit, Offset, blank_to_none, listing, text
from graph.model import KINDS, LEVELS
from loaders.normalize import normalize_doc_number

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=Page[DocumentSummary], responses=error_responses(422, 503))
async def list_documents(
    store: StoreDep,
    q: Annotated[str | None, text("Fragment of the title, or a document number.")] = None,
    level: Annotated[Literal[LEVELS] | None, Query()] = None,
    kind: Annotated[Literal[KINDS] | None, Query()] = None,
    region: Annotated[str | None, text("Code or name of the document's region (exact).")] = None,
    issuer: Annotated[str | None, text("Issuing agency id or name (exact).")] = None,
    category: Annotated[str | None, text("Targeted category id or name (exact).")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100, description="Year of its date.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Documents matching every filter given, newest first, one page at a time."""
    q = blank_to_none(q)
    return await listing(
        store,
        "api_documents",
        limit,
        offset,
        q=q,
        number=normalize_doc_number(q) if q else None,
        level=level,
        kind=kind,
        year=str(year) if year is not None else None,
        region=region,
        issuer=issuer,
        category=category,
    )


@router.get("/{doc_id}", response_model=DocumentDetail, responses=error_responses(404, 422, 503))
async def get_document(store: StoreDep, doc_id: DocRef) -> dict:
    """One document by id or by number (any printed form, URL-encoded), with its issuers,
    regions, categories, programmes, references both ways and the compilations holding it."""
    rows = await store.arun("api_document", id=doc_id, number=normalize_doc_number(doc_id))
    if not rows:
        raise HTTPException(
            404, f"no document has id or number {doc_id!r}; search with GET /documents?q=<title>"
        )
    row = rows[0]
    regions = {}
    for region in [row["region"], *row["issuer_regions"]]:
        if region and region.get("code"):
            regions.setdefault(region["code"], region)
    return {
        **row["document"],
        "region": row["region"],
        "issuers": row["issuers"],
        "regions": list(regions.values()),
        "categories": row["categories"],
        "programs": row["programs"],
        "references_out": row["references_out"],
        "references_in": row["references_in"],
        "compilations": row["compilations"],
    }

