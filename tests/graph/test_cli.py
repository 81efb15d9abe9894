"""`policy-graph stats` and `policy-graph export` through click's runner, on real files."""

import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from api.cli import cli

POLICY = Path(__file__).resolve().parents[2] / "data" / "corpus" / "policy-compilation-2024-12.txt"


def test_stats_json_of_one_file():
    result = CliRunner().invoke(cli, ["stats", "--format", "json", str(POLICY)])
    assert result.exit_code == 0, result.output
    s = json.loads(result.output)
    assert s["nodes"]["Compilation"] == 1
    assert s["documents"]["in_corpus"] >= 1


def test_stats_table_has_every_section():
    result = CliRunner().invoke(cli, ["stats", str(POLICY)])
    assert result.exit_code == 0, result.output
    for title in ("Nodes by label", "Relationships by type", "by level", "by region", "Citations",
                  "how their level is known", "IMPLEMENTS by level (citing→cited)"):
        assert title in result.output
    assert "national→national" in result.output


def test_export_graphml_of_one_file(tmp_path):
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(cli, ["export", "--format", "graphml", str(out), str(POLICY)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    assert nx.read_graphml(out).number_of_nodes() > 0


def test_bad_input_is_a_clean_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["stats", str(empty)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output


def test_unknown_format_is_refused():
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "out.xml"])
    assert result.exit_code == 2
    assert "graphml" in result.output
