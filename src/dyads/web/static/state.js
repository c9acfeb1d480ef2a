// The view's state lives in the URL: the filters every panel follows, and what each panel
// shows (sort, page, period length, the quote search, the open article or event). Reloading
// or sharing the URL restores the view.

export const FILTERS = ["a", "b", "since", "until", "root", "quad", "plover", "conf", "outlet"];
export const DEFAULTS = { freq: "month", sort: "date", order: "desc", page: "1", qpage: "1" };
const KEYS = [...FILTERS, "freq", "sort", "order", "page", "speaker", "text", "qpage", "article", "focus", "event"];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of KEYS) {
    const value = (params.get(key) || "").trim();
    state[key] = value || DEFAULTS[key] || "";
  }
  if (state.b && !state.a) [state.a, state.b] = [state.b, ""];
  return state;
}

export function query(state, keys) {
  const out = {};
  for (const key of keys) if (state[key]) out[key] = state[key];
  return out;
}

export const filterParams = (state) => query(state, FILTERS);

export function toURL(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key] && state[key] !== DEFAULTS[key]) params.set(key, state[key]);
  }
  const search = params.toString();
  return window.location.pathname + (search ? `?${search}` : "");
}

export function writeState(state, push = true) {
  const url = toURL(state);
  if (url === window.location.pathname + window.location.search) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

export function exportURL(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return url.pathname + url.search;
}
