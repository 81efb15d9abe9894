"""The bundled compilations printed the way other PDF tools and editors print the same pages.

Each variant changes only how the text is laid out (page numbers, running headers, brackets,
indentation, line ends); the documents and citations found must stay the same. Lines move when a
variant adds lines, and a citation's evidence is the sentence as printed, so neither is compared.
"""

import re
from functools import cache

import pytest

from loaders import extract_text
from loaders.text import clean

CORPUS = "data/corpus/"
FILES = ["guizhou-sme-compilation-2024.txt", "liuzhou-sme-handbook-2025.txt", "policy-compilation-2024-12.txt"]
_PAGE_NUMBER = re.compile(r"^\s*[-—–]*\s*(?:第\s*)?(\d{1,4})\s*(?:页)?\s*[-—–]*\s*$")


def _page_numbers(style):
    def rewrite(text):
        return "\n".join(_PAGE_NUMBER.sub(lambda m: style.format(n=m.group(1)), line) if line.strip() else line
                         for line in text.split("\n"))
    return rewrite


def _header_under_page_numbers(text):
    out = []
    for line in text.split("\n"):
        out.append(line)
        if line.strip() and _PAGE_NUMBER.match(line):
            out += ["", "中小企业惠企政策汇编"]
    return "\n".join(out)


def _brackets(open_, close):
    return lambda text: text.replace("〔", open_).replace("〕", close)


VARIANTS = {
    "第 N 页 共 M 页": _page_numbers("第 {n} 页 共 300 页"),
    "第N页/共M页": _page_numbers("第{n}页/共300页"),
    "N / M": _page_numbers("{n} / 300"),
    "·N·": _page_numbers("·{n}·"),
    "Page N of M": _page_numbers("Page {n} of 300"),
    "(N)": _page_numbers("({n})"),
    "（N）": _page_numbers("（{n}）"),
    "running header under the page number": _header_under_page_numbers,
    "（2024）": _brackets("（", "）"),
    "[2024]": _brackets("[", "]"),
    "【2024】": _brackets("【", "】"),
    "﹝2024﹞": _brackets("﹝", "﹞"),
    "CRLF": lambda text: text.replace("\n", "\r\n"),
    "byte-order mark": lambda text: "\ufeff" + text,
    "page starts indented by a tab": lambda text: re.sub(r"(?m)^ ", "\t", text),
    "<<title>>": lambda text: text.replace("《", "<<").replace("》", ">>"),
    "＜＜title＞＞": lambda text: text.replace("《", "＜＜").replace("》", "＞＞"),
}


def _flat(text):
    """The text without the indentation that marks a page's first line in the bundled files."""
    return "\n".join(line.lstrip() for line in text.split("\n"))


def _indent_paragraphs(indent):
    def rewrite(text):
        out, before = [], "。"
        for line in text.split("\n"):
            out.append(indent + line if line.strip() and before.endswith(("。", "：")) else line)
            before = line.strip() or before
        return "\n".join(out)
    return rewrite


# compared with the flat text: indentation then marks paragraphs or every line, never pages
INDENTED = {
    "paragraphs indented by 　　": _indent_paragraphs("\u3000\u3000"),
    "paragraphs indented by spaces": _indent_paragraphs("    "),
    "every line indented (pdftotext -layout)": lambda text: "\n".join("  " + line if line.strip() else line
                                                                       for line in text.split("\n")),
}


@cache
def _text(name):
    with open(CORPUS + name, encoding="utf-8") as f:
        return f.read()


@cache
def _found(text):
    result = extract_text(text, "variant.txt")
    documents = [(d["title"], d["doc_number"], d["date"], tuple(d["issuers"]), d["level"], d["region"], d["kind"])
                 for d in result["documents"]]
    citations = sorted((c["from"], c["to_title"] or "", c["to_doc_number"] or "", c["relation"])
                       for c in result["citations"])
    return documents, citations


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_same_extraction_as_printed_otherwise(name, variant):
    assert _found(VARIANTS[variant](_text(name))) == _found(_text(name))


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("variant", INDENTED)
def test_indentation_of_paragraphs_or_lines_marks_no_pages(name, variant):
    flat = _flat(_text(name))
    assert _found(INDENTED[variant](flat)) == _found(flat)


