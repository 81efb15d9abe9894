// The policy-graph explorer: search documents, read one with its evidence, and draw its
// neighbourhood and its cascade (national → province → city) with cytoscape.js.
"use strict";

const LEVELS = ["national", "provincial", "municipal", "county"];
const LEVEL_COLORS = {
  national: "#c0392b", provincial: "#d68910", municipal: "#1e8449", county: "#2874a6",
};
const KIND_COLORS = {
  Agency: "#5dade2", EnterpriseCategory: "#a569bd", Program: "#f5b041", Region: "#48c9b0",
};
const UNKNOWN_LEVEL_COLOR = "#7f8c8d";
const CASCADE_DEPTH = 4;
const ROW_GAP = 150;
const BAND_GAP = 85;
const COLUMN_GAP = 190;

// The current view, readable from the browser console (and by the end-to-end test).
const explorer = { cy: null, documentId: null, view: null, detail: null };
window.explorer = explorer;

const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new Error(`${path}: ${typeof detail === "string" ? detail : response.statusText}`);
  }
  return body;
}

function showError(error) {
  const box = $("#error");
  console.error(error.message);
  box.textContent = error.message;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 8000);
}

function hashParams() {
  return new URLSearchParams(location.hash.slice(1));
}

function go(params) {
  location.hash = new URLSearchParams(params).toString();
}

function levelBadge(level) {
  return element("span", { class: `badge ${level || ""}` }, level || "level unknown");
}

function documentLink(doc) {
  return element("a", { href: `#${new URLSearchParams({ doc: doc.id })}` },
    doc.doc_number ? `${doc.title || doc.id}（${doc.doc_number}）` : (doc.title || doc.id));
}

function sourceText(edge) {
  if (!edge || !edge.file) return "";
  return edge.line ? `${edge.file}:${edge.line}` : edge.file;
}

function confidenceBadge(confidence) {
  if (confidence === null || confidence === undefined) return null;
  const low = confidence < 0.6;
  return element("span", { class: `badge${low ? " low" : ""}`, title: "confidence" },
    low ? `low confidence ${confidence}` : `confidence ${confidence}`);
}

// ---- search -------------------------------------------------------------------------------

async function search(q) {
  $("#q").value = q;
  $("#results-summary").textContent = "Searching…";
  const page = await api(`/documents?${new URLSearchParams({ q, limit: 100 })}`);
  const list = $("#results");
  list.replaceChildren(...page.items.map((doc) => element("li", {},
    element("a", { href: `#${new URLSearchParams({ doc: doc.id, q })}`, "data-id": doc.id,
                   "data-number": doc.doc_number || "" },
      element("span", { class: "title" }, doc.title || doc.id),
      element("span", { class: "meta" }, levelBadge(doc.level), " ",
        [doc.doc_number, doc.date].filter(Boolean).join(" · "))))));
  $("#results-summary").textContent = page.total === 0
    ? `No document matches “${q}”.`
    : `${page.total} document${page.total === 1 ? "" : "s"} match “${q}”.`;
}

// ---- the document page --------------------------------------------------------------------

function field(label, ...value) {
  return [element("dt", {}, label), element("dd", {}, ...value)];
}

