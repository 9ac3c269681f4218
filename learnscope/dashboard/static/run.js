/* The run view: the run's chart model (/api/run/chart) drawn by the shared lschart.js, as the
   figure, the report and the compare page draw it; the read (with its marks), the config,
   live updates while the run is recording, detail fetched for a zoomed range. */
"use strict";

(function () {
  const LS = window.LS;
  const opts = {x: null, smoothing: 0, log: "auto"};

  /* Points per trace: about one bucket per pixel of a chart (two charts a row beside the side panel). */
  const buckets = () => Math.max(200, Math.min(2000, Math.round((window.innerWidth - 380) / 2)));

  function fetchChart(ctx, range) {
    return LS.api("run/chart", {run: ctx.id, x: opts.x || undefined, smoothing: opts.smoothing || undefined,
                                log: opts.log, buckets: buckets(), ...(range || {})});
  }

  /* The read's marks on the drawn x axis (none until the read is in). */
  const marksOf = (ctx) => (ctx.read && ctx.read.marks && ctx.model ? ctx.read.marks[ctx.model.x] || null : null);

  function markFirst() {  // once the first chart has been painted
    if (!LS.firstChartMarked) {
      LS.firstChartMarked = true;
      requestAnimationFrame(() => setTimeout(() => performance.mark("ls-first-chart"), 0));
    }
  }

  function clear(ctx) {
    ctx.generation += 1;  // a zoom still fetching must not draw into charts that are gone
    for (const d of [ctx.drawn, ctx.probesDrawn]) if (d) d.destroy();
    ctx.drawn = ctx.probesDrawn = null;
    ctx.box.replaceChildren();
    ctx.probes.replaceChildren();
  }

  function draw(ctx, got) {
    clear(ctx);
    ctx.model = got.model;
    ctx.probesModel = got.probes;
    ctx.probesBox.hidden = !got.probes;
    if (!got.model) { ctx.box.append(LS.el("p", {class: "muted"}, "No points recorded yet.")); return; }
    opts.x = got.model.x;
    ctx.axisSelect.value = got.model.x;
    got.model.marks = marksOf(ctx);
    const zoomable = {onZoom: (u, metric, min, max) => zoom(ctx, u, metric, min, max).catch((e) => console.warn("zoom:", e)),
                      onReset: (u, metric) => reset(ctx, u, metric)};
    ctx.drawn = LSChart.draw(got.model, ctx.box, {height: 240, sync: "run", progressive: true, onFirstChart: markFirst,
                                                   ...zoomable});
    if (got.probes) ctx.probesDrawn = LSChart.draw(got.probes, ctx.probes, {height: 220, sync: "run-probes"});
    for (const box of ctx.box.querySelectorAll(".ls-panel")) box.dataset.zoomed = "0";
  }

  const charts = (ctx) => [ctx.drawn, ctx.probesDrawn].flatMap((d) => (d ? d.charts : []));
  const panelOf = (ctx, metric) => [ctx.model, ctx.probesModel].flatMap((m) => (m ? m.panels : []))
    .find((p) => p.metric === metric);

  /* The x extent of a panel's overview points. */
  function extent(panel) {
    let lo = Infinity, hi = -Infinity;
    for (const t of panel.traces) for (const x of t.x) {
      if (x !== null && x < lo) lo = x;
      if (x !== null && x > hi) hi = x;
    }
    return [lo, hi];
  }

  async function zoom(ctx, u, metric, min, max) {
    const overview = panelOf(ctx, metric), box = u.root.parentNode, generation = ctx.generation;
    if (!overview) return;
    const [x0, x1] = extent(overview), eps = (x1 - x0) * 1e-6;
    if (min <= x0 + eps && max >= x1 - eps) {  // a redraw or a reset, not a zoom
      if (box.dataset.zoomed === "1") reset(ctx, u, metric);
      return;
    }
    const got = await detailOf(ctx, min, max);
    const detail = got.model && [got.model, got.probes].flatMap((m) => (m ? m.panels : [])).find((p) => p.metric === metric);
    if (generation !== ctx.generation || !detail) return;
    LSChart.setPanel(u, detail, false);
    u._quiet = true;
    try { u.setScale("x", {min, max}); } finally { u._quiet = false; }
    box.dataset.zoomed = "1";
  }

  /* The detail of a range, fetched once for all the charts zoomed together (their x axes are synced). */
  function detailOf(ctx, min, max) {
    const key = `${ctx.generation}:${min}:${max}`;
    if (!ctx.detail || ctx.detail.key !== key) ctx.detail = {key, promise: fetchChart(ctx, {from: min, to: max})};
    return ctx.detail.promise;
  }

  function reset(ctx, u, metric) {
    const overview = panelOf(ctx, metric);
    if (overview) LSChart.setPanel(u, overview, true);
    u.root.parentNode.dataset.zoomed = "0";
  }

  async function redraw(ctx) {
    draw(ctx, await fetchChart(ctx));
  }

  /* New points arrived: the same picture is extended in place (zoomed charts keep their range). */
  async function update(ctx) {
    const got = await fetchChart(ctx);
    const zoomed = (u) => u.root.parentNode.dataset.zoomed === "1";
    const fits = ctx.drawn && got.model && ctx.drawn.update(got.model, zoomed)
      && (!got.probes ? !ctx.probesDrawn : ctx.probesDrawn && ctx.probesDrawn.update(got.probes, zoomed));
    if (!fits) return draw(ctx, got);
    ctx.model = got.model;
    ctx.probesModel = got.probes;
  }

  function toolbar(ctx) {
    const redrawSoon = () => redraw(ctx).catch(showError(ctx));
    ctx.axisSelect = LS.el("select", {id: "x-axis", onchange: (e) => { opts.x = e.target.value; redrawSoon(); }},
      ["epoch", "step", "time"].map((a) => LS.el("option", {value: a, selected: a === opts.x}, a === "time" ? "wall time" : a)));
    const value = LS.el("span", {class: "num", id: "smooth-value"}, opts.smoothing.toFixed(2));
    let timer;
    const slider = LS.el("input", {type: "range", id: "smoothing", min: 0, max: 0.95, step: 0.05, value: opts.smoothing,
      oninput: (e) => {  // redrawn once the slider rests a moment (the server smooths, as for the figure)
        value.textContent = (+e.target.value).toFixed(2);
        clearTimeout(timer);
        timer = setTimeout(() => { opts.smoothing = +e.target.value; redrawSoon(); }, 200);
      }});
    const log = LS.el("select", {id: "log-scale", onchange: (e) => { opts.log = e.target.value; redrawSoon(); }},
      [["auto", "y axis: automatic"], ["on", "y axis: log (losses)"], ["off", "y axis: linear"]].map(([v, t]) =>
        LS.el("option", {value: v, selected: v === opts.log}, t)));
    return LS.el("div", {class: "toolbar"}, LS.el("label", {}, "x axis ", ctx.axisSelect),
      LS.el("label", {}, "smoothing ", slider, value), log,
      LS.el("span", {class: "muted small"}, "drag across a chart to zoom (detail is fetched), double-click to reset"));
  }

  const showError = (ctx) => (e) => ctx.box.replaceChildren(LS.el("p", {class: "error", text: String(e.message || e)}));

  async function refreshRead(ctx) {
    ctx.read = await LS.api("run/read", {run: ctx.id});
    ctx.side.querySelector("#read").replaceWith(LS.readPanel(ctx.read));
    if (ctx.drawn) ctx.drawn.setMarks(marksOf(ctx));
  }

  async function poll(ctx) {
    const run = await LS.api("run", {run: ctx.id});
    const total = run.series.reduce((n, s) => n + s.n, 0);
    ctx.head.replaceWith(ctx.head = LS.runHeader(run));
    if (total !== ctx.total) {
      ctx.total = total;
      await update(ctx);
      refreshRead(ctx).catch((e) => console.warn("read:", e));
    }
    return run.status === "running";
  }

  LS.views.run = async function (view, id) {
    // the run and its chart are fetched together: the first chart waits for one round trip only
    const ctx = {id, generation: 0, read: null, drawn: null, probesDrawn: null,
                 box: LS.el("div", {class: "run-charts", id: "charts"}), probes: LS.el("div", {class: "run-probes"})};
    const [run, got] = await Promise.all([LS.api("run", {run: id}), fetchChart(ctx)]);
    Object.assign(ctx, {id: run.id, total: run.series.reduce((n, s) => n + s.n, 0),
      side: LS.el("aside", {class: "side"}, LS.readPanel(null), LS.kvPanel("Config", run.config, "config"),
                  LS.kvPanel("Meta", run.meta, "meta")),
      head: LS.runHeader(run)});
    ctx.probesBox = LS.el("details", {class: "probes", hidden: true},
      LS.el("summary", {}, "Probes (gradients, dead units, update ratios)"), ctx.probes);
    view.append(ctx.head, toolbar(ctx), LS.el("div", {class: "run-body"}, LS.el("div", {class: "main"}, ctx.box, ctx.probesBox), ctx.side));
    draw(ctx, got);
    refreshRead(ctx).catch((e) => console.warn("read:", e));
    let live = run.status === "running", busy = false, stopped = false;
    const timer = setInterval(async () => {
      if (!live || busy || stopped) return;
      busy = true;
      try { live = await poll(ctx); } catch (e) { console.warn("poll:", e); } finally { busy = false; }
    }, 1000);
    return () => { stopped = true; clearInterval(timer); clear(ctx); };
  };
})();
