"""Parameters shared by the routers, and the shaping of list results."""

from typing import Annotated, Any

from fastapi import Path, Query

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


def by_date_desc(docs: list[dict]) -> list[dict]:
    """Documents newest first (undated last), ties by id, as every endpoint lists them."""
    by_id = sorted(docs, key=lambda d: d["id"])
    return sorted(by_id, key=lambda d: d.get("date") or "", reverse=True)


def page(rows: list[dict], limit: int, offset: int) -> dict:
    """A Page from a list query's single row (no row at all: the graph is empty)."""
    row = rows[0] if rows else {"total": 0, "items": []}
    return {"total": row["total"], "limit": limit, "offset": offset, "items": row["items"]}
