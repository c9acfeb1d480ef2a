// The event table: one row per event in the view, sorted and paged by the server. A row
// opens the event's evidence; "read" opens its article.
import { $, actor, articleLine, cameo, el, marked, message, num, pager } from "./dom.js";

const COLUMNS = [
  ["date", "Date"], ["source", "Source"], ["cameo", "Event (CAMEO)"], ["target", "Target"],
  ["goldstein", "Goldstein"], ["confidence", "Conf."], [null, "Evidence"], ["article", "Article"],
];

export function drawHead(state, onSort) {
  const row = el("tr");
  for (const [key, title] of COLUMNS) {
    if (!key) {
      row.append(el("th", { scope: "col", text: title }));
      continue;
    }
    const active = state.sort === key;
    const sort = active ? (state.order === "asc" ? "ascending" : "descending") : "none";
    const next = active && state.order === "asc" ? "desc" : active ? "asc" : key === "date" ? "desc" : "asc";
    row.append(el("th", { scope: "col", "aria-sort": sort, "data-key": key },
      el("button", { type: "button", class: "sort", onclick: () => onSort(key, next),
        title: `Sort by ${title.toLowerCase()}` }, title, el("span", { class: "arrow", "aria-hidden": "true",
        text: active ? (state.order === "asc" ? " ▲" : " ▼") : "" }))));
  }
  $("events").tHead.replaceChildren(row);
}

function eventRow(e, state, { onOpen, onArticle }) {
  const open = () => onOpen(e.article_id, e.idx);
  const selected = state.event === `${e.article_id}:${e.idx}`;
  const read = el("button", { type: "button", class: "link read", text: "read",
    title: "Read the article with this event highlighted",
    onclick: (event) => { event.stopPropagation(); onArticle(e.article_id, `e${e.idx}`); } });
  return el("tr", { class: selected ? "event-row selected" : "event-row", tabindex: "0",
    "data-key": `${e.article_id}:${e.idx}`, "aria-selected": selected ? "true" : "false",
    onclick: open, onkeydown: (event) => { if (event.key === "Enter") open(); } },
  el("td", { "data-label": "Date", class: "date", text: e.date || "undated" }),
  el("td", { "data-label": "Source", class: "source" }, actor(e.source)),
  el("td", { "data-label": "Event", class: "event", title: `${e.quad_name}${e.plover ? `, PLOVER ${e.plover}` : ""}` },
    cameo(e.cameo, e.cameo_name)),
  el("td", { "data-label": "Target", class: "target" }, actor(e.target)),
  el("td", { "data-label": "Goldstein", class: "num goldstein", text: num(e.goldstein, 1) }),
  el("td", { "data-label": "Confidence", class: "num confidence", text: e.confidence === null ? "–" : e.confidence.toFixed(2) }),
  el("td", { "data-label": "Evidence", class: "evidence" }, marked(e.sentence, e.highlights, "span")),
  el("td", { "data-label": "Article", class: "article" },
    articleLine(e.article, e.reports > 1 ? ` · ${e.reports} reports` : ""), " ", read));
}

export function drawTable(data, state, handlers) {
  drawHead(state, handlers.onSort);
  const body = $("events").tBodies[0];
  if (!data.rows.length) {
    body.replaceChildren(el("tr", {}, el("td", { colspan: COLUMNS.length, class: "hint", text: "No events in this view." })));
  } else {
    body.replaceChildren(...data.rows.map((e) => eventRow(e, state, handlers)));
  }
  pager($("events-pager"), data, handlers.onPage);
  $("events-count").textContent = `${data.total.toLocaleString("en")}`;
}

export function tableError(text) {
  message($("events-pager"), text, "error");
}
