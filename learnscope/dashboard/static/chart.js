/* Shared helpers of the dashboard: fetching JSON, elements, formatting. Every chart is drawn by
   lschart.js (assets/chart), the module the HTML report uses too. */
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
