"""Citations, targets and programmes on hand-checked excerpts of the three bundled compilations.

Each test builds the documents of a line range by hand (title, number, range checked against the
file) and runs find_references on the lines of the file as loaders.text.clean leaves them.
"""

from functools import cache
from pathlib import Path

import pytest

from loaders.normalize import normalize_title
from loaders.references import category_parents, find_references
from loaders.text import read_clean

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
LIUZHOU = "liuzhou-sme-handbook-2025.txt"
POLICY = "policy-compilation-2024-12.txt"
GUIZHOU = "guizhou-sme-compilation-2024.txt"


@cache
def corpus_lines(name: str) -> tuple[str, ...]:
    return tuple(read_clean(CORPUS / name).lines)


def doc(id_, title, number, start, end, alt_titles=()):
    return {"id": id_, "title": title, "alt_titles": list(alt_titles), "doc_number": number,
            "line_start": start, "line_end": end}


def run(name, *docs):
    return find_references(list(corpus_lines(name)), list(docs))


def by_number(citations):
    return {c["to_doc_number"]: c for c in citations if c["to_doc_number"]}


def by_title(citations):
    return {c["to_title"]: c for c in citations if c["to_title"]}


# --- Liuzhou handbook (national -> 广西 -> 柳州) --------------------------------------------------

YIQI = doc("yiqi", "工业和信息化部等17部门办公厅（室）关于开展2025年“一起益企”中小企业服务行动的通知",
           "工信厅联企业函〔2025〕50号", 65, 166)
YIYUE = doc("yiyue", "工业和信息化部办公厅 财政部办公厅 中国人民银行办公厅 金融监管总局办公厅 中国证监会办公厅"
                     "关于开展“一月一链”中小企业融资促进全国行活动的通知", "工信厅联企业函〔2024〕460号", 324, 571)


def test_law_references_implemented_and_attachment_list_skipped():
    citations, _, _ = run(LIUZHOU, YIQI)
    titles = by_title(citations)
    assert set(titles) == {"中小企业促进法", "保障中小企业款项支付条例"}
    law = titles["中小企业促进法"]
    assert (law["from"], law["relation"], law["line"]) == ("yiqi", "implements", 152)
    assert law["evidence"].startswith("落实《中小企业促进法》《保障中小企业款项支付条例》等法律法规")
    assert law["evidence"].endswith("保护中小企业合法权益。")
    # 《服务行动清单》（见附件） is the notice's own attachment, not another document
    assert not any("清单" in (c["to_title"] or "") for c in citations)


def test_title_with_number_across_lines_is_implemented():
    citations, _, _ = run(LIUZHOU, YIYUE)
    numbers = by_number(citations)
    chain = numbers["工信部联企业〔2023〕196号"]
    assert chain["to_title"] == "关于开展“一链一策一批”中小微企业融资促进行动的通知"
    assert chain["relation"] == "implements"
    assert chain["line"] == 336
    assert "按照《关于开展“一链一策一批”中小微企业融资促进行动的通知》（工信部联企业〔2023〕196号）要求" in chain["evidence"]
    ladder = numbers["工信部企业〔2022〕63号"]
    assert (ladder["to_title"], ladder["relation"], ladder["line"]) == (
        "优质中小企业梯度培育暂行管理办法", "implements", 370)
    assert numbers["工信厅企业函〔2024〕244号"]["to_title"] == "关于开展2024年度科技型中小企业评价工作的通知"
    assert "工信厅联企业函〔2024〕460号" not in numbers


def test_programmes_established_by_their_notice_and_mentioned_elsewhere():
    _, _, programs = run(LIUZHOU, YIQI, YIYUE)
    got = {(p["document"], p["name"]): p for p in programs}
    yiqi = got[("yiqi", "“一起益企”中小企业服务行动")]
    assert yiqi["relation"] == "establishes" and yiqi["line"] == 67
    assert got[("yiqi", "中小企业服务月")]["relation"] == "mentions"
    assert got[("yiqi", "中小企业服务月")]["line"] == 101
    assert got[("yiyue", "“一月一链”中小企业融资促进全国行活动")]["relation"] == "establishes"
    assert got[("yiyue", "“一起益企”中小企业服务行动")]["relation"] == "mentions"
    # generic activities are not programmes
    assert not any(p["name"].startswith(("各类", "系列")) for p in programs)


