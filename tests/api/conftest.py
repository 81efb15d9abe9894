"""The API under uvicorn on 127.0.0.1 (a free port), over the corpus-loaded embedded FalkorDB."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings


@contextmanager
def running_api(settings: Settings) -> Iterator[str]:
    """Serve ``create_app(settings)`` in a thread; yield its base URL; stop it on exit."""
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=0, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API did not start; see the log above")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="session")
def serve_api():
    """``serve_api(settings)``: a context manager running an API of its own; yields its URL."""
    return running_api


@pytest.fixture(scope="session")
def api_settings(store) -> Settings:
    """Settings of the loaded test store (the store fixture exports its data dir to the env)."""
    return Settings(cypher_row_cap=50)


@pytest.fixture(scope="session")
def api_url(api_settings) -> Iterator[str]:
    with running_api(api_settings) as url:
        yield url


@pytest.fixture(scope="session")
def client(api_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_url, timeout=30) as http:
        yield http
