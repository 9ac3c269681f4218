"""Label every cached run from its cause AND its own curves, and write manifest.json.

    python bench/read/label.py            # relabel .cache/runs, rewrite bench/read/manifest.json

A run's intended condition (from its cause) is kept only if curve_checks.py sees it on the
curves; otherwise the run is relabelled with what the curves do show, or dropped when they
show nothing clearly. Labels never use learnscope.read. See README.md, "Label rules".
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import curve_checks as ck  # noqa: E402
from corpus import Label, case_files, read_case  # noqa: E402
from corpus_data import FRESH_DRAWS, HELDOUT, fresh_part  # noqa: E402

CURVE_CHECKS = {"non_finite": ck.non_finite, "diverging": ck.diverging, "chance_level": ck.chance,
                "overfitting": ck.overfitting, "unstable": ck.unstable, "underfitting": ck.underfitting,
                "plateau": ck.plateau, "slow_convergence": ck.still_improving, "noisy_validation": ck.noisy_val}
PROBE_CHECKS = {"vanishing_gradients": ck.vanishing, "exploding_gradients": ck.exploding, "dead_units": ck.dead}
# When the curves show several conditions, the label's main one is the first of these.
PRIORITY = ("non_finite", "diverging", "exploding_gradients", "vanishing_gradients", "dead_units", "chance_level",
            "overfitting", "unstable", "underfitting", "plateau", "slow_convergence", "noisy_validation")
PROBLEMS = ("non_finite", "diverging", "chance_level", "overfitting", "unstable", "underfitting", "plateau",
            "slow_convergence")
# Codes a careful person would call plainly false on a run whose main condition is the key
# (a code the checks see on this run, even loosely, is never counted false).
FALSE = {
    "healthy": PROBLEMS,
    "overfitting": ("healthy", "underfitting", "diverging", "non_finite", "chance_level", "slow_convergence",
                    "plateau"),
    "underfitting": ("healthy", "overfitting", "diverging", "non_finite", "chance_level", "unstable"),
    "underfitting_ambiguous": ("overfitting", "diverging", "non_finite", "chance_level", "unstable", "plateau"),
    "diverging": ("healthy", "overfitting", "underfitting", "plateau", "slow_convergence"),
    "non_finite": ("healthy", "overfitting", "underfitting", "plateau", "slow_convergence"),
    "chance_level": ("healthy", "diverging", "non_finite", "slow_convergence", "unstable"),
    "slow_convergence": ("overfitting", "diverging", "non_finite", "chance_level", "plateau", "unstable"),
    "unstable": ("healthy", "non_finite", "diverging", "plateau", "chance_level"),
    "noisy_validation": ("diverging", "non_finite", "chance_level", "unstable", "plateau"),
    "plateau": ("diverging", "non_finite", "chance_level", "overfitting"),
    "vanishing_gradients": ("healthy", "exploding_gradients", "dead_units", "overfitting", "diverging"),
    "exploding_gradients": ("healthy", "vanishing_gradients", "overfitting", "plateau"),
    "dead_units": ("exploding_gradients", "vanishing_gradients", "diverging", "non_finite", "overfitting"),
}


def observe(h, r) -> tuple[dict, set, set]:
    """(evidence by code, codes seen, codes seen loosely) on this run's curves (``r``, its
    ``curve_checks.Runs`` view) and probes."""
    seen, loose, evidence = set(), set(), {}
    groups = [(CURVE_CHECKS, r)] + ([(PROBE_CHECKS, h)] if ck.has_probes(h) else [])
    for checks, subject in groups:  # curve checks read the Runs view, probe checks the History
        for code, check in checks.items():
            ok, ev = check(subject)
            if ok:
                seen.add(code)
                evidence[code] = ev
            if ok or check(subject, loose=True)[0]:
                loose.add(code)
    return evidence, seen, loose


def _pick(seen: set) -> str | None:
    return next((c for c in PRIORITY if c in seen), None)


def main_condition(intended: str, seen: set) -> tuple[str | None, str, str]:
    """(main condition, status, reason)."""
    if "non_finite" in seen and intended not in ("non_finite", "exploding_gradients"):
        return "non_finite", "relabelled", f"intended {intended}, but a loss went non-finite"
    if intended == "healthy":
        problems = [c for c in PRIORITY if c in seen and c != "noisy_validation"]
        if not problems:
            return "healthy", "kept", ""
        return problems[0], "relabelled", f"intended healthy, curves show {', '.join(problems)}"
    if intended == "underfitting_ambiguous":
        problems = [c for c in PRIORITY if c in seen and c not in ("underfitting", "noisy_validation",
                                                                   "slow_convergence", "plateau")]
        if not problems:
            return intended, "kept", ""
        return problems[0], "relabelled", f"intended {intended}, curves show {', '.join(problems)}"
    if intended in seen:
        return intended, "kept", ""
    other = _pick(seen)
    if other is None:
        return "healthy", "relabelled", f"intended {intended}, but the curves show no problem"
    return other, "relabelled", f"intended {intended}, curves show {', '.join(c for c in PRIORITY if c in seen)}"


def make_label(doc: dict) -> Label:
    spec, facts, h = doc["spec"], doc.get("facts") or {}, doc["history"]
    r = ck.Runs(h, {**facts, "batch": spec.get("batch")})
    evidence, seen, loose = observe(h, r)
    main, status, reason = main_condition(spec["condition"], seen)
    if main == "healthy" and status == "relabelled" and ("underfitting" in loose or "slow_convergence" in loose):
        return Label(spec["condition"], spec["cause"], status="dropped", evidence=_round(evidence),
                     reason=f"intended {spec['condition']}: not clear on the curves (only loosely: "
                            f"{', '.join(sorted(loose))})")
    expected = _expected(main, seen, facts, spec)
    codes = _false_codes(main, h)
    if facts.get("n_val", 0) >= 500 and main != "non_finite":
        codes.append("noisy_validation")  # hundreds of validation samples and no visible noise
    if ck.accuracy_still_rising(r)[0]:
        loose = loose | {"slow_convergence"}  # an accuracy still climbing at the end: not plainly false
    if ck.never_moved(r)[0]:
        loose = loose | {"plateau"}  # a flat line from the start: a plateau by the words, not plainly false
    false = tuple(c for c in codes if c not in loose and c not in expected)
    onset = evidence.get("overfitting", {}).get("onset") if "overfitting" in expected else None
    return Label(main, spec["cause"], tuple(expected), false, onset, status, reason, _round(evidence))


def _expected(main: str, seen: set, facts: dict, spec: dict) -> list[str]:
    if main == "underfitting_ambiguous":
        return []
    out = [main]
    if main == "diverging" and "chance_level" in seen:
        out.append("chance_level")  # blew up, then sat at chance (ln K): both
    if main in ("exploding_gradients",) and "non_finite" in seen:
        out.append("non_finite")
    if "noisy_validation" in seen and facts.get("n_val", 1e9) <= 60 and main not in (
            "non_finite", "diverging", "unstable", "chance_level", "noisy_validation"):
        out.append("noisy_validation")
    return out


def _false_codes(main: str, h) -> list[str]:
    codes = list(FALSE.get(main, ()))
    if ck.has_probes(h) and main not in PROBE_CHECKS:
        codes += ["vanishing_gradients", "exploding_gradients"]
        if ck.has_relu_probe(h):
            codes.append("dead_units")
    return codes


def _round(ev):
    if isinstance(ev, dict):
        return {k: _round(v) for k, v in ev.items()}
    if isinstance(ev, float):
        return float(f"{ev:.4g}")
    return ev


# the corpus' parts: tuned on, held out, and the fresh draws (each spec of a fresh draw names its part)
PARTS = ("calibration", "heldout", *(fresh_part(k) for k in FRESH_DRAWS))


def split_of(spec: dict) -> str:
    if spec.get("part"):
        return spec["part"]
    heldout = spec["data"]["name"] in HELDOUT or spec["framework"] in ("keras", "lightning")
    return "heldout" if heldout else "calibration"


def entry(spec: dict, label: Label, seconds=None, file=None) -> dict:
    return {"id": spec["id"], "file": file, "cause": spec["cause"], "intended": spec["condition"],
            "framework": spec["framework"], "dataset": spec["data"]["name"], "split": split_of(spec),
            "seconds": seconds, "label": label.to_dict(), "spec": spec}


def label_cache(cache: Path) -> list[dict]:
    runs = []
    for path in case_files(cache / "runs"):
        doc = read_case(path)
        runs.append(entry(doc["spec"], make_label(doc), doc.get("seconds"), path.name))
    runs += _failed(cache, {r["id"] for r in runs})
    return sorted(runs, key=lambda r: r["id"])


def _failed(cache: Path, have: set) -> list[dict]:
    from causes import all_specs
    from generate import file_stem

    specs = {file_stem(s): s for s in all_specs()}
    out = []
    for p in sorted((cache / "failed").glob("*.txt")):
        spec = specs.get(p.stem)
        if spec is None or spec["id"] in have:
            continue
        reason = "training failed: " + p.read_text().splitlines()[0]
        out.append(entry(spec, Label(spec["condition"], spec["cause"], status="dropped", reason=reason)))
    return out


def _uncached(runs: list[dict]) -> list[dict]:
    """The manifest's entries for specs that are not in this cache (a cache trained in parts):
    kept as they were, so relabelling part of the corpus never drops the rest."""
    from causes import all_specs
    from generate import file_stem

    path = HERE / "manifest.json"
    if not path.exists():
        return []
    have = {r["id"] for r in runs}
    stems = {file_stem(s) for s in all_specs()}
    old = json.loads(path.read_text())["runs"]
    return [r for r in old if r["id"] not in have and r.get("file") and r["file"].split(".json")[0] in stems]


def summary(runs: list[dict]) -> str:
    st = Counter(r["label"]["status"] for r in runs)
    lines = [f"{len(runs)} runs: " + ", ".join(f"{v} {k}" for k, v in st.most_common())]
    cond = Counter((r["label"]["condition"], r["split"]) for r in runs if r["label"]["status"] != "dropped")
    for c in sorted({k for k, _ in cond}):
        lines.append(f"  {c:24s}" + "".join(f"  {p} {cond[(c, p)]:4d}" for p in PARTS))
    reasons = Counter(r["label"]["reason"].split(" (")[0].split(":")[0] for r in runs if r["label"]["reason"])
    lines.append("commonest reasons: " + "; ".join(f"{v}x {k}" for k, v in reasons.most_common(8)))
    return "\n".join(lines)


def main(argv=None) -> int:
    cache = HERE / ".cache"
    runs = label_cache(cache)
    runs = sorted(runs + _uncached(runs), key=lambda r: r["id"])
    manifest = {"about": "bench/read corpus: every run's spec, split, label and status (see README.md)",
                "runs": runs}
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=False) + "\n")
    print(summary(runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
