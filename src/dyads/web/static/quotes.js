// The quotes panel: the view's quotes, newest first, a page at a time, searched by speaker
// and words. The list only ever shows what its own search asked for (the heading says what
// that is), so the speaker box and the list cannot disagree.
import { $, articleLine, el, message, pager, plural } from "./dom.js";

function speakerOf(q) {
  const node = el("span", { class: "speaker", title: q.speaker_label ? `${q.speaker_code}: ${q.speaker_label}` : q.speaker_code || "" },
    q.speaker || "unknown speaker");
  if (q.speaker_code) node.append(" ", el("code", { text: q.speaker_code }));
  if (q.speaker_text && q.speaker && q.speaker_text !== q.speaker) {
    node.append(el("span", { class: "as-written", text: ` (“${q.speaker_text}”)` }));
  }
  return node;
}

function quoteItem(q, { onEvidence, onArticle }) {
  return el("li", { class: "quote", "data-key": `${q.article_id}:${q.idx}`, "data-speaker": q.speaker || "" },
    speakerOf(q), q.cue ? ` ${q.cue}: ` : ": ",
    el("q", { class: `content ${q.kind}`, text: q.content }), " ",
    el("span", { class: "kind", text: q.kind }), el("br"),
    articleLine(q.article, q.date && q.date !== q.article.published ? ` · said ${q.date}` : ""), " ",
    el("button", { type: "button", class: "link quote-evidence", text: "evidence", onclick: () => onEvidence(q.article_id, q.idx) }), " ",
    el("button", { type: "button", class: "link read", text: "read", onclick: () => onArticle(q.article_id, `q${q.idx}`) }));
}

export function drawQuotes(data, state, handlers) {
  const list = $("quote-list");
  const by = [state.speaker && `by ${state.speaker}`, state.text && `containing “${state.text}”`].filter(Boolean);
  $("quotes-title").textContent = `${plural(data.total, "quote")}${by.length ? ` ${by.join(", ")}` : ""}`;
  list.replaceChildren(...data.rows.map((q) => quoteItem(q, handlers)));
  if (!data.rows.length) list.append(el("li", { class: "hint", text: "No quotes in this view." }));
  pager($("quotes-pager"), data, handlers.onPage);
}

export function quotesError(text) {
  message($("quotes-pager"), text, "error");
}
