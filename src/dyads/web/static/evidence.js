// The evidence pane: an event with its sentence, every other report of it, and the way to
// each article; or a quote in its paragraph.
import { $, actor, api, articleLine, cameo, el, marked, num, plural } from "./dom.js";

function heading(e) {
  return el("p", { class: "fact" }, actor(e.source), " → ", cameo(e.cameo, e.cameo_name), " → ", actor(e.target));
}

function facts(e) {
  const parts = [`${e.date || "undated"}`, `Goldstein ${num(e.goldstein, 1)}`, e.quad_name,
    e.plover ? `PLOVER ${e.plover}` : null, e.confidence !== null ? `confidence ${e.confidence.toFixed(2)}` : null];
  return el("p", { class: "meta", text: parts.filter(Boolean).join(" · ") });
}

function report(e, onArticle) {
  return el("li", { class: "report" }, marked(e.sentence, e.highlights),
    articleLine(e.article), " ",
    el("button", { type: "button", class: "link read", text: "read the article", onclick: () => onArticle(e.article_id, `e${e.idx}`) }));
}

function open(title, ...children) {
  const pane = $("evidence-section");
  $("evidence-title").textContent = title;
  $("evidence-body").replaceChildren(...children);
  pane.hidden = false;
}

export function closeEvidence() {
  $("evidence-section").hidden = true;
  $("evidence-body").replaceChildren();
}

export async function showEvent(articleId, idx, onArticle) {
  let data;
  try {
    data = await api(`/view/events/${encodeURIComponent(articleId)}/${encodeURIComponent(idx)}`);
  } catch (err) {
    open("Event", el("p", { class: "error", text: err.message }));
    return;
  }
  const e = data.event;
  const reports = data.reports.length
    ? [el("h4", { text: `Also reported by ${plural(data.reports.length, "other article")}` }),
      el("ol", { class: "reports" }, ...data.reports.map((r) => report(r, onArticle)))]
    : [];
  open(`Event: ${e.cameo} ${e.cameo_name || ""}`, heading(e), facts(e),
    el("ol", { class: "reports" }, report(e, onArticle)), ...reports);
  $("evidence-section").scrollIntoView({ block: "nearest" });
}

export async function showQuote(articleId, idx, onArticle) {
  let q;
  try {
    q = await api(`/view/quotes/${encodeURIComponent(articleId)}/${encodeURIComponent(idx)}`);
  } catch (err) {
    open("Quote", el("p", { class: "error", text: err.message }));
    return;
  }
  const speaker = (q.quote.speaker && (q.quote.speaker.actor || q.quote.speaker.text)) || "unknown speaker";
  open(`Quote by ${speaker}`, marked(q.sentence, q.highlights),
    articleLine({ ...q, id: q.article_id }), " ",
    el("button", { type: "button", class: "link read", text: "read the article", onclick: () => onArticle(articleId, `q${idx}`) }));
  $("evidence-section").scrollIntoView({ block: "nearest" });
}
