/* Compare: the chart model of the picked runs (or of a whole group: #/compare/group=NAME),
   from /api/chart, drawn by the shared lschart.js exactly as the report draws it. */
"use strict";

(function () {
  const LS = window.LS;
  const opts = {log: "auto", smoothing: 0};

  function target(arg) {
    const m = /^group=(.+)$/.exec(arg || "");
    if (m) return {group: m[1]};
    const picked = arg || JSON.parse(sessionStorage.getItem("ls-selected") || "[]").join(",");
    const ids = picked.split(",").filter((s) => /^[0-9a-f]{4,32}$/.test(s));
    return ids.length ? {runs: ids.join(",")} : null;
  }

  function controls(redraw) {
    const log = LS.el("select", {id: "cmp-log", onchange: (e) => { opts.log = e.target.value; redraw(); }},
      [["auto", "y axis: automatic"], ["on", "y axis: log (losses)"], ["off", "y axis: linear"]].map(([v, t]) =>
        LS.el("option", {value: v, selected: v === opts.log}, t)));
    const value = LS.el("span", {class: "num", id: "cmp-smooth-value"}, opts.smoothing.toFixed(2));
    const slider = LS.el("input", {type: "range", id: "cmp-smoothing", min: 0, max: 0.95, step: 0.05, value: opts.smoothing,
      oninput: (e) => { value.textContent = (+e.target.value).toFixed(2); },
      onchange: (e) => { opts.smoothing = +e.target.value; redraw(); }});
    return LS.el("div", {class: "toolbar"}, log, LS.el("label", {}, "smoothing ", slider, value),
      LS.el("span", {class: "muted small"}, "the same picture as `learnscope plot` and the report; drag to zoom, double-click to reset"));
  }

  /* The runs compared: chips when few, a count and the group when many (a sweep of 1,000). */
  function picked(model, t) {
    const ids = model.entities.flatMap((e) => e.runs);
    if (ids.length > 12) {
      return LS.el("p", {class: "picked muted"}, `${ids.length} runs` + (t.group ? ` of group ${t.group}` : "") +
        `, drawn as ${model.entities.length} lines.`);
    }
    return LS.el("div", {class: "picked"}, "Runs: ", model.entities.map((e) => LS.el("span", {class: "chip"},
      LS.el("i", {style: `background:${e.colour}`}),
      e.runs.length === 1 ? LS.el("a", {href: `#/run/${e.runs[0]}`}, e.label) : e.label,
      e.runs.length === 1 && !t.group ? LS.el("a", {href: `#/compare/${ids.filter((i) => i !== e.runs[0]).join(",")}`,
                                                   class: "remove", title: "remove"}, "×") : null)));
  }

  LS.views.compare = async function (view, arg) {
    const t = target(arg);
    if (!t) {
      view.append(LS.el("p", {class: "card"}, "Tick runs in the ", LS.el("a", {href: "#/"}, "runs list"),
                        " and press “Compare selected” to see them side by side here."));
      return null;
    }
    const body = LS.el("div", {id: "compare-charts"});
    const head = LS.el("div", {});
    let drawn = null;
    async function redraw() {
      const model = await LS.api("chart", {...t, log: opts.log, smoothing: opts.smoothing || ""});
      if (drawn) drawn.destroy();
      body.replaceChildren();
      head.replaceChildren(LS.el("h2", {}, model.title), picked(model, t));
      // the first chart is painted before the rest is built (a sweep of 1,000 runs: hundreds of SVG marks);
      // the mark is taken once it has been painted, not merely created
      drawn = LSChart.draw(model, body, {height: 260, progressive: true, onFirstChart: () => {
        if (!LS.firstChartMarked) {
          LS.firstChartMarked = true;
          requestAnimationFrame(() => setTimeout(() => performance.mark("ls-first-chart"), 0));
        }
      }});
      await drawn.ready;
      body.dataset.ready = "1";
    }
    view.append(head, controls(() => redraw().catch(showError)), body);
    const showError = (e) => body.replaceChildren(LS.el("p", {class: "error", text: String(e.message || e)}));
    await redraw();
    return () => { if (drawn) drawn.destroy(); };
  };
})();
