/* Shared helpers: fetching JSON, formatting, smoothing, and uPlot charts with markers and zoom. */
"use strict";

const LS = window.LS = window.LS || {};

LS.api = async function (path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null) query.set(k, v);
  const url = "api/" + path + (query.toString() ? "?" + query : "");
  const early = window.LS_EARLY && window.LS_EARLY[url];  // asked for by early.js while the page loaded
  if (early) delete window.LS_EARLY[url];
  const resp = await (early || fetch(url, {credentials: "same-origin", cache: "no-store"}));
  const body = await resp.json().catch(() => ({error: resp.statusText}));
  if (!resp.ok) throw new Error(body.error || resp.statusText);
  return body;
};

LS.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c.nodeType ? c : String(c));
  return node;
};

LS.fmt = function (v) {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "string") return v;
  if (typeof v !== "number") return JSON.stringify(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(3) : String(+v.toPrecision(4));
};

LS.duration = function (s) {
  if (s === null || s === undefined) return "";
  s = Math.round(s);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return h ? `${h}h ${String(m).padStart(2, "0")}m` : m ? `${m}m ${String(sec).padStart(2, "0")}s` : `${sec}s`;
};

LS.when = function (t) {
  if (!t) return "";
  const d = new Date(t * 1000), p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/* TensorBoard's EMA with debiasing; null (non-finite) points stay null and do not poison the rest. */
LS.ema = function (ys, weight) {
  if (!weight) return ys;
  const out = new Array(ys.length);
  let last = 0, num = 0;
  for (let i = 0; i < ys.length; i++) {
    const v = ys[i];
    if (v === null || !Number.isFinite(v)) { out[i] = v; continue; }
    last = last * weight + (1 - weight) * v;
    num += 1;
    out[i] = last / (1 - Math.pow(weight, num));
  }
  return out;
};

LS.SPLIT_COLOURS = {train: "#1f6fb4", val: "#e8710a", test: "#2e9d48"};
LS.PALETTE = ["#1f6fb4", "#e8710a", "#2e9d48", "#c62f2f", "#8a5cc2", "#8c564b", "#d84f9e", "#5f6b73",
  "#a8a21a", "#17a5b8"];
LS.alpha = (hex, a) => hex + Math.round(a * 255).toString(16).padStart(2, "0");
const MARKER_COLOURS = {good: "#2e9d48", warn: "#e8710a", bad: "#c62f2f", info: "#6b7785"};

/* x value of a marker on the current axis ("epoch", "step" or "time"). */
function markerX(m, axis) {
  return axis === "epoch" ? m.epoch : axis === "step" ? m.step : m.seconds;
}

function markersPlugin(getMarkers, getAxis) {
  return {hooks: {draw: (u) => {
    const ctx = u.ctx, top = u.bbox.top, height = u.bbox.height;
    ctx.save();
    const dpr = devicePixelRatio, rowEnds = [];  // right edge of the last label in each text row
    ctx.font = `${11 * dpr}px system-ui, sans-serif`;
    const marks = getMarkers().map((m) => [m, markerX(m, getAxis())]).filter(([, x]) => x !== null && x !== undefined)
      .sort((a, b) => a[1] - b[1]);
    for (const [m, x] of marks) {
      const px = Math.round(u.valToPos(x, "x", true));
      if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) continue;
      ctx.strokeStyle = ctx.fillStyle = MARKER_COLOURS[m.kind] || "#666";
      ctx.lineWidth = 1.5 * dpr;
      ctx.setLineDash([5 * dpr, 4 * dpr]);
      ctx.beginPath(); ctx.moveTo(px, top); ctx.lineTo(px, top + height); ctx.stroke();
      const w = ctx.measureText(m.label).width;
      const tx = px + 4 * dpr + w > u.bbox.left + u.bbox.width ? px - 4 * dpr - w : px + 4 * dpr;
      let row = rowEnds.findIndex((end) => tx > end + 6 * dpr);  // labels never overlap: next free row
      if (row < 0) { row = rowEnds.length; rowEnds.push(0); }
      rowEnds[row] = tx + w;
      const ty = top + (12 + 13 * row) * dpr;
      ctx.save();  // a white halo keeps labels legible over curves while hiding only what is under the glyphs
      ctx.setLineDash([]);
      ctx.lineWidth = 3 * dpr;
      ctx.lineJoin = "round";
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(m.label, tx, ty);
      ctx.restore();
      ctx.fillText(m.label, tx, ty);
    }
    ctx.restore();
  }}};
}

/* Sort a [xs, ys] table by x when it is not already (wall times can step back). */
function sortedTable(xs, ys) {
  let sorted = true;
  for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) { sorted = false; break; }
  if (sorted) return [xs, ys];
  const idx = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
  return [idx.map((i) => xs[i]), idx.map((i) => ys[i])];
}

/* Align several [xs, ys] tables on one x axis (uPlot wants one shared x array). */
LS.join = function (tables) {
  const clean = tables.map(([xs, ys]) => {
    const keep = xs.map((x, i) => x !== null && Number.isFinite(x) ? i : -1).filter((i) => i >= 0);
    return sortedTable(keep.map((i) => xs[i]), keep.map((i) => ys[i]));
  });
  return uPlot.join(clean);
};

LS.positiveOnly = (ys) => ys.map((v) => (v === null || v <= 0 ? null : v));

LS.axisLabel = {epoch: "epoch", step: "step", time: "seconds since start"};

/* A uPlot chart. spec: {title, series: [{label, stroke, width, points, dash, fill}], data, log,
   axis, markers(), onZoom(min, max), onReset(), bands}. */
LS.chart = function (target, spec) {
  const width = Math.max(target.clientWidth || 480, 280);
  const opts = {
    title: spec.title, width, height: spec.height || 240,
    scales: {x: {time: false}, y: spec.log ? {distr: 3, log: 10} : {auto: true}},
    axes: [{label: LS.axisLabel[spec.axis] || spec.axis, labelSize: 18, size: 36},
           {size: 60, values: (u, vals) => vals.map(LS.fmt)}],
    series: [{label: LS.axisLabel[spec.axis] || "x", value: (u, v) => LS.fmt(v)}].concat(spec.series.map((s) => ({
      label: s.label, stroke: s.stroke, width: s.width || 1.5, spanGaps: true, dash: s.dash,
      fill: s.fill, show: s.show !== false,
      points: {show: s.points || false, size: 5, fill: s.stroke},
      value: (u, v) => LS.fmt(v),
    }))),
    bands: spec.bands || [],
    legend: {live: true, show: spec.legend !== false},
    cursor: {drag: {x: true, y: false, setScale: true},
             bind: {dblclick: (u) => () => { if (spec.onReset) spec.onReset(u); else u.setData(u.data, true); return null; }}},
    plugins: [markersPlugin(spec.markers || (() => []), () => spec.axis)],
    hooks: {setScale: [(u, key) => {
      if (key !== "x" || !u._ready || u._quiet || !spec.onZoom) return;
      clearTimeout(u._zoomTimer);
      u._zoomTimer = setTimeout(() => spec.onZoom(u, u.scales.x.min, u.scales.x.max), 150);
    }]},
  };
  const u = new uPlot(opts, spec.data, target);
  u._ready = true;
  target.__uplot = u;  // lets tests (and the console) inspect the chart's real state
  return u;
};

/* Replace a chart's data without the change counting as a zoom. */
LS.quietSetData = function (u, data, resetScales) {
  u._quiet = true;
  try { u.setData(data, resetScales); } finally { u._quiet = false; }
};
