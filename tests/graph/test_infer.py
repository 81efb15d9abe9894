"""Level, region, issuer and kind of documents known only by a citation (graph.infer, build_graph)."""

import pytest

from graph import build_graph, model
from graph.agencies import lead_issuer
from graph.infer import from_number, from_title, kind_from_title

GUANGXI, LIUZHOU, GUIZHOU, SICHUAN, CHENGDU = "450000", "450200", "520000", "510000", "510100"


@pytest.mark.parametrize("title, citing, level, region, source, agency", [
    # issuer before 关于 (titles cited in the bundled corpus)
    ("工业和信息化部等十一部门关于培育传统优势食品产区和地方特色食品产业的指导意见", "", "national",
     "000000", "title", "工业和信息化部"),
    ("财政部税务总局关于完善资源综合利用增值税政策的公告", "", "national", "000000", "title", "财政部"),
    ("中共贵州省委贵州省人民政府关于在实施数字经济战略上抢新机的意见", "", "provincial", GUIZHOU, "title",
     "中共贵州省委"),
    ("中共贵州省委办公厅贵州省人民政府办公厅关于加快工业互联网创新发展推动新一代信息技术与制造业深度融合的实施意见",
     "", "provincial", GUIZHOU, "title", "中共贵州省委办公厅"),
    ("广西壮族自治区工业和信息化厅广西壮族自治区财政厅广西壮族自治区地方金融监管局关于印发建立重点工业企业专项转贷资金机制实施方案的通知",
     "", "provincial", GUANGXI, "title", "广西壮族自治区工业和信息化厅"),
    ("国务院关于推动创新创业高质量发展打造“双创”升级版的意见", "", "national", "000000", "title", "国务院"),
    # laws and national names
    ("中华人民共和国中小企业促进法", "", "national", "000000", "title", None),
    ("保障中小企业款项支付条例", "", "national", "000000", "title", None),
    ("《反不正当竞争法》", "", "national", "000000", "title", None),
    ("2024年全国减轻企业负担工作实施方案", "", "national", "000000", "title", None),
    ("“十四五”国家知识产权保护和运用规划", "", "national", "000000", "title", None),
    # a region named first
    ("贵州省中小企业促进条例", "", "provincial", GUIZHOU, "title", None),
    ("广西制造业企业培优育强服务券管理办法", "", "provincial", GUANGXI, "title", None),
    ("柳州市人才分类标准", "", "municipal", LIUZHOU, "title", None),
    # relative prefixes read in the citing document's region
    ("自治区统筹支持工业振兴专项资金管理实施细则", LIUZHOU, "provincial", GUANGXI, "citing_region", None),
    ("自治区工业和信息化厅关于印发《自治区工业领域推动设备更新实施方案》的通知", LIUZHOU, "provincial",
     GUANGXI, "citing_region", "广西壮族自治区工业和信息化厅"),
    ("关于金融服务全省经济高质量发展的意见", "520100", "provincial", GUIZHOU, "citing_region", None),
    # another province: 四川 and 成都 appear nowhere in the bundled corpus (departments.csv folds
    # 经济和信息化厅 into 工业和信息化厅, as for every province)
    ("四川省经济和信息化厅关于开展2025年度专精特新中小企业培育工作的通知", "", "provincial", SICHUAN,
     "title", "四川省工业和信息化厅"),
    ("省经济和信息化厅关于开展2025年度专精特新中小企业培育工作的通知", CHENGDU, "provincial", SICHUAN,
     "citing_region", "四川省工业和信息化厅"),
    ("成都市促进中小企业发展条例", "", "municipal", CHENGDU, "title", None),
    ("市经济和信息化局关于印发《成都市中小企业梯度培育实施办法》的通知", CHENGDU, "municipal", CHENGDU,
     "citing_region", "成都市工业和信息化局"),
])
def test_place_from_title(title, citing, level, region, source, agency):
    place = from_title(title, citing)
    assert place is not None, title
    assert (place.level, place.region_code, place.source) == (level, region, source)
    assert (place.agency.name if place.agency else None) == agency


