"""Level, region, lead issuer and kind of a document that no compilation prints them for.

A cited-only document is known by a number and titles only. Its place is inferred, in this order:

- ``number``: the 代字 that starts its number (graph/data/issuer_codes.csv), 财建〔2023〕117号 → 财政部;
- ``title``: the issuer part of a title before 关于 (工业和信息化部办公厅关于… → 工业和信息化部办公厅,
  中共贵州省委贵州省人民政府关于… → 中共贵州省委), a title that starts with a province or city name
  (贵州省中小企业促进条例, 广西…) or with 中华人民共和国/国家/全国/中国, or a law (…法, …条例) that names
  no region, which only the national legislature and the State Council issue;
- ``citing_region``: a relative prefix (自治区…, 省…, 市…, also in the issuer part) resolved by the
  region of the documents that cite it, when they all agree.

The source is stored on the document as ``level_source`` and on its inferred ISSUED_BY edge as ``source``.
"""

import re
from dataclasses import dataclass

from loaders.normalize import normalize_title

from graph.agencies import Agency, lead_issuer, relative_region, resolve_agency
from graph.identity import inner_title
from graph.reference import CHINA, agency_for_number, regions

_ABOUT = "关于"
_NATIONAL_PREFIXES = ("中华人民共和国", "国家", "全国", "中国")
_RELATIVE = (("自治区", "provincial"), ("省", "provincial"), ("市", "municipal"))
_NOT_RELATIVE = ("市场", "省级", "市级", "市县", "省市")
# 全省/全市 in a title speaks of the province or city of the documents that cite it.
_WHOLE = (("全省", "provincial"), ("全市", "municipal"))
# A year or a five-year-plan period before the name: 2024年全国…, “十四五”国家…
_LEADING_RE = re.compile(r"^(\d{4}年度?|十[一二三四五六七八九]五)")
# 办法 and 方法 end with 法 but are not laws.
_LAW_RE = re.compile(r"((?<![办方做])法|条例)$")
_DROP = str.maketrans("", "", "《》〈〉“”\"「」 \u3000")


@dataclass(frozen=True)
class Placement:
    level: str
    region_code: str
    source: str  # one of graph.model.LEVEL_SOURCES
    agency: Agency | None = None


def _compact(title: str) -> str:
    return normalize_title(title).translate(_DROP)


def _placed(agency: Agency | None, source: str) -> Placement | None:
    if not agency or agency.region_code not in regions().by_code:
        return None
    return Placement(agency.level, agency.region_code, source, agency)


def from_number(doc_number: str) -> Placement | None:
    """Place of a document whose number starts with a known 代字."""
    name = agency_for_number(doc_number) if doc_number else None
    return _placed(resolve_agency(name), "number") if name else None


def _region_placement(code: str | None, source: str) -> Placement | None:
    region = regions().by_code.get(code or "")
    return Placement(region.level, region.code, source) if region else None


def _from_text(t: str, citing: str) -> Placement | None:
    head, about, _ = t.partition(_ABOUT)
    if about and head:
        found = _placed(lead_issuer(head), "title")
        if not found and citing:
            found = _placed(lead_issuer(head, citing), "citing_region")
        if found:
            return found
    name = _LEADING_RE.sub("", t)
    if name.startswith(_NATIONAL_PREFIXES):
        return _region_placement(CHINA, "title")
    prefix = regions().prefix(name)
    if prefix and regions().by_code[prefix[0]].level in ("provincial", "municipal"):
        return _region_placement(prefix[0], "title")
    if not about:
        # 国务院部门涉企保证金目录清单: the agency places the document but is not said to issue it.
        issuer = lead_issuer(name)
        if issuer:
            return _region_placement(issuer.region_code, "title")
    if citing:
        for word, level in _RELATIVE:
            if name.startswith(word) and not name.startswith(_NOT_RELATIVE):
                return _region_placement(relative_region(level, citing), "citing_region")
        for word, level in _WHOLE:
            if word in name:
                return _region_placement(relative_region(level, citing), "citing_region")
    if not about and _LAW_RE.search(name):
        return _region_placement(CHINA, "title")
    return None


def from_title(title: str, citing_region: str = "") -> Placement | None:
    """Place of a document from one of its titles (and the inner title of a 印发 wrapper).

    citing_region is the region of a document that cites it; it resolves relative prefixes only.
    """
    printed = normalize_title(title)
    inner = inner_title(printed)
    for text in (_compact(printed), _compact(inner) if inner else ""):
        found = _from_text(text, citing_region) if text else None
        if found:
            return found
    return None


def kind_from_title(title: str) -> str:
    """law (…法, …条例), interpretation (…解读…) or policy, for a document known by its title only."""
    t = _compact(title)
    if "解读" in t:
        return "interpretation"
    if _ABOUT not in t and _LAW_RE.search(t):
        return "law"
    return "policy"
