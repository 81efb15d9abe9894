"""The root ``policy-graph`` command group; each command group lives in a module beside it."""

from pathlib import Path

import click

from graph.store.config import PROJECT_DIR

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="policy-graph")
def cli() -> None:
    """Trace how Chinese SME policy cascades from the State Council down to provinces and cities.

    Policy compilations (政策汇编) become a knowledge graph of documents, agencies, regions,
    enterprise categories and programmes, stored in an embedded FalkorDB (default) or Neo4j.
    """


# The bundled corpus: beside the package in a checkout, or under the working directory (Docker image).
CORPUS_DIRS = (PROJECT_DIR / "data" / "corpus", Path("data") / "corpus")


def bundled_corpus() -> list[Path]:
    """The bundled compilations (data/corpus/*.txt), or [] when none is found."""
    for folder in CORPUS_DIRS:
        if files := sorted(folder.glob("*.txt")):
            return files
    return []
