// The actor network in SVG: actors on a circle, ordered by code so a country's actors sit
// together, each label set radially outside the circle (labels a line-height apart on the
// circle never overlap; when there is no room for every actor, the lightest edges are left
// out and counted). Edges curve (A→B and B→A apart), are as wide as their event count and
// coloured by mean Goldstein; the count is written on each edge where it fits. Clicking an
// actor or an edge narrows the view to it.
import { $, el, message, num, plural, svg } from "./dom.js";

const LINE = 15; // px between neighbouring labels on the circle (11 px text)
const CHAR = 6.4; // px per character of an 11 px label, for the margin left for labels

export function tone(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const mix = (from, to) => Math.round(from + (to - from) * Math.abs(t));
  return t < 0 ? `rgb(${mix(150, 207)},${mix(150, 34)},${mix(150, 46)})`
    : `rgb(${mix(150, 9)},${mix(150, 105)},${mix(150, 218)})`;
}

function fit(data, radius) {
  // Keep the heaviest edges whose actors fit on the circle a line apart.
  const room = Math.max(3, Math.floor((2 * Math.PI * radius) / LINE));
  const kept = [];
  const codes = new Set();
  for (const edge of data.edges) {
    const extra = [edge.source, edge.target].filter((c) => !codes.has(c)).length;
    if (codes.size + extra > room) continue;
    kept.push(edge);
    codes.add(edge.source);
    codes.add(edge.target);
  }
  return { edges: kept, codes: [...codes].sort() };
}

function label(node, wide) {
  if (!wide) return node.code;
  const name = node.label || node.names?.[0] || "";
  const text = name && name !== node.code ? `${node.code} ${name}` : node.code;
  return text.length > 26 ? `${text.slice(0, 25)}…` : text;
}

