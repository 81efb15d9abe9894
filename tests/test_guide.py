"""The Neo4j Browser guide and GRASS style: every guide query is its cypher/guide_*.cypher file, word
for word, and returns the answer the slide promises on the bundled corpus (embedded FalkorDB)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import cypher
from graph import model

BROWSER_DIR = Path(__file__).resolve().parents[1] / "api" / "static" / "browser"
GUIDE = BROWSER_DIR / "guide.html"
GRASS = BROWSER_DIR / "policy-graph.grass"
PARAM_RE = re.compile(r"^:param (\w+) => '([^']*)'$")


class _Guide(HTMLParser):
    """The runnable blocks of the guide, slide by slide: `:param` values and named queries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.slides: list[dict] = []
        self._pre: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "slide":
            self.slides.append({"params": {}, "queries": {}})
        elif tag == "pre" and "runnable" in (attributes.get("class") or "").split():
            self._pre = {"name": attributes.get("data-query"), "text": ""}

    def handle_data(self, data: str) -> None:
        if self._pre is not None:
            self._pre["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag != "pre" or self._pre is None:
            return
        slide, pre, self._pre = self.slides[-1], self._pre, None
        if pre["name"]:
            slide["queries"][pre["name"]] = pre["text"]
        else:
            match = PARAM_RE.match(pre["text"].strip())
            assert match, f"a runnable block without data-query must be a :param line: {pre['text']!r}"
            slide["params"][match[1]] = match[2]


def _guide() -> list[dict]:
    parser = _Guide()
    parser.feed(GUIDE.read_text(encoding="utf-8"))
    return parser.slides


def _queries() -> dict[str, tuple[str, dict[str, str]]]:
    """Query name -> (text as shown, the parameters its slide sets)."""
    return {name: (text, slide["params"]) for slide in _guide() for name, text in slide["queries"].items()}


GUIDE_FILES = sorted(p.stem for p in cypher.CYPHER_DIR.glob("guide_*.cypher"))


def test_guide_shows_every_guide_file_word_for_word():
    queries = _queries()
    assert sorted(queries) == GUIDE_FILES
    for name, (text, _) in queries.items():
        assert text == cypher.load(name), f"the guide's {name} block differs from cypher/{name}.cypher"


def test_guide_has_the_documented_browser_structure():
    html = GUIDE.read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+</title>", html)
    assert '<article class="guide">' in html and '<carousel class="deck container-fluid">' in html
    assert "<script" not in html.lower()
    assert len(_guide()) == 1 + len(GUIDE_FILES)


def test_every_guide_query_sets_the_parameters_it_uses():
    for name, (text, params) in _queries().items():
        body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
        assert set(re.findall(r"\$(\w+)", body)) == set(params), name


def _run(store, name: str) -> list[dict]:
    text, params = _queries()[name]
    assert text == cypher.load(name)
    return store.run(name, **params)


def _path_nodes(rows: list[dict]) -> list[dict]:
    return [node for row in rows for node in row["p"]["nodes"]]


def test_search_finds_the_national_pilot_notice(store):
    rows = _run(store, "guide_search")
    assert [(r["number"], r["level"]) for r in rows] == [("财建〔2023〕117号", "national")]


def test_trace_down_reaches_the_liuzhou_measures(store):
    nodes = _path_nodes(_run(store, "guide_trace_down"))
    municipal = {n.get("doc_number") or n["title"] for n in nodes if n.get("level") == "municipal"}
    assert "柳政办〔2025〕3号" in municipal
    assert all(n["region_code"].startswith("4502") for n in nodes if n.get("level") == "municipal")


def test_trace_up_reaches_the_national_basis(store):
    nodes = _path_nodes(_run(store, "guide_trace_up"))
    assert "财建〔2023〕117号" in {n.get("doc_number") for n in nodes if n.get("level") == "national"}


def test_coverage_lists_liuzhou_as_implementing(store):
    rows = {r["region"]: r for r in _run(store, "guide_coverage")}
    assert rows["柳州市"]["implementing"], rows
    assert [r["code"] for r in rows.values()] == sorted(r["code"] for r in rows.values())


def test_targets_lists_documents_for_the_category_with_evidence(store):
    rows = _run(store, "guide_targets")
    assert len(rows) >= 3
    assert all("专精特新" in r["category"] and r["evidence"] for r in rows)
    levels = [r["level"] for r in rows]
    order = {level: i for i, level in enumerate(model.LEVELS)}
    assert levels == sorted(levels, key=lambda level: order.get(level, len(order)))


def test_busiest_issuers_are_ranked(store):
    rows = _run(store, "guide_busiest_issuers")
    counts = [r["documents"] for r in rows]
    assert 3 <= len(rows) <= 10
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2


def test_grass_styles_every_label_and_relationship_type():
    grass = GRASS.read_text(encoding="utf-8")
    for label in model.KEY:
        assert re.search(rf"node\.{label}\s*\{{[^}}]*caption:", grass), label
    for rel_type in ("IMPLEMENTS", "CITES", "INTERPRETS", "REPLACES", "TARGETS", "ISSUED_BY"):
        assert re.search(rf"relationship\.{rel_type}\s*\{{[^}}]*caption: \"<type>\"", grass), rel_type
    assert grass.count("{") == grass.count("}")


@pytest.mark.parametrize("name", GUIDE_FILES)
def test_guide_file_has_a_header(name):
    lines = cypher.load(name).splitlines()
    assert lines[0].startswith("// Guide: ")
    assert any(line.startswith("// Parameters: ") for line in lines if line.startswith("//"))
