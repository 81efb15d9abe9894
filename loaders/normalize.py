"""Normal forms of document numbers and titles, shared by the loader and the graph resolver.

Two documents are the same when their normalised numbers match, else when their normalised
titles (or the inner title of a forwarding wrapper) match.
"""

import re
from functools import lru_cache
from itertools import repeat

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# Year brackets seen in printed numbers: 〔〕 (standard), ﹝﹞, [], （）, (), 【】, 〈〉 (misread).
_OPEN = "〔﹝[［（(【〈"
_CLOSE = "〕﹞]］）)】〉"

# Function words that never occur in an issuer 代字 stop the prefix ("按照财税〔2018〕74号").
_STOP = "的根依照按见和及与续要求在为是了于以或即并将对由向请"
_PREFIX_CHAR = rf"(?:(?![{_STOP}])[\u4e00-\u9fff])"

# A printed doc number: issuer 代字 (CJK, optionally with Latin), a bracketed year, a serial, 号.
# Or an announcement number: <agency>公告 2024 年第 5 号. Spaces may appear anywhere inside.
# A decree number: (中华人民共和国)国务院令(〔2008〕)第 532 号, 主席令第 N 号, 交通运输部令 2016 年第 1 号.
_DECREE = r"(?:中华人民共和国)?(?:国务院|主席|[\u4e00-\u9fff]{1,10}?(?:部|委员会|总局|局|署))令"
DOC_NUMBER_RE = re.compile(
    r"(?:"
    rf"{_DECREE}\s*(?:[{re.escape(_OPEN)}]\s*\d{{4}}\s*[{re.escape(_CLOSE)}]|\d{{4}}\s*年)?\s*第\s*[\d０-９]{{1,5}}\s*号"
    r"|"
    rf"{_PREFIX_CHAR}(?:{_PREFIX_CHAR}|[A-Za-z]){{0,11}}\s*"
    rf"[{re.escape(_OPEN)}]\s*[12０-９\d][\d０-９]{{3}}\s*[{re.escape(_CLOSE)}]\s*"
    r"第?\s*[\d０-９]{1,5}\s*号"
    r"|"
    rf"{_PREFIX_CHAR}{{0,16}}公告\s*[\d０-９]{{4}}\s*年\s*第\s*[\d０-９]{{1,4}}\s*号"
    r")"
)

# Every printed number has one of these in it: a bracketed year, 年第 N, or 令第 / 令〔.
_NUMBER_HINT_RE = re.compile(
    rf"[{re.escape(_OPEN)}]\s*[12０-９\d][\d０-９]{{3}}\s*[{re.escape(_CLOSE)}]|年\s*第\s*[\d０-９]|令\s*[第{re.escape(_OPEN)}\d]")
# How far before its hint a number can start (an issuer prefix, spaces, 中华人民共和国…令).
_NUMBER_REACH = 40
# Punctuation no number holds: a number that reaches its hint starts after the last of them.
_NOT_IN_NUMBER = "，。；：、《》“”"


def find_doc_numbers(text: str):
    """The DOC_NUMBER_RE matches in text, as ``DOC_NUMBER_RE.finditer(text)`` gives them.

    The regex is slow to scan (an issuer prefix can start anywhere), so it only runs near the
    cheap hints every number contains, from the last punctuation mark before the hint on.
    """
    end = 0
    for hint in _NUMBER_HINT_RE.finditer(text):
        at = hint.start()
        if at < end:
            continue
        start = max(end, at - _NUMBER_REACH)
        start = max(start, max(map(text.rfind, _NOT_IN_NUMBER, repeat(start), repeat(at))) + 1)
        m = DOC_NUMBER_RE.search(text, start, hint.end() + _NUMBER_REACH)
        if m is not None and m.start() <= at:
            yield m
            end = m.end()


_SPACE_RE = re.compile(r"\s+")
_DECREE_FORM_RE = re.compile(rf"^(?:中华人民共和国)?(.+令)(?:[{re.escape(_OPEN)}]\d{{4}}[{re.escape(_CLOSE)}])?(第\d+号)$")
_BRACKET_YEAR_RE = re.compile(rf"[{re.escape(_OPEN)}](\d{{4}})[{re.escape(_CLOSE)}]")


