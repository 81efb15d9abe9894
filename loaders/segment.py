"""Finding the documents a compilation reproduces: where each starts and ends, and its metadata.

A document starts at a heading (a title of one to four lines, without the number a compilation
may print before it in its list of documents, confirmed by the line under it: a
document number (or its number in a bracket at the title's end), an addressee, a dated
parenthesis, a news lead, a web page's metadata (来源：…), 第一章/第一条 or 一、; or up to six
lines opening a page that read like a 关于… title), or — where the heading was lost in the PDF
extraction — at a document number followed by an addressee or 现将《X》印发 or printed after another
document ended, at an addressee block or 第一章/前言 after an end, or at a decree (国务院令 第N号).
It runs to the line before the next start; a forwarded X or a 附件 printed after its notice stays
in the notice. Its title, number, issuers, date, level, region and kind come from the heading, the
signature block, the adoption parenthesis of a law and, for untitled documents, from its own
现将《X》印发 sentence or from another document in the file that cites it.
"""

import re
from bisect import bisect_left
from collections import Counter
from functools import cached_property, lru_cache
from itertools import chain, compress

from loaders.normalize import DOC_NUMBER_RE, find_doc_numbers, normalize_doc_number, normalize_title, unwrap_title
from loaders.regions import region_at, region_forms, region_rows, within
from loaders.tables import read_table
from loaders.text import NonBlank, non_blank

TITLE_SUFFIX_RE = re.compile(
    r"(?:通知|意见|办法|方案|规定|决定|公告|通告|措施|细则|条例|规划|指引|指南|解读|答记者问|问答|纲要|"
    r"计划|批复|函|清单|名单|目录|标准|规则|若干政策|政策|举措|实施意见|工作要点|要点|法|报告|倡议书|"
    r"说明|公报|章程|版)(?:（[^（）]{1,30}）)?[》”]?$")
# The longest text TITLE_SUFFIX_RE matches (a four-character suffix, a bracket, a closing quote):
# searching only a title's last characters finds the same suffix without scanning the whole title.
_TITLE_SUFFIX_MAX_CHARS = 4 + 32 + 1


def _has_title_suffix(title: str) -> bool:
    if " " in title:  # a letter-spaced line: 的 意 见
        title = title.replace(" ", "")
    return TITLE_SUFFIX_RE.search(title, max(0, len(title) - _TITLE_SUFFIX_MAX_CHARS)) is not None


_ENUM_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[A-Za-z][.．、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|"
                      r"第[一二三四五六七八九十百\d]+[章节条部分篇]|专栏|图\s*\d|表\s*\d|附件|附表|问[:：\d一二三]|答[:：])")
