"""A compilation from a province the bundled corpus does not cover (浙江 → 杭州), built from
realistic text: the loader must need no change for it."""

import pytest

from loaders import extract_text

PAGES = [
    """ 前 言
为帮助企业用好惠企政策，我们汇编了国家、省、市支持中小企业发展的政策文件，供参考。
杭州市中小企业服务中心
2024 年 9 月""",
    """ 工业和信息化部关于印发《优质中小企业梯度培育管理暂行办法》的通知
工信部企业〔2022〕63 号
各省、自治区、直辖市及计划单列市、新疆生产建设兵团中小企业主管部门：
现将《优质中小企业梯度培育管理暂行办法》印发给你们，请结合实际认真贯彻落实。
工业和信息化部
2022 年 6 月 1 日""",
    """ 浙江省经济和信息化厅 浙江省财政厅关于印发《浙江省专精特新中小企业培育实施方案》
的通知
浙经信企业〔2024〕58 号
各市经信局、财政局：
为贯彻落实《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63 号），加快培育专
精特新中小企业，现将《浙江省专精特新中小企业培育实施方案》印发给你们，请认真组织实施。
浙江省经济和信息化厅 浙江省财政厅
2024 年 3 月 20 日""",
    """ 浙政办发〔2024〕12 号
各市、县（市、区）人民政府，省政府直属各单位：
《浙江省促进中小企业高质量发展若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。
浙江省人民政府办公厅
2024 年 4 月 8 日""",
    """ 杭州市经济和信息化局关于开展 2024 年专精特新中小企业认定工作的通知
杭经信〔2024〕31 号
各区、县（市）经信局：
根据《浙江省专精特新中小企业培育实施方案》（浙经信企业〔2024〕58 号）要求，现就我市
2024 年专精特新中小企业认定工作通知如下。对弄虚作假的企业，按照《财政违法行为处罚处分
条例》等有关规定处理。
杭州市经济和信息化局
2024 年 5 月 6 日""",
]


def _compilation() -> str:
    # pages separated by a page number, lines by blank lines, as in the bundled PDF extractions
    out = []
    for n, page in enumerate(PAGES, 1):
        out.extend(line for line in page.split("\n"))
        out.append(f"— {n} —")
    return "\n\n".join(out) + "\n"


def test_zhejiang_compilation():
    result = extract_text(_compilation(), "zhejiang.txt")
    docs = {d["doc_number"]: d for d in result["documents"]}
    assert set(docs) == {"工信部企业〔2022〕63号", "浙经信企业〔2024〕58号", "浙政办发〔2024〕12号", "杭经信〔2024〕31号"}

    national, province, hangzhou = docs["工信部企业〔2022〕63号"], docs["浙经信企业〔2024〕58号"], docs["杭经信〔2024〕31号"]
    assert (national["level"], national["region"], national["date"]) == ("national", "中国", "2022-06-01")
    assert province["title"] == "浙江省经济和信息化厅浙江省财政厅关于印发《浙江省专精特新中小企业培育实施方案》的通知"
    assert province["alt_titles"] == ["浙江省专精特新中小企业培育实施方案"]
    assert (province["level"], province["region"]) == ("provincial", "浙江省")
    assert province["issuers"] == ["浙江省经济和信息化厅", "浙江省财政厅"]
    # a notice whose heading was lost: title from its own 《X》已经…同意，现印发 sentence
    untitled = docs["浙政办发〔2024〕12号"]
    assert (untitled["title"], untitled["title_source"]) == ("浙江省促进中小企业高质量发展若干措施", "in_text")
    assert (untitled["level"], untitled["region"]) == ("provincial", "浙江省")
    assert (hangzhou["level"], hangzhou["region"], hangzhou["date"]) == ("municipal", "杭州市", "2024-05-06")

    cites = {(c["from"], c["to_doc_number"] or c["to_title"]): c["relation"] for c in result["citations"]}
    assert cites[(province["id"], "工信部企业〔2022〕63号")] == "implements"
    assert cites[(hangzhou["id"], "浙经信企业〔2024〕58号")] == "implements"
    assert cites[(hangzhou["id"], "财政违法行为处罚处分条例")] == "cites"  # a penalty clause
    assert result["compilation"]["publisher"] == "杭州市中小企业服务中心"


