"""Normal forms of doc numbers and titles."""

import pytest

from loaders.normalize import DOC_NUMBER_RE, normalize_doc_number, normalize_title, unwrap_title


@pytest.mark.parametrize(("raw", "expected"), [
    ("财建〔2023〕117 号", "财建〔2023〕117号"),
    ("财建 [2023] 117号", "财建〔2023〕117号"),
    ("财建﹝2023﹞117号", "财建〔2023〕117号"),
    ("财建（2023）117号", "财建〔2023〕117号"),
    ("财建(2023)117号", "财建〔2023〕117号"),
    ("财建【2023】117号", "财建〔2023〕117号"),
    ("财建〔２０２３〕１１７号", "财建〔2023〕117号"),
    ("工信部联企业〔2024〕239号", "工信部联企业〔2024〕239号"),
    ("国家税务总局公告 2024 年第 5 号", "国家税务总局公告2024年第5号"),
    ("桂政办发 〔2024〕 12 号", "桂政办发〔2024〕12号"),
    # decrees: the state name and a bracketed year are dropped, a ministry's printed year is kept
    ("中华人民共和国国务院令〔2008〕第 532 号", "国务院令第532号"),
    ("国务院令第 427 号", "国务院令第427号"),
    ("交通运输部令 2016 年第 1 号", "交通运输部令2016年第1号"),
])
def test_normalize_doc_number(raw, expected):
    assert normalize_doc_number(raw) == expected


@pytest.mark.parametrize(("text", "found"), [
    ("根据《通知》（财建〔2023〕117 号）要求", "财建〔2023〕117 号"),
    ("工信部联企业〔2024〕239号文", "工信部联企业〔2024〕239号"),
    ("（桂政办发〔2024〕12号）", "桂政办发〔2024〕12号"),
    ("见国家税务总局公告 2024 年第 5 号。", "国家税务总局公告 2024 年第 5 号"),
    ("相关技术要求继续按照财税〔2018〕74 号执行", "财税〔2018〕74 号"),
    ("财税[2018]84号", "财税[2018]84号"),
    # the 代字 stop words (和 …) must not cut a decree's issuer to 国国务院令
    ("《中华人民共和国外汇管理条例》（中华人民共和国国务院令〔2008〕第532号）",
     "中华人民共和国国务院令〔2008〕第532号"),
    ("《财政违法行为处罚处分条例》（国务院令第 427 号）等有关规定", "国务院令第 427 号"),
])
def test_doc_number_re_finds(text, found):
    m = DOC_NUMBER_RE.search(text)
    assert m is not None
    assert m.group(0) == found


def test_doc_number_re_rejects_plain_years():
    assert DOC_NUMBER_RE.search("（2025—2027 年）行动方案") is None
    assert DOC_NUMBER_RE.search("2024 年 12 月 13 日") is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("标准提升引领原材料工业 优化升级行动方案（2025—2027 年）", "标准提升引领原材料工业优化升级行动方案（2025—2027年）"),
    ("《中华人民共和国中小企业促进法》", "中华人民共和国中小企业促进法"),
    ("关于开展\"一起益企\"服务行动的通知。", "关于开展“一起益企”服务行动的通知"),
    ("５G 规模化应用", "5G规模化应用"),
    ("Made in China 2025", "Made in China 2025"),
])
def test_normalize_title(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize(("title", "inner"), [
    ("工业和信息化部关于印发《优质中小企业梯度培育管理暂行办法》的通知", "优质中小企业梯度培育管理暂行办法"),
    ("自治区工业和信息化厅关于印发广西加快制造业数字化转型实施方案的通知", "广西加快制造业数字化转型实施方案"),
    ("国务院办公厅转发国家发展改革委关于促进民营经济发展若干意见的通知", "国家发展改革委关于促进民营经济发展若干意见"),
    ("关于公布2024年专精特新中小企业名单的通知", "2024年专精特新中小企业名单"),
    ("国务院关于印发〈推动大规模设备更新和消费品以旧换新行动方案〉的通知", "推动大规模设备更新和消费品以旧换新行动方案"),
])
def test_unwrap_title(title, inner):
    assert unwrap_title(title) == inner


def test_unwrap_title_none_for_plain_titles():
    assert unwrap_title("中华人民共和国中小企业促进法") is None
    assert unwrap_title("关于开展2025年中小企业数字化转型城市试点工作的通知") is None


def test_doc_number_re_keeps_data_and_economy_prefixes():
    assert DOC_NUMBER_RE.fullmatch("发改数据〔2024〕1836 号")
    assert DOC_NUMBER_RE.search("按照京经信发〔2023〕5号").group(0) == "京经信发〔2023〕5号"


def test_find_doc_numbers_gives_what_a_full_scan_gives():
    from pathlib import Path

    from loaders.normalize import find_doc_numbers
    corpus = Path(__file__).resolve().parents[2] / "data" / "corpus"
    text = "".join(f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt")))
    text += "按照财税〔2018〕74 号、国家税务总局公告 2024 年第 5 号和中华人民共和国国务院令〔2008〕第532号执行"
    full = [(m.start(), m.group()) for m in DOC_NUMBER_RE.finditer(text)]
    assert len(full) > 200
    assert [(m.start(), m.group()) for m in find_doc_numbers(text)] == full
