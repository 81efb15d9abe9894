"""References inside the documents of a compilation: citations, enterprise-category targets, programmes.

One pass per document over its cleaned lines: the lines are joined into paragraphs (a line much
shorter than the page width ends a paragraph, unless a 《 is still open), paragraphs are split into
sentences on 。；！？, and a handful of compiled regexes find the references in each sentence.
Every record keeps the sentence as evidence and the 1-based line where the reference starts.
"""

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import accumulate, count
from operator import add, is_not, itemgetter

from loaders.normalize import find_doc_numbers, normalize_doc_number, normalize_title, unwrap_title
from loaders.tables import read_table
from loaders.text import NonBlank, non_blank

# --- text assembly ------------------------------------------------------------------------------

_NO_BREAK_AFTER = "，、（《“‘,("
_SENTENCE_RE = re.compile(r"[^\s。；！？!?;][^。；！？!?;\n]*[。；！？!?;]*")


def _clean(line: str) -> str:
    """A line without artefact spaces: none next to CJK text, single spaces between Latin words."""
    parts = line.split()
    if not _LATIN_GAP_RE.search(line):
        return "".join(parts)
    out = [parts[0]]
    for part in parts[1:]:
        if not (_is_cjk(out[-1][-1]) or _is_cjk(part[0])):
            out.append(" ")
        out.append(part)
    return "".join(out)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’《》〈〉"


# A space between two characters that are not CJK (the only space _clean keeps); most lines have none.
_LATIN_GAP_RE = re.compile(r"[^\s\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〈〉]\s+"
                           r"[^\s\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》〈〉]")


class _Lines:
    """Every non-blank input line once: stripped, without artefact spaces, and whether a
    paragraph may end after it (all lists are parallel to ``idx``, the 0-based line indexes)."""

    def __init__(self, nonblank: NonBlank):
        self.idx = nonblank.idx
        # see loaders.text.clean
        text = [_clean(line) if " " in line else line for line in nonblank.text]
        self.text = text
        # the line followed by the paragraph break it may end with: a line much shorter than the
        # page width (unless it ends in _NO_BREAK_AFTER), or ending in a colon, ends its paragraph
        short2 = nonblank.short2
        self.text_break = [t + "\n" if (w < short2 and t[-1] not in _NO_BREAK_AFTER) or t[-1] in "：:" else t
                           for t, w in zip(text, nonblank.width2)]


def _positions(text: str, ch: str) -> list[int]:
    """Offsets of ch in text (str.find runs memchr over the text between them)."""
    found = []
    i = text.find(ch)
    while i >= 0:
        found.append(i)
        i = text.find(ch, i + 1)
    return found


def _hold_open_titles(parts: list[str], plain: list[str], text: str, offsets: list[int]) -> bool:
    """Drop the paragraph break ending a part while a 《 is still open after it, so a title wrapped
    over lines stays in one paragraph; whether any was dropped.

    ``plain[k]`` is ``parts[k]`` without its break (the same object where it has none), ``text``
    their join and ``offsets`` where each part starts in it. The open 《 are counted line by line
    (a line's 《 minus its 》, never below zero) from the first part; only the few lines holding
    either are visited, found in the joined text.
    """
    held = sorted({bisect_right(offsets, i) - 1 for ch in "《》" for i in _positions(text, ch)})
    depth = 0
    dropped = False
    for n, k in enumerate(held):
        line = plain[k]
        depth = max(0, depth + line.count("《") - line.count("》"))
        if depth:
            stop = held[n + 1] if n + 1 < len(held) else len(parts)
            if any(map(is_not, parts[k:stop], plain[k:stop])):
                parts[k:stop] = plain[k:stop]
                dropped = True
    return dropped


