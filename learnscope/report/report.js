// learnscope HTML report: draws the charts, reads and config table from the inlined JSON.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const SYNC = uPlot.sync("learnscope");
  const EPOCH_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else if (k === "style") node.style.cssText = v; else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function fmt(v) {
    if (v == null || !isFinite(v)) return "–";
    const a = Math.abs(v);
    return (a !== 0 && (a < 1e-3 || a >= 1e5)) ? v.toExponential(2) : String(+v.toPrecision(4));
  }

  function alpha(hex, a) {
    const n = parseInt(hex.slice(1), 16);
    return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
  }

  function swatch(colour) { return el("span", { class: "swatch", style: `background:${colour}` }); }

  // ---- reads ------------------------------------------------------------------
  function drawReads() {
    const box = document.getElementById("reads");
    const withRead = data.runs.filter(r => r.read);
    if (!withRead.length) {
      box.append(el("p", { class: "hint" }, "No read: the read module is not available in this installation."));
      return;
    }
    const grid = el("div", { class: "reads" });
    for (const run of withRead) grid.append(readCard(run));
    box.append(grid);
  }

  function readCard(run) {
    const r = run.read;
    const card = el("div", { class: "read", style: `border-left-color:${run.colour}` });
    card.append(el("h3", {}, swatch(run.colour), run.label));
    const facts = [el("span", { class: "verdict" }, r.verdict.replace(/_/g, " "))];
    if (r.best_epoch != null) facts.push(` · best epoch ${r.best_epoch}`);
    if (r.early_stop_epoch != null) facts.push(` · early stop at ${r.early_stop_epoch}`);
    if (r.best_epoch == null && r.best_step != null) facts.push(` · best step ${r.best_step.toLocaleString("en-US")}`);
    if (r.early_stop_epoch == null && r.early_stop_step != null) facts.push(` · early stop at step ${r.early_stop_step.toLocaleString("en-US")}`);
    card.append(el("div", {}, ...facts));
    const list = el("ul");
    for (const f of r.findings) {
      const where = f.epoch != null ? ` (epoch ${f.epoch})` : f.step != null ? ` (step ${f.step.toLocaleString("en-US")})` : "";
      list.append(el("li", {}, el("span", { class: `badge ${f.severity}` }, f.code.replace(/_/g, " ")), f.message + where));
    }
    if (r.findings.length) card.append(list);
    return card;
  }

  // ---- charts -----------------------------------------------------------------
  function seriesOpts(line) {
    const faint = line.kind === "batch" || line.kind === "band";
    return {
      label: line.label,
      stroke: faint ? alpha(line.colour, line.kind === "batch" ? 0.3 : 0.0) : line.colour,
      width: faint ? 1 : 2,
      dash: line.dash,
      spanGaps: false,
      points: { show: false },
      value: (u, v) => fmt(v),
      class: `kind-${line.kind}`,
    };
  }

  function marksPlugin(marks) {
    return { hooks: { draw: [u => {
      if (!marks) return;
      const { ctx } = u, { left, top, width, height } = u.bbox;
      const x = v => u.valToPos(v, "x", true);
      ctx.save();
      if (marks.overfit != null) {
        ctx.fillStyle = "rgba(213, 94, 0, 0.08)";
        const x0 = Math.max(left, x(marks.overfit));
        ctx.fillRect(x0, top, left + width - x0, height);
      }
      const vline = (v, colour, dash) => {
        if (v == null) return;
        ctx.strokeStyle = colour; ctx.lineWidth = 1.5 * uPlot.pxRatio; ctx.setLineDash(dash);
        ctx.beginPath(); ctx.moveTo(x(v), top); ctx.lineTo(x(v), top + height); ctx.stroke();
      };
      vline(marks.best, "#009E73", [3, 3]);
      vline(marks.nonfinite, "#D55E00", []);
      ctx.restore();
    }] } };
  }

  function chartSize(box) {
    const w = Math.max(260, box.clientWidth - 16);
    return { width: w, height: Math.round(Math.min(300, Math.max(200, w * 0.55))) };
  }

  function drawChart(chart, box) {
    const tables = chart.lines.map(l => [l.x, l.y]);
    const aligned = uPlot.join(tables);
    const opts = {
      ...chartSize(box),
      series: [{ label: data.xlabel, value: (u, v) => fmt(v) }, ...chart.lines.map(seriesOpts)],
      bands: chart.bands.map(([hi, lo]) => ({ series: [hi + 1, lo + 1], fill: alpha(chart.lines[hi].colour, 0.18) })),
      scales: { x: { time: false }, y: chart.log ? { distr: 3 } : {} },
      axes: [{ label: data.xlabel, size: 40, labelSize: 18, incrs: data.xlabel === "epoch" ? EPOCH_STEPS : undefined },
             { size: 56, values: (u, vals) => vals.map(fmt) }],
      cursor: { sync: { key: SYNC.key } },
      legend: { live: true },
      plugins: [marksPlugin(data.marks)],
    };
    const plot = new uPlot(opts, aligned, box);
    // the ±1 std edges only bound the band: no legend rows of their own
    const rows = plot.root.querySelectorAll(".u-legend .u-series");
    chart.lines.forEach((l, i) => { if (l.kind === "band" && rows[i + 1]) rows[i + 1].style.display = "none"; });
    new ResizeObserver(() => plot.setSize(chartSize(box))).observe(box);
    return plot;
  }

  function drawCharts() {
    const grid = document.getElementById("charts");
    for (const chart of data.charts) {
      const box = el("div", { class: "chart", "data-metric": chart.metric });
      box.append(el("h3", {}, chart.title, chart.log ? el("span", { class: "scale" }, " (log scale)") : ""));
      grid.append(box);
      drawChart(chart, box);
    }
  }

  // ---- config -----------------------------------------------------------------
  function drawConfig() {
    const table = document.getElementById("config");
    const keys = [...new Set(data.runs.flatMap(r => Object.keys(r.config)))];
    if (!keys.length) { document.getElementById("config-section").hidden = true; return; }
    const show = v => v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    table.append(el("tr", {}, el("th", {}, "key"), ...data.runs.map(r => el("th", {}, swatch(r.colour), r.label))));
    for (const k of keys) {
      const values = data.runs.map(r => show(r.config[k]));
      const differs = new Set(values).size > 1;
      table.append(el("tr", differs ? { class: "differs" } : {}, el("td", {}, k), ...values.map(v => el("td", {}, v))));
    }
  }

  function drawSubtitle() {
    const n = data.runs.length;
    const hint = data.runs.length > 1 ? "One colour per run; validation dashed. " : "Validation dashed. ";
    document.getElementById("subtitle").textContent = `${n} run${n > 1 ? "s" : ""} · generated ${data.generated}`;
    document.getElementById("hint").textContent = hint +
      "Faint lines are per-batch values; click a legend entry to hide a line; hover to read values.";
  }

  drawSubtitle();
  drawReads();
  drawCharts();
  drawConfig();
  window.learnscopeReportReady = true;
})();
