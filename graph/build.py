"""Extraction dicts (the loader's output, one per compilation) -> one resolved networkx graph."""

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import networkx as nx
from loaders.normalize import normalize_title

from graph import model
from graph.agencies import Agency, agency_or_printed, resolve_agency
from graph.errors import ExtractionFormatError
from graph.identity import (Mention, best_number, document_id, make_mention, number_key, resolve,
                            title_key)
from graph.infer import Placement, from_number, from_title, kind_from_title
from graph.reference import CHINA, categories, regions

_REQUIRED = ("source", "sha256", "documents")
_RELATIONS = {"implements": "IMPLEMENTS", "cites": "CITES", "interprets": "INTERPRETS",
              "replaces": "REPLACES"}
# A more specific relation makes a plain CITES between the same two documents redundant.
_SPECIFIC = ("IMPLEMENTS", "INTERPRETS", "REPLACES")
_VERBS = {
    "implements": ("贯彻", "落实", "根据", "依据", "按照", "执行", "实施", "遵照"),
    "replaces": ("废止", "停止执行", "修订", "代替", "替代", "失效"),
    "interprets": ("解读", "答记者问", "问答", "解释"),
}
_BASE_CONFIDENCE = {"implements": 0.9, "replaces": 0.9, "interprets": 0.9, "cites": 0.85}
_FAR_VERB = 40  # characters between the verb and the reference beyond which confidence drops
_FAR_FACTOR = 0.8


@dataclass
class _DocRef:
    """One reproduced document of one extraction."""
    extraction: dict
    doc: dict
    file: str
    mention: int


def _file_name(extraction: dict) -> str:
    return PurePath(str(extraction["source"])).name


def _check(extraction: Any, position: int) -> None:
    if not isinstance(extraction, dict):
        raise ExtractionFormatError(f"extraction #{position} is a {type(extraction).__name__}, not a "
                                    "dict; pass the output of loaders.extract_file")
    missing = [k for k in _REQUIRED if k not in extraction]
    if missing:
        raise ExtractionFormatError(f"extraction #{position} lacks {', '.join(missing)}; pass the "
                                    "output of loaders.extract_file")


def _region_code(text: Any) -> str:
    if not text:
        return ""
    reg = regions()
    text = str(text)
    code = reg.lookup(text)
    if code:
        return code
    found = reg.prefix("".join(text.split()))
    return found[0] if found else ""


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _titles(doc: dict) -> list[str]:
    return [t for t in [doc.get("title")] + list(doc.get("alt_titles") or []) if t]


def _put(attrs: dict, key: str, value: Any) -> None:
    """Set a property unless unknown: the graph never holds None or empty values."""
    if value is None or value == "" or value == []:
        return
    attrs[key] = value