class _Text:
    """The text of one document as paragraphs, with a map from character offsets to input lines."""

    def __init__(self, lines: _Lines, start: int, end: int):
        idx = lines.idx
        i0, i1 = bisect_left(idx, start - 1), bisect_right(idx, end - 1)
        self.idx = idx[i0:i1]
        parts = lines.text_break[i0:i1]
        if parts:
            parts[-1] = lines.text[i1 - 1]
        offsets = [0, *accumulate(map(len, parts[:-1]))] if parts else []
        text = "".join(parts)
        if ("《" in text or "》" in text) and _hold_open_titles(parts, lines.text[i0:i1], text, offsets):
            offsets = [0, *accumulate(map(len, parts[:-1]))]
            text = "".join(parts)
        self.offsets = offsets
        self.text = text
        self.paragraphs = self.text.split("\n")
        # paragraph k starts after the k paragraphs before it and their k breaks
        self.paragraph_offsets = [0, *map(add, accumulate(map(len, self.paragraphs[:-1])), count(1))]
        self._sentences: dict[int, list[tuple[int, str]]] = {}

    def line_at(self, offset: int) -> int:
        return self.idx[bisect_right(self.offsets, offset) - 1] + 1

    def sentences_of(self, k: int) -> list[tuple[int, str]]:
        """(offset, sentence) for every sentence of paragraph k (no sentence crosses a paragraph
        break); a sentence starts at a non-space character. Computed on first use."""
        found = self._sentences.get(k)
        if found is None:
            base = self.paragraph_offsets[k]
            found = self._sentences[k] = [(base + m.start(), m.group().rstrip())
                                          for m in _SENTENCE_RE.finditer(self.paragraphs[k])]
        return found

    def sentence_at(self, offset: int) -> tuple[int, str]:
        """(offset, sentence) of the sentence holding the non-space character at offset."""
        sentences = self.sentences_of(bisect_right(self.paragraph_offsets, offset) - 1)
        return sentences[bisect_right(sentences, offset, key=itemgetter(0)) - 1]


# --- citations ----------------------------------------------------------------------------------

_REF_RE = re.compile(r"《([^《》\n]{1,150})》")
# A bracket right after a title: its doc number(s), or a note; one level of inner brackets.
_AFTER_TITLE_BRACKET_RE = re.compile(r"\s*[（(]((?:[^（）()《》]|[（(〔][^（）()《》]{0,20}[）)〕])*)[）)]")
# The same when the PDF mixed the brackets up: (工信部联企业〔2011〕300号〕, (桂工信投资〔2019)244号).
_AFTER_TITLE_NUMBER_RE = re.compile(r"\s*[（(]([^《》（(]{2,40}?号)\s*(?:等文件|等)?\s*[）)〕\]］】﹞]")
# The end of the notice that forwards a title, before the notice's number: 《X》的通知（…号）.
_FORWARDED_BY_RE = re.compile(r"的(?:通知|决定|公告|函)(?=\s*[（(])")
_ATTACHED_CLOSE_RE = re.compile(r"\s*(?:等)?\s*(?:文件?)?\s*[）)]")
_ATTACHMENT_RE = re.compile(r"\s*[（(][^（）()]{0,8}附件")
# The document's own content, published by its forwarding notice or headline (印发《X》).
_OWN_BRACKETED_RE = re.compile(r"(?:印发|发布|公布|转发|出台)[《〈](.+)[》〉]")
_OWN_WRAPPED_RE = re.compile(r"(?:印发|发布|公布|转发)(.+?)的?(?:通知|公告|决定|函)$")
_CLAUSE_SPLIT_RE = re.compile(r"[，,：:。；;]")
_MASK_RE = re.compile(r"《[^《》\n]{0,150}》")

# Short generic names that abbreviate a title given earlier (《意见》《实施方案》《目录》…).
_GENERIC_RE = re.compile(
    r"^(?:本|该|原|新|上述|此)?(?:若干|实施|暂行|试行|管理|行动|工作|指导|具体|专项|配套|政策|评价|认定)*"
    r"(?:意见|通知|办法|方案|规定|决定|细则|措施|规划|纲要|指南|目录|条例|计划|公告|通告|批复|函|清单|"
    r"标准|要点|法|规则|决议|报告|指引|实施细则|规范|指标|准则|名录)$"
)
# Forms, certificates, lists to fill in, books and periodicals: not documents of the graph.
_NOT_A_DOCUMENT_RE = re.compile(
    r"(?:表|证书|合格证|登记证|创业证|证明|承诺书|承诺函|申报书|申请书|认证书|确认单|名单|申请报告|"
    r"手册|汇编|日报|晚报|周刊|杂志|丛书|读本)(?:（[^（）]*）)?$"
)
_PLACEHOLDER_RE = re.compile(r"XX|ＸＸ|××|第\s*X\s*批")

