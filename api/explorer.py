"""The built-in explorer page at / and the Neo4j Browser guide and style at /browser/.

Mount these after the API routers, so the API's own paths win over the static files.
"""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

STATIC_DIR = Path(__file__).resolve().parent / "static"
BROWSER_DIR = STATIC_DIR / "browser"


class GuideFiles(StaticFiles):
    """Static files any origin may fetch: Neo4j Browser loads `:play` guides and `:style` files
    with cross-origin requests from its own host."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS":
            preflight = Response(status_code=204, headers={
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
                "Access-Control-Allow-Headers": "*",
            })
            await preflight(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response


def mount(app: FastAPI) -> None:
    """Serve the guide at /browser/guide.html, its style at /browser/policy-graph.grass (both with
    CORS headers; this mount comes first, so it wins over the page's), and the explorer page at /."""
    app.mount("/browser", GuideFiles(directory=BROWSER_DIR), name="browser")
    app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="explorer")
