"""Hand-made extraction dicts drawn from the bundled corpus, in the loader's output contract."""

import pytest


def _doc(id, title, number=None, issuers=(), level=None, region=None, start=1, end=50,
         alt_titles=(), kind="policy"):
    return {"id": id, "title": title, "alt_titles": list(alt_titles), "title_source": "heading",
            "doc_number": number, "issuers": list(issuers), "date": None, "level": level,
            "region": region, "kind": kind, "line_start": start, "line_end": end}


def _cite(frm, title, number=None, relation="cites", evidence="", line=10):
    return {"from": frm, "to_title": title, "to_doc_number": number, "relation": relation,
            "evidence": evidence or f"《{title}》", "line": line}


@pytest.fixture
def liuzhou() -> dict:
    """Part of liuzhou-sme-handbook-2025.txt: a national notice and two 柳州 measures implementing it."""
    return {
        "source": "data/corpus/liuzhou-sme-handbook-2025.txt", "sha256": "a" * 64,
        "compilation": {"title": "政策宣传手册", "publisher": "柳州市中小企业服务中心", "date": "2025-05"},
        "documents": [
            _doc("d001", "工业和信息化部 国家发展改革委 财政部等关于印发《中小企业数字化赋能专项行动方案（2025—2027年）》的通知",
                 "工信部联企业〔2024〕239 号", ["工信部", "国家发展改革委", "财政部"], "national", "中国", 65, 160),
            _doc("d002", "柳州市人民政府办公室关于印发《柳州市中小企业数字化转型试点城市建设工作方案》的通知",
                 "柳政办〔2025〕3号", ["柳州市人民政府办公室"], "municipal", "柳州市", 10200, 10560,
                 alt_titles=["柳州市中小企业数字化转型试点城市建设工作方案"]),
            _doc("d003", "柳州市工业和信息化局 柳州市财政局关于印发《柳州市中小企业数字化转型试点城市专项资金管理办法》的通知",
                 "柳工信规〔2025〕1号", ["柳州市工业和信息化局", "柳州市财政局"], "municipal", "柳州市", 10590, 10800),
            _doc("d004", "广西壮族自治区工业和信息化厅关于开展专精特新中小企业认定工作的通知",
                 "桂工信企业〔2024〕12号", ["自治区工业和信息化厅"], "provincial", "广西壮族自治区", 11000, 11100),
        ],
        "citations": [
            _cite("d001", "中华人民共和国中小企业促进法", relation="implements",
                  evidence="贯彻落实《中华人民共和国中小企业促进法》"),
            _cite("d002", "财政部工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", "财建〔2023〕117 号",
                  "implements", "根据《财政部工业和信息化部关于开展中小企业数字化转型城市试点工作的通知》（财建〔2023〕117 号）等文件要求", 10223),
            _cite("d003", "财政部工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", "财建〔2023〕117号",
                  "implements", "根据《财政部工业和信息化部关于开展中小企业数字化转型城市试点工作的通知》（财建〔2023〕117 号）", 10614),
            _cite("d003", "柳州市中小企业数字化转型试点城市建设工作方案", "柳政办〔2025〕3 号", "implements",
                  "《柳州市中小企业数字化转型试点城市建设工作方案》（柳政办〔2025〕3 号）等文件要求", 10616),
            _cite("d002", "中小企业数字化赋能专项行动方案（2025—2027年）", None, "cites",
                  "落实《中小企业数字化赋能专项行动方案（2025—2027年）》", 10300),
        ],
        "targets": [{"document": "d004", "category": "专精特新中小企业", "evidence": "专精特新中小企业认定", "line": 11001}],
        "programs": [{"document": "d002", "name": "中小企业数字化转型城市试点", "line": 10210, "relation": "mentions"}],
    }


@pytest.fixture
def national() -> dict:
    """Part of policy-compilation-2024-12.txt: the same national notice, and the law by its short name."""
    return {
        "source": "data/corpus/policy-compilation-2024-12.txt", "sha256": "b" * 64,
        "compilation": {"title": "政策汇编", "publisher": None, "date": "2024-12"},
        "documents": [
            _doc("d001", "工业和信息化部等四部门关于印发中小企业数字化赋能专项行动方案（2025—2027年）的通知",
                 "工信部联企业[2024]239号", ["工业和信息化部", "财政部"], "national", "中国", 300, 700),
            _doc("d002", "财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知",
                 "财建〔2023〕117号", ["财政部", "工业和信息化部"], "national", "中国", 800, 950),
        ],
        "citations": [
            _cite("d001", "中小企业促进法", relation="implements", evidence="落实《中小企业促进法》"),
        ],
        "targets": [], "programs": [],
    }
