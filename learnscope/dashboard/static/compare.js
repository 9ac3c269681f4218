/* Compare: overlay the picked runs per metric, colour them by a config key, or group them
   as mean ± std per colour. */
"use strict";

(function () {
  const LS = window.LS;
  const opts = {colour: "run", grouped: false, log: false, axis: "epoch"};

  function colourValue(row, key) {
    if (key === "run") return row.name;
    if (key === "group") return row.group || "(none)";
    const v = LS.flatten(row.config)[key];
    return v === undefined ? "(unset)" : LS.fmt(v);
  }

  /* Config keys whose values differ across the runs first: those are worth colouring by. */
  function colourKeys(rows) {
    const flats = rows.map((r) => LS.flatten(r.config));
    const keys = [...new Set(flats.flatMap(Object.keys))].sort();
    const varies = (k) => new Set(flats.map((f) => JSON.stringify(f[k]))).size > 1;
    return ["run", "group", ...keys.filter(varies), ...keys.filter((k) => !varies(k))];
  }

  /* Mean and std across runs at each x (epoch level: exact x; step axis: 300 shared bins). */
  function aggregate(tables, binned) {
    const xsAll = tables.flatMap(([xs]) => xs.filter((x) => x !== null));
    const lo = Math.min(...xsAll), hi = Math.max(...xsAll), width = (hi - lo) / 300 || 1;
    const key = (x) => (binned ? lo + (Math.floor((x - lo) / width) + 0.5) * width : x);
    const perX = new Map();
    for (const [xs, ys] of tables) {
      const mine = new Map();
      xs.forEach((x, i) => {
        if (x === null || ys[i] === null) return;
        const k = key(x), m = mine.get(k) || [0, 0];
        mine.set(k, [m[0] + ys[i], m[1] + 1]);
      });
      for (const [k, [sum, n]] of mine) (perX.get(k) || perX.set(k, []).get(k)).push(sum / n);
    }
    const xs = [...perX.keys()].sort((a, b) => a - b);
    const stats = xs.map((x) => {
      const v = perX.get(x), mean = v.reduce((a, b) => a + b, 0) / v.length;
      const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
      return [mean, mean - sd, mean + sd];
    });
    return [xs, stats.map((s) => s[0]), stats.map((s) => s[1]), stats.map((s) => s[2])];
  }

  function chartFor(box, key, runs, colours) {
    const specs = [], tables = [], bands = [];
    const xOf = (s) => (opts.axis === "epoch" ? s.xe : s.step);
    const yOf = (s) => (opts.log ? LS.positiveOnly(s.value) : s.value);
    if (!opts.grouped) {
      for (const r of runs) {
        const s = r.byKey.get(key);
        if (!s) continue;
        const c = colours.get(colourValue(r.row, opts.colour));
        specs.push({label: `${r.row.name}` + (opts.colour === "run" ? "" : ` (${colourValue(r.row, opts.colour)})`),
                    stroke: c, width: 2, points: s.value.length <= 60});
        tables.push([xOf(s), yOf(s)]);
      }
    } else {
      for (const [value, c] of colours) {
        const members = runs.filter((r) => colourValue(r.row, opts.colour) === value && r.byKey.get(key));
        if (!members.length) continue;
        const [xs, mean, lower, upper] = aggregate(members.map((r) => [xOf(r.byKey.get(key)), yOf(r.byKey.get(key))]),
                                                   opts.axis !== "epoch" || members.some((r) => r.byKey.get(key).level === "batch"));
        const base = specs.length + 1;
        specs.push({label: `${value} mean (${members.length} runs)`, stroke: c, width: 2},
                   {label: `${value} +std`, stroke: LS.alpha(c, 0.35), width: 1},
                   {label: `${value} −std`, stroke: LS.alpha(c, 0.35), width: 1});
        tables.push([xs, mean], [xs, upper], [xs, lower]);
        bands.push({series: [base + 1, base + 2], fill: LS.alpha(c, 0.15)});
      }
    }
    if (!specs.length) return null;
    // grouped: the colour chips above say which band is which; a legend of ±std rows would only clutter
    return LS.chart(box, {title: key, series: specs, data: LS.join(tables), log: opts.log, axis: opts.axis, bands,
                          legend: !opts.grouped});
  }

  async function loadRuns(ids) {
    const all = (await LS.api("runs", {ids: ids.slice(0, 200).join(","), limit: 200})).runs;
    const rows = ids.map((id) => all.find((r) => r.id === id)).filter(Boolean);
    return Promise.all(rows.map(async (row) => {
      const hasEpoch = Object.keys(row.metrics).some((k) => k.endsWith("@epoch"));
      const data = await LS.api("run/data", {run: row.id, level: hasEpoch ? "epoch" : "batch", buckets: 600});
      const byKey = new Map();
      for (const s of data.series) {
        if (!s.name.startsWith("probe/")) byKey.set(s.split === "train" ? s.name : `${s.split}_${s.name}`, s);
      }
      return {row, byKey};
    }));
  }

  function controls(keys, redraw) {
    const colour = LS.el("select", {id: "colour-by", onchange: (e) => { opts.colour = e.target.value; redraw(); }},
      keys.map((k) => LS.el("option", {value: k, selected: k === opts.colour}, k)));
    const grouped = LS.el("input", {type: "checkbox", id: "grouped", checked: opts.grouped,
      onchange: (e) => { opts.grouped = e.target.checked; redraw(); }});
    const axis = LS.el("select", {id: "cmp-axis", onchange: (e) => { opts.axis = e.target.value; redraw(); }},
      ["epoch", "step"].map((a) => LS.el("option", {value: a, selected: a === opts.axis}, a)));
    const log = LS.el("input", {type: "checkbox", id: "cmp-log", checked: opts.log,
      onchange: (e) => { opts.log = e.target.checked; redraw(); }});
    return LS.el("div", {class: "toolbar"}, LS.el("label", {}, "colour by ", colour),
      LS.el("label", {}, grouped, " mean ± std per colour"), LS.el("label", {}, "x axis ", axis),
      LS.el("label", {}, log, " log scale"));
  }

  LS.views.compare = async function (view, arg) {
    const picked0 = arg || JSON.parse(sessionStorage.getItem("ls-selected") || "[]").join(",");
    const ids = picked0.split(",").filter((s) => /^[0-9a-f]{4,32}$/.test(s));
    if (!ids.length) {
      view.append(LS.el("p", {class: "card"}, "Tick runs in the ", LS.el("a", {href: "#/"}, "runs list"),
                        " and press “Compare selected” to overlay them here."));
      return null;
    }
    const runs = await loadRuns(ids);
    if (!opts.colour || !colourKeys(runs.map((r) => r.row)).includes(opts.colour)) opts.colour = "run";
    const legend = LS.el("div", {class: "legend-chips", id: "colour-legend"});
    const grid = LS.el("div", {class: "charts", id: "compare-charts"});
    let charts = [];
    function redraw() {
      charts.forEach((u) => u.destroy());
      grid.replaceChildren();
      const values = [...new Set(runs.map((r) => colourValue(r.row, opts.colour)))];
      const colours = new Map(values.map((v, i) => [v, LS.PALETTE[i % LS.PALETTE.length]]));
      const members = (v) => runs.filter((r) => colourValue(r.row, opts.colour) === v).length;
      legend.replaceChildren(LS.el("b", {}, `colour: ${opts.colour}`), ...[...colours].map(([v, c]) =>
        LS.el("span", {class: "chip"}, LS.el("i", {style: `background:${c}`}), opts.grouped ? `${v} (${members(v)} runs)` : v)),
        opts.grouped ? LS.el("span", {class: "muted small"}, "line: mean of the runs · band: ± 1 standard deviation") : null);
      const keys = [...new Set(runs.flatMap((r) => [...r.byKey.keys()]))];
      keys.sort((a, b) => a.replace(/^(val|test)_/, "").localeCompare(b.replace(/^(val|test)_/, "")) || a.localeCompare(b));
      charts = keys.map((k) => {
        const box = LS.el("div", {class: "chart card", "data-metric": k});
        grid.append(box);
        return chartFor(box, k, runs, colours);
      }).filter(Boolean);
    }
    const picked = LS.el("div", {class: "picked"}, "Runs: ", runs.map((r) => LS.el("span", {class: "chip"},
      LS.el("a", {href: `#/run/${r.row.id}`}, `${r.row.project}/${r.row.name}`),
      LS.el("a", {href: `#/compare/${ids.filter((i) => i !== r.row.id).join(",")}`, class: "remove", title: "remove"}, "×"))));
    view.append(LS.el("h2", {}, `Compare ${runs.length} runs`), picked, controls(colourKeys(runs.map((r) => r.row)), redraw), legend, grid);
    redraw();
    return () => charts.forEach((u) => u.destroy());
  };
})();
