"""The administrative regions table (GB/T 2260), shared by the loader and the graph resolver.

``loaders/data/regions.csv`` has one row per region: ``code,name,level,parent,short`` where
``parent`` is the parent's code, ``level`` is national | provincial | municipal | county and
``short`` the one-character abbreviation a document-number 代字 starts with (黔, 桂, 柳 …).
Its source is noted in ``loaders/data/SOURCES.md``. ``graph`` reads the same rows through
``region_rows()``; ``loaders`` uses them to place a document from its issuers and title.
"""

import re
from functools import cache

from loaders.errors import LoaderError
from loaders.tables import DATA_DIR, read_table

REGIONS_CSV = DATA_DIR / "regions.csv"
COLUMNS = ("code", "name", "level", "parent", "short")
_LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2, "county": 3}
# Suffixes dropped from a province or city name to get the name used on its own. 地区 and 盟
# are kept: 阿里 (阿里地区) would name 阿里巴巴 as a place.
_SUFFIX_RE = re.compile(r"(?:自治区|自治州|特别行政区|省|市)$")


@cache
def region_rows() -> tuple[dict, ...]:
    """Every row of regions.csv as a dict with the keys of ``COLUMNS``."""
    rows = tuple(read_table(REGIONS_CSV.name))
    if rows and tuple(rows[0]) != COLUMNS:
        raise LoaderError(f"{REGIONS_CSV}: the header must be {','.join(COLUMNS)}; fix the file")
    return rows


@cache
def _ethnic_forms() -> tuple[str, ...]:
    """How the ethnic groups are printed in place names, longest first: 布依族, and without 族
    where two characters or more are left (新疆维吾尔自治区, 伊犁哈萨克自治州)."""
    names = [row["name"] for row in read_table("ethnic_groups.csv", ("name",))]
    forms = {*names, *(n.removesuffix("族") for n in names if len(n) >= 3)}
    return tuple(sorted(forms, key=len, reverse=True))


def short_name(name: str) -> str:
    """The part of a province or city name used on its own: 柳州市 -> 柳州, 广西壮族自治区 -> 广西,
    黔南布依族苗族自治州 -> 黔南; the name itself where fewer than two characters would be left."""
    core = _SUFFIX_RE.sub("", name)
    if name.endswith(("自治区", "自治州")):
        # the ethnic groups before the suffix, last first
        while group := next((g for g in _ethnic_forms() if core.endswith(g) and len(core) - len(g) >= 2), None):
            core = core[:-len(group)]
    return core if len(core) >= 2 else name


def ranked_rows() -> list[dict]:
    """The rows of regions.csv, higher levels first, then by code: where two regions share a
    name, the first one in this order takes it."""
    return sorted(region_rows(), key=lambda r: (_LEVEL_RANK.get(r["level"], 9), r["code"]))


def printed_names(row: dict) -> list[str]:
    """The names a region is printed by: its full name and, for a province or prefecture-level
    city, its short name (广西, 柳州), and for an autonomous prefecture also that plus 州 (黔南州),
    as its agencies print it. Counties go by their full name only: their short names are
    ordinary words too often."""
    names = [row["name"]]
    if row["level"] in ("provincial", "municipal"):
        short = short_name(row["name"])
        names.append(short)
        if row["name"].endswith("自治州"):
            names.append(short + "州")
    return names


@cache
def region_forms() -> tuple[dict[str, tuple[str, str]], int]:
    """(form -> (level, full name), longest form length) for every way a region is printed
    (``printed_names``) below the national level; a name two regions share goes to the higher
    level."""
    forms: dict[str, tuple[str, str]] = {}
    for r in ranked_rows():
        if r["level"] != "national":
            for name in printed_names(r):
                forms.setdefault(name, (r["level"], r["name"]))
    return forms, max(map(len, forms), default=0)


def region_at(text: str, start: int = 0) -> tuple[str, str] | None:
    """(level, full name) of the longest region name that begins at text[start], or None."""
    forms, longest = region_forms()
    for n in range(min(longest, len(text) - start), 1, -1):
        hit = forms.get(text[start:start + n])
        if hit:
            return hit
    return None


@cache
def _parents() -> dict[str, str | None]:
    """Full name -> the full name of its parent, for the region that takes the name (ranked_rows)."""
    by_code = {r["code"]: r["name"] for r in region_rows()}
    parents: dict[str, str | None] = {}
    for r in ranked_rows():
        parents.setdefault(r["name"], by_code.get(r["parent"]))
    return parents


def within(name: str, ancestor: str) -> bool:
    """Whether the region named ``name`` is ``ancestor`` or lies inside it (柳州市 in 广西壮族自治区)."""
    parents = _parents()
    while name:
        if name == ancestor:
            return True
        name = parents.get(name)
    return False
