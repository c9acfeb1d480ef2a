// The dyads dashboard: filters that drive every panel (timeline, network, event table,
// quotes), the evidence behind an event or quote, the article reader, exports of the view.
// The view's state is the URL (state.js); a change of filters repaints every panel, and
// only the newest answer of each panel is drawn.
import { $, api, el } from "./dom.js";
import { closeEvidence, showEvent, showQuote } from "./evidence.js";
import { drawNetwork } from "./network.js";
import { drawQuotes, quotesError } from "./quotes.js";
import { hideArticle, showArticle } from "./reader.js";
import { exportURL, filterParams, FILTERS, readState, writeState } from "./state.js";
import { drawTable, tableError } from "./table.js";
import { drawTimeline, summary } from "./timeline.js";

let state = readState();
const tickets = {};
const painted = { generation: 0, done: new Set(), first: false };
let openedHere = false; // the reader was opened from the view (so Back is history.back)

// ----- painting and timing -----
function ticket(panel) {
  tickets[panel] = (tickets[panel] || 0) + 1;
  return tickets[panel];
}

function paintedPanel(panel, generation) {
  if (!painted.first) {
    painted.first = true;
    performance.mark("dyads:first-data");
    document.body.dataset.firstData = "1";
  }
  if (generation !== painted.generation) return;
  painted.done.add(panel);
  if (painted.done.size === 4) {
    performance.mark(`dyads:ready:${generation}`);
    document.body.dataset.ready = String(generation);
  }
}

async function panel(name, generation, load, draw, fail) {
  const mine = ticket(name);
  try {
    const data = await load();
    if (mine !== tickets[name]) return;
    await draw(data);
  } catch (err) {
    if (mine !== tickets[name]) return;
    fail(err.message);
  }
  if (mine === tickets[name]) paintedPanel(name, generation);
}

// ----- panels -----
const handlers = {
  onArticle: (articleId, focus) => {
    openedHere = true;
    go({ article: articleId, focus: focus || "" });
  },
};

function loadTimeline(generation) {
  return panel("timeline", generation, () => api("/view/timeline", { ...filterParams(state), freq: state.freq }),
    async (data) => {
      summary(data);
      await drawTimeline(data, (since, until) => go({ since, until, page: "1", qpage: "1" }));
    },
    (text) => { $("summary").textContent = text; $("summary").className = "summary error"; });
}

function loadNetwork(generation) {
  return panel("network", generation, () => api("/view/network", filterParams(state)),
    (data) => drawNetwork(data, (a, b) => go({ a, b: b || "", page: "1", qpage: "1" })),
    (text) => { $("network").replaceChildren(el("p", { class: "error", text })); });
}

function loadTable(generation) {
  return panel("table", generation, () => api("/view/events", { ...filterParams(state), sort: state.sort, order: state.order, page: state.page }),
    (data) => drawTable(data, state, {
      onSort: (sort, order) => go({ sort, order, page: "1" }),
      onPage: (page) => go({ page: String(page) }),
      onOpen: (articleId, idx) => go({ event: `${articleId}:${idx}` }, false),
      onArticle: handlers.onArticle,
    }), tableError);
}

function loadQuotes(generation) {
  return panel("quotes", generation,
    () => api("/view/quotes", { ...filterParams(state), speaker: state.speaker, text: state.text, page: state.qpage }),
    (data) => drawQuotes(data, state, {
      onPage: (page) => go({ qpage: String(page) }),
      onEvidence: (articleId, idx) => showQuote(articleId, idx, handlers.onArticle),
      onArticle: handlers.onArticle,
    }), quotesError);
}

const LOADERS = { timeline: loadTimeline, network: loadNetwork, table: loadTable, quotes: loadQuotes };

function refresh(panels) {
  painted.generation += 1;
  painted.done = new Set(Object.keys(LOADERS).filter((p) => !panels.includes(p)));
  document.body.dataset.generation = String(painted.generation);
  for (const p of panels) LOADERS[p](painted.generation);
}

// ----- state -----
function fillForm() {
  for (const key of FILTERS) $(`f-${key}`).value = state[key] || "";
  $("freq").value = state.freq;
  $("q-speaker").value = state.speaker;
  $("q-text").value = state.text;
  const filters = filterParams(state);
  $("export-csv").href = exportURL("/view/export/events.csv", { ...filters, sort: state.sort, order: state.order });
  $("export-parquet").href = exportURL("/view/export/events.parquet", { ...filters, sort: state.sort, order: state.order });
  $("export-gdelt").href = exportURL("/view/export/events.tsv", filters);
  $("export-quotes").href = exportURL("/view/export/quotes.csv", { ...filters, speaker: state.speaker, text: state.text });
  $("f-reset").disabled = !Object.keys(filters).length;
}

