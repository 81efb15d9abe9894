"""One JSON shape for every error, {status, title, detail}, and the store errors mapped to it."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from api.models import ErrorOut
from graph.store.errors import QueryError, QueryTimeout, ReadOnlyViolation, StoreUnavailable
from loaders.errors import PolicyGraphError

# status -> title, for the statuses the API sends
TITLES = {
    400: "Bad request",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    422: "Invalid parameter",
    500: "Internal error",
    503: "Store unavailable",
    504: "Query timeout",
}

# store error -> (status, what to add to the store's own message, which names the problem)
STORE_ERRORS = (
    (StoreUnavailable, 503, ""),
    (ReadOnlyViolation, 403, "; the API never writes: the graph changes with `policy-graph load`"),
    (QueryError, 400, ""),
    (QueryTimeout, 504, ""),
)


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI `responses=` entry declaring the error shape for these statuses."""
    return {s: {"model": ErrorOut, "description": TITLES[s]} for s in statuses}


def error_json(status: int, detail: str) -> JSONResponse:
    body = ErrorOut(status=status, title=TITLES.get(status, "Error"), detail=detail)
    return JSONResponse(body.model_dump(), status_code=status)


async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
    response = error_json(exc.status_code, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return error_json(422, "; ".join(parts) or "invalid request")


async def _policy_graph_error(request: Request, exc: PolicyGraphError) -> JSONResponse:
    for kind, status, hint in STORE_ERRORS:
        if isinstance(exc, kind):
            return error_json(status, f"{exc}{hint}")
    return error_json(500, str(exc))


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    return error_json(500, f"unexpected {type(exc).__name__}; the server log has the traceback")


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the {status, title, detail} shape.

    They are async: Starlette runs a plain ``def`` handler in the thread pool, a hop per error."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(PolicyGraphError, _policy_graph_error)
    app.add_exception_handler(Exception, _unexpected_error)
