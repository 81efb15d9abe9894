"""GET /programs and GET /programs/{program_id}: programmes and the documents behind them."""

from typing import Annotated

from fastapi import APIRouter

from api.deps import StoreDep
from api.errors import error_responses
from api.models import Page, ProgramDetail, ProgramSummary
from api.routes.params import Limit, Name, Offset, detail, key, listing

router = APIRouter(prefix="/programs", tags=["programs"])

ProgramId = Annotated[str, key("Programme id (`program-…`).")]


@router.get("", response_model=Page[ProgramSummary], responses=error_responses(422, 503))
async def list_programs(
    store: StoreDep, q: Name = None, limit: Limit = 50, offset: Offset = 0
) -> dict:
    """Programmes by name, each with the number of documents establishing or mentioning it."""
    return await listing(store, "api_programs", limit, offset, q=q)


@router.get(
    "/{program_id}", response_model=ProgramDetail, responses=error_responses(404, 422, 503)
)
async def get_program(store: StoreDep, program_id: ProgramId) -> dict:
    """One programme with the documents that establish or mention it, with the evidence."""
    return await detail(
        store, "api_program", "program",
        f"no programme has id {program_id!r}; list them with GET /programs?q=<name>",
        id=program_id,
    )
