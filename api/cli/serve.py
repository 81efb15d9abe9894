"""``policy-graph serve``: the HTTP API under uvicorn."""

import click
import uvicorn

from api.app import create_app
from api.cli.main import cli
from api.settings import Settings


@cli.command()
@click.option(
    "--host", default=None, help="Interface to bind [default: 127.0.0.1, or $POLICY_GRAPH_HOST]."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help="TCP port [default: 8000, or $POLICY_GRAPH_PORT].",
)
def serve(host: str | None, port: int | None) -> None:
    """Serve the JSON API over the configured store; OpenAPI docs at /docs."""
    settings = Settings()
    if host is not None:
        settings.host = host
    if port is not None:
        settings.port = port
    click.echo(f"policy-graph API on http://{settings.host}:{settings.port} (docs at /docs)")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
