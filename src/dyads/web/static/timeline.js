// The timeline in SVG: events per period in each direction (bars, left axis) and each
// direction's mean Goldstein score (dotted lines, right axis, −10 to +10), on a time axis.
// A line breaks where periods without events lie between two points. Clicking a bar narrows
// the view to its period. (Plotly's bundle takes 1.7-3.3 s to start on the test machine, more
// than the whole first-paint budget, so the chart is drawn here.)
import { $, el, message, num, plural, svg } from "./dom.js";

const COLOURS = ["#1f883d", "#8250df"];
const DAY = 86400000;
const time = (iso) => Date.parse(`${iso}T00:00:00Z`);

export function summary(data) {
  const node = $("summary");
  node.className = "summary";
  const both = data.totals.find((t) => t.direction === "both") || data.totals[0];
  const title = data.directions[0].endsWith("→others") ? data.directions[0].slice(0, -"→others".length)
    : data.directions[0].replace("→", " ↔ ");
  const parts = [`${title === "all" ? "All events" : title}: ${plural(both.events, "event")}`];
  if (both.events) parts.push(`mean Goldstein ${num(both.goldstein_mean)}`);
  node.replaceChildren(el("strong", { text: parts.join(", ") }));
  if (data.totals.length > 1) {
    for (const t of data.totals.filter((x) => x.direction !== "both")) {
      const text = t.events ? `${t.direction} ${plural(t.events, "event")}, mean ${num(t.goldstein_mean)}`
        : `${t.direction} no events`;
      node.append(" · ", el("span", { class: "direction", text }));
    }
  }
  const left = coarserNote(data);
  if (left) node.append(" · ", el("span", { class: "coarser", text: left }));
  node.dataset.events = both.events;
  node.dataset.mean = both.goldstein_mean ?? "";
  node.dataset.coarser = coarser(data);
}

// Events dated only to a span longer than a period (a year-dated event by month) are in no
// bar; the server counts them in the totals and says how many here.
function coarser(data) {
  const left = data.coarser || {};
  return left.both ?? Object.values(left).reduce((s, n) => s + n, 0);
}

export function coarserNote(data) {
  const n = coarser(data);
  if (!n) return "";
  const rows = { day: "daily", week: "weekly", month: "monthly", year: "yearly" }[data.freq] || data.freq;
  const also = data.freq === "year" ? "" : `; ${n === 1 ? "it is" : "they are"} in the yearly view`;
  return `${plural(n, "event")} dated only to a longer span (a year, a month) ${n === 1 ? "is" : "are"}`
    + ` not in the ${rows} bars but ${n === 1 ? "counts" : "count"} in the totals${also}.`;
}

function niceStep(max, ticks) {
  const raw = Math.max(1, max) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)); // counts: whole steps
}

function dateTicks(start, end, width) {
  const years = (end - start) / (365 * DAY);
  const most = Math.max(2, Math.floor(width / 70));
  const ticks = [];
  const d = new Date(start);
  if (years > 2) {
    const every = Math.ceil(years / most);
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= end; y += every) {
      if (Date.UTC(y, 0, 1) >= start) ticks.push([Date.UTC(y, 0, 1), String(y)]);
    }
  } else if (years * 12 > 2) {
    const every = Math.ceil((years * 12) / most);
    for (let m = 0; ; m += every) {
      const t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m, 1);
      if (t > end) break;
      if (t >= start) ticks.push([t, new Date(t).toISOString().slice(0, 7)]);
    }
  } else {
    const every = Math.max(1, Math.ceil((end - start) / DAY / most));
    for (let t = start; t <= end; t += every * DAY) ticks.push([t, new Date(t).toISOString().slice(5, 10)]);
  }
  return ticks;
}