function renderDocument(detail) {
  $("#doc-title").textContent = detail.title || detail.id;
  const region = detail.region ? detail.region.name || detail.region.code : detail.region_code;
  const fields = [
    field("Document number", detail.doc_number || "—"),
    field("Level", levelBadge(detail.level)),
    field("Kind", detail.kind || "—"),
    field("Region", region || "—"),
    field("Date", detail.date || "—"),
    field("Status", detail.status || "—"),
    field("In a compilation", detail.in_corpus ? "yes" : "no (cited only)"),
    field("Issued by", detail.issuers.map((a) => `${a.name}${a.role === "co" ? "（联合）" : ""}`)
      .join("、") || "—"),
    field("Targets", detail.categories.length ? detail.categories.map((c, i) => [
      i ? "、" : "", element("span", { title: c.evidence || "" }, c.name)]) : "—"),
    field("Programmes", detail.programs.map((p) => p.name).join("、") || "—"),
    field("Compilations", detail.compilations.length ? detail.compilations.map((c, i) => [i ? "; " : "",
      `${c.title || c.file} (${c.file}, lines ${c.line_start}–${c.line_end})`]) : "—"),
  ];
  if (detail.alt_titles.length) fields.push(field("Also titled", detail.alt_titles.join("；")));
  $("#doc-fields").replaceChildren(...fields.flat());

  const rows = [
    ...detail.references_out.map((r) => ["→", r]),
    ...detail.references_in.map((r) => ["←", r]),
  ].map(([arrow, r]) => element("tr", {},
    element("td", { title: arrow === "→" ? "this document refers to" : "refers to this document" }, arrow),
    element("td", {}, r.type, " ", confidenceBadge(r.confidence)),
    element("td", {}, documentLink(r.document), " ", levelBadge(r.document.level)),
    element("td", { class: "evidence" }, r.evidence || ""),
    element("td", {}, sourceText(r))));
  $("#references tbody").replaceChildren(...(rows.length ? rows
    : [element("tr", {}, element("td", { colspan: 5, class: "muted" }, "No references."))]));
}

async function openDocument(id, view) {
  if (explorer.documentId !== id) {
    explorer.detail = await api(`/documents/${encodeURIComponent(id)}`);
    explorer.documentId = id;
    renderDocument(explorer.detail);
  }
  for (const link of document.querySelectorAll("#results a")) {
    link.classList.toggle("current", link.dataset.id === id);
  }
  $("#welcome").hidden = true;
  $("#document").hidden = false;
  await showView(view);
}

// ---- graphs -------------------------------------------------------------------------------

function shortLabel(doc) {
  const title = (doc.title || doc.id).replace(/^.*?关于印发《(.+)》的通知$/u, "$1");
  const short = title.length > 24 ? `${title.slice(0, 23)}…` : title;
  const lines = short.match(/.{1,12}/gu) || [short];
  return doc.doc_number ? [...lines, doc.doc_number].join("\n") : lines.join("\n");
}

function documentNode(doc, extra = {}) {
  return {
    group: "nodes",
    data: {
      id: doc.id, kind: "Document", label: shortLabel(doc), title: doc.title || doc.id,
      doc_number: doc.doc_number || "", level: doc.level || "", region_code: doc.region_code || "",
      region: doc.region || "", in_corpus: doc.in_corpus === false ? "no" : "yes",
      color: LEVEL_COLORS[doc.level] || UNKNOWN_LEVEL_COLOR, ...extra,
    },
  };
}

function otherNode(id, kind, name) {
  return { group: "nodes", data: { id: `${kind}:${id}`, kind, label: name || id, title: name || id,
                                   color: KIND_COLORS[kind] } };
}

function edge(source, target, type, evidence = {}) {
  const confidence = evidence.confidence;
  return {
    group: "edges",
    data: {
      id: `${type}:${source}->${target}`, source, target, type,
      evidence: evidence.sentence || evidence.evidence || "", file: evidence.file || "",
      line: evidence.line || "",
      low: evidence.low_confidence || (confidence !== null && confidence !== undefined && confidence < 0.6)
        ? "yes" : "no",
    },
  };
}

