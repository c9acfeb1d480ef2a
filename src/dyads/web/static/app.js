// The dyads dashboard: a dyad timeline, an actor network and a quote explorer, each opening
// the evidence behind a point, edge or quote. Data is only ever put in the page as text
// (textContent / text nodes), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

const enc = encodeURIComponent;
const fmt = (x) => (x === null || x === undefined ? "" : (x > 0 ? "+" : "") + Number(x).toFixed(2));

// A sentence with its highlights ({start, end, label}, offsets into the sentence) as <mark>s.
function marked(sentence, highlights) {
  const node = el("p", { class: "sentence" });
  let at = 0;
  for (const h of highlights || []) {
    if (h.start < at) continue;
    node.append(document.createTextNode(sentence.slice(at, h.start)));
    node.append(el("mark", { class: h.label, title: h.label, text: sentence.slice(h.start, h.end) }));
    at = h.end;
  }
  node.append(document.createTextNode(sentence.slice(at)));
  return node;
}

function articleLine(item) {
  const parts = [item.published || "undated", item.headline || item.article_id];
  return el("div", { class: "meta", text: parts.join(" · ") });
}

function eventLine(e) {
  const who = (side, code) => (e[side + "_actor"] || e[side + "_text"] || "?") + (code ? ` (${code})` : "");
  const text = `${who("source", e.source_code)} → ${e.cameo} → ${who("target", e.target_code)}, ` +
    `Goldstein ${fmt(e.goldstein)}` + (e.event_date ? `, ${e.event_date}` : "");
  return el("div", { class: "fact", text });
}

function showEvidence(title, items, render) {
  $("evidence-title").textContent = title;
  const list = $("evidence-list");
  list.replaceChildren(...items.map(render));
  if (!items.length) list.append(el("li", { class: "hint", text: "No events." }));
  $("evidence-section").scrollIntoView({ behavior: "smooth", block: "nearest" });
}

function renderEvent(e) {
  return el("li", { class: "evidence-item" }, eventLine(e), marked(e.sentence, e.highlights), articleLine(e));
}

async function eventsEvidence(title, params) {
  try {
    const events = await api("/events", { ...params, reports: true });
    showEvidence(title, events, renderEvent);
  } catch (err) {
    showEvidence(title, [], renderEvent);
    $("evidence-title").textContent = `${title}: ${err.message}`;
  }
}

// ----- dyad timeline -----
let quoteRequest = 0; // the latest quote listing wins over slower earlier ones

async function loadDyad() {
  const ticket = ++quoteRequest;
  const a = $("actor-a").value.trim();
  const b = $("actor-b").value.trim();
  const freq = $("freq").value;
  if (!a || !b) return;
  const summary = $("dyad-summary");
  let data;
  try {
    data = await api("/dyads", { a, b, freq });
  } catch (err) {
    summary.textContent = err.message;
    summary.className = "summary error";
    return;
  }
  summary.className = "summary";
  const ab = `${a}→${b}`;
  const ba = `${b}→${a}`;
  const both = data.totals.find((t) => t.direction === "both");
  summary.textContent = both
    ? `${a}–${b}: ${both.events} events, mean Goldstein ${fmt(both.goldstein_mean)} ` +
      data.totals.filter((t) => t.direction !== "both")
        .map((t) => `(${t.direction}: ${t.events}, ${fmt(t.goldstein_mean)})`).join(" ")
    : `${a}–${b}: no events between them in the store.`;
  summary.dataset.mean = both ? both.goldstein_mean : "";
  drawTimeline(data, ab, ba);
  fillPeriods(data, a, b, ab, ba);
  if (ticket === quoteRequest) showQuotes(data.quotes, `Top quotes: ${a} on ${b}, ${b} on ${a}`);
}

