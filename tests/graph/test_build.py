"""build_graph on hand-made extractions drawn from the corpus: identity, ids, agencies, regions."""

import networkx as nx
import pytest

from graph import build_graph, model
from graph.errors import ExtractionFormatError


def _docs(g):
    return {n: a for n, a in g.nodes(data=True) if a["label"] == model.DOCUMENT}


def _by_number(g, number):
    [node] = [n for n, a in _docs(g).items() if a.get("doc_number") == number]
    return node


def _by_title(g, fragment):
    found = [n for n, a in _docs(g).items() if fragment in a.get("title", "")]
    assert len(found) == 1, found
    return found[0]


def test_document_in_two_compilations_is_one_node(liuzhou, national):
    g = build_graph([liuzhou, national])
    node = _by_number(g, "工信部联企业〔2024〕239号")
    containers = sorted(g.nodes[s]["file"] for s, _, k in g.in_edges(node, keys=True) if k == "CONTAINS")
    assert containers == ["liuzhou-sme-handbook-2025.txt", "policy-compilation-2024-12.txt"]
    assert g.nodes[node]["in_corpus"] is True


def test_law_by_full_and_short_name_is_one_node(liuzhou, national):
    g = build_graph([liuzhou, national])
    law = _by_title(g, "中小企业促进法")
    assert g.nodes[law]["kind"] == "law"
    assert g.nodes[law]["in_corpus"] is False
    citing = {s for s, _, k in g.in_edges(law, keys=True) if k == "IMPLEMENTS"}
    assert len(citing) == 1  # the national notice, reproduced in both files, cites it in both
    assert "中华人民共和国中小企业促进法" in g.nodes[law]["alt_titles"] + [g.nodes[law]["title"]]


def test_same_ids_and_counts_in_either_order(liuzhou, national):
    a, b = build_graph([liuzhou, national]), build_graph([national, liuzhou])
    assert sorted(a.nodes) == sorted(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))


def test_cited_only_document_is_filled_when_its_compilation_is_loaded(liuzhou, national):
    alone = build_graph([liuzhou])
    cited = _by_number(alone, "财建〔2023〕117号")
    assert alone.nodes[cited]["in_corpus"] is False
    assert alone.nodes[cited]["title_source"] == "referenced"
    # the 代字 财建 fills the issuer, region and level of a document known only by its number
    assert alone.nodes[cited]["region_code"] == "000000"
    assert alone.nodes[cited]["level"] == "national"
    [(_, agency)] = [(s, t) for s, t, k in alone.out_edges(cited, keys=True) if k == "ISSUED_BY"]
    assert alone.nodes[agency]["name"] == "财政部"

    both = build_graph([liuzhou, national])
    filled = _by_number(both, "财建〔2023〕117号")
    assert filled == cited  # same id before and after
    assert both.nodes[filled]["in_corpus"] is True
    assert both.nodes[filled]["title_source"] == "heading"
    issuers = {both.nodes[t]["name"] for _, t, k in both.out_edges(filled, keys=True) if k == "ISSUED_BY"}
    assert issuers == {"财政部", "工业和信息化部"}


def test_liuzhou_documents_implementing_caijian_117_by_networkx_query(liuzhou, national):
    g = build_graph([liuzhou, national])
    target = _by_number(g, "财建〔2023〕117号")
    implements = nx.DiGraph((s, t) for s, t, k in g.edges(keys=True) if k == "IMPLEMENTS")
    implementers = nx.ancestors(implements, target)
    liuzhou_docs = {n for n in implementers if g.nodes[n].get("region_code") == "450200"}
    assert {g.nodes[n]["doc_number"] for n in liuzhou_docs} == {"柳政办〔2025〕3号", "柳工信规〔2025〕1号"}
    edge = g.edges[_by_number(g, "柳政办〔2025〕3号"), target, "IMPLEMENTS"]
    assert edge["file"] == "liuzhou-sme-handbook-2025.txt" and edge["line"] == 10223
    assert "财建〔2023〕117 号" in edge["evidence"]
    assert edge["method"] == "pattern:implements-verb;resolve:doc-number"
    assert 0.85 <= edge["confidence"] <= 1.0


def test_forwarding_wrapper_and_inner_title_are_one_document(liuzhou):
    g = build_graph([liuzhou])
    notice = _by_number(g, "柳政办〔2025〕3号")
    assert "柳州市中小企业数字化转型试点城市建设工作方案" in g.nodes[notice]["alt_titles"]
    fund = _by_number(g, "柳工信规〔2025〕1号")
    assert g.has_edge(fund, notice, "IMPLEMENTS")


def test_title_fragment_resolution_has_lower_confidence(liuzhou, national):
    g = build_graph([liuzhou, national])
    plan = _by_number(g, "工信部联企业〔2024〕239号")
    notice = _by_number(g, "柳政办〔2025〕3号")
    edge = g.edges[notice, plan, "CITES"]
    assert edge["method"].endswith("resolve:title")
    assert edge["confidence"] < 0.85


