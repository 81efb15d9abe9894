"""Region names: the short form a province or city goes by, shared by the loader and the graph."""

import pytest

from graph.agencies import resolve_agency
from graph.reference import regions
from loaders.regions import printed_names, region_at, region_rows, short_name


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
