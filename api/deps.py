"""Request dependencies: the process's store client, the settings, and document ids from URLs."""

from typing import Annotated

from fastapi import Depends, HTTPException, Path, Request

from api.settings import Settings
from graph.store.base import Store
from loaders.normalize import normalize_doc_number


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def resolve_document_id(store: Store, ref: str) -> str | None:
    """The id of the document whose id is ``ref``, or else whose normalised number matches it."""
    rows = store.run("api_document_id", id=ref, number=normalize_doc_number(ref))
    ids = [row["id"] for row in rows]
    return ref if ref in ids else (ids[0] if ids else None)


DocRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=500,
        description="A document id (`doc-…`) or its number in any printed form "
        "(财建〔2023〕117号, URL-encoded).",
    ),
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