def _official_layout(masthead):
    """Every headed notice printed in the official layout of GB/T 9704-2012: its number above its
    title, and with ``masthead`` its first issuer's 文件 above the number."""
    def rewrite(text):
        lines = text.split("\n")
        for d in extract_text(text, "x")["documents"]:
            start = d["line_start"] - 1
            if d["title_source"] != "heading" or not d["doc_number"]:
                continue
            for i in range(start + 1, min(start + 8, len(lines))):
                number = lines[i].strip()
                if number.endswith("号") and len(number) < 40 and re.search(r"〔\d{4}〕|年第", number):
                    lines[i] = ""
                    top = [d["issuers"][0] + "文件", ""] if masthead and d["issuers"] else []
                    indent = lines[start][:len(lines[start]) - len(lines[start].lstrip())]
                    lines[start] = indent + "\n".join([*top, number, "", lines[start].lstrip()])
                    break
        return "\n".join(lines)
    return rewrite


def _separators(separator):
    """A separator line (＊ ＊ ＊, a rule of dashes) printed after every document."""
    def rewrite(text):
        lines = text.split("\n")
        for d in extract_text(text, "x")["documents"]:
            lines[d["line_end"] - 1] += "\n\n" + separator
        return "\n".join(lines)
    return rewrite


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("separator", ["＊　　＊　　＊", "------------------------", "——————————————"])
def test_a_separator_between_documents_is_no_title(name, separator):
    assert _found(_separators(separator)(_text(name))) == _found(_text(name))


def _letter_spaced_titles(text):
    """The short lines of every heading (的通知, a title's last words) printed letter-spaced."""
    lines = text.split("\n")
    for d in extract_text(text, "x")["documents"]:
        if d["title_source"] != "heading":
            continue
        for i in range(d["line_start"] - 1, min(d["line_start"] + 5, len(lines))):
            line = lines[i].strip()
            if line and len(line) <= 12 and not re.search(r"\d", line):
                lines[i] = lines[i][:len(lines[i]) - len(lines[i].lstrip())] + " ".join(line)
            if line.endswith(("通知", "意见", "办法", "方案", "公告")):
                break
    return "\n".join(lines)


@pytest.mark.parametrize("name", FILES)
def test_letter_spaced_title_lines(name):
    assert _found(_letter_spaced_titles(_text(name))) == _found(_text(name))


