"""Commands over graph.store: ``load``, ``query`` and ``db start|stop|status``."""

import json
from pathlib import Path
from typing import Any

import click

from api.cli.main import CORPUS_DIRS, bundled_corpus, cli
from api.cli.output import aligned
from graph.store import StoreSettings, open_store
from graph.store.falkordb_server import FalkorServer
from loaders.errors import PolicyGraphError

# The bundled corpus: beside the source tree, or in the working directory of an installed copy.
STAGES = {"extract": "Extracting compilations", "write": "Writing the graph"}


def settings_for(store: str | None, **overrides: Any) -> StoreSettings:
    values = {"store": store, **overrides}
    return StoreSettings(**{k: v for k, v in values.items() if v is not None})


store_option = click.option(
    "--store",
    type=click.Choice(["falkordb", "neo4j"]),
    help="Graph store (default: POLICY_GRAPH_STORE or falkordb); neo4j reads NEO4J_URI, "
    "NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.",
)


class StageBars:
    """A ``graph.store`` progress callback drawing one click progress bar per stage."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.stage = ""
        self.done = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage, self.done = stage, 0
            self.bar = click.progressbar(length=total, label=STAGES.get(stage, stage))
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@click.option("--batch-size", type=click.IntRange(min=1),
              help="Rows per write batch (default: POLICY_GRAPH_BATCH_SIZE or 1000).")
@click.option("--silent", is_flag=True, help="No progress bars.")
def load(files: tuple[Path, ...], store: str | None, batch_size: int | None, silent: bool) -> None:
    """Load compilations (政策汇编 text files) into the graph store.

    With no FILES, loads the bundled corpus (data/corpus/*.txt). Compilations loaded before stay:
    the graph is rebuilt from all of them, so loading the same files again changes nothing.
    """
    paths = list(files) or bundled_corpus()
    if not paths:
        raise click.ClickException(
            f"no files given and no bundled corpus in {' or '.join(map(str, CORPUS_DIRS))}")
    bars = None if silent else StageBars()
    try:
        opened = open_store(settings_for(store, batch_size=batch_size))
        try:
            result = opened.load(paths, bars)
            counts = opened.counts()
        finally:
            if bars:
                bars.close()
            opened.close()
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    for r in result["replaced"]:
        click.echo(f"replaced {r['name']} (sha256 {r['old'][:12]}→{r['new'][:12]})")
    click.echo(
        f"Loaded {result['files']} file(s); the graph holds {result['compilations']} "
        f"compilation(s), {result['nodes']} nodes and {result['relationships']} relationships."
    )
    click.echo(table(["label", "count"], [{"label": k, "count": v}
                                          for k, v in counts["nodes"].items()]))
    click.echo(table(["type", "count"], [{"type": k, "count": v}
                                         for k, v in counts["relationships"].items()]))


def parse_param(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint="--param")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


@cli.command()
@click.argument("text", metavar="CYPHER")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Query parameter $NAME; VALUE is read as JSON when it parses, else as text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--timeout-ms", type=click.IntRange(min=1), default=10000, show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Most rows returned.")
@store_option
def query(text: str, params: tuple[str, ...], fmt: str, timeout_ms: int, limit: int,
          store: str | None) -> None:
    """Run a read-only Cypher query; the store itself refuses writes.

    \b
    policy-graph query "$(cat cypher/guide_trace_down.cypher)" -p number=财建〔2023〕117号
    """
    values = dict(parse_param(p) for p in params)
    try:
        opened = open_store(settings_for(store))
        try:
            columns, rows = opened.read_only(text, values, timeout_ms=timeout_ms, limit=limit)
        finally:
            opened.close()
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    if fmt == "json":
        click.echo(json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False, indent=2))
    else:
        click.echo(table(columns, rows))


def cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def table(columns: list[str], rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned text table (CJK characters count two columns)."""
    lines = aligned(columns, [[cell(row.get(c)) for c in columns] for row in rows])
    return "\n".join(lines) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


@cli.group()
def db() -> None:
    """Start, stop or inspect the embedded FalkorDB server (data in POLICY_GRAPH_DATA_DIR)."""


def server() -> FalkorServer:
    return FalkorServer(StoreSettings().data_dir)


@db.command()
def start() -> None:
    """Start the server, or report the one already running."""
    own = server()
    try:
        started = own.start()
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    verb = "Started" if started else "Already running:"
    click.echo(f"{verb} FalkorDB pid {own.pid()} on {own.socket}")


@db.command()
def stop() -> None:
    """Save the data and stop the server."""
    own = server()
    try:
        stopped = own.stop()
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"Stopped FalkorDB in {own.data_dir}" if stopped
               else f"No FalkorDB server runs in {own.data_dir}")


@db.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def status(fmt: str) -> None:
    """Whether the server runs, with its pid, socket, data folder, memory and graph counts.

    Exits with status 1 when no server runs.
    """
    own = server()
    info = own.status()
    if info["running"]:
        try:
            opened = open_store(StoreSettings(), start=False)
            try:
                info["graph"] = opened.name
                info["counts"] = opened.counts()
            finally:
                opened.close()
        except PolicyGraphError as e:
            info["error"] = str(e)
    if fmt == "json":
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        for key, value in info.items():
            click.echo(f"{key}: {cell(value)}")
    if not info["running"]:
        raise SystemExit(1)