def test_targets_take_the_title_as_evidence_and_find_the_ladder_categories():
    _, targets, _ = run(LIUZHOU, YIQI, YIYUE)
    got = {(t["document"], t["category"]): t for t in targets}
    sme = got[("yiqi", "中小企业")]
    assert sme["evidence"] == YIQI["title"] and sme["line"] == 65
    for category in ("专精特新中小企业", "专精特新“小巨人”企业", "创新型中小企业", "科技型中小企业", "优质中小企业"):
        assert ("yiyue", category) in got, category
    little_giant = got[("yiyue", "专精特新“小巨人”企业")]
    assert "专精特新“小巨人”企业" in little_giant["evidence"]
    assert len({(t["document"], t["category"]) for t in targets}) == len(targets)


def test_replaced_document_with_old_number():
    centre = doc("centre", "广西壮族自治区工业和信息化厅等6部门关于印发广西壮族自治区企业技术中心认定管理办法的通知",
                 "桂工信科技〔2025〕90号", 8160, 8470)
    citations, _, _ = run(LIUZHOU, centre)
    old = by_number(citations)["桂工信科技〔2018〕228号"]
    assert old["relation"] == "replaces"
    assert old["to_title"] == "广西壮族自治区认定企业技术中心管理办法"
    assert old["line"] == 8464
    # the revised 办法 published by this notice is the document itself
    assert "广西壮族自治区企业技术中心认定管理办法" not in by_title(citations)


def test_revised_document_replaces_the_old_version_of_its_own_title():
    award = doc("award", "广西壮族自治区人民政府关于印发《广西科学技术奖励办法》的通知", "桂政发〔2025〕4号", 14269, 14290,
                alt_titles=["广西科学技术奖励办法"])
    citations, _, _ = run(LIUZHOU, award)
    assert len(citations) == 1
    old = citations[0]
    assert (old["to_title"], old["relation"], old["line"]) == ("广西科学技术奖励办法", "replaces", 14277)
    assert old["evidence"] == "2020年8月3日自治区人民政府印发的《广西科学技术奖励办法》同时废止。"


def test_bare_numbers_without_title():
    notice = doc("vessel", "关于调整享受车船税优惠的节能 新能源汽车产品技术要求的公告", "2024年第10号", 13209, 13262)
    citations, _, _ = run(LIUZHOU, notice)
    numbers = by_number(citations)
    assert numbers["财税〔2018〕74号"]["relation"] == "implements"
    assert numbers["财税〔2018〕74号"]["to_title"].startswith("财政部税务总局工业和信息化部交通运输部关于节能")
    # the title is printed at line 13217; the strongest relation is stated at line 13237
    assert numbers["财税〔2018〕74号"]["line"] == 13237
    assert numbers["财税〔2018〕74号"]["evidence"].startswith("三、享受车船税优惠的节能、新能源汽车产品其他技术要求继续按照财税〔2018〕74号文")
    replaced = numbers["税务总局公告2022年第2号"]
    assert replaced["relation"] == "replaces" and replaced["to_title"] is None
    assert replaced["line"] == 13241
    # 《目录》 is an abbreviation of a catalogue named earlier
    assert "目录" not in by_title(citations)


def test_abbreviations_forms_and_certificates_are_not_citations():
    citations, _, _ = find_references(list(corpus_lines(LIUZHOU)), [doc("all", "柳州", None, 1, 18282)])
    titles = {c["to_title"] for c in citations}
    for name in ("决定", "指南", "实施方案", "若干措施", "暂行办法", "目录",
                 "柳州市柔性引进高层次人才认定申请表", "创业培训合格证书", "就业创业证",
                 "银行同意续贷承诺函", "政策宣传手册", "红字发票信息确认单"):
        assert name not in titles, name
    # a law is a reference even under its short name; both names are one citation per document
    assert len(titles & {"中华人民共和国中小企业促进法", "中小企业促进法"}) == 1