_IMPLEMENTS_CUE_RE = re.compile(r"贯彻|落实|根据|依据|依照|遵照|按照|遵循|执行|^按|[^安]按$")
# Replacement is stated after the title (…同时废止, 第三十条修订为…); a 修订 before a title is a plan
# to revise it some day, not a replacement.
_REPLACES_AFTER_RE = re.compile(r"^[^，。；]*?(?:废止|停止执行|不再执行|失效|修订为|修改为|进行了修订|作如下修订)")
_REPLACES_BEFORE_RE = re.compile(r"(?:废止|取代|替代|代替)$")
# 推动《X》尽快落地见效 / 确保《X》落实到位: the document carries X out, the cue is after the title.
_PUSH_BEFORE_RE = re.compile(r"推动|推进|促进|抓好|确保|保障|加快|加强")
_CARRIED_OUT_AFTER_RE = re.compile(r"^[^，。；]{0,12}?(?:落地|落实|实施|贯彻|执行)")
# 按照《X》等有关规定处理 / 追究责任: a penalty clause names the rules that punish, it carries nothing out.
_PENALTY_AFTER_RE = re.compile(r"^[^，。；]{0,16}?(?:处理|追究|处罚|处分|查处|移送)")
# Other titles and their numbers listed after this one (《A》《B》（国务院令第427号）等…).
_LISTED_RE = re.compile(r"《》|[（(][^（）()]{0,30}[）)]|^[、和及与]")
_PUBLISHED_HERE_RE = re.compile(r"^\s*(?:予以)?(?:印发|发布|公布|修订印发)给?(?:你们|各)|^[^，。；]*?印发给你们")
_INTERPRETATION_RE = re.compile(r"解读|答记者问|问答|一图读懂|图解")
_TITLE_BEFORE_NUMBER_RE = re.compile(
    r"(关于[^，。；：《》“”]{2,80}?(?:通知|意见|办法|决定|方案|公告|批复|函|规定|细则|措施|纲要|规划))\s*$"
)

_NOT_LOOSE_RE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
_QUOTES_SPACES_RE = re.compile(r"[“”\"'‘’「」『』\s]")

_RELATION_RANK = {"replaces": 3, "interprets": 2, "implements": 1, "cites": 0}


@lru_cache(maxsize=4096)
def _loose(title: str) -> str:
    """A title key that survives quote, bracket and spacing variants: CJK, Latin and digits only."""
    return _NOT_LOOSE_RE.sub("", normalize_title(title))


def _own_keys(doc: dict) -> tuple[set[str], str | None]:
    titles = [doc.get("title") or "", *(doc.get("alt_titles") or [])]
    for title in list(titles):
        inner = unwrap_title(title)
        titles.extend(m.group(1) for rx in (_OWN_BRACKETED_RE, _OWN_WRAPPED_RE)
                      for m in [rx.search(normalize_title(title))] if m)
        if inner:
            titles.append(inner)
    keys = {_loose(t) for t in titles if t}
    keys.discard("")
    number = doc.get("doc_number")
    return keys, normalize_doc_number(number) if number else None


def _is_own(key: str, own_titles: set[str]) -> bool:
    """The document's own title, or a short form of it (《评测指标（2024年版）》 in its own text)."""
    return key in own_titles or (len(key) >= 4 and any(t.endswith(key) for t in own_titles))


def _relation(sentence: str, start: int, after: str) -> str:
    """How the reference starting at sentence[start] relates the document to the one it names;
    ``after`` is the sentence after the reference with its titles emptied (_MASK_RE)."""
    before = _CLAUSE_SPLIT_RE.split(_MASK_RE.sub("《》", sentence[:start]))[-1]
    if _REPLACES_AFTER_RE.search(after) or _REPLACES_BEFORE_RE.search(before.rstrip("对将")):
        return "replaces"
    if _PENALTY_AFTER_RE.search(_LISTED_RE.sub("", after)):
        return "cites"
    if _IMPLEMENTS_CUE_RE.search(before.replace("《》", "")):
        return "implements"
    if _PUSH_BEFORE_RE.search(before) and _CARRIED_OUT_AFTER_RE.search(after):
        return "implements"
    return "cites"