export function drawTimeline(data, onPeriod) {
  fillTable(data, onPeriod);
  const box = $("timeline");
  if (!data.periods.length) {
    message(box, "No dated events in this view.");
    return;
  }
  const width = Math.max(280, box.clientWidth || 600);
  const height = width < 520 ? 240 : 290;
  const pad = { l: 34, r: 34, t: 10, b: 26 };
  const start = time(data.periods[0].period);
  const end = Math.max(...data.periods.map((p) => time(p.period_end) + DAY));
  const x = (t) => pad.l + ((t - start) / Math.max(DAY, end - start)) * (width - pad.l - pad.r);
  const top = Math.max(...data.periods.map((p) => p.events));
  const step = niceStep(top, 4);
  const ymax = Math.ceil(top / step) * step;
  const y = (n) => height - pad.b - (n / ymax) * (height - pad.t - pad.b);
  const g = (v) => height - pad.b - ((v + 10) / 20) * (height - pad.t - pad.b);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "timeline-chart" });
  const axes = svg("g", { class: "axes" });
  for (let n = 0; n <= ymax; n += step) {
    axes.append(svg("line", { x1: pad.l, x2: width - pad.r, y1: y(n), y2: y(n), class: "grid" }),
      svg("text", { x: pad.l - 4, y: y(n) + 4, "text-anchor": "end", text: String(n) }));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    axes.append(svg("text", { x: width - pad.r + 4, y: g(v) + 4, class: "goldstein-tick", text: v > 0 ? `+${v}` : String(v) }));
  }
  axes.append(svg("line", { x1: pad.l, x2: width - pad.r, y1: g(0), y2: g(0), class: "zero" }));
  for (const [t, text] of dateTicks(start, end, width - pad.l - pad.r)) {
    axes.append(svg("text", { x: x(t), y: height - 8, "text-anchor": "middle", text }));
  }
  const bars = svg("g", { class: "bars" });
  const lines = svg("g", { class: "lines" });
  const n = data.directions.length;
  data.directions.forEach((direction, i) => {
    const colour = COLOURS[i % 2];
    const part = data.periods.filter((p) => p.direction === direction);
    const name = direction === "all" ? "events" : direction;
    let path = "";
    let previous = null;
    for (const p of part) {
      const from = x(time(p.period));
      const span = x(time(p.period_end) + DAY) - from;
      const w = Math.max(2, (span * 0.8) / n);
      const bx = from + span * 0.1 + w * i;
      const q = p.quads;
      const title = `${name}, ${p.period} to ${p.period_end}: ${plural(p.events, "event")}, mean Goldstein ${num(p.goldstein_mean)}`
        + ` (verbal cooperation ${q[1]}, material cooperation ${q[2]}, verbal conflict ${q[3]}, material conflict ${q[4]})`;
      bars.append(svg("rect", { x: bx.toFixed(1), y: y(p.events).toFixed(1), width: w.toFixed(1),
        height: Math.max(0, y(0) - y(p.events)).toFixed(1), fill: colour, class: "bar", tabindex: "0", role: "button",
        "aria-label": title, "data-period": p.period, "data-direction": direction,
        onclick: () => onPeriod(p.period, p.period_end),
        onkeydown: (e) => e.key === "Enter" && onPeriod(p.period, p.period_end) }, svg("title", { text: title })));
      const px = (bx + w / 2).toFixed(1);
      const py = g(p.goldstein_mean).toFixed(1);
      const joined = previous && time(previous.period_end) + DAY === time(p.period);
      path += `${joined ? "L" : "M"}${px},${py} `;
      lines.append(svg("circle", { cx: px, cy: py, r: 4, fill: "#fff", stroke: colour, "stroke-width": 2, class: "mean" },
        svg("title", { text: `${name}, ${p.period}: mean Goldstein ${num(p.goldstein_mean)}` })));
      previous = p;
    }
    lines.prepend(svg("path", { d: path, stroke: colour, fill: "none", "stroke-width": 2, "stroke-dasharray": "3 3" }));
  });
  root.append(axes, bars, lines);
  const legend = el("p", { class: "legend" }, ...data.directions.map((d, i) => el("span", { class: "key" },
    el("span", { class: "swatch", style: `background:${COLOURS[i % 2]}` }), d === "all" ? "events" : `${d} events`)),
  el("span", { class: "key" }, el("span", { class: "swatch line" }), "mean Goldstein (right axis)"));
  box.replaceChildren(root, legend);
}

function fillTable(data, onPeriod) {
  const table = $("period-table");
  table.tHead.rows[0].replaceChildren(el("th", { text: "period" }),
    ...data.directions.map((d) => el("th", { text: d === "all" ? "events" : d })), el("th", { text: "mean Goldstein" }));
  const periods = [...new Set(data.periods.map((p) => p.period))];
  table.tBodies[0].replaceChildren(...periods.map((period) => {
    const here = data.periods.filter((p) => p.period === period);
    const events = here.reduce((s, p) => s + p.events, 0);
    const mean = here.reduce((s, p) => s + p.goldstein_sum, 0) / events;
    return el("tr", {},
      el("td", {}, el("button", { type: "button", class: "link period", text: period, onclick: () => onPeriod(period, here[0].period_end) })),
      ...data.directions.map((d) => el("td", { text: (here.find((p) => p.direction === d) || { events: 0 }).events })),
      el("td", { text: num(mean) }));
  }));
}