_NEWS_LEAD_RE = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日[，,]|近日|日前|记者|新华社|本报讯|据悉)")
# First characters the regexes above can match at: other lines skip them.
_ENUM_FIRST = ("一二三四五六七八九十（(0123456789０１２３４５６７８９第专图表附问答"
               "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NEWS_FIRST = "0123456789０１２３４５６７８９近日记新本据"
_CONFIRMS_FIRST = _NEWS_FIRST + "（("
_FOLLOWER_FIRST = "第一（节…问—"
_FOLLOWS_FIRST = _FOLLOWER_FIRST + _CONFIRMS_FIRST
_COLON = "：:"
# Last characters of a line that can be a document number (see _doc_number_line) or a date line.
_NUMBER_LAST = "号）) "
_DATE_LAST = "日）)"
# First characters of lines find_starts looks at besides headings and numbers (see _Lines.marked).
_MARKED_FIRST = "附第前各有"
# Every first or last character one of the features of _Lines needs. Character classes are
# strings, not sets: ``in`` scans a short string faster than it hashes a new one-character string.
_FEATURE_FIRST = _FOLLOWS_FIRST + _MARKED_FIRST
_FEATURE_LAST = _NUMBER_LAST + _DATE_LAST + _COLON + "令"
_NO_TITLE_END = "。；，：、,;:！？"
# How a line cut in the middle of a sentence ends besides a Han character (see _Lines.continues).
_RUNS_ON_END = "，、,《“（("
# a title line may end in 、 where a list of co-issuers wraps (办公厅（秘书局、 / 办公室）…)
_NO_TITLE_LINE_END = "。；，：,;:！？"
_CN_DIGITS = "〇○零一二三四五六七八九十"
_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ANY_DATE_RE = re.compile(rf"\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|"
                          rf"[{_CN_DIGITS}]{{4}}\s*年\s*[{_CN_DIGITS}]{{1,2}}\s*月\s*[{_CN_DIGITS}]{{1,3}}\s*日")
# A full date as a signature prints it: 2025 年 1 月 15 日, 二〇二五年一月十五日.
_FULL_DATE = (rf"(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|"
              rf"[{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,2}}月[{_CN_DIGITS}]{{1,3}}日)")
# A signature and its date on one line: 工业和信息化部办公厅　　2025年1月15日, 总理　李强　2025年3月17日.
_SIGNED_DATE_RE = re.compile(rf"^(.{{2,60}}?)\s+{_FULL_DATE}$")
# A web address closing a text, maybe labelled: https://…, 原文链接：https://….
_URL_LINE_RE = re.compile(r"^(?:[^，。；：:]{1,12}[：:]\s*)?https?://\S+$")
# The imprint closing an official document (版记): 工业和信息化部办公厅　　2025年1月16日印发.
_IMPRINT_RE = re.compile(rf"{_FULL_DATE}\s*印发$")
# An official signing a decree or law: 总理　李强, 主席 习近平.
_SIGNATORY_RE = re.compile(r"^(?:总理|主席|部长|主任|局长|厅长|省长|市长)\s*[\u4e00-\u9fff]{2,4}$")
_CN_DATE_RE = re.compile(rf"([{_CN_DIGITS}]{{4}})\s*年\s*([{_CN_DIGITS}]{{1,2}})\s*月\s*([{_CN_DIGITS}]{{1,3}})\s*日")
_DATE_LINE_RE = re.compile(rf"^[（(]?{_FULL_DATE}[）)]?$")
_ADDRESSEE_RE = re.compile(r"^(?![，、。；,;])(?:各|有关|全国|.{0,40}(?:部门|单位|厅|局|委|政府|办|会|公司|机构|企业|兵团)).{0,80}[：:]$")
_PAREN_RE = re.compile(r"^[（(].{0,80}[）)]$")
# A parenthesis under a title that confirms a heading: a date or a note on how the text was
# adopted or published, not an enumerated item （二）… or a company's former name.
_HEADING_PAREN_RE = re.compile(
    rf"^[（(](?![一二三四五六七八九十\d]+[）)]).{{0,80}}?(?:\d{{4}}\s*年|[{_CN_DIGITS}]{{4}}年|通过|公布|发布|"
    r"施行|印发|修订|修正|节选|此件|草案|征求意见稿|试行|暂行).{0,80}[）)]$|"
    r"^[（(]\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,60}$")
# The first line of an addressee block (各省、自治区…： / 有关单位：), possibly cut at the line end.
_ADDRESSEE_START_RE = re.compile(r"^(?:各|有关)[^。；]{0,30}?[，、：:（(]")
# A compilation date closing a preface or a signature: 2024 年 6 月, 二〇二四年六月.
_YEAR_MONTH_LINE_RE = re.compile(rf"^(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月|[{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,2}}月)$")
_FOLLOWER_RE = re.compile(r"^(?:第[一1]章|第[一1]条|一、|（[一1]）|（?节选）?|（原文节选）|……|问[:：1一]|——)")
_ARTICLE_START_RE = re.compile(r"^第[一1]章\s*总\s*则|^第一条")
_PREFACE_RE = re.compile(r"前\s*言")
# A title's digits are ASCII (normalize_title); a text may print them full-width.
_TO_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_PERIOD_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|十[一二三四五六七八九]五")
_TRAILING_PAREN_RE = re.compile(r"[（(][^（）()]{1,20}[）)]$")
_PURPOSE_RE = re.compile(r"为了?([^。]{4,300}?)[，,]\s*(?:特)?制定本(?:法|条例|规划|办法|方案|意见|细则|规定|措施|纲要|计划)")
_MAX_HEADING_LINES = 6
# A title with its number in the bracket at its end, on one line: 关于…的通知（工信厅企业函〔2025〕23号）.
_INLINE_NUMBER_RE = re.compile(r"[（(]\s*([^（）()]{4,40}?号)\s*[）)]$")
# A line of a web page's metadata: under a title (来源：中国政府网　发布时间：2024-06-03), or in the
# table of a government site above it (索引号：…　主题分类：…); the first confirm the title.
_META_RE = re.compile(r"^(?:(?P<under>(?:信息|文章|稿件)?来源|发布(?:时间|日期)|时间|日期|作者|责任编辑|编辑)|"
                      r"发布机构|发文(?:日期|机关|字号)|成文日期|印发日期|索引号|主题分类)\s*[：:]")
_META_FIRST = "信文稿来发成印索主时日作责编"
# Its date, when the document has no other: 发布时间：2024-06-03, 发布日期：2024年6月3日, 2024.06.03.
_META_DATE_RE = re.compile(r"(?:发布|成文|印发|发文)(?:时间|日期)\s*[：:]\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
# A sentence citing a title and its number (根据《X》（国发〔2024〕1号）), not a heading.
_CITING_RE = re.compile(r"根据|按照|依据|依照|贯彻|落实|参照|详见|执行|对照")
# The number a compilation prints before a document's title in its list of documents.
_SEQUENCE_FIRST = "0123456789０１２３４５６７８９（(一二三四五六七八九十"
_SEQUENCE_RE = re.compile(r"^(?:\d{1,3}\s*(?:[.．](?!\d)|、)|[（(][一二三四五六七八九十\d]{1,4}[）)]|[一二三四五六七八九十]{1,3}、)\s*")
# A title line holds a word: a line of dashes, stars or dots between documents is no title.
_WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9０-９]")
_MAX_SIGNATURE_LINES = 24  # a joint notice can be signed by twenty agencies, one per line
_ANNOUNCEMENT_SERIAL_RE = re.compile(r"\d{4}\s*年\s*第\s*\d{1,4}\s*号")
# A decree header (中华人民共和国国务院令 / 第 802 号) opens the text of the law or regulation it publishes.
_DECREE_RE = re.compile(r"^(?:中华人民共和国)?(国务院|主席|[\u4e00-\u9fff]{2,16}?(?:部|委员会|总局|局|署|行))令$")
_DECREE_NUMBER_RE = re.compile(r"^第\s*(\d{1,4})\s*号$")
# The masthead (发文机关标志) of a document printed in the official layout (GB/T 9704-2012): the issuers
# and 文件 (工业和信息化部文件) over the document's number, the number over its title. Not a title line
# ending in 文件 (关于清理规范性文件 / 的通知).
_MASTHEAD_RE = re.compile(r"^(?!.*关于)[\u4e00-\u9fff（）()、\s]{1,60}?(?:部|委|厅|局|院|署|行|会|室|办|府|中心|）)\s*文件$")
# How a law or regulation was adopted, in the parenthesis under its title.
_ADOPTED_RE = re.compile(r"通过|公布|修订|修正|施行")
_ADOPTERS = (("全国人民代表大会常务委员会", "全国人民代表大会常务委员会"), ("全国人民代表大会", "全国人民代表大会"),
             ("国务院令", "国务院"), ("主席令", "中华人民共和国主席"))
# 附件：X / 附件 2：X / 附件1. X listing an attachment; a bare 附件 / 附件：/ 附件 3 line over its title.
_ATTACHMENT_LINE_RE = re.compile(r"^附件\s*\d*\s*[：:]?\s*(?:\d+\s*[.、．]\s*)?([^：:\d].{1,80})$")
_ATTACHMENT_MARK_RE = re.compile(r"^附件\s*\d*\s*[：:]?$")
_KIND_SUFFIX_RE = re.compile(r"(?:法|条例|规划|办法|方案|意见|细则|规定|措施|指南|计划|纲要|决定|通知)$")
_LAW_SELF_RE = re.compile(r"本(法|条例|规划|办法|方案|意见|细则|规定|措施|指南|计划|纲要|决定|通知)")
_FORWARD_RE = re.compile(r"(?:现将|将|制定了?|编制了?|研究制定了?|现就)《([^《》]{2,80})》[^。]{0,40}?(?:。现)?"
                         r"(?:印发|予以?印发|予印发|发布|转发|公布)")
_FORWARD_RE2 = re.compile(r"(?:^|[：:。])《([^《》]{2,80})》(?:已经|经)[^。]{0,60}?(?:同意|通过)[^。]{0,20}?(?:印发|发布|公布)")
# 《X》（国发〔2022〕2号）, also with the year in round brackets as PDF extraction often prints it:
# 《X》（国发（2022）2号）
_CITED_RE = re.compile(r"《([^《》]{2,100})》\s*[（(]\s*((?:[^（）()]|[（(]\s*\d{4}\s*[）)]){4,40}?号)\s*[）)]")
_QUOTED_RE = re.compile(r"《([^《》]{2,100})》")
_ISSUER_END_RE = re.compile(
    r"(?:部|委|局|厅|院|署|行|会|室|办|政府|委员会|办公厅|办公室|中心|小组|联合会|协会|集团|总局|"
    r"党委|法院|检察院|支行|分行|银行|公司|商会|研究院|管理局|监管局|工作组|领导小组)(?:（[^（）]{1,10}）)?$")
_ISSUER_LAST = "部委局厅院署行会室办府心组团党司）"
_AGENCY_LAST = _ISSUER_LAST.replace("）", "")  # the last characters of agency names
_MANY_ISSUERS_RE = re.compile(r"等\s*[\d一二三四五六七八九十]+\s*(?:个)?(?:部门|单位|部委)(?:办公厅（室）|办公厅（[^（）]*）|办公厅|办公室)?$")
_INTERPRET_RE = re.compile(r"解读|答记者问|问答|答问|一图读懂|政策图解|热点问题")
_LAW_TITLE_RE = re.compile(r"(?:法|条例)(?:（[^（）]*）)?$")
# A part of the compilation, printed between groups of documents: 第一部分 国家政策, 上篇, 国家政策篇,
# or a scope and 政策/文件 (二、自治区政策, 柳州市政策文件, 国家层面政策). It is no title line, and it
# ends the document before it.
_PART_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]+(?:部分|篇|辑)|[上中下]篇)[^，。；]{0,20}$|^[^，。；：、《》]{2,12}篇$")
_PART_SCOPE_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?\s*(.{2,12}?)(?:层面|本级)?(?:相关)?(?:政策|文件|政策文件|法律法规)$")
_PART_SCOPES = ("国家", "中央", "部委", "国家部委", "省级", "市级", "县级", "区级", "地方", "省", "自治区", "市", "县")
# The last characters of the lines _is_part can accept: others skip its regexes (is_title asks first).
_PART_LAST = "篇分辑策件规"


