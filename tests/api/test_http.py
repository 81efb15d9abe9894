"""The API over real HTTP against the embedded FalkorDB loaded with the bundled corpus."""

import urllib.parse

import httpx
import pytest

# The SME digital-transformation city pilot, which 柳州 measures implement.
NUMBER = "财建〔2023〕117号"


def assert_error(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"status", "title", "detail"}
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_health_reports_the_loaded_graph(client):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["engine"] == "falkordb"
    assert body["nodes"]["Document"] > 100
    assert body["relationships"]["IMPLEMENTS"] > 0


def test_stats_break_documents_down(client):
    body = client.get("/stats").json()
    assert {"national", "provincial", "municipal"} <= set(body["levels"])
    assert sum(body["levels"].values()) == body["nodes"]["Document"]
    assert sum(r["documents"] for r in body["regions"]) == body["nodes"]["Document"]
    names = {r["name"] for r in body["regions"]}
    assert {"柳州市", "广西壮族自治区", "贵州省"} <= names


def test_documents_page_and_filters(client):
    first = client.get("/documents", params={"limit": 5}).json()
    second = client.get("/documents", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] > 10
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}

    municipal = client.get("/documents", params={"level": "municipal", "limit": 500}).json()
    assert municipal["total"] > 0
    assert all(d["level"] == "municipal" for d in municipal["items"])

    liuzhou = client.get("/documents", params={"region": "柳州市", "limit": 500}).json()
    by_code = client.get("/documents", params={"region": "450200", "limit": 500}).json()
    assert liuzhou["total"] == by_code["total"] > 0
    assert all(d["region_code"] == "450200" for d in liuzhou["items"])

    year = client.get("/documents", params={"year": 2023, "limit": 500}).json()
    assert year["total"] > 0 and all(d["date"].startswith("2023") for d in year["items"])


def test_search_by_number_in_any_printed_form(client):
    for q in (NUMBER, "财建[2023]117 号"):
        items = client.get("/documents", params={"q": q}).json()["items"]
        assert [d["doc_number"] for d in items] == [NUMBER], q


def test_search_finds_a_document_by_another_title(client):
    rows = client.post("/cypher", json={"query": (
        "MATCH (d:Document) WHERE size(d.alt_titles) > 0 "
        "RETURN d.id AS id, d.title AS title, d.alt_titles AS alt ORDER BY d.id")}).json()["rows"]
    doc = next(r for r in rows if any(a not in r["title"] for a in r["alt"]))
    alt = next(a for a in doc["alt"] if a not in doc["title"])
    items = client.get("/documents", params={"q": alt, "limit": 500}).json()["items"]
    assert doc["id"] in {d["id"] for d in items}


def test_document_by_url_encoded_number_has_its_cascade(client):
    response = client.get("/documents/" + urllib.parse.quote(NUMBER))
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["id"].startswith("doc-") and doc["doc_number"] == NUMBER
    assert doc["level"] == "national" and doc["level_source"] == "number"
    assert doc["issuers"][0]["name"] == "财政部" and doc["issuers"][0]["role"] == "lead"
    implementing = [r for r in doc["references_in"] if r["type"] == "IMPLEMENTS"]
    assert any(r["document"]["region_code"] == "450200" for r in implementing)
    assert all(r["evidence"] and r["file"] and r["line"] for r in implementing)
    by_id = client.get(f"/documents/{doc['id']}").json()
    assert by_id == doc


def test_document_by_number_in_another_printed_form(client):
    response = client.get("/documents/" + urllib.parse.quote("财建[2023]117 号"))
    assert response.status_code == 200, response.text
    assert response.json()["doc_number"] == NUMBER


def test_document_detail_of_a_loaded_measure(client):
    items = client.get("/documents", params={"region": "柳州市", "limit": 500}).json()["items"]
    details = [client.get(f"/documents/{d['id']}").json() for d in items[:20]]
    with_source = [d for d in details if d["compilations"]]
    assert with_source, "a 柳州 document reproduced in a compilation"
    doc = with_source[0]
    assert doc["compilations"][0]["file"].endswith(".txt")
    assert doc["region"]["code"] == "450200"
    assert any(r["code"] == "450200" for r in doc["regions"])


def test_unknown_ids_are_404_with_the_error_shape(client):
    body = assert_error(client.get("/documents/doc-does-not-exist"), 404)
    assert "GET /documents?q=" in body["detail"]
    for path in ("/agencies/x", "/regions/999999", "/categories/x", "/programs/x"):
        assert_error(client.get(path), 404)


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"level": "galactic"}, {"year": "twenty"}],
)
def test_bad_parameters_are_422(client, params):
    body = assert_error(client.get("/documents", params=params), 422)
    assert next(iter(params)) in body["detail"]