def _attached_numbers(sentence: str, pos: int) -> tuple[list[str], int]:
    """Doc numbers printed in a bracket right after a title, or after the 的通知 of the notice that
    forwards it (《X》的通知（黔财工〔2021〕88号）), and the offset after the bracket."""
    if sentence.startswith("的", pos) and (tail := _FORWARDED_BY_RE.match(sentence, pos)):
        pos = tail.end()
    m = _AFTER_TITLE_NUMBER_RE.match(sentence, pos) or _AFTER_TITLE_BRACKET_RE.match(sentence, pos)
    if not m:
        return [], pos
    return [normalize_doc_number(n.group()) for n in find_doc_numbers(m.group(1))], m.end()


@lru_cache(maxsize=4096)
def _is_document_title(title: str) -> bool:
    key = _loose(title)
    return bool(
        len(key) >= 2
        and not _GENERIC_RE.match(key)
        and not _NOT_A_DOCUMENT_RE.search(normalize_title(title))
        and not _PLACEHOLDER_RE.search(title)
    )


def _sentence_citations(sentence: str, doc_line, own_titles: set[str], own_number: str | None):
    """Mentions (title, number, relation, line) of other documents in one sentence."""
    mentions = []
    covered: list[tuple[int, int]] = []
    for m in _REF_RE.finditer(sentence):
        title = normalize_title(m.group(1))
        numbers, end = _attached_numbers(sentence, m.end())
        covered.append((m.start(), end))
        if (not _is_document_title(title) or _ATTACHMENT_RE.match(sentence, m.end())
                or sentence.endswith("简称", 0, m.start())):
            continue
        after = _MASK_RE.sub("《》", sentence[end:])
        if _PUBLISHED_HERE_RE.search(after):
            continue
        number = numbers[0] if numbers else None
        if own_number and number == own_number:
            continue
        relation = _relation(sentence, m.start(), after)
        if relation != "replaces" and _is_own(_loose(title), own_titles):
            continue
        mentions.append((title, number, relation, doc_line(m.start())))
    for m in find_doc_numbers(sentence) if "号" in sentence else ():
        if any(a <= m.start() < b for a, b in covered) or m.group() == sentence:
            continue
        number = normalize_doc_number(m.group())
        if own_number and number.endswith(own_number):
            continue  # the document's own number, maybe with the end of its title glued on
        start, end = m.start(), m.end()
        bracket = sentence[start - 1:start] in "（("
        if bracket:
            start -= 1
            close = _ATTACHED_CLOSE_RE.match(sentence, end)
            end = close.end() if close else end
        title = None
        if bracket:
            t = _TITLE_BEFORE_NUMBER_RE.search(sentence[:start])
            title = normalize_title(t.group(1)) if t else None
        mentions.append((title, number, _relation(sentence, start, _MASK_RE.sub("《》", sentence[end:])),
                         doc_line(m.start())))
    return mentions


def _merge_citations(doc_id: str, mentions: list[tuple]) -> list[dict]:
    """One citation per cited document: the strongest relation, with its first evidence."""
    def title_key(title: str) -> str:
        # 《预算法》 and 《中华人民共和国预算法》 in one document name the same law
        return _loose(title).removeprefix("中华人民共和国")

    by_number: dict[str, str] = {}
    for title, number, *_ in mentions:
        if title and number:
            by_number.setdefault(number, title_key(title))
    merged: dict[str, dict] = {}
    for title, number, relation, line, evidence in mentions:
        key = title_key(title) if title else by_number.get(number, number)
        c = merged.get(key)
        if c is None:
            merged[key] = {"from": doc_id, "to_title": title, "to_doc_number": number,
                           "relation": relation, "evidence": evidence, "line": line}
            continue
        c["to_title"] = c["to_title"] or title
        c["to_doc_number"] = c["to_doc_number"] or number
        if _RELATION_RANK[relation] > _RELATION_RANK[c["relation"]]:
            c.update(relation=relation, evidence=evidence, line=line)
    return list(merged.values())


