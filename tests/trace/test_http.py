"""The cascade endpoints over real HTTP, against the corpus-loaded embedded FalkorDB."""

from urllib.parse import quote

import pytest


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"status", "title", "detail"} and body["status"] == status
    return body["detail"]


def test_implementations_by_url_encoded_number(http):
    response = http.get(f"/documents/{quote('财建〔2023〕117号')}/implementations", params={"depth": 2})
    assert response.status_code == 200
    body = response.json()
    assert body["direction"] == "down" and body["depth"] == 2
    children = {c["document"]["doc_number"]: c for c in body["root"]["children"]}
    assert {"柳政办〔2025〕3号", "柳工信规〔2025〕1号"} <= set(children)
    edge = children["柳政办〔2025〕3号"]["edge"]
    assert edge["file"] == "liuzhou-sme-handbook-2025.txt" and edge["line"] > 0
    assert "财建〔2023〕117" in edge["sentence"] and edge["low_confidence"] is False


def test_basis_by_id_reaches_the_national_notice(http):
    doc_id = http.get(f"/documents/{quote('柳政办〔2025〕3号')}").json()["id"]
    body = http.get(f"/documents/{doc_id}/basis").json()
    assert body["direction"] == "up" and body["root"]["document"]["id"] == doc_id
    assert "财建〔2023〕117号" in {c["document"]["doc_number"] for c in body["root"]["children"]}


def test_coverage_shows_regions_with_status(http):
    body = http.get(f"/documents/{quote('中华人民共和国中小企业促进法')}/coverage").json()
    status = {r["name"]: r["status"] for r in body["regions"]}
    assert status["柳州市"] == "implemented" and status["贵州省"] == "implemented"
    assert body["covered"] + body["gaps"] == len(body["regions"])


def test_api_returns_what_the_library_returns(http, store):
    from dataclasses import asdict

    from graph import trace

    body = http.get(f"/documents/{quote('国发〔2024〕7号')}/coverage").json()
    assert body == asdict(trace.coverage(store, "国发〔2024〕7号"))


def test_match_lists_documents_by_level_with_why(http):
    response = http.post("/match", json={"region": "柳州市", "categories": ["专精特新中小企业"]})
    assert response.status_code == 200
    body = response.json()
    assert body["region"]["name"] == "柳州市"
    levels = [level["level"] for level in body["levels"]]
    assert levels[:3] == ["national", "provincial", "municipal"]
    reason = body["levels"][0]["documents"][0]["reasons"][0]
    assert reason["evidence"]["sentence"] and reason["evidence"]["file"]


@pytest.mark.parametrize("path", ["/documents/不存在的文件/implementations", "/documents/doc-0/basis",
                                  "/documents/nothing-like-this/coverage"])
def test_unknown_documents_are_404(http, path):
    assert "GET /documents" in _error(http.get(path), 404)


def test_ambiguous_fragment_is_422_with_candidates(http):
    detail = _error(http.get(f"/documents/{quote('创新管理知识产权国际标准')}/implementations"), 422)
    assert "国知办发运字〔2023〕23号" in detail


@pytest.mark.parametrize("body", [{"region": "火星市", "categories": ["中小企业"]},
                                  {"region": "柳州市", "categories": ["不存在的类别"]},
                                  {"region": "柳州市", "categories": []},
                                  {"region": "柳州市"},
                                  {"region": "柳州市", "categories": ["中小企业"], "kinds": ["poem"]},
                                  {"region": "柳州市", "categories": ["中小企业"], "extra": 1}])
def test_bad_match_requests_are_422(http, body):
    _error(http.post("/match", json=body), 422)


def test_depth_out_of_range_is_422(http):
    _error(http.get(f"/documents/{quote('财建〔2023〕117号')}/implementations", params={"depth": 99}), 422)
