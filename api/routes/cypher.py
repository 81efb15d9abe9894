"""POST /cypher: caller-supplied read-only Cypher, held to reading by the engine itself."""

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep
from api.errors import error_responses
from api.models import CypherIn, CypherOut

router = APIRouter(tags=["cypher"])


@router.post(
    "/cypher", response_model=CypherOut, responses=error_responses(400, 403, 422, 503, 504)
)
async def run_cypher(body: CypherIn, store: StoreDep, settings: SettingsDep) -> dict:
    """Run a read-only query with parameters.

    The engine refuses writes (FalkorDB GRAPH.RO_QUERY, Neo4j READ access mode): 403. A syntax
    error is 400 with the engine's message; a query past the timeout is 504. At most `row_cap`
    rows come back; `truncated` says when more matched."""
    cap = settings.cypher_row_cap
    columns, rows = await store.aread_only(
        body.query, body.params, timeout_ms=settings.cypher_timeout_ms, limit=cap + 1
    )
    return {"columns": columns, "rows": rows[:cap], "truncated": len(rows) > cap, "row_cap": cap}
