/* The hyperparameter view of a chart model (model.hparams), in SVG: the best metric against
   each hyperparameter and parallel coordinates. Marker shape = the read's verdict (circle:
   healthy or unread, triangle: a warning, cross: diverged or NaN); hollow = pruned trial. */
(function (root) {
  "use strict";
  const LSChart = root.LSChart;
  const NS = "http://www.w3.org/2000/svg";
  const BAD = new Set(["diverging", "non_finite", "exploding_gradients"]);
  const W = 300, H = 210, PAD = {l: 52, r: 10, t: 10, b: 38};

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) node.setAttribute(k, v);
    for (const c of children) if (c) node.append(c.nodeType ? c : document.createTextNode(String(c)));
    return node;
  }

  function scaler(values, log, lo, hi) {
    const v = values.filter((x) => x !== null && isFinite(x) && (!log || x > 0)).map((x) => (log ? Math.log10(x) : x));
    const min = Math.min(...v), max = Math.max(...v), span = max - min || 1;
    const f = (x) => (x === null || !isFinite(x) || (log && x <= 0) ? null : lo + ((log ? Math.log10(x) : x) - min) / span * (hi - lo));
    f.min = log ? Math.pow(10, min) : min; f.max = log ? Math.pow(10, max) : max;
    return f;
  }

  const spansDecades = (vals) => {
    const v = vals.filter((x) => x !== null && x > 0);
    return v.length > 1 && Math.max(...v) / Math.min(...v) > 100;
  };

  function marker(t, e, x, y) {
    const r = e.highlight ? 4.5 : 3, pruned = t.state === "pruned";
    const fill = pruned ? "none" : e.colour, common = {stroke: e.colour, "stroke-width": 1.2, fill,
      opacity: e.highlight ? 0.95 : 0.65, class: `trial${pruned ? " pruned" : ""}`, "data-verdict": t.verdict || ""};
    const v = t.verdict || "healthy";
    let node;
    if (BAD.has(v)) node = svg("path", {...common, d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`, "stroke-width": 2});
    else if (v !== "healthy") node = svg("path", {...common, d: `M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`});
    else node = svg("circle", {...common, cx: x, cy: y, r});
    node.append(svg("title", {}, `${e.label}: ${LSChart.fmt(t.score)} (${v.replace(/_/g, " ")}${pruned ? ", pruned" : ""})`));
    return node;
  }

  /* Round tick values (0.4, 0.5, 0.6) within [min, max]. */
  function niceTicks(min, max) {
    const raw = (max - min) / 4 || 1, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(+v.toPrecision(12));
    return out.length >= 2 ? out : [min, max];
  }

  function ticks(g, scale, log, axis, y0, x0) {
    const vals = log ? [] : niceTicks(scale.min, scale.max);
    if (log) for (let k = Math.ceil(Math.log10(scale.min) - 1e-9); k <= Math.floor(Math.log10(scale.max) + 1e-9); k++) vals.push(Math.pow(10, k));
    if (vals.length < 2) vals.splice(0, vals.length, scale.min, scale.max);
    for (const v of vals) {
      const p = scale(v), text = log ? LSChart.logTick(v) : LSChart.fmt(v);
      if (axis === "x") g.append(svg("text", {x: p, y: y0 + 14, "text-anchor": "middle"}, text));
      else g.append(svg("text", {x: x0 - 4, y: p + 3, "text-anchor": "end"}, text));
    }
  }

  function scatter(model, param) {
    const hp = model.hparams, ents = model.entities;
    const isCat = param.kind === "category";
    const xs = param.values.map((v) => (isCat ? (v === null ? null : param.categories.indexOf(v)) : v));
    const sx = isCat ? scaler([-0.5, param.categories.length - 0.5], false, PAD.l, W - PAD.r) : scaler(xs, param.log, PAD.l + 6, W - PAD.r - 6);
    const ylog = spansDecades(hp.trials.map((t) => t.score));
    const sy = scaler(hp.trials.map((t) => t.score), ylog, H - PAD.b - 6, PAD.t + 6);
    const g = svg("g", {class: "axis"});
    const box = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "ls-hp-scatter", "data-param": param.key},
      svg("rect", {x: PAD.l, y: PAD.t, width: W - PAD.l - PAD.r, height: H - PAD.t - PAD.b, class: "frame"}), g);
    if (isCat) param.categories.forEach((c, i) => g.append(svg("text", {x: sx(i), y: H - PAD.b + 14, "text-anchor": "middle"}, c)));
    else ticks(g, sx, param.log, "x", H - PAD.b);
    ticks(g, sy, ylog, "y", 0, PAD.l);
    const imp = param.importance != null ? ` (importance ${param.importance.toFixed(2)})` : "";
    g.append(svg("text", {x: (PAD.l + W - PAD.r) / 2, y: H - 6, "text-anchor": "middle", class: "name"}, param.key + imp));
    const order = hp.trials.map((t, row) => row).sort((a, b) => ents[hp.trials[a].entity].highlight - ents[hp.trials[b].entity].highlight);
    for (const row of order) {
      const t = hp.trials[row], x = sx(xs[row]), y = sy(t.score);
      if (x !== null && y !== null) box.append(marker(t, ents[t.entity], x, y));
    }
    return box;
  }

  function parallel(model) {
    const hp = model.hparams, ents = model.entities, cols = [...hp.params, {key: hp.metric, score: true}];
    const w = Math.max(900, 150 * cols.length), left = 40, right = w - 30, step = (right - left) / Math.max(cols.length - 1, 1);
    const scales = cols.map((p) => {
      if (p.score) return scaler(hp.trials.map((t) => t.score), spansDecades(hp.trials.map((t) => t.score)), H - PAD.b, PAD.t + 6);
      if (p.kind === "category") return scaler([0, p.categories.length - 1], false, H - PAD.b, PAD.t + 6);
      return scaler(p.values, p.log, H - PAD.b, PAD.t + 6);
    });
    const valueOf = (p, row) => (p.score ? hp.trials[row].score : p.kind === "category"
      ? (p.values[row] === null ? null : p.categories.indexOf(p.values[row])) : p.values[row]);
    const box = svg("svg", {viewBox: `0 0 ${w} ${H}`, class: "ls-hp-parallel"});
    cols.forEach((p, k) => {
      box.append(svg("line", {x1: left + k * step, x2: left + k * step, y1: PAD.t + 6, y2: H - PAD.b, class: "frame"}));
      box.append(svg("text", {x: left + k * step, y: H - PAD.b + 16, "text-anchor": "middle", class: "name"}, p.key));
    });
    const order = hp.trials.map((t, row) => row).sort((a, b) => ents[hp.trials[a].entity].highlight - ents[hp.trials[b].entity].highlight);
    for (const row of order) {
      const t = hp.trials[row], e = ents[t.entity];
      const pts = cols.map((p, k) => [left + k * step, scales[k](valueOf(p, row))]).filter(([, y]) => y !== null);
      if (pts.length < 2) continue;
      box.append(svg("polyline", {points: pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" "), fill: "none",
        stroke: e.colour, "stroke-width": e.highlight ? 1.8 : 0.7, opacity: e.highlight ? 0.95 : 0.35,
        "stroke-dasharray": t.state === "pruned" ? "3 3" : null}, svg("title", {}, `${e.label}: ${LSChart.fmt(t.score)}`)));
    }
    return box;
  }

  LSChart.hparams = function (model) {
    const hp = model.hparams, el = LSChart.el;
    const by = hp.importance_by ? ` Hyperparameters ordered by importance (${hp.importance_by}).` : "";
    const pruned = hp.trials.filter((t) => t.state === "pruned").length;
    return el("section", {class: "ls-hparams"},
      el("h3", {}, `Hyperparameters: ${hp.goal === "max" ? "highest" : "lowest"} ${hp.metric} of each of ${hp.trials.length} trials`),
      el("p", {class: "ls-muted"}, `○ healthy · △ the read warns · ✕ diverged / NaN · hollow: pruned (${pruned}).` + by),
      el("div", {class: "ls-hp-grid"}, hp.params.slice(0, 4).map((p) => scatter(model, p)), parallel(model)));
  };
})(window);