@pytest.mark.parametrize("title, citing", [
    ("企业会计准则", ""),  # a standard: no issuer, no region in its name
    ("关于促进中小企业健康发展的指导意见", ""),  # no issuer before 关于
    ("十七部门关于健全支持中小企业发展制度的若干意见", ""),
    ("自治区统筹支持工业振兴专项资金管理实施细则", ""),  # relative, and no citing region
    ("自治区统筹支持工业振兴专项资金管理实施细则", "000000"),  # a national document has no 自治区
    ("市场准入负面清单（2022年版）", LIUZHOU),  # 市场 is not the prefix 市
    ("政府采购促进中小企业发展管理办法", ""),  # 办法 is not a law
])
def test_no_place_without_evidence(title, citing):
    assert from_title(title, citing) is None


def test_place_from_number():
    place = from_number("财建〔2023〕117号")
    assert (place.level, place.region_code, place.source, place.agency.name) == (
        "national", "000000", "number", "财政部")
    assert from_number("柳发〔2022〕7号").agency.name == "中共柳州市委"
    assert from_number("税务总局公告2022年第2号").agency.name == "国家税务总局"
    assert from_number("川经信〔2024〕1号") is None  # 代字 not in the table
    assert from_number("") is None


@pytest.mark.parametrize("title, kind", [
    ("中华人民共和国中小企业促进法", "law"),
    ("中华人民共和国预算法实施条例", "law"),
    ("贵州省优化营商环境条例", "law"),
    ("政府采购促进中小企业发展管理办法", "policy"),
    ("中华人民共和国发票管理办法", "policy"),
    ("《柳州市中小企业数字化转型试点城市建设工作方案》政策解读", "interpretation"),
    ("国务院关于修改《中华人民共和国外汇管理条例》的决定", "policy"),
])
def test_kind_from_title(title, kind):
    assert kind_from_title(title) == kind


@pytest.mark.parametrize("head, region, expected", [
    ("财政部税务总局退役军人事务部", "", "财政部"),
    ("国务院办公厅", "", "国务院办公厅"),
    ("中共贵州省委贵州省人民政府", "", "中共贵州省委"),
    ("贵州省财政厅贵州省发展和改革委员会", "", "贵州省财政厅"),
    ("自治区工业和信息化厅自治区财政厅", GUANGXI, "广西壮族自治区工业和信息化厅"),
    ("自治区工业和信息化厅", "", None),
    ("十七部门", "", None),
])
def test_lead_issuer(head, region, expected):
    agency = lead_issuer(head, region)
    assert (agency.name if agency else None) == expected


def _doc(id, title, number, issuers, level, region, start):
    return {"id": id, "title": title, "alt_titles": [], "title_source": "heading", "doc_number": number,
            "issuers": issuers, "date": "2025-03-01", "level": level, "region": region, "kind": "policy",
            "line_start": start, "line_end": start + 50}


@pytest.fixture
def chengdu() -> dict:
    """A compilation of another province: a 成都 measure citing a provincial notice and a national law."""
    evidence = ("为深入贯彻《中华人民共和国中小企业促进法》，根据《省经济和信息化厅关于开展2025年度专精特新"
                "中小企业培育工作的通知》（川经信企业〔2025〕12号）要求，结合我市实际，制定本办法。")
    return {
        "source": "chengdu-sme-2025.txt", "sha256": "c" * 64,
        "documents": [_doc("d001", "成都市经济和信息化局关于印发《成都市专精特新中小企业培育办法》的通知",
                           "成经信发〔2025〕3号", ["成都市经济和信息化局"], "municipal", "成都市", 10)],
        "citations": [
            {"from": "d001", "to_title": "中华人民共和国中小企业促进法", "to_doc_number": None,
             "relation": "implements", "evidence": evidence, "line": 12},
            {"from": "d001", "to_title": "省经济和信息化厅关于开展2025年度专精特新中小企业培育工作的通知",
             "to_doc_number": "川经信企业〔2025〕12号", "relation": "implements", "evidence": evidence,
             "line": 12},
        ],
        "targets": [], "programs": [],
    }


