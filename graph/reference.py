"""Reference tables loaded once, read-only: graph/data/*.csv, and the loaders' regions and categories."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graph import model
from loaders.references import category_rows
from loaders.regions import printed_names, ranked_rows, region_rows
from loaders.tables import read_csv
from graph.errors import ReferenceDataError

DATA_DIR = Path(__file__).resolve().parent / "data"
CHINA = model.ROOT_REGION


def _rows(path: Path) -> list[dict[str, str]]:
    return read_csv(path, error=ReferenceDataError)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    parent: str


@dataclass(frozen=True)
class Regions:
    by_code: dict[str, Region]
    by_name: dict[str, str]  # full or short name -> code (higher level wins on a clash)

    def ancestors(self, code: str) -> list[str]:
        """The code itself then its parents up to China."""
        out = []
        while code and code in self.by_code and code not in out:
            out.append(code)
            code = self.by_code[code].parent
        return out

    def province_of(self, code: str) -> str | None:
        return next((c for c in self.ancestors(code) if self.by_code[c].level == "provincial"), None)

    def city_of(self, code: str) -> str | None:
        return next((c for c in self.ancestors(code) if self.by_code[c].level == "municipal"), None)

    def lookup(self, text: str) -> str | None:
        """Code of a region given as a code, a full name or a short name (广西, 柳州)."""
        text = "".join(text.split())
        if text in self.by_code:
            return text
        return self.by_name.get(text)

    def prefix(self, text: str) -> tuple[str, str] | None:
        """(code, rest) when text starts with a region name; the longest name wins."""
        for n in range(min(len(text), 12), 1, -1):
            code = self.by_name.get(text[:n])
            if code:
                return code, text[n:]
        return None


@cache
def regions() -> Regions:
    by_code = {r["code"]: Region(r["code"], r["name"], r["level"], r["parent"]) for r in region_rows()}
    by_name: dict[str, str] = {}
    for r in ranked_rows():
        for name in printed_names(r):
            by_name.setdefault(name, r["code"])
    return Regions(by_code, by_name)


@dataclass(frozen=True)
class KnownAgency:
    name: str
    region_code: str
    parent: str
    aliases: tuple[str, ...]


@cache
def known_agencies() -> dict[str, KnownAgency]:
    """Canonical name and every alias -> the agency."""
    out: dict[str, KnownAgency] = {}
    for r in _rows(DATA_DIR / "agencies.csv"):
        agency = KnownAgency(r["name"], r["region_code"], r["parent"], tuple(_split(r["aliases"])))
        for n in (agency.name, *agency.aliases):
            out.setdefault(n, agency)
    return out


@cache
def departments() -> dict[str, str]:
    """Department name as printed (full or short) -> full form (工信厅 -> 工业和信息化厅)."""
    out: dict[str, str] = {}
    for r in _rows(DATA_DIR / "departments.csv"):
        out[r["full"]] = r["full"]
        for short in _split(r["short"]):
            out.setdefault(short, r["full"])
    return out


@cache
def issuer_codes() -> dict[str, str]:
    """发文机关代字 -> canonical agency name."""
    return {r["code"]: r["agency"] for r in _rows(DATA_DIR / "issuer_codes.csv")}


def agency_for_number(doc_number: str) -> str | None:
    """The issuing agency named by the 代字 that starts a document number, longest code first."""
    codes = issuer_codes()
    head = doc_number.split("〔", 1)[0]
    for n in range(len(head), 0, -1):
        if head[:n] in codes:
            return codes[head[:n]]
    return None


@dataclass(frozen=True)
class Categories:
    canonical: dict[str, str]  # name or alias -> canonical name
    parents: dict[str, list[str]]  # canonical name -> canonical parents


@cache
def categories() -> Categories:
    """The enterprise-category hierarchy kept by the loaders (name, aliases, parent)."""
    rows = category_rows()
    canonical: dict[str, str] = {}
    for r in rows:
        canonical[r["name"]] = r["name"]
        for alias in _split(r.get("aliases")):
            canonical.setdefault(alias, r["name"])
    parents = {r["name"]: [canonical.get(p, p) for p in _split(r.get("parent"))] for r in rows}
    return Categories(canonical, parents)
