"""graph.trace on the small hand-made graph of the ``sample`` fixture (tests/trace/conftest.py)."""

import pytest

from graph import trace

def test_down_tree_has_levels_regions_issuers_and_evidence(sample):
    result = trace.implementations(sample, "doc-n", depth=3)
    (province,) = [c for c in result.root.children if c.document.id == "doc-p"]
    (city,) = province.children
    assert (province.document.level, province.document.region) == ("provincial", "广西壮族自治区")
    assert (city.document.level, city.document.region) == ("municipal", "柳州市")
    assert city.document.issuers == ["柳州市工业和信息化局", "柳州市财政局"]
    assert (province.edge.sentence, province.edge.file, province.edge.line) == ("doc-p 根据 doc-n", "sample-compilation.txt", 10)
    assert {c.document.id for c in result.root.children} == {"doc-p", "doc-g"}
    assert (result.documents, result.edges) == (4, 3)


def test_low_confidence_edges_are_marked(sample):
    result = trace.implementations(sample, "doc-n", depth=3)
    province = next(c for c in result.root.children if c.document.id == "doc-p")
    assert not province.edge.low_confidence
    assert province.children[0].edge.low_confidence
    assert result.low_confidence_edges == 1


def test_depth_limits_the_tree(sample):
    result = trace.implementations(sample, "doc-n", depth=1)
    assert all(not c.children for c in result.root.children)
    assert result.documents == 3


def test_up_chain_reaches_the_national_document(sample):
    result = trace.basis(sample, "柳工信规〔2025〕1号", depth=5)
    assert result.root.document.id == "doc-m"
    assert [n.document.id for n in (result.root.children[0], result.root.children[0].children[0])] == \
        ["doc-p", "doc-n"]


def test_cycles_are_shown_once_and_not_expanded(sample):
    result = trace.implementations(sample, "doc-c1", depth=10)
    child = result.root.children[0]
    assert child.document.id == "doc-c2"
    assert child.children[0].document.id == "doc-c1" and child.children[0].cycle
    assert child.children[0].children == []


@pytest.mark.parametrize("ref", ["doc-n", "财建〔2023〕117号", "财建[2023]117 号", "财建（2023）117号",
                                 "开展中小企业数字化转型城市试点", "《广西中小企业数字化转型实施方案》",
                                 "关于印发广西中小企业数字化转型实施方案的通知"])
def test_resolve_accepts_ids_numbers_and_titles(sample, ref):
    expected = "doc-p" if "广西" in ref else "doc-n"
    assert trace.resolve_document(sample, ref).id == expected


def test_ambiguous_fragment_lists_candidates(sample):
    with pytest.raises(trace.AmbiguousDocument) as info:
        trace.resolve_document(sample, "数字化转型")
    ids = {c["id"] for c in info.value.candidates}
    assert ids == {"doc-n", "doc-p", "doc-m", "doc-g"}
    assert "doc-m" in str(info.value)


def test_unknown_reference_names_the_fix(sample):
    with pytest.raises(trace.DocumentNotFound, match="GET /documents"):
        trace.resolve_document(sample, "不存在的文件")


def test_coverage_shows_each_region_or_its_gap(sample):
    result = trace.coverage(sample, "doc-n")
    status = {r.name: r.status for r in result.regions}
    assert status == {"广西壮族自治区": "implemented", "柳州市": "implemented", "贵州省": "implemented",
                      "贵阳市": "gap"}
    liuzhou = next(r for r in result.regions if r.code == "450200")
    assert liuzhou.documents[0].document.id == "doc-m"
    assert [d.id for d in liuzhou.documents[0].via] == ["doc-p"]
    assert (result.covered, result.gaps) == (3, 1)


def test_coverage_of_a_provincial_document_covers_only_its_own_regions(sample):
    result = trace.coverage(sample, "doc-p")
    assert [r.code for r in result.regions] == ["450200"]


def test_coverage_marks_a_province_covered_only_by_its_cities(sample):
    result = trace.coverage(sample, "中华人民共和国示例法")
    status = {r.name: r.status for r in result.regions}
    assert status == {"广西壮族自治区": "gap", "柳州市": "gap", "贵州省": "implemented_below", "贵阳市": "implemented"}
    assert (result.covered, result.gaps) == (2, 2)


def test_match_walks_regions_up_and_categories_up(sample):
    result = trace.match(sample, "柳州", ["专精特新“小巨人”企业"])
    assert [r.code for r in result.regions] == ["450200", "450000", "100000"]
    by_level = {level.level: [e.document.id for e in level.documents] for level in result.levels}
    assert by_level == {"national": ["doc-n"], "provincial": ["doc-p"], "municipal": ["doc-m"]}
    national = result.levels[0].documents[0]
    assert national.reasons[0].category == "中小企业"
    assert national.reasons[0].requested == "专精特新“小巨人”企业"
    assert national.reasons[0].evidence.line == 11
    assert [p.name for p in national.programs] == ["中小企业数字化转型城市试点"]


def test_match_does_not_apply_narrower_categories_or_other_regions(sample):
    result = trace.match(sample, "贵州省", ["中小企业"])
    assert {e.document.id for level in result.levels for e in level.documents} == {"doc-n", "doc-g"}


def test_match_rejects_unknown_and_ambiguous_terms(sample):
    with pytest.raises(trace.RegionNotFound):
        trace.match(sample, "火星市", ["中小企业"])
    with pytest.raises(trace.CategoryNotFound, match="several"):
        trace.match(sample, "柳州市", ["专精特新"])
    with pytest.raises(trace.CategoryNotFound, match="GET /categories"):
        trace.match(sample, "柳州市", ["大型企业"])