def cn_number(s: str) -> int:
    """二〇二四 -> 2024 (digit by digit); 十二 -> 12, 三十 -> 30, 二十一 -> 21."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
    if "十" not in s:
        return int("".join(str(digits[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def parse_date(text: str) -> str | None:
    """The first date in text as ISO 8601 (2025 年 1月 15 日, 二〇二四年六月三日), else None."""
    m = _DATE_RE.search(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _CN_DATE_RE.search(text)
        if not m:
            return None
        y, mo, d = (cn_number(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


@lru_cache(maxsize=1)
def _prefixes() -> list[tuple[str, str, str]]:
    """Doc-number 代字 prefixes (prefix, level, region name), longest first."""
    out = [(r["prefix"], r["level"], r["region"]) for r in read_table("issuer_prefixes.csv")]
    out += [(r["short"], r["level"], r["name"]) for r in region_rows() if r["short"] and r["level"] != "national"]
    out.sort(key=lambda p: -len(p[0]))
    return out


def region_of(doc_number: str | None, issuers: list[str], title: str) -> tuple[str | None, str | None]:
    """(level, region name) from the number's 代字, else the issuers' and title's place names.

    A place the issuers name wins over a one-character 代字's where it lies inside it (苏州市 for a
    苏… number, 苏 being 江苏's) or outside it (南京市 for a 宁… number, 宁 being 宁夏's): such a 代字
    is shared by a province and some of its cities, and by places in different provinces.
    """
    if doc_number and not doc_number.startswith("〔"):
        for prefix, level, region in _prefixes():
            if doc_number.startswith(prefix):
                if len(prefix) == 1 and (named := _issuers_place(issuers)) and not within(region, named[1]):
                    return named
                return level, region
    if title.startswith(("中华人民共和国", "国务院", "中共中央", "全国人民代表大会")):
        return "national", "中国"
    if named := _issuers_place(issuers):
        return named
    # a place named near the start of the title: the longest name found there
    hits = [hit for i in range(min(len(title), 12)) if (hit := region_at(title[:12], i))]
    if hits:
        return max(hits, key=lambda h: len(h[1]))
    if issuers and all(not i.startswith(("自治区", "省", "市", "县")) for i in issuers):
        return "national", "中国"
    return None, None


def _published(head: list[str]) -> str | None:
    """The date a web page's metadata in a heading gives (发布时间：2024-06-03), as ISO 8601."""
    for s in head:
        if s[0] in _META_FIRST and (m := _META_DATE_RE.search(s)):
            return parse_date(f"{m.group(1)}年{m.group(2)}月{m.group(3)}日")
    return None


def _issuers_place(issuers: list[str]) -> tuple[str, str] | None:
    """(level, full name) of the first region an issuer's name starts with (柳州市工业和信息化局)."""
    return next((hit for issuer in issuers if (hit := region_at(issuer))), None)


def _doc_number_line(s: str) -> str | None:
    """The normalised number if the line is only a document number (maybe in brackets).

    An announcement's serial printed alone under its title (2024 年第 10 号) is returned as is;
    ``segment`` puts the issuers' names and 公告 in front of it.
    """
    core = s.strip("（）() ")
    if not core.endswith("号") or len(core) > 48:
        return None
    m = DOC_NUMBER_RE.fullmatch(core) or _ANNOUNCEMENT_SERIAL_RE.fullmatch(core)
    return normalize_doc_number(m.group(0)) if m else None


def _confirms_title(s: str) -> bool:
    """An addressee, a dated parenthesis or a news lead (a line that confirms the title above it)."""
    return ((s[-1] in "：:" and _ADDRESSEE_RE.match(s) is not None) or
            (s[0] in "（(" and _HEADING_PAREN_RE.match(s) is not None) or
            (s[0] in _NEWS_FIRST and _NEWS_LEAD_RE.match(s) is not None))


def _may_open_text(s: str, page_start: bool) -> bool:
    """The first line of a text printed without heading: 第一章 总则 or 第一条, 前言, or an
    addressee (各…/有关…) opening a page. Not 第二条 and the other articles: they open nothing."""
    head = s[0]
    return ((head == "第" and _ARTICLE_START_RE.match(s) is not None)
            or (head == "前" and _PREFACE_RE.fullmatch(s) is not None)
            or (page_start and head in "各有" and _ADDRESSEE_START_RE.match(s) is not None))


