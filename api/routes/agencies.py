"""GET /agencies and GET /agencies/{agency_id}: issuing agencies and the documents they issued."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.errors import error_responses
from api.models import AgencyDetail, AgencySummary, Page
from api.routes.params import Limit, Name, Offset, detail, key, listing, text
from graph.model import LEVELS

router = APIRouter(prefix="/agencies", tags=["agencies"])

AgencyId = Annotated[str, key("Agency id (`agency-…`).")]


@router.get("", response_model=Page[AgencySummary], responses=error_responses(422, 503))
async def list_agencies(
    store: StoreDep,
    q: Name = None,
    level: Annotated[Literal[LEVELS] | None, Query()] = None,
    region: Annotated[str | None, text("Region code.", max_length=12)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Agencies by name, each with the number of documents it issued."""
    return await listing(store, "api_agencies", limit, offset, q=q, level=level, region=region)


@router.get(
    "/{agency_id}", response_model=AgencyDetail, responses=error_responses(404, 422, 503)
)
async def get_agency(store: StoreDep, agency_id: AgencyId) -> dict:
    """One agency with its region, parent and child agencies and its documents, newest first."""
    return await detail(
        store, "api_agency", "agency",
        f"no agency has id {agency_id!r}; list them with GET /agencies?q=<name>", id=agency_id,
    )
