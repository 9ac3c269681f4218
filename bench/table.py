"""The one table of ``make bench``: a row per measurement, a column per tool, and the targets.

Each cell is the median over repetitions; ``(×N)`` says how many times more the peer
costs than learnscope on that row (above 1: learnscope is ahead). ``–`` means the tool
has no equivalent or was not measured (the notes say which).
"""

from __future__ import annotations

import statistics

from tools import TOOLS

ORDER = list(TOOLS)


def _med(xs):
    return statistics.median(xs) if xs else None


def per_scalar_us(r: dict) -> float | None:
    """Microseconds per logged value, loop and close, minus the same loop without logging."""
    if not r or "error" in r:
        return None
    return 1e6 * (_med([x["seconds"] for x in r["reps"]]) - _med([x["floor"] for x in r["reps"]])) / (
        r["steps"] * r["keys"])


def bytes_per_point(r: dict) -> float | None:
    if not r or "error" in r or r["reps"][0]["bytes"] is None:
        return None
    return _med([x["bytes"] for x in r["reps"]]) / (r["steps"] * r["keys"])


def rows(res: dict) -> list[tuple[str, dict, str]]:
    """``(label, {tool: value}, unit)``; lower is better on every row with a unit."""
    log, train = res.get("logging", {}), res.get("training", {})
    read, imp = res.get("read", {}), res.get("import", {})
    out = []
    for keys in (1, 10):
        out.append((f"1. log {keys} scalar{'s' if keys > 1 else ''}/step, incl. close: µs per scalar",
                    {t: per_scalar_us(log.get(f"{t}/{keys}")) for t in ORDER}, "µs"))
    out.append(("   steps per repetition (×1 / ×10)",
                {t: _steps(log, t) for t in ORDER}, ""))
    out.append(("2. CPU MLP, 4 metrics/step: slowdown vs no logging",
                {t: _get(train.get(f"{t}/cpu"), "slowdown_pct") for t in ORDER}, "%"))
    out.append(("   time inside the tool's calls (log, close): % of training",
                {t: _get(train.get(f"{t}/cpu"), "inside_pct") for t in ORDER}, "share"))
    out.append(("   steps/s with logging (without)",
                {t: _sps(train.get(f"{t}/cpu")) for t in ORDER}, ""))
    if res.get("accelerator"):
        out.append(("2. GPU MLP: slowdown vs no logging",
                    {t: _get(train.get(f"{t}/cuda"), "slowdown_pct") for t in ORDER}, "%"))
    tb = imp.get("tensorboard")
    out.append(("3. load a series: s per 1M points", {
        "learnscope": _per_million(read.get("learnscope")), "mlflow": _per_million(read.get("mlflow")),
        "tensorboard": _per_million(tb), "tensorboardX": _per_million(tb)}, "s"))
    out.append(("   points loaded (s measured)", {
        "learnscope": _points(read.get("learnscope")), "mlflow": _points(read.get("mlflow")),
        "tensorboard": _points(tb), "tensorboardX": _points(tb)}, ""))
    out.append(("4. bytes on disk per point (×10 run)",
                {t: bytes_per_point(log.get(f"{t}/10")) for t in ORDER}, "B"))
    out.append(("5. 1M-scalar tfevents to arrays: s", {
        "learnscope": _get(imp.get("learnscope-import"), "median"), "tensorboard": _get(tb, "median"),
        "tensorboardX": _get(tb, "median")}, "s"))
    return out


def _get(r, key):
    return None if not r or "error" in r else r.get(key)


def _steps(log, t):
    a, b = log.get(f"{t}/1"), log.get(f"{t}/10")
    return "/".join(f"{r['steps']:,}" if r and "error" not in r else "–" for r in (a, b))


def _sps(r):
    return None if not r or "error" in r else f"{r['steps_per_s']:.0f} ({r['plain_steps_per_s']:.0f})"


def _per_million(r):
    return None if not r or "error" in r else r["median"] / r["points"] * 1e6


def _points(r):
    return None if not r or "error" in r else f"{r['points']:,} ({r['median']:.3g} s)"


def _fmt(v, unit: str) -> str:
    if v is None:
        return "–"
    if isinstance(v, str):
        return v
    if unit == "%":
        return f"{v:+.1f}%"
    if unit == "share":
        return f"{v:.1f}%"
    if unit == "µs" and v >= 1000:
        return f"{v / 1000:.3g} ms"
    return f"{v:.3g} {unit}".strip()


def _cell(v, unit: str, base) -> str:
    text = _fmt(v, unit)
    if unit in ("µs", "B", "s") and isinstance(v, float) and isinstance(base, float) and base > 0 and v != base:
        text += f" (×{v / base:.3g})"
    return text


def render(res: dict) -> str:
    lines = ["| measurement | " + " | ".join(ORDER) + " |", "|---|" + "---|" * len(ORDER)]
    for label, vals, unit in rows(res):
        base = vals.get("learnscope")
        lines.append(f"| {label} | " + " | ".join(_cell(vals.get(t), unit, base) for t in ORDER) + " |")
    lines += ["", *notes(res), "", *targets(res)]
    return "\n".join(lines)