def _mark_interpreted(doc: dict, citations: list[dict]) -> None:
    """In a 解读 / 答记者问 document, the document it explains is interpreted, not cited."""
    if not citations or not (doc.get("kind") == "interpretation"
                             or _INTERPRETATION_RE.search(doc.get("title") or "")):
        return
    m = _REF_RE.search(doc.get("title") or "")
    subject = _loose(m.group(1)) if m else None
    target = next((c for c in citations if c["to_title"] and _loose(c["to_title"]) == subject),
                  citations[0])
    if target["relation"] != "replaces":
        target["relation"] = "interprets"


# --- categories and programmes ------------------------------------------------------------------

_QUOTE_CLASS = "[“”\"'‘’「」『』]?"
_TELLING_RE = re.compile(r"支持|扶持|面向|针对|鼓励|帮助|培育|认定|对象|适用|享受|减免|奖励|补助|服务")
# A category name used as the modifier of an organ or a law does not address the category.
_NOT_ADDRESSED = r"(?!局|司|处|厅|主管|管理部门|服务中心|促进法|促进条例|促进工作)"
# Head nouns of a programme name. 活动 (activity) names a programme only when quoted or curated.
_PROGRAM_HEADS = ("专项行动", "行动", "试点", "工程", "计划", "服务月", "大赛")
_QUOTED_HEADS = (*_PROGRAM_HEADS, "活动")
_PROGRAM_HEAD = f"(?:{'|'.join(_PROGRAM_HEADS)})"
_QUOTED_HEAD = f"(?:{'|'.join(_QUOTED_HEADS)})"
_QUOTED_TAIL = rf"[\u4e00-\u9fff0-9A-Za-z+]{{0,16}}?{_QUOTED_HEAD}(?:{_QUOTED_HEAD})?"
_QUOTED_PROGRAM_RE = re.compile(rf"[“\"]([^“”\"\n，。；、]{{2,20}})[”\"]({_QUOTED_TAIL})?")
# The same for a text without straight quotes, matching only the quoted names followed by a head
# or ending in one (the lookbehinds), not the many other quoted phrases: with no straight quote
# to close one phrase and open the next, the same names are found. A literal first character
# lets the regex engine skip to candidates several times faster than a character class does.
_CURLY_QUOTED_PROGRAM_RE = re.compile(
    rf"“([^“”\"\n，。；、]{{2,20}})”(?:({_QUOTED_TAIL})|{'|'.join(f'(?<={head}”)' for head in _QUOTED_HEADS)})")
_LAUNCHING_VERB = r"(?:深入|持续|积极|全面|组织|开展|启动|实施|举办|推进|参加|参与|入选|申报)"
# "V V*" rather than "(?:V)+": the same matches, but the regex engine scans for the first verb
# several times faster.
_LAUNCHED_PROGRAM_RE = re.compile(
    rf"{_LAUNCHING_VERB}{_LAUNCHING_VERB}*"
    rf"([\u4e00-\u9fff0-9A-Za-z+“”]{{4,24}}?{_PROGRAM_HEAD}(?:{_PROGRAM_HEAD})?)"
)
_PROGRAM_PREFIX_RE = re.compile(
    r"^(?:(?:全国|全省|全市|国家级|省级|市级)?(?:第[一二三四五六七八九十百\d]+(?:届|批|期))|"
    r"\d{4}年(?:度)?|深入|持续|积极|全面|组织|开展|实施)+"
)
_GENERIC_PROGRAM_RE = re.compile(
    r"^(?:各类|各项|相关|有关|系列|多种|这些|此类|本次|本|该|上述|一批|一系列|形式多样|线上线下|多渠道|"
    r"试点|示范|专项|重点|重大|服务|培训|宣传|对接|交流|研修|评价|工作|项目)"
)


# A function word or a verb inside a candidate means a clause was captured, not a name.
_CLAUSE_IN_NAME_RE = re.compile(r"[的和与及、等须将对在为是中]|参加|参与|开展|实施|组织|推动|支持|鼓励|引导|投身|各类|通过|列入|探索|若干")


