"""The NUL guard: 422 for a NUL character anywhere in a request, before any route sees it.

No store can hold or search for a NUL (FalkorDB reads its strings as C strings), so a NUL in a
path, a query string or a JSON body would otherwise turn into a truncated search or an obscure
store error. This is a plain ASGI middleware, not an app-wide FastAPI dependency: a few byte
scans per request instead of a dependency resolution and a Request object on every call.
"""

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_json

MESSAGE = "the request holds a NUL character (\\u0000 or %00); remove it"

# A JSON escape \u0000 that is not itself an escaped backslash followed by "u0000".
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


class RejectNul:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            nul = "\x00" in scope["path"] or b"%00" in scope["query_string"]
            if not nul and scope["method"] == "POST":
                body, receive = await _buffered(receive)
                nul = b"\\u0000" in body and _JSON_NUL.search(body) is not None
            if nul:
                await error_json(422, MESSAGE)(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _buffered(receive: Receive) -> tuple[bytes, Receive]:
    """The whole request body, and a ``receive`` that hands the same messages to the app."""
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body"):
            break
    body = b"".join(m.get("body", b"") for m in messages)

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return body, replay