# --- policy compilation 2024-12 (national ministries, news-style headings) -----------------------

def test_headline_title_is_not_a_self_reference_and_broken_titles_are_joined():
    plan = doc("materials", "工信部等四部门联合印发《标准提升引领原材料工业优化升级行动方案（2025—2027 年）》",
               "工信部联科〔2024〕235号", 1, 345)
    citations, targets, _ = run(POLICY, plan)
    titles = by_title(citations)
    assert not any("标准提升引领原材料工业" in t for t in titles)
    leading = titles["新产业标准化领航工程实施方案（2023—2035年）"]
    assert leading["relation"] == "implements"
    assert leading["line"] == 13
    assert titles["国家标准化发展纲要"]["relation"] == "implements"
    assert titles["“十四五”原材料工业发展规划"]["relation"] == "implements"
    assert all(c["from"] == "materials" for c in citations)


def test_law_replaces_the_interim_regulation():
    vat = doc("vat", "中华人民共和国增值税法", None, 3310, 3670)
    citations, _, _ = run(POLICY, vat)
    titles = by_title(citations)
    assert titles["中华人民共和国增值税暂行条例"]["relation"] == "replaces"
    assert titles["中华人民共和国增值税暂行条例"]["line"] == 3666
    assert titles["中华人民共和国税收征收管理法"]["relation"] == "implements"


# --- Guizhou compilation (national -> 贵州, titles often not printed) -----------------------------

def test_guizhou_detailed_rules_implement_the_national_ladder_measure():
    rules = doc("gz-ladder", "贵州省优质中小企业梯度培育管理实施细则（暂行）", "黔工信中小〔2022〕71号", 18666, 18700)
    citations, _, _ = run(GUIZHOU, rules)
    national = by_number(citations)["工信部企业〔2022〕63号"]
    assert national["relation"] == "implements"
    assert national["to_title"] == "工业和信息化部关于印发〈优质中小企业梯度培育管理暂行办法〉的通知"
    assert national["line"] == 18685
    # 现将《X》印发给你们: the rules themselves
    assert not any("实施细则" in (c["to_title"] or "") for c in citations)


def test_guizhou_fund_rules_cite_laws_and_replace_the_previous_rules():
    fund = doc("gz-fund", "贵州省中小企业发展专项资金管理办法", "黔财工〔2023〕206号", 22854, 23305)
    citations, targets, _ = run(GUIZHOU, fund)
    titles = by_title(citations)
    assert titles["中华人民共和国预算法"]["relation"] == "implements"
    assert titles["中华人民共和国中小企业促进法"]["relation"] == "implements"
    old = by_number(citations)["黔财工〔2021〕38号"]
    assert (old["relation"], old["line"]) == ("replaces", 23302)
    assert old["to_title"] == "贵州省中小企业发展专项资金管理办法"
    assert old["evidence"].endswith("（黔财工〔2021〕38号）废止。")
    # 《预算法》 later in the same rules is the same law, cited once
    assert "预算法" not in titles
    assert {"中小企业"} <= {t["category"] for t in targets}


def test_a_title_and_the_number_of_the_notice_forwarding_it_are_one_citation():
    # 原《…办法》（黔财工〔2021〕37号）、《贵州省磷石膏资源综合利用资金管理办法》的通知（黔财工〔2021〕88号）、…同时废止:
    # the number after 的通知 is the forwarding notice's, and the notice is the document that title names
    citations, _, _ = run(GUIZHOU, doc("gz-it-fund", "贵州省工业和信息化发展专项资金管理办法", "黔财工〔2023〕35号",
                                       21802, 22253))
    replaced = {(c["to_title"], c["to_doc_number"]) for c in citations if c["relation"] == "replaces"}
    assert {("贵州省工业和信息化发展专项资金管理办法", "黔财工〔2021〕37号"),
            ("贵州省磷石膏资源综合利用资金管理办法", "黔财工〔2021〕88号")} <= replaced
    assert all(title for title, _ in replaced)


