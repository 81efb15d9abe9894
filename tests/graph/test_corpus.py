"""build_graph on the real loader's output for the bundled corpus."""

import itertools
from pathlib import Path

import networkx as nx
import pytest

import loaders
from graph import build_graph, model, stats

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
LIUZHOU, NATIONAL, GUIZHOU = ("liuzhou-sme-handbook-2025.txt", "policy-compilation-2024-12.txt",
                              "guizhou-sme-compilation-2024.txt")


@pytest.fixture(scope="module")
def extractions() -> dict[str, dict]:
    return {name: loaders.extract_file(CORPUS / name) for name in (LIUZHOU, NATIONAL, GUIZHOU)}


@pytest.fixture(scope="module")
def g(extractions) -> nx.MultiDiGraph:
    return build_graph(list(extractions.values()))


def _by_number(g, number):
    found = [n for n, a in g.nodes(data=True) if a.get("doc_number") == number]
    assert len(found) == 1, (number, found)
    return found[0]


def _files(g, doc):
    return sorted(g.nodes[s]["file"] for s, _, k in g.in_edges(doc, keys=True) if k == "CONTAINS")


def test_national_document_in_two_compilations_is_one_node(g):
    doc = _by_number(g, "工信部联企业〔2024〕239号")  # printed in the Liuzhou handbook and the 2024-12 one
    assert _files(g, doc) == [LIUZHOU, NATIONAL]
    assert g.nodes[doc]["level"] == "national" and g.nodes[doc]["region_code"] == model.ROOT_REGION


def test_law_cited_by_full_and_short_name_is_one_node(g):
    laws = [n for n, a in g.nodes(data=True)
            if a["label"] == model.DOCUMENT and a.get("title", "").endswith("中小企业促进法")]
    assert len(laws) == 1
    names = {g.nodes[laws[0]]["title"], *g.nodes[laws[0]].get("alt_titles", [])}
    assert {"中华人民共和国中小企业促进法", "中小企业促进法"} <= names
    citing_files = {a["file"] for _, _, t, a in g.in_edges(laws[0], keys=True, data=True)
                    if t in model.CITATION_TYPES}
    assert {LIUZHOU, GUIZHOU} <= citing_files


@pytest.mark.parametrize("order", list(itertools.permutations(range(3)))[1:])
def test_any_file_order_gives_the_same_ids_and_counts(extractions, g, order):
    items = list(extractions.values())
    h = build_graph([items[i] for i in order])
    assert sorted(h.nodes) == sorted(g.nodes)
    assert sorted(h.edges(keys=True)) == sorted(g.edges(keys=True))
    assert stats(h) == stats(g)
    placed = ("level", "region_code", "level_source", "kind")
    assert {n: [h.nodes[n].get(k) for k in placed] for n in h} == {n: [g.nodes[n].get(k) for k in placed] for n in g}


def test_cited_only_document_is_filled_when_its_compilation_is_loaded(extractions):
    alone = build_graph([extractions[LIUZHOU]])
    doc = _by_number(alone, "工信部企业〔2022〕63号")  # cited by Liuzhou, reproduced by Guizhou
    assert alone.nodes[doc]["in_corpus"] is False
    assert alone.nodes[doc]["title_source"] == "referenced"
    both = build_graph([extractions[LIUZHOU], extractions[GUIZHOU]])
    assert _by_number(both, "工信部企业〔2022〕63号") == doc
    assert both.nodes[doc]["in_corpus"] is True
    assert _files(both, doc) == [GUIZHOU]
    assert any(a.get("file") == LIUZHOU for _, _, a in both.in_edges(doc, data=True))


