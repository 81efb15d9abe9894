"""Fixtures of the cascade tests.

- ``sample``: a small hand-made graph (national → 广西 → 柳州, 贵州, a cycle, low-confidence edge,
  categories, a programme) written to a graph of its own on the test FalkorDB server.
- ``http``: the API under uvicorn on 127.0.0.1 (a free port) over the corpus-loaded store.
"""

import threading
import time
from collections.abc import Iterator

import httpx
import networkx as nx
import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def http(store) -> Iterator[httpx.Client]:
    server = uvicorn.Server(uvicorn.Config(create_app(Settings()), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        yield client
    server.should_exit = True
    thread.join(timeout=30)


FILE = "sample-compilation.txt"


def _edge(g: nx.MultiDiGraph, start: str, end: str, rel: str, line: int, confidence: float = 0.9) -> None:
    g.add_edge(start, end, type=rel, evidence=f"{start} 根据 {end}", file=FILE, line=line,
               method="basis-phrase", confidence=confidence)


def _doc(g: nx.MultiDiGraph, key: str, title: str, level: str, region: str | None, **extra) -> None:
    g.add_node(key, label="Document", title=title, level=level, region_code=region, kind="policy",
               in_corpus=True, date=extra.pop("date", "2024-01-01"), **extra)


@pytest.fixture
def sample(graph_store):
    g = nx.MultiDiGraph()
    for code, name, level, parent in [
        ("100000", "中国", "national", None), ("450000", "广西壮族自治区", "provincial", "100000"),
        ("450200", "柳州市", "municipal", "450000"), ("520000", "贵州省", "provincial", "100000"),
        ("520100", "贵阳市", "municipal", "520000"),
    ]:
        g.add_node(code, label="Region", name=name, level=level)
        if parent:
            g.add_edge(code, parent, type="PART_OF")
    _doc(g, "doc-n", "财政部 工业和信息化部关于开展中小企业数字化转型城市试点工作的通知", "national", "100000",
         doc_number="财建〔2023〕117号")
    _doc(g, "doc-p", "广西中小企业数字化转型实施方案", "provincial", "450000", doc_number="桂工信〔2024〕1号",
         alt_titles=["关于印发广西中小企业数字化转型实施方案的通知"])
    _doc(g, "doc-m", "柳州市中小企业数字化转型专项资金管理办法", "municipal", "450200", doc_number="柳工信规〔2025〕1号",
         date="2025-03-05")
    _doc(g, "doc-g", "贵州省中小企业数字化转型行动方案", "provincial", "520000")
    _doc(g, "doc-y", "贵阳市营商环境若干措施", "municipal", "520100")
    _doc(g, "doc-c1", "循环引用甲", "national", "100000")
    _doc(g, "doc-c2", "循环引用乙", "national", "100000")
    _doc(g, "doc-law", "中华人民共和国示例法", "national", "100000")
    _edge(g, "doc-p", "doc-n", "IMPLEMENTS", 10)
    _edge(g, "doc-m", "doc-p", "IMPLEMENTS", 20, confidence=0.4)
    _edge(g, "doc-g", "doc-n", "IMPLEMENTS", 30)
    _edge(g, "doc-c1", "doc-c2", "IMPLEMENTS", 40)
    _edge(g, "doc-c2", "doc-c1", "IMPLEMENTS", 41)
    _edge(g, "doc-y", "doc-law", "IMPLEMENTS", 50)
    g.add_node("agency-lz", label="Agency", name="柳州市工业和信息化局")
    g.add_node("agency-cz", label="Agency", name="柳州市财政局")
    g.add_edge("doc-m", "agency-cz", type="ISSUED_BY", role="co")
    g.add_edge("doc-m", "agency-lz", type="ISSUED_BY", role="lead")
    for key, name in [("category-sme", "中小企业"), ("category-zjtx", "专精特新中小企业"),
                      ("category-xjr", "专精特新“小巨人”企业")]:
        g.add_node(key, label="EnterpriseCategory", name=name)
    g.add_edge("category-xjr", "category-zjtx", type="SUBSET_OF")
    g.add_edge("category-zjtx", "category-sme", type="SUBSET_OF")
    _edge(g, "doc-n", "category-sme", "TARGETS", 11)
    _edge(g, "doc-p", "category-zjtx", "TARGETS", 12)
    _edge(g, "doc-m", "category-xjr", "TARGETS", 13)
    _edge(g, "doc-g", "category-sme", "TARGETS", 14)
    g.add_node("program-pilot", label="Program", name="中小企业数字化转型城市试点")
    _edge(g, "doc-n", "program-pilot", "ESTABLISHES", 15)
    graph_store.write_graph(g)
    return graph_store
