"""The app builds without touching a store, and its schema documents every endpoint and error."""

from api.app import create_app
from api.settings import Settings


def test_create_app_opens_nothing_and_lists_every_endpoint(tmp_path):
    app = create_app(Settings(data_dir=tmp_path / "never-started"))
    assert not (tmp_path / "never-started").exists()
    paths = app.openapi()["paths"]
    for path in ("/health", "/stats", "/documents", "/documents/{doc_id}", "/agencies",
                 "/agencies/{agency_id}", "/regions", "/regions/{code}", "/categories",
                 "/programs", "/cypher"):
        assert path in paths, path
    assert paths["/documents/{doc_id}"]["get"]["responses"]["404"]["content"]["application/json"]
    assert set(paths["/cypher"]["post"]["responses"]) >= {"200", "400", "403", "422", "503", "504"}


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("POLICY_GRAPH_PORT", "8123")
    monkeypatch.setenv("POLICY_GRAPH_CYPHER_ROW_CAP", "7")
    settings = Settings()
    assert (settings.port, settings.cypher_row_cap, settings.host) == (8123, 7, "127.0.0.1")