def _alias_pattern(alias: str) -> str:
    """A surface form as a regex: any quote mark optional wherever the form has one.

    A leading quote is left out, so that every alternative starts with a literal character and
    the regex engine can skip ahead to candidate positions.
    """
    out = []
    for ch in alias.lstrip("“”\"'‘’"):
        out.append(_QUOTE_CLASS if ch in "“”\"'‘’" else re.escape(ch))
    return "".join(out)


def _alternation(forms: list[str]) -> str:
    """The forms as one regex alternation, tried in the order given, grouped by first character
    (a | a2 | b -> a(?:|2) | b): the regex engine tries at a position only the forms that start
    with its character, not every form. The same matches, since forms with different first
    characters never match at the same position."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        pattern = _alias_pattern(form)
        first = re.escape(form.lstrip("“”\"'‘’")[0])
        groups.setdefault(first, []).append(pattern[len(first):])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _forms(rows: list[dict]) -> list[str]:
    """Every surface form in the rows' ``aliases`` (``|``-separated), longest first."""
    return sorted({a for row in rows for a in row["aliases"].split("|")}, key=len, reverse=True)


@cache
def _categories() -> tuple[re.Pattern, dict[str, str]]:
    """One regex over every category surface form (longest first) and form -> canonical name."""
    rows = category_rows()
    canonical: dict[str, str] = {}
    for row in rows:
        for alias in row["aliases"].split("|"):
            canonical[_strip_quotes(alias)] = row["name"]
    rx = re.compile("(" + _alternation(_forms(rows)) + ")" + _NOT_ADDRESSED)
    return rx, canonical


@cache
def _programs() -> tuple[re.Pattern, list[tuple[str, str]]]:
    """A regex over every curated programme surface form, and (quote-free form, canonical name)."""
    rows = read_table("programs.csv", ("name", "aliases"))
    pairs = [(_strip_quotes(a), row["name"]) for row in rows for a in row["aliases"].split("|")]
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    return re.compile(_alternation(_forms(rows))), pairs


def category_rows() -> list[dict]:
    """Every row of categories.csv: name, aliases (``|``-separated), parent, source."""
    return read_table("categories.csv", ("name", "aliases"))


def category_parents() -> dict[str, str | None]:
    """Canonical category name -> canonical parent name (None at the top), from categories.csv."""
    return {row["name"]: row.get("parent") or None for row in category_rows()}


@lru_cache(maxsize=4096)
def _strip_quotes(s: str) -> str:
    return _QUOTES_SPACES_RE.sub("", s)


def _canonical_program(name: str) -> str | None:
    """The curated name of a programme surface form, or the cleaned form itself if not generic."""
    bare = _strip_quotes(name)
    for form, canonical in _programs()[1]:
        if form in bare:
            return canonical
    cleaned = _PROGRAM_PREFIX_RE.sub("", name.replace('"', "“"))
    bare = _strip_quotes(cleaned)
    if (len(bare) < 6 or _GENERIC_PROGRAM_RE.match(bare) or _CLAUSE_IN_NAME_RE.search(bare)
            or cleaned.count("“") != cleaned.count("”")):
        return None
    return cleaned


def _mask_titles(text: str) -> str:
    """The text with what is inside 《》 blanked (same length): names in a cited title are not ours."""
    return _MASK_RE.sub(lambda m: "《" + "□" * (len(m.group()) - 2) + "》", text)


def _document_targets(doc: dict, text: _Text, masked: str) -> list[dict]:
    rx, canonical = _categories()
    # name -> (score, evidence, line): the title is the most telling evidence, then a sentence
    # that says what the document does for the category (支持, 面向 …), then the first mention.
    best: dict[str, tuple[int, str, int]] = {}
    title = normalize_title(doc.get("title") or "")
    for m in rx.finditer(_MASK_RE.sub("《》", title)):
        best.setdefault(canonical[_strip_quotes(m.group(1))], (2, title, doc["line_start"]))
    settled: set[str] = set()  # surfaces of the categories whose evidence is telling already
    for m in rx.finditer(masked):
        surface = m.group(1)
        if surface in settled:
            continue
        name = canonical[_strip_quotes(surface)]
        seen = best.get(name)
        if seen and seen[0] > 0:
            settled.add(surface)
            continue
        offset, sentence = text.sentence_at(m.start())
        score = 1 if _TELLING_RE.search(masked, offset, offset + len(sentence)) else 0
        if seen is None or score > seen[0]:
            best[name] = (score, sentence, text.line_at(m.start()))
    return [{"document": doc["id"], "category": name, "evidence": sentence, "line": line}
            for name, (_, sentence, line) in best.items()]


