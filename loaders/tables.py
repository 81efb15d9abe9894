"""The loader's data tables (``loaders/data/*.csv``, sources in ``loaders/data/SOURCES.md``), and
the CSV reader the graph's reference tables (``graph/data/*.csv``) share with them."""

import csv
from pathlib import Path

from loaders.errors import LoaderError, PolicyGraphError

DATA_DIR = Path(__file__).parent / "data"


def read_csv(path: Path, columns: tuple[str, ...] = (),
             error: type[PolicyGraphError] = LoaderError) -> list[dict]:
    """Every row of a CSV data file as a dict (lines starting with # are comments).

    A file that cannot be read, a row with more fields than the header, or a row with one of
    ``columns`` empty raises ``error`` naming the file.
    """
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise error(f"cannot read the data file {path}: {e}; restore it from the repository") from e
    for row in rows:
        if None in row or any(not (row.get(c) or "").strip() for c in columns):
            raise error(f"{path}: row {row} lacks one of the columns {', '.join(columns)}; fix the row")
    return rows


def read_table(name: str, columns: tuple[str, ...] = ()) -> list[dict]:
    """Every row of ``loaders/data/<name>``, read by ``read_csv``."""
    return read_csv(DATA_DIR / name, columns)
