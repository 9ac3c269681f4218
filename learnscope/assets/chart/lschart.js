/* learnscope's one chart renderer: draws a chart model (learnscope.plot.model, as JSON)
   with uPlot. The HTML report and the dashboard both use it, so they show what the
   matplotlib figure shows: the same panels, colours, line styles, log axes and bands. */
(function (root) {
  "use strict";
  const LSChart = {};
  const SUP = {"-": "⁻", 0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷", 8: "⁸", 9: "⁹"};
  const EPOCH_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];
  const SPLIT_LABEL = {train: "train", val: "validation", test: "test"};
  const X_LABEL = {time: "seconds since start"};
  const xLabel = (model) => X_LABEL[model.x] || model.x;

  LSChart.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v; else if (k === "style") node.style.cssText = v;
      else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== "") node.append(c.nodeType ? c : String(c));
    return node;
  };
  const el = LSChart.el;

  /* One number formatter: 4 significant digits, exponents for the very small and large. */
  LSChart.fmt = function (v) {
    if (v === null || v === undefined || (typeof v === "number" && !isFinite(v))) return "–";
    if (typeof v !== "number") return String(v);
    if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
    const a = Math.abs(v);
    // 5e-4, 1.25e-5: no padding zeros (an axis label "5.00e-4" does not fit beside the chart)
    return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(2).replace(/\.?0+e/, "e") : String(+v.toPrecision(4));
  };

  /* 10⁻³ for a power of ten; other values (2×, 5× ticks) in plain digits. */
  LSChart.logTick = function (v) {
    const k = Math.round(Math.log10(v));
    if (Math.abs(v - Math.pow(10, k)) > 1e-9 * Math.abs(v)) return LSChart.fmt(v);
    if (k >= 0 && k <= 3) return String(Math.pow(10, k));
    return "10" + String(k).split("").map((c) => SUP[c]).join("");
  };

  /* Ticks of a log axis: the decades, with 2× and 5× when the axis spans less than two. */
  function logSplits(u, axisIdx, min, max) {
    const lo = Math.floor(Math.log10(min)), hi = Math.ceil(Math.log10(max)), out = [];
    const mult = hi - lo <= 2 ? [1, 2, 5] : [1];
    for (let k = lo; k <= hi; k++) for (const m of mult) {
      const v = m * Math.pow(10, k);
      if (v >= min * 0.999 && v <= max * 1.001) out.push(v);
    }
    return out.length >= 2 ? out : [min, max];
  }

  LSChart.rgba = function (hex, a) {
    if (a >= 1) return hex;
    const n = parseInt(hex.slice(1), 16);
    return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
  };

  LSChart.traceLabel = function (model, t) {
    const e = model.entities[t.entity], split = SPLIT_LABEL[t.split];
    const who = model.entities.length > 1 ? `${e.label} ` : "";
    return who + split + (t.kind === "batch" ? " per batch" : t.kind === "raw" ? " raw" : t.kind === "mean" ? " mean" : "");
  };

  /* uPlot series of one panel; a band adds two invisible edges and a fill. Each series keeps
     the signature of its trace (_sig), so new points for the panel find their series. */
  function seriesOf(model, panel) {
    const series = [], bands = [], single = model.entities.length === 1;
    for (const t of panel.traces) {
      const e = model.entities[t.entity];
      if (t.kind === "band") {
        // no points: uPlot's default dots (white-filled) would notch the band's edges at every epoch
        const edge = {stroke: "rgba(0,0,0,0)", width: 1, points: {show: false}, _kind: "band"};
        series.push({...edge, label: "+1 std", _sig: sig(t) + "/hi"}, {...edge, label: "−1 std", _sig: sig(t) + "/lo"});
        // uPlot counts its x series first: our last two are its (length - 1, length)
        bands.push({series: [series.length - 1, series.length], fill: LSChart.rgba(e.colour, 0.18)});
        continue;
      }
      const faint = t.kind === "batch" ? (single ? 0.3 : 0.15) : t.kind === "raw" ? 0.3 : e.alpha;
      series.push({label: LSChart.traceLabel(model, t), stroke: LSChart.rgba(e.colour, faint),
                   width: t.kind === "batch" || t.kind === "raw" ? 1 : e.width * 1.1, dash: t.dash,
                   spanGaps: false, points: {show: single && t.kind === "main" && t.x.length <= 30, size: 5},
                   _kind: t.kind, _entity: t.entity, _sig: sig(t)});
    }
    return {series, bands};
  }

  const sig = (t) => `${t.entity}/${t.split}/${t.kind}`;

  /* A panel's points as uPlot data for the given series (matched by signature; a trace a
     panel no longer has, such as batch points outside a zoomed range, is empty). */
  function dataOf(panel, series, log) {
    const by = new Map();
    for (const t of panel.traces) {
      if (t.kind === "band") { by.set(sig(t) + "/hi", [t.x, t.hi]); by.set(sig(t) + "/lo", [t.x, t.lo]); }
      else by.set(sig(t), [t.x, t.y]);
    }
    const positive = (ys) => ys.map((v) => (v != null && v > 0 ? v : null));
    return uPlot.join(series.map((s) => {
      const [xs, ys] = by.get(s._sig) || [[], []];
      return cleanTable(xs, log ? positive(ys) : ys);
    }));
  }

  const pointsOf = (panel) => panel.traces.reduce((n, t) => n + (t.kind === "band" ? 0 : t.x.length), 0);

  function marksPlugin(model) {
    return {hooks: {draw: [(u) => {
      const now = (u._ls && u._ls.model) || model;  // marks may arrive (or change) after the first draw
      const {ctx} = u, {left, top, width, height} = u.bbox, m = now.marks, dpr = devicePixelRatio;
      const x = (v) => u.valToPos(v, "x", true);
      ctx.save();
      ctx.beginPath(); ctx.rect(left, top, width, height); ctx.clip();  // a zoomed chart: marks off its range stay off
      if (m && m.overfit != null) {
        ctx.fillStyle = "rgba(213, 94, 0, 0.08)";
        const x0 = Math.max(left, x(m.overfit));
        ctx.fillRect(x0, top, left + width - x0, height);
      }
      const vline = (v, colour, dash) => {
        if (v == null) return;
        ctx.strokeStyle = colour; ctx.lineWidth = 1.5 * dpr; ctx.setLineDash(dash.map((d) => d * dpr));
        ctx.beginPath(); ctx.moveTo(x(v), top); ctx.lineTo(x(v), top + height); ctx.stroke();
      };
      if (m) { vline(m.best, "#009E73", [3, 3]); vline(m.nonfinite, "#D55E00", []); }
      for (const e of m ? [] : now.entities) {  // a comparison: a small tip per run that hit NaN/inf
        if (e.nonfinite == null) continue;
        const px = x(e.nonfinite);
        ctx.fillStyle = e.colour;
        ctx.beginPath(); ctx.moveTo(px - 5 * dpr, top); ctx.lineTo(px + 5 * dpr, top); ctx.lineTo(px, top + 8 * dpr);
        ctx.fill();
      }
      ctx.restore();
    }]}};
  }

  /* A line under the chart with the values at the cursor (the bold runs only: a sweep has hundreds). */
  function hoverPlugin(model, series, readout) {
    return {hooks: {setCursor: [(u) => {
      const i = u.cursor.idx;
      if (i == null) { readout.textContent = " "; return; }
      const x = LSChart.fmt(u.data[0][i]), parts = [model.x === "time" ? `${x} s` : `${model.x} ${x}`];
      series.forEach((s, k) => {
        if (s._kind !== "main" && s._kind !== "mean") return;
        if (!model.entities[s._entity].highlight || parts.length > 8) return;
        const v = u.data[k + 1][i];
        if (v != null) parts.push(`${s.label} ${LSChart.fmt(v)}`);
      });
      readout.textContent = parts.join(" · ");
    }]}};
  }

  function size(box, height) {
    const w = Math.max(260, (box.clientWidth || 480) - 16);
    return {width: w, height: height || Math.round(Math.min(300, Math.max(200, w * 0.55)))};
  }

  LSChart.panel = function (model, panel, box, options) {
    const {series, bands} = seriesOf(model, panel);
    const readout = el("div", {class: "ls-readout"}, " ");
    const log = panel.log;
    const opts = {
      ...size(box, options.height),
      series: [{label: xLabel(model), value: (u, v) => LSChart.fmt(v)}, ...series.map((s) => ({...s, value: (u, v) => LSChart.fmt(v)}))],
      bands,
      scales: {x: {time: false}, y: log ? {distr: 3, log: 10} : {auto: true}},
      axes: [{label: xLabel(model), size: 40, labelSize: 18, incrs: model.x === "epoch" ? EPOCH_STEPS : undefined},
             // uPlot leaves a tick it has no room to label null: no label (not "10⁻" or "–")
             log ? {size: 56, splits: logSplits, values: (u, vals) => vals.map((v) => (v == null ? "" : LSChart.logTick(v)))}
                 : {size: 56, values: (u, vals) => vals.map((v) => (v == null ? "" : LSChart.fmt(v)))}],
      cursor: {sync: {key: options.sync || "learnscope"}, drag: {x: true, y: false, setScale: true}},
      legend: {show: false},
      plugins: [marksPlugin(model), hoverPlugin(model, series, readout)],
    };
    if (options.onZoom) {  // a drag-zoom, told once the drag settles (a reset or new data is quiet)
      opts.hooks = {setScale: [(u, key) => {
        if (key !== "x" || !u._ready || u._quiet) return;
        clearTimeout(u._zoomTimer);
        u._zoomTimer = setTimeout(() => options.onZoom(u, panel.metric, u.scales.x.min, u.scales.x.max), 150);
      }]};
    }
    if (options.onReset) opts.cursor.bind = {dblclick: (u) => () => { options.onReset(u, panel.metric); return null; }};
    const u = new uPlot(opts, dataOf(panel, series, log), box);
    u._ready = true;
    u._ls = {series, log, model};
    box.append(readout);
    box.dataset.points = pointsOf(panel);
    box.__uplot = u;
    return u;
  };

  /* New points for a drawn panel (a live run's growth, a zoomed range's detail), drawn in place;
     resetScales false keeps the x range (a zoom). */
  LSChart.setPanel = function (u, panel, resetScales) {
    u._quiet = true;
    try { u.setData(dataOf(panel, u._ls.series, u._ls.log), resetScales); } finally { u._quiet = false; }
    u.root.parentNode.dataset.points = pointsOf(panel);
  };

  /* uPlot.join wants finite, increasing x: drop null x, sort when needed. */
  function cleanTable(xs, ys) {
    const keep = [];
    for (let i = 0; i < xs.length; i++) if (xs[i] !== null) keep.push(i);
    let sorted = true;
    for (let k = 1; k < keep.length; k++) if (xs[keep[k]] < xs[keep[k - 1]]) { sorted = false; break; }
    if (!sorted) keep.sort((a, b) => xs[a] - xs[b]);
    return [keep.map((i) => xs[i]), keep.map((i) => ys[i])];
  }

  /* A compact legend: the runs worth naming (at most a dozen), then one entry per line style. */
  LSChart.legend = function (model) {
    const box = el("div", {class: "ls-legend"});
    const ents = model.entities;
    const named = ents.filter((e) => e.legend && ents.length > 1)
      .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)).slice(0, 12);
    const many = ents.length > 8;
    for (const e of named) {
      box.append(el("span", {class: "ls-entry", title: e.label}, el("i", {class: "ls-chip", style: `background:${e.colour}`}),
                    (many && e.rank != null ? `#${e.rank + 1} ` : "") + e.label));
    }
    if (many) {
      const hp = model.hparams;
      box.append(el("span", {class: "ls-entry ls-muted"}, `bold: best ${named.length} of ${model.n_runs} runs` +
                    (hp ? ` by ${hp.goal === "max" ? "highest" : "lowest"} ${hp.metric}` : "") +
                    (model.thin_val_only ? "; thin: the other runs' validation" : "; the rest thin")));
    }
    const grey = ents.length > 1 ? "#555" : ents[0].colour, seen = new Set();
    const order = {train: 0, val: 1, test: 2};  // train first, whatever is drawn first (a sweep's thin validation lines)
    const traces = model.panels.flatMap((p) => p.traces).sort((a, b) => (order[a.split] ?? 3) - (order[b.split] ?? 3));
    for (const t of traces) {
      const label = t.kind === "band" ? "mean ± 1 std across runs" : t.kind === "raw" ? `raw (faint), EMA ${model.smoothing}`
        : SPLIT_LABEL[t.split] + (t.kind === "batch" ? ", per batch" : "");
      if (seen.has(label)) continue;
      seen.add(label);
      box.append(el("span", {class: "ls-entry"}, styleSample(t, grey), label));
    }
    const m = model.marks, at = (what, v) => model.x === "epoch" ? `${what} epoch ${LSChart.fmt(v)}`
      : `${what} (${model.x === "time" ? `${LSChart.fmt(v)} s` : `${model.x} ${LSChart.fmt(v)}`})`;
    if (m && m.best != null) box.append(el("span", {class: "ls-entry"}, el("i", {class: "ls-vline best"}), at("best", m.best)));
    if (m && m.overfit != null) box.append(el("span", {class: "ls-entry"}, el("i", {class: "ls-chip", style: "background:rgba(213,94,0,.25)"}), at("overfitting from", m.overfit)));
    if (m && m.nonfinite != null) box.append(el("span", {class: "ls-entry"}, el("i", {class: "ls-vline bad"}), `first NaN/inf (${model.x === "time" ? LSChart.fmt(m.nonfinite) + " s" : model.x + " " + LSChart.fmt(m.nonfinite)})`));
    return box;
  };

  function styleSample(t, colour) {
    if (t.kind === "band") return el("i", {class: "ls-chip", style: `background:${LSChart.rgba(colour === "#555" ? "#555555" : colour, 0.25)}`});
    const style = t.split === "val" ? "dashed" : t.split === "test" ? "dotted" : "solid";
    const alpha = t.kind === "batch" || t.kind === "raw" ? 0.35 : 1;
    return el("i", {class: "ls-line", style: `border-top: ${t.kind === "batch" ? 1 : 2.5}px ${style} ${colour}; opacity:${alpha}`});
  }

  /* The colour bar of a sweep coloured by a config key (log scale for a learning rate). */
  LSChart.colourbar = function (bar) {
    const stops = bar.stops.map(([s, c]) => `${c} ${Math.round(s * 100)}%`).join(", ");
    const ticks = [];
    if (bar.log) {
      for (let k = Math.ceil(Math.log10(bar.min) - 1e-9); k <= Math.floor(Math.log10(bar.max) + 1e-9); k++) ticks.push(Math.pow(10, k));
    }
    if (ticks.length < 2) ticks.splice(0, ticks.length, bar.min, bar.max);
    const pos = (v) => bar.log ? (Math.log10(v) - Math.log10(bar.min)) / (Math.log10(bar.max) - Math.log10(bar.min))
                               : (v - bar.min) / (bar.max - bar.min || 1);
    const scale = el("div", {class: "ls-cbar-ticks"}, ticks.map((v) => el("span", {style: `left:${(100 * pos(v)).toFixed(1)}%`},
      bar.log ? LSChart.logTick(v) : LSChart.fmt(v))));
    return el("div", {class: "ls-cbar", "data-key": bar.key},
      el("span", {class: "ls-cbar-key"}, `colour: ${bar.key}${bar.log ? " (log)" : ""}`),
      el("div", {class: "ls-cbar-body"}, el("div", {class: "ls-cbar-ramp", style: `background: linear-gradient(to right, ${stops})`}), scale));
  };

  /* Everything: the notes, colour bar, legend, one chart per panel and the hyperparameter view.
     options: {height, sync, progressive, onFirstChart(), onZoom(u, metric, min, max), onReset(u, metric)};
     ``ready`` (a Promise) settles once every chart is drawn. */
  LSChart.draw = function (model, container, options) {
    options = options || {};
    const charts = [];
    const notes = Object.entries(model.constants || {}).map(([k, v]) => `${k} = ${LSChart.fmt(v)}`);
    if (notes.length) container.append(el("p", {class: "ls-constants"}, `constant: ${notes.join(", ")}`));
    let legend = LSChart.legend(model);
    const head = el("div", {class: "ls-head"}, model.colourbar ? LSChart.colourbar(model.colourbar) : null, legend);
    const grid = el("div", {class: "ls-panels"});
    container.append(head, grid);
    const boxes = model.panels.map((panel) => {
      const box = el("div", {class: "ls-panel", "data-metric": panel.metric, "data-log": panel.log ? "1" : "0"});
      box.append(el("h3", {}, panel.title, panel.log ? el("span", {class: "ls-scale"}, " (log scale)") : ""));
      grid.append(box);
      return box;
    });
    const resize = new ResizeObserver(() => charts.forEach((u) => {
      const box = u.root.parentNode; u.setSize(size(box, options.height)); }));
    let gone = false;
    const drawPanel = (k) => {
      charts.push(LSChart.panel(model, model.panels[k], boxes[k], options));
      resize.observe(boxes[k]);
    };
    const rest = () => {
      if (gone) return;
      for (let k = charts.length; k < boxes.length; k++) drawPanel(k);
      if (model.hparams && LSChart.hparams) container.append(LSChart.hparams(model));
    };
    if (boxes.length) {
      drawPanel(0);
      if (options.onFirstChart) options.onFirstChart();
    }
    // progressive: the first chart is painted before the others and the hyperparameter view are built
    const ready = options.progressive && boxes.length > 1
      ? new Promise((done) => requestAnimationFrame(() => setTimeout(() => { rest(); done(); }, 0)))
      : (rest(), Promise.resolve());
    const same = (m) => m.panels.length === model.panels.length && m.panels.every((p, i) =>
      p.metric === model.panels[i].metric && p.log === model.panels[i].log
      && p.traces.map(sig).join() === model.panels[i].traces.map(sig).join());
    return {
      charts, ready,
      /* New points of the same picture, drawn in place (zoomed panels, ``skip(u)``, keep
         theirs); false when the picture changed shape and must be drawn anew. */
      update(next, skip) {
        if (!same(next) || JSON.stringify(next.constants || {}) !== JSON.stringify(model.constants || {})) return false;
        next.marks = model.marks;
        charts.forEach((u, i) => { u._ls.model = next; if (!(skip && skip(u))) LSChart.setPanel(u, next.panels[i], true); });
        model = next;
        return true;
      },
      /* The read's marks (best epoch, overfitting, first NaN), arriving after the first chart. */
      setMarks(marks) {
        model.marks = marks;
        const fresh = LSChart.legend(model);
        legend.replaceWith(fresh);
        legend = fresh;
        charts.forEach((u) => u.redraw(false));
      },
      destroy() { gone = true; resize.disconnect(); charts.forEach((u) => { clearTimeout(u._zoomTimer); u.destroy(); }); },
    };
  };

  root.LSChart = LSChart;
})(window);
