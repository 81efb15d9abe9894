"""GET /programs and GET /programs/{program_id}: programmes and the documents behind them."""

from typing import Annotated

from fastapi import APIRouter, HTTPException

from api.deps import StoreDep
from api.errors import error_responses
from api.models import Page, ProgramDetail, ProgramSummary
from api.routes.params import Limit, Name, Offset, blank_to_none, by_date_desc, key, page

router = APIRouter(prefix="/programs", tags=["programs"])

ProgramId = Annotated[str, key("Programme id (`program-…`).")]


@router.get("", response_model=Page[ProgramSummary], responses=error_responses(422, 503))
def list_programs(store: StoreDep, q: Name = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    """Programmes by name, each with the number of documents establishing or mentioning it."""
    rows = store.run("api_programs", q=blank_to_none(q), offset=offset, limit=limit)
    return page(rows, limit, offset)


@router.get(
    "/{program_id}", response_model=ProgramDetail, responses=error_responses(404, 422, 503)
)
def get_program(store: StoreDep, program_id: ProgramId) -> dict:
    """One programme with the documents that establish or mention it, with the evidence."""
    rows = store.run("api_program", id=program_id)
    if not rows:
        raise HTTPException(
            404, f"no programme has id {program_id!r}; list them with GET /programs?q=<name>"
        )
    row = rows[0]
    return {**row["program"], "documents": by_date_desc(row["documents"])}
