"""Latency of the HTTP API against the same queries run directly on the store, in one run.

The bundled corpus is loaded into an embedded FalkorDB in a temporary folder, and the API runs
under uvicorn in a subprocess on 127.0.0.1. For the documents with the most incoming references,
two requests are timed, alternating with their direct counterparts so both see the same load:
GET /documents/{id} against ``store.run("api_document")``, and a 3-hop reference query
(cypher/api_references_3hop) through POST /cypher against ``store.read_only``, with the same
parameters, timeout and row limit the API passes. Prints p50 and p95 of each, the API ÷ direct
ratios (goal <= 1.5) and what the API adds in ms at p50.

The client is the standard library's keep-alive ``http.client``, and its time includes decoding
the JSON, so both sides end with the same rows in hand.
"""

import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cypher
from api.settings import Settings
from graph.store import open_store
from graph.store.falkordb_server import FalkorServer
from loaders.normalize import normalize_doc_number

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 300  # timed requests per measurement, after WARMUP untimed ones
WARMUP = 30
DOCUMENTS = 10  # the most-referenced documents, requested in turn
HOPS_LIMIT = 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(
    http: http.client.HTTPConnection, method: str, path: str, body: dict | None = None
) -> object:
    """One request on the kept-alive connection; the decoded JSON answer."""
    payload = json.dumps(body).encode() if body is not None else None
    headers = {"content-type": "application/json"} if body is not None else {}
    http.request(method, path, body=payload, headers=headers)
    response = http.getresponse()
    data = response.read()
    if response.status != 200:
        raise SystemExit(f"{method} {path}: {response.status} {data[:300]!r}")
    return json.loads(data)


def wait_for_api(api: subprocess.Popen, port: int) -> http.client.HTTPConnection:
    """A connection to the API once GET /health answers 200."""
    deadline = time.monotonic() + 30
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            request(connection, "GET", "/health")
            return connection
        except (OSError, http.client.HTTPException):
            connection.close()
        if api.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the API did not start")
        time.sleep(0.1)


def percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94]


def timed_pair(api: Callable[[int], object], direct: Callable[[int], object]) -> tuple[list, list]:
    """Seconds per call of ``api(i)`` and ``direct(i)``, alternating, after a warm-up."""
    for i in range(WARMUP):
        api(i)
        direct(i)
    api_times, direct_times = [], []
    for i in range(REQUESTS):
        for call, times in ((api, api_times), (direct, direct_times)):
            start = time.perf_counter()
            call(i)
            times.append(time.perf_counter() - start)
    return api_times, direct_times


def report(name: str, api_times: list[float], direct_times: list[float]) -> None:
    (a50, a95), (d50, d95) = percentiles(api_times), percentiles(direct_times)
    print(f"{name}: API p50 {a50 * 1e3:.2f} ms p95 {a95 * 1e3:.2f} ms | "
          f"store p50 {d50 * 1e3:.2f} ms p95 {d95 * 1e3:.2f} ms | "
          f"ratio p50 {a50 / d50:.2f}x p95 {a95 / d95:.2f}x (goal <= 1.5x) | "
          f"API adds {(a50 - d50) * 1e3:.2f} ms at p50")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pg-bench-api-") as folder:
        settings = Settings(data_dir=Path(folder) / "falkordb")
        server = FalkorServer(settings.data_dir)
        api = None
        try:
            store = open_store(settings)
            corpus = sorted((ROOT / "data" / "corpus").glob("*.txt"))
            loaded = store.load(corpus)
            print(f"loaded {loaded['files']} compilations: {loaded['nodes']} nodes, "
                  f"{loaded['relationships']} relationships")
            ids = [r["id"] for r in store.run("api_most_referenced", limit=DOCUMENTS)]

            port = free_port()
            env = {**os.environ, "POLICY_GRAPH_DATA_DIR": str(settings.data_dir),
                   "POLICY_GRAPH_GRAPH": settings.graph}
            api = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app",
                 "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                cwd=ROOT, env=env,
            )
            http = wait_for_api(api, port)
            try:
                def api_document(i: int) -> None:
                    request(http, "GET", f"/documents/{ids[i % len(ids)]}")

                def direct_document(i: int) -> None:
                    doc_id = ids[i % len(ids)]
                    store.run("api_document", id=doc_id, number=normalize_doc_number(doc_id))

                report("GET /documents/{id}", *timed_pair(api_document, direct_document))

                hops = cypher.load("api_references_3hop")
                limits = {"timeout_ms": settings.cypher_timeout_ms,
                          "limit": settings.cypher_row_cap + 1}

                def api_hops(i: int) -> None:
                    params = {"id": ids[i % len(ids)], "limit": HOPS_LIMIT}
                    request(http, "POST", "/cypher", {"query": hops, "params": params})

                def direct_hops(i: int) -> None:
                    params = {"id": ids[i % len(ids)], "limit": HOPS_LIMIT}
                    store.read_only(hops, params, **limits)

                report("3-hop references (POST /cypher)", *timed_pair(api_hops, direct_hops))
            finally:
                http.close()
            store.close()
        finally:
            if api is not None:
                api.terminate()
                api.wait(timeout=30)
            server.stop()