def _document_programs(doc: dict, text: _Text, masked: str) -> list[dict]:
    title_keys = {_strip_quotes(t) for t in (doc.get("title") or "", *(doc.get("alt_titles") or []))}
    # (priority, start, end, surface): curated forms first, then quoted names, then names after
    # a launching verb; a hit overlapping an accepted one is the same name found another way.
    hits = [(0, m.start(), m.end(), m.group()) for m in _programs()[0].finditer(masked)]
    for m in (_QUOTED_PROGRAM_RE if '"' in masked else _CURLY_QUOTED_PROGRAM_RE).finditer(masked):
        if m.group(2):
            hits.append((1, m.start(), m.end(), m.group()))
        elif m.group(1).endswith(_QUOTED_HEADS):
            hits.append((1, m.start(), m.end(), m.group(1)))
    hits.extend((2, m.start(1), m.end(1), m.group(1)) for m in _LAUNCHED_PROGRAM_RE.finditer(masked))
    # accepted spans never overlap, so sorted by start they are sorted by end too
    starts: list[int] = []
    accepted: list[tuple[int, int, str]] = []
    for _, start, end, surface in sorted(hits):
        i = bisect_right(starts, start)
        if (i and accepted[i - 1][1] > start) or (i < len(accepted) and accepted[i][0] < end):
            continue
        starts.insert(i, start)
        accepted.insert(i, (start, end, surface))
    found: dict[str, dict] = {}
    for offset, _, surface in accepted:
        name = _canonical_program(surface)
        if not name or name in found:
            continue
        bare = _strip_quotes(surface)
        core = _strip_quotes(_PROGRAM_PREFIX_RE.sub("", surface))
        in_title = any(core in t or bare in t for t in title_keys)
        found[name] = {"document": doc["id"], "name": name, "line": text.line_at(offset),
                       "relation": "establishes" if in_title else "mentions"}
    return list(found.values())


# --- entry point --------------------------------------------------------------------------------

def find_references(lines: list[str], documents: list[dict],
                    nonblank: NonBlank | None = None) -> tuple[list[dict], list[dict], list[dict]]:
    """Citations, category targets and programmes of each document, with evidence and line.

    ``lines[i]`` is input line i+1 as ``loaders.text.clean`` leaves it (stripped, every space a
    " "; blank lines and artefacts are ""); ``documents`` carry at least id, title, alt_titles,
    doc_number, line_start and line_end (1-based, inclusive); ``nonblank`` is
    ``loaders.text.non_blank(lines)`` if the caller has it already.
    """
    prepared = _Lines(nonblank or non_blank(lines))
    citations: list[dict] = []
    targets: list[dict] = []
    programs: list[dict] = []
    for doc in documents:
        text = _Text(prepared, doc["line_start"], doc["line_end"])
        if not text.text:
            continue
        own_titles, own_number = _own_keys(doc)
        mentions = []
        for k, paragraph in enumerate(text.paragraphs):
            if "《" not in paragraph and "号" not in paragraph:
                continue
            for offset, sentence in text.sentences_of(k):
                if "《" not in sentence and "号" not in sentence:
                    continue

                def doc_line(i: int, base: int = offset) -> int:
                    return text.line_at(base + i)
                for title, number, relation, line in _sentence_citations(sentence, doc_line, own_titles, own_number):
                    mentions.append((title, number, relation, line, sentence))
        doc_citations = sorted(_merge_citations(doc["id"], mentions), key=lambda c: c["line"])
        _mark_interpreted(doc, doc_citations)
        citations.extend(doc_citations)
        masked = _mask_titles(text.text)
        targets.extend(_document_targets(doc, text, masked))
        programs.extend(_document_programs(doc, text, masked))
    return citations, targets, programs
