"""Request dependencies: the process's store client and settings, the NUL guard, DocRef."""

import re
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from api.routes.params import key
from api.settings import Settings
from graph.store.base import Store


# Async though they do no I/O: FastAPI would run a sync dependency in its thread pool.
async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


# A JSON escape \u0000 that is not itself an escaped backslash followed by "u0000".
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


async def reject_nul(request: Request) -> None:
    """422 for a NUL character anywhere in the request: no store can hold or search for one."""
    if (
        "\x00" in request.url.path
        or b"%00" in request.scope["query_string"]
        or (request.method == "POST" and _JSON_NUL.search(await request.body()))
    ):
        raise HTTPException(422, "the request holds a NUL character (\\u0000 or %00); remove it")


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

DocRef = Annotated[
    str,
    key("A document id (`doc-…`) or its number in any printed form (财建〔2023〕117号)."),
]