def test_liuzhou_documents_implementing_caijian_2023_117(g):
    target = _by_number(g, "财建〔2023〕117号")
    implements = nx.DiGraph([(s, t) for s, t, k in g.edges(keys=True) if k == "IMPLEMENTS"])
    liuzhou = {n for n in nx.ancestors(implements, target) if g.nodes[n].get("region_code") == "450200"}
    numbers = {g.nodes[n].get("doc_number") for n in liuzhou}
    assert {"柳政办〔2025〕3号", "柳工信规〔2025〕1号"} <= numbers
    for n in liuzhou:
        assert g.nodes[n]["level"] == "municipal"


def test_stats_of_the_corpus_are_consistent(g):
    s = stats(g)
    assert s["nodes"]["Compilation"] == 3
    assert s["documents"]["in_corpus"] + s["documents"]["cited_only"] == s["nodes"]["Document"]
    assert s["citations"]["resolved"] + s["citations"]["unresolved"] == s["citations"]["total"]
    assert 0 < s["citations"]["resolved"] < s["citations"]["total"]
    assert s["relationships"]["CONTAINS"] >= s["documents"]["in_corpus"]
    assert s["documents"]["by_region"]["柳州市"] >= 10


def _by_title(g, title):
    found = [n for n, a in g.nodes(data=True) if a.get("title") == title]
    assert len(found) == 1, (title, found)
    return found[0]


def _issuers(g, doc):
    return {(g.nodes[t]["name"], a["role"], a["source"])
            for _, t, k, a in g.out_edges(doc, keys=True, data=True) if k == "ISSUED_BY"}


def test_cited_only_documents_get_level_region_and_issuer_with_their_source(extractions, g):
    alone = build_graph([extractions[LIUZHOU]])  # the law is only cited there, reproduced in Guizhou
    law = alone.nodes[_by_title(alone, "中华人民共和国中小企业促进法")]
    assert (law["kind"], law["level"], law["region_code"], law["level_source"], law["in_corpus"]) == (
        "law", "national", model.ROOT_REGION, "title", False)
    law = g.nodes[_by_title(g, "中华人民共和国中小企业促进法")]
    assert (law["level"], law["level_source"], law["in_corpus"]) == ("national", "printed", True)
    plan = _by_title(g, "中共贵州省委贵州省人民政府关于在实施数字经济战略上抢新机的意见")
    assert (g.nodes[plan]["level"], g.nodes[plan]["region_code"], g.nodes[plan]["level_source"]) == (
        "provincial", "520000", "title")
    assert _issuers(g, plan) == {("中共贵州省委", "lead", "title")}
    rules = g.nodes[_by_title(g, "自治区统筹支持工业振兴专项资金管理实施细则")]  # cited by a 柳州 measure
    assert (rules["level"], rules["region_code"], rules["level_source"]) == (
        "provincial", "450000", "citing_region")
    notice = _by_number(alone, "财建〔2023〕117号")
    assert alone.nodes[notice]["level_source"] == "number"
    assert _issuers(alone, notice) == {("财政部", "lead", "number")}
    assert _issuers(g, notice) == {("财政部", "lead", "number")}  # same id in the whole corpus


def test_cascades_by_level_pair(g):
    """Before inference (cited-only documents without level): provincial→national 14,
    municipal→national 6, municipal→provincial 1, and 148 of 217 IMPLEMENTS edges to no level."""
    pairs = stats(g)["implements_by_level"]
    assert pairs["provincial→national"] >= 35
    assert pairs["municipal→national"] >= 15
    assert pairs["municipal→provincial"] >= 3
    to_unknown = sum(n for pair, n in pairs.items() if pair.endswith("→unknown"))
    assert to_unknown <= 60
    sources = stats(g)["documents"]["cited_only_level_source"]
    assert sources["unknown"] <= 110 and sources["title"] >= 75 and sources["number"] >= 60
    assert "printed" not in sources
    found = {a["level_source"] for _, a in g.nodes(data=True) if "level_source" in a}
    found |= {a["source"] for _, _, a in g.edges(data=True) if a["type"] == "ISSUED_BY"}
    assert found == set(model.LEVEL_SOURCES)
