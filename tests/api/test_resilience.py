"""Store outages: 503 with the error shape while the store is down, 200 again once it is back."""

import httpx

from api.settings import Settings
from graph.store.falkordb_server import FalkorServer


def test_store_down_is_503_and_the_api_recovers(tmp_path, serve_api):
    data_dir = tmp_path / "fdb"
    server = FalkorServer(data_dir)
    try:
        with serve_api(Settings(data_dir=data_dir)) as url, httpx.Client(base_url=url) as http:
            assert http.get("/health").status_code == 200
            assert server.stop()

            for path in ("/health", "/documents", "/documents/doc-x"):
                response = http.get(path)
                assert response.status_code == 503, (path, response.text)
                body = response.json()
                assert body["title"] == "Store unavailable"
                assert "policy-graph db start" in body["detail"]

            server.start()
            response = http.get("/health")
            assert response.status_code == 200, response.text
            assert http.get("/documents").json()["total"] == 0
    finally:
        server.stop()


def test_the_api_starts_while_the_store_is_down_and_answers_503(serve_api):
    unreachable = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:1")
    with serve_api(unreachable) as url, httpx.Client(base_url=url) as http:
        for path in ("/health", "/documents"):
            response = http.get(path)
            assert response.status_code == 503, (path, response.text)
            assert "NEO4J_URI" in response.json()["detail"]
        assert http.get("/openapi.json").status_code == 200

