"""GET /categories and GET /categories/{category_id}: enterprise categories and the documents
that target them."""

from typing import Annotated

from fastapi import APIRouter

from api.deps import StoreDep
from api.errors import error_responses
from api.models import CategoryDetail, CategorySummary, Page
from api.routes.params import Limit, Name, Offset, detail, key, listing

router = APIRouter(prefix="/categories", tags=["categories"])

CategoryId = Annotated[str, key("Category id (`category-…`).")]


@router.get("", response_model=Page[CategorySummary], responses=error_responses(422, 503))
async def list_categories(
    store: StoreDep, q: Name = None, limit: Limit = 50, offset: Offset = 0
) -> dict:
    """Enterprise categories by name, each with its broader categories and document count."""
    return await listing(store, "api_categories", limit, offset, q=q)


@router.get(
    "/{category_id}", response_model=CategoryDetail, responses=error_responses(404, 422, 503)
)
async def get_category(store: StoreDep, category_id: CategoryId) -> dict:
    """One category with its broader and narrower categories and the documents that target it,
    each with the sentence that says so."""
    return await detail(
        store, "api_category", "category",
        f"no category has id {category_id!r}; list them with GET /categories?q=<name>",
        id=category_id,
    )