function drawTimeline(data, ab, ba) {
  const rows = (direction) => data.periods.filter((p) => p.direction === direction);
  const bars = [ab, ba].map((direction, i) => {
    const part = rows(direction);
    return {
      type: "bar", name: `${direction} events`, x: part.map((p) => p.period), y: part.map((p) => p.events),
      customdata: part.map((p) => [p.period, p.period_end, direction]),
      marker: { color: i ? "#8250df" : "#1f883d" },
      hovertemplate: "%{x}: %{y} events<extra>" + direction + "</extra>",
    };
  });
  const all = rows("both");
  const line = {
    type: "scatter", mode: "lines+markers", name: "mean Goldstein", yaxis: "y2",
    x: all.map((p) => p.period), y: all.map((p) => p.goldstein_mean),
    customdata: all.map((p) => [p.period, p.period_end, "both"]),
    line: { color: "#cf222e" }, connectgaps: false,
    hovertemplate: "%{x}: %{y:.2f}<extra>mean Goldstein</extra>",
  };
  const layout = {
    xaxis: { type: "category" }, barmode: "stack", margin: { t: 10, r: 50, b: 40, l: 40 }, legend: { orientation: "h" },
    yaxis: { title: { text: "events" }, rangemode: "tozero" },
    yaxis2: { title: { text: "Goldstein" }, overlaying: "y", side: "right", range: [-10, 10], zeroline: true },
  };
  const chart = $("timeline");
  Plotly.react(chart, [...bars, line], layout, { displaylogo: false, responsive: true });
  chart.removeAllListeners?.("plotly_click");
  chart.on("plotly_click", (event) => {
    const [since, until, direction] = event.points[0].customdata;
    periodEvidence(since, until, direction);
  });
}

function periodEvidence(since, until, direction) {
  const a = $("actor-a").value.trim();
  const b = $("actor-b").value.trim();
  const [source, target, either] = direction === `${b}→${a}` ? [b, a, false]
    : direction === `${a}→${b}` ? [a, b, false] : [a, b, true];
  eventsEvidence(`${direction}, ${since} to ${until}`, { source, target, either, since, until });
}

function fillPeriods(data, a, b, ab, ba) {
  $("head-ab").textContent = ab;
  $("head-ba").textContent = ba;
  const count = (direction, period) =>
    (data.periods.find((p) => p.direction === direction && p.period === period) || {}).events || 0;
  const rows = data.periods.filter((p) => p.direction === "both" && p.events > 0).map((p) =>
    el("tr", {},
      el("td", { text: p.period }), el("td", { text: count(ab, p.period) }), el("td", { text: count(ba, p.period) }),
      el("td", { text: fmt(p.goldstein_mean) }),
      el("td", {}, el("button", {
        class: "link period-events", type: "button", text: "events",
        onclick: () => periodEvidence(p.period, p.period_end, "both"),
      }))));
  $("period-table").tBodies[0].replaceChildren(...rows);
}

// ----- actor network -----
function toneColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const mix = (from, to) => Math.round(from + (to - from) * Math.abs(t));
  return t < 0 ? `rgb(${mix(170, 207)},${mix(170, 34)},${mix(170, 46)})`
    : `rgb(${mix(170, 9)},${mix(170, 105)},${mix(170, 218)})`;
}

