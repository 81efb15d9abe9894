"""``policy-graph extract FILE``: the loader's JSON output for one compilation."""

import json

import click

from api.cli.main import cli
from loaders import extract_file
from loaders.errors import PolicyGraphError


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (compact one-line JSON by default).")
def extract(file: str, fmt: str, pretty: bool) -> None:
    """Print the documents, citations, targets and programmes found in FILE as one JSON object."""
    try:
        result = extract_file(file)
    except PolicyGraphError as e:
        raise click.ClickException(str(e)) from e
    click.echo(json.dumps(result, ensure_ascii=False, indent=2 if pretty else None))
