"""Request dependencies: the process's store client and settings, and DocRef."""

import threading
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from starlette.concurrency import run_in_threadpool

from api.routes.params import key
from api.settings import Settings
from graph.store import open_store
from graph.store.base import Store


_connecting = threading.Lock()


def _connect(app: FastAPI) -> Store:
    """The store of an app that started while it was down: connect now, or StoreUnavailable."""
    with _connecting:
        if app.state.store is None:
            app.state.store = open_store(app.state.settings, start=False)
    return app.state.store


# Async: FastAPI would run a sync dependency in its thread pool, a hop per request.
async def get_store(request: Request) -> Store:
    store = request.app.state.store
    if store is None:
        store = await run_in_threadpool(_connect, request.app)
    return store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

DocRef = Annotated[
    str,
    key("A document id (`doc-…`) or its number in any printed form (财建〔2023〕117号)."),
]
