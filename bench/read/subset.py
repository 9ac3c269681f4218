"""Pick the small fixed subset of the corpus that ``make test`` reads (tests/read/corpus/).

    python bench/read/subset.py            # rewrite tests/read/corpus/*.json.gz from the labelled cache

Per code and split, the smallest few runs whose label expects it; then healthy runs of every
framework (negatives for every code). Each file carries its label, so the subset needs no manifest.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from corpus import CODES, Label, read_case, save_case  # noqa: E402
from label import entry  # noqa: E402,F401

OUT = ROOT / "tests" / "read" / "corpus"


def pick(runs: list[dict], per_code: int, healthy_per_framework: int) -> list[dict]:
    kept = [r for r in runs if r["label"]["status"] != "dropped" and r.get("file")]
    kept.sort(key=lambda r: ((HERE / ".cache" / "runs" / r["file"]).stat().st_size, r["id"]))
    chosen: dict[str, dict] = {}
    for code in CODES:
        for split in ("calibration", "heldout"):
            pos = [r for r in kept if code in r["label"]["expected"] and r["split"] == split]
            for r in pos[:per_code]:
                chosen[r["id"]] = r
    for fw in sorted({r["framework"] for r in kept}):
        healthy = [r for r in kept if r["label"]["condition"] == "healthy" and r["framework"] == fw]
        for r in healthy[:healthy_per_framework]:
            chosen[r["id"]] = r
    return sorted(chosen.values(), key=lambda r: r["id"])


def main(argv=None) -> int:
    import json

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-code", type=int, default=3, help="positives per code and split")
    ap.add_argument("--healthy", type=int, default=3, help="healthy runs per framework")
    a = ap.parse_args(argv)
    runs = json.loads((HERE / "manifest.json").read_text())["runs"]
    chosen = pick(runs, a.per_code, a.healthy)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.json.gz"):
        old.unlink()
    for r in chosen:
        doc = read_case(HERE / ".cache" / "runs" / r["file"])
        save_case(OUT, doc["id"], doc["history"], doc["spec"], label=Label.from_dict(r["label"]),
                  seconds=doc.get("seconds"), facts=doc.get("facts"))
    size = sum(p.stat().st_size for p in OUT.glob("*.json.gz"))
    print(f"{len(chosen)} runs, {size / 1e6:.2f} MB in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