def test_interpretation_explains_its_subject():
    lines = [
        "《工业和信息化部办公厅关于开展中小企业出海服务专项行动",
        "的通知》政策解读",
        "近日，工业和信息化部印发《工业和信息化部办公厅关于开展中小企业出海服务",
        "",
        "专项行动的通知》（工信厅企业函〔2025〕23 号），现就有关内容解读如下。",
        "",
        "通知要求落实《中华人民共和国中小企业促进法》有关规定。",
    ]
    title = "《工业和信息化部办公厅关于开展中小企业出海服务专项行动的通知》政策解读"
    interpretation = doc("qa", title, None, 1, len(lines))
    citations, _, programs = find_references(lines, [interpretation])
    numbers = by_number(citations)
    subject = numbers["工信厅企业函〔2025〕23号"]
    assert subject["relation"] == "interprets" and subject["line"] == 1
    assert subject["evidence"] == title
    assert by_title(citations)["中华人民共和国中小企业促进法"]["relation"] == "implements"
    # a programme named only inside a cited title belongs to the cited document
    assert programs == []


def test_category_hierarchy_from_the_data_file():
    parents = category_parents()
    assert parents["专精特新“小巨人”企业"] == "专精特新中小企业"
    assert parents["专精特新中小企业"] == "优质中小企业"
    assert parents["中小企业"] is None
    assert all(p is None or p in parents for p in parents.values())


@pytest.mark.parametrize("name", [LIUZHOU, POLICY, GUIZHOU])
def test_whole_file_records_are_well_formed(name):
    lines = list(corpus_lines(name))
    citations, targets, programs = find_references(lines, [doc("all", "x", None, 1, len(lines))])
    assert citations and targets and programs
    for c in citations:
        assert c["relation"] in {"implements", "replaces", "interprets", "cites"}
        assert c["to_title"] or c["to_doc_number"]
        assert c["evidence"] and "\n" not in c["evidence"]
        assert 1 <= c["line"] <= len(lines)
        anchor = (c["to_title"] or c["to_doc_number"])[:2]
        window = normalize_title("".join(lines[c["line"] - 1:c["line"] + 4]))
        assert anchor in window or anchor in c["evidence"], c
    assert all(p["relation"] in {"establishes", "mentions"} for p in programs)


def test_pushing_a_measure_to_take_effect_implements_it():
    # 推动…印发的《金融支持柳州市制造业高质量发展若干措施》(桂银发〔2024〕164 号)尽快落地见效
    plan = doc("plan", "中国人民银行柳州市分行柳州市财政局国家金融监督管理总局柳州监管分局关于印发《金融支持柳州市"
                       "制造业转型升级打造先进制造业基地三年行动方案》的通知", "柳银发〔2024〕119号", 12406, 12544)
    citations, _, _ = run(LIUZHOU, plan)
    measures = by_number(citations)["桂银发〔2024〕164号"]
    assert (measures["relation"], measures["line"]) == ("implements", 12428)
    assert measures["to_title"] == "金融支持柳州市制造业高质量发展若干措施"


def test_a_penalty_clause_cites_the_rules_it_names():
    # 按照《财政违法行为处罚处分条例》等有关规定处理: the rules that punish, not a measure carried out
    gx = doc("gx", "自治区工业和信息化厅自治区财政厅关于印发广西专精特新中小企业培优育强提质进阶实施方案的通知",
             "桂工信企业〔2025〕309号", 6594, 6990)
    citations, _, _ = run(LIUZHOU, gx)
    penalty = by_title(citations)["财政违法行为处罚处分条例"]
    assert penalty["relation"] == "cites"
    assert "等有关规定处理" in penalty["evidence"]


