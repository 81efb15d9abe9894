"""Hand-checked expectations on the bundled corpus, with precision/recall printed per file.

Documents are matched by their first line (±3 lines); doc numbers by normalised value.
"""

import pytest

from loaders import extract_file

CORPUS = "data/corpus/"

# policy-compilation-2024-12.txt: every document, checked against the text (start line, number).
POLICY = [
    (1, "工信部联科〔2024〕235号"), (346, "工信部联企业〔2024〕239号"), (727, None),
    (883, "工信部联信发〔2024〕241号"), (1655, None), (1881, "工信厅信管函〔2024〕481号"), (2115, None),
    (2260, "工信厅联节函〔2024〕499号"), (2495, None), (2520, "工信厅原函〔2024〕473号"), (2586, None),
    (2881, "发改数据〔2024〕1836号"), (3279, "税委会公告2024年第13号"), (3310, None), (3669, None),
    (3771, "国资发产权规〔2024〕100号"),
]
# guizhou-sme-compilation-2024.txt: every document, checked by hand against the text (start line,
# number, title). Headings were lost in the extraction: a notice starts at its number (often right
# after the previous document's date), the two laws/plans at the top at 第一章 / 前言 with neither.
# A title of None is not printed anywhere in the file (no heading, no 现将《X》印发, not cited by
# number); the two documents marked MISSED are not found yet (no title to recover).
GUIZHOU = [
    (79, None, "中华人民共和国中小企业促进法"), (513, None, "“十二五”中小企业成长规划"),
    (1356, "国发〔2011〕47号", "工业转型升级规划（2011—2015年）"),
    (3582, "国发〔2012〕14号", "国务院关于进一步支持小型微型企业健康发展的意见"),
    (3986, "国发〔2015〕9号", None), (4447, "国发〔2016〕43号", "“十三五”国家科技创新规划"),
    (8870, "国办发〔2021〕45号", None), (9011, "工信部企业〔2021〕169号", "提升中小企业竞争力若干措施"),
    (9366, "工信部企业〔2021〕170号", "为“专精特新”中小企业办实事清单"),
    (9597, "国发〔2022〕2号", "国务院关于支持贵州在新时代西部大开发上闯新路的意见"),
    (10543, "工信部企业〔2013〕264号", "关于促进中小企业“专精特新”发展的指导意见"),
    (10729, "工信部规〔2016〕223号", "促进中小企业发展规划（2016—2020年）"),
    (11505, "工信厅企业函〔2018〕381号", None), (11665, "工信部联政法〔2021〕70号", None),
    (11844, "工信部联规〔2021〕200号", "“十四五”促进中小企业发展规划"),
    (13005, "财建〔2021〕2号", "关于支持“专精特新”中小企业高质量发展的通知"),
    (13195, "工信部联企业〔2022〕54号", None),
    (13510, "工信部企业〔2022〕63号", "工业和信息化部关于印发〈优质中小企业梯度培育管理暂行办法〉的通知"),
    (14192, "工信部企业〔2022〕119号", "促进中小企业特色产业集群发展暂行办法"),
    (14451, "国知发运字〔2022〕38号", "关于知识产权助力专精特新中小企业创新发展的若干措施"),
    (14682, "证监办函〔2022〕840号", None), (15032, "工信厅信发〔2022〕33号", "中小企业数字化转型指南"),
    (15356, "国知办发运字〔2023〕23号",
     "国家知识产权局办公室工业和信息化部办公厅关于组织开展创新管理知识产权国际标准实施试点的通知"),
    (15511, "黔府发〔2019〕5号", None), (16619, "黔府办发〔2021〕9号", "省级政府投资基金优化整合实施方案"),
    (17298, "黔府办发〔2021〕13号", "贵州省支持民营企业加快改革发展与转型升级的政策措施"),
    (17701, "黔府发〔2022〕8号", "贵州省培育壮大市场主体行动方案（2022—2025年）"),
    (18211, "黔新工〔2021〕3号", "贵州省工业龙头企业培育实施方案（2021-2025年）"),
    (18428, "黔工信中小〔2021〕37号", "贵州省中小企业“专精特新”培育实施方案"),  # 制定了《X》。现印发
    (18666, "黔工信中小〔2022〕71号", "贵州省优质中小企业梯度培育管理实施细则（暂行）"),
    (19355, "黔工信办〔2021〕8号", "贵州省中小企业信贷通设立方案"),
    (19538, None, "MISSED"),  # 贵州省“十四五”中小企业发展规划: named only as 省“十四五”中小企业发展规划
    (20691, "黔工信办〔2021〕13号", "贵州省中小企业信贷通管理办法（暂行）"),
    (20952, "黔工信发〔2022〕25号", "支持工业领域数字化转型的若干政策措施"),
    (21156, None, "MISSED"),  # a notice printed from its addressee on, never named
    (21343, "黔工信〔2023〕12号", "推动全省工业领域数字化改造加快工业互联网创新发展导向目录（2023－2025年）（试行）"),
    (21802, "黔财工〔2023〕35号", "贵州省工业和信息化发展专项资金管理办法"),
    (22254, None, "贵州省创新管理知识产权国际标准实施试点工作方案"),
    (22854, "黔财工〔2023〕206号", "贵州省中小企业发展专项资金管理办法"),
]
# liuzhou-sme-handbook-2025.txt: every document, checked by hand against the text (start line,
# number). Forwarded texts printed after their notice (关于印发《X》的通知 … X), attachments under a
# 附件 line and QR-code captions (扫码查看原文 小崔讲政策) are not documents of their own.
LIUZHOU = [
    (65, "工信厅联企业函〔2025〕50号"), (167, "工信厅企业函〔2025〕23号"), (322, "工信厅联企业函〔2024〕460号"), (572, "财建〔2024〕148号"),
    (807, "工信部联企业〔2024〕239号"), (1211, "工信厅企业〔2024〕56号"), (1308, "工信厅企业〔2024〕54号"),
    (1687, "工信厅联企业〔2025〕14号"), (1868, "工信部通装〔2024〕242号"), (1914, "工信厅通装函〔2025〕155号"),
    (1942, "工信部重装函〔2024〕254号"), (1965, "工信厅联通装〔2024〕43号"), (2067, "工信厅信管函〔2024〕481号"),
    (2318, "工信厅科函〔2024〕346号"), (2571, "工信部联科函〔2024〕206号"), (2600, "工信厅科函〔2024〕262号"),
    (2622, "工信部联科〔2025〕60号"), (2652, "工信厅科函〔2025〕116号"), (2868, "工信厅科函〔2025〕161号"),
    (3144, "工信部联信发〔2024〕241号"), (3437, "工信部联科〔2024〕235号"), (3624, "工信部联原〔2024〕136号"),
    (3869, "工信部联原〔2024〕181号"), (3999, "工信部联原〔2024〕205号"), (4166, "工信部联消费〔2025〕79号"),
    (4484, "工信厅消费〔2024〕62号"), (4730, "工信厅消费函〔2024〕369号"), (4926, "工信部联消费〔2025〕57号"),
    (5178, "工信部联规〔2024〕53号"), (5447, "工信厅规〔2024〕33号"), (5693, "工信部联通信〔2024〕227号"),
    (5744, "工业和信息化部财政部公告2024年第34号"), (5773, "工信部网安〔2024〕214号"), (6001, "工信部网安〔2024〕82号"),
    (6133, "工信部联电子〔2025〕7号"), (6594, "桂工信企业〔2025〕309号"), (6991, "桂工信规范〔2024〕9号"), (7506, "桂工信规范〔2024〕4号"),
    (7716, "桂工信两化〔2024〕517号"), (7906, "桂工信科新〔2025〕142号"), (8155, "桂工信规范〔2025〕2号"), (8473, "桂工信规范〔2024〕3号"),
    (8706, "桂工信规范〔2024〕13号"), (9120, "桂工信投资〔2024〕398号"), (9612, "桂工信投资〔2024〕595号"),
    (9794, "桂工信规范〔2024〕6号"), (9873, "柳政规〔2025〕3号"), (10200, "柳政办〔2025〕3号"), (10583, "柳工信规〔2025〕1号"),
    (10843, "柳工信通〔2025〕22号"), (11109, "柳政规〔2024〕8号"), (11328, "柳政规〔2024〕9号"), (11659, "发改外资规〔2024〕1037号"),
    (11795, "财金〔2024〕60号"), (11960, "桂银发〔2024〕164号"), (12406, "柳银发〔2024〕119号"), (12547, "柳财规〔2024〕1号"),
    (12817, "柳工信通〔2022〕88号"), (13210, "工业和信息化部财政部税务总局公告2024年第10号"), (13283, "国家税务总局公告2024年第5号"),
    (13504, "财政部税务总局公告2024年第9号"), (13657, "国家税务总局人力资源社会保障部农业农村部教育部退役军人事务部公告2024年第4号"),
    (13828, "国科发资〔2017〕152号"), (14010, "桂科规字〔2025〕3号"), (14028, "桂科发〔2024〕272号"), (14078, "桂科规字〔2025〕4号"),
    (14268, "桂政发〔2025〕4号"), (14784, "桂科发〔2024〕193号"), (15060, "人社部发〔2025〕5号"), (15386, "人社部发〔2024〕44号"),
    (15574, "人社部发〔2024〕44号"), (15762, "人社部发〔2024〕56号"), (15910, "人社部发〔2025〕3号"), (16088, "桂人社规〔2024〕9号"),
    (16191, "柳人社规〔2024〕1号"), (16438, "柳政规〔2024〕6号"), (16674, "柳科规〔2024〕11号"), (16800, "柳人社规〔2024〕3号"),
    (17053, "国务院令第802号"), (17494, None),
]


