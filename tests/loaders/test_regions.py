"""Region names: the short form a province or city goes by, shared by the loader and the graph."""

import pytest

from graph.agencies import resolve_agency
from graph.reference import regions
from loaders.regions import printed_names, region_at, region_rows, short_name
from loaders.segment import region_of


@pytest.mark.parametrize("name, short", [
    ("柳州市", "柳州"),
    ("贵州省", "贵州"),
    ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"),
    ("内蒙古自治区", "内蒙古"),
    ("西藏自治区", "西藏"),
    ("黔南布依族苗族自治州", "黔南"),
    ("黔东南苗族侗族自治州", "黔东南"),
    ("西双版纳傣族自治州", "西双版纳"),
    ("海西蒙古族藏族自治州", "海西"),
    ("伊犁哈萨克自治州", "伊犁"),
    ("香港特别行政区", "香港"),
    ("阿里地区", "阿里地区"),  # 阿里 alone would be 阿里巴巴 too
])
def test_short_name(name, short):
    assert short_name(name) == short


def test_printed_names():
    rows = {r["name"]: r for r in region_rows()}
    assert printed_names(rows["黔南布依族苗族自治州"]) == ["黔南布依族苗族自治州", "黔南", "黔南州"]
    assert printed_names(rows["广西壮族自治区"]) == ["广西壮族自治区", "广西"]
    assert printed_names(rows["柳北区"]) == ["柳北区"]  # a county: its full name only


def test_loader_and_graph_know_the_same_short_names():
    assert region_at("黔东南州工业和信息化局") == ("municipal", "黔东南苗族侗族自治州")
    assert region_at("阿里巴巴集团") is None
    table = regions()
    assert table.by_code[table.lookup("黔南")].name == "黔南布依族苗族自治州"
    assert table.by_code[table.lookup("延边")].name == "延边朝鲜族自治州"
    assert table.lookup("海南") == table.lookup("海南省")  # the province, not 海南藏族自治州
    assert table.lookup("阿里") is None
    assert resolve_agency("黔南州工业和信息化局", "").name == "黔南布依族苗族自治州工业和信息化局"


@pytest.mark.parametrize("number, issuers, place", [
    ("桂工信企业〔2025〕309号", ["广西壮族自治区工业和信息化厅"], ("provincial", "广西壮族自治区")),
    ("柳工信通〔2022〕88号", ["广西壮族自治区工业和信息化厅"], ("municipal", "柳州市")),  # 代字 more specific
    ("苏工信〔2024〕35号", ["苏州市工业和信息化局"], ("municipal", "苏州市")),  # city inside 江苏 (苏)
    ("宁政发〔2024〕1号", ["南京市人民政府"], ("municipal", "南京市")),  # 宁 is 宁夏's, the issuer is elsewhere
    ("宁政发〔2024〕1号", ["自治区人民政府"], ("provincial", "宁夏回族自治区")),
])
def test_place_from_the_number_and_the_issuers(number, issuers, place):
    assert region_of(number, issuers, "关于…的通知") == place