def notes(res: dict) -> list[str]:
    read = res.get("read", {})
    out = []
    if not res.get("accelerator"):
        out.append("GPU rows: no accelerator on this machine (torch.cuda.is_available() is False); "
                   "the scenario runs on CUDA where there is one.")
    plot, dash = read.get("plot"), read.get("dashboard")
    if plot and "error" not in plot:
        out.append(f"learnscope plot, {plot['points']:,}-point run, process start to PNG written: "
                   f"{plot['median']:.2f} s (median of {len(plot['seconds'])}).")
    if dash and "error" not in dash:
        out.append(f"dashboard, {dash['points']:,}-point run: first chart {dash['first_chart_ms_cold']} ms cold, "
                   f"{dash['first_chart_ms_warm']} ms warm; server peak RSS {dash['server_peak_rss_mb']} MB.")
    sw = res.get("sweep")
    if sw and "error" not in sw:
        out.append(f"6. sweep of {sw['runs']:,} runs: dashboard compare first chart {sw['first_chart_ms_cold']} ms "
                   f"cold, {sw['first_chart_ms_warm']} ms warm (target 2 s); `learnscope plot --group` process "
                   f"{sw['figure_best_s']:.2f} s wall, {sw['figure_cpu_s']:.2f} s CPU (target 5 s).")
    run = read.get("step_run")
    if run and "error" not in run:
        out.append(f"step-based run, {run['steps']:,} steps x {run['series']} series: ls.read "
                   f"{run['read_median_s']:.2f} s (target < 1 s), ls.plot + PNG {run['plot_median_s']:.2f} s; "
                   f"{run['spikes_found']} of 3 spikes found, x axis in {run['x_axis']}s.")
    imp = res.get("import", {}).get("learnscope-import-store")
    if imp and "error" not in imp:
        out.append(f"learnscope import of the same file into a store (load + save): {imp['median']:.2f} s.")
    ls_read = read.get("learnscope")
    if ls_read and "error" not in ls_read:
        out.append(f"learnscope open_store().load of {ls_read['points']:,} points: {ls_read['median']:.3f} s "
                   f"median, {ls_read['first']:.3f} s first.")
    sc = res.get("scale")
    if sc and "error" not in sc:
        from scale_bench import render as scale_render
        out += scale_render(sc).splitlines()
    for scen in ("logging", "training", "read", "import", "scale"):
        for key, r in res.get(scen, {}).items():
            if isinstance(r, dict) and "error" in r:
                out.append(f"{scen} {key}: not measured ({r['error']})")
    return out


def targets(res: dict) -> list[str]:
    """Issue 8's targets, each PASS or MISS with its numbers."""
    log, out = res.get("logging", {}), []
    for keys in (1, 10):
        costs = {t: per_scalar_us(log.get(f"{t}/{keys}")) for t in ORDER}
        ls = costs.pop("learnscope")
        stored = {t: c for t, c in costs.items() if c is not None and TOOLS[t].persists}
        if ls is not None and stored:
            fastest = min(stored, key=stored.get)
            out.append(_target(f"×{keys}: µs/scalar <= 1/10 of the fastest peer that stores ({fastest} "
                               f"{stored[fastest]:.3g} µs)", ls, stored[fastest] / 10, "µs"))
            out.append(_target(f"×{keys}: µs/scalar <= 2 (issue 2)", ls, 2.0, "µs"))
    slow = (res.get("training", {}).get("learnscope/cpu") or {}).get("slowdown_pct")
    if slow is not None:
        out.append(_target("CPU training-loop slowdown <= 2%", slow, 2.0, "%"))
    ls_read = res.get("read", {}).get("learnscope")
    if ls_read and "error" not in ls_read:
        out.append(_target(f"load {ls_read['points']:,} points <= 0.5 s", ls_read["median"], 0.5, "s"))
    b = bytes_per_point(log.get("learnscope/10"))
    if b is not None:
        out.append(_target("bytes on disk per point <= 12", b, 12.0, "B"))
    out += scale_targets(res.get("scale"))
    behind = [f"{label.strip()}: {t}" for label, vals, unit in rows(res) if unit
              for t, v in vals.items() if t != "learnscope" and isinstance(v, float)
              and isinstance(vals.get("learnscope"), float) and v < vals["learnscope"]]
    out.append(("PASS" if not behind else "MISS") + " ahead of every peer on every row"
               + ("" if not behind else " — behind on: " + "; ".join(behind)))
    return out


def _target(what: str, got: float, limit: float, unit: str) -> str:
    return f"{'PASS' if got <= limit else 'MISS'} {what}: {got:.3g} {unit} (limit {limit:.3g} {unit})"


def scale_targets(sc: dict | None) -> list[str]:
    """Issue 14's targets at scale, per backend."""
    out = []
    for kind in ("sqlite", "postgresql"):
        r = (sc or {}).get(kind)
        if not r:
            continue
        n = f"{sc['runs']:,} runs, {kind}"
        cpu = max(r["cli"].get("cpu", {}).values(), default=float("nan"))
        out.append(_target(f"{n}: `learnscope runs` whole process <= 1 s (CPU {cpu:.2f} s)",
                           max(r["cli"][k] for k in ("plain", "where", "sort")), 1.0, "s"))
        d = r["dashboard"]
        frame = d.get("frame_warm", d["paint_warm"])  # the page's own clock (older results: the driver's)
        out.append(_target(f"{n}: runs list painted in Chromium <= 1 s (the driver sees {d['paint_warm']:.2f} s)",
                           frame, 1.0, "s"))
        worst = max(r["store"]["where"], r["store"]["sort"], r["dashboard"]["api_where"], r["dashboard"]["api_sort"])
        out.append(_target(f"{n}: config filter or sort <= 0.5 s", worst, 0.5, "s"))
    return out