async function loadNetwork() {
  let edges;
  try {
    edges = (await api("/network")).edges;
  } catch (err) {
    $("network").replaceChildren(el("p", { class: "error", text: err.message }));
    return;
  }
  const names = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const pos = Object.fromEntries(names.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, names.length);
    return [n, [Math.cos(angle), Math.sin(angle)]];
  }));
  const traces = edges.map((e) => ({
    type: "scatter", mode: "lines", hoverinfo: "skip", showlegend: false,
    x: [pos[e.source][0], pos[e.target][0]], y: [pos[e.source][1], pos[e.target][1]],
    line: { color: toneColour(e.goldstein_mean), width: 1 + Math.min(6, e.events) },
  }));
  // Arrow heads toward the target and a clickable midpoint for every edge.
  traces.push({
    type: "scatter", mode: "markers", showlegend: false, name: "edges",
    x: edges.map((e) => 0.4 * pos[e.source][0] + 0.6 * pos[e.target][0]),
    y: edges.map((e) => 0.4 * pos[e.source][1] + 0.6 * pos[e.target][1]),
    customdata: edges.map((e) => [e.source, e.target]),
    text: edges.map((e) => `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmt(e.goldstein_mean)}`),
    hoverinfo: "text",
    marker: { size: 12, symbol: "triangle-right", color: edges.map((e) => toneColour(e.goldstein_mean)),
      angle: edges.map((e) => {
        const dx = pos[e.target][0] - pos[e.source][0];
        const dy = pos[e.target][1] - pos[e.source][1];
        return (-Math.atan2(dy, dx) * 180) / Math.PI;
      }) },
  });
  traces.push({
    type: "scatter", mode: "markers+text", showlegend: false, name: "actors",
    x: names.map((n) => pos[n][0]), y: names.map((n) => pos[n][1]), text: names,
    textposition: "top center", hoverinfo: "text", marker: { size: 14, color: "#57606a" },
  });
  const axis = { visible: false, range: [-1.4, 1.4] };
  const chart = $("network");
  Plotly.react(chart, traces, { margin: { t: 10, r: 10, b: 10, l: 10 }, xaxis: axis, yaxis: axis },
    { displaylogo: false, responsive: true });
  chart.on("plotly_click", (event) => {
    const point = event.points.find((p) => p.data.name === "edges");
    if (!point) return;
    const [source, target] = point.customdata;
    eventsEvidence(`${source} → ${target}`, { source, target });
  });
}

// ----- quotes -----
function renderQuote(q) {
  const speaker = q.speaker_actor || q.speaker_text || "unknown speaker";
  const button = el("button", {
    class: "link quote-evidence", type: "button", text: "evidence",
    onclick: () => quoteEvidence(q.article_id, q.idx),
  });
  return el("li", { class: "quote" },
    el("span", { class: "speaker", text: speaker }), q.cue ? ` ${q.cue}: ` : ": ",
    el("span", { class: "content", text: q.content }), " ", button,
    el("div", { class: "meta", text: [q.quote_date || q.published || "undated", q.headline || q.article_id].join(" · ") }));
}

function showQuotes(quotes, title) {
  const list = $("quote-list");
  list.replaceChildren(...quotes.map(renderQuote));
  list.setAttribute("aria-label", title);
  if (!quotes.length) list.append(el("li", { class: "hint", text: "No quotes." }));
}

async function searchQuotes() {
  const ticket = ++quoteRequest;
  try {
    const quotes = await api("/quotes", {
      speaker: $("quote-speaker").value.trim(), about: $("quote-about").value.trim(),
      text: $("quote-text").value.trim(), limit: 100,
    });
    if (ticket === quoteRequest) showQuotes(quotes, "Quotes");
  } catch (err) {
    $("quote-list").replaceChildren(el("li", { class: "error", text: err.message }));
  }
}

async function quoteEvidence(articleId, idx) {
  try {
    const item = await api(`/evidence/quotes/${enc(articleId)}/${enc(idx)}`);
    const speaker = (item.quote.speaker && (item.quote.speaker.actor || item.quote.speaker.text)) || "unknown speaker";
    showEvidence(`Quote by ${speaker}`, [item], (q) =>
      el("li", { class: "evidence-item" }, marked(q.sentence, q.highlights), articleLine(q)));
  } catch (err) {
    $("evidence-title").textContent = err.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("dyad-form").addEventListener("submit", (event) => { event.preventDefault(); loadDyad(); });
  $("quote-form").addEventListener("submit", (event) => { event.preventDefault(); searchQuotes(); });
  loadDyad();
  loadNetwork();
});
