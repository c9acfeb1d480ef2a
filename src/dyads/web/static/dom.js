// Small helpers every panel uses. Store text only ever enters the page as text nodes or
// attribute values (textContent, createTextNode, setAttribute), never as HTML.

export const $ = (id) => document.getElementById(id);

export function el(tag, props, ...children) {
  const node = tag === "svg" || props?.svg ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false || key === "svg") continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.setAttribute("class", value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

export const svg = (tag, props, ...children) => el(tag, { ...props, svg: true }, ...children);

export class ApiError extends Error {}

export async function api(path, params, signal) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { signal });
  const body = await response.json();
  if (!response.ok) throw new ApiError(body.error || response.statusText);
  return body;
}

export const num = (x, digits = 2) =>
  x === null || x === undefined ? "–" : (x > 0 ? "+" : x < 0 ? "−" : "") + Math.abs(Number(x)).toFixed(digits);

export const plural = (n, word) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

// "Sergei Lavrov (RUSGOV)", with what the code stands for as a tooltip.
export function actor(side, cls) {
  const name = side.name || side.text || "?";
  const node = el("span", { class: cls || "actor", title: side.label ? `${side.code}: ${side.label}` : side.code });
  node.append(el("span", { class: "name", text: name }));
  if (side.code && side.code !== name) node.append(" ", el("code", { text: side.code }));
  return node;
}

export function cameo(code, name) {
  return el("span", { class: "cameo" }, el("code", { text: code }), name ? ` ${name}` : "");
}

// A sentence with its highlights ({start, end, label}, offsets into it) as <mark>s.
export function marked(sentence, highlights, tag = "p") {
  const node = el(tag, { class: "sentence" });
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

export function articleLine(article, extra) {
  const parts = [article.published || "undated", article.outlet, article.headline || article.id].filter(Boolean);
  return el("span", { class: "meta", text: parts.join(" · ") + (extra || "") });
}

export function message(container, text, cls = "hint") {
  container.replaceChildren(el("p", { class: cls, text }));
}

export function pager(node, { page, size, total }, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total ? (page - 1) * size + 1 : 0;
  const to = Math.min(total, page * size);
  node.replaceChildren(
    el("button", { type: "button", class: "prev", disabled: page <= 1, onclick: () => go(page - 1), text: "‹ Previous" }),
    el("span", { class: "position", text: `${from.toLocaleString("en")}–${to.toLocaleString("en")} of ${total.toLocaleString("en")} · page ${page} of ${pages}` }),
    el("button", { type: "button", class: "next", disabled: page >= pages, onclick: () => go(page + 1), text: "Next ›" }),
  );
}