const GRAPH_STYLE = [
  { selector: "node", style: {
    "background-color": "data(color)", label: "data(label)", "text-wrap": "wrap",
    "font-family": getComputedStyle(document.documentElement).fontFamily, "font-size": 12,
    "text-valign": "bottom", "text-margin-y": 4, width: 26, height: 26, color: "#1c2833",
    "text-background-color": "#ffffff", "text-background-opacity": 0.8,
    "text-background-padding": 2,
  } },
  { selector: "node[kind = 'Document']", style: { width: 34, height: 34 } },
  { selector: "node[in_corpus = 'no']", style: { "border-width": 2, "border-style": "dashed",
                                                 "border-color": "#1c2833", "background-opacity": 0.5 } },
  { selector: "node.focus", style: { width: 48, height: 48, "border-width": 4, "border-color": "#1c2833",
                                     "font-weight": "bold" } },
  { selector: "node[kind != 'Document']", style: { shape: "round-rectangle" } },
  { selector: "edge", style: {
    width: 1.5, "line-color": "#aab7b8", "target-arrow-color": "#aab7b8",
    "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(type)",
    "font-size": 8, color: "#626567", "text-rotation": "autorotate",
    "text-background-color": "#ffffff", "text-background-opacity": 0.8,
  } },
  { selector: "edge[type = 'IMPLEMENTS']", style: { width: 2.5, "line-color": "#922b21",
                                                    "target-arrow-color": "#922b21" } },
  { selector: "edge[low = 'yes']", style: { "line-style": "dashed" } },
];

function drawGraph(elements, layout, focusId) {
  if (explorer.cy) explorer.cy.destroy();
  const cy = cytoscape({
    container: $("#graph"), elements, style: GRAPH_STYLE, layout,
    minZoom: 0.1, maxZoom: 3,
  });
  cy.getElementById(focusId).addClass("focus");
  cy.on("tap", "node[kind = 'Document']", (event) => {
    go({ doc: event.target.id(), view: explorer.view });
  });
  cy.on("mouseover", "edge", (event) => {
    const data = event.target.data();
    $("#view-status").textContent = data.evidence
      ? `${data.type}: ${data.evidence} (${[data.file, data.line].filter(Boolean).join(":")})`
      : data.type;
  });
  explorer.cy = cy;
  return cy;
}

// Fits the graph in view, but never magnifies a small one past its natural size.
function frame(cy) {
  cy.fit(undefined, 40);
  if (cy.zoom() > 1) {
    cy.zoom(1);
    cy.center();
  }
}

function neighbourhoodElements(detail) {
  const elements = [documentNode(detail, { region: detail.region ? detail.region.name : "" })];
  const seen = new Set([detail.id]);
  const add = (node) => {
    if (!seen.has(node.data.id)) { seen.add(node.data.id); elements.push(node); }
  };
  for (const r of detail.references_out) {
    add(documentNode(r.document));
    elements.push(edge(detail.id, r.document.id, r.type, r));
  }
  for (const r of detail.references_in) {
    add(documentNode(r.document));
    elements.push(edge(r.document.id, detail.id, r.type, r));
  }
  for (const a of detail.issuers) {
    add(otherNode(a.id, "Agency", a.name));
    elements.push(edge(detail.id, `Agency:${a.id}`, "ISSUED_BY"));
  }
  for (const c of detail.categories) {
    add(otherNode(c.id, "EnterpriseCategory", c.name));
    elements.push(edge(detail.id, `EnterpriseCategory:${c.id}`, "TARGETS", c));
  }
  for (const p of detail.programs) {
    add(otherNode(p.id, "Program", p.name));
    elements.push(edge(detail.id, `Program:${p.id}`, p.relation, p));
  }
  return elements;
}

// Walks a trace tree; ``down`` trees have implementers as children, ``up`` trees their basis.
function collectTrace(node, down, nodes, edges) {
  if (!nodes.has(node.document.id)) nodes.set(node.document.id, node.document);
  for (const child of node.children) {
    nodes.set(child.document.id, nodes.get(child.document.id) || child.document);
    const [source, target] = down ? [child.document.id, node.document.id]
      : [node.document.id, child.document.id];
    edges.set(`${source}->${target}`, edge(source, target, "IMPLEMENTS", child.edge || {}));
    if (!child.cycle) collectTrace(child, down, nodes, edges);
  }
}