class _Lines:
    """Non-empty cleaned lines with their 0-based indexes into the full line list.

    What the heading and boundary rules ask of every line is computed once per line here; what
    they ask of the few lines where a heading can start (is_title, is_strong) on demand.
    """

    def __init__(self, nonblank: NonBlank, page_starts: set[int]):
        self.idx, self.text = idx, text = nonblank.idx, nonblank.text
        self.width2, self.short2 = nonblank.width2, nonblank.short2
        n = len(text)
        # the k of the lines that open a page, found by bisection (a few hundred, not every line):
        # where cleaning emptied a page's first line (a running header, a QR caption), the first
        # line it left opens the page
        self.page_starts = sorted({k for i in page_starts if (k := bisect_left(idx, i)) < n})
        self.page_start = page_start = [False] * n
        for k in self.page_starts:
            page_start[k] = True
        self.number: list[str | None] = [None] * n
        # line k -> (title part, number) where a title ends in its bracketed number (_INLINE_NUMBER_RE)
        self.inline_number: dict[int, tuple[str, str]] = {}
        self.date = [False] * n
        # line k -> the issuers printed before the date on date line k, if any
        self.signed: dict[int, str] = {}
        # what can follow a title: a line that confirms it (see is_strong), a date, or a first
        # article or section
        self.follows = [False] * n
        self.followers: list[int] = []
        # the lines find_starts looks at besides headings: numbers, decrees, 附件 lines, and what
        # can open a text printed without heading (see _may_open_text)
        self.numbered: list[int] = []
        self.marked: list[int] = []
        # Every feature needs a line's first or last character to be one of a few: only those
        # lines are visited.
        for k in [k for k, s in enumerate(text) if s[0] in _FEATURE_FIRST or s[-1] in _FEATURE_LAST]:
            s = text[k]
            head, tail = s[0], s[-1]
            number = _doc_number_line(s) if tail in _NUMBER_LAST else None
            if number:
                self.number[k] = number
                self.numbered.append(k)
            elif tail in "）)" and "号" in s[-4:] and (inline := _inline_number(s)):
                self.inline_number[k] = inline
            date = tail in _DATE_LAST and len(s) <= 30 and "日" in s and _DATE_LINE_RE.match(s) is not None
            if date:
                self.date[k] = True
            if (number is not None or date or (head in _FOLLOWER_FIRST and _FOLLOWER_RE.match(s) is not None)
                    or ((tail in _COLON or head in _CONFIRMS_FIRST) and _confirms_title(s))):
                self.follows[k] = True
                self.followers.append(k)
            elif (tail == "日" and " " in s and (signed := _SIGNED_DATE_RE.match(s))
                  and (_agencies(signed.group(1)) or _SIGNATORY_RE.match(signed.group(1)))):
                # the last issuers and the date on one line: a date line for the signature and for
                # the end of a document, not a line that can follow a title
                self.date[k] = True
                self.signed[k] = signed.group(1)
            if tail == "令" or head == "附" or (head in _MARKED_FIRST and _may_open_text(s, page_start[k])):
                self.marked.append(k)
        # the number lines with a title right under them, as the official layout prints them (see
        # _heads_below): the candidates, the heading search and find_starts all ask
        self.over_titles = {k for k in self.numbered if _heads_below(self, k)}

    def __len__(self) -> int:
        return len(self.idx)

    def continues(self, k: int) -> bool:
        """Whether line k runs on into the next line: a full line of body text cut in the middle
        of a sentence (it holds punctuation and ends in a Han character or a comma); no heading
        starts under it. A line with wide gaps is a table's row or a web page's metadata
        (索引号：…　　主题分类：…), not running text, nor is a line of metadata."""
        if k < 0 or self.width2[k] < self.short2:
            return False
        s = self.text[k]
        return (("\u4e00" <= s[-1] <= "\u9fff" or s[-1] in _RUNS_ON_END) and "  " not in s
                and any(mark in s for mark in "，、。；") and not (s[0] in _META_FIRST and _META_RE.match(s)))

    def is_strong(self, k: int) -> bool:
        """A number, addressee, dated parenthesis or news lead: it confirms the title above it."""
        return self.number[k] is not None or _confirms_title(self.text[k])

    def is_title(self, k: int) -> bool:
        """A title line: short, no sentence end, not an enumerated item, an addressee or a date.
        Asked of the few lines where a heading can start, so not computed for every line."""
        s = self.text[k]
        tail = s[-1]
        return (len(s) <= 60 and tail not in _NO_TITLE_LINE_END and not self.date[k] and len(s) >= 2
                and "。" not in s and not (s[0] in _ENUM_FIRST and _ENUM_RE.match(s))
                and not (s[0] in "各有" and _ADDRESSEE_START_RE.match(s))
                and not (tail == "件" and _MASTHEAD_RE.match(s))
                and not (tail in _PART_LAST and _is_part(s))
                and not (tail == "发" and _IMPRINT_RE.search(s))
                and not (tail < "\x80" and "http" in s and _URL_LINE_RE.match(s))
                and not (s[0] in _META_FIRST and _META_RE.match(s))
                and ("\u4e00" <= s[0] <= "\u9fff" or _WORD_RE.search(s) is not None))


def _heading_at(nl: _Lines, k: int, under_number: bool, skip: int = 0) -> tuple[int, str, str | None, bool] | None:
    """(number of lines used, title, doc number, strong) if a heading starts at non-empty line k.

    A title of one to four lines is a heading when the next line is a document number, an
    addressee, a dated parenthesis, a news lead or the document's first article/section; when
    ``under_number`` (a document number no heading took is printed right above it, as the
    official layout has it, see _MASTHEAD_RE), the longest title of up to four lines that
    _official_title accepts; at a page start, a 关于… title that ends like a title, or any title of
    eight characters or more that a number, addressee, dated parenthesis or news lead confirms;
    after the end of a text (no page break between two news items), a headline of eight characters
    or more without a comma that a news lead confirms. A title line ending in its bracketed number,
    or with a web page's metadata (来源：…) under it, ends the heading there, confirmed. Line k is a
    title line that is no number and opens no parenthesis, or one whose first ``skip`` characters
    number the document in the compilation's list (see ``_sequence_number``): such a heading needs
    a number, addressee, dated parenthesis, news lead or first article under it, or to be a
    page-opening 关于… title, as a numbered section heading in a document's text (三、保障措施 over
    （一）…) is neither.
    """
    page_start = nl.page_start[k]
    if (not page_start and not under_number and not any(nl.follows[k + 1:k + 5])
            and not any(j in nl.inline_number for j in range(k, k + 4))):
        return None  # only a page-opening title needs nothing under it to confirm it
    n = len(nl)
    weak = None  # a page-opening 关于… title with nothing confirming it, unless a longer one is
    under = None  # a title under a number with nothing confirming it below
    for m in range(1, _MAX_HEADING_LINES + 1):
        last = k + m - 1
        if last >= n:
            return under or weak
        if m > 1 and (not nl.is_title(last) or nl.number[last] or (nl.page_start[last] and not page_start)):
            s = nl.text[last]
            if s[0] in _META_FIRST and (meta := _META_RE.match(s)) and meta.group("under"):
                # a web page's metadata under the title confirms it and belongs to the heading, as
                # does a number under it
                raw = "".join(nl.text[k:last])[skip:]
                if raw.count("《") == raw.count("》") and (_has_title_suffix(raw) or (
                        len(raw) >= 8 and not _ends_document(nl.text[last - 1], nl.date[last - 1]))):
                    return m, normalize_title(raw), nl.number[last + 1] if last + 1 < n else None, True
            return under or weak
        nxt = k + m
        if last in nl.inline_number:
            # the number at the end of the title's last line confirms it, as on a line of its own
            part, number = nl.inline_number[last]
            raw = ("".join(nl.text[k:last]) + part)[skip:]
            if (raw.count("《") == raw.count("》") and not raw.startswith("《")
                    and not _CITING_RE.search(raw.partition("《")[0])
                    and (_has_title_suffix(raw) or (page_start and len(raw) >= 8))):
                return m, normalize_title(raw), number, True
            return under or weak
        follows = nxt < n and nl.follows[nxt]
        if not follows and not page_start and not under_number:
            continue
        raw = "".join(nl.text[k:nxt])[skip:]
        if raw.count("《") > raw.count("》"):
            continue  # a cited title is still open: the heading goes on
        strong = follows and nl.is_strong(nxt)
        titled = _has_title_suffix(raw)
        if under_number and not skip and m <= 4 and _official_title(raw):
            under = m, normalize_title(raw), None, True
        if m > 4:  # only a page-opening 关于… title runs this long (issuers over several lines)
            if weak is None and page_start and "关于" in raw and "，" not in raw and _has_title_suffix(raw):
                weak = m, normalize_title(raw), None, False
            continue
        if m > 1 and strong and _is_issuer_line(nl.text[last]):
            # issuers printed between the title and the number (the number joins in find_starts)
            shorter = "".join(nl.text[k:last])[skip:]
            if _has_title_suffix(shorter):
                return m - 1, normalize_title(shorter), None, True
        if titled and follows and nxt in nl.over_titles:
            continue  # the official layout: the number belongs to the title under it
        if titled and follows and (not skip or strong or _ARTICLE_START_RE.match(nl.text[nxt])):
            return m, normalize_title(raw), nl.number[nxt] if strong else None, strong
        if strong and len(raw) >= 8 and (page_start or (
                "，" not in raw and _NEWS_LEAD_RE.match(nl.text[nxt])
                and _ends_document(nl.text[k - 1], nl.date[k - 1]))):
            return m, normalize_title(raw), nl.number[nxt], True
        if titled and page_start and "关于" in raw and "，" not in raw and weak is None:
            weak = m, normalize_title(raw), None, False
    return under or weak


