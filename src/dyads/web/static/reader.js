// The article reader: the article's text with its mentions, quotes and events highlighted in
// place and listed beside it. A listed fact and its words select each other; the focused
// fact (in the URL as focus=e3, q0, m5) is outlined, an event's sides marked.
import { $, api, cameo, el, num } from "./dom.js";

const KINDS = { e: "event", q: "quote", m: "mention" };
let opening = 0; // the newest open or close wins over an article still loading

function factsOf(article) {
  const facts = [];
  for (const e of article.events) if (e.span) facts.push({ id: `e${e.idx}`, kind: "e", span: e.span, item: e });
  for (const q of article.quotes) if (q.span) facts.push({ id: `q${q.idx}`, kind: "q", span: q.span, item: q });
  for (const m of article.mentions) if (m.span) facts.push({ id: `m${m.idx}`, kind: "m", span: m.span, item: m });
  return facts;
}

// The text cut where any span starts or ends; each piece knows the facts covering it.
function pieces(text, facts, extra) {
  const all = [...facts, ...extra];
  const clamp = (x) => Math.max(0, Math.min(text.length, x));
  const cuts = [...new Set([0, text.length, ...all.flatMap((f) => [clamp(f.span[0]), clamp(f.span[1])])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    out.push({ start, end, facts: all.filter((f) => f.span[0] <= start && f.span[1] >= end) });
  }
  return out;
}

function sideSpans(fact) {
  if (!fact || fact.kind !== "e") return [];
  return ["source", "target"].filter((s) => fact.item[s].span).map((s) => ({ id: s, kind: s, span: fact.item[s].span }));
}

function listItem(fact, select) {
  const x = fact.item;
  let body;
  if (fact.kind === "e") {
    body = [el("span", { text: `${x.source.name || "?"}${x.source.code ? ` (${x.source.code})` : ""} → ` }),
      cameo(x.cameo, x.cameo_name),
      el("span", { text: ` → ${x.target.name || "?"}${x.target.code ? ` (${x.target.code})` : ""}` }),
      el("span", { class: "meta", text: ` · Goldstein ${num(x.goldstein, 1)}${x.negated ? " · negated" : ""}` })];
  } else if (fact.kind === "q") {
    body = [el("span", { class: "speaker", text: x.speaker || "unknown speaker" }), x.cue ? ` ${x.cue}: ` : ": ",
      el("q", { text: x.content.length > 160 ? `${x.content.slice(0, 159)}…` : x.content })];
  } else {
    body = [el("span", { text: x.text }), el("span", { class: "meta", text: ` → ${x.actor || "?"}${x.code ? ` (${x.code})` : ""}${x.label ? `, ${x.label}` : ""}` })];
  }
  return el("li", { class: `fact-item ${KINDS[fact.kind]}`, "data-fact": fact.id, tabindex: "0",
    onclick: () => select(fact.id), onkeydown: (ev) => { if (ev.key === "Enter") select(fact.id); } }, ...body);
}

export async function showArticle(articleId, focus, handlers) {
  const reader = $("reader");
  const text = $("reader-text");
  const mine = ++opening;
  let article;
  try {
    article = await api(`/view/articles/${encodeURIComponent(articleId)}`);
    if (mine !== opening) return null;
  } catch (err) {
    if (mine !== opening) return null;
    $("reader-title").textContent = "Article";
    text.replaceChildren(el("p", { class: "error", text: err.message }));
    return null;
  }
  $("reader-title").textContent = article.headline || article.id;
  const meta = [article.published || "undated", article.outlet, article.dateline?.place, `id ${article.id}`].filter(Boolean);
  $("reader-meta").replaceChildren(el("span", { text: meta.join(" · ") }),
    /^https?:\/\//i.test(article.url || "")
      ? el("span", {}, " · ", el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", text: "original" })) : "");
  const facts = factsOf(article);
  const byId = Object.fromEntries(facts.map((f) => [f.id, f]));
  const lists = { e: $("reader-events"), q: $("reader-quotes"), m: $("reader-mentions") };

  function render(focusId) {
    const focused = byId[focusId];
    const nodes = [];
    for (const piece of pieces(article.text, facts, sideSpans(focused))) {
      const words = article.text.slice(piece.start, piece.end);
      if (!piece.facts.length) {
        nodes.push(document.createTextNode(words));
        continue;
      }
      const kinds = new Set(piece.facts.map((f) => f.kind));
      const classes = ["hl", ...kinds].concat(piece.facts.some((f) => f.id === focusId) ? ["focus"] : []);
      const own = piece.facts.filter((f) => f.kind in KINDS).sort((a, b) => (a.span[1] - a.span[0]) - (b.span[1] - b.span[0]));
      const title = own.map((f) => KINDS[f.kind]).join(", ");
      nodes.push(el("span", { class: classes.join(" "), title, "data-facts": own.map((f) => f.id).join(" "),
        onclick: () => own.length && select(own[0].id) }, words));
    }
    text.replaceChildren(...nodes);
    for (const [kind, list] of Object.entries(lists)) {
      const mine = facts.filter((f) => f.kind === kind);
      list.replaceChildren(...mine.map((f) => listItem(f, select)));
      if (!mine.length) list.append(el("li", { class: "hint", text: `No ${KINDS[kind]}s.` }));
      list.previousElementSibling.querySelector(".count").textContent = ` (${mine.length})`;
    }
    for (const item of reader.querySelectorAll(".fact-item")) item.classList.toggle("selected", item.dataset.fact === focusId);
    const actions = $("reader-actions");
    actions.replaceChildren();
    if (focused && focused.kind === "e") {
      actions.append(el("button", { type: "button", text: "Show this event's evidence and reports",
        onclick: () => handlers.onEvent(article.id, focused.item.idx) }));
    } else if (focused && focused.kind === "q") {
      actions.append(el("button", { type: "button", text: "Show this quote's evidence",
        onclick: () => handlers.onQuote(article.id, focused.item.idx) }));
    }
  }

  function select(id) {
    handlers.onFocus(id);
    render(id);
    const mark = text.querySelector(".focus");
    if (mark) mark.scrollIntoView({ block: "center" });
    reader.querySelector(`.fact-item[data-fact="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  }

  render(focus);
  reader.hidden = false;
  $("view").hidden = true;
  $("filters").hidden = true;
  const first = text.querySelector(".focus");
  if (first) first.scrollIntoView({ block: "center" });
  else window.scrollTo(0, 0);
  return article;
}

export function hideArticle() {
  opening += 1;
  $("reader").hidden = true;
  $("view").hidden = false;
  $("filters").hidden = false;
}
