"""GET /health (is the store answering, and what it holds) and GET /stats (document breakdowns)."""

from collections import Counter

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.errors import error_responses
from api.models import Health, Stats
from graph.store.base import Store

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses=error_responses(503))
async def health(store: StoreDep) -> dict:
    """200 with node and relationship counts when the store answers, 503 when it does not."""
    return {"status": "ok", "engine": store.engine, **await run_in_threadpool(_counts, store)}


def _counts(store: Store) -> dict:
    store.ping()
    return store.counts()


@router.get("/stats", response_model=Stats, responses=error_responses(503))
async def stats(store: StoreDep) -> dict:
    """Counts by label and relationship type, and documents by level, kind and region."""
    counts, rows = await run_in_threadpool(lambda: (store.counts(), store.run("api_stats")))
    groups = rows[0]["groups"] if rows else []
    levels: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    regions: Counter[tuple] = Counter()
    for g in groups:
        levels[g["level"] or "unknown"] += g["documents"]
        kinds[g["kind"] or "unknown"] += g["documents"]
        regions[(g["code"], g["name"])] += g["documents"]
    return {
        **counts,
        "levels": dict(levels.most_common()),
        "kinds": dict(kinds.most_common()),
        "regions": [
            {"code": code, "name": name, "documents": n}
            for (code, name), n in regions.most_common()
        ],
    }
