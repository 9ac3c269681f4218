"""How accurate is the read: recall and false alarms per code on the corpus, by split.

    python bench/read/accuracy.py                      # calibration and held-out, side by side
    python bench/read/accuracy.py --part heldout --json
    python bench/read/accuracy.py --subset tests/read/corpus --write-floors
    python bench/read/accuracy.py --part fresh25 --record-unseen   # a new draw's one unseen read
    python bench/read/accuracy.py --unseen                         # the recorded unseen reads, pooled

A code counts as found when it is anywhere among the read's findings. Positives of a code:
runs whose label expects it; negatives: runs whose label says it would be plainly false.
Intervals are 95% Wilson intervals. The overfitting onset is the overfitting finding's epoch,
compared with the label's (the validation-loss minimum).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNSEEN = HERE / "unseen"  # each fresh draw's one read before anyone looked at it: freshN.json
sys.path.insert(0, str(HERE))

from corpus import CODES, Label, case_files, manifest_labels, read_case  # noqa: E402
from label import PARTS, PROBLEMS, split_of  # noqa: E402


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of k successes in n trials ((nan, nan) for n = 0).

    >>> [round(v, 3) for v in wilson(9, 10)]
    [0.596, 0.982]
    """
    if n == 0:
        return math.nan, math.nan
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


_LABELS: dict = {}  # the manifest's labels, set before reading (inherited by forked workers)


def _case(path: Path, read: bool = True) -> dict | None:
    """One labelled, not dropped case, read: {id, split, dataset, framework, label, verdict, codes, onset}."""
    doc = read_case(path)
    label = Label.from_dict(doc["label"]) if doc.get("label") else _LABELS.get(doc["id"])
    if label is None or label.status == "dropped":
        return None
    spec = doc["spec"]
    case = {"id": doc["id"], "split": split_of(spec), "dataset": spec["data"]["name"],
            "framework": spec["framework"], "label": label, "history": doc["history"]}
    if read:
        read_case_into(case)
        del case["history"]  # keeps what goes back from a worker small
    return case


def read_case_into(case: dict) -> None:
    """Add the read of ``case["history"]``: verdict, codes, overfitting epoch."""
    from learnscope.read import read

    r = read(case["history"])
    case["verdict"], case["codes"] = r.verdict, sorted(set(r.codes()))
    f = r.first("overfitting")
    case["onset"] = None if f is None else f.epoch if f.epoch is not None else _epoch_at(case["history"], f.step)
    h = r.first("healthy")  # its note: the curves cannot tell a small model from the data's limit
    case["told_capacity"] = bool(h is not None and (h.evidence or {}).get("capacity_unknown"))


def _epoch_at(h, step) -> int | None:
    """The epoch (rounded up) of a step-based run's finding placed by its step, on the curve the
    overfitting rule reads: the labels give the onset in epochs for every run, as ``curve_checks`` does."""
    import numpy as np

    from learnscope.read.curves import curves

    m = curves(h).monitor
    if step is None or m is None or m.step is None:
        return None
    return m.epoch_at(int(np.argmin(np.abs(np.asarray(m.step) - step))))


def load(directory: Path, *, read: bool = True, jobs: int = 1) -> list[dict]:
    """Every labelled, not dropped case under ``directory``, read by ``learnscope.read`` (in
    ``jobs`` processes)."""
    _LABELS.clear()
    _LABELS.update(manifest_labels(directory))
    paths = case_files(directory)
    if jobs > 1 and read:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(jobs) as pool:
            cases = pool.map(_case, paths, chunksize=8)
    else:
        cases = [_case(p, read) for p in paths]
    return [c for c in cases if c is not None]


