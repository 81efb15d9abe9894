"""Parameters shared by the routers, and the list and detail queries they all run.

Endpoints are ``async``. One query is awaited on the event loop (``store.arun``: FalkorDB's
async client, no thread); a walk of several queries (graph.trace, the health counts) runs in one
thread-pool hop. FastAPI checks the response and encodes the JSON on the loop, where pydantic-core
does both in one pass; a plain ``def`` endpoint would cost a hop for its call and another for
that check.
"""

from typing import Annotated, Any

from fastapi import HTTPException, Path, Query

from graph.store.base import Store

MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]


def text(description: str, max_length: int = 200) -> Any:
    """A free-text query parameter: ``Annotated[str | None, text("…")]``."""
    return Query(max_length=max_length, description=description)


def key(description: str) -> Any:
    """A path parameter naming one node: ``Annotated[str, key("…")]``."""
    return Path(min_length=1, max_length=500, description=description)


Name = Annotated[str | None, text("Fragment of the name.")]


def blank_to_none(value: str | None) -> str | None:
    """An empty or all-space filter means no filter."""
    return value.strip() or None if value is not None else None


async def listing(store: Store, query: str, limit: int, offset: int, **filters: Any) -> dict:
    """A Page from the list query ``query``, which returns one row {total, items} (no row at all
    when the graph is empty). Text filters left blank mean no filter."""
    filters = {k: blank_to_none(v) if isinstance(v, str) else v for k, v in filters.items()}
    rows = await store.arun(query, offset=offset, limit=limit, **filters)
    row = rows[0] if rows else {"total": 0, "items": []}
    return {"total": row["total"], "limit": limit, "offset": offset, "items": row["items"]}


async def detail(store: Store, query: str, node: str, missing: str, **params: Any) -> dict:
    """One node and what is around it, from the detail query ``query``: the fields of its
    ``node`` column, its other columns as they are, and its ``documents`` newest first.
    404 saying ``missing`` when the query returns no row."""
    rows = await store.arun(query, **params)
    if not rows:
        raise HTTPException(404, missing)
    row = rows[0]
    return {**row.pop(node), **row, "documents": by_date_desc(row["documents"])}


def by_date_desc(docs: list[dict]) -> list[dict]:
    """Documents newest first (undated last), ties by id, as every endpoint lists them."""
    by_id = sorted(docs, key=lambda d: d["id"])
    return sorted(by_id, key=lambda d: d.get("date") or "", reverse=True)
