"""`policy-graph stats` and `policy-graph export`: the resolved graph of compilation files, no database."""

import json
from pathlib import Path

import click
import networkx as nx

import graph
import loaders
from api.cli.main import CORPUS_DIRS, bundled_corpus, cli
from api.cli.output import display_width, pad
from loaders.errors import PolicyGraphError

files_argument = click.argument(
    "files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))


def _graph(files: tuple[Path, ...]) -> nx.MultiDiGraph:
    paths = list(files) or bundled_corpus()
    if not paths:
        raise click.ClickException(f"no compilation given and none bundled in {' or '.join(map(str, CORPUS_DIRS))}; "
                                   "pass the text files to read")
    try:
        return graph.build_graph([loaders.extract_file(p) for p in paths])
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e


def _table(s: dict) -> str:
    lines = []

    def section(title: str, counts: dict) -> None:
        lines.append(title)
        width = max((display_width(str(k)) for k in counts), default=0)
        lines.extend(f"  {pad(str(k), width)}  {v:>6}" for k, v in counts.items())

    section("Nodes by label", s["nodes"])
    section("Relationships by type", s["relationships"])
    docs = s["documents"]
    section("Documents", {k: docs[k] for k in ("total", "in_corpus", "cited_only")})
    section("Documents in a compilation, by level", docs["by_level"])
    section("Documents in a compilation, by region", docs["by_region"])
    section("Cited-only documents, how their level is known", docs["cited_only_level_source"])
    section("Citations (IMPLEMENTS, CITES, INTERPRETS, REPLACES)", s["citations"])
    section("IMPLEMENTS by level (citing→cited)", s["implements_by_level"])
    return "\n".join(lines)


@cli.command()
@files_argument
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def stats(files: tuple[Path, ...], fmt: str) -> None:
    """Counts of the graph built from FILES (default: the bundled corpus).

    Nodes by label, relationships by type, reproduced documents by level and region, how the level
    of each cited-only document is known (printed, number, title, citing_region or unknown), how
    many citations point to a document that no given compilation reproduces (unresolved), and the
    IMPLEMENTS edges by level pair (municipal→provincial…).
    """
    s = graph.stats(_graph(files))
    click.echo(json.dumps(s, ensure_ascii=False, indent=2) if fmt == "json" else _table(s))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(graph.FORMATS), required=True,
              help="graphml (Gephi, yEd), json (node-link), neo4j-csv (a folder for "
                   "neo4j-admin database import full) or cypher (a cypher-shell script).")
@click.argument("out", type=click.Path(path_type=Path))
@files_argument
def export(fmt: str, out: Path, files: tuple[Path, ...]) -> None:
    """Write the graph built from FILES (default: the bundled corpus) to OUT.

    For neo4j-csv, OUT is a folder that receives one CSV per label and per relationship type.
    """
    try:
        written = graph.export(_graph(files), fmt, out)
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    for path in written:
        click.echo(str(path))
