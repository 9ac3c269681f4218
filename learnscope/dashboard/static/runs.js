/* The runs list: filter by text and config, sort by any column, pick runs to compare. */
"use strict";

(function () {
  const LS = window.LS;
  LS.views = LS.views || {};
  const state = {sort: {key: "created", dir: -1}, text: "", config: "", metric: null,
                 selected: new Set(JSON.parse(sessionStorage.getItem("ls-selected") || "[]"))};

  /* {"a": {"b": 1}} -> {"a.b": 1}, so nested configs filter and colour like flat ones. */
  LS.flatten = function (obj, prefix = "", out = {}) {
    for (const [k, v] of Object.entries(obj || {})) {
      if (v && typeof v === "object" && !Array.isArray(v)) LS.flatten(v, prefix + k + ".", out);
      else out[prefix + k] = v;
    }
    return out;
  };

  /* "lr<0.01, optimizer=adam" -> a predicate over flat configs. */
  function configFilter(text) {
    const terms = text.split(/[,\s]+/).filter(Boolean).map((t) => t.match(/^([^=<>!~]+)(!=|>=|<=|=|<|>|~)(.*)$/));
    if (terms.some((t) => !t)) return {error: "write filters as key=value, key>value, key<value, key!=value, key~text"};
    return {test: (cfg) => terms.every(([, key, op, want]) => {
      const have = cfg[key.trim()];
      if (have === undefined) return op === "!=";
      const a = Number(have), b = Number(want), numeric = want !== "" && !isNaN(a) && !isNaN(b);
      const h = String(have);
      switch (op) {
        case "=": return numeric ? a === b : h === want;
        case "!=": return numeric ? a !== b : h !== want;
        case ">": return numeric && a > b;
        case "<": return numeric && a < b;
        case ">=": return numeric && a >= b;
        case "<=": return numeric && a <= b;
        default: return h.toLowerCase().includes(want.toLowerCase());
      }
    })};
  }

  const COLUMNS = [
    ["project", "project", (r) => r.project], ["group", "group", (r) => r.group || ""],
    ["name", "name", (r) => r.name], ["status", "status", (r) => r.status],
    ["created", "started", (r) => r.created], ["duration", "duration", (r) => r.duration],
    ["epochs", "epochs", (r) => r.epochs], ["last", "last", (r) => metricOf(r, "last")],
    ["best", "best", (r) => metricOf(r, "best")], ["verdict", "verdict", (r) => r.verdict || ""],
  ];

  function metricOf(row, field) {
    const m = row.metrics[state.metric];
    return m ? m[field] : null;
  }

  function chooseMetric(rows) {
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))].sort();
    if (!keys.includes(state.metric)) {
      state.metric = ["val_loss@epoch", "loss@epoch", "loss@batch"].find((k) => keys.includes(k)) || keys[0] || null;
    }
    return keys;
  }

  function visible(rows, filter) {
    const text = state.text.toLowerCase();
    const out = rows.filter((r) => {
      const hay = [r.project, r.group, r.name, r.status, r.verdict, r.id].join(" ").toLowerCase();
      return (!text || hay.includes(text)) && (!filter.test || filter.test(LS.flatten(r.config)));
    });
    const get = COLUMNS.find((c) => c[0] === state.sort.key)[2];
    const num = (v) => (typeof v === "number" ? v : typeof v === "string" && v !== "" && !isNaN(+v) ? +v : null);
    return out.sort((a, b) => {
      const x = get(a), y = get(b), nx = num(x), ny = num(y);
      if (nx !== null && ny !== null) return (nx - ny) * state.sort.dir;
      if (x === null || x === undefined || x === "") return 1;
      if (y === null || y === undefined || y === "") return -1;
      return String(x).localeCompare(String(y)) * state.sort.dir;
    });
  }

  function headerRow(rerender) {
    const cells = COLUMNS.map(([key, label]) => {
      const arrow = state.sort.key === key ? (state.sort.dir > 0 ? " ▲" : " ▼") : "";
      const shown = key === "last" || key === "best" ? `${label} ${(state.metric || "").replace("@", " · ")}` : label;
      const cls = ["duration", "epochs", "last", "best"].includes(key) ? "sortable num" : "sortable";
      return LS.el("th", {class: cls, "data-key": key, onclick: () => {
        state.sort = {key, dir: state.sort.key === key ? -state.sort.dir : (key === "created" ? -1 : 1)};
        rerender();
      }}, shown + arrow);
    });
    return LS.el("tr", {}, LS.el("th", {}, ""), cells);
  }

  function bodyRow(r, onSelect) {
    const box = LS.el("input", {type: "checkbox", "data-id": r.id, checked: state.selected.has(r.id),
                                onchange: (e) => onSelect(r.id, e.target.checked)});
    const verdict = r.verdict_known ? (r.verdict || "—").replace(/_/g, " ") : "…";
    return LS.el("tr", {"data-id": r.id},
      LS.el("td", {}, box), LS.el("td", {}, r.project), LS.el("td", {}, r.group || ""),
      LS.el("td", {}, LS.el("a", {href: `#/run/${r.id}`, class: "run-link"}, r.name)),
      LS.el("td", {}, LS.el("span", {class: `status ${r.status}`}, r.status)),
      LS.el("td", {class: "nowrap"}, LS.when(r.created)), LS.el("td", {class: "num"}, LS.duration(r.duration)),
      LS.el("td", {class: "num"}, r.epochs || ""), LS.el("td", {class: "num"}, LS.fmt(metricOf(r, "last"))),
      LS.el("td", {class: "num"}, LS.fmt(metricOf(r, "best"))),
      LS.el("td", {}, LS.el("span", {class: `verdict v-${r.verdict || "none"}`, "data-verdict": r.id}, verdict)));
  }

  async function fillVerdicts(rows, table) {
    const missing = rows.filter((r) => !r.verdict_known).map((r) => r.id);
    for (let i = 0; i < missing.length; i += 20) {
      const got = (await LS.api("verdicts", {runs: missing.slice(i, i + 20).join(",")})).verdicts;
      for (const r of rows) if (r.id in got) { r.verdict = got[r.id]; r.verdict_known = true; }
      for (const [id, v] of Object.entries(got)) {
        const cell = table.querySelector(`[data-verdict="${id}"]`);
        if (cell) { cell.textContent = (v || "—").replace(/_/g, " "); cell.className = `verdict v-${v || "none"}`; }
      }
    }
  }

  LS.views.runs = async function (view) {
    let rows = [];
    const table = LS.el("table", {class: "runs", id: "runs-table"});
    const count = LS.el("span", {class: "muted", id: "runs-count"});
    const error = LS.el("span", {class: "error"});
    const metric = LS.el("select", {id: "metric", onchange: (e) => { state.metric = e.target.value; rerender(); }});
    const compare = LS.el("button", {id: "compare-btn", onclick: () => LS.go(`#/compare/${[...state.selected].join(",")}`)});
    const onSelect = (id, on) => {
      on ? state.selected.add(id) : state.selected.delete(id);
      sessionStorage.setItem("ls-selected", JSON.stringify([...state.selected]));
      updateCompare();
    };
    function updateCompare() {
      const n = [...state.selected].filter((id) => rows.some((r) => r.id === id)).length;
      compare.textContent = `Compare selected (${n})`;
      compare.disabled = n < 1;
    }
    function rerender() {
      const filter = configFilter(state.config);
      error.textContent = filter.error || "";
      const shown = visible(rows, filter);
      table.replaceChildren(LS.el("thead", {}, headerRow(rerender)), LS.el("tbody", {}, shown.map((r) => bodyRow(r, onSelect))));
      count.textContent = `${shown.length} of ${rows.length} run(s)`;
      updateCompare();
    }
    async function load() {
      const data = await LS.api("runs");
      document.getElementById("store").textContent = `store: ${data.store}`;
      rows = data.runs;
      const keys = chooseMetric(rows);
      metric.replaceChildren(...keys.map((k) => LS.el("option", {value: k, selected: k === state.metric}, k.replace("@", " · "))));
      rerender();
      fillVerdicts(rows, table).catch((e) => console.warn("verdicts:", e));
    }
    const text = LS.el("input", {type: "search", id: "filter-text", placeholder: "filter: name, project, status, verdict…",
                                 value: state.text, oninput: (e) => { state.text = e.target.value; rerender(); }});
    const cfg = LS.el("input", {type: "search", id: "filter-config", placeholder: "config: lr<0.01, optimizer=adam",
                                value: state.config, oninput: (e) => { state.config = e.target.value; rerender(); }});
    view.append(LS.el("div", {class: "toolbar"}, text, cfg, LS.el("label", {}, "values of ", metric), compare, count, error),
                LS.el("div", {class: "card scroll"}, table));
    await load();
    const timer = setInterval(() => load().catch((e) => { error.textContent = e.message; }), 5000);
    return () => clearInterval(timer);
  };
})();