def score(cases: list[dict]) -> dict:
    """Per-code recall and false alarms, onset error and misses of a list of read cases."""
    out = {"runs": len(cases), "codes": {}, "misses": defaultdict(list), "false_alarms": defaultdict(list)}
    for code in CODES:
        pos = [c for c in cases if code in c["label"].expected]
        neg = [c for c in cases if code in c["label"].false]
        found = [c for c in pos if code in c["codes"]]
        alarms = [c for c in neg if code in c["codes"]]
        out["codes"][code] = {"positives": len(pos), "found": len(found), "recall": _ratio(len(found), len(pos)),
                              "recall_ci": wilson(len(found), len(pos)), "negatives": len(neg),
                              "alarms": len(alarms), "false_alarm": _ratio(len(alarms), len(neg)),
                              "false_alarm_ci": wilson(len(alarms), len(neg))}
        for c in pos:
            if code not in c["codes"]:
                out["misses"][code].append({"id": c["id"], "verdict": c["verdict"], "codes": c["codes"]})
        for c in alarms:
            out["false_alarms"][code].append({"id": c["id"], "condition": c["label"].condition,
                                              "verdict": c["verdict"]})
    out["onset"] = onset_error(cases)
    out["underfitting_told"] = underfitting_told(cases)
    out["healthy_otherwise"] = healthy_otherwise(out["misses"].get("healthy", []),
                                                 {c["id"]: c["label"] for c in cases})
    out["misses"], out["false_alarms"] = dict(out["misses"]), dict(out["false_alarms"])
    return out


def _ratio(k: int, n: int) -> float:
    return k / n if n else math.nan


def underfitting_told(cases: list[dict]) -> dict:
    """Runs labelled underfitting (a reference model does clearly better): how many the read calls
    underfitting, and of the others how many its healthy note tells that the curves cannot tell a small
    model from the data's limit (what the read says where the curves show no evidence)."""
    rows = [c for c in cases if "underfitting" in c["label"].expected]
    said = sum("underfitting" in c["codes"] for c in rows)
    told = sum("underfitting" not in c["codes"] and c.get("told_capacity", False) for c in rows)
    return {"runs": len(rows), "said": said, "told": told, "either": _ratio(said + told, len(rows)),
            "either_ci": wilson(said + told, len(rows))}


def healthy_otherwise(misses: list[dict], labels: dict) -> dict:
    """Healthy runs the read gave another verdict (``misses``: their ids and verdicts; ``labels`` by id),
    split by that verdict: a code their label calls plainly false (a wrong read), or one it leaves open:
    a condition the label's own curve checks see loosely (at half their thresholds), a border case the
    label neither expects nor rules out, or a code those checks do not judge (``unjudged``: a
    ``loss_spike``). ``by_verdict`` counts the plainly false ones.

    >>> from corpus import Label
    >>> lab = Label("healthy", "c", ("healthy",), ("unstable",), None, "kept", "", {})
    >>> healthy_otherwise([{"id": "a", "verdict": "unstable"}, {"id": "b", "verdict": "overfitting"}],
    ...                   {"a": lab, "b": lab})
    {'runs': 2, 'plainly_false': 1, 'unjudged': 0, 'by_verdict': {'unstable': 1}}
    """
    wrong = Counter(m["verdict"] for m in misses if m["id"] in labels and m["verdict"] in labels[m["id"]].false)
    unjudged = sum(m["verdict"] not in PROBLEMS for m in misses)  # loss_spike: no curve check of the label's
    return {"runs": len(misses), "plainly_false": wrong.total(), "unjudged": unjudged,
            "by_verdict": dict(sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0])))}


def onset_error(cases: list[dict]) -> dict:
    rows = [c for c in cases if c["label"].onset is not None and "overfitting" in c["label"].expected]
    errs = [abs(c["onset"] - c["label"].onset) for c in rows if c["onset"] is not None]
    within = sum(e <= 2 for e in errs)
    return {"runs": len(rows), "found": len(errs), "within_2": _ratio(within, len(rows)),
            "within_2_ci": wilson(within, len(rows)), "median_abs_error": statistics.median(errs) if errs else None}


