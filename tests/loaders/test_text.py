"""Reading and cleaning: encodings, bad input, artefacts, line numbering."""

import pytest

from loaders import extract_file, extract_text
from loaders.errors import BinaryInput, EmptyInput, NoDocuments, UndecodableInput
from loaders.text import clean, read_clean

CORPUS = "data/corpus/"
NOTICE = """ 工业和信息化部办公厅关于开展中小企业出海服务

专项行动的通知

工信厅企业函〔2025〕23 号

各省、自治区、直辖市中小企业主管部门：

现组织开展中小企业出海服务专项行动。

扫码查看原文

工业和信息化部办公厅

2025 年 1月 15 日
"""


def test_binary_empty_undecodable(tmp_path):
    (tmp_path / "b").write_bytes(b"%PDF\x00\x01\x02" * 100)
    (tmp_path / "e").write_bytes(b"  \n\n")
    (tmp_path / "u").write_bytes(b"\xff\xfe\xfa\xfb" * 10)
    (tmp_path / "c").write_bytes("第一条\x01\x02\x1b".encode("gb18030") * 1000)
    with pytest.raises(BinaryInput, match="binary"):
        extract_file(tmp_path / "b")
    with pytest.raises(BinaryInput, match="control characters"):
        extract_file(tmp_path / "c")
    with pytest.raises(EmptyInput, match="empty"):
        extract_file(tmp_path / "e")
    with pytest.raises(UndecodableInput, match="UTF-8"):
        extract_file(tmp_path / "u")


