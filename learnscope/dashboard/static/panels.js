/* Side panels of the run view: the read (verdict, findings, markers) and the config. */
"use strict";

(function () {
  const LS = window.LS;

  LS.readPanel = function (read) {
    const box = LS.el("section", {class: "card read", id: "read"}, LS.el("h3", {}, "Read"));
    if (!read) return box.append(LS.el("p", {class: "muted"}, "reading…")), box;
    if (!read.available) return box.append(LS.el("p", {class: "muted"}, read.message || "no read")), box;
    box.append(LS.el("div", {class: `verdict big v-${read.verdict}`, id: "verdict"}, read.verdict.replace(/_/g, " ")));
    const facts = [];
    if (read.best_epoch !== null && read.best_epoch !== undefined) facts.push(`best epoch ${read.best_epoch}`);
    if (read.early_stop_epoch !== null && read.early_stop_epoch !== undefined) facts.push(`early stop at ${read.early_stop_epoch}`);
    // a step-based run has no epochs to name: its best and early-stop steps instead
    if (read.best_epoch == null && read.best_step != null) facts.push(`best step ${read.best_step.toLocaleString("en-US")}${read.best_tokens != null ? ` (${read.best_tokens.toLocaleString("en-US")} tokens)` : ""}`);
    if (read.early_stop_epoch == null && read.early_stop_step != null) facts.push(`early stop at step ${read.early_stop_step.toLocaleString("en-US")}`);
    if (facts.length) box.append(LS.el("p", {class: "facts"}, facts.join(" · ")));
    // the four plain-words lines every read opens with (accuracy, loss, validation vs training, evidence)
    const lines = (read.summary && read.summary.lines) || [];
    if (lines.length) box.append(LS.el("div", {class: "summary", id: "read-summary"}, lines.map((t) => LS.el("p", {}, t))));
    const list = LS.el("ul", {class: "findings"});
    for (const f of read.findings) {
      const where = f.epoch !== null && f.epoch !== undefined ? ` (epoch ${f.epoch})`
        : f.step !== null && f.step !== undefined ? ` (step ${f.step.toLocaleString("en-US")})` : "";
      list.append(LS.el("li", {class: `sev-${f.severity}`},
        LS.el("b", {}, f.code.replace(/_/g, " ") + where), LS.el("div", {}, f.message)));
    }
    if (read.findings.length) box.append(list);
    if (read.marks) {  // drawn on the charts by lschart.js, named in their legend
      const best = read.best_step !== null && read.best_step !== undefined && (read.best_epoch === null || read.best_epoch === undefined)
        ? "best step" : "best epoch";  // a step-based run is told in steps, never in (fractional) epochs
      box.append(LS.el("p", {class: "muted small"}, `The charts mark the ${best} (dotted green), overfitting (shaded) ` +
        "and the first NaN/inf (red), as the figure and the report do."));
    }
    return box;
  };

  LS.kvPanel = function (title, obj, id) {
    const flat = LS.flatten(obj || {});
    const keys = Object.keys(flat).sort();
    const box = LS.el("section", {class: "card kv", id}, LS.el("h3", {}, title));
    if (!keys.length) return box.append(LS.el("p", {class: "muted"}, "none")), box;
    box.append(LS.el("table", {}, keys.map((k) => LS.el("tr", {}, LS.el("th", {}, k), LS.el("td", {}, LS.fmt(flat[k]))))));
    return box;
  };

  LS.runHeader = function (run) {
    const bits = [`started ${LS.when(run.created)}`, `duration ${LS.duration(run.duration)}`];
    if (run.epochs) bits.push(`${run.epochs} epochs`);
    if (run.steps) bits.push(`${run.steps.toLocaleString()} steps`);
    bits.push(`id ${run.id}`);
    return LS.el("div", {class: "run-head", id: "run-head"},
      LS.el("a", {href: "#/", class: "back"}, "← runs"),
      LS.el("h2", {}, `${run.project} / `, LS.el("span", {id: "run-name"}, run.name)),
      LS.el("span", {class: `status ${run.status}`, id: "run-status"}, run.status),
      run.group ? LS.el("span", {class: "muted"}, `group ${run.group}`) : null,
      LS.el("span", {class: "muted"}, bits.join(" · ")));
  };
})();