def _pr(found: set, expected: set) -> tuple[float, float]:
    hit = len(found & expected)
    return (hit / len(found) if found else 0.0), (hit / len(expected) if expected else 0.0)


def _starts_match(docs: list[dict], expected: list[tuple]) -> int:
    return sum(any(abs(d["line_start"] - line) <= 3 for d in docs) for line, *_ in expected)


@pytest.fixture(scope="module")
def results():
    return {name: extract_file(CORPUS + name) for name in (
        "policy-compilation-2024-12.txt", "guizhou-sme-compilation-2024.txt",
        "liuzhou-sme-handbook-2025.txt")}


def test_policy_compilation(results):
    docs = results["policy-compilation-2024-12.txt"]["documents"]
    doc_recall = _starts_match(docs, POLICY) / len(POLICY)
    doc_precision = sum(any(abs(d["line_start"] - line) <= 3 for line, _ in POLICY) for d in docs) / len(docs)
    num_p, num_r = _pr({d["doc_number"] for d in docs if d["doc_number"]}, {n for _, n in POLICY if n})
    print(f"\npolicy-compilation: documents P={doc_precision:.2f} R={doc_recall:.2f}; "
          f"numbers P={num_p:.2f} R={num_r:.2f}")
    assert doc_recall >= 0.9 and doc_precision >= 0.9 and num_p >= 0.9 and num_r >= 0.9
    by_start = {d["line_start"]: d for d in docs}
    assert by_start[1]["title"] == "工信部等四部门联合印发《标准提升引领原材料工业优化升级行动方案（2025—2027年）》"
    assert by_start[1]["alt_titles"] == ["标准提升引领原材料工业优化升级行动方案（2025—2027年）"]
    assert by_start[1]["issuers"] == ["工业和信息化部", "生态环境部", "应急管理部", "国家标准化管理委员会"]
    assert by_start[1]["date"] == "2024-12-13"
    assert by_start[727]["kind"] == "interpretation"
    assert by_start[3310]["kind"] == "law" and by_start[3310]["level"] == "national"


