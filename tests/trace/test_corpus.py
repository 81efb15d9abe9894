"""Acceptance: cascades in the bundled corpus (the ``store`` fixture: embedded FalkorDB, all three
compilations loaded)."""

import pytest

from graph import trace


def _numbers(nodes: list[trace.TraceNode]) -> set[str | None]:
    return {n.document.doc_number for n in nodes}


def _walk(node: trace.TraceNode):
    yield node
    for child in node.children:
        yield from _walk(child)


LIUZHOU_PILOT = ["柳政办〔2025〕3号", "柳工信规〔2025〕1号"]


def test_liuzhou_measures_implement_the_digital_transformation_pilot(store):
    result = trace.implementations(store, "财建〔2023〕117号", depth=2)
    assert result.root.document.doc_number == "财建〔2023〕117号"
    children = [c for c in result.root.children if c.document.doc_number in LIUZHOU_PILOT]
    assert _numbers(children) == set(LIUZHOU_PILOT)
    for child in children:
        assert (child.document.level, child.document.region) == ("municipal", "柳州市")
        assert "财建〔2023〕117" in child.edge.sentence and child.edge.file.startswith("liuzhou")
        assert child.edge.line > 0


@pytest.mark.parametrize("number", LIUZHOU_PILOT)
def test_the_pilot_notice_is_the_basis_of_each_liuzhou_measure(store, number):
    result = trace.basis(store, number, depth=1)
    assert "财建〔2023〕117号" in _numbers(result.root.children)


@pytest.mark.parametrize("printed", ["财建[2023]117 号", "财建（2023）117号", "财建〔2023〕 117 号"])
def test_doc_numbers_resolve_in_any_printed_form(store, printed):
    assert trace.resolve_document(store, printed).doc_number == "财建〔2023〕117号"


def test_guangxi_measures_implement_a_state_council_notice_and_each_other(store):
    """国发〔2024〕7号 → 桂工信投资〔2024〕398号 → 桂工信投资〔2024〕595号 (which also cites 国发 directly)."""
    result = trace.implementations(store, "国发〔2024〕7号", depth=3)
    guangxi = {c.document.doc_number: c for c in result.root.children if c.document.region == "广西壮族自治区"}
    assert {"桂工信投资〔2024〕398号", "桂工信投资〔2024〕595号"} <= set(guangxi)
    assert "桂工信投资〔2024〕595号" in _numbers(guangxi["桂工信投资〔2024〕398号"].children)


def test_a_liuzhou_measure_traces_up_to_a_guangxi_one(store):
    result = trace.basis(store, "柳州市中小工业企业应急周转资金管理实施细则", depth=1)
    assert "桂政办发〔2020〕100号" in _numbers(result.root.children)


def test_a_liuzhou_financial_plan_implements_the_guangxi_measures(store):
    result = trace.basis(store, "柳银发〔2024〕119号", depth=1)
    assert "桂银发〔2024〕164号" in _numbers(result.root.children)


def test_a_guizhou_measure_traces_up_to_its_national_basis(store):
    result = trace.basis(store, "贵州省优质中小企业梯度培育管理实施细则", depth=2)
    assert (result.root.document.level, result.root.document.region) == ("provincial", "贵州省")
    (national,) = [c for c in result.root.children if c.document.doc_number == "工信部企业〔2022〕63号"]
    assert national.document.level == "national"
    assert "guizhou" in national.edge.file


def test_guizhou_government_measures_trace_up_to_the_state_council(store):
    assert "国发〔2022〕2号" in _numbers(trace.basis(store, "黔府发〔2022〕8号", depth=1).root.children)


def test_sme_promotion_law_coverage_shows_guangxi_liuzhou_and_guizhou(store):
    result = trace.coverage(store, "中华人民共和国中小企业促进法")
    status = {r.name: r.status for r in result.regions}
    assert status["柳州市"] == "implemented"
    assert status["广西壮族自治区"] in {"implemented", "implemented_below"}
    assert status["贵州省"] == "implemented"
    guizhou = next(r for r in result.regions if r.name == "贵州省")
    assert all(i.document.region_code == guizhou.code for i in guizhou.documents)
    assert all(i.edge.sentence and i.edge.file and i.edge.line for r in result.regions for i in r.documents)


def test_short_and_full_law_names_are_one_document(store):
    assert trace.resolve_document(store, "中小企业促进法") == \
        trace.resolve_document(store, "中华人民共和国中小企业促进法")


def test_coverage_of_the_equipment_renewal_notice_shows_the_guizhou_gap(store):
    result = trace.coverage(store, "国发〔2024〕7号")
    status = {r.name: r.status for r in result.regions}
    assert status["广西壮族自治区"] == "implemented"
    assert status["贵州省"] == "gap"


def test_every_edge_in_a_trace_names_its_evidence(store):
    result = trace.implementations(store, "中华人民共和国中小企业促进法", depth=3)
    edges = [n.edge for n in _walk(result.root) if n.edge]
    assert len(edges) >= 5
    assert all(e.sentence and e.file and e.line and e.method for e in edges)
    assert all(e.low_confidence == (e.confidence < trace.LOW_CONFIDENCE) for e in edges)


def test_cited_laws_are_national(store):
    assert trace.resolve_document(store, "中华人民共和国中小企业促进法").level == "national"


def test_match_finds_what_applies_to_a_specialised_sme_in_liuzhou(store):
    result = trace.match(store, "柳州市", ["专精特新中小企业"])
    assert [r.name for r in result.regions][:2] == ["柳州市", "广西壮族自治区"]
    levels = {level.level: level.documents for level in result.levels}
    assert {"national", "provincial", "municipal"} <= set(levels)
    provincial = levels["provincial"]
    assert all(e.document.region_code == "450000" for e in provincial)
    assert any(e.document.doc_number == "桂工信企业〔2025〕309号" for e in provincial)
    assert all(r.evidence.sentence and r.evidence.file for entries in levels.values()
               for e in entries for r in e.reasons)
    assert not any(e.document.region == "贵州省" for entries in levels.values() for e in entries)


def test_an_ambiguous_title_fragment_lists_candidates(store):
    with pytest.raises(trace.AmbiguousDocument) as info:
        trace.resolve_document(store, "创新管理知识产权国际标准")
    assert len(info.value.candidates) >= 2
