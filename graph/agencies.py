"""Issuer names as printed -> canonical agencies (工信部 = 工业和信息化部, 自治区工信厅 -> 广西…)."""

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from graph.reference import CHINA, departments, known_agencies, regions

_OFFICES = ("办公厅", "办公室")
_PARTY = "中共"
# Relative region prefixes: the level of the issuing document's region they stand for.
_RELATIVE = (("自治区", "provincial"), ("省", "provincial"), ("市", "municipal"),
             ("县", "county"), ("区", "county"))
# Bodies other than departments that a relative prefix also expands (省新型工业化工作领导小组, 省委).
_BODY_SUFFIXES = ("领导小组", "委员会", "委")
# A word that starts with a prefix character is not a prefix (市场监督管理局 is not 市 + 场…).
_NOT_PREFIX = ("市场", "区域", "县域")
# A body-suffix name never holds these: 财政厅贵州省发展和改革委员会 is two agencies, not one 委员会.
_NOT_IN_BODY = ("厅", "局", "政府")


@dataclass(frozen=True)
class Agency:
    name: str
    region_code: str  # "" when unknown
    parent: str  # canonical name of the body it belongs to, "" when none

    @property
    def id(self) -> str:
        return agency_id(self.name)

    @property
    def level(self) -> str:
        region = regions().by_code.get(self.region_code)
        return region.level if region else ""


def agency_id(name: str) -> str:
    return "agency-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def relative_region(prefix_level: str, doc_region: str) -> str | None:
    """The region a relative prefix (自治区, 省, 市…) of the given level stands for in a document of doc_region."""
    reg = regions()
    if not doc_region:
        return None
    if prefix_level == "provincial":
        return reg.province_of(doc_region)
    if prefix_level == "municipal":
        return reg.city_of(doc_region)
    region = reg.by_code.get(doc_region)
    return doc_region if region and region.level == "county" else None


def _regional(code: str, department: str, party: bool) -> Agency:
    name = regions().by_code[code].name + departments().get(department, department)
    return Agency(_PARTY + name if party else name, code, "")


@lru_cache(maxsize=4096)
def resolve_agency(printed: str, doc_region: str = "") -> Agency | None:
    """The canonical agency for an issuer name as printed, given the issuing document's region."""
    name = "".join(printed.split()).strip("（）()、，,")
    if len(name) < 2:
        return None
    known = known_agencies().get(name)
    if known:
        return Agency(known.name, known.region_code, known.parent)
    for office in _OFFICES:
        if name.endswith(office) and len(name) > len(office) + 1:
            body = resolve_agency(name[: -len(office)], doc_region)
            if body:
                return Agency(body.name + office, body.region_code, body.name)
    party = name.startswith(_PARTY)
    rest = name[len(_PARTY):] if party else name
    found = regions().prefix(rest)
    if found and found[1]:
        return _regional(found[0], found[1], party)
    for prefix, level in _RELATIVE:
        tail = rest[len(prefix):]
        if rest.startswith(prefix) and not rest.startswith(_NOT_PREFIX) and (
                tail in departments() or tail.endswith(_BODY_SUFFIXES)):
            code = relative_region(level, doc_region)
            if code:
                return _regional(code, tail, party)
    if name in departments() and doc_region and doc_region != CHINA:
        return _regional(doc_region, name, False)
    return None


def agency_or_printed(printed: str, doc_region: str = "") -> Agency:
    """Like resolve_agency, but an unknown name becomes an agency of its own in the document's region."""
    resolved = resolve_agency(printed, doc_region)
    if resolved:
        return resolved
    return Agency("".join(printed.split()), doc_region, "")


def _is_unit(tail: str) -> bool:
    """A department (工业和信息化厅) or a body (新型工业化工作领导小组, 委) after a region prefix."""
    if tail in departments():
        return True
    return tail.endswith(_BODY_SUFFIXES) and not any(w in tail for w in _NOT_IN_BODY)


def _is_agency_name(name: str) -> bool:
    if name in known_agencies():
        return True
    for office in _OFFICES:
        if name.endswith(office) and len(name) > len(office) + 1 and _is_agency_name(name[: -len(office)]):
            return True
    rest = name[len(_PARTY):] if name.startswith(_PARTY) else name
    found = regions().prefix(rest)
    if found and _is_unit(found[1]):
        return True
    return any(rest.startswith(prefix) and not rest.startswith(_NOT_PREFIX) and _is_unit(rest[len(prefix):])
               for prefix, _ in _RELATIVE)


def lead_issuer(head: str, doc_region: str = "") -> Agency | None:
    """The first agency named by the issuer part of a title (the text before 关于), or None.

    Stricter than resolve_agency: the longest start of head that is a known agency, or a region (or
    a relative prefix resolved by doc_region) followed by a known department or body, so that
    财政部税务总局 gives 财政部 and 广西壮族自治区工业和信息化厅广西壮族自治区财政厅 gives the first one.
    """
    head = "".join(head.split())
    for n in range(min(len(head), 40), 1, -1):
        if _is_agency_name(head[:n]):
            agency = resolve_agency(head[:n], doc_region)
            if agency and agency.region_code:
                return agency
    return None
