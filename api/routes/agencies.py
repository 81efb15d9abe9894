"""GET /agencies and GET /agencies/{agency_id}: issuing agencies and the documents they issued."""

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import StoreDep
from api.errors import error_responses
from api.models import AgencyDetail, AgencySummary, Page
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

router = APIRouter(prefix="/agencies", tags=["agencies"])

AgencyId = Annotated[str, key("Agency id (`agency-…`).")]


@router.get("", response_model=Page[AgencySummary], responses=error_responses(422, 503))
def list_agencies(
    store: StoreDep,
    q: Name = None,
    level: Annotated[Literal[LEVELS] | None, Query()] = None,
    region: Annotated[str | None, text("Region code.", max_length=12)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    """Agencies by name, each with the number of documents it issued."""
    rows = store.run(
        "api_agencies", q=blank_to_none(q), level=level, region=blank_to_none(region),
        offset=offset, limit=limit,
    )
    return page(rows, limit, offset)


@router.get(
    "/{agency_id}", response_model=AgencyDetail, responses=error_responses(404, 422, 503)
)
def get_agency(store: StoreDep, agency_id: AgencyId) -> dict:
    """One agency with its region, parent and child agencies and its documents, newest first."""
    rows = store.run("api_agency", id=agency_id)
    if not rows:
        raise HTTPException(
            404, f"no agency has id {agency_id!r}; list them with GET /agencies?q=<name>"
        )
    row = rows[0]
    return {
        **row["agency"],
        "region": row["region"],
        "parents": row["parents"],
        "children": row["children"],
        "documents": by_date_desc(row["documents"]),
    }
