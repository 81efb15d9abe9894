"""The API under uvicorn on 127.0.0.1 (a free port) over the corpus-loaded store, for HTTP tests."""

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def http(store) -> Iterator[httpx.Client]:
    server = uvicorn.Server(uvicorn.Config(create_app(Settings()), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        yield client
    server.should_exit = True
    thread.join(timeout=30)