def breakdown(cases: list[dict], key: str) -> dict:
    """All codes pooled, per data set or framework: found/positives and alarms/negatives."""
    groups = defaultdict(list)
    for c in cases:
        groups[c[key]].append(c)
    out = {}
    for g, cs in sorted(groups.items()):
        pos = sum(len(c["label"].expected) for c in cs)
        found = sum(sum(code in c["codes"] for code in c["label"].expected) for c in cs)
        neg = sum(len(c["label"].false) for c in cs)
        alarms = sum(sum(code in c["codes"] for code in c["label"].false) for c in cs)
        out[g] = {"runs": len(cs), "positives": pos, "found": found, "recall": _ratio(found, pos),
                  "negatives": neg, "alarms": alarms, "false_alarm": _ratio(alarms, neg)}
    return out


# ---- printing ------------------------------------------------------------------------------

def _pct(v: float) -> str:
    return "   -  " if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:6.2f}"


def _ci(ci) -> str:
    lo, hi = ci
    return "             " if math.isnan(lo) else f"[{lo:.2f}, {hi:.2f}]"


def _cell(s: dict) -> str:
    return (f"{s['found']:3d}/{s['positives']:<3d} {_pct(s['recall'])} {_ci(s['recall_ci'])}  "
            f"{s['alarms']:3d}/{s['negatives']:<3d} {_pct(s['false_alarm'])} {_ci(s['false_alarm_ci'])}")


def print_table(results: dict) -> None:
    parts = list(results)
    head = "recall (found/pos)              false alarms (alarms/neg)"
    print(f"{'code':20s} " + " | ".join(f"{p:^62s}" for p in parts))
    print(f"{'':20s} " + " | ".join(f"{head:62s}" for _ in parts))
    for code in CODES:
        print(f"{code:20s} " + " | ".join(_cell(results[p]["codes"][code]) for p in parts))
    for p in parts:
        o = results[p]["onset"]
        print(f"overfitting onset ({p}): {o['runs']} runs with an onset, read gave one for {o['found']}; "
              f"within +/-2 epochs {_pct(o['within_2']).strip()} {_ci(o['within_2_ci'])}, "
              f"median abs error {o['median_abs_error']}")


def print_misses(results: dict, limit: int) -> None:
    for p, res in results.items():
        print(f"\nmisses ({p}): what the read gave instead")
        for code, rows in sorted(res["misses"].items()):
            shown = "; ".join(f"{r['id']} -> {r['verdict']} [{' '.join(r['codes'])}]" for r in rows[:limit])
            more = f" (+{len(rows) - limit} more)" if len(rows) > limit else ""
            print(f"  {code} ({len(rows)}): {shown}{more}")
        print(f"false alarms ({p})")
        for code, rows in sorted(res["false_alarms"].items()):
            shown = "; ".join(f"{r['id']} ({r['condition']})" for r in rows[:limit])
            more = f" (+{len(rows) - limit} more)" if len(rows) > limit else ""
            print(f"  {code} ({len(rows)}): {shown}{more}")


def print_breakdown(name: str, rows: dict) -> None:
    print(f"\nheld out and the fresh parts, per {name}: recall (found/positives)   false alarms (alarms/negatives)")
    for g, s in rows.items():
        print(f"  {g:16s} {s['runs']:4d} runs  recall {_pct(s['recall'])} ({s['found']}/{s['positives']})   "
              f"false alarms {_pct(s['false_alarm'])} ({s['alarms']}/{s['negatives']})")


