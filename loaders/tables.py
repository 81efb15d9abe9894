"""The loader's data tables (``loaders/data/*.csv``, sources in ``loaders/data/SOURCES.md``)."""

import csv
from pathlib import Path

from loaders.errors import LoaderError

DATA_DIR = Path(__file__).parent / "data"


def read_table(name: str, columns: tuple[str, ...] = ()) -> list[dict]:
    """Every row of ``loaders/data/<name>`` as a dict (lines starting with # are comments).

    A file that cannot be read, a row with more fields than the header, or a row with one of
    ``columns`` empty raises LoaderError naming the file.
    """
    path = DATA_DIR / name
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise LoaderError(f"cannot read the data file {path}: {e}; restore it from the repository") from e
    for row in rows:
        if None in row or any(not (row.get(c) or "").strip() for c in columns):
            raise LoaderError(f"{path}: row {row} lacks one of the columns {', '.join(columns)}; fix the row")
    return rows