// Rows by level, national on top. A document of unknown level (often a law that is only cited)
// sits above the documents that implement it. Inside a level, a document that implements another
// of the same level goes on a band below it. In each band a document sits near the mean column of
// the documents it implements, so the cascade reads top-down without tangles.
function levelPositions(docs, edges) {
  const targets = new Map(docs.map((doc) => [doc.id, []]));
  const implemented = new Set();
  for (const e of edges) {
    targets.get(e.data.source).push(e.data.target);
    implemented.add(e.data.target);
  }
  const row = new Map(docs.map((doc) => {
    const index = LEVELS.indexOf(doc.level);
    return [doc.id, index !== -1 ? index : implemented.has(doc.id) ? -1 : LEVELS.length];
  }));
  const band = new Map();
  const bandOf = (id, visiting) => {
    if (band.has(id)) return band.get(id);
    visiting.add(id);
    const same = targets.get(id).filter((t) => row.get(t) === row.get(id) && !visiting.has(t));
    const value = same.length ? 1 + Math.max(...same.map((t) => bandOf(t, visiting))) : 0;
    visiting.delete(id);
    band.set(id, value);
    return value;
  };
  const bands = new Map();
  for (const doc of docs) {
    const key = `${row.get(doc.id)}:${bandOf(doc.id, new Set())}`;
    if (!bands.has(key)) bands.set(key, { row: row.get(doc.id), band: band.get(doc.id), docs: [] });
    bands.get(key).docs.push(doc);
  }
  const column = new Map();
  const positions = {};
  let y = 0;
  let previous = null;
  for (const b of [...bands.values()].sort((p, q) => p.row - q.row || p.band - q.band)) {
    if (previous) y += b.row === previous.row ? BAND_GAP : ROW_GAP;
    previous = b;
    const placed = b.docs.map((doc) => {
      const known = targets.get(doc.id).filter((t) => column.has(t)).map((t) => column.get(t));
      const wanted = known.length ? known.reduce((p, q) => p + q, 0) / known.length : 0;
      return { doc, wanted };
    }).sort((p, q) => p.wanted - q.wanted || (p.doc.date || "").localeCompare(q.doc.date || ""));
    // centred under what the band implements; a band below its level's first one is shifted
    // half a column, so edges from above pass beside its documents rather than through them
    const centre = placed.reduce((sum, p) => sum + p.wanted, 0) / placed.length
      + (b.band % 2) * (COLUMN_GAP / 2);
    placed.forEach(({ doc }, i) => {
      const x = centre + (i - (placed.length - 1) / 2) * COLUMN_GAP;
      column.set(doc.id, x);
      positions[doc.id] = { x, y };
    });
  }
  return positions;
}

async function cascadeElements(id) {
  const [down, up] = await Promise.all([
    api(`/documents/${encodeURIComponent(id)}/implementations?depth=${CASCADE_DEPTH}`),
    api(`/documents/${encodeURIComponent(id)}/basis?depth=${CASCADE_DEPTH}`),
  ]);
  const nodes = new Map();
  const edges = new Map();
  collectTrace(down.root, true, nodes, edges);
  collectTrace(up.root, false, nodes, edges);
  const docs = [...nodes.values()];
  const edgeList = [...edges.values()];
  return { docs, edges: edgeList, positions: levelPositions(docs, edgeList) };
}

function renderLegend(kinds) {
  $("#legend").replaceChildren(...kinds.map(([name, color]) =>
    element("span", { style: `--swatch: ${color}` }, name)));
}

async function showNeighbourhood() {
  const detail = explorer.detail;
  const cy = drawGraph(neighbourhoodElements(detail), { name: "preset" }, detail.id);
  cy.layout({ name: "concentric", concentric: (n) => (n.id() === detail.id ? 2 : 1),
              levelWidth: () => 1, minNodeSpacing: 90, animate: false }).run();
  frame(cy);
  $("#view-status").textContent =
    `${cy.nodes().length - 1} neighbours. Click a document to open it; hover an edge for its evidence.`;
  renderLegend([...LEVELS.map((l) => [l, LEVEL_COLORS[l]]), ...Object.entries(KIND_COLORS)]);
}

