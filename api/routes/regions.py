"""GET /regions and GET /regions/{code}: GB/T 2260 regions, their agencies and documents."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.errors import error_responses
from api.models import Page, RegionDetail, RegionSummary
from api.routes.params import Limit, Name, Offset, detail, key, listing, text
from graph.model import LEVELS

router = APIRouter(prefix="/regions", tags=["regions"])

RegionCode = Annotated[str, key("GB/T 2260 code, e.g. 450200 (柳州市).")]


@router.get("", response_model=Page[RegionSummary], responses=error_responses(422, 503))
async def list_regions(
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
    return await listing(
        store, "api_regions", limit, offset, q=q, level=level, parent=parent, used=used
    )


@router.get("/{code}", response_model=RegionDetail, responses=error_responses(404, 422, 503))
async def get_region(store: StoreDep, code: RegionCode) -> dict:
    """One region with its parent, children, agencies and documents, newest first."""
    return await detail(
        store, "api_region", "region",
        f"no region has code {code!r}; list them with GET /regions?q=<name>", code=code,
    )