def _lines_before_issuers(nl: _Lines, k: int, m: int) -> bool:
    """Whether heading lines k … k+m-1 put a line that cannot be part of an issuer list above the
    line where the title says 关于: where no page break separates them, the end of a paragraph, a
    caption or the title of a list item or form printed above a heading (…牵头负责）, 小崔讲政策,
    …资金管理办法（修订） over 工业和信息化部办公厅关于…)."""
    for j in range(k, k + m):
        if "关于" in nl.text[j]:
            return any(_no_issuers(nl.text[i]) for i in range(k, j))
    return False


def _no_issuers(s: str) -> bool:
    """A line that is no part of a list of issuers: it closes a bracket opened above it, holds a
    comma or no character an agency's name ends in, or ends like the title of a document or a form."""
    return (s.count("）") + s.count(")") > s.count("（") + s.count("(") or "，" in s
            or not any(ch in _AGENCY_LAST for ch in s)
            or _has_title_suffix(s) or s.endswith("表"))


def _heads_below(nl: _Lines, j: int) -> bool:
    """Whether the title of a document starts right under the number at line j, as in the
    official layout, where the line above the number ends the document before: one to four
    title lines that end like a title and say 关于 before any 《 (关于…的通知, 工业和信息化部关于
    印发《X》的通知; a sentence under a number, 根据《国务院关于…》, does not)."""
    for last in range(j + 1, min(j + 5, len(nl))):
        if not nl.is_title(last) or nl.number[last]:
            return False
        if _official_title("".join(nl.text[j + 1:last + 1])):
            return True
    return False


def _official_title(raw: str) -> bool:
    """A title as the official layout prints one under its number: 《》 closed, 关于 before any 《,
    ending like a title."""
    return (raw.count("《") == raw.count("》") and "关于" in raw.partition("《")[0]
            and _has_title_suffix(raw))


def _is_part(s: str) -> bool:
    """A part of the compilation (see _PART_RE): a scope is a level (国家, 市级) or a region's name."""
    if s[-1] not in _PART_LAST:
        return False
    if _PART_RE.match(s):
        return True
    scope = _PART_SCOPE_RE.match(s)
    return scope is not None and (scope.group(1) in _PART_SCOPES or scope.group(1) in region_forms()[0])


def _agencies(s: str) -> list[str]:
    """The agency names of a line that holds nothing else (工业和信息化部办公厅, 财政部 工业和信息化部),
    else []."""
    names = split_issuers(s)
    return names if all(_ISSUER_END_RE.search(name) for name in names) else []


def _is_issuer_line(s: str) -> bool:
    """A line of agency names only (国家税务总局 人力资源社会保障部 …), at least two of them."""
    return len(_agencies(s)) >= 2


def _is_attachment(head: tuple, starts: list[dict]) -> bool:
    """A bare title that repeats the inner title X of the preceding forwarding notice."""
    if head[2] or not starts:
        return False
    forwarded = starts[-1]["title"] or starts[-1].get("forwards")
    return bool(forwarded) and (unwrap_title(forwarded) or forwarded) == head[1]


def _opens_notice(s: str) -> bool:
    """The first line of a notice's body: its addressee, or 现将《X》印发 / 《X》已经…同意."""
    return bool(_ADDRESSEE_START_RE.match(s) or _ADDRESSEE_RE.match(s) or _FORWARD_RE.search(s))


def _ends_document(s: str, is_date: bool) -> bool:
    """Whether a line can end a document: a date, a closing sentence, a signature, 特此通知."""
    return (is_date or s[-1] in "。！" or s.endswith("……") or
            (s[-1] == "月" and _YEAR_MONTH_LINE_RE.match(s) is not None) or
            (s[-1] in _ISSUER_LAST and _ISSUER_END_RE.search(s, len(s) - 20) is not None) or
            s in ("特此通知", "特此公告") or ("http" in s and _URL_LINE_RE.match(s) is not None) or _is_part(s)
            or (s[-1] == "发" and _IMPRINT_RE.search(s) is not None))


def _inline_number(s: str) -> tuple[str, str] | None:
    """(the line before the bracket, the number) if the line ends in a bracketed document number."""
    m = _INLINE_NUMBER_RE.search(s)
    number = m and _doc_number_line(m.group(1))
    return (s[:m.start()].rstrip(), number) if number and m.start() else None


