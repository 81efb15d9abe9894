"""Request dependencies: the process's store client, the settings, and document ids from URLs."""

import re
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from api.routes.params import key
from api.settings import Settings
from graph.store.base import Store
from loaders.normalize import normalize_doc_number


# Async, though they do no I/O: FastAPI runs a sync dependency in its thread pool, a hop per request.
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


def resolve_document_id(store: Store, ref: str) -> str | None:
    """The id of the document whose id is ``ref``, or else whose normalised number matches it."""
    rows = store.run("api_document_id", id=ref, number=normalize_doc_number(ref))
    ids = [row["id"] for row in rows]
    return ref if ref in ids else (ids[0] if ids else None)


DocRef = Annotated[
    str,
    key("A document id (`doc-…`) or its number in any printed form (财建〔2023〕117号)."),
]


def document_not_found(ref: str) -> HTTPException:
    return HTTPException(
        404, f"no document has id or number {ref!r}; search with GET /documents?q=<title or number>"
    )


def document_id(store: StoreDep, doc_id: DocRef) -> str:
    """Path parameter ``{doc_id}`` resolved to a document id, or 404."""
    found = resolve_document_id(store, doc_id)
    if found is None:
        raise document_not_found(doc_id)
    return found


DocumentIdDep = Annotated[str, Depends(document_id)]