def test_zhejiang_compilation_printed_otherwise():
    # the same pages from another PDF tool: round year brackets, 第 N 页 共 M 页 page numbers and
    # a byte-order mark left in the text
    text = "\ufeff" + _compilation().replace("〔", "（").replace("〕", "）")
    for n in range(1, len(PAGES) + 1):
        text = text.replace(f"— {n} —", f"第 {n} 页 共 {len(PAGES)} 页")
    _assert_same_extraction(text)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "    "])
@pytest.mark.parametrize("every_line", [False, True])
def test_zhejiang_compilation_with_indented_paragraphs(indent, every_line):
    # text that indents the first line of every paragraph, or every line as pdftotext -layout
    # does: the indentation marks no page starts, unlike the one a page's first line gets
    out, before = [], "。"
    for line in _compilation().split("\n"):
        opens = every_line or before.endswith(("。", "："))
        out.append(indent + line if line and opens else line)
        before = line or before
    _assert_same_extraction("\n".join(out))


def test_zhejiang_compilation_in_the_official_layout():
    # as GB/T 9704-2012 prints a document: the masthead (…文件), the number, then the title
    pages = []
    for page in PAGES:
        lines = page.lstrip().split("\n")
        at = next((i for i, line in enumerate(lines[:4]) if i and line.endswith("号")), None)
        if at is not None:
            issuer = {"工信": "工业和信息化部", "浙经": "浙江省经济和信息化厅", "杭经": "杭州市经济和信息化局"}
            lines = [f"{issuer[lines[at][:2]]}文件", lines[at], *lines[:at], *lines[at + 1:]]
        pages.append(" " + "\n".join(lines))
    out = []
    for n, page in enumerate(pages, 1):
        out.extend([*page.split("\n"), f"— {n} —"])
    _assert_same_extraction("\n\n".join(out) + "\n", same_lines=False)


def _assert_same_extraction(text: str, same_lines: bool = True) -> None:
    """The documents and citations of text are those of _compilation(); the evidence of a citation
    is the sentence as printed, so it is left out, and so are line numbers unless ``same_lines``."""
    expected, result = extract_text(_compilation(), "zhejiang.txt"), extract_text(text, "zhejiang.txt")
    left_out = {"evidence"} if same_lines else {"evidence", "line", "line_start", "line_end"}

    def kept(records):
        return [{k: v for k, v in r.items() if k not in left_out} for r in records]
    assert kept(result["documents"]) == kept(expected["documents"])
    assert kept(result["citations"]) == kept(expected["citations"])


@pytest.mark.parametrize("open_, close", [("〔", "〕"), ("（", "）")])
def test_title_from_a_citation_with_its_number(open_, close):
    # a notice whose heading was lost takes the title another document cites it by, with the
    # number printed after the title, whatever brackets the year is printed in
    text = f""" 杭州市经济和信息化局关于做好中小企业服务月工作的补充通知

杭经信{open_}2024{close}45 号

各区、县（市）经信局：

《关于开展 2024 年中小企业服务月活动的通知》（杭经信{open_}2024{close}40 号）印发后，各地积极组织实施。现就

有关事项补充通知如下。

杭州市经济和信息化局

2024 年 6 月 20 日

杭经信{open_}2024{close}40 号

各区、县（市）经信局：

为落实全国中小企业服务月要求，现就开展我市 2024 年中小企业服务月活动通知如下。

杭州市经济和信息化局

2024 年 6 月 1 日
"""
    docs = {d["doc_number"]: d for d in extract_text(text, "hangzhou.txt")["documents"]}
    untitled = docs["杭经信〔2024〕40号"]
    assert (untitled["title"], untitled["title_source"]) == ("关于开展2024年中小企业服务月活动的通知", "referenced")