def _sequence_number(nl: _Lines, k: int) -> int:
    """The length of the number a compilation prints before a document's title in its list
    (1. 关于…的通知, 2、…, （三）…, 四、…) if line k is such a title line, else 0."""
    s = nl.text[k]
    if len(s) > 60 or s[-1] in _NO_TITLE_LINE_END or "。" in s or nl.date[k]:
        return 0
    seq = _SEQUENCE_RE.match(s)
    if not seq:
        return 0
    rest = s[seq.end():]
    if (len(rest) < 8
            or not ("\u4e00" <= rest[0] <= "\u9fff" or rest[0] in "《“" or rest[0].isdecimal())
            or (rest[0] in _ENUM_FIRST and _ENUM_RE.match(rest)) or _is_part(s)):
        return 0
    return seq.end()


def _confirmed_below(nl: _Lines, k: int) -> bool:
    """Whether a line within a heading's reach under line k can confirm a numbered title (see
    ``_heading_at``): a number, an addressee, a dated parenthesis, a news lead or a first article."""
    return any(nl.follows[j] and (nl.is_strong(j) or _ARTICLE_START_RE.match(nl.text[j]) is not None)
               for j in range(k + 1, min(k + 5, len(nl))))


def _start_candidates(nl: _Lines) -> tuple[list[int], dict[int, int]]:
    """The lines a document can start at, in order, and those of them a heading can start at,
    each with the length of the list number before its title (see ``_sequence_number``).

    A heading starts at a title line (not a number, not opening a parenthesis or an ellipsis) at a
    page start, with a line under it that can follow a title, or ending in its bracketed number;
    or at a numbered title line (1. 关于…) that a line under it can confirm or that opens a page
    with 关于 in its reach; an untitled document at a document number,
    a decree, or the first line of its text (第一章, 前言, an addressee); 附件 lines are looked at
    too. The lines in between start nothing: they only tell whether the line after them follows
    an end.
    """
    above_follower = {k - d for k in nl.followers for d in range(1, 5)}
    above_follower.update(k - d for k in nl.inline_number for d in range(4))
    under_number = [k + 1 for k in nl.over_titles]
    headed = {}
    for k in chain(nl.page_starts, above_follower, under_number):
        if k < 0 or nl.number[k]:
            continue
        head = nl.text[k][0]
        if head not in "（(…" and nl.is_title(k):
            headed[k] = 0
        elif (head in _SEQUENCE_FIRST and (skip := _sequence_number(nl, k))
              and (_confirmed_below(nl, k)
                   or (nl.page_start[k] and "关于" in "".join(nl.text[k:k + _MAX_HEADING_LINES])))):
            headed[k] = skip  # confirmed, or a page-opening 关于… title (see _heading_at)
    return sorted(headed.keys() | {*nl.numbered, *nl.marked}), headed


def find_starts(nl: _Lines) -> list[dict]:
    """Document starts: headed ones, and untitled ones opening at a number or 第一章 after an end.

    A heading that repeats what the document before it forwards (关于印发《X》 → X) or lists as
    an attachment (附件：X), or that comes right under a 附件 line, is that attachment.
    """
    starts = []
    attachments: set[str] = set()  # names listed in 附件：… lines of the current document
    n = len(nl)
    text, date = nl.text, nl.date
    resume = 0  # the line after the last heading or decree: it does not follow an end

    def follows_end(k: int) -> bool:
        """Line k comes after a line that ends a document (asked only where it decides)."""
        return k != resume and _ends_document(text[k - 1], date[k - 1])

    candidates, headed = _start_candidates(nl)
    for k in candidates:
        if k < resume:
            continue
        s = text[k]
        # a number right above line k that no heading took: the official layout's, over its title
        under_number = k > resume and k - 1 in nl.over_titles
        # no heading starts under running text; one that takes in a line no issuer list holds
        # starts lower, where a later candidate finds it
        head = _heading_at(nl, k, under_number, headed[k]) if k in headed and not nl.continues(k - 1) else None
        if head and _lines_before_issuers(nl, k, head[0]):
            head = None
        first = k  # where the document starts: its heading, or the official layout's number
        if head and head[2] is None and under_number:
            head = head[0], head[1], nl.number[k - 1], head[3]
            first = k - 2 if k > 1 and _MASTHEAD_RE.match(nl.text[k - 2]) else k - 1
        if head and not head[2] and (head[1] in attachments or (k and _ATTACHMENT_MARK_RE.match(nl.text[k - 1]))):
            head = None
        if s[0] == "附" and (listed := _ATTACHMENT_LINE_RE.match(s)):
            attachments.add(normalize_title(listed.group(1)))
        if head and (nl.page_start[k] or head[3]) and not _is_attachment(head, starts):
            attachments = set()
            m, title, number, _ = head
            if first < k and starts and starts[-1]["k"] == k - 1:
                starts.pop()  # the number was taken for a notice whose heading was lost
            head_lines = k - first + m + (1 if number and first == k else 0)
            starts.append({"k": first, "title": title, "number": number, "title_source": "heading",
                           "head_lines": head_lines, "printed": " ".join(nl.text[k:k + m])[headed[k]:]})
            resume = first + head_lines
            continue
        number = nl.number[k]
        nxt = nl.text[k + 1] if k + 1 < n else ""
        last = starts[-1] if starts else None
        if number and last and last["number"] is None and last["title_source"] == "heading" and \
                k - (last["k"] + last["head_lines"]) <= 1:
            # the number printed under a heading, after a line of issuers
            last["number"] = number
            last["head_lines"] = k + 1 - last["k"]
        elif s[-1] == "令" and (decree := _DECREE_RE.match(s)) and (serial := _DECREE_NUMBER_RE.match(nxt)):
            # 中华人民共和国国务院令 / 第 802 号 / 《X》已经…通过，现予公布: the decree publishing X
            forwards = _in_text_title(nl.text[k + 2:k + 8])
            starts.append({"k": k, "title": None, "number": normalize_doc_number(f"{decree.group(1)}令第{serial.group(1)}号"),
                           "title_source": None, "head_lines": 2, "forwards": forwards})
            resume = k + 2
        elif number and k > 0 and (follows_end(k) or _opens_notice(nxt)):
            # a notice whose heading was lost: its number, then an addressee or 现将《X》印发
            starts.append({"k": k, "title": None, "number": number, "title_source": None,
                           "head_lines": 1})
        elif k > 0 and _may_open_text(s, nl.page_start[k]) and follows_end(k):
            # s is 第一章 总则/第一条, 前言, or an addressee opening a page (_may_open_text): 前言
            # opens a text once a document came before it, an addressee when its block ends in a
            # colon (a notice printed from its addressee on, without heading or number)
            if s[0] in "各有":
                opens = _ADDRESSEE_RE.match(s) is not None or (s[-1] not in _NO_TITLE_END and nxt.endswith(("：", ":")))
            else:
                opens = s[0] == "第" or bool(starts)
            if opens:
                starts.append({"k": k, "title": None, "number": None, "title_source": None,
                               "head_lines": 0})
    return starts