def test_guizhou(results):
    docs = results["guizhou-sme-compilation-2024.txt"]["documents"]
    doc_recall = _starts_match(docs, GUIZHOU) / len(GUIZHOU)
    doc_precision = sum(any(abs(d["line_start"] - line) <= 3 for line, *_ in GUIZHOU) for d in docs) / len(docs)
    num_p, num_r = _pr({d["doc_number"] for d in docs if d["doc_number"]}, {n for _, n, _ in GUIZHOU if n})
    print(f"\nguizhou: documents P={doc_precision:.2f} R={doc_recall:.2f}; numbers P={num_p:.2f} R={num_r:.2f} "
          f"({len(docs)} documents)")
    assert doc_precision == 1.0 and doc_recall >= 0.94 and num_p == 1.0 and num_r == 1.0
    by_start = {d["line_start"]: d for d in docs}
    for line, number, title in GUIZHOU:
        if title == "MISSED":
            continue
        assert (by_start[line]["doc_number"], by_start[line]["title"]) == (number, title), line
    first = by_start[1356]
    assert first["title_source"] == "in_text" and first["date"] == "2011-12-30"  # 二○一一年十二月三十日
    law = by_start[79]
    assert (law["kind"], law["title_source"], law["level"]) == ("law", "referenced", "national")
    # the forwarded plan printed after its notice (from 前言 on) is the notice's attachment
    assert first["line_end"] == 3581
    assert by_start[22254]["title_source"] == "in_text"  # a notice printed from its addressee on
    plan = by_start[11844]["issuers"]  # signed by 19 agencies, one per line
    assert (len(plan), plan[0], plan[-1]) == (19, "工业和信息化部", "国家开发银行")
    assert any(d["region"] == "贵州省" and d["level"] == "provincial" for d in docs)