def test_a_penalty_clause_over_a_list_of_laws_cites_each_of_them():
    # 严格按照《预算法》《公务员法》《监察法》《财政违法行为处罚处分条例》（国务院令第427号）等…追究
    fund = doc("fund", "贵州省工业和信息化发展专项资金管理办法", "黔财工〔2023〕35号", 21802, 22253)
    citations, _, _ = run(GUIZHOU, fund)
    titles = by_title(citations)
    assert titles["中华人民共和国监察法"]["relation"] == "cites"
    assert titles["中华人民共和国公务员法"]["relation"] == "cites"
    assert titles["中华人民共和国政府采购法"]["relation"] == "implements"  # 应严格按照《…》…执行


def test_numbers_in_mixed_brackets_stay_with_their_title():
    # 《中小企业划型标准规定》(工信部联企业〔2011〕300号〕 and (桂工信投资〔2019)244号)
    rules = doc("rules", "柳州市中小工业企业应急周转资金管理实施细则", "柳工信通〔2022〕88号", 12821, 13207)
    citations, _, _ = run(LIUZHOU, rules)
    numbers = by_number(citations)
    assert numbers["工信部联企业〔2011〕300号"]["to_title"] == "中小企业划型标准规定"
    assert numbers["桂工信投资〔2019〕244号"]["to_title"].endswith("建立重点工业企业专项转贷资金机制实施方案的通知")
    assert not any(c["to_title"] is None for c in citations)


@pytest.mark.parametrize("close", ["〕", "]", "］", "】", "﹞"])
def test_a_number_closed_by_a_misprinted_bracket_stays_with_its_title(close):
    lines = ["关于做好中小企业划型工作的通知", "",
             f"根据《中小企业划型标准规定》(工信部联企业[2011]300 号{close}，认定企业规模。"]
    citations, _, _ = find_references(lines, [doc("n", lines[0], None, 1, len(lines))])
    assert [(c["to_title"], c["to_doc_number"]) for c in citations] == [("中小企业划型标准规定", "工信部联企业〔2011〕300号")]


def test_artefact_spaces_go_next_to_cjk_and_stay_between_latin_words():
    # PDF extraction spreads spaces through lines: they go next to CJK text, one stays between
    # Latin words or numbers; a sentence printed over two lines is one piece of evidence
    lines = ["关于做好 APEC 专项行动申报工作的通知", "", "各有关单位：", "",
             "根 据《关于 开展 APEC  中小企业 Digital   Transformation 专项行动的通知》（工信部企业〔2024〕10 号）要求，",
             "现将 有关 事项 通知 如下，请于 2024 年 6 月 30 日 前 报送 10 20 家企业名单。"]
    notice = doc("n", "关于做好APEC专项行动申报工作的通知", None, 1, len(lines))
    citations, targets, _ = find_references(lines, [notice])
    cited = by_number(citations)["工信部企业〔2024〕10号"]
    assert cited["relation"] == "implements" and cited["line"] == 5
    assert cited["evidence"] == ("根据《关于开展APEC中小企业Digital Transformation专项行动的通知》（工信部企业〔2024〕10号）"
                                 "要求，现将有关事项通知如下，请于2024年6月30日前报送10 20家企业名单。")
    assert targets == []  # 中小企业 is only named inside the cited title


@pytest.mark.parametrize("sentence", ["对评审通过并列入资金计划的项目给予补助。", "积极参与若干国际大科学计划。",
                                      "支持企业积极探索供应链试点。"])
def test_a_clause_before_a_programme_head_is_no_programme(sentence):
    # 通过, 列入, 若干 and 探索 mark a clause the launching-verb rule caught, not a programme's name
    lines = ["关于支持中小企业发展的若干措施", "", sentence]
    _, _, programs = find_references(lines, [doc("n", lines[0], None, 1, len(lines))])
    assert programs == []
