"""The administrative regions table (GB/T 2260), shared by the loader and the graph resolver.

``loaders/data/regions.csv`` has one row per region: ``code,name,level,parent,short`` where
``parent`` is the parent's code, ``level`` is national | provincial | municipal | county and
``short`` the one-character abbreviation a document-number 代字 starts with (黔, 桂, 柳 …).
Its source is noted in ``loaders/data/SOURCES.md``. ``graph`` reads the same rows through
``region_rows()``; ``loaders`` uses them to place a document from its issuers and title.
"""

import csv
import re
from functools import cache
from pathlib import Path

from loaders.errors import LoaderError

REGIONS_CSV = Path(__file__).parent / "data" / "regions.csv"
COLUMNS = ("code", "name", "level", "parent", "short")
_LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2, "county": 3}
# The part of a province or city name that is used on its own: 广西壮族自治区 -> 广西, 柳州市 -> 柳州.
_SUFFIX_RE = re.compile(r"(?:壮族|回族|维吾尔|布依族苗族|苗族侗族)?(?:自治区|自治州|特别行政区|省|市)$")


@cache
def region_rows() -> tuple[dict, ...]:
    """Every row of regions.csv as a dict with the keys of ``COLUMNS``."""
    try:
        with REGIONS_CSV.open(encoding="utf-8", newline="") as f:
            rows = tuple(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise LoaderError(f"cannot read the data file {REGIONS_CSV}: {e}; restore it from the repository") from e
    if rows and tuple(rows[0]) != COLUMNS:
        raise LoaderError(f"{REGIONS_CSV}: the header must be {','.join(COLUMNS)}; fix the file")
    return rows


@cache
def region_forms() -> tuple[dict[str, tuple[str, str]], int]:
    """(form -> (level, full name), longest form length) for every way a region is named.

    Provinces and prefecture-level cities by full and short name, counties by full name only
    (their short names are ordinary words too often). A name two regions share goes to the
    higher level.
    """
    forms: dict[str, tuple[str, str]] = {}
    for r in sorted(region_rows(), key=lambda r: (_LEVEL_RANK.get(r["level"], 9), r["code"])):
        if r["level"] == "national":
            continue
        forms.setdefault(r["name"], (r["level"], r["name"]))
        if r["level"] != "county":
            core = _SUFFIX_RE.sub("", r["name"])
            if len(core) >= 2:
                forms.setdefault(core, (r["level"], r["name"]))
    return forms, max(map(len, forms), default=0)


def region_at(text: str, start: int = 0) -> tuple[str, str] | None:
    """(level, full name) of the longest region name that begins at text[start], or None."""
    forms, longest = region_forms()
    for n in range(min(longest, len(text) - start), 1, -1):
        hit = forms.get(text[start:start + n])
        if hit:
            return hit
    return None
