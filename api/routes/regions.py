"""GET /regions and GET /regions/{code}: GB/T 2260 regions, their agencies and documents."""

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import StoreDep
from api.errors import error_responses
from api.models import Page, RegionDetail, RegionSummary
from api.routes.params import (
    Limit,
    Name,
    Offset,
    blank_to_none,
    by_date_desc,
    key,
    page,
    text,
)
from graph.model import LEVELS

router = APIRouter(prefix="/regions", tags=["regions"])

RegionCode = Annotated[str, key("GB/T 2260 code, e.g. 450200 (柳州市).")]


@router.get("", response_model=Page[RegionSummary], responses=error_responses(422, 503))
def list_regions(
    store: StoreDep,
    q: Name = None,
    level: Annotated[Literal[LEVELS] | None, Query()] = None,
    parent: Annotated[str | None, text("Code of the parent region.", max_length=12)] = None,
    used: Annotated[
        bool, Query(description="Only regions that have documents or agencies (false: all codes).")
    ] = True,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Regions by code, each with its parent and its number of documents and agencies."""
    rows = store.run(
        "api_regions", q=blank_to_none(q), level=level, parent=blank_to_none(parent), used=used,
        offset=offset, limit=limit,
    )
    return page(rows, limit, offset)


@router.get("/{code}", response_model=RegionDetail, responses=error_responses(404, 422, 503))
def get_region(store: StoreDep, code: RegionCode) -> dict:
    """One region with its parent, children, agencies and documents, newest first."""
    rows = store.run("api_region", code=code)
    if not rows:
        raise HTTPException(
            404, f"no region has code {code!r}; list them with GET /regions?q=<name>"
        )
    row = rows[0]
    return {
        **row["region"],
        "parent": row["parent"],
        "children": row["children"],
        "agencies": row["agencies"],
        "documents": by_date_desc(row["documents"]),
    }
