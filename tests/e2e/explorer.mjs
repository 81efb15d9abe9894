// Drives the explorer page in headless Chromium, as an analyst would: search a document number,
// open the document, open its cascade view, then its coverage table, then click a city measure in
// the cascade to open it. Prints one JSON object with what the page showed (the cascade's nodes
// read from cytoscape, the coverage rows, the opened document, the requests that left 127.0.0.1,
// page errors) and saves screenshots.
//
// Usage: node tests/e2e/explorer.mjs BASE_URL QUERY OUTPUT_DIR
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { chromium } from "playwright-core";

const [baseUrl, query, outputDir] = process.argv.slice(2);
if (!baseUrl || !query || !outputDir) {
  console.error("usage: node tests/e2e/explorer.mjs BASE_URL QUERY OUTPUT_DIR");
  process.exit(2);
}

const TIMEOUT_MS = 30_000;

// The fonts Chromium actually drew an element's text with (DevTools protocol), to prove that the
// Chinese is rendered by a CJK font rather than as empty boxes.
async function renderedFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.map(({ familyName, glyphCount }) => ({ familyName, glyphCount }));
}
const userDataDir = mkdtempSync(join(tmpdir(), "policy-graph-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"],
  viewport: { width: 1500, height: 1100 },
  locale: "zh-CN",
});

const external = [];
const errors = [];
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1" && url.protocol !== "data:") external.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(baseUrl);
  await page.fill("#q", query);
  await page.press("#q", "Enter");
  const result = page.locator("#results a").filter({ has: page.locator(".meta", { hasText: query }) });
  await result.first().click();
  await page.waitForSelector('body[data-view="neighbourhood"]');
  const title = await page.textContent("#doc-title");
  const fonts = await renderedFonts(page, "#doc-title");
  const neighbours = await page.evaluate(() => window.explorer.cy.nodes().length);

  await page.click('.tabs button[data-view="cascade"]');
  await page.waitForSelector('body[data-view="cascade"]');
  const cascade = await page.evaluate(() => ({
    nodes: window.explorer.cy.nodes().map((node) => ({
      id: node.id(), title: node.data("title"), doc_number: node.data("doc_number"),
      level: node.data("level"), region_code: node.data("region_code"),
      x: node.position("x"), y: node.position("y"),
      visible: node.visible(),
    })),
    edges: window.explorer.cy.edges().map((e) => ({ source: e.data("source"), target: e.data("target"),
                                                    type: e.data("type"), evidence: e.data("evidence") })),
    status: document.querySelector("#view-status").textContent,
  }));
  await page.screenshot({ path: join(outputDir, "explorer-cascade.png"), fullPage: true });

  await page.click('.tabs button[data-view="coverage"]');
  await page.waitForSelector('body[data-view="coverage"]');
  const coverage = await page.$$eval("#coverage tbody tr", (rows) => rows.map((row) => ({
    region: row.cells[0].textContent, gap: row.classList.contains("gap"),
    documents: row.cells[2].textContent,
  })));
  await page.screenshot({ path: join(outputDir, "explorer-coverage.png"), fullPage: true });

  // Back to the cascade, then click the lowest document (a city measure) to open it.
  await page.click('.tabs button[data-view="cascade"]');
  await page.waitForSelector('body[data-view="cascade"]');
  const target = await page.evaluate(() => {
    const lowest = window.explorer.cy.nodes().max((node) => node.position("y")).ele;
    const { x, y } = lowest.renderedPosition();
    const box = document.querySelector("#graph").getBoundingClientRect();
    return { id: lowest.id(), x: box.left + x, y: box.top + y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((id) => window.explorer.documentId === id
    && document.body.dataset.view === "cascade", target.id);
  const opened = { id: target.id, title: await page.textContent("#doc-title") };

  console.log(JSON.stringify({ title, fonts, neighbours, cascade, coverage, opened, external, errors }));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
