/* The runs list: a page at a time from the server, which filters and sorts in SQL.
   Scrolling loads the next page; the 5-second refresh asks only for rows written since the last
   one; ticked runs stay ticked across pages and filters ("tick all that match" ticks thousands). */
"use strict";

(function () {
  const LS = window.LS;
  LS.views = LS.views || {};
  const PAGE = 100;
  const state = {sort: {key: "created", dir: -1}, text: "", config: "", metric: null,
                 selected: new Set(JSON.parse(sessionStorage.getItem("ls-selected") || "[]"))};

  /* {"a": {"b": 1}} -> {"a.b": 1}, so nested configs colour like flat ones (compare uses it). */
  LS.flatten = function (obj, prefix = "", out = {}) {
    for (const [k, v] of Object.entries(obj || {})) {
      if (v && typeof v === "object" && !Array.isArray(v)) LS.flatten(v, prefix + k + ".", out);
      else out[prefix + k] = v;
    }
    return out;
  };

  const COLUMNS = [["project", "project"], ["group", "group"], ["name", "name"], ["status", "status"],
    ["created", "started"], ["duration", "duration"], ["epochs", "epochs"], ["last", "last"], ["best", "best"],
    ["verdict", "verdict"]];
  const NUMERIC = ["duration", "epochs", "last", "best"];

  function sortParam() {
    const {key, dir} = state.sort;
    const body = key === "last" || key === "best" ? `${key}:${state.metric || "loss@epoch"}` : key;
    return (dir < 0 ? "-" : "") + body;
  }

  function filters() {
    return {text: state.text || null, where: state.config || null, sort: sortParam()};
  }

  function metricOf(row, field) {
    const m = row.metrics[state.metric];
    return m ? m[field] : null;
  }

  function chooseMetric(keys) {
    if (!keys.includes(state.metric)) {
      state.metric = ["val_loss@epoch", "loss@epoch", "loss@batch"].find((k) => keys.includes(k)) || keys[0] || null;
    }
  }

  function saveSelection() {
    sessionStorage.setItem("ls-selected", JSON.stringify([...state.selected]));
  }

  function headerRow(onSort) {
    const cells = COLUMNS.map(([key, label]) => {
      const arrow = state.sort.key === key ? (state.sort.dir > 0 ? " ▲" : " ▼") : "";
      const shown = key === "last" || key === "best" ? `${label} ${(state.metric || "").replace("@", " · ")}` : label;
      const cls = NUMERIC.includes(key) ? "sortable num" : "sortable";
      return LS.el("th", {class: cls, "data-key": key, onclick: () => {
        state.sort = {key, dir: state.sort.key === key ? -state.sort.dir : (key === "created" ? -1 : 1)};
        onSort();
      }}, shown + arrow);
    });
    return LS.el("tr", {}, LS.el("th", {}, ""), cells);
  }

  function verdictCell(r) {
    const text = r.verdict_known ? (r.verdict || "—").replace(/_/g, " ") : (r.status === "running" ? "running" : "…");
    return LS.el("span", {class: `verdict v-${r.verdict || "none"}`, "data-verdict": r.id, title: r.headline || ""}, text);
  }

  function bodyRow(r, onSelect) {
    const box = LS.el("input", {type: "checkbox", "data-id": r.id, checked: state.selected.has(r.id),
                                onchange: (e) => onSelect(r.id, e.target.checked)});
    return LS.el("tr", {"data-id": r.id},
      LS.el("td", {}, box), LS.el("td", {}, r.project), LS.el("td", {}, r.group || ""),
      LS.el("td", {}, LS.el("a", {href: `#/run/${r.id}`, class: "run-link"}, r.name)),
      LS.el("td", {}, LS.el("span", {class: `status ${r.status}`}, r.status)),
      LS.el("td", {class: "nowrap"}, LS.when(r.created)), LS.el("td", {class: "num"}, LS.duration(r.duration)),
      LS.el("td", {class: "num"}, r.epochs || ""), LS.el("td", {class: "num"}, LS.fmt(metricOf(r, "last"))),
      LS.el("td", {class: "num"}, LS.fmt(metricOf(r, "best"))), LS.el("td", {}, verdictCell(r)));
  }

  LS.views.runs = async function (view) {
    let rows = [], matching = 0, total = 0, since = 0, generation = 0, loadingMore = false;
    const table = LS.el("table", {class: "runs", id: "runs-table"});
    const tbody = LS.el("tbody", {});
    const count = LS.el("span", {class: "muted", id: "runs-count"});
    const error = LS.el("span", {class: "error", id: "runs-error", role: "alert"});
    const metric = LS.el("select", {id: "metric", onchange: (e) => { state.metric = e.target.value; reload(); }});
    const compare = LS.el("button", {id: "compare-btn", onclick: () => {
      const ids = [...state.selected];
      LS.go(ids.length <= 200 ? `#/compare/${ids.join(",")}` : "#/compare/");  // many: compare reads the selection
    }});
    const tickAll = LS.el("button", {id: "tick-all", onclick: () => tickAllMatching().catch(showError)});
    const clear = LS.el("button", {id: "clear-selection", class: "quiet", onclick: () => {
      state.selected.clear(); saveSelection(); repaintBoxes();
    }}, "Clear selection");
    const more = LS.el("button", {id: "load-more", class: "quiet", onclick: () => loadMore().catch(showError)}, "Load more");
    const footer = LS.el("div", {class: "runs-footer"}, more);

    const onSelect = (id, on) => { on ? state.selected.add(id) : state.selected.delete(id); saveSelection(); updateButtons(); };
    function showError(e) { error.textContent = String(e.message || e); }
    function updateButtons() {
      compare.textContent = `Compare selected (${state.selected.size.toLocaleString()})`;
      compare.disabled = state.selected.size < 1;
      tickAll.textContent = `Tick all ${matching.toLocaleString()} that match`;
      tickAll.disabled = matching < 1;
      clear.disabled = state.selected.size < 1;
      const filtered = matching !== total;
      count.textContent = `${rows.length.toLocaleString()} shown of ${matching.toLocaleString()}` +
        (filtered ? ` matching (${total.toLocaleString()} in the store)` : " run(s)");
      more.hidden = rows.length >= matching;
    }
    function repaintBoxes() {
      for (const box of tbody.querySelectorAll("input[data-id]")) box.checked = state.selected.has(box.dataset.id);
      updateButtons();
    }
    function paint() {
      table.replaceChildren(LS.el("thead", {}, headerRow(reload)), tbody);
      tbody.replaceChildren(...rows.map((r) => bodyRow(r, onSelect)));
      updateButtons();
    }
    function setMetrics(keys) {
      chooseMetric(keys);
      metric.replaceChildren(...keys.map((k) => LS.el("option", {value: k, selected: k === state.metric}, k.replace("@", " · "))));
    }

    async function reload(limit = PAGE) {
      const mine = ++generation;
      let data;
      try {
        data = await LS.api("runs", {...filters(), limit: Math.min(Math.max(limit, PAGE), 1000), metrics: metric.options.length ? null : 1});
      } catch (e) {
        if (mine === generation) { showError(e); table.dataset.state = "error"; }
        return;
      }
      if (mine !== generation) return;  // a newer filter was typed meanwhile
      performance.mark("runs:data");
      error.textContent = "";
      if (data.metric_keys) setMetrics(data.metric_keys);
      document.getElementById("store").textContent = `store: ${data.store}`;
      ({matching, total} = data);
      since = data.next_since;
      rows = data.runs;
      paint();
      table.dataset.state = "ready";
      performance.mark("runs:painted");  // the rows are in the page; the next frame shows them
      requestAnimationFrame(() => performance.mark("runs:frame"));
      fillVerdicts(rows).catch((e) => console.warn("verdicts:", e));
    }

    async function loadMore() {
      if (loadingMore || rows.length >= matching) return;
      loadingMore = true;
      const mine = generation;
      try {
        const data = await LS.api("runs", {...filters(), offset: rows.length, limit: PAGE});
        if (mine !== generation) return;
        const have = new Set(rows.map((r) => r.id));
        const fresh = data.runs.filter((r) => !have.has(r.id));
        rows = rows.concat(fresh);
        matching = data.matching;
        tbody.append(...fresh.map((r) => bodyRow(r, onSelect)));
        updateButtons();
        fillVerdicts(fresh).catch((e) => console.warn("verdicts:", e));
      } finally { loadingMore = false; }
    }

    /* Only rows written since the last look; a new or deleted run reloads what is shown. */
    async function refresh() {
      if (table.dataset.state !== "ready") return;
      const mine = generation;
      const data = await LS.api("runs", {...filters(), since});
      if (mine !== generation) return;
      const index = new Map(rows.map((r, i) => [r.id, i]));
      const unknown = data.changed.some((r) => !index.has(r.id));
      if (data.more || unknown || data.matching !== matching || data.total !== total) return reload(rows.length);
      since = data.next_since;
      for (const r of data.changed) {
        rows[index.get(r.id)] = r;
        const old = tbody.querySelector(`tr[data-id="${r.id}"]`);
        if (old) old.replaceWith(bodyRow(r, onSelect));
      }
    }

    async function fillVerdicts(list) {
      const missing = list.filter((r) => !r.verdict_known && r.status !== "running").map((r) => r.id);
      for (let i = 0; i < missing.length; i += 50) {
        const got = (await LS.api("verdicts", {runs: missing.slice(i, i + 50).join(",")})).verdicts;
        for (const r of rows) {
          if (!(r.id in got)) continue;
          Object.assign(r, {verdict: got[r.id], verdict_known: true});
          const cell = tbody.querySelector(`[data-verdict="${r.id}"]`);
          if (cell) cell.replaceWith(verdictCell(r));
        }
      }
    }

    async function tickAllMatching() {
      const {ids} = await LS.api("runs/ids", filters());
      for (const id of ids) state.selected.add(id);
      saveSelection();
      repaintBoxes();
    }

    let typing = null;
    const later = () => { clearTimeout(typing); typing = setTimeout(() => reload(), 250); };
    const text = LS.el("input", {type: "search", id: "filter-text", placeholder: "filter: name, project, group, status, verdict…",
                                 value: state.text, oninput: (e) => { state.text = e.target.value; later(); }});
    const cfg = LS.el("input", {type: "search", id: "filter-config", placeholder: "lr<0.01, optimizer=adam, best val_loss<0.3",
                                value: state.config, oninput: (e) => { state.config = e.target.value; later(); }});
    view.append(LS.el("div", {class: "toolbar"}, text, cfg, LS.el("label", {}, "values of ", metric), compare, tickAll, clear, count),
                LS.el("div", {class: "toolbar"}, error),
                LS.el("div", {class: "card scroll"}, table, footer));
    await reload();
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) loadMore().catch(showError);
    });
    seen.observe(footer);
    const timer = setInterval(() => refresh().catch(showError), 5000);
    return () => { clearInterval(timer); clearTimeout(typing); seen.disconnect(); };
  };
})();
