"""End to end: the explorer page served by the real API server (`policy-graph serve` on 127.0.0.1)
over the embedded FalkorDB loaded with the bundled corpus, driven in headless Chromium."""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("explorer.mjs")
OUTPUT = ROOT / "test-output" / "e2e"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
NATIONAL = "财建〔2023〕117号"
LIUZHOU = "4502"  # GB/T 2260 prefix of 柳州市 and its counties


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(store, store_env: dict[str, str]) -> Iterator[str]:
    """The API server in its own process, reading the session's store."""
    port = _free_port()
    cli = Path(sys.executable).with_name("policy-graph")
    server = subprocess.Popen(
        [str(cli), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=store_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the API server did not come up:\n{server.stdout.read() if server.stdout else ''}")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_page_and_guide_are_served(base_url: str):
    page = httpx.get(f"{base_url}/")
    assert page.status_code == 200 and "vendor/cytoscape.min.js" in page.text
    assert "cytoscape" in httpx.get(f"{base_url}/vendor/cytoscape.min.js").text[:2000]
    guide = httpx.get(f"{base_url}/browser/guide.html", headers={"Origin": "http://localhost:7474"})
    assert guide.status_code == 200 and '<article class="guide">' in guide.text
    assert guide.headers["access-control-allow-origin"] == "*"
    grass = httpx.get(f"{base_url}/browser/policy-graph.grass")
    assert grass.status_code == 200 and "node.Document" in grass.text
    assert httpx.get(f"{base_url}/documents", params={"q": NATIONAL}).json()["total"] == 1


def test_docker_compose_makes_neo4j_browser_load_the_served_style_and_guide(base_url: str):
    compose = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    allowlist = re.search(r"NEO4J_browser_remote__content__hostname__allowlist: (\S+)", compose)[1]
    commands = re.search(r'NEO4J_browser_post__connect__cmd: "([^"]+)"', compose)[1].split(";")
    verbs = []
    for command in commands:
        verb, url = command.split()
        assert urlsplit(url).hostname in allowlist.split(",")
        assert httpx.get(base_url + urlsplit(url).path).status_code == 200, url
        verbs.append(verb)
    assert verbs == ["style", "play"]


def test_vendored_cytoscape_is_the_npm_package():
    vendored = ROOT / "api" / "static" / "vendor" / "cytoscape.min.js"
    installed = ROOT / "node_modules" / "cytoscape" / "dist" / "cytoscape.min.js"
    assert vendored.read_bytes() == installed.read_bytes(), (
        "api/static/vendor/cytoscape.min.js differs from the npm package: after changing the "
        "cytoscape version in package.json, copy node_modules/cytoscape/dist/cytoscape.min.js there"
    )


def test_cascade_of_the_national_pilot_notice_shows_the_liuzhou_measures(base_url: str):
    if not Path(CHROMIUM).exists() or shutil.which("node") is None:
        pytest.fail(f"the browser test needs {CHROMIUM} and node: run `make system-deps` "
                    "(Debian chromium + fonts-noto-cjk) and `npm ci`")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        ["node", str(SCRIPT), base_url, NATIONAL, str(OUTPUT)],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)

    assert "数字化转型城市试点" in seen["title"]
    cjk_glyphs = sum(f["glyphCount"] for f in seen["fonts"] if "CJK" in f["familyName"])
    assert cjk_glyphs >= len(seen["title"]) - 2, f"Chinese not drawn by a CJK font: {seen['fonts']}"
    assert seen["neighbours"] > 1
    assert seen["external"] == [], "the page must load nothing from outside 127.0.0.1"
    assert seen["errors"] == []

    nodes = seen["cascade"]["nodes"]
    national = [n for n in nodes if n["doc_number"] == NATIONAL]
    liuzhou = [n for n in nodes if n["level"] == "municipal" and n["region_code"].startswith(LIUZHOU)]
    assert len(national) == 1
    assert len(liuzhou) >= 2, nodes
    assert "柳政办〔2025〕3号" in {n["doc_number"] for n in liuzhou}
    assert all(n["visible"] for n in nodes)
    # laid out by level: the national notice on the top row, every city measure below it
    assert all(n["y"] > national[0]["y"] for n in liuzhou)
    assert all(e["type"] == "IMPLEMENTS" and e["evidence"] for e in seen["cascade"]["edges"])

    down = httpx.get(f"{base_url}/documents/{national[0]['id']}/implementations",
                     params={"depth": 4}).json()
    assert _tree_ids(down["root"]) <= {n["id"] for n in nodes}

    assert any(row["region"] == "柳州市" and not row["gap"] and "柳州" in row["documents"]
               for row in seen["coverage"]), seen["coverage"]
    assert (OUTPUT / "explorer-cascade.png").stat().st_size > 10_000

    clicked = next(n for n in nodes if n["id"] == seen["opened"]["id"])
    assert clicked in liuzhou and seen["opened"]["title"] == clicked["title"]


def _tree_ids(node: dict) -> set[str]:
    return {node["document"]["id"]}.union(*(_tree_ids(child) for child in node["children"]))