def print_markdown(results: dict) -> None:
    for p, res in results.items():
        print(f"\n{p} ({res['runs']} runs)\n")
        print("| code | positives | recall [95% CI] | negatives | false alarms [95% CI] |")
        print("|---|---|---|---|---|")
        for code, s in res["codes"].items():
            rec = "-" if not s["positives"] else f"{s['recall']:.2f} {_ci(s['recall_ci'])}"
            fa = "-" if not s["negatives"] else f"{s['false_alarm']:.2f} {_ci(s['false_alarm_ci'])}"
            print(f"| `{code}` | {s['positives']} | {rec} | {s['negatives']} | {fa} |")
        o = res["onset"]
        if o["runs"]:
            median = "" if o["median_abs_error"] is None else f"; median absolute error {o['median_abs_error']} epochs"
            print(f"\nOverfitting onset within +/-2 epochs: {o['within_2']:.2f} {_ci(o['within_2_ci'])} of "
                  f"{o['runs']} runs{median}.")
        u = res.get("underfitting_told") or {}
        if u.get("runs"):
            print(f"Underfitting (labelled by a reference model): said in {u['said']} of {u['runs']}; the healthy "
                  f"note says the curves cannot tell a small model from the data's limit in {u['told']} more "
                  f"({u['either']:.2f} {_ci(u['either_ci'])} either way).")
        h, pos = res.get("healthy_otherwise") or {}, res["codes"].get("healthy", {}).get("positives", 0)
        if h.get("runs") and pos:
            print(otherwise_line(h, pos))


def otherwise_line(h: dict, positives: int) -> str:
    """The Markdown sentence on the healthy runs read otherwise (:func:`healthy_otherwise`)."""
    n = h.get("unjudged", 0)
    open_ = ("a condition its own curve checks see loosely (a border case it neither expects nor rules out)"
             + (f", or, in {n}, `loss_spike`, which those checks do not judge" if n else "") + ".")
    head = f"Healthy runs read otherwise: {h['runs']} of {positives}; "
    if not h["plainly_false"]:
        return head + "none got a verdict their label calls plainly false: all are codes the label leaves open, " + open_
    named = ", ".join(f"`{v}` {k}" for v, k in h["by_verdict"].items())
    return (head + f"in {h['plainly_false']} ({h['plainly_false'] / positives:.1%} of the healthy runs) the verdict "
            f"is a code their label calls plainly false ({named}); the other {h['runs'] - h['plainly_false']} are "
            f"codes the label leaves open: " + open_)


# ---- the recorded unseen reads -------------------------------------------------------------

def record_unseen(part: str, res: dict, directory: Path = UNSEEN) -> Path:
    """Keep ``part``'s score as its one unseen read (with the rules' ``READ_VERSION`` and the date):
    written once, never overwritten: a draw is unseen only until its misses are looked at."""
    from datetime import date

    from learnscope.read import READ_VERSION

    path = directory / f"{part}.json"
    if path.exists():
        raise FileExistsError(_recorded_already(path))
    directory.mkdir(parents=True, exist_ok=True)
    doc = {"part": part, "read_version": READ_VERSION, "read_on": date.today().isoformat(), "result": res}
    path.write_text(json.dumps(doc, indent=1, sort_keys=True, default=str) + "\n")
    return path


def _recorded_already(path: Path) -> str:
    """Why a second unseen read of the draw recorded at ``path`` is refused."""
    was = json.loads(path.read_text())
    return (f"{was['part']} was read unseen on {was['read_on'] or 'an earlier day'} under READ_VERSION "
            f"{was['read_version']} ({path}); a draw has one unseen read: draw a new part")


def unseen_records(directory: Path = UNSEEN, since: str | None = None) -> list[dict]:
    """The recorded unseen reads in draw order, from part ``since`` on."""
    order = {p: i for i, p in enumerate(PARTS)}
    docs = sorted((json.loads(f.read_text()) for f in directory.glob("fresh*.json")), key=lambda d: order[d["part"]])
    return [d for d in docs if since is None or order[d["part"]] >= order[since]]