def _implements_by_level(g):
    return sorted((g.nodes[s].get("level"), g.nodes[t].get("level"))
                  for s, t, k in g.edges(keys=True) if k == "IMPLEMENTS")


def test_cascade_of_another_province_gets_its_levels(chengdu):
    g = build_graph([chengdu])
    assert _implements_by_level(g) == [("municipal", "national"), ("municipal", "provincial")]
    [notice] = [n for n, a in g.nodes(data=True) if a.get("doc_number") == "川经信企业〔2025〕12号"]
    attrs = g.nodes[notice]
    assert (attrs["in_corpus"], attrs["level"], attrs["region_code"], attrs["level_source"]) == (
        False, "provincial", SICHUAN, "citing_region")
    [(agency, edge)] = [(t, a) for _, t, k, a in g.out_edges(notice, keys=True, data=True) if k == "ISSUED_BY"]
    assert g.nodes[agency]["name"] == "四川省工业和信息化厅"
    assert edge == {"type": "ISSUED_BY", "role": "lead", "source": "citing_region"}
    assert g.has_edge(agency, SICHUAN, "IN") and g.has_edge(SICHUAN, model.ROOT_REGION, "PART_OF")
    [law] = [n for n, a in g.nodes(data=True) if a.get("title") == "中华人民共和国中小企业促进法"]
    assert (g.nodes[law]["kind"], g.nodes[law]["level"], g.nodes[law]["level_source"]) == (
        "law", "national", "title")
    [measure] = [n for n, a in g.nodes(data=True) if a.get("in_corpus")]
    assert g.nodes[measure]["level_source"] == "printed"
    sources = {a["source"] for _, _, k, a in g.out_edges(measure, keys=True, data=True) if k == "ISSUED_BY"}
    assert sources == {"printed"}


def test_citing_regions_that_disagree_leave_the_level_unknown(chengdu):
    other = dict(chengdu, sha256="d" * 64, source="guiyang-sme-2025.txt")
    other["documents"] = [_doc("d001", "贵阳市工业和信息化局关于印发《贵阳市专精特新中小企业培育办法》的通知",
                               "筑工信发〔2025〕3号", ["贵阳市工业和信息化局"], "municipal", "贵阳市", 10)]
    other["citations"] = [dict(c, to_doc_number=None) for c in chengdu["citations"]]
    chengdu["citations"][1]["to_doc_number"] = None
    g = build_graph([chengdu, other])
    [notice] = [n for n, a in g.nodes(data=True) if a.get("title", "").startswith("省经济和信息化厅")]
    assert "level" not in g.nodes[notice] and "level_source" not in g.nodes[notice]
    assert not [t for _, t, k in g.out_edges(notice, keys=True) if k == "ISSUED_BY"]


def test_title_fragment_target_with_a_far_verb_is_low_confidence():
    far = "根据" + "国家和自治区关于加快推进中小企业数字化转型的有关部署和工作要求，" * 3 + "《关于开展中小企业数字化转型城市试点工作的通知》"
    ex = {
        "source": "x.txt", "sha256": "e" * 64,
        "documents": [
            _doc("d001", "财政部工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", "财建〔2023〕117号",
                 ["财政部", "工业和信息化部"], "national", "中国", 10),
            _doc("d002", "柳州市中小企业数字化转型试点城市建设工作方案", None, ["柳州市人民政府"],
                 "municipal", "柳州市", 100),
        ],
        "citations": [{"from": "d002", "to_title": "关于开展中小企业数字化转型城市试点工作的通知",
                       "to_doc_number": None, "relation": "implements", "evidence": far, "line": 101}],
        "targets": [], "programs": [],
    }
    g = build_graph([ex])
    [(edge)] = [a for _, _, k, a in g.edges(keys=True, data=True) if k == "IMPLEMENTS"]
    assert edge["method"].endswith("resolve:title-fragment")
    assert edge["confidence"] == round(0.9 * 0.7 * 0.8, 3) < 0.6
