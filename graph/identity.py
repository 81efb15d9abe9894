"""Document identity: which mentions (reproduced documents, citation targets) are one document.

A mention carries identity keys. Strong keys are the normalised document number and the normalised
titles (full title, inner title of a 印发 wrapper, alternative titles). Mentions sharing a strong key
are one document, unless the union would join two different document numbers or two different
regions. A weak key is the part of a title from 关于 on (the title without its issuer); a citation
left alone after the strong pass joins the one reproduced document that has the same weak key.
Mentions are processed in an order derived from their content only, so the same set of files always
gives the same clusters and ids, whatever order the files come in.
"""

import hashlib
import re
from dataclasses import dataclass, field

from loaders.normalize import normalize_doc_number, normalize_title, unwrap_title

from graph.reference import known_agencies

_STATE_PREFIXES = ("中华人民共和国",)
_DROP = str.maketrans("", "", "《》〈〉“”‘’\"'「」『』 \u3000")
_NUMBER_RE = re.compile(r"^(?P<code>.*?)〔(?P<year>\d{4})〕第?(?P<serial>\d+)号$")
_ABOUT = "关于"


def number_key(doc_number: str) -> str:
    return normalize_doc_number(doc_number) if doc_number else ""


def _fold_issuers(head: str) -> str:
    """Issuer names before 关于 in canonical form (工信部 -> 工业和信息化部), when all are known."""
    agencies = known_agencies()
    out, i = [], 0
    while i < len(head):
        for n in range(min(len(head) - i, 20), 1, -1):
            known = agencies.get(head[i: i + n])
            if known:
                out.append(known.name)
                i += n
                break
        else:
            return head
    return "".join(out)


def title_key(title: str) -> str:
    """The identity form of a title: no spaces, brackets or quotes, no 中华人民共和国 prefix."""
    t = normalize_title(title).translate(_DROP)
    for prefix in _STATE_PREFIXES:
        if t.startswith(prefix) and len(t) > len(prefix) + 2:
            t = t[len(prefix):]
    head, sep, tail = t.partition(_ABOUT)
    if sep and head:
        t = _fold_issuers(head) + sep + tail
    return t


def fragment_key(key: str) -> str:
    """The title from 关于 on, when an issuer precedes it; "" otherwise."""
    i = key.find(_ABOUT)
    return key[i:] if i > 0 else ""


def inner_title(title: str) -> str:
    """The inner title of an 印发 wrapper; "" for other titles and for 转发 (another document)."""
    if "转发" in title:
        return ""
    return unwrap_title(title) or ""


def numbers_compatible(a: str, b: str) -> bool:
    """Same number, or the same year and serial with one issuer code cut from the other (信部 / 工信部)."""
    if a == b:
        return True
    ma, mb = _NUMBER_RE.match(a), _NUMBER_RE.match(b)
    if not (ma and mb) or (ma["year"], ma["serial"]) != (mb["year"], mb["serial"]):
        return False
    ca, cb = ma["code"], mb["code"]
    return bool(ca and cb) and (ca.endswith(cb) or cb.endswith(ca))


@dataclass
class Mention:
    order: tuple  # content-derived sort key
    number: str
    keys: list[str]  # strong title keys
    fragments: list[str]
    region: str
    in_corpus: bool
    cluster: int = -1
    resolution: str = ""  # how a citation target was resolved: doc-number | title | title-fragment


@dataclass
class Cluster:
    numbers: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    members: list[int] = field(default_factory=list)

    def compatible(self, other: "Cluster") -> bool:
        if self.numbers and other.numbers and not all(
                numbers_compatible(a, b) for a in self.numbers for b in other.numbers):
            return False
        return not (self.regions and other.regions and self.regions != other.regions)


def make_mention(number: str, titles: list[str], region: str, in_corpus: bool, order: tuple) -> Mention:
    keys: list[str] = []
    for t in titles:
        for k in (title_key(t), title_key(inner_title(t)) if inner_title(t) else ""):
            if len(k) >= 4 and k not in keys:
                keys.append(k)
    fragments = sorted({f for f in map(fragment_key, keys) if len(f) >= 8})
    return Mention(order, number_key(number), keys, fragments, region, in_corpus)


def resolve(mentions: list[Mention]) -> list[Cluster]:
    """Assign every mention to a cluster; returns the clusters (index = Mention.cluster)."""
    parent = list(range(len(mentions)))
    clusters = [Cluster({m.number} - {""}, {m.region} - {""} if m.in_corpus else set(), [i])
                for i, m in enumerate(mentions)]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int, check: bool) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return True
        if check and not clusters[ra].compatible(clusters[rb]):
            return False
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        clusters[ra].numbers |= clusters[rb].numbers
        clusters[ra].regions |= clusters[rb].regions
        clusters[ra].members += clusters[rb].members
        return True

    order = sorted(range(len(mentions)), key=lambda i: mentions[i].order)
    owner: dict[str, int] = {}
    for i in order:
        m = mentions[i]
        if m.number:
            if m.number in owner:
                union(owner[m.number], i, check=False)
            else:
                owner[m.number] = i
    for i in order:
        for key in mentions[i].keys:
            k = "title:" + key
            if k in owner:
                union(owner[k], i, check=True)
            else:
                owner[k] = i

    corpus_fragments: dict[str, set[int]] = {}
    for i in order:
        if mentions[i].in_corpus:
            for f in mentions[i].fragments + [k for k in mentions[i].keys if k.startswith(_ABOUT)]:
                corpus_fragments.setdefault(f, set()).add(find(i))
    for i in order:
        m = mentions[i]
        root = find(i)
        if any(mentions[j].in_corpus for j in clusters[root].members) or clusters[root].numbers:
            continue
        wanted = set(m.fragments) | {k for k in m.keys if k.startswith(_ABOUT)}
        candidates = {find(r) for f in wanted for r in corpus_fragments.get(f, ())}
        if len(candidates) == 1 and union(candidates.pop(), i, check=True):
            m.resolution = "title-fragment"

    roots = sorted({find(i) for i in range(len(mentions))})
    index = {r: n for n, r in enumerate(roots)}
    for i, m in enumerate(mentions):
        m.cluster = index[find(i)]
    return [clusters[r] for r in roots]


def best_number(numbers: set[str]) -> str:
    """The most complete form of a document number (工信部… over 信部…)."""
    return min(numbers, key=lambda n: (-len(n), n)) if numbers else ""


def document_id(numbers: set[str], keys: list[str], place: str) -> str:
    """Stable id: from the number when the document has one, else from its shortest title key,
    else (an untitled document) from its place in its compilation (``sha256:line``)."""
    if numbers:
        basis = "number:" + best_number(numbers)
    elif keys:
        basis = "title:" + min(keys, key=lambda k: (len(k), k))
    else:
        basis = "place:" + place
    return "doc-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