export function drawNetwork(data, onPick) {
  const box = $("network");
  const list = $("edge-list");
  if (!data.edges.length) {
    message(box, "No events between coded actors in this view.");
    list.replaceChildren();
    return;
  }
  const width = Math.max(300, box.clientWidth || 600);
  const height = Math.min(width, 620);
  // names beside codes when the circle keeps a radius of 90 px with room for them
  const longest = (wide) => Math.max(...data.nodes.map((n) => label(n, wide).length));
  const wide = Math.min(width, height) / 2 - (longest(true) * CHAR + 12) >= 90;
  const margin = longest(wide) * CHAR + 12;
  const radius = Math.max(40, Math.min(width, height) / 2 - margin);
  const { edges, codes } = fit(data, radius);
  const nodes = Object.fromEntries(data.nodes.map((n) => [n.code, n]));
  const cx = width / 2;
  const cy = height / 2;
  const pos = {};
  codes.forEach((code, i) => {
    const angle = (2 * Math.PI * i) / codes.length - Math.PI / 2;
    pos[code] = { angle, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
  const top = Math.max(...edges.map((e) => e.events));
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": `Who acts on whom: ${plural(edges.length, "edge")} between ${plural(codes.length, "actor")}` });
  const edgeLayer = svg("g", { class: "edges" });
  const weightLayer = svg("g", { class: "weights" });
  const placed = [];
  for (const edge of edges) {
    if (edge.source === edge.target) continue; // listed below, not drawn
    const a = pos[edge.source];
    const b = pos[edge.target];
    const colour = tone(edge.goldstein_mean);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    // control point: bend to the left of the direction of travel, so A→B and B→A part
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const bend = 0.18;
    const qx = mx - dy * bend;
    const qy = my + dx * bend;
    const widthPx = 1 + 5 * Math.sqrt(edge.events / top);
    const title = `${edge.source} → ${edge.target}: ${plural(edge.events, "event")}, mean Goldstein ${num(edge.goldstein_mean)}`;
    const pick = () => onPick(edge.source, edge.target);
    const path = svg("path", { d: `M${a.x},${a.y} Q${qx},${qy} ${b.x},${b.y}`, stroke: colour,
      "stroke-width": widthPx.toFixed(1), fill: "none", class: "edge", tabindex: "0", role: "button",
      "aria-label": title, onclick: pick, onkeydown: (e) => e.key === "Enter" && pick() },
    svg("title", { text: title }));
    edgeLayer.append(path);
    // an arrow head two thirds of the way along the curve, pointing along it
    const t = 0.66;
    const px = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * qx + t ** 2 * b.x;
    const py = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * qy + t ** 2 * b.y;
    const tx = 2 * (1 - t) * (qx - a.x) + 2 * t * (b.x - qx);
    const ty = 2 * (1 - t) * (qy - a.y) + 2 * t * (b.y - qy);
    const angle = (Math.atan2(ty, tx) * 180) / Math.PI;
    const size = 4 + widthPx;
    edgeLayer.append(svg("path", { d: `M${size},0 L${-size},${size * 0.7} L${-size},${-size * 0.7} Z`, fill: colour,
      transform: `translate(${px.toFixed(1)},${py.toFixed(1)}) rotate(${angle.toFixed(1)})`, class: "arrow" }));
    // the weight at the middle of the curve, when it does not cover another weight
    const wx = 0.25 * a.x + 0.5 * qx + 0.25 * b.x;
    const wy = 0.25 * a.y + 0.5 * qy + 0.25 * b.y;
    const w = 7 * String(edge.events).length + 4;
    const rect = { x: wx - w / 2, y: wy - 8, w, h: 16 };
    const inside = Math.hypot(wx - cx, wy - cy) < radius - 14;
    if (inside && !placed.some((r) => r.x < rect.x + rect.w && rect.x < r.x + r.w && r.y < rect.y + rect.h && rect.y < r.y + r.h)) {
      placed.push(rect);
      weightLayer.append(svg("text", { x: wx.toFixed(1), y: (wy + 4).toFixed(1), class: "edge-label",
        "text-anchor": "middle", text: String(edge.events) }));
    }
  }
  const nodeLayer = svg("g", { class: "nodes" });
  for (const code of codes) {
    const p = pos[code];
    const node = nodes[code] || { code };
    const names = (node.names || []).filter(Boolean).join(", ");
    const title = `${code}${node.label ? `: ${node.label}` : ""}${names ? ` (${names})` : ""}, ${plural(node.events || 0, "event")}`;
    const pick = () => onPick(code, null);
    nodeLayer.append(svg("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 5, class: "node", tabindex: "0",
      role: "button", "aria-label": title, onclick: pick, onkeydown: (e) => e.key === "Enter" && pick() },
    svg("title", { text: title })));
    const degrees = (p.angle * 180) / Math.PI;
    const left = Math.cos(p.angle) < 0;
    const lx = cx + (radius + 9) * Math.cos(p.angle);
    const ly = cy + (radius + 9) * Math.sin(p.angle);
    nodeLayer.append(svg("text", { x: lx.toFixed(1), y: ly.toFixed(1), class: "node-label", dy: "0.35em",
      "text-anchor": left ? "end" : "start", transform: `rotate(${(left ? degrees + 180 : degrees).toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})`,
      onclick: pick, text: label(node, wide) }, svg("title", { text: title })));
  }
  root.append(edgeLayer, weightLayer, nodeLayer);
  box.replaceChildren(root);
  const left = data.edges.length - edges.length + (data.more || 0);
  list.replaceChildren(...edges.map((e) => el("li", {},
    el("button", { type: "button", class: "link edge-item", onclick: () => onPick(e.source, e.target) },
      `${(nodes[e.source] || {}).label || e.source} (${e.source}) → ${(nodes[e.target] || {}).label || e.target} (${e.target})`),
    el("span", { class: "meta", text: ` ${plural(e.events, "event")}, mean Goldstein ${num(e.goldstein_mean)}` }))));
  if (left) list.append(el("li", { class: "hint", text: `${plural(left, "lighter edge")} not drawn.` }));
}