// Which panels a change of these keys touches.
function panelsFor(changed) {
  if (changed.some((k) => FILTERS.includes(k))) return ["timeline", "network", "table", "quotes"];
  const panels = new Set();
  if (changed.includes("freq")) panels.add("timeline");
  if (changed.some((k) => ["sort", "order", "page"].includes(k))) panels.add("table");
  if (changed.some((k) => ["speaker", "text", "qpage"].includes(k))) panels.add("quotes");
  return [...panels];
}

function apply(previous) {
  const changed = Object.keys(state).filter((k) => state[k] !== previous[k]);
  fillForm();
  if (state.article) {
    if (changed.includes("article") || !previous.article) { // the reader moves its own focus
      showArticle(state.article, state.focus, {
        onFocus: (focus) => go({ focus }, false),
        onEvent: (articleId, idx) => go({ article: "", focus: "", event: `${articleId}:${idx}` }),
        onQuote: (articleId, idx) => { go({ article: "", focus: "" }); showQuote(articleId, idx, handlers.onArticle); },
      });
    }
  } else if (previous.article) {
    hideArticle();
  }
  if (changed.includes("event") || (previous.article && !state.article)) {
    if (state.event) {
      const cut = state.event.lastIndexOf(":");
      showEvent(state.event.slice(0, cut), state.event.slice(cut + 1), handlers.onArticle);
    } else {
      closeEvidence();
    }
  }
  const panels = panelsFor(changed.filter((k) => !["article", "focus", "event"].includes(k)));
  if (changed.includes("event") && !panels.includes("table")) {
    for (const row of document.querySelectorAll("#events tr.event-row")) {
      const selected = row.dataset.key === state.event;
      row.classList.toggle("selected", selected);
      row.setAttribute("aria-selected", selected ? "true" : "false");
    }
  }
  if (panels.length) refresh(panels);
}

function go(changes, push = true) {
  const previous = state;
  state = { ...state, ...changes };
  if (Object.keys(changes).some((k) => FILTERS.includes(k))) state = { ...state, page: "1", qpage: "1" };
  writeState(state, push);
  apply(previous);
}

// ----- actor name search -----
async function suggest(input, list, speakers) {
  const q = input.value.trim();
  const mine = ticket(`suggest-${list.id}`);
  let found;
  try {
    found = await api("/view/actors", { q, speakers: speakers ? "true" : "", limit: 12 });
  } catch {
    return;
  }
  if (mine !== tickets[`suggest-${list.id}`]) return;
  list.replaceChildren(...found.map((a) => el("option", { value: a.value,
    label: [a.kind === "code" ? a.label : a.code, `${a.count.toLocaleString("en")}×`].filter(Boolean).join(" · ") })));
}

function wire() {
  const form = $("filters");
  for (const key of FILTERS) {
    $(`f-${key}`).addEventListener("change", (event) => go({ [key]: event.target.value.trim() }));
  }
  form.addEventListener("submit", (event) => event.preventDefault());
  $("f-reset").addEventListener("click", (event) => {
    event.preventDefault();
    go(Object.fromEntries(FILTERS.map((k) => [k, ""])));
  });
  for (const [input, list, speakers] of [["f-a", "actors-a", false], ["f-b", "actors-b", false], ["q-speaker", "speakers", true]]) {
    let timer;
    $(input).addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => suggest($(input), $(list), speakers), 120);
    });
    $(input).addEventListener("focus", () => suggest($(input), $(list), speakers), { once: true });
  }
  $("freq").addEventListener("change", (event) => go({ freq: event.target.value }));
  $("quote-form").addEventListener("submit", (event) => {
    event.preventDefault();
    go({ speaker: $("q-speaker").value.trim(), text: $("q-text").value.trim(), qpage: "1" });
  });
  $("q-speaker").addEventListener("change", () => go({ speaker: $("q-speaker").value.trim(), qpage: "1" }));
  $("evidence-close").addEventListener("click", () => go({ event: "" }, false));
  $("reader-back").addEventListener("click", () => {
    if (openedHere) {
      openedHere = false;
      window.history.back();
    } else {
      go({ article: "", focus: "" });
    }
  });
  window.addEventListener("popstate", () => {
    const previous = state;
    state = readState();
    apply(previous);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  wire();
  const start = state;
  fillForm();
  refresh(["timeline", "network", "table", "quotes"]);
  if (start.article) apply({ ...start, article: "" });
  else if (start.event) apply({ ...start, event: "" });
});
