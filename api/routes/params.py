"""Query parameters shared by the list endpoints."""

from typing import Annotated

from fastapi import Query

MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=200, description="Fragment of the name.")]


def blank_to_none(value: str | None) -> str | None:
    """An empty or all-space filter means no filter."""
    return value.strip() or None if value is not None else None


def by_date_desc(docs: list[dict]) -> list[dict]:
    """Documents newest first (undated last), ties by id, as every endpoint lists them."""
    return sorted(sorted(docs, key=lambda d: d["id"]), key=lambda d: d.get("date") or "", reverse=True)


def page(rows: list[dict], limit: int, offset: int) -> dict:
    """A Page from a list query's single row (no row at all: the graph is empty)."""
    row = rows[0] if rows else {"total": 0, "items": []}
    return {"total": row["total"], "limit": limit, "offset": offset, "items": row["items"]}