def _clean_issuer(name: str) -> str:
    return _MANY_ISSUERS_RE.sub("", name.strip()).strip()


def split_issuers(line: str) -> list[str]:
    """Agency names of one signature or heading line; letter-spaced names are joined."""
    names = []
    for chunk in re.split(r"\s{2,}|、|，", line.strip()):
        tokens = chunk.split()
        run: list[str] = []
        for t in tokens:
            if len(t) == 1:
                run.append(t)
                continue
            if run:
                names.append("".join(run))
                run = []
            names.append(t)
        if run:
            names.append("".join(run))
    return [n for n in (_clean_issuer(n) for n in names) if n]


def _heading_issuers(title: str) -> list[str]:
    """Issuers printed before 关于 (or before 印发/发布 in a news-style heading)."""
    m = re.match(r"^《?(.{2,60}?)(?:关于|(?:联合)?(?:印发|发布|公布|转发|出台))", title)
    names = split_issuers(m.group(1)) if m else []
    return [n for n in names if _ISSUER_END_RE.search(n)]


def _signature(nl: _Lines, a: int, b: int) -> tuple[list[str], str | None, int | None]:
    """(issuers, ISO date, k of the date line) from the first signature block in lines a..b-1."""
    for k in compress(range(a, b), nl.date[a:b]):
        s = nl.text[k]
        issuers = split_issuers(nl.signed[k]) if k in nl.signed else []
        j = k - 1
        while j >= a and k - j <= _MAX_SIGNATURE_LINES:
            t = nl.text[j]
            names = split_issuers(t)
            if not names or len(t) > 60 or any(not _ISSUER_END_RE.search(n) and len(n) > 1 for n in names):
                # a name cut at a line end continues on the next line ("中国证券监督管理委员" / "会")
                if not (names and len(t) <= 20 and not t.endswith(tuple(_NO_TITLE_END + "）"))
                        and issuers and len(issuers[0]) <= 2):
                    break
                issuers[0] = t + issuers[0]
                j -= 1
                continue
            issuers = names + issuers
            j -= 1
        issuers = [i for i in issuers if _ISSUER_END_RE.search(i) or len(i) > 3]
        if issuers:
            return issuers, parse_date(s), k
    return [], None, None


def _kind(title: str | None, body: list[str], number: str | None) -> str:
    t = title or ""
    if _INTERPRET_RE.search(t):
        return "interpretation"
    if _LAW_TITLE_RE.search(t) and "关于" not in t and (not number or number.endswith("号") and "令第" in number):
        return "law"
    if not number and body and _NEWS_LEAD_RE.match(body[0]):
        return "news"
    if not t:
        return "other"
    return "policy"


def _in_text_title(body: list[str]) -> str | None:
    """X of the document's own 现将《X》印发给你们 sentence (looked for near its start)."""
    text = "".join(body[:30])
    for rx in (_FORWARD_RE, _FORWARD_RE2):
        m = rx.search(text)
        if m:
            return normalize_title(m.group(1))
    return None


def segment(lines: list[str], page_starts: set[int], nonblank: NonBlank | None = None) -> list[dict]:
    """Document dicts (without ids) in file order; see ``loaders.extract_text`` for the fields.

    ``nonblank`` is ``loaders.text.non_blank(lines)`` if the caller has it already.
    """
    nl = _Lines(nonblank or non_blank(lines), page_starts)
    starts = find_starts(nl)
    cited = _Cited(nl.text)
    starts = _recover_titles(nl, starts, cited)
    docs = []
    for n, st in enumerate(starts):
        k0 = st["k"]
        k1 = starts[n + 1]["k"] if n + 1 < len(starts) else len(nl)
        body = nl.text[k0 + st["head_lines"]:k1]
        title, source, number, alt = st["title"], st["title_source"], st["number"], st["alt"]
        if number is None and body:
            number = _doc_number_line(body[0]) if title else None
        inner = unwrap_title(title) if title else None
        if inner and inner not in alt:
            alt.append(inner)
        issuers, date, date_k = _signature(nl, k0 + st["head_lines"], k1)
        if not issuers and source == "heading" and title:
            issuers = _heading_issuers(st["printed"])
        kind = _kind(title, body, number)
        if number is None and title and kind == "policy" and "转发" not in title:
            # a heading printed without its number: the number other documents cite it with
            # (not for 转发《X》: X is another body's document with a number of its own)
            number = cited.number_of([title, *alt])
        if number and number[0].isdigit():  # 2024年第10号 under an announcement's title
            number = "".join(issuers) + "公告" + number if issuers else None
        elif number and issuers and (joint := _joint_announcement(number, issuers)):
            number = joint
        adopted = _adoption(nl.text[k0 + st["head_lines"]:k0 + st["head_lines"] + 12])
        if adopted and (not issuers or kind == "law"):
            issuers, date = adopted
        if date is None:
            for s in body[:3]:
                if _PAREN_RE.match(s):
                    date = parse_date(s)
                    break
        if date is None:
            date = _published(nl.text[k0:k0 + st["head_lines"]])
        level, region = region_of(number, issuers, title or "")
        if not title and not number:
            continue  # a document we cannot name: its lines belong to no other document either
        docs.append({
            "title": title, "alt_titles": alt, "title_source": source, "doc_number": number,
            "issuers": issuers, "date": date, "level": level, "region": region,
            "kind": _kind(title, body, number),
            "line_start": nl.idx[k0] + 1, "line_end": nl.idx[k1 - 1] + 1,
        })
    _inherit_place(docs)
    return docs


def _joint_announcement(number: str, issuers: list[str]) -> str | None:
    """A joint announcement's number whose line kept only the last agency (退役军人事务部公告2024年
    第4号, the other agencies printed on the line above) with every issuer in front."""
    agency, sep, serial = number.partition("公告")
    names = "".join(issuers)
    if sep and agency and len(issuers) > 1 and names.endswith(agency) and names != agency:
        return names + "公告" + serial
    return None


def _adoption(lines: list[str]) -> tuple[list[str], str | None] | None:
    """(issuers, latest date) of a law or regulation from how it was adopted: the parenthesis
    under its title (…全国人民代表大会常务委员会…通过), or its decree (国务院令 … 公布)."""
    text = ""
    for line in lines:
        if not text and not line.startswith(("（", "(")) and not (line.endswith("令") and _DECREE_RE.match(line)):
            continue
        text += line
        if text.startswith(("（", "(")) and line.endswith(("）", ")")):
            break
    if not text or not _ADOPTED_RE.search(text):
        return None
    issuers = [name for key, name in _ADOPTERS if key in text][:1]
    if not issuers:
        return None
    dates = [d for d in (parse_date(m.group()) for m in _ANY_DATE_RE.finditer(text)) if d]
    return issuers, max(dates) if dates else None