def pool(results: list[dict]) -> dict:
    """Scores of several parts added count by count (their runs, each code's found and positives,
    alarms and negatives, onsets within 2 epochs, underfitting said or told), with the pooled ratios
    and intervals: the shape :func:`score` gives, without the misses and the median onset error.

    >>> one = {"runs": 2, "codes": {"plateau": {"positives": 2, "found": 1, "negatives": 4, "alarms": 0}},
    ...        "onset": {"runs": 1, "within_2": 1.0}, "underfitting_told": {"runs": 0, "said": 0, "told": 0}}
    >>> p = pool([one, one])
    >>> p["runs"], p["codes"]["plateau"]["found"], p["codes"]["plateau"]["recall"], p["onset"]["within_2"]
    (4, 2, 0.5, 1.0)
    """
    codes: dict = {}
    for res in results:
        for code, s in res["codes"].items():
            t = codes.setdefault(code, {"positives": 0, "found": 0, "negatives": 0, "alarms": 0})
            for k in t:
                t[k] += s[k]
    codes = {c: codes[c] for c in CODES if c in codes}  # the codes' own order, whatever the files kept
    for t in codes.values():
        t.update(recall=_ratio(t["found"], t["positives"]), recall_ci=wilson(t["found"], t["positives"]),
                 false_alarm=_ratio(t["alarms"], t["negatives"]), false_alarm_ci=wilson(t["alarms"], t["negatives"]))
    runs = sum(r["onset"]["runs"] for r in results)
    within = sum(round(r["onset"]["within_2"] * r["onset"]["runs"]) for r in results if r["onset"]["runs"])
    u = {k: sum(r["underfitting_told"][k] for r in results) for k in ("runs", "said", "told")}
    u.update(either=_ratio(u["said"] + u["told"], u["runs"]), either_ci=wilson(u["said"] + u["told"], u["runs"]))
    return {"runs": sum(r["runs"] for r in results), "codes": codes,
            "onset": {"runs": runs, "within_2": _ratio(within, runs), "within_2_ci": wilson(within, runs),
                      "median_abs_error": None},
            "underfitting_told": u}


def pool_records(docs: list[dict]) -> dict:
    """:func:`pool` of recorded unseen reads, with their healthy runs read otherwise split by their labels
    (:func:`healthy_otherwise`; labels as the manifest keeps them: a recorded run's is never rewritten)."""
    pooled = pool([d["result"] for d in docs])
    pooled["healthy_otherwise"] = healthy_otherwise(
        [m for d in docs for m in d["result"].get("misses", {}).get("healthy", [])], manifest_labels(HERE))
    return pooled


def print_unseen(since: str) -> int:
    """The recorded unseen reads from ``since`` on: pooled per code, then one row per draw."""
    if since not in PARTS:
        print(f"accuracy.py: no part {since!r} (parts: {', '.join(PARTS)})", file=sys.stderr)
        return 2
    docs = unseen_records(since=since)
    if not docs:
        print(f"accuracy.py: no unseen read recorded under {UNSEEN} from {since} on", file=sys.stderr)
        return 2
    versions = ", ".join(f"{d['part']} {d['read_version']}" for d in docs)
    print(f"Unseen reads of {docs[0]['part']} to {docs[-1]['part']}, each once under the rules of its day "
          f"(READ_VERSION: {versions}); counts added:")
    print_markdown({"pooled": pool_records(docs)})
    print("\n| part | `READ_VERSION` | runs | healthy | overfitting | diverging | chance_level | slow_convergence | "
          "noisy_validation |")
    print("|---|---|---|---|---|---|---|---|---|")
    for d in docs:
        c = d["result"]["codes"]
        cells = [_row_cell(c[k], alarms=k != "overfitting" and k != "diverging") for k in
                 ("healthy", "overfitting", "diverging", "chance_level", "slow_convergence", "noisy_validation")]
        print(f"| {d['part']} | {d['read_version']} | {d['result']['runs']} | " + " | ".join(cells) + " |")
    return 0