def _contents(text):
    """A table of contents at the top, as compilations print one: 目录, section labels, every
    document's title with a dot leader and its page (long titles wrapped), then a page number."""
    entries = []
    for n, d in enumerate(extract_text(text, "x")["documents"]):
        if n % 10 == 0:
            entries.append(["一、国家政策", "二、自治区政策", "三、市级政策"][n // 10 % 3])
        title = d["title"] or d["doc_number"]
        entries += [title[:30], f"{title[30:]}{'…' * 6}{3 + 4 * n}"] if len(title) > 30 else [f"{title}{'…' * 6}{3 + 4 * n}"]
    return "\n\n".join([" 目  录", *entries, "— 1 —", text])


@pytest.mark.parametrize("name", FILES)
def test_a_table_of_contents_at_the_top(name):
    assert _found(_contents(_text(name))) == _found(_text(name))


@pytest.mark.parametrize("masthead", [False, True])
def test_official_layout_number_above_the_title(masthead):
    # the Liuzhou notices (76 of them) with the number, and the masthead, above the title: each
    # is still one document with its title and number, and cites the same documents
    text = _text("liuzhou-sme-handbook-2025.txt")
    assert _found(_official_layout(masthead)(text)) == _found(text)


def _parts(labels):
    """A compilation in parts: before every tenth document, a divider (第一部分 国家政策, 国家政策篇 …)."""
    def rewrite(text):
        lines = text.split("\n")
        for n, d in enumerate(extract_text(text, "x")["documents"]):
            if n % 10 == 0:
                lines[d["line_start"] - 1] = labels[n // 10 % len(labels)] + "\n\n" + lines[d["line_start"] - 1]
        return "\n".join(lines)
    return rewrite


PARTS = {
    "第一部分　国家政策": ["第一部分　国家政策", "第二部分　自治区政策", "第三部分　市级政策", "第四部分　政策解读"],
    "第一部分 / 国家政策": ["第一部分\n\n国家政策", "第二部分\n\n省级政策", "第三部分\n\n市级政策", "第四部分\n\n地方政策"],
    "一、国家政策": ["一、国家政策", "二、贵州省政策", "三、柳州市政策文件", "四、国家相关政策"],
    "国家政策篇": ["国家政策篇", "自治区政策篇", "市级政策篇", "解读篇"],
    "上篇　国家政策": ["上篇　国家政策", "中篇　省级政策", "下篇　市级政策", "国家层面政策"],
}


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("labels", PARTS)
def test_parts_of_the_compilation_are_no_titles(name, labels):
    # a divider is glued onto no heading, and ends the document before it as a page would
    assert _found(_parts(PARTS[labels])(_text(name))) == _found(_text(name))


def _numbered_headings(number):
    """Every heading numbered as in the compilation's list of documents (1. 关于…, 2、…, （三）…)."""
    def rewrite(text):
        lines = text.split("\n")
        documents = [d for d in extract_text(text, "x")["documents"] if d["title_source"] == "heading"]
        for n, d in enumerate(documents, 1):
            line = lines[d["line_start"] - 1]
            lines[d["line_start"] - 1] = line[:len(line) - len(line.lstrip())] + number(n) + line.lstrip()
        return "\n".join(lines)
    return rewrite


NUMBERED = {
    "1. ": _numbered_headings(lambda n: f"{n}. "),
    "1、": _numbered_headings(lambda n: f"{n}、"),
    "（一）": _numbered_headings(lambda n: f"（{'一二三四五六七八九十'[n % 10]}）"),
    "一、": _numbered_headings(lambda n: f"{'一二三四五六七八九十'[n % 10]}、"),
}


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("number", NUMBERED)
def test_headings_numbered_in_the_list_of_documents(name, number):
    # the number is no part of the title and takes no heading away
    assert _found(NUMBERED[number](_text(name))) == _found(_text(name))


def _around_numbers(rewrite_line):
    """Each headed document's number line, found right under its title, rewritten with the title's
    last line."""
    def rewrite(text):
        lines = text.split("\n")
        for d in extract_text(text, "x")["documents"]:
            if d["title_source"] != "heading" or not d["doc_number"]:
                continue
            for i in range(d["line_start"], min(d["line_start"] + 8, len(lines))):
                number = lines[i].strip()
                if number.endswith("号") and len(number) < 40 and re.search(r"〔\d{4}〕|年第", number):
                    above = max(j for j in range(d["line_start"] - 1, i) if lines[j].strip())
                    if d["title"].endswith("".join(lines[above].split())):
                        lines[above], lines[i] = rewrite_line(lines[above], number)
                    break
        return "\n".join(lines)
    return rewrite


AROUND_NUMBERS = {
    # 关于…的通知（工信厅企业函〔2025〕23号）
    "number at the end of the title": _around_numbers(lambda title, number: (f"{title.rstrip()}（{number}）", "")),
    # a web page's metadata between the title and its number (without a date, which would date
    # the documents that have none: see test_other_province.py)
    "来源 … 责任编辑 under the title": _around_numbers(
        lambda title, number: (title, f"来源：中国政府网　　责任编辑：李明\n\n{number}")),
}


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("variant", AROUND_NUMBERS)
def test_number_in_the_title_line_or_under_metadata(name, variant):
    assert _found(AROUND_NUMBERS[variant](_text(name))) == _found(_text(name))


def _titles_in_book_marks(text):
    """The title of every headed policy or law printed in 《》, over as many lines as before."""
    lines = text.split("\n")
    for d in extract_text(text, "x")["documents"]:
        if d["title_source"] != "heading" or d["kind"] not in ("policy", "law"):
            continue
        title, printed, i = "".join(d["title"].split()), "", d["line_start"] - 1
        while len(printed) < len(title) and i < d["line_start"] + 8:
            printed += "".join(lines[i].split())
            i += 1
        if printed == title:
            first = next(j for j in range(d["line_start"] - 1, i) if lines[j].strip())
            lines[first] = lines[first].replace(lines[first].lstrip(), "《" + lines[first].lstrip(), 1)
            lines[i - 1] = lines[i - 1].rstrip() + "》"
    return "\n".join(lines)


@pytest.mark.parametrize("name", FILES)
def test_titles_printed_in_book_marks(name):
    assert _found(_titles_in_book_marks(_text(name))) == _found(_text(name))


def _plain_contents(wrap):
    """A table of contents at the top without dot leaders or page numbers: 目录 and every title,
    on one line or wrapped at 30 characters."""
    def rewrite(text):
        entries = []
        for d in extract_text(text, "x")["documents"]:
            title = d["title"] or d["doc_number"]
            entries += [title[:30], title[30:]] if wrap and len(title) > 30 else [title]
        return "\n\n".join(["目  录", *entries, "— 1 —", text])
    return rewrite


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("wrap", [False, True])
def test_a_table_of_contents_without_page_numbers(name, wrap):
    assert _found(_plain_contents(wrap)(_text(name))) == _found(_text(name))


@pytest.mark.parametrize("name", FILES)
def test_fullwidth_digits_everywhere(name):
    # dates, numbers, page numbers and list numbers in ０-９: the same documents and citations,
    # but for the space a cited 《…ISO 9001…》 loses (full-width digits are CJK text)
    text = _text(name).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    documents, citations = _found(text)
    expected_documents, expected_citations = _found(_text(name))
    assert documents == expected_documents
    assert citations == sorted((c[0], c[1].replace("ISO 9001", "ISO9001"), *c[2:]) for c in expected_citations)


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("controls", ["【打印本页】　　【关闭窗口】", "【字体：大 中 小】", "[打印] [关闭]"])
def test_a_web_page_s_controls_after_every_document(name, controls):
    # a compilation copied from web pages keeps their controls: no title takes them
    assert _found(_separators(controls)(_text(name))) == _found(_text(name))


def _above_headings(line):
    """A line printed above every heading."""
    def rewrite(text):
        lines = text.split("\n")
        for d in extract_text(text, "x")["documents"]:
            if d["title_source"] == "heading":
                lines[d["line_start"] - 1] = line + "\n\n" + lines[d["line_start"] - 1]
        return "\n".join(lines)
    return rewrite


WEB_METADATA = {
    # a government site's table above the title, and its source line after the text
    "索引号 … above every heading": _above_headings("索引号：11100000000013127K/2024-00123　　主题分类：工业、交通"),
    "来源 … after every document": _separators("发布时间：2024-12-12　　来源：新华社"),
    "当前位置 above every heading": _above_headings("当前位置：首页 > 政策法规 > 政策文件"),
    "编者按 above every heading": _above_headings("编者按：为帮助企业了解政策，现将有关文件转载如下。"),
    "原文链接 after every document": _separators("原文链接：https://www.miit.gov.cn/zwgk/zcwj/art/2024/art_1.html"),
}


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("variant", WEB_METADATA)
def test_web_page_metadata_around_the_documents(name, variant):
    # metadata above a title or after a text confirms no heading of the lines next to it
    assert _found(WEB_METADATA[variant](_text(name))) == _found(_text(name))


_DATE_LINE = re.compile(r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                        r"[一二三四五六七八九十]{1,3}日)\s*$")


def _signature_and_date_on_one_line(text):
    """Every date line joined to the short line above it: 工业和信息化部办公厅　　2025年1月15日."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line):
            above = max((j for j in range(i) if lines[j].strip()), default=None)
            if above is not None and len(lines[above].strip()) <= 20 and not lines[above].rstrip().endswith(("。", "：")):
                lines[above], lines[i] = lines[above].rstrip() + "　　" + line.strip(), ""
    return "\n".join(lines)


@pytest.mark.parametrize("name", FILES)
def test_a_signature_and_its_date_on_one_line(name):
    assert _found(_signature_and_date_on_one_line(_text(name))) == _found(_text(name))


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("ending", ["抄送：国务院办公厅，各省级人民政府。\n\n工业和信息化部办公厅　　　　2025年1月16日印发",
                                    "（此件公开发布）", "（联系人：张三，电话：010-68205282）"])
def test_what_an_official_document_prints_after_its_signature(name, ending):
    # the imprint (抄送 …, … 印发), the publication note, the contact: no title takes them
    assert _found(_separators(ending)(_text(name))) == _found(_text(name))


def _without_pages(text):
    """The text as a web page or a text export without page breaks prints it: no page numbers,
    running headers or QR captions, no line indented (so nothing marks where a page starts)."""
    return "\n".join(clean(text).lines)


@pytest.mark.parametrize("name", FILES)
def test_without_page_breaks_no_title_takes_in_the_lines_above_it(name):
    # with no page break between them, a heading follows the end of the text before it
    # (…（工业和信息化部牵头负责）), a caption (小崔讲政策) or a list item (…管理办法（修订）): its
    # title starts at its own first line (Liuzhou gave 15 titles glued to such a line)
    titles = {d[0] for d in _found(_text(name))[0]}
    assert {d[0] for d in _found(_without_pages(_text(name)))[0]} <= titles


def _columns(ch):
    return 1 if ch < "\u1100" else 2


def _narrow(columns):
    """The text printed on a narrower page, ``columns`` wide (a CJK character takes two): the lines
    of each paragraph (full lines up to the one ending it: a shorter line or a sentence end) joined
    and cut again at the new width. Headings and artefact lines (page numbers, headers) keep their
    lines; a line of them wider than the page is cut too. The indentation opening a page stays."""
    def rewrite(text):
        lines, cleaned = text.split("\n"), clean(text).lines
        keep = {i for i, line in enumerate(lines) if line.strip() and not cleaned[i]}
        for d in extract_text(text, "x")["documents"]:
            keep.update(range(d["line_start"] - 1, d["line_start"] + 7))
        widths = sorted(sum(map(_columns, line.strip())) for line in lines if line.strip())
        full = widths[len(widths) * 3 // 4] - 4
        out, paragraph = [], []

        def flush():
            joined = "".join(paragraph)
            paragraph.clear()
            while joined:
                cut, width = 0, 0
                while cut < len(joined) and width + _columns(joined[cut]) <= columns:
                    width += _columns(joined[cut])
                    cut += 1
                out.extend([joined[:cut], ""])
                joined = joined[cut:]

        for i, line in enumerate(lines):
            s = line.strip()
            if not s:
                continue
            indent = line[:len(line) - len(line.lstrip())]
            if i in keep:
                flush()
                paragraph.append(indent + s)
                flush()
                continue
            paragraph.append(s if paragraph else indent + s)
            if sum(map(_columns, s)) < full or s[-1] in "。：；！？":
                flush()
        flush()
        return "\n".join(out)
    return rewrite


@pytest.mark.parametrize("name", FILES[:2])
@pytest.mark.parametrize("columns", [50, 60])
def test_printed_on_a_narrower_page(name, columns):
    # 25 or 30 CJK characters a line, as a booklet prints them: the same titles. A body line cut in
    # the middle of a sentence opened a page and became a title (Guizhou: …评定办法（暂行）》条件的
    # 智能煤矿项目，给予每矿450万元的奖), and a line starting with a comma (，按以下途径提交至对应
    # 的审核部门审核：) confirmed the lines above it as a title. The policy compilation is left out:
    # its lines are cut short in the middle of paragraphs (…中小企业主 / 管部门、财), which a
    # re-flow turns into lines no printer makes.
    assert {d[0] for d in _found(_narrow(columns)(_text(name)))[0]} == {d[0] for d in _found(_text(name))[0]}
