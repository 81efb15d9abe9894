"""The root ``policy-graph`` command group; each command group lives in a module beside it."""

import click

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="policy-graph")
def cli() -> None:
    """Trace how Chinese SME policy cascades from the State Council down to provinces and cities.

    Policy compilations (政策汇编) become a knowledge graph of documents, agencies, regions,
    enterprise categories and programmes, stored in an embedded FalkorDB (default) or Neo4j.
    """