def test_agencies_with_their_documents(client):
    page = client.get("/agencies", params={"limit": 500}).json()
    assert page["total"] > 0
    busiest = max(page["items"], key=lambda a: a["documents"])
    agency = client.get(f"/agencies/{busiest['id']}").json()
    assert agency["name"] == busiest["name"]
    assert len(agency["documents"]) == busiest["documents"] > 0
    dates = [d["date"] for d in agency["documents"] if d["date"]]
    assert dates == sorted(dates, reverse=True)


def test_regions_with_their_documents(client):
    page = client.get("/regions", params={"parent": "450000"}).json()
    assert "450200" in {r["code"] for r in page["items"]}
    liuzhou = client.get("/regions/450200").json()
    assert liuzhou["name"] == "柳州市" and liuzhou["parent"]["code"] == "450000"
    assert liuzhou["documents"] and all(d["region_code"] == "450200" for d in liuzhou["documents"])
    everything = client.get("/regions", params={"used": False, "limit": 1}).json()
    assert everything["total"] > page["total"]


def test_categories_and_programs_with_their_documents(client):
    categories = client.get("/categories", params={"limit": 500}).json()["items"]
    targeted = max(categories, key=lambda c: c["documents"])
    category = client.get(f"/categories/{urllib.parse.quote(targeted['id'])}").json()
    assert len(category["documents"]) == targeted["documents"] > 0
    assert all(d["evidence"] for d in category["documents"])

    programs = client.get("/programs", params={"limit": 500}).json()["items"]
    busiest = max(programs, key=lambda p: p["documents"])
    program = client.get(f"/programs/{urllib.parse.quote(busiest['id'])}").json()
    assert len(program["documents"]) == busiest["documents"] > 0
    assert {d["relation"] for d in program["documents"]} <= {"ESTABLISHES", "MENTIONS"}


def test_cypher_reads_with_parameters(client):
    response = client.post(
        "/cypher",
        json={
            "query": "MATCH (d:Document {doc_number: $n}) RETURN d.doc_number AS number, d AS doc",
            "params": {"n": NUMBER},
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["number", "doc"]
    assert body["rows"][0]["number"] == NUMBER
    assert body["rows"][0]["doc"]["_label"] == "Document"
    assert body["truncated"] is False


def test_cypher_row_cap(client, api_settings):
    body = client.post("/cypher", json={"query": "UNWIND range(1, 500) AS i RETURN i"}).json()
    assert body["truncated"] is True and body["row_cap"] == api_settings.cypher_row_cap
    assert [r["i"] for r in body["rows"]] == list(range(1, api_settings.cypher_row_cap + 1))


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (:Document {id: 'doc-injected'})",
        "MATCH (d:Document) DETACH DELETE d",
        "MATCH (d:Document) SET d.title = 'x' RETURN d",
        "MERGE (a:Agency {id: 'agency-injected'}) RETURN a",
    ],
)
def test_cypher_writes_are_403_and_change_nothing(client, query):
    before = client.get("/health").json()
    body = assert_error(client.post("/cypher", json={"query": query}), 403)
    assert "policy-graph load" in body["detail"]
    assert client.get("/health").json() == before


def test_cypher_syntax_error_is_400_with_the_engine_message(client):
    body = assert_error(client.post("/cypher", json={"query": "MATCH (d:Document RETURN d"}), 400)
    assert "rejected the query" in body["detail"]


def test_cypher_past_the_timeout_is_504(serve_api, api_settings):
    settings = api_settings.model_copy(update={"cypher_timeout_ms": 1})
    slow = {"query": "UNWIND range(1, 50000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i)"}
    with serve_api(settings) as url:
        body = assert_error(httpx.post(f"{url}/cypher", json=slow, timeout=60), 504)
    assert "time limit" in body["detail"]


def test_cypher_malformed_body_is_422(client):
    assert_error(client.post("/cypher", json={"params": {}}), 422)
    assert_error(client.post("/cypher", json={"query": ""}), 422)
    malformed = client.post(
        "/cypher", content=b"not json", headers={"content-type": "application/json"}
    )
    assert_error(malformed, 422)
    assert_error(client.post("/cypher", json={"query": "RETURN 1", "params": {"": 1}}), 422)


def test_openapi_and_docs_are_served(client):
    assert client.get("/openapi.json").json()["info"]["title"] == "policy-graph"
    assert "swagger" in client.get("/docs").text.lower()


@pytest.mark.parametrize(
    "method, path, kwargs",
    [
        ("GET", "/documents", {"params": {"q": "a\x00b"}}),
        ("GET", "/documents/doc%00x", {}),
        ("POST", "/cypher", {"json": {"query": "RETURN $a", "params": {"a": "x\x00"}}}),
    ],
)
def test_nul_characters_are_422(client, method, path, kwargs):
    body = assert_error(client.request(method, path, **kwargs), 422)
    assert "NUL" in body["detail"]


def test_an_escaped_backslash_before_u0000_is_not_a_nul(client):
    body = client.post("/cypher", json={"query": "RETURN $a AS a", "params": {"a": "\\u0000"}})
    assert body.json()["rows"] == [{"a": "\\u0000"}]
