// learnscope HTML report: the charts (drawn by the shared lschart.js), reads and config table.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const el = LSChart.el, fmt = LSChart.fmt;

  function swatch(colour) { return el("span", {class: "swatch", style: `background:${colour}`}); }

  // ---- reads ------------------------------------------------------------------
  function drawReads() {
    const box = document.getElementById("reads");
    const withRead = data.runs.filter((r) => r.read);
    if (!withRead.length) {
      box.append(el("p", {class: "hint"}, "No read: the read module is not available in this installation."));
      return;
    }
    const grid = el("div", {class: "reads"});
    withRead.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
    for (const run of withRead) grid.append(readCard(run));
    box.append(grid);
    if (withRead.length < data.runs.length) {
      box.append(el("p", {class: "hint"}, `The reads of the best ${withRead.length} of ${data.runs.length} runs; ` +
        "the verdict of every trial is in the hyperparameter view above."));
    }
  }

  function readCard(run) {
    const r = run.read;
    const card = el("div", {class: "read", style: `border-left-color:${run.colour}`});
    card.append(el("h3", {}, swatch(run.colour), run.label));
    const facts = [el("span", {class: "verdict"}, r.verdict.replace(/_/g, " "))];
    if (r.best_epoch != null) facts.push(` · best epoch ${r.best_epoch}`);
    if (r.early_stop_epoch != null) facts.push(` · early stop at ${r.early_stop_epoch}`);
    if (r.best_epoch == null && r.best_step != null) facts.push(` · best step ${r.best_step.toLocaleString("en-US")}${r.best_tokens != null ? ` (${r.best_tokens.toLocaleString("en-US")} tokens)` : ""}`);
    if (r.early_stop_epoch == null && r.early_stop_step != null) facts.push(` · early stop at step ${r.early_stop_step.toLocaleString("en-US")}`);
    card.append(el("div", {}, ...facts));
    const lines = (r.summary && r.summary.lines) || [];  // the plain-words summary of the read
    if (lines.length) card.append(el("div", {class: "summary"}, ...lines.map((t) => el("p", {}, t))));
    const list = el("ul");
    for (const f of r.findings) {
      const where = f.epoch != null ? ` (epoch ${f.epoch})` : f.step != null ? ` (step ${f.step.toLocaleString("en-US")})` : "";
      list.append(el("li", {}, el("span", {class: `badge ${f.severity}`}, f.code.replace(/_/g, " ")), " " + f.message + where));
    }
    if (r.findings.length) card.append(list);
    return card;
  }

  // ---- config -----------------------------------------------------------------
  function drawConfig() {
    const table = document.getElementById("config");
    const keys = [...new Set(data.runs.flatMap((r) => Object.keys(r.config)))];
    if (!keys.length) { document.getElementById("config-section").hidden = true; return; }
    const show = (v) => (v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v)
      : typeof v === "number" ? fmt(v) : String(v));
    const runs = data.runs.length > 40 ? [...data.runs].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)).slice(0, 40) : data.runs;
    table.append(el("tr", {}, el("th", {}, "key"), ...runs.map((r) => el("th", {}, swatch(r.colour), r.label))));
    for (const k of keys) {
      const values = runs.map((r) => show(r.config[k]));
      const differs = new Set(values).size > 1;
      table.append(el("tr", differs ? {class: "differs"} : {}, el("td", {}, k), ...values.map((v) => el("td", {}, v))));
    }
    if (runs.length < data.runs.length) {
      table.parentNode.append(el("p", {class: "hint"}, `The configs of the best ${runs.length} of ${data.runs.length} runs.`));
    }
  }

  function drawSubtitle() {
    const n = data.runs.length;
    document.getElementById("subtitle").textContent = `${n} run${n > 1 ? "s" : ""} · generated ${data.generated}`;
    document.getElementById("hint").textContent = (n > 1 ? "One colour per run; " : "") +
      "validation dashed; faint lines are per-batch values. Hover a chart to read values; drag to zoom, double-click to reset.";
  }

  drawSubtitle();
  LSChart.draw(data.chart, document.getElementById("charts"), {});
  drawReads();
  drawConfig();
  window.learnscopeReportReady = true;
})();