def _row_cell(s: dict, alarms: bool) -> str:
    """``found/positives`` (and ``/ alarms%``) of one code in one draw."""
    rec = f"{s['found']}/{s['positives']}"
    return f"{rec} / {100 * s['alarms'] / s['negatives']:.0f}%" if alarms and s["negatives"] else rec


# ---- floors for the committed subset ----------------------------------------------------------

def floors_of(res: dict) -> dict:
    return {"recall": {c: s["recall"] for c, s in res["codes"].items() if s["positives"]},
            "false_alarm": {c: s["false_alarm"] for c, s in res["codes"].items() if s["negatives"]},
            "onset_within_2": res["onset"]["within_2"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Accuracy of learnscope's read on the corpus.")
    ap.add_argument("--part", choices=(*PARTS, "all", "both"), default="both",
                    help="both (the default) = every part that has runs, side by side")
    ap.add_argument("--cache", default=str(HERE / ".cache"), help="the generator's cache directory")
    ap.add_argument("--subset", default=None, help="a directory of self-labelled cases (tests/read/corpus)")
    ap.add_argument("--write-floors", action="store_true", help="with --subset: write its floors.json")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--markdown", action="store_true", help="print the per-code tables as Markdown")
    ap.add_argument("--misses", type=int, default=6, help="misses listed per code")
    ap.add_argument("--jobs", type=int, default=2, help="processes reading the runs")
    ap.add_argument("--record-unseen", action="store_true",
                    help="with --part freshN: keep this read as the draw's one unseen read (bench/read/unseen/)")
    ap.add_argument("--unseen", nargs="?", const="fresh13", default=None, metavar="SINCE",
                    help="print the recorded unseen reads pooled (from part SINCE on, fresh13 by default) as "
                         "Markdown, one row per draw, and stop")
    a = ap.parse_args(argv)
    if a.unseen:
        return print_unseen(a.unseen)
    if a.record_unseen and not a.part.startswith("fresh"):
        print("--record-unseen needs --part freshN (a draw nobody has looked at)", file=sys.stderr)
        return 2
    if a.record_unseen and (UNSEEN / f"{a.part}.json").exists():  # say so before reading for a minute
        print(f"accuracy.py: {_recorded_already(UNSEEN / f'{a.part}.json')}", file=sys.stderr)
        return 2
    t0 = time.time()
    directory = Path(a.subset or a.cache)
    cases = load(directory, jobs=a.jobs)
    if not cases:
        print(f"no labelled runs under {directory}: run `python bench/read/generate.py` first", file=sys.stderr)
        return 2
    present = [p for p in PARTS if any(c["split"] == p for c in cases)]
    parts = {"both": present, "all": ("all",)}.get(a.part, (a.part,))
    results = {p: score([c for c in cases if p == "all" or c["split"] == p]) for p in parts}
    unseen = [c for c in cases if c["split"] != "calibration"]
    extra = {"per_dataset": breakdown(unseen, "dataset"), "per_framework": breakdown(unseen, "framework")}
    if a.write_floors:
        if not a.subset:
            print("--write-floors needs --subset DIR", file=sys.stderr)
            return 2
        floors = floors_of(score(cases))
        (directory / "floors.json").write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print(f"wrote {directory / 'floors.json'}")
    if a.record_unseen:
        try:
            print(f"wrote {record_unseen(a.part, results[a.part])}", file=sys.stderr)
        except FileExistsError as exc:
            print(f"accuracy.py: {exc}", file=sys.stderr)
            return 2
    if a.json:
        print(json.dumps({"parts": results, **extra, "seconds": time.time() - t0}, indent=1, default=str))
        return 0
    if a.markdown:
        print_markdown(results)
        return 0
    print(f"{len(cases)} labelled runs read in {time.time() - t0:.1f} s ({directory})\n")
    print_table(results)
    print_misses(results, a.misses)
    print_breakdown("data set", extra["per_dataset"])
    print_breakdown("framework", extra["per_framework"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
