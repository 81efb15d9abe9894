"""The FastAPI application. ``create_app(settings)`` builds it; nothing happens at import.

Run it with ``policy-graph serve`` or ``uvicorn --factory api.app:create_app``.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import errors, explorer
from api.nul_guard import RejectNul
from api.routes import (
    agencies,
    categories,
    cypher,
    documents,
    health,
    programs,
    regions,
    trace,
)
from api.settings import Settings
from graph.store import StoreUnavailable, open_store

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API over the store that ``settings`` names (default: settings from the environment)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = None
        try:
            app.state.store = open_store(settings)
        except StoreUnavailable as e:
            log.warning("serving without a store until it answers (503 meanwhile): %s", e)
        try:
            yield
        finally:
            if app.state.store is not None:
                await app.state.store.aclose()

    app = FastAPI(
        title="policy-graph",
        summary="Chinese SME policy documents, agencies, regions, categories, programmes and the "
        "references between them (国家 → 省 → 市 cascades), as JSON.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.add_middleware(RejectNul)
    app.state.settings = settings
    errors.install(app)
    for module in (health, documents, trace, agencies, regions, categories, programs, cypher):
        app.include_router(module.router)
    explorer.mount(app)
    return app
