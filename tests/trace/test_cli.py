"""`policy-graph trace`, `coverage` and `match` through click's CliRunner, on the corpus-loaded store."""

import json

import pytest
from click.testing import CliRunner

from api.cli import cli
from api.cli.trace import LOW_MARK


@pytest.fixture
def run(store):
    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_trace_down_prints_a_tree_with_facts_and_evidence(run):
    result = run("trace", "财建[2023]117 号", "--down", "--depth", "2")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Documents implementing") and "财建〔2023〕117号" in lines[0]
    child = next(i for i, line in enumerate(lines) if "柳政办〔2025〕3号" in line and line.startswith(("├─", "└─")))
    assert "municipal · 柳州市 · 柳州市人民政府办公室 · 2025-02-04" in lines[child + 1]
    assert "liuzhou-sme-handbook-2025.txt:10219" in lines[child + 2]
    assert lines[-1].endswith("depth 2")


def test_trace_up_json_is_the_api_shape(run):
    result = run("trace", "柳工信规〔2025〕1号", "--up", "--format", "json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["direction"] == "up"
    assert "财建〔2023〕117号" in {c["document"]["doc_number"] for c in body["root"]["children"]}


def test_coverage_prints_a_table_with_both_provinces(run):
    result = run("coverage", "中华人民共和国中小企业促进法")
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[2]
    assert header.split() == ["region", "code", "level", "status", "implementing", "document", "date", "evidence"]
    rows = {line.split()[0]: line for line in result.output.splitlines()[4:] if line and line[0] != " "}
    assert "implemented" in rows["柳州市"] and "implemented" in rows["贵州省"]
    assert "广西壮族自治区" in rows


def test_match_prints_levels_and_why(run):
    result = run("match", "--region", "柳州市", "--category", "专精特新中小企业")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Applies in 柳州市 ⊂ 广西壮族自治区")
    assert out.index("\nnational (") < out.index("\nprovincial (") < out.index("\nmunicipal (")
    assert "targets 专精特新中小企业" in out and "桂工信企业〔2025〕309号" in out


@pytest.mark.parametrize("args, message", [
    (["trace", "创新管理知识产权国际标准"], "matches several documents"),
    (["trace", "不存在的文件"], "no document matches"),
    (["coverage", "不存在的文件"], "no document matches"),
    (["match", "--region", "火星市", "--category", "中小企业"], "no region"),
    (["match", "--region", "柳州市", "--category", "不存在的类别"], "no enterprise category"),
])
def test_errors_are_messages_not_tracebacks(run, args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args", [["trace", "x", "--depth", "0"], ["trace", "x", "--format", "xml"],
                                  ["match", "--category", "中小企业"], ["trace", "x", "--sideways"]])
def test_bad_arguments_are_usage_errors(run, args):
    assert run(*args).exit_code == 2


def test_low_confidence_edges_carry_a_marker(sample, monkeypatch):
    monkeypatch.setenv("POLICY_GRAPH_GRAPH", sample.name)
    result = CliRunner().invoke(cli, ["trace", "财建〔2023〕117号"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    marked = [line for line in result.output.splitlines() if LOW_MARK in line]
    assert len(marked) == 2  # the 柳州 edge (confidence 0.4) and the footer
    assert "sample-compilation.txt:20 (basis-phrase, 0.40)" in marked[0]
    assert "1 marked" in marked[1]
