/* The run view: one chart per metric (batch points under epoch lines), the read, the config,
   live updates while the run is recording, detail fetched for a zoomed range. */
"use strict";

(function () {
  const LS = window.LS;
  const opts = {axis: null, smooth: 0, log: "auto"};
  const COLOUR = "#0072B2";  // a single run's colour in the chart model (figure and report alike)
  const DASH = {train: undefined, val: [6, 4], test: [2, 3]};

  /* The chart model's log choice for a metric (sent by the server): auto, on (losses only) or off. */
  const isLog = (ctx, metric) => opts.log !== "off" && !!((ctx.data.log || {})[metric] || {})[opts.log];

  /* A series' x values on the current axis (none until fetched for that axis). */
  const xsOf = (s) => (opts.axis === "epoch" ? s.xe : opts.axis === "step" ? s.step : s.time) || [];

  /* Series of one metric -> uPlot series specs and [xs, ys] tables, batch drawn first (underneath). */
  /* One colour for the run, validation dashed, per-batch values faint under the epoch line and
     their smoothed line lighter and thinner than it: the chart model's styles. */
  function traces(series, log) {
    const order = (s) => (s.level === "batch" ? 0 : 1) * 10 + ["train", "val", "test"].indexOf(s.split);
    const specs = [], tables = [];
    const hasEpoch = series.some((s) => s.level === "epoch");
    for (const s of [...series].sort((a, b) => order(a) - order(b))) {
      const xs = xsOf(s);
      const ys = log ? LS.positiveOnly(s.value) : s.value;
      const split = {train: "train", val: "validation", test: "test"}[s.split] || s.split;
      if (s.level === "batch" && hasEpoch) {
        specs.push({label: `${split} per batch`, stroke: LS.alpha(COLOUR, opts.smooth ? 0.15 : 0.3), width: 1, dash: DASH[s.split]});
        tables.push([xs, ys]);
        if (opts.smooth) {
          specs.push({label: `${split} per batch, smoothed`, stroke: LS.alpha(COLOUR, 0.55), width: 1.2, dash: DASH[s.split]});
          tables.push([xs, LS.ema(ys, opts.smooth)]);
        }
      } else {
        const smooth = s.level === "batch" && opts.smooth;
        if (smooth) { specs.push({label: `${split} raw`, stroke: LS.alpha(COLOUR, 0.25), width: 1}); tables.push([xs, ys]); }
        specs.push({label: split, stroke: COLOUR, width: 2.2, points: s.level === "epoch" && s.value.length <= 150,
                    dash: DASH[s.split]});
        tables.push([xs, smooth ? LS.ema(ys, opts.smooth) : ys]);
      }
    }
    return {specs, data: LS.join(tables)};
  }

  function countPoints(series) { return series.reduce((n, s) => n + s.value.length, 0); }

  /* x range on the current axis -> step range, read off the chart's longest series. */
  function stepRange(series, min, max) {
    const s = series.reduce((a, b) => (b.step.length > a.step.length ? b : a));
    const xs = xsOf(s);
    let lo = s.step[0], hi = s.step[s.step.length - 1];
    for (let i = 0; i < xs.length; i++) {
      if (xs[i] !== null && xs[i] <= min) lo = s.step[i];
      if (xs[i] !== null && xs[i] >= max) { hi = s.step[i]; break; }
    }
    return [lo, hi];
  }

  function newChart(ctx, metric, series, grid) {
    const box = LS.el("div", {class: "chart card", "data-metric": metric});
    grid.append(box);
    const chart = {metric, series, overview: series, box, zoomed: false};
    chart.log = isLog(ctx, metric);
    const t = traces(series, chart.log);
    chart.u = LS.chart(box, {
      title: metric + (chart.log ? " (log scale)" : ""), series: t.specs, data: t.data, log: chart.log, axis: opts.axis,
      markers: () => (ctx.read && ctx.read.markers) || [],
      onZoom: (u, min, max) => zoom(ctx, chart, min, max),
      onReset: () => reset(chart),
    });
    mark(chart);
    return chart;
  }

  function mark(chart) {
    chart.box.dataset.points = countPoints(chart.series);
    chart.box.dataset.zoomed = chart.zoomed ? "1" : "0";
    if (!LS.firstChartMarked) { LS.firstChartMarked = true; performance.mark("ls-first-chart"); }
  }

  /* The x extent of a chart's overview data on the current axis. */
  function extent(series) {
    let lo = Infinity, hi = -Infinity;
    for (const s of series) {
      for (const x of xsOf(s)) {
        if (x !== null && x < lo) lo = x;
        if (x !== null && x > hi) hi = x;
      }
    }
    return [lo, hi];
  }

  async function zoom(ctx, chart, min, max) {
    if (chart.dead) return;
    const [x0, x1] = extent(chart.overview), eps = (x1 - x0) * 1e-6;
    if (min <= x0 + eps && max >= x1 - eps) {  // a redraw or a reset, not a zoom
      if (chart.zoomed) reset(chart);
      return;
    }
    const [lo, hi] = stepRange(chart.overview, min, max);
    const ids = chart.series.map((s) => s.id).join(",");
    const got = await LS.api("run/data", {run: ctx.id, series: ids, lo, hi, buckets: ctx.buckets(),
                                          time: opts.axis === "time" ? 1 : 0});
    if (chart.dead) return;
    chart.series = got.series;
    chart.zoomed = true;
    const t = traces(chart.series, chart.log);
    chart.u._quiet = true;
    try { chart.u.setData(t.data, false); chart.u.setScale("x", {min, max}); } finally { chart.u._quiet = false; }
    mark(chart);
  }

  function reset(chart) {
    chart.series = chart.overview;
    chart.zoomed = false;
    LS.quietSetData(chart.u, traces(chart.series, chart.log).data, true);
    mark(chart);
  }

  /* The one value of a metric that never changes (a learning rate logged once), or null. */
  function constantOf(series) {
    const vals = series.flatMap((s) => s.value).filter((v) => v !== null);
    return vals.length && vals.every((v) => v === vals[0]) ? vals[0] : null;
  }

  function groupByMetric(series) {
    const groups = new Map();
    for (const s of series) {
      if (!groups.has(s.name)) groups.set(s.name, []);
      groups.get(s.name).push(s);
    }
    return groups;
  }

  function retire(c) {  // a destroyed chart must not act on a zoom timer still pending
    clearTimeout(c.u._zoomTimer);
    c.dead = true;
    c.u.destroy();
  }

  function drawAll(ctx) {
    ctx.charts.forEach(retire);
    ctx.grid.replaceChildren();
    ctx.probes.replaceChildren();
    ctx.charts = [];
    const groups = groupByMetric(ctx.data.series), constants = [];
    for (const [metric, series] of groups) {
      const value = constantOf(series);
      if (value !== null) constants.push(`${metric} = ${LS.fmt(value)}`);  // no chart for a flat line
      else if (!metric.startsWith("probe/")) ctx.charts.push(newChart(ctx, metric, series, ctx.grid));
    }
    ctx.constants.textContent = constants.length ? `constant: ${constants.join(", ")}` : "";
    const probes = [...groups.keys()].filter((m) => m.startsWith("probe/"));
    ctx.probesBox.hidden = !probes.length;
    for (const m of probes) ctx.charts.push(newChart(ctx, m, groups.get(m), ctx.probes));
    if (!groups.size) ctx.grid.append(LS.el("p", {class: "muted"}, "No points recorded yet."));
  }

  async function fetchData(ctx, axis = opts.axis) {
    ctx.data = await LS.api("run/data", {run: ctx.id, buckets: ctx.buckets(), time: axis === "time" ? 1 : 0});
  }

  /* New points arrived: extend the charts in place (zoomed ones stay as they are). */
  function update(ctx) {
    const groups = groupByMetric(ctx.data.series);
    const charted = [...groups.values()].filter((series) => constantOf(series) === null).length;
    const same = charted === ctx.charts.length && ctx.charts.every((c) => groups.has(c.metric)
      && groups.get(c.metric).length === c.overview.length);
    if (!same) return drawAll(ctx);
    for (const c of ctx.charts) {
      c.overview = groups.get(c.metric);
      if (c.zoomed) continue;
      c.series = c.overview;
      LS.quietSetData(c.u, traces(c.series, c.log).data, true);
      mark(c);
    }
  }

  function toolbar(ctx) {
    const axis = LS.el("select", {id: "x-axis", onchange: async (e) => {
      await fetchData(ctx, e.target.value); opts.axis = e.target.value; drawAll(ctx); }},
      ["epoch", "step", "time"].map((a) => LS.el("option", {value: a, selected: a === opts.axis}, a === "time" ? "wall time" : a)));
    const value = LS.el("span", {class: "num", id: "smooth-value"}, opts.smooth.toFixed(2));
    const slider = LS.el("input", {type: "range", id: "smoothing", min: 0, max: 0.99, step: 0.01, value: opts.smooth,
      oninput: (e) => { opts.smooth = +e.target.value; value.textContent = opts.smooth.toFixed(2); schedule(ctx); }});
    const log = LS.el("select", {id: "log-scale", onchange: (e) => { opts.log = e.target.value; drawAll(ctx); }},
      [["auto", "y axis: automatic"], ["on", "y axis: log (losses)"], ["off", "y axis: linear"]].map(([v, t]) =>
        LS.el("option", {value: v, selected: v === opts.log}, t)));
    return LS.el("div", {class: "toolbar"}, LS.el("label", {}, "x axis ", axis),
      LS.el("label", {}, "smoothing ", slider, value), log,
      LS.el("span", {class: "muted small"}, "drag across a chart to zoom (detail is fetched), double-click to reset"));
  }

  function schedule(ctx) {  // redraw at most once per frame while the slider moves
    if (ctx.pending) return;
    ctx.pending = requestAnimationFrame(() => { ctx.pending = 0; drawAll(ctx); });
  }

  async function refreshRead(ctx) {
    ctx.read = await LS.api("run/read", {run: ctx.id});
    ctx.side.querySelector("#read").replaceWith(LS.readPanel(ctx.read));
    for (const c of ctx.charts) c.u.redraw(false);
  }

  async function poll(ctx) {
    const run = await LS.api("run", {run: ctx.id});
    const total = run.series.reduce((n, s) => n + s.n, 0);
    ctx.head.replaceWith(ctx.head = LS.runHeader(run));
    if (total !== ctx.total) {
      ctx.total = total;
      await fetchData(ctx);
      update(ctx);
      refreshRead(ctx).catch((e) => console.warn("read:", e));
    }
    return run.status === "running";
  }

  /* Points per trace: about one bucket per pixel of a chart (two charts a row beside the side panel). */
  const buckets = () => Math.max(200, Math.min(2000, Math.round((window.innerWidth - 380) / 2)));

  LS.views.run = async function (view, id) {
    // the run and its points are fetched together: the first chart waits for one round trip only
    const [run, data] = await Promise.all([LS.api("run", {run: id}),
      LS.api("run/data", {run: id, buckets: buckets(), time: opts.axis === "time" ? 1 : 0})]);
    const hasEpochs = run.series.some((s) => s.level === "epoch" && s.n);
    if (!opts.axis || (!hasEpochs && opts.axis === "epoch")) opts.axis = data.axis || (hasEpochs ? "epoch" : "step");
    const ctx = {id: run.id, charts: [], read: null, total: run.series.reduce((n, s) => n + s.n, 0),
                 grid: LS.el("div", {class: "charts", id: "charts"}), probes: LS.el("div", {class: "charts"}),
                 side: LS.el("aside", {class: "side"}, LS.readPanel(null), LS.kvPanel("Config", run.config, "config"),
                                LS.kvPanel("Meta", run.meta, "meta")),
                 head: LS.runHeader(run), constants: LS.el("p", {class: "muted small", id: "constants"})};
    ctx.probesBox = LS.el("details", {class: "probes", hidden: true}, LS.el("summary", {}, "Probes (gradients, dead units, update ratios)"), ctx.probes);
    ctx.buckets = buckets;
    view.append(ctx.head, toolbar(ctx), LS.el("div", {class: "run-body"}, LS.el("div", {class: "main"}, ctx.constants, ctx.grid, ctx.probesBox), ctx.side));
    ctx.data = data;
    drawAll(ctx);
    refreshRead(ctx).catch((e) => console.warn("read:", e));
    let live = run.status === "running", busy = false, stopped = false;
    const timer = setInterval(async () => {
      if (!live || busy || stopped) return;
      busy = true;
      try { live = await poll(ctx); } catch (e) { console.warn("poll:", e); } finally { busy = false; }
    }, 1000);
    let resizeTimer;
    const onResize = () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(() => {
      for (const c of ctx.charts) c.u.setSize({width: Math.max(c.box.clientWidth - 2, 280), height: 240}); }, 150); };
    window.addEventListener("resize", onResize);
    return () => { stopped = true; clearInterval(timer); window.removeEventListener("resize", onResize);
                   ctx.charts.forEach(retire); };
  };
})();