def test_gb18030_file_gives_same_documents(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes(NOTICE.encode("gb18030"))
    r = extract_file(p)
    assert r["documents"][0]["doc_number"] == "工信厅企业函〔2025〕23号"
    assert r["documents"][0]["title"] == "工业和信息化部办公厅关于开展中小企业出海服务专项行动的通知"
    assert read_clean(p).encoding == "gb18030"


def test_no_documents():
    with pytest.raises(NoDocuments, match="no policy document"):
        extract_text("今天天气很好。\n\n我们去公园散步。\n")


def test_fffd_and_qr_and_line_numbers():
    text = "\n".join(line + "\ufffd" if line.strip() else line for line in NOTICE.split("\n"))
    ct = clean(text)
    assert ct.lines[0] == "工业和信息化部办公厅关于开展中小企业出海服务"
    assert ct.lines[4] == "工信厅企业函〔2025〕23 号"
    assert ct.lines[10] == ""  # the QR caption
    doc = extract_text(text)["documents"][0]
    assert (doc["line_start"], doc["date"], doc["issuers"]) == (1, "2025-01-15", ["工业和信息化部办公厅"])


def test_byte_order_mark_left_in_text():
    doc = extract_text("\ufeff" + NOTICE)["documents"][0]
    assert doc["title"] == "工业和信息化部办公厅关于开展中小企业出海服务专项行动的通知"


def test_lines_come_out_stripped():
    # find_references relies on it: every kind of space, at either end, is gone
    ct = clean(" 第一条 \t\n\u3000第二条\u3000\n\u2000第三条\xa0\n  \u3000 \n")
    assert ct.lines == ["第一条", "第二条", "第三条", "", ""]


def test_corpus_artefacts_removed():
    ct = read_clean(CORPUS + "policy-compilation-2024-12.txt")
    assert ct.removed["page_header"] == 10 and ct.removed["page_number"] == 10
    assert ct.lines[111] == "" and ct.lines[113] == ""  # 政策汇编（2024年 12月） / 3
    lz = read_clean(CORPUS + "liuzhou-sme-handbook-2025.txt")
    assert lz.lines[165] == ""  # 扫码查看原文
    assert lz.lines[17497] == "" and lz.lines[17499] == ""  # 目录 and its first entry
    assert lz.lines[17517] == "第一章 总则"  # the real heading stays


@pytest.mark.parametrize("page_number", [
    "12", "- 12 -", "— 12 —", "·12·", "• 12 •", "第 12 页", "第12页 共80页", "第 12 页，共 80 页",
    "第12页/共80页", "12 / 80", "12/80", "(12)", "（12）", "Page 12", "Page 12 of 80",
])
def test_page_number_styles(page_number):
    second = NOTICE.replace("出海服务", "数字化转型").replace("23 号", "24 号")
    text = NOTICE + page_number + "\n" + second
    ct = clean(text)
    assert ct.removed["page_number"] == 1
    assert ct.lines[NOTICE.count("\n")] == ""
    titles = [d["title"] for d in extract_text(text)["documents"]]
    assert titles == ["工业和信息化部办公厅关于开展中小企业出海服务专项行动的通知",
                      "工业和信息化部办公厅关于开展中小企业数字化转型专项行动的通知"]


def test_fifty_megabytes(tmp_path):
    body = "各地要结合实际，认真组织开展中小企业服务工作，及时总结经验做法。\n\n" * 20_000
    block = NOTICE.replace("现组织", body + "现组织")
    p = tmp_path / "big.txt"
    with open(p, "w", encoding="utf-8") as f:
        while f.tell() < 50 * 2**20:
            f.write(block)
    r = extract_file(p)
    assert len(r["documents"]) >= 20
    assert {d["doc_number"] for d in r["documents"]} == {"工信厅企业函〔2025〕23号"}


@pytest.mark.parametrize("space", ["\t", "\u3000", "\xa0"])
def test_tabs_ideographic_and_no_break_spaces_are_spaces(space):
    # a PDF tool may print any of them where the bundled files have a space
    text = NOTICE.replace(" ", space)
    assert all(space not in line for line in clean(text).lines)
    result = extract_text(text)
    [doc] = result["documents"]
    assert (doc["title"], doc["doc_number"], doc["date"]) == (
        "工业和信息化部办公厅关于开展中小企业出海服务专项行动的通知", "工信厅企业函〔2025〕23号", "2025-01-15")
    assert result == extract_text(NOTICE) | {"sha256": result["sha256"]}


@pytest.mark.parametrize(("printed", "cleaned"), [
    ("根据<<中小企业促进法>>规定", "根据《中小企业促进法》规定"),
    ("根据＜＜中小企业促进法＞＞规定", "根据《中小企业促进法》规定"),
    ("按照<<国务院关于印发<<X方案>>的通知>>要求", "按照《国务院关于印发《X方案》的通知》要求"),
    ("按照<<国务院关于印发<X方案>的通知>>要求", "按照《国务院关于印发<X方案>的通知》要求"),
    ("落实<<关于印发<X方案>>>", "落实《关于印发<X方案>》"),
    ("增长率<<5%的企业", "增长率<<5%的企业"),
])
def test_book_title_marks_printed_as_doubled_angle_brackets(printed, cleaned):
    # some PDF fonts extract 《》 as << >>; a title wrapped over two lines keeps its line numbers
    assert clean(printed).lines == [cleaned]
    assert clean(printed.replace("X", "X\n")).lines == cleaned.replace("X", "X\n").split("\n")


def test_news_items_printed_one_after_another_without_page_breaks():
    # a headline confirmed by its news lead starts a document after the end of the text before it
    text = "\n".join([
        "工信部发布中小企业数字化转型典型案例", "12月5日，工业和信息化部公布了2024年中小企业数字化转型典型案例名单。",
        "案例覆盖制造业主要行业。",
        "特种设备领域首个重大事故隐患判定标准发布", "11月28日，我国特种设备领域首个强制性国家标准正式发布。",
        "该标准明确了重大事故隐患情形。"])
    assert [d["title"] for d in extract_text(text)["documents"]] == [
        "工信部发布中小企业数字化转型典型案例", "特种设备领域首个重大事故隐患判定标准发布"]