def test_a_running_header_under_the_page_number_keeps_the_heading_on_its_page():
    # the page's first line is the running header, which cleaning empties: the heading under it
    # still opens the page, so the footer of the notice above (…印发) stays out of its title
    page = """杭州市人民政府关于印发《杭州市促进中小企业发展若干措施》的通知
杭政规〔2024〕{n} 号
各区、县（市）人民政府，市政府各部门、各直属单位：
现将《杭州市促进中小企业发展若干措施》印发给你们，请认真贯彻执行。
杭州市人民政府
2024 年 9 月 {n} 日
杭州市人民政府办公室
2024 年 9 月 {n} 日印发"""
    lines = []
    for n in range(1, 4):
        lines += ["杭州市惠企政策汇编", *page.format(n=n).split("\n"), f"— {n} —"]
    docs = extract_text("\n\n".join(lines) + "\n", "hangzhou.txt")["documents"]
    assert [d["title"] for d in docs] == ["杭州市人民政府关于印发《杭州市促进中小企业发展若干措施》的通知"] * 3
    assert [d["doc_number"] for d in docs] == [f"杭政规〔2024〕{n}号" for n in range(1, 4)]


# A 江苏 → 苏州 compilation laid out as web-sourced compilations often are: parts, each heading
# numbered in the list of documents, numbers at the end of the title line, a web page's metadata
# under a heading, and no page numbers at all.
JIANGSU = """第一部分　国家政策

1. 国务院办公厅关于进一步优化支付环境提升支付便利性的意见（国办发〔2024〕10号）

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

为进一步优化支付环境，提升支付便利性，经国务院同意，现提出以下意见。

国务院办公厅

2024年3月1日

第二部分　省级政策

2. 江苏省工业和信息化厅关于印发《江苏省专精特新中小企业认定管理办法》的通知

来源：江苏省工业和信息化厅　　发布时间：2024-05-10

苏工信中小〔2024〕201号

各设区市工业和信息化局：

为贯彻落实《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号），现将《江苏省专精特新中小企业认定管理办法》印发给你们，请认真组织实施。

江苏省工业和信息化厅

2024年5月8日

第三部分　市级政策

3、苏州市工业和信息化局关于组织申报2024年度专精特新中小企业的通知（苏工信〔2024〕35号）

各县级市、区工信局：

根据《江苏省专精特新中小企业认定管理办法》（苏工信中小〔2024〕201号）要求，现将有关事项通知如下。

苏州市工业和信息化局

2024年6月3日
"""


def test_jiangsu_compilation_in_parts_with_numbered_headings():
    result = extract_text(JIANGSU, "jiangsu.txt")
    documents = [(d["title"], d["doc_number"], d["date"], d["level"], d["region"]) for d in result["documents"]]
    assert documents == [
        ("国务院办公厅关于进一步优化支付环境提升支付便利性的意见", "国办发〔2024〕10号", "2024-03-01", "national", "中国"),
        ("江苏省工业和信息化厅关于印发《江苏省专精特新中小企业认定管理办法》的通知", "苏工信中小〔2024〕201号",
         "2024-05-08", "provincial", "江苏省"),
        ("苏州市工业和信息化局关于组织申报2024年度专精特新中小企业的通知", "苏工信〔2024〕35号", "2024-06-03",
         "municipal", "苏州市"),
    ]
    assert [d["issuers"] for d in result["documents"]] == [["国务院办公厅"], ["江苏省工业和信息化厅"], ["苏州市工业和信息化局"]]
    # the dividers end the documents before them and belong to no title
    assert [d["line_start"] for d in result["documents"]] == [3, 15, 31]
    citations = {(c["from"], c["to_title"], c["to_doc_number"], c["relation"]) for c in result["citations"]}
    assert ("d002", "优质中小企业梯度培育管理暂行办法", "工信部企业〔2022〕63号", "implements") in citations
    assert ("d003", "江苏省专精特新中小企业认定管理办法", "苏工信中小〔2024〕201号", "implements") in citations


def test_a_web_page_s_metadata_dates_a_news_item_without_signature():
    text = "\n\n".join([
        "工信部等四部门联合印发《中小企业数字化赋能专项行动方案（2025—2027年）》",
        "来源：工业和信息化部网站　　发布时间：2024-12-12",
        "近日，工业和信息化部、财政部等四部门联合印发《中小企业数字化赋能专项行动方案（2025—2027年）》。",
        "方案提出，到2027年，中小企业数字化转型取得显著成效。",
    ])
    [document] = extract_text(text, "news.txt")["documents"]
    assert document["title"] == "工信部等四部门联合印发《中小企业数字化赋能专项行动方案（2025—2027年）》"
    assert document["date"] == "2024-12-12"