def _sha(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def _confidence(relation: str, resolution: str, evidence: str, target: str, base: Any) -> float:
    conf = float(base) if isinstance(base, (int, float)) else _BASE_CONFIDENCE.get(relation, 0.85)
    conf *= model.RESOLUTION_FACTOR.get(resolution, 1.0)
    verbs = _VERBS.get(relation)
    if verbs and evidence:
        compact = "".join(evidence.split())
        at = compact.find("".join(target.split())[:8]) if target else -1
        positions = [p for v in verbs for p in [compact.rfind(v, 0, at if at >= 0 else None)] if p >= 0]
        if at >= 0 and (not positions or at - max(positions) > _FAR_VERB):
            conf *= _FAR_FACTOR
    return round(min(max(conf, 0.0), 1.0), 3)


def build_graph(extractions: list[dict]) -> nx.MultiDiGraph:
    """One graph following graph.model from the loader's output for one or more compilations."""
    for i, ex in enumerate(extractions):
        _check(ex, i)
    # The same file given twice is loaded once.
    by_sha = {str(ex["sha256"]): ex for ex in extractions}
    extractions = [by_sha[s] for s in sorted(by_sha)]

    mentions: list[Mention] = []
    reproduced: list[_DocRef] = []
    local: dict[tuple[str, str], int] = {}  # (sha256, local document id) -> mention
    cited: list[tuple[dict, dict, int]] = []  # (extraction, citation, mention)

    for ex in extractions:
        sha = str(ex["sha256"])
        for doc in ex.get("documents") or []:
            region = _region_code(doc.get("region")) or _number_region(doc.get("doc_number"))
            order = (0, number_key(doc.get("doc_number") or ""), sha, int(doc.get("line_start") or 0))
            m = make_mention(doc.get("doc_number") or "", _titles(doc), region, True, order)
            local[(sha, str(doc.get("id")))] = len(mentions)
            reproduced.append(_DocRef(ex, doc, _file_name(ex), len(mentions)))
            mentions.append(m)
    for ex in extractions:
        sha = str(ex["sha256"])
        for c in ex.get("citations") or []:
            title, number = c.get("to_title") or "", c.get("to_doc_number") or ""
            order = (1, number_key(number), title_key(title) if title else "", sha, int(c.get("line") or 0))
            m = make_mention(number, [title] if title else [], "", False, order)
            if not (m.number or m.keys) or (sha, str(c.get("from"))) not in local:
                continue
            m.resolution = "doc-number" if m.number else "title"
            cited.append((ex, c, len(mentions)))
            mentions.append(m)

    clusters = resolve(mentions)
    g = nx.MultiDiGraph()
    doc_ids = [document_id(c.numbers, [k for i in c.members for k in mentions[i].keys],
                           ":".join(map(str, mentions[min(c.members, key=lambda i: mentions[i].order)].order[2:])))
               for c in clusters]

    _add_documents(g, clusters, mentions, reproduced, cited, local, doc_ids)
    _add_compilations(g, extractions, reproduced, mentions, doc_ids)
    _add_citations(g, cited, mentions, local, doc_ids)
    _add_targets_and_programs(g, extractions, local, mentions, doc_ids)
    _add_categories(g)
    _add_regions(g)
    return g


def _number_region(doc_number: Any) -> str:
    found = from_number(number_key(str(doc_number))) if doc_number else None
    return found.region_code if found else ""


def _place(docs: list[dict], number: str, titles: list[str], citing: list[str]) -> Placement | None:
    """Level and region as printed, else inferred from the number, the titles, the citing regions."""
    region = next((r for r in (_region_code(d.get("region")) for d in docs) if r), "")
    level = next((_clean(d["level"]) for d in docs if d.get("level")), "")
    if region or level:
        if not region:
            by_number = from_number(number)
            region = by_number.region_code if by_number else (CHINA if level == "national" else "")
        return Placement(level or regions().by_code[region].level, region, "printed")
    found = from_number(number) or next(filter(None, map(from_title, titles)), None)
    if found or not citing:
        return found
    for title in titles:
        places = {from_title(title, r) for r in citing}
        if len(places) == 1 and None not in places:
            return places.pop()
    return None


def _add_documents(g, clusters, mentions, reproduced, cited, local, doc_ids) -> None:
    by_cluster: dict[int, list[_DocRef]] = {}
    for ref in sorted(reproduced, key=lambda r: mentions[r.mention].order):
        by_cluster.setdefault(mentions[ref.mention].cluster, []).append(ref)
    cited_titles: dict[int, Counter] = {}
    citing: dict[int, set[int]] = {}  # cluster -> clusters of the documents that cite it
    for ex, c, mi in cited:
        if c.get("to_title"):
            cited_titles.setdefault(mentions[mi].cluster, Counter())[normalize_title(c["to_title"])] += 1
        source = mentions[local[(str(ex["sha256"]), str(c.get("from")))]].cluster
        citing.setdefault(mentions[mi].cluster, set()).add(source)

    titles: dict[int, tuple[str, list[str]]] = {}  # cluster -> (title, alternative titles)
    places: dict[int, Placement | None] = {}
    for n, cluster in enumerate(clusters):
        docs = [r.doc for r in by_cluster.get(n, [])]
        printed = [normalize_title(t) for d in docs for t in _titles(d)]
        if docs:
            title = normalize_title(docs[0].get("title") or printed[0]) if printed else ""
        else:
            counts = cited_titles.get(n, Counter())
            title = min(counts, key=lambda t: (-counts[t], -len(t), t)) if counts else ""
        printed += sorted(cited_titles.get(n, {}))
        titles[n] = (title, sorted({t for t in printed if t and t != title}))
        places[n] = _place(docs, best_number(cluster.numbers), [t for t in [title] + titles[n][1] if t], [])
    for n, cluster in enumerate(clusters):
        sources = sorted({places[s].region_code for s in citing.get(n, ()) if places[s]})
        if places[n] is None and sources:
            places[n] = _place([], "", [t for t in [titles[n][0]] + titles[n][1] if t], sources)

    agencies: dict[str, set[str]] = {}  # canonical agency name -> printed forms
    agency_info: dict[str, Agency] = {}

    for n, cluster in enumerate(clusters):
        refs = by_cluster.get(n, [])
        docs = [r.doc for r in refs]
        attrs: dict[str, Any] = {"label": model.DOCUMENT, "id": doc_ids[n], "in_corpus": bool(refs)}
        title, alt_titles = titles[n]
        number = best_number(cluster.numbers)
        place = places[n]
        region = place.region_code if place else ""
        kind = next((_clean(d["kind"]) for d in docs if d.get("kind")), "") or kind_from_title(title)

        _put(attrs, "title", title or number)
        _put(attrs, "alt_titles", alt_titles)
        _put(attrs, "doc_number", number)
        _put(attrs, "kind", kind)
        _put(attrs, "level", place.level if place else "")
        _put(attrs, "region_code", region)
        _put(attrs, "level_source", place.source if place else "")
        _put(attrs, "date", next((_clean(d["date"]) for d in docs if d.get("date")), ""))
        _put(attrs, "title_source", next((_clean(d["title_source"]) for d in docs if d.get("title_source")), "")
             if refs else "referenced")
        g.add_node(doc_ids[n], **attrs)

        issuers: list[tuple[Agency, str, str, str]] = []  # (agency, role, printed, source)
        for d in docs:
            for i, name in enumerate(d.get("issuers") or []):
                if _clean(name):
                    agency = agency_or_printed(name, region)
                    issuers.append((agency, "lead" if i == 0 else "co", _clean(name), "printed"))
        inferred = from_number(number) if number else None
        if not (inferred and inferred.agency) and place and place.source != "printed":
            inferred = place
        if not issuers and inferred and inferred.agency:
            issuers.append((inferred.agency, "lead", inferred.agency.name, inferred.source))
        for agency, role, name, source in issuers:
            agencies.setdefault(agency.name, set()).add(name)
            agency_info[agency.name] = agency
            edge = g.get_edge_data(doc_ids[n], agency.id, "ISSUED_BY")
            if edge is None or (role == "lead" and edge["role"] == "co"):
                g.add_edge(doc_ids[n], agency.id, key="ISSUED_BY", type="ISSUED_BY", role=role, source=source)
    _add_agencies(g, agencies, agency_info)


def _add_agencies(g, agencies: dict[str, set[str]], info: dict[str, Agency]) -> None:
    pending = sorted(info)
    while pending:
        name = pending.pop()
        agency = info[name]
        if agency.parent and agency.parent not in info:
            parent = resolve_agency(agency.parent) or Agency(agency.parent, agency.region_code, "")
            info[parent.name] = parent
            pending.append(parent.name)
    for name in sorted(info):
        agency = info[name]
        attrs: dict[str, Any] = {"label": model.AGENCY, "id": agency.id, "name": name}
        _put(attrs, "aliases", sorted(agencies.get(name, set()) - {name}))
        _put(attrs, "level", agency.level)
        _put(attrs, "region_code", agency.region_code)
        g.add_node(agency.id, **attrs)
        if agency.region_code:
            g.add_edge(agency.id, agency.region_code, key="IN", type="IN")
    for name in sorted(info):
        agency = info[name]
        if agency.parent:
            g.add_edge(agency.id, info[agency.parent].id, key="PART_OF", type="PART_OF")


def _add_compilations(g, extractions, reproduced, mentions, doc_ids) -> None:
    for ex in extractions:
        sha = str(ex["sha256"])
        cid = "compilation-" + sha[:16]
        meta = ex.get("compilation") or {}
        attrs: dict[str, Any] = {"label": model.COMPILATION, "id": cid}
        _put(attrs, "title", _clean(meta.get("title")) or _file_name(ex))
        _put(attrs, "publisher", _clean(meta.get("publisher")))
        _put(attrs, "date", _clean(meta.get("date")))
        _put(attrs, "file", _file_name(ex))
        _put(attrs, "sha256", sha)
        g.add_node(cid, **attrs)
    for ref in reproduced:
        cid = "compilation-" + str(ref.extraction["sha256"])[:16]
        did = doc_ids[mentions[ref.mention].cluster]
        start, end = int(ref.doc.get("line_start") or 0), int(ref.doc.get("line_end") or 0)
        edge = g.get_edge_data(cid, did, "CONTAINS")
        if edge is None or start < edge["line_start"]:
            g.add_edge(cid, did, key="CONTAINS", type="CONTAINS", line_start=start, line_end=end)


def _add_citations(g, cited, mentions, local, doc_ids) -> None:
    best: dict[tuple[str, str, str], dict] = {}
    for ex, c, mi in cited:
        m = mentions[mi]
        source = doc_ids[mentions[local[(str(ex["sha256"]), str(c.get("from")))]].cluster]
        target = doc_ids[m.cluster]
        relation = str(c.get("relation") or "cites")
        rel = _RELATIONS.get(relation, "CITES")
        if source == target:
            continue
        evidence = _clean(c.get("evidence"))
        method = c.get("method") or (f"pattern:{relation}-verb" if relation in _VERBS else "pattern:quoted-title")
        props = {
            "type": rel,
            "file": _file_name(ex),
            "line": int(c.get("line") or 0),
            "method": f"{method};resolve:{m.resolution}",
            "confidence": _confidence(relation, m.resolution, evidence,
                                      c.get("to_title") or c.get("to_doc_number") or "",
                                      c.get("confidence")),
        }
        _put(props, "evidence", evidence)
        key = (source, target, rel)
        old = best.get(key)
        if old is None or (-props["confidence"], props["file"], props["line"]) < (
                -old["confidence"], old["file"], old["line"]):
            best[key] = props
    specific = {(s, t) for s, t, r in best if r in _SPECIFIC}
    for (s, t, rel), props in sorted(best.items()):
        if rel == "CITES" and (s, t) in specific:
            continue
        g.add_edge(s, t, key=rel, **props)
    for s, t, rel in best:
        if rel == "REPLACES":
            g.nodes[t]["status"] = "replaced"


def _provenance(ex: dict, item: dict, method: str, confidence: float) -> dict:
    props = {"file": _file_name(ex), "line": int(item.get("line") or 0),
             "method": item.get("method") or method,
             "confidence": float(item.get("confidence") or confidence)}
    _put(props, "evidence", _clean(item.get("evidence")))
    return props


def _add_edge_once(g, source: str, target: str, rel: str, props: dict) -> None:
    old = g.get_edge_data(source, target, rel)
    if old is None or (props["file"], props["line"]) < (old["file"], old["line"]):
        g.add_edge(source, target, key=rel, type=rel, **props)


def category_id(name: str) -> str:
    return "category-" + _sha(name, 12)


def program_id(name: str) -> str:
    return "program-" + _sha(title_key(name), 12)


def _add_targets_and_programs(g, extractions, local, mentions, doc_ids) -> None:
    canonical = categories().canonical
    for ex in extractions:
        sha = str(ex["sha256"])
        for t in ex.get("targets") or []:
            mi = local.get((sha, str(t.get("document"))))
            name = _clean(t.get("category"))
            if mi is None or not name:
                continue
            name = canonical.get(name, name)
            cid = category_id(name)
            if cid not in g:
                g.add_node(cid, label=model.CATEGORY, id=cid, name=name)
            _add_edge_once(g, doc_ids[mentions[mi].cluster], cid, "TARGETS",
                           _provenance(ex, t, "pattern:category-name", 0.9))
        for p in ex.get("programs") or []:
            mi = local.get((sha, str(p.get("document"))))
            name = normalize_title(p.get("name") or "")
            if mi is None or not name:
                continue
            pid = program_id(name)
            if pid not in g:
                g.add_node(pid, label=model.PROGRAM, id=pid, name=name)
            rel = "ESTABLISHES" if str(p.get("relation", "")).lower() == "establishes" else "MENTIONS"
            _add_edge_once(g, doc_ids[mentions[mi].cluster], pid, rel,
                           _provenance(ex, p, f"pattern:program-{rel.lower()}", 0.8))


def _add_categories(g) -> None:
    table = categories()
    for name in sorted(table.parents):
        cid = category_id(name)
        if cid not in g:
            g.add_node(cid, label=model.CATEGORY, id=cid, name=name)
    for name, parents in sorted(table.parents.items()):
        for parent in parents:
            pid = category_id(parent)
            if pid not in g:
                g.add_node(pid, label=model.CATEGORY, id=pid, name=parent)
            g.add_edge(category_id(name), pid, key="SUBSET_OF", type="SUBSET_OF")


def _add_regions(g) -> None:
    """China, every province, the cities of each province that appears, and every region used."""
    reg = regions()
    used = {a["region_code"] for _, a in g.nodes(data=True) if a.get("region_code")}
    provinces = {reg.province_of(c) for c in used} - {None}
    wanted = {CHINA} | {c for c, r in reg.by_code.items() if r.level == "provincial"}
    wanted |= {c for c, r in reg.by_code.items() if r.level == "municipal" and r.parent in provinces}
    for code in used:
        wanted.update(reg.ancestors(code))
    for code in sorted(wanted):
        r = reg.by_code[code]
        g.add_node(code, label=model.REGION, code=code, name=r.name, level=r.level)
    for code in sorted(wanted):
        parent = reg.by_code[code].parent
        if parent:
            g.add_edge(code, parent, key="PART_OF", type="PART_OF")