@lru_cache(maxsize=8192)
def normalize_doc_number(s: str) -> str:
    """The canonical form of a document number: 〔〕 year brackets, ASCII digits, no spaces.

    >>> normalize_doc_number("财建 [2023] 117 号")
    '财建〔2023〕117号'
    >>> normalize_doc_number("国家税务总局公告 2024 年第 5 号")
    '国家税务总局公告2024年第5号'
    >>> normalize_doc_number("中华人民共和国国务院令〔2008〕第 532 号")
    '国务院令第532号'
    """
    s = _SPACE_RE.sub("", s.translate(_FULLWIDTH_DIGITS))
    decree = _DECREE_FORM_RE.match(s)
    if decree:
        return decree.group(1) + decree.group(2)
    return _BRACKET_YEAR_RE.sub(r"〔\1〕", s)


_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》〈〉（）"
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_QUOTES = str.maketrans({"\"": "“", "'": "‘", "「": "“", "」": "”", "『": "‘", "』": "’",
                         "<": "〈", ">": "〉", "(": "（", ")": "）"})
_TRAILING_PUNCT = "。，、；：,.;: \t"
# Characters that _fix_quotes or the digit table change: most titles have none and skip both.
_TRANSLATED_RE = re.compile("[０-９\"'「」『』<>()]")


def _fix_quotes(s: str) -> str:
    """Straight double quotes alternate open/close; the rest map one to one."""
    if '"' not in s:
        return s.translate(_QUOTES)
    out, opened = [], False
    for ch in s:
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out).translate(_QUOTES)


@lru_cache(maxsize=8192)
def normalize_title(s: str) -> str:
    """A title as printed with artefact spaces, odd quotes and trailing punctuation removed.

    The outer 《》 are dropped; inner 〈〉 are kept (they mark a title inside a title).
    """
    s = s.strip()
    if _TRANSLATED_RE.search(s):
        s = _fix_quotes(s.translate(_FULLWIDTH_DIGITS))
    if _SPACE_RE.search(s):
        s = _SPACE_RE.sub(" ", _CJK_SPACE_RE.sub("", s))
    if s.startswith("《") and s.endswith("》") and (s.count("《") == 1 or _closes_at_end(s)):
        s = s[1:-1]
    return s.rstrip(_TRAILING_PUNCT)


def _closes_at_end(s: str) -> bool:
    """Whether the 《 opening s closes at its last character (《关于印发《X》的通知》), not before
    (《A》和《B》)."""
    depth = 0
    for i, ch in enumerate(s):
        depth += (ch == "《") - (ch == "》")
        if depth == 0:
            return i == len(s) - 1
    return False


_WRAPPER_RES = (
    # …关于印发《X》的通知 / …印发〈X〉的通知 / 转发 / 公布
    re.compile(r"(?:关于)?(?:联合)?(?:印发|转发|公布|发布|修订印发)[《〈](?P<x>.+)[》〉](?:的)?(?:通知|决定|公告|函)$"),
    # …关于印发X的通知 without brackets
    re.compile(r"(?:关于)?(?:联合)?(?:印发|转发|修订印发)(?P<x>.+?)(?:的)?(?:通知|决定|函)$"),
    # news-style headings: 工信部等四部门联合印发《X》
    re.compile(r"(?:联合)?(?:印发|发布|出台|公布)[《〈](?P<x>[^《》]+)[》〉]$"),
    # …关于公布X的通知 / 公告 (a list being published)
    re.compile(r"关于公布(?P<x>.+?)(?:的)?(?:通知|公告|决定)$"),
)


@lru_cache(maxsize=8192)
def unwrap_title(title: str) -> str | None:
    """The inner title X of a forwarding wrapper (关于印发《X》的通知 …), or None if not a wrapper."""
    t = normalize_title(title)
    for rx in _WRAPPER_RES:
        m = rx.search(t)
        if m:
            inner = normalize_title(m.group("x"))
            if inner.startswith("《") and inner.endswith("》"):
                inner = inner[1:-1]
            return inner or None
    return None