def test_agencies_aliases_regions_and_offices(liuzhou, national):
    g = build_graph([liuzhou, national])
    agencies = {a["name"]: (n, a) for n, a in g.nodes(data=True) if a["label"] == model.AGENCY}
    miit_id, miit = agencies["工业和信息化部"]
    assert "工信部" in miit["aliases"] and miit["level"] == "national"
    assert "国家发展和改革委员会" in agencies
    gx_id, gx = agencies["广西壮族自治区工业和信息化厅"]
    assert gx["region_code"] == "450000" and "自治区工业和信息化厅" in gx["aliases"]
    assert g.has_edge(gx_id, "450000", "IN")
    office_id, _ = agencies["柳州市人民政府办公室"]
    gov_id, _ = agencies["柳州市人民政府"]
    assert g.has_edge(office_id, gov_id, "PART_OF")
    lead = _by_number(g, "柳工信规〔2025〕1号")
    roles = {g.nodes[t]["name"]: a["role"] for _, t, k, a in g.out_edges(lead, keys=True, data=True)
             if k == "ISSUED_BY"}
    assert roles == {"柳州市工业和信息化局": "lead", "柳州市财政局": "co"}


def test_regions_form_a_tree_to_china(liuzhou):
    g = build_graph([liuzhou])
    assert g.nodes["450200"]["name"] == "柳州市"
    assert g.has_edge("450200", "450000", "PART_OF") and g.has_edge("450000", "000000", "PART_OF")
    provinces = [n for n, a in g.nodes(data=True) if a["label"] == model.REGION and a["level"] == "provincial"]
    assert len(provinces) == 34
    assert "450100" in g  # every city of a province that appears


def test_categories_and_programs(liuzhou):
    g = build_graph([liuzhou])
    cats = {a["name"]: n for n, a in g.nodes(data=True) if a["label"] == model.CATEGORY}
    assert g.has_edge(cats["专精特新中小企业"], cats["优质中小企业"], "SUBSET_OF") or g.has_edge(
        cats["专精特新中小企业"], cats["中小企业"], "SUBSET_OF")
    doc = _by_number(g, "桂工信企业〔2024〕12号")
    edge = g.edges[doc, cats["专精特新中小企业"], "TARGETS"]
    assert edge["line"] == 11001 and edge["file"] == "liuzhou-sme-handbook-2025.txt"
    programs = [n for n, a in g.nodes(data=True) if a["label"] == model.PROGRAM]
    assert len(programs) == 1 and g.has_edge(_by_number(g, "柳政办〔2025〕3号"), programs[0], "MENTIONS")


def test_property_values_are_store_friendly(liuzhou, national):
    g = build_graph([liuzhou, national])
    values = [v for _, a in g.nodes(data=True) for v in a.values()]
    values += [v for _, _, a in g.edges(data=True) for v in a.values()]
    for v in values:
        assert isinstance(v, (str, int, float, bool)) or (
            isinstance(v, list) and all(isinstance(x, str) for x in v)), v
        assert v != "" and v is not None


def test_bad_extraction_names_the_problem():
    with pytest.raises(ExtractionFormatError, match="lacks sha256"):
        build_graph([{"source": "x.txt", "documents": []}])


@pytest.mark.parametrize("printed, region, expected", [
    ("工信部", "", "工业和信息化部"),
    ("国家发展改革委", "", "国家发展和改革委员会"),
    ("国家发展改革委办公厅", "", "国家发展和改革委员会办公厅"),
    ("自治区工业和信息化厅", "450200", "广西壮族自治区工业和信息化厅"),
    ("自治区工信厅", "450000", "广西壮族自治区工业和信息化厅"),
    ("省新型工业化工作领导小组", "520000", "贵州省新型工业化工作领导小组"),
    ("市场监督管理局", "450200", "柳州市市场监督管理局"),
    ("柳州市市场监管局", "", "柳州市市场监督管理局"),
    ("贵 州 省 财 政 厅", "", "贵州省财政厅"),
])
def test_agency_names_resolve(printed, region, expected):
    from graph.agencies import resolve_agency
    assert resolve_agency(printed, region).name == expected


def test_issuer_code_table_resolves_numbers():
    from graph.reference import agency_for_number
    assert agency_for_number("工信部联企业〔2024〕239号") == "工业和信息化部"
    assert agency_for_number("工信厅联企业函〔2025〕50号") == "工业和信息化部办公厅"
    assert agency_for_number("桂政办发〔2024〕1号") == "广西壮族自治区人民政府办公厅"
    assert agency_for_number("黔府办发〔2021〕9号") == "贵州省人民政府办公厅"
    assert agency_for_number("某某〔2024〕1号") is None


def test_every_agency_of_the_issuer_code_table_resolves_to_itself_with_a_region():
    from graph.agencies import resolve_agency
    from graph.reference import issuer_codes
    for code, name in issuer_codes().items():
        agency = resolve_agency(name)
        assert agency is not None and agency.name == name and agency.region_code, (code, name)