def test_liuzhou(results):
    docs = results["liuzhou-sme-handbook-2025.txt"]["documents"]
    doc_recall = _starts_match(docs, LIUZHOU) / len(LIUZHOU)
    doc_precision = sum(any(abs(d["line_start"] - line) <= 3 for line, _ in LIUZHOU) for d in docs) / len(docs)
    num_p, num_r = _pr({d["doc_number"] for d in docs if d["doc_number"]}, {n for _, n in LIUZHOU if n})
    print(f"\nliuzhou: documents P={doc_precision:.2f} R={doc_recall:.2f}; numbers P={num_p:.2f} R={num_r:.2f} "
          f"({len(docs)} documents)")
    assert doc_precision == 1.0 and doc_recall == 1.0 and num_p == 1.0 and num_r == 1.0
    by_start = {d["line_start"]: d for d in docs}
    assert all(by_start[line]["doc_number"] == number for line, number in LIUZHOU)
    first = docs[0]
    assert first["title"] == "工业和信息化部等17部门办公厅（室）关于开展2025年“一起益企”中小企业服务行动的通知"
    gx = by_start[6594]
    assert (gx["level"], gx["region"]) == ("provincial", "广西壮族自治区")
    # a title over three lines, the last one only 的通知, is one heading with its number
    assert by_start[7716]["title"] == ("自治区工业和信息化厅关于印发《广西促进工业领域数据安全能力提升实施方案"
                                       "（2024—2026年）》的通知")
    assert by_start[12817]["alt_titles"] == ["柳州市中小工业企业应急周转资金管理实施细则"]
    # issuers printed between the title and a joint announcement's number
    assert by_start[13657]["title"].endswith("有关执行问题的公告")
    # a regulation published by a State Council decree, and a law: issuer and date from adoption
    regulation = by_start[17053]
    assert (regulation["title"], regulation["kind"], regulation["issuers"], regulation["date"]) == (
        "保障中小企业款项支付条例", "law", ["国务院"], "2025-03-17")
    law = by_start[17494]
    assert (law["title"], law["kind"], law["issuers"], law["date"]) == (
        "中华人民共和国民营经济促进法", "law", ["全国人民代表大会常务委员会"], "2025-04-30")
    assert by_start[16800]["line_end"] == 17052  # the job-training rules end before the decree
    assert not any(d["title"] in ("小崔讲政策", "职称申报指南") for d in docs)
    # printed without its number; 柳银发〔2024〕119号 cites the measures it forwards with it
    gx_finance = by_start[11960]
    assert (gx_finance["title_source"], gx_finance["level"]) == ("heading", "provincial")


def test_document_reproduced_twice_is_kept_twice_with_the_same_number(results):
    docs = results["liuzhou-sme-handbook-2025.txt"]["documents"]
    twice = [d for d in docs if d["doc_number"] == "人社部发〔2024〕44号"]
    assert len(twice) == 2 and twice[0]["title"] == twice[1]["title"]