def _recover_titles(nl: _Lines, starts: list[dict], cited: "_Cited") -> list[dict]:
    """Titles of the starts printed without a heading. A start whose text is the attachment of
    the document before it (it names itself like that document's title or forwarded X) is
    merged into that document."""
    kept: list[dict] = []
    for n, st in enumerate(starts):
        st["alt"] = []
        if st["title"] is None:
            k1 = starts[n + 1]["k"] if n + 1 < len(starts) else len(nl)
            body = nl.text[st["k"] + st["head_lines"]:k1]
            st["title"], st["title_source"], st["alt"] = _recover_title(body, st["number"], cited)
            if kept and st["number"] is None and (
                    _is_attachment_text(body, kept[-1]) or
                    (st["title"] and _same_document(st["title"], kept[-1]))):
                continue
        kept.append(st)
    return kept


def _is_attachment_text(body: list[str], prev: dict) -> bool:
    """Text without heading or number after a forwarding notice that uses nearly every word of
    the title X the notice forwards: it is X, the notice's attachment."""
    forwarded = {*prev["alt"], unwrap_title(prev["title"]) if prev["title"] else None,
                 prev["title"] if prev["title_source"] == "in_text" else None}
    text = "".join(body[:400])
    for t in forwarded - {None}:
        kind = _kind_suffix(t)[1]
        if kind and _self_score(text, t, kind) >= 0.9:
            return True
    return False


def _same_document(title: str, prev: dict) -> bool:
    names = {prev["title"], *prev["alt"], unwrap_title(prev["title"]) if prev["title"] else None}
    return title in names


def _inherit_place(docs: list[dict]) -> None:
    """An interpretation without issuers takes level and region from the document it explains."""
    for n, d in enumerate(docs):
        if d["level"] or d["kind"] != "interpretation":
            continue
        named = [normalize_title(t) for t in _QUOTED_RE.findall(d["title"] or "")]
        for other in docs:
            if other is not d and other["level"] and any(
                    t == other["title"] or t in other["alt_titles"] for t in named):
                d["level"], d["region"] = other["level"], other["region"]
                break


class _Cited:
    """Titles cited anywhere in the file, by the number printed after them and by frequency.

    Computed on first use: only documents printed without a heading need them.
    """

    def __init__(self, text: list[str]):
        self._text = text

    @cached_property
    def _index(self) -> tuple[dict[str, str], dict[str, set[str]], Counter]:
        """(number -> first title cited with it, title -> its numbers, title -> times cited)."""
        joined = "".join(self._text)
        by_number: dict[str, str] = {}
        numbers_of: dict[str, set[str]] = {}
        for m in _CITED_RE.finditer(joined):
            num = next(find_doc_numbers(m.group(2)), None)
            if num:
                number, title = normalize_doc_number(num.group(0)), normalize_title(m.group(1))
                by_number.setdefault(number, title)
                numbers_of.setdefault(title, set()).add(number)
        titles: Counter[str] = Counter()
        for t, count in Counter(_QUOTED_RE.findall(joined)).items():
            titles[normalize_title(t)] += count
        return by_number, numbers_of, titles

    @property
    def by_number(self) -> dict[str, str]:
        return self._index[0]

    def number_of(self, titles: list[str]) -> str | None:
        """The one number other documents print after any of these titles, else None."""
        numbers = set().union(*(self._index[1].get(t, set()) for t in titles))
        return numbers.pop() if len(numbers) == 1 else None

    @cached_property
    def titles_by_kind(self) -> dict[str | None, list[tuple[str, int]]]:
        """(title, times cited) of the cited titles, by the kind their title ends in (法, 规划 …)."""
        by_kind: dict[str | None, list[tuple[str, int]]] = {}
        for title, count in self._index[2].items():
            by_kind.setdefault(_kind_suffix(title)[1], []).append((title, count))
        return by_kind


def _recover_title(body: list[str], number: str | None, cited: _Cited) -> tuple[str | None, str | None, list[str]]:
    """(title, title_source, alt_titles) for a document printed without a heading."""
    inner = _in_text_title(body)
    if number and number in cited.by_number:
        return cited.by_number[number], "referenced", [inner] if inner else []
    if inner:
        return inner, "in_text", []
    if number:
        return None, None, []
    title = _self_named_title(body, cited)
    return (title, "referenced", []) if title else (None, None, [])


def _self_named_title(body: list[str], cited: _Cited) -> str | None:
    """The title of a law or plan printed without heading or number: it calls itself 本法 /
    本规划 …, and another document in the file cites it as 《…法》 whose words its text uses.

    Titles the text itself cites are other documents, and so are titles whose years or
    “十X五” period the text never mentions; among the rest the best n-gram overlap wins (ties
    go to the longer, more specific title).
    """
    text = "".join(body[:400])
    suffixes = Counter(_LAW_SELF_RE.findall(text))
    if not suffixes:
        return None
    suffix = suffixes.most_common(1)[0][0]
    own_citations = {normalize_title(t) for t in _QUOTED_RE.findall(text)}
    # a purpose clause (为了…，制定本法) names what the text is about better than the whole text
    purpose = _PURPOSE_RE.search(text)
    scored, n = (purpose.group(1), 2) if purpose else (text, 3)
    best, best_score = None, 0.0
    for t, count in cited.titles_by_kind.get(suffix, ()):
        if t in own_citations:
            continue
        score = _self_score(scored, t, suffix, n)
        if score:
            score += min(count, 10) / 10000
        if score > best_score:
            best, best_score = t, score
    return best if best_score >= 0.7 else None


def _self_score(text: str, title: str, suffix: str, n: int = 3) -> float:
    """How well ``text`` (calling itself 本<suffix>) matches ``title``: the share of the title's
    character n-grams it contains, plus a small bonus for longer titles; 0 if it cannot be."""
    bare, kind = _kind_suffix(title)
    if kind != suffix or len(bare) < len(suffix) + 3:
        return 0.0
    if any(marker not in text and marker.translate(_TO_FULLWIDTH) not in text
           for marker in _PERIOD_RE.findall(title)):
        return 0.0
    core = bare.removeprefix("中华人民共和国")[:-len(suffix)]
    grams = {core[i:i + n] for i in range(len(core) - n + 1)}
    if not grams:
        return 0.0
    return sum(g in text for g in grams) / len(grams) + len(grams) / 1000


@lru_cache(maxsize=4096)
def _kind_suffix(title: str) -> tuple[str, str | None]:
    """The title without a trailing parenthesis, and the kind it ends in (法, 规划, 通知 …) or None."""
    bare = _TRAILING_PAREN_RE.sub("", title)
    kind = _KIND_SUFFIX_RE.search(bare)
    return bare, kind.group() if kind else None