async function showCascade() {
  const id = explorer.documentId;
  $("#view-status").textContent = "Tracing the cascade…";
  const { docs, edges, positions } = await cascadeElements(id);
  const cy = drawGraph([...docs.map((d) => documentNode(d)), ...edges],
    { name: "preset", positions: (node) => positions[node.id()], fit: false }, id);
  frame(cy);
  const counts = LEVELS.map((l) => [l, docs.filter((d) => d.level === l).length]).filter(([, n]) => n);
  $("#view-status").textContent = edges.length
    ? `${docs.length} documents in the cascade: ${counts.map(([l, n]) => `${n} ${l}`).join(", ")}. `
      + "Rows run national → provincial → municipal; dashed edges are low-confidence."
    : "No document in the graph implements this one, and it names no basis.";
  renderLegend(LEVELS.map((l) => [l, LEVEL_COLORS[l]]));
  return cy;
}

async function showCoverage() {
  const id = explorer.documentId;
  const coverage = await api(`/documents/${encodeURIComponent(id)}/coverage`);
  const titles = new Map();
  for (const region of coverage.regions) {
    for (const d of region.documents) titles.set(d.document.id, d.document.title || d.document.id);
  }
  const rows = coverage.regions.map((region) => element("tr", { class: region.status },
    element("td", {}, region.name || region.code),
    element("td", {}, levelBadge(region.level)),
    element("td", {}, region.documents.length
      ? region.documents.map((d) => element("div", {}, documentLink(d.document), " ",
          d.via.length
            ? element("span", { class: "muted" }, `(through ${d.via.map((id) => titles.get(id) || id).join(" → ")})`)
            : null,
          " ", confidenceBadge(d.edge.confidence)))
      : element("span", { class: "muted" }, region.status === "gap"
        ? "none: a gap" : "none of its own; implemented by a region below it"))));
  $("#coverage tbody").replaceChildren(...(rows.length ? rows : [element("tr", {},
    element("td", { colspan: 3, class: "muted" }, "No region with documents in the graph lies below this document's own."))]));
  $("#view-status").textContent =
    `${coverage.covered} region${coverage.covered === 1 ? "" : "s"} implement it, ${coverage.gaps} do not yet.`;
  $("#legend").replaceChildren();
}

const VIEWS = { neighbourhood: showNeighbourhood, cascade: showCascade, coverage: showCoverage };

async function showView(view) {
  const name = VIEWS[view] ? view : "neighbourhood";
  explorer.view = name;
  for (const tab of document.querySelectorAll(".tabs button")) {
    tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  }
  $("#graph").hidden = name === "coverage";
  $("#coverage").hidden = name !== "coverage";
  await VIEWS[name]();
  document.body.dataset.view = name;
}

// ---- wiring -------------------------------------------------------------------------------

async function route() {
  const params = hashParams();
  document.body.dataset.view = "";
  try {
    const q = params.get("q");
    if (q && q !== $("#results").dataset.q) {
      $("#results").dataset.q = q;
      await search(q);
    }
    if (params.get("doc")) await openDocument(params.get("doc"), params.get("view"));
  } catch (error) {
    showError(error);
  }
}

$("#search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = $("#q").value.trim();
  if (q) go({ q });
});

for (const tab of document.querySelectorAll(".tabs button")) {
  tab.addEventListener("click", () => {
    const params = hashParams();
    params.set("view", tab.dataset.view);
    location.hash = params.toString();
  });
}

window.addEventListener("hashchange", route);

api("/stats").then((stats) => {
  const docs = stats.nodes.Document || 0;
  const implementsCount = stats.relationships.IMPLEMENTS || 0;
  $("#stats").textContent = `${docs} documents · ${implementsCount} IMPLEMENTS links`;
}).catch(showError);

route();
